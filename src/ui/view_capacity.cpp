// Capaciteit: per department the work lines, the productive hours per FTE,
// available FTE, demand and gap. The work list is virtualised (ImGuiListClipper)
// so that a programme with 100.000 lines scrolls as smoothly as Enschede's 78.

#include "views.hpp"

#include "chart_draw.hpp"

#include "table_style.hpp"
#include "value_cell.hpp"
#include "widgets.hpp"

#include "core/dutch_format.hpp"

#include <imgui.h>

#include <map>
#include <string>
#include <vector>

namespace vth::ui {
namespace {

const char* kind_label(WorkKind kind) {
  switch (kind) {
  case WorkKind::Count:
    return "aantal × kental";
  case WorkKind::Fte:
    return "fte";
  case WorkKind::Hours:
    return "uren (reservering)";
  case WorkKind::Percentage:
    return "% van capaciteit";
  }
  return "";
}

void department_table(AppState& state) {
  const Programme& p = *state.programme;
  const CapacityResult& c = state.results.capacity;
  if (!ImGui::BeginTable("afdelingen", 6, kDataTable)) return;
  setup_columns({{"Afdeling", 3.0f},
                 {"Regels", 0.8f},
                 {"Beschikbare fte", 1.3f},
                 {"Vraag (uur)", 1.2f},
                 {"Benodigde fte", 1.2f},
                 {"Verschil fte", 1.2f}});
  for (std::size_t i = 0; i < p.departments.size() && i < c.departments.size(); ++i) {
    const auto& d = c.departments[i];
    const std::string ptr = "/afdelingen/" + std::to_string(i);
    ImGui::TableNextRow();
    highlight_if_jump_target(state, ptr);
    ImGui::TableNextColumn();
    if (ImGui::Selectable(d.name.c_str(), state.capacity_department == static_cast<int>(i),
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap))
      state.capacity_department = state.capacity_department == static_cast<int>(i) ? -1 : static_cast<int>(i);
    ImGui::TableNextColumn();
    text_right(format_grouped(d.lines));
    ImGui::TableNextColumn();
    number_cell(state, ptr + "/beschikbare_fte", p.departments[i].source, "beschikbare_fte");
    ImGui::TableNextColumn();
    text_right(format_hours(d.demand, 0));
    ImGui::TableNextColumn();
    text_right(format_fixed(d.fte_needed, 3, 2));
    ImGui::TableNextColumn();
    text_right_signed(format_fixed(d.fte_gap, 3, 2), d.fte_gap);
  }
  const auto& t = c.total;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  cell_text("Totaal");
  ImGui::TableNextColumn();
  text_right(format_grouped(t.lines));
  ImGui::TableNextColumn();
  text_right(format_fixed(t.fte_available, 3, 2));
  ImGui::TableNextColumn();
  text_right(format_hours(t.demand, 0));
  ImGui::TableNextColumn();
  text_right(format_fixed(t.fte_needed, 3, 2));
  ImGui::TableNextColumn();
  text_right_signed(format_fixed(t.fte_gap, 3, 2), t.fte_gap);
  ImGui::EndTable();
}

std::vector<int> visible_lines(const AppState& state) {
  const Programme& p = *state.programme;
  std::vector<int> rows;
  rows.reserve(p.work.size());
  const std::string* only = nullptr;
  if (state.capacity_department >= 0 && state.capacity_department < static_cast<int>(p.departments.size()))
    only = &p.departments[static_cast<std::size_t>(state.capacity_department)].id;
  for (std::size_t i = 0; i < p.work.size(); ++i)
    if (!only || p.work[i].department == *only) rows.push_back(static_cast<int>(i));
  return rows;
}

void work_table(AppState& state) {
  const Programme& p = *state.programme;
  const std::vector<int> rows = visible_lines(state);
  std::map<std::string, std::string> department_names;
  for (const auto& d : p.departments) department_names[d.id] = d.name;
  int target = -1;
  if (state.jump_pending)
    for (std::size_t r = 0; r < rows.size(); ++r)
      if (state.jump_pointer.rfind("/werk/" + std::to_string(rows[r]) + "/", 0) == 0)
        target = static_cast<int>(r);
  if (!ImGui::BeginTable("werk", 7, kScrollTable, ImVec2(0.0f, remaining_height(1.0f)))) return;
  setup_columns({{"Afdeling", 1.4f},
                 {"Groep", 1.6f},
                 {"Omschrijving", 4.0f},
                 {"Soort", 1.2f},
                 {"Omvang", 1.1f},
                 {"Kental (uur)", 1.0f},
                 {"Uren", 1.0f}});
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  if (target >= 0) clipper.IncludeItemByIndex(target);
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const auto i = static_cast<std::size_t>(rows[static_cast<std::size_t>(r)]);
      const WorkLine& w = p.work[i];
      const std::string ptr = "/werk/" + std::to_string(i);
      ImGui::TableNextRow();
      highlight_if_jump_target(state, ptr);
      ImGui::TableNextColumn();
      cell_text(department_names[w.department]);
      ImGui::TableNextColumn();
      cell_text(w.group);
      ImGui::TableNextColumn();
      cell_text(w.description);
      provenance_tooltip(w.source, "afdeling");
      ImGui::TableNextColumn();
      cell_text(kind_label(w.kind));
      ImGui::TableNextColumn();
      number_cell(state, ptr + "/" + work_kind_key(w.kind), w.source, work_kind_key(w.kind));
      ImGui::TableNextColumn();
      if (w.kind == WorkKind::Count) number_cell(state, ptr + "/kental", w.source, "kental");
      ImGui::TableNextColumn();
      if (i < state.results.capacity.line_hours.size())
        text_right(format_hours(state.results.capacity.line_hours[i], 1));
    }
  }
  ImGui::EndTable();
}

} // namespace

