// Energie: the energy programme and the SPUK THE table, hours and euros at the
// ODT tariff next to what the source prints.

#include "views.hpp"

#include "table_draw.hpp"
#include "value_cell.hpp"
#include "view_models.hpp"
#include "widgets.hpp"

#include "core/model/dutch_format.hpp"

#include <imgui.h>

namespace vth::ui {

void draw_energy(AppState& state) {
  if (!state.programme) return;
  const Programme& p = *state.programme;
  wrapped_textf("Kosten tegen het ODT-uurtarief van %s; elke regel afgerond op hele euro's zoals de bron.",
                format_euro(p.settings.odt_hourly_rate).c_str());
  origin_legend(state);
  ImGui::SeparatorText("Energie en duurzaamheid (Bijlage 3)");
  draw_table(state, energy_model(state, "energie"));
  ImGui::SeparatorText("SPUK THE");
  draw_table(state, energy_model(state, "spuk_the"));
  wrapped_text_disabled("Rood: wijkt af van wat de invoer geeft (zie Controles & aannames).");
}

} // namespace vth::ui
