#pragma once
// A scenario's changes as people read them: the field's label ("A3.02.05
// Periodieke controle standaard – aantal"), the adopted value, the new value
// and the difference, each in the field's unit. The Scenario's view, the
// report, a partner opening a link and the screen reader mirror all show this
// table; nobody sees a JSON pointer.

#include "results_tables.hpp"

#include "core/fields/registry.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>

namespace vth {

// A value in its field's unit: € -> Money, % -> Percent, fte -> Fte, hours
// and counts -> Hours (thousandths); an empty optional value -> "n.v.t.".
Cell value_cell(const Column& column, std::optional<std::int64_t> value);

// `adopted`: the baseline; `current`: the scenario's programme (materialise()).
Table changes_table(const Programme& adopted, const Programme& current, const ChangeList& changes,
                    const std::string& scenario_name);

} // namespace vth
