// Controles & aannames: every reconciliation finding and every assumption.
// Selecting one opens the view that shows the value and scrolls to it.

#include "views.hpp"
#include "widgets.hpp"

#include "commands.hpp"
#include "table_draw.hpp"
#include "table_style.hpp"
#include "view_models.hpp"

#include <imgui.h>

namespace vth::ui {

void draw_checks(AppState& state) {
  if (!state.programme) return;
  const Results& r = state.results;
  wrapped_text("Bevindingen vergelijken wat de bron drukt met wat de invoer geeft; aannames zijn waarden die "
               "niet uit de bron komen. Klik op een regel om naar de waarde te gaan.");
  const float half = (ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing() * 2.0f) * 0.5f;
  // A jump switches the view: it is made after the table is drawn.
  std::string go_to;

  ImGui::SeparatorText(("Bevindingen (" + std::to_string(r.findings.size()) + ")").c_str());
  TableDrawOptions findings;
  findings.height = half;
  findings.clicked = [&](std::size_t row) { go_to = state.results.findings[row].pointer; };
  draw_table(state, findings_model(state), findings);

  ImGui::SeparatorText(("Aannames (" + std::to_string(r.assumptions->size()) + ")").c_str());
  TableDrawOptions assumptions;
  assumptions.height = remaining_height();
  assumptions.clicked = [&](std::size_t row) { go_to = (*state.results.assumptions)[row].pointer; };
  draw_table(state, assumptions_model(state), assumptions);

  if (!go_to.empty()) jump_to(state, go_to);
}

} // namespace vth::ui
