#pragma once
// One draw function per view, each in its own view_*.cpp file. Their tables
// are models (view_models.hpp); what the views copy and export: view_tables.hpp.

#include "app_state.hpp"
#include "view_tables.hpp"

namespace vth::ui {

void draw_header(AppState& state);
void draw_navigation(AppState& state);
void draw_refused_dialog(AppState& state);

void draw_overview(AppState& state);
void draw_capacity(AppState& state);
void draw_odt(AppState& state);
void draw_regional(AppState& state);
void draw_energy(AppState& state);
void draw_protocol(AppState& state);
void draw_goals(AppState& state);
void draw_checks(AppState& state);
void draw_scenarios(AppState& state);
void draw_work(AppState& state);

// dialogs.cpp: the refused file, questions, offers and the summary of a linked
// scenario, one at a time; and the banner when the browser cannot keep the work.
void draw_dialogs(AppState& state);
// The preview of pasted rows or a CSV file (paste_dialog.cpp), while there is one.
void draw_paste_dialog(AppState& state);
// "Nieuw programma" (new_programme_dialog.cpp), while the form is open.
void draw_new_programme_dialog(AppState& state);
void draw_storage_banner(AppState& state);
// Help (view_help.cpp): the view (F1) and the first-visit hint under the toolbar.
void draw_help(AppState& state);
void draw_first_visit_hint(AppState& state);
// Zoeken (find_panel.cpp), while it is open (Ctrl+F).
void draw_find_panel(AppState& state);

} // namespace vth::ui
