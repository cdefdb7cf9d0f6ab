// Rows the user adds, deletes, duplicates and moves, in any table whose model
// says which programme table it lists (TableModel::rows_of): a grip before each
// row to select it (click, Ctrl+click, Shift+click) and to drag it to another
// place, a row of buttons above the table, and keys (Insert, Delete, Ctrl+D,
// Alt+↑/↓) while the selection is in this table and no field is being typed in.
// Every action is a change of the scenario (ui/structure.hpp): undone in one step.

#include "table_rows.hpp"

#include "structure.hpp"
#include "widgets.hpp"

#include "core/fields/registry.hpp"
#include "core/io/table_import.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>

namespace vth::ui {
namespace {

constexpr const char* kDragType = "VTH_RIJ";

struct DraggedRow {
  TableId table;
  RowId row;
};

bool selected_here(const AppState& state, const TableModel& model) {
  return model.rows_of && state.selection.table == model.rows_of && !state.selection.rows.empty();
}

bool is_selected(const AppState& state, const RowRef& row) {
  return state.selection.table == row.table &&
         std::find(state.selection.rows.begin(), state.selection.rows.end(), row.row) !=
             state.selection.rows.end();
}

// Rows pasted from Excel go into the table whose rows were chosen last, in the chosen row's parent.
void aim_paste(AppState& state, const TableModel& model, RowId row) {
  RowId parent = model.parent_row;
  const TableDef& t = table(*model.rows_of);
  if (t.parent && state.programme)
    if (const auto at = find_row(*state.programme, t.id, row))
      parent = row_id_at(*state.programme, *t.parent, {0, at->parent});
  state.paste_target = AppState::PasteTarget{t.id, parent};
}

// Whether the model shows any row of its table (a total row is not one).
bool has_rows(const TableModel& model) {
  for (std::size_t i = 0; i < model.row_count; ++i)
    if (const auto record = model.row(i).record; record && record->table == *model.rows_of) return true;
  return false;
}

void select_only(AppState& state, const RowRef& row) {
  state.selection.table = row.table;
  state.selection.rows = {row.row};
  state.selection.anchor = row.row;
}

// Shift+click: every row of the model from the anchor to this one.
void select_range(AppState& state, const TableModel& model, const RowRef& to) {
  std::optional<std::size_t> a, b;
  for (std::size_t i = 0; i < model.row_count && (!a || !b); ++i) {
    const auto record = model.row(i).record;
    if (!record) continue;
    if (record->row == state.selection.anchor) a = i;
    if (record->row == to.row) b = i;
  }
  if (!a || !b) return select_only(state, to);
  state.selection.rows.clear();
  for (std::size_t i = std::min(*a, *b); i <= std::max(*a, *b); ++i)
    if (const auto record = model.row(i).record) state.selection.rows.push_back(record->row);
}

void report(AppState& state, const Status& done) {
  if (!done) state.status = "Niet gedaan: " + done.message();
}

void add_after_selection(AppState& state, const TableModel& model) {
  const TableId table = *model.rows_of;
  RowId after = 0;
  if (selected_here(state, model)) {
    const std::vector<RowId> order = rows_in_order(*state.programme, table);
    for (RowId r : order)
      if (is_selected(state, {table, r})) after = r; // the last selected in the table's order
  } else {
    // At the end of the rows this model shows.
    for (std::size_t i = model.row_count; i-- > 0;)
      if (const auto record = model.row(i).record; record && record->table == table) {
        after = record->row;
        break;
      }
  }
  Result<RowId> added = add_row(state, table, after, model.parent_row);
  if (!added) return report(state, added.refusal());
  select_only(state, {table, *added});
  state.paste_target = AppState::PasteTarget{table, model.parent_row};
  state.jump = {table, RowRef{table, *added}, true};
}

void delete_selection(AppState& state, const TableModel& model) {
  const Status done = delete_rows(state, *model.rows_of, state.selection.rows);
  report(state, done);
  if (done) state.selection = {};
}

void duplicate_selection(AppState& state, const TableModel& model) {
  Result<std::vector<RowId>> copies = duplicate_rows(state, *model.rows_of, state.selection.rows);
  if (!copies) return report(state, copies.refusal());
  state.selection.rows = *copies;
  state.selection.anchor = copies->front();
}

void move_selection(AppState& state, const TableModel& model, int direction) {
  report(state, move_rows(state, *model.rows_of, state.selection.rows, direction));
  state.jump = {*model.rows_of, RowRef{*model.rows_of, state.selection.rows.front()}, true};
}

void handle_keys(AppState& state, const TableModel& model) {
  if (!selected_here(state, model) || ImGui::GetIO().WantTextInput) return;
  if (ImGui::IsKeyPressed(ImGuiKey_Delete, false))
    delete_selection(state, model);
  else if (ImGui::IsKeyPressed(ImGuiKey_Insert, false))
    add_after_selection(state, model);
  else if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_D))
    duplicate_selection(state, model);
  else if (ImGui::IsKeyChordPressed(ImGuiMod_Alt | ImGuiKey_UpArrow))
    move_selection(state, model, -1);
  else if (ImGui::IsKeyChordPressed(ImGuiMod_Alt | ImGuiKey_DownArrow))
    move_selection(state, model, +1);
  else if (ImGui::IsKeyPressed(ImGuiKey_Escape, false))
    state.selection = {};
}

} // namespace

