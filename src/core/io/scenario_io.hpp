#pragma once
// Scenario files: a scenario as JSON, with or without its programme, so it can
// be downloaded, mailed and opened again (docs/sharing.md). Read and validated
// like a programme file: every problem as a Dutch message with its pointer.

#include "core/model/issues.hpp"
#include "core/model/programme.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace vth {

inline constexpr const char* kScenarioSchema = "vth-planner-scenario";

// With `include_programme`, the file carries the baseline and opens anywhere.
std::string write_scenario(const Programme& baseline, const Scenario& scenario, bool include_programme);
// For an open programme that may have a scenario applied: `structure` gives the
// fields, `baseline_id` the adopted programme, `programme_text` (optional) the file to carry.
std::string write_scenario(const Programme& structure, std::uint64_t baseline_id, const Scenario& scenario,
                           const std::string* programme_text);

struct ScenarioRead {
  std::optional<Scenario> scenario;   // set only when there are no issues
  std::optional<Programme> programme; // the carried baseline, if the file has one
  Issues issues;
};

// `baseline` is used when the file carries no programme of its own; the file
// is refused when it was made for another programme.
ScenarioRead read_scenario(std::string_view text, const Programme& baseline);
ScenarioRead read_scenario(std::string_view text, const Programme& structure, std::uint64_t baseline_id);

} // namespace vth
