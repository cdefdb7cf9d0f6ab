#pragma once
// Scenario files: a scenario as JSON, with or without its programme, so it can
// be downloaded, mailed and opened again (docs/sharing.md). Read and validated
// like a programme file: every problem as a Dutch message with its pointer.
// Version 2 addresses changes by table, row id and column; version 1 (values
// by JSON pointer, by position) is still read.

#include "core/model/programme.hpp"
#include "core/model/result.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace vth {

inline constexpr const char* kScenarioSchema = "vth-planner-scenario";
inline constexpr int kScenarioVersion = 2;

// `baseline`: the adopted programme the changes are on, with fingerprint
// `baseline_id`; `programme_text` (optional): the baseline's file, carried
// inside so that the scenario opens anywhere.
std::string write_scenario(const Programme& baseline, std::uint64_t baseline_id, const Scenario& scenario,
                           const std::string* programme_text);

struct ScenarioFile {
  Scenario scenario;
  std::optional<Programme> programme; // the carried baseline, if the file has one
};

// `baseline` is used when the file carries no programme of its own; the file
// is refused when it was made for another programme or a change does not apply.
Result<ScenarioFile> read_scenario(std::string_view text, const Programme& baseline,
                                   std::uint64_t baseline_id);

} // namespace vth
