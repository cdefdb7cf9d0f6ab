// Help (F1, the Help button, the first-visit hint, a refused file): the main tasks in
// a few lines each, the keys, and what a programme file must hold. In the app itself:
// the planner makes no request, so it cannot point at a page on the web.

#include "app.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <iterator>

namespace vth::ui {
namespace {

constexpr const char* kHintSeenKey = "vth-planner:hint-gezien"; // localStorage, shared by the tabs

struct Entry {
  const char* what;
  const char* how;
};

constexpr Entry kTasks[] = {
    {"Kijken", "Het Overzicht geeft de kerncijfers; de views links tonen elke tabel. Oranje getallen zijn "
               "aannames (niet uit de bron), blauw is gewijzigd in het scenario, groen eigen invoer."},
    {"Een scenario maken", "Wijzig een getal: het vastgestelde programma blijft vergrendeld en de wijziging "
                           "start een scenario. Typ een waarde of een wijziging (+10%, -5%, x1,1)."},
    {"Vergelijken", "Scenario's: zet tot vier scenario's naast het vastgestelde programma."},
    {"Delen", "Scenario's, Kopieer link…: een link met alleen de wijzigingen; de ontvanger heeft hetzelfde "
              "programma nodig. Of Opslaan als bestand."},
    {"Presenteren", "F5: volledig scherm, grote letters, live bijstellen; pijltjes bladeren, Esc stopt."},
    {"Eigen programma", "Openen… (of sleep een bestand op het venster), of Nieuw… om er een te maken. "
                        "Regels plakken uit Excel: kies een regel en Ctrl+V."},
};

constexpr Entry kKeys[] = {
    {"Ctrl+Z / Ctrl+Y", "ongedaan maken / opnieuw"},
    {"Ctrl+F", "zoeken in het programma"},
    {"Ctrl+C", "kopieer de waarde onder de muis (zoals getoond)"},
    {"Ctrl+V", "plakken in een veld, of regels uit Excel in een tabel"},
    {"Ctrl+O / Ctrl+S", "programma openen / opslaan"},
    {"Ctrl+P", "rapport afdrukken"},
    {"F5", "presenteren"},
    {"Ctrl + / Ctrl − / Ctrl 0", "groter / kleiner / normaal"},
    {"Tab, Enter, Esc", "volgend veld, vastleggen, annuleren"},
    {"Insert, Delete, Ctrl+D", "regel toevoegen, verwijderen, dupliceren (gekozen met ≡)"},
    {"F1", "deze hulp"},
};

void two_columns(const char* id, const Entry* entries, std::size_t n) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) return;
  for (std::size_t i = 0; i < n; ++i) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(entries[i].what);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", entries[i].how);
  }
  ImGui::EndTable();
}

bool hint_seen(AppState& state) {
  if (!state.hint_seen) {
    const auto& get = state.platform.store.get;
    state.hint_seen = !get || get(kHintSeenKey).has_value(); // no storage: no hint it could not forget
  }
  return *state.hint_seen;
}

} // namespace

// One line (two on a narrow window): a first-time user learns where to begin, and it costs
// the tables little room.
void draw_first_visit_hint(AppState& state) {
  if (hint_seen(state) || !state.programme) return;
  ImGui::AlignTextToFramePadding();
  // Wrapped: at 200 % on 1024 px the sentence is wider than the window.
  ImGui::TextWrapped(
      "%s", "Eerste keer hier? Wijzig een getal om een scenario te beginnen; alles blijft in uw browser.");
  same_line_if_fits("Help (F1)");
  if (ImGui::SmallButton("Help (F1)")) state.show_help = true;
  same_line_if_fits("Niet meer tonen");
  if (ImGui::SmallButton("Niet meer tonen")) {
    state.hint_seen = true;
    if (state.platform.store.set) (void)state.platform.store.set(kHintSeenKey, "1");
  }
}

void draw_help_dialog(AppState& state) {
  if (ImGui::IsKeyPressed(ImGuiKey_F1, false)) state.show_help = true;
  if (state.show_help) {
    ImGui::OpenPopup("Help##hulp");
    state.show_help = false;
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetFontSize() * 46.0f, viewport->WorkSize.x * 0.95f),
                                  viewport->WorkSize.y * 0.85f),
                           ImGuiCond_Always);
  if (!ImGui::BeginPopupModal("Help##hulp", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  ImGui::BeginChild("hulptekst", ImVec2(0.0f, -ImGui::GetFrameHeightWithSpacing()));
  ImGui::SeparatorText("Wat u kunt doen");
  two_columns("taken", kTasks, std::size(kTasks));
  ImGui::SeparatorText("Toetsen");
  two_columns("toetsen", kKeys, std::size(kKeys));
  ImGui::SeparatorText("Het programmabestand");
  ImGui::TextWrapped(
      "Een programma is een JSON-bestand (UTF-8, schema \"vth-planner-programma\", versie 1) met: gemeente, "
      "jaar, "
      "instellingen (productieve_uren_per_fte, odt_uurtarief), afdelingen (id, naam, beschikbare_fte), werk "
      "(per regel afdeling, omschrijving en soort: aantal × kental, fte, uren of percentage), odt "
      "(vergunningen, "
      "toezicht, handhaving, advies: code, product, aantal, kental), regionaal (partners met sleutels die "
      "samen "
      "100%% zijn, projecten, diensten), energie en de toelichtende onderdelen. Getallen met een punt als "
      "decimaalteken. Bij elke waarde hoort een bron (sectie en regel) of een aanname met reden. Een bestand "
      "dat niet klopt wordt geweigerd met de plaats en de reden van elke fout; wat open was blijft open. "
      "Volledig: docs/programme-format.md en docs/programme.schema.json bij VTH-planner.");
  ImGui::EndChild();
  if (ImGui::Button("Sluiten") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

} // namespace vth::ui
