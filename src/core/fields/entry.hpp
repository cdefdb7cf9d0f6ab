#pragma once
// What a user types into a number field, understood exactly or refused with
// the reason, never half-read. Besides a value ("1.234,5", "€ 110,99",
// "12,02%", "7 uur") a planner types changes of the value that is there:
// "+10%", "-5%", "+25", "-3", "x1,1", "*1,1". The full grammar, with the
// rules for units and rounding: docs/interface.md, "Invoer in een getalveld".

#include "registry.hpp"

#include "core/model/result.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vth {

struct Entry {
  std::optional<std::int64_t> value; // scaled as the field; nullopt: empty ("n.v.t.")
  // For a change of the current value, how the new one comes about:
  // "394 + 10% = 433,4"; empty for a plain value.
  std::string explanation;
  bool operator==(const Entry&) const = default;
};

// `current`: the field's value now (for changes of it). The range of the
// field is checked too: what is returned can be set.
Result<Entry> read_entry(std::string_view text, const Column& column, std::optional<std::int64_t> current);

// A value in the field's notation, as the field shows it: "433,4", "€ 110,99", "12,02%".
std::string entry_text(const Column& column, std::int64_t value);

// The Dutch reason a value cannot be in the field (range, whole hours), or empty.
std::string value_problem(const Column& column, std::int64_t value);

} // namespace vth
