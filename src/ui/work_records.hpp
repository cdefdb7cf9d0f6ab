#pragma once
// The records of the work kept in the browser (work_store.hpp): their keys, their
// JSON text and how they are read back. Shared by the work store and its start-up
// (work_start.cpp); not for the views. The format: docs/sharing.md, "Bewaard werk".

#include "app_state.hpp"

#include "core/json/json_value.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vth::ui {

// Keys: "vth-planner:werk:<id>" for a programme, "vth-planner:scenario:<id>:<uid>" for a scenario.
inline constexpr std::string_view kWorkPrefix = "vth-planner:werk:";
inline constexpr std::string_view kScenarioPrefix = "vth-planner:scenario:";
inline constexpr const char* kWorkSchema = "vth-planner-werk";
inline constexpr const char* kScenarioRecordSchema = "vth-planner-bewaard-scenario";
inline constexpr std::size_t kMaxRecordBytes =
    4 * 1024 * 1024; // a scenario record; the storage holds ~5 MB in all

std::string work_key(std::uint64_t id);
std::string scenario_prefix(std::uint64_t id);
std::string scenario_key(std::uint64_t id, const std::string& uid);
bool starts_with(std::string_view text, std::string_view prefix);

// A record's JSON object when it has the schema, within the record limits.
std::optional<JsonValue> parse_record(std::string_view text, const char* schema);
// A member's value, or "", 0, false when missing or of another type.
std::string text_of(const JsonValue& o, const char* key);
std::int64_t int_of(const JsonValue& o, const char* key);
bool bool_of(const JsonValue& o, const char* key);

// A stored scenario as read: its revision, times and scenario file text.
struct ScenarioRecord {
  int rev = 0;
  std::int64_t created_ms = 0;
  std::int64_t changed_ms = 0;
  std::string text; // a scenario file (scenario_io.hpp) without its programme
};
std::optional<ScenarioRecord> read_scenario_record(std::string_view stored);
std::string scenario_record_text(const ScenarioRecord& r, const std::string& tab);

// A programme's record: what the list "Recent werk" shows of it.
struct WorkRecord {
  std::string title, file_name;
  bool builtin = false;
  bool programme_stored = false;
  std::int64_t bytes = 0, changed_ms = 0, opened_ms = 0;
};
std::optional<WorkRecord> read_work_record(std::string_view stored);
std::string work_record_text(const WorkRecord& r);
std::optional<WorkRecord> get_work_record(const AppState& state, std::uint64_t id);

} // namespace vth::ui