void draw_capacity(AppState& state) {
  if (!state.programme) return;
  Programme& p = *state.programme;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Productieve uren per fte:");
  ImGui::SameLine();
  number_cell(state, "/instellingen/productieve_uren_per_fte", p.settings.source, "productieve_uren_per_fte",
              ImGui::GetFontSize() * 7.0f);
  ImGui::SameLine();
  origin_legend(state);
  department_table(state);
  if (ImGui::CollapsingHeader("Grafiek: benodigde en beschikbare fte per afdeling"))
    draw_chart(capacity_chart(state.results), state.theme);
  ImGui::Spacing();
  const char* shown =
      state.capacity_department >= 0 && state.capacity_department < static_cast<int>(p.departments.size())
          ? p.departments[static_cast<std::size_t>(state.capacity_department)].name.c_str()
          : "alle afdelingen";
  ImGui::Text("Werkregels van %s", shown);
  ImGui::SameLine();
  ImGui::TextDisabled("(kies een afdeling in de tabel hierboven om te filteren)");
  work_table(state);
}

Table capacity_table(const AppState& state) {
  Table t{"Capaciteit: werkregels",
          {"Afdeling", "Groep", "Omschrijving", "Soort", "Aantal", "Kental (uur)", "Fte",
           "Uren (reservering)", "Percentage", "Uren"},
          {}};
  if (!state.programme) return t;
  const Programme& p = *state.programme;
  std::map<std::string, std::string> names;
  for (const auto& d : p.departments) names[d.id] = d.name;
  for (int i : visible_lines(state)) {
    const WorkLine& w = p.work[static_cast<std::size_t>(i)];
    const bool count = w.kind == WorkKind::Count;
    auto opt = [](bool on, Cell c) { return on ? c : Cell::str(""); };
    t.rows.push_back({Cell::str(names[w.department]), Cell::str(w.group), Cell::str(w.description),
                      Cell::str(kind_label(w.kind)), opt(count, Cell::hours(w.count)),
                      opt(count, Cell::hours(w.hours_per_item)),
                      opt(w.kind == WorkKind::Fte, Cell::fte(w.fte)),
                      opt(w.kind == WorkKind::Hours, Cell::hours(w.hours)),
                      opt(w.kind == WorkKind::Percentage, Cell::percent(w.percentage)),
                      Cell::hours(state.results.capacity.line_hours.at(static_cast<std::size_t>(i)))});
  }
  return t;
}

} // namespace vth::ui
