#pragma once
// Sharing without a server: links (URL fragment), scenario files and the
// browser's own storage (autosave). The formats live in the core
// (share_link.hpp, scenario_io.hpp); this file connects them to the app state.

#include "app_state.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace vth::ui {

// The "s=" payload for the current scenario, or nullopt with the reason in
// `why_not` (a programme that is not the built-in one and too large for a link).
std::optional<std::string> share_payload(AppState& state, std::string& why_not);

// Opens a URL fragment ("#s=...&view=..."): switches view and adds the shared
// scenario. A refused link leaves the app as it was; the issue says why.
Status open_fragment(AppState& state, std::string_view fragment);

// A scenario file for the current scenario (with the programme when asked).
std::string current_scenario_file(AppState& state, bool include_programme);
// Opens a scenario file; with a programme inside it, that programme first.
Status open_scenario_file(AppState& state, std::string_view text, const std::string& file_name);

// A file from the picker or a drop: a scenario file (recognised by its schema
// near the start) or a programme file.
Status open_any_file(AppState& state, std::string_view text, const std::string& file_name);

// Autosave: everything needed to restore the work after a reload.
std::string autosave_text(AppState& state);
Status restore_autosave(AppState& state, std::string_view text);
// Whether a stored autosave holds work worth offering to restore.
bool autosave_has_work(std::string_view text);

} // namespace vth::ui
