// The toolbar: file actions, undo/redo, copy, zoom and theme, and the legend
// of value colours that every view shares.

#include "app.hpp"
#include "views.hpp"

#include "commands.hpp"
#include "find.hpp"
#include "presentation.hpp"
#include "report.hpp"
#include "scenarios.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace vth::ui {

namespace {

// The file and programme actions of the toolbar, as buttons or (a narrow window, a
// large zoom) as the entries of one menu.
struct ToolbarAction {
  const char* label;
  const char* shortcut; // shown in the menu; the tooltip names it too
  const char* tooltip;
  bool needs_programme;
  void (*run)(AppState& state);
};

void new_programme_form(AppState& state) {
  NewProgrammeForm form = state.new_programme_kept.value_or(NewProgrammeForm{.departments = {{}}});
  state.new_programme = AppState::NewProgrammeDraft{std::move(form), {}};
}

void save_programme(AppState& state) {
  if (state.platform.save_file)
    state.platform.save_file(suggested_file_name(state), programme_file_text(state));
  state.status = "Programma opgeslagen als " + suggested_file_name(state);
}

constexpr ToolbarAction kActions[] = {
    {"Nieuw…", "",
     "Maak een nieuw programma: gemeente, jaar, afdelingen, uurtarief en partners; daarna vult u de "
     "tabellen.",
     false, new_programme_form},
    {"Openen…", "Ctrl+O", "Open een programmabestand (JSON); u kunt het ook op dit venster slepen. Ctrl+O",
     false,
     [](AppState& s) {
       if (s.platform.open_file_dialog) s.platform.open_file_dialog();
     }},
    {"Opslaan", "Ctrl+S", "Download het programma met uw wijzigingen als JSON-bestand. Ctrl+S", true,
     save_programme},
    {"Volgend jaar", "",
     "Maak het programma van volgend jaar uit dit programma: dezelfde opbouw en waarden, zonder gedrukte "
     "totalen "
     "en bronverwijzingen. Dit programma blijft bewaard (Recent werk).",
     true,
     [](AppState& s) {
       if (Status made = open_next_year(s); !made) s.status = "Niet gedaan: " + made.message();
     }},
    {"Kopieer tabel", "", "Kopieer de tabel van dit scherm; plak in Excel met Nederlandse getallen.", true,
     copy_current_table},
    {"CSV", "", "Sla de tabel van dit scherm op als CSV voor Excel (puntkomma's, decimale komma).", true,
     save_current_table_csv},
    {"Zoeken…", "Ctrl+F",
     "Zoek in codes, producten, omschrijvingen, afdelingen, partners, doelen, bevindingen en aannames. "
     "Ctrl+F",
     true, open_find},
    {"Rapport", "Ctrl+P",
     "Open een afdrukbaar rapport van dit scenario in een nieuw tabblad (of bewaar het als PDF). Ctrl+P: "
     "meteen "
     "afdrukken.",
     true, [](AppState& s) { open_report(s); }},
    {"Presenteren", "F5",
     "Volledig scherm voor het PHO: grote letters, grafieken, bladeren met de pijltjes. F5", true,
     enter_presentation},
    {"Help", "F1", "Wat u kunt doen, de toetsen en het programmabestand. F1", false,
     [](AppState& s) { s.view = View::Help; }},
};

// All actions as buttons would take more than two lines: they go into one menu.
bool toolbar_is_compact() {
  float total = ImGui::CalcTextSize("VTH-planner").x;
  for (const ToolbarAction& a : kActions) total += button_width(a.label) + ImGui::GetStyle().ItemSpacing.x;
  return total > ImGui::GetContentRegionAvail().x * 1.6f;
}

void action_buttons(AppState& state) {
  for (const ToolbarAction& a : kActions) {
    same_line_if_fits(a.label);
    ImGui::BeginDisabled(a.needs_programme && !state.programme);
    if (ImGui::Button(a.label)) a.run(state);
    ImGui::SetItemTooltip("%s", a.tooltip);
    ImGui::EndDisabled();
  }
}

void action_menu(AppState& state) {
  same_line_if_fits("Menu…");
  if (ImGui::Button("Menu…")) ImGui::OpenPopup("##acties");
  ImGui::SetItemTooltip("Nieuw, openen, opslaan, kopiëren, zoeken, rapport en presenteren");
  if (!ImGui::BeginPopup("##acties")) return;
  for (const ToolbarAction& a : kActions)
    if (ImGui::MenuItem(a.label, a.shortcut, false, !a.needs_programme || state.programme.has_value()))
      a.run(state);
  ImGui::EndPopup();
}

} // namespace

