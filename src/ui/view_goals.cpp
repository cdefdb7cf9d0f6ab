// Doelen: goals on regular work and focus points, the activities and which
// departments contribute (the X marks of the source), and the VRT focus points.

#include "views.hpp"
#include "widgets.hpp"

#include "table_draw.hpp"
#include "value_cell.hpp"
#include "view_models.hpp"

#include <imgui.h>

namespace vth::ui {

void draw_goals(AppState& state) {
  if (!state.programme) return;
  const Programme& p = *state.programme;
  if (p.goal_columns_source.is_assumption("kolommen")) {
    ImGui::PushStyleColor(ImGuiCol_Text, origin_color(Origin::Assumption, state.theme));
    wrapped_textf("Aanname over de kolommen: %s", p.goal_columns_source.assumptions.at("kolommen").c_str());
    ImGui::PopStyleColor();
  }
  ImGui::BeginChild("doelen", ImVec2(0.0f, 0.0f), ImGuiChildFlags_None, ImGuiWindowFlags_HorizontalScrollbar);
  ImGui::SeparatorText("Doelen (reguliere werkzaamheden en focuspunten)");
  draw_table(state, goals_model(state));
  ImGui::SeparatorText("Focuspunten: activiteiten en bijdragende afdelingen");
  for (std::size_t g = 0; g < p.goals.size(); ++g) {
    const Goal& goal = p.goals[g];
    if (goal.kind != "focuspunt") continue;
    // A jump to the goal or one of its activities opens it.
    const auto& target = state.jump.row;
    const bool open_by_jump =
        state.jump.pending && target &&
        (*target == RowRef{TableId::Goals, goal.row_id} ||
         (target->table == TableId::Activities &&
          find_row(p, TableId::Activities, target->row).value_or(RowPos{SIZE_MAX, 0}).parent == g));
    if (open_by_jump) ImGui::SetNextItemOpen(true);
    if (!ImGui::CollapsingHeader((goal.title + "##" + goal.id).c_str(), ImGuiTreeNodeFlags_DefaultOpen))
      continue;
    wrapped_textf("Hoofddoel: %s", goal.aim.c_str());
    for (const auto& indicator : goal.indicators) ImGui::BulletText("Indicator: %s", indicator.c_str());
    draw_table(state, goal_activities_model(state, g));
  }
  ImGui::SeparatorText("Focuspunten Veiligheidsregio Twente (brandveiligheid)");
  draw_table(state, vrt_model(state));
  ImGui::EndChild();
}

} // namespace vth::ui