void draw_row_tools(AppState& state, const TableModel& model) {
  if (!model.rows_of || !state.programme) return;
  ImGui::PushID(model.id.c_str());
  const TableDef& t = table(*model.rows_of);
  state.tables_shown.push_back({t.id, model.parent_row});
  const bool any = selected_here(state, model);
  const std::size_t n = any ? state.selection.rows.size() : 0;
  // Tab goes from field to field (and the grips); the buttons have their keys (Insert, Delete, ...).
  // A button that does not fit on the row goes to the next (200 % in 1024 px), not off screen.
  ImGui::PushTabStop(false);
  if (ImGui::SmallButton("+ Regel")) add_after_selection(state, model);
  ImGui::SetItemTooltip("Een nieuwe %s na de gekozen regel (of aan het eind). Insert", t.noun);
  ImGui::BeginDisabled(!any);
  same_line_if_fits("Dupliceren");
  if (ImGui::SmallButton("Dupliceren")) duplicate_selection(state, model);
  ImGui::SetItemTooltip("Een kopie van de gekozen regels, met al hun waarden. Ctrl+D");
  same_line_if_fits("Omhoog");
  if (ImGui::SmallButton("Omhoog")) move_selection(state, model, -1);
  ImGui::SetItemTooltip("Alt+↑; of sleep een regel aan zijn greep (≡)");
  same_line_if_fits("Omlaag");
  if (ImGui::SmallButton("Omlaag")) move_selection(state, model, +1);
  ImGui::SetItemTooltip("Alt+↓");
  same_line_if_fits("Verwijderen");
  if (ImGui::SmallButton("Verwijderen")) delete_selection(state, model);
  ImGui::SetItemTooltip("Delete; ongedaan maken met Ctrl+Z");
  ImGui::EndDisabled();
  same_line_if_fits("CSV opslaan");
  if (ImGui::SmallButton("CSV opslaan") && state.platform.save_file) {
    std::string name = "vth-" + table_name(t.id) + ".csv"; // "odt/toezicht" -> "vth-odt-toezicht.csv"
    std::replace(name.begin(), name.end(), '/', '-');
    state.platform.save_file(name, table_csv(*state.programme, t.id, model.parent_row));
    state.status = "Tabel opgeslagen als " + name;
  }
  ImGui::SetItemTooltip(
      "De regels van deze tabel als CSV voor Excel, met alle kolommen en de rij-id: bewerk ze "
      "en lees ze terug met CSV inlezen.");
  same_line_if_fits("CSV inlezen\xE2\x80\xA6");
  if (ImGui::SmallButton("CSV inlezen\xE2\x80\xA6")) {
    state.paste_target = AppState::PasteTarget{t.id, model.parent_row};
    if (any) aim_paste(state, model, state.selection.rows.front());
    if (state.platform.open_file_dialog) state.platform.open_file_dialog();
  }
  ImGui::SetItemTooltip(
      "Lees regels uit een CSV-bestand (zoals de knop CSV het maakt, bewerkt in Excel): u ziet "
      "eerst wat er verandert. Regels uit Excel plakken: kies een regel en druk Ctrl+V.");
  ImGui::PopTabStop();
  if (any) {
    ImGui::SameLine();
    ImGui::TextDisabled("%zu %s gekozen", n, n == 1 ? "regel" : "regels");
  } else if (!has_rows(model)) {
    wrapped_text_disabled("Nog geen regels: + Regel, of klik hier en plak regels uit Excel (Ctrl+V).");
    // An empty table has no row to choose: a click here aims a paste at it.
    if (ImGui::IsItemClicked()) state.paste_target = AppState::PasteTarget{t.id, model.parent_row};
  }
  handle_keys(state, model);
  ImGui::PopID();
}

void draw_row_grip(AppState& state, const TableModel& model, const TableRow& row) {
  if (!model.rows_of || !row.record || row.record->table != *model.rows_of) return;
  const RowRef record = *row.record;
  ImGui::PushID(static_cast<int>(record.row));
  const bool selected = is_selected(state, record);
  if (ImGui::Selectable("\xE2\x89\xA1##greep", selected, ImGuiSelectableFlags_None,
                        ImVec2(0.0f, ImGui::GetFrameHeight()))) {
    aim_paste(state, model, record.row);
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyShift && state.selection.table == record.table && state.selection.anchor != 0) {
      select_range(state, model, record);
    } else if (io.KeyCtrl && state.selection.table == record.table) {
      auto& rows = state.selection.rows;
      if (selected)
        rows.erase(std::remove(rows.begin(), rows.end(), record.row), rows.end());
      else
        rows.push_back(record.row);
      state.selection.anchor = record.row;
    } else {
      select_only(state, record);
    }
  }
  ImGui::SetItemTooltip("Kies de regel (Ctrl: erbij, Shift: een reeks); sleep om hem te verplaatsen");
  if (ImGui::BeginDragDropSource()) {
    const DraggedRow dragged{record.table, record.row};
    ImGui::SetDragDropPayload(kDragType, &dragged, sizeof dragged);
    ImGui::TextUnformatted(row_label(*state.programme, record).c_str());
    ImGui::EndDragDropSource();
  }
  if (ImGui::BeginDragDropTarget()) {
    if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kDragType)) {
      DraggedRow dragged;
      std::memcpy(&dragged, payload->Data, sizeof dragged);
      // Dropped on a row: it comes after that row, in that row's parent.
      if (dragged.table == record.table && dragged.row != record.row) {
        report(state, move_row_to(state, {dragged.table, dragged.row}, record.row, model.parent_row));
        select_only(state, {dragged.table, dragged.row});
      }
    }
    ImGui::EndDragDropTarget();
  }
  ImGui::PopID();
}

} // namespace vth::ui
