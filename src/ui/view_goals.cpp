// Doelen: goals on regular work and focus points, the activities and which
// departments contribute (the X marks of the source), and the VRT focus points.

#include "views.hpp"

#include "table_style.hpp"
#include "value_cell.hpp"

#include <imgui.h>

#include <algorithm>

namespace vth::ui {
namespace {

std::string department_name(const Programme& p, const std::string& id) {
  for (const auto& d : p.departments)
    if (d.id == id) return d.name;
  return id;
}

// "Handhaven Bouwen Milieu (HBM)" -> "HBM": column headers must stay narrow.
std::string short_name(const std::string& name) {
  const auto open = name.rfind('(');
  const auto close = name.rfind(')');
  return open != std::string::npos && close > open ? name.substr(open + 1, close - open - 1) : name;
}

void activities_table(AppState& state, const Goal& goal, std::size_t g) {
  const Programme& p = *state.programme;
  const int columns = 2 + static_cast<int>(p.goal_columns.size());
  if (!ImGui::BeginTable(goal.id.c_str(), columns, kDataTable)) return;
  ImGui::TableSetupColumn("Aanpak", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("Activiteit", ImGuiTableColumnFlags_WidthStretch, 4.0f);
  for (const auto& id : p.goal_columns)
    ImGui::TableSetupColumn(short_name(department_name(p, id)).c_str(), ImGuiTableColumnFlags_WidthStretch,
                            0.8f);
  ImGui::TableHeadersRow();
  for (std::size_t a = 0; a < goal.activities.size(); ++a) {
    const GoalActivity& act = goal.activities[a];
    ImGui::TableNextRow();
    highlight_if_jump_target(state,
                             "/doelen/lijst/" + std::to_string(g) + "/activiteiten/" + std::to_string(a));
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", act.approach.c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", act.activity.c_str());
    provenance_tooltip(act.source, "afdelingen");
    for (const auto& id : p.goal_columns) {
      ImGui::TableNextColumn();
      if (std::find(act.departments.begin(), act.departments.end(), id) != act.departments.end()) {
        const float w = ImGui::CalcTextSize("X").x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - w) * 0.5f);
        ImGui::TextUnformatted("X");
      }
    }
  }
  ImGui::EndTable();
}

} // namespace

void draw_goals(AppState& state) {
  if (!state.programme) return;
  const Programme& p = *state.programme;
  if (p.goal_columns_source.is_assumption("kolommen")) {
    ImGui::PushStyleColor(ImGuiCol_Text, origin_color(Origin::Assumption, state.theme));
    ImGui::TextWrapped("Aanname over de kolommen: %s",
                       p.goal_columns_source.assumptions.at("kolommen").c_str());
    ImGui::PopStyleColor();
  }
  ImGui::BeginChild("doelen", ImVec2(0.0f, 0.0f));
  ImGui::SeparatorText("Doelen op reguliere werkzaamheden");
  for (const Goal& goal : p.goals)
    if (goal.kind == "regulier") {
      ImGui::Bullet();
      ImGui::TextWrapped("%s: %s", goal.title.c_str(), goal.aim.c_str());
    }
  ImGui::SeparatorText("Focuspunten");
  for (std::size_t g = 0; g < p.goals.size(); ++g) {
    const Goal& goal = p.goals[g];
    if (goal.kind != "focuspunt") continue;
    const bool open_by_jump =
        state.jump_pending && state.jump_pointer.rfind("/doelen/lijst/" + std::to_string(g), 0) == 0;
    if (open_by_jump) ImGui::SetNextItemOpen(true);
    if (!ImGui::CollapsingHeader((goal.title + "##" + goal.id).c_str(), ImGuiTreeNodeFlags_DefaultOpen))
      continue;
    ImGui::TextWrapped("Hoofddoel: %s", goal.aim.c_str());
    for (const auto& indicator : goal.indicators) ImGui::BulletText("Indicator: %s", indicator.c_str());
    activities_table(state, goal, g);
  }
  if (!p.vrt_focus.empty()) {
    ImGui::SeparatorText("Focuspunten Veiligheidsregio Twente (brandveiligheid)");
    for (const auto& f : p.vrt_focus) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s: %s", f.title.c_str(), f.text.c_str());
    }
  }
  ImGui::EndChild();
}

Table goals_table(const AppState& state) {
  Table t{"Doelen en activiteiten", {"Doel", "Aanpak", "Activiteit", "Afdelingen"}, {}};
  if (!state.programme) return t;
  for (const auto& g : state.programme->goals) {
    if (g.activities.empty())
      t.rows.push_back({Cell::str(g.title), Cell::str(""), Cell::str(g.aim), Cell::str("")});
    for (const auto& a : g.activities) {
      std::string deps;
      for (const auto& d : a.departments)
        deps += (deps.empty() ? "" : ", ") + department_name(*state.programme, d);
      t.rows.push_back({Cell::str(g.title), Cell::str(a.approach), Cell::str(a.activity), Cell::str(deps)});
    }
  }
  return t;
}

} // namespace vth::ui
