#pragma once
// Rows pasted from Excel (Ctrl+V with rows of a table chosen) or read from a CSV
// file ("CSV inlezen…" above a table) are shown before anything changes: how the
// columns map (guessed from the header, changeable), how many rows are new and
// how many replace a row, every refused cell with its line, column and reason.
// Confirmed, the rows go in as one step of the scenario (one undo).
// Built on core/io/table_import.hpp.

#include "app_state.hpp"

#include "core/model/result.hpp"

#include <string>

namespace vth::ui {

// Where a paste goes: the table whose row was chosen last while it is on screen, else
// the one table with rows on screen (an empty table has no row to choose); none: ask.
std::optional<AppState::PasteTarget> paste_target(const AppState& state);
// Opens the preview for `text` into the paste target; refused (with the reason) when
// there is no target or no programme.
Status begin_paste(AppState& state, std::string text, std::string source);
// Works the plan out again after the mapping or the header choice changed.
void replan_paste(AppState& state);
// Applies the plan's rows as one step; refused when nothing can be taken.
Status confirm_paste(AppState& state);
// Pasted text as one field takes it: a trailing line break or tab (an Excel cell) dropped,
// inner ones as one space (a number field then refuses "12 13": docs/interface.md).
std::string one_line_paste(std::string_view text);

// "3 nieuwe regels", "1 nieuwe regel".
std::string count_text(std::size_t n, const char* one, const char* many);

// Whether a file is a table (CSV): named .csv, .tsv or .txt and not JSON. Any other file is
// read as a programme or scenario, so a broken programme file is refused as one.
bool is_table_file(std::string_view file_name, std::string_view text);

} // namespace vth::ui
