#pragma once
// The only ways the interface changes the programme. Each recalculates once,
// so the next frame shows the new results and idle frames compute nothing.

#include "app_state.hpp"

#include <string_view>

namespace vth::ui {

// Opens a programme file. A file that fails validation is refused: its
// messages are kept for the dialog and returned; the open programme stays.
Issues open_programme(AppState& state, std::string_view json_text, const std::string& file_name);

// Sets the value at `pointer` from text as the user typed it. On refusal the
// message is returned (and shown at the field); the value stays as it was.
std::optional<std::string> edit_value(AppState& state, const std::string& pointer, std::string_view text);

// Records a refused file or link for the dialog (and window.vth.lastRefusal);
// what was open stays open. Returns the issues.
Issues refuse(AppState& state, const std::string& what, Issues issues);

// Refuses a file without reading it (it is larger than any programme can be).
Issues refuse_oversized_file(AppState& state, const std::string& file_name);

bool undo(AppState& state);
bool redo(AppState& state);

// Recomputes the results from the working programme.
void recalculate(AppState& state);

// Switches to the view that shows `pointer` and scrolls to it.
void jump_to(AppState& state, const std::string& pointer);

// Current programme as a file, and a file name for it.
std::string programme_file_text(const AppState& state);
std::string suggested_file_name(const AppState& state);

} // namespace vth::ui
