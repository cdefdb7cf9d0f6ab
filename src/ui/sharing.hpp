#pragma once
// Sharing without a server: links (URL fragment) and scenario files. The
// formats live in the core (share_link.hpp, scenario_io.hpp); this file
// connects them to the app state. Work kept in the browser: work_store.hpp.

#include "app_state.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace vth::ui {

// The "s=" payload for the current scenario, or nullopt with the reason in
// `why_not` (a programme that is not the built-in one and too large for a link).
std::optional<std::string> share_payload(AppState& state, std::string& why_not);

// Opens a share link's payload: adds its scenario to the programme it belongs
// to. That is the programme on screen, or one the link carries or this browser
// knows: with `ask`, switching to it is a question first (a link pasted into a
// running tab must not replace the work on screen unasked; the work stays
// stored either way). A refused link leaves the app as it was; the issue says why.
Status open_link(AppState& state, std::string_view payload, bool ask);
// Opens a URL fragment ("#s=...&view=..."): switches view and opens the link.
Status open_fragment(AppState& state, std::string_view fragment, bool ask);

// The adopted programme's file: the text as opened when it was kept, else written anew.
std::string written_baseline(const AppState& state);

// A scenario file for the current scenario (with the programme when asked).
std::string current_scenario_file(AppState& state, bool include_programme);
// Opens a scenario file; with a programme inside it, that programme first.
Status open_scenario_file(AppState& state, std::string_view text, const std::string& file_name);

// A file from the picker or a drop: a scenario file (recognised by its schema
// near the start) or a programme file.
Status open_any_file(AppState& state, std::string_view text, const std::string& file_name);

} // namespace vth::ui