void draw_header(AppState& state) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("VTH-planner");
  const ImGuiStyle& style = ImGui::GetStyle();
  if (toolbar_is_compact())
    action_menu(state);
  else
    action_buttons(state);
  same_line_if_fits("Ongedaan maken");
  ImGui::BeginDisabled(state.undo_stack.empty());
  if (ImGui::Button("Ongedaan maken")) undo(state);
  ImGui::SetItemTooltip("Ctrl+Z");
  ImGui::EndDisabled();
  same_line_if_fits("Opnieuw");
  ImGui::BeginDisabled(state.redo_stack.empty());
  if (ImGui::Button("Opnieuw")) redo(state);
  ImGui::SetItemTooltip("Ctrl+Y of Ctrl+Shift+Z");
  ImGui::EndDisabled();

  // Right-aligned: zoom and theme.
  const char* theme_label = state.theme == Theme::Light ? "Donker thema" : "Licht thema";
  char zoom_label[16];
  std::snprintf(zoom_label, sizeof zoom_label, "%d%%", static_cast<int>(state.zoom * 100.0f + 0.5f));
  const float width = button_width("−") + button_width(zoom_label) + button_width("+") +
                      button_width(theme_label) + style.ItemSpacing.x * 3.0f;
  // On the same line when it fits, else right-aligned on the next (1024 px, 200% zoom).
  ImGui::SameLine();
  const float right = ImGui::GetContentRegionMax().x - width;
  if (ImGui::GetCursorPosX() > right) ImGui::NewLine();
  ImGui::SetCursorPosX(std::max(right, ImGui::GetCursorPosX()));
  if (ImGui::Button("−")) state.zoom = std::max(0.5f, state.zoom - 0.1f);
  ImGui::SetItemTooltip("Kleiner (Ctrl −)");
  ImGui::SameLine();
  if (ImGui::Button(zoom_label)) state.zoom = 1.0f;
  ImGui::SetItemTooltip("Normale grootte (Ctrl 0)");
  ImGui::SameLine();
  if (ImGui::Button("+")) state.zoom = std::min(3.0f, state.zoom + 0.1f);
  ImGui::SetItemTooltip("Groter (Ctrl +)");
  ImGui::SameLine();
  if (ImGui::Button(theme_label)) state.theme = state.theme == Theme::Light ? Theme::Dark : Theme::Light;
}

void draw_navigation(AppState& state) {
  for (View v : kViews) {
    if (ImGui::Selectable(view_title(v), state.view == v, 0, ImVec2(0.0f, ImGui::GetFrameHeight()))) {
      state.view = v;
      state.jump = {};
    }
  }
  ImGui::Spacing();
  ImGui::Separator();
  if (state.programme) {
    ImGui::TextDisabled("Scenario");
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##scenario", current_scenario_name(state).c_str())) {
      if (ImGui::Selectable("Vastgesteld programma", state.current < 0)) switch_scenario(state, -1);
      for (std::size_t i = 0; i < state.scenarios.size(); ++i)
        if (ImGui::Selectable((state.scenarios[i].name + "##" + std::to_string(i)).c_str(),
                              state.current == static_cast<int>(i)))
          switch_scenario(state, static_cast<int>(i));
      ImGui::EndCombo();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    if (state.current >= 0) {
      const std::size_t n = state.scenarios[static_cast<std::size_t>(state.current)].changes.size();
      wrapped_textf("%zu wijziging%s", n, n == 1 ? "" : "en");
    } else {
      wrapped_text("Vastgesteld (vergrendeld): een wijziging start een scenario.");
    }
    ImGui::PopStyleColor();
    ImGui::Spacing();
    ImGui::TextDisabled("Programma");
    wrapped_textf("%s %d", state.programme->municipality.c_str(), state.programme->year);
    if (!state.file_name.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      wrapped_text(state.file_name);
      ImGui::PopStyleColor();
    }
  }
  // A status says what the last action did ("Gekopieerd: 22"); once something else changes
  // or another view is chosen, it no longer applies and goes.
  if (state.status != state.status_seen) {
    state.status_seen = state.status;
    state.status_revision = state.revision;
    state.status_view = state.view;
  } else if (!state.status.empty() &&
             (state.revision != state.status_revision || state.view != state.status_view)) {
    state.status.clear();
    state.status_seen.clear();
  }
  if (!state.status.empty()) {
    ImGui::Spacing();
    wrapped_text(state.status);
  }
}

void draw_refused_dialog(AppState& state) {
  if (state.show_refused) {
    ImGui::OpenPopup("Bestand geweigerd");
    state.show_refused = false;
  }
  const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 44.0f, 0.0f), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal("Bestand geweigerd", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  wrapped_textf("'%s' is niet geopend: het is geen geldig programmabestand. Wat open was, blijft open.",
                state.refused_file.c_str());
  ImGui::Text("%zu %s:", state.refused_issues.size(), state.refused_issues.size() == 1 ? "fout" : "fouten");
  ImGui::BeginChild("fouten", ImVec2(0.0f, ImGui::GetTextLineHeightWithSpacing() * 12.0f),
                    ImGuiChildFlags_Border);
  for (const auto& issue : state.refused_issues) {
    ImGui::TextColored(alert_color(state.theme), "%s",
                       issue.pointer.empty() ? "(bestand)" : issue.pointer.c_str());
    ImGui::SameLine();
    wrapped_text(issue.message);
  }
  ImGui::EndChild();
  if (ImGui::Button("Sluiten") || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
  ImGui::SameLine();
  if (ImGui::Button("Over het bestandsformaat")) {
    ImGui::CloseCurrentPopup();
    state.view = View::Help;
  }
  ImGui::EndPopup();
}

} // namespace vth::ui
