#pragma once
// Zoeken (Ctrl+F): a search over everything the open programme holds as text,
// and its findings and assumptions (core/output/search.hpp), with a list of
// hits that go to their row and highlight it. This is the part without ImGui;
// the panel is find_panel.cpp.

#include "app_state.hpp"

namespace vth::ui {

// Opens the panel with the cursor in its query field (Ctrl+F again: the same).
void open_find(AppState& state);
void close_find(AppState& state);
// Searches again when the query or the programme changed since the last search.
void update_find(AppState& state);
// Goes to hit `index` of the last search: its view, scrolled to its row, highlighted.
bool go_to_hit(AppState& state, int index);
// Enter in the query field: the hit after the one gone to last (Shift+Enter: before), round.
bool go_to_next_hit(AppState& state, bool backwards);
// "12 gevonden", "Niets gevonden", "De eerste 200 van 1.234"
std::string find_summary(const AppState& state);

} // namespace vth::ui
