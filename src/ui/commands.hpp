#pragma once
// The only ways the interface changes the programme. Each recalculates once,
// so the next frame shows the new results and idle frames compute nothing.
// Every change of a value, text or row is a Change of the current scenario
// (core/scenario/scenario.hpp); the history keeps the lists before and after.

#include "app_state.hpp"

#include "core/fields/entry.hpp"

#include <string_view>

namespace vth::ui {

// Opens a programme file as the adopted programme. A file that fails
// validation is refused: its messages are kept for the dialog; what was open stays.
Status open_programme(AppState& state, std::string_view json_text, const std::string& file_name);

// Sets the number at `field` from text as the user typed it ("1.234,5", "+10%",
// "x1,1"). On refusal the message is returned and shown at the field; the value stays.
Status edit_value(AppState& state, const FieldRef& field, std::string_view text);
// The note under a field whose entry was refused: what was typed (at most 30 of its
// characters, start and end; invisible ones written out) and why, e.g. "Geweigerd ('12,,5'): is geen getal
// ...".
std::string refusal_note_text(const FieldError& error);
// Records a refused entry at its field (with what was typed, for the note) and returns the refusal.
Status refuse_entry(AppState& state, const FieldRef& field, const Refusal& refusal, std::string_view typed);
// What the text would give, without changing anything (the field shows it while typing).
Result<Entry> preview_value(const AppState& state, const FieldRef& field, std::string_view text);

// Applies a change to the current scenario (starting one on the adopted
// programme), undoable. Refused changes change nothing.
Status apply_to_scenario(AppState& state, const Change& change);

// Records a refused file or link for the dialog (and window.vth.lastRefusal);
// what was open stays open. Returns the refusal.
Refusal refuse(AppState& state, const std::string& what, Refusal refusal);

// Refuses a file without reading it (it is larger than any programme can be).
Refusal refuse_oversized_file(AppState& state, const std::string& file_name);

bool undo(AppState& state);
bool redo(AppState& state);

// Recomputes the results of the programme on screen.
void recalculate(AppState& state);

// Switches to the view that shows what a pointer into the programme file
// names (a finding, an assumption) and scrolls to it.
void jump_to(AppState& state, std::string_view pointer);
// ... or a row of a table.
void jump_to_row(AppState& state, const RowRef& row);

// The programme on screen as a file, and a file name for it.
std::string programme_file_text(const AppState& state);
// "Volgend jaar": opens next year's programme made from the one on screen (next_year.hpp),
// stored like any opened file; the programme it came from stays in Recent werk.
Status open_next_year(AppState& state);
std::string suggested_file_name(const AppState& state);
// A part of a file name: lower-case letters and digits, anything else as one '-'.
std::string file_name_part(std::string_view text);
// "Nieuw programma": opens the programme made from the form being filled in
// (new_programme.hpp), or keeps the form with what is wrong in it.
Status open_new_programme(AppState& state);

} // namespace vth::ui
