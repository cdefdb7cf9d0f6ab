#pragma once
// "Opslaan als app" (docs/one-file.md): the one-file planner, vth-planner.html, with
// the programme on screen and every scenario of it inside, so that a coordinator can
// mail one file that opens on that programme. The page puts the content in its data
// block (web/loader.js); at start-up the app opens it (work_store.hpp, start_up()).

#include "app_state.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vth::ui {

// Larger programmes travel as files: the page holds its text several times while saving.
inline constexpr std::size_t kMaxAppProgrammeBytes = 16u * 1024u * 1024u;

// The content (JSON text) for the programme on screen and all its scenarios, or
// nullopt with the reason in `why_not`. The programme goes in as its file's text, so
// that it keeps its fingerprint: links and stored work of the sender still match it.
std::optional<std::string> app_content(AppState& state, std::string& why_not);
// Opens content made by app_content(): its programme (with the work this browser
// stored for it), then, the first time this browser opens this content, its
// scenarios (one already here is not added twice) and the scenario that was on
// screen. Refused content (all is read first) leaves the app as it was.
Status open_app_content(AppState& state, std::string_view content);
// "vth-planner-enschede-2025.html"
std::string app_file_name(const AppState& state);
// The button: saves the one-file planner with this content (platform.save_app).
void save_as_app(AppState& state);

} // namespace vth::ui
