// Recent werk: every programme whose work this browser keeps, to go back to it
// (also to the built-in programme, without a reload) or, explicitly and after a
// question, to discard it. Nothing here leaves the browser.

#include "app.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include "table_draw.hpp"
#include "view_models.hpp"
#include "work_store.hpp"

#include <imgui.h>

namespace vth::ui {

void draw_work(AppState& state) {
  wrapped_text("Deze browser bewaart uw werk per programma: het programmabestand en elk scenario, na iedere "
               "wijziging. "
               "Niets gaat naar een server. Andere tabbladen met hetzelfde programma zien uw wijzigingen.");
  if (const std::string problem = storage_problem(state); !problem.empty())
    wrapped_text(problem, alert_color(state.theme));
  if (state.loading.id != 0) ImGui::TextUnformatted("Bezig met openen…");
  ImGui::Spacing();
  const TableModel model = stored_work_model(state);
  const std::vector<StoredWork> list = stored_work_list(state); // a copy: the buttons act after drawing
  std::optional<std::uint64_t> open, discard;
  TableDrawOptions options;
  options.draw_action = [&](std::size_t row, std::size_t column) {
    if (row >= list.size()) return;
    const StoredWork& w = list[row];
    const bool is_open = state.adopted && w.id == state.baseline_id;
    ImGui::PushID(static_cast<int>(row));
    if (column == 5 && !is_open && w.programme_stored && ImGui::SmallButton("Openen")) open = w.id;
    if (column == 6 && !is_open && !w.builtin && ImGui::SmallButton("Verwijderen…")) discard = w.id;
    if (column == 6 && !is_open && w.builtin && !w.scenario_names.empty() &&
        ImGui::SmallButton("Verwijderen…"))
      discard = w.id;
    ImGui::PopID();
  };
  draw_table(state, model, options);
  if (open) open_work(state, *open);
  if (discard) {
    for (const StoredWork& w : list)
      if (w.id == *discard) {
        const std::size_t n = w.scenario_names.size();
        state.question = {Question::Kind::DiscardWork,
                          "Werk verwijderen?",
                          "Het werk aan " + w.title + " (" + std::to_string(n) +
                              (n == 1 ? " scenario" : " scenario's") +
                              (w.builtin ? "" : " en het programmabestand") +
                              ") wordt uit deze browser verwijderd, ook uit andere tabbladen. Dit kan niet "
                              "ongedaan worden gemaakt. Wilt u het bewaren, open het dan eerst en sla de "
                              "scenario's op als bestand.",
                          "Verwijderen",
                          {},
                          w.id,
                          {}};
      }
  }
}

} // namespace vth::ui
