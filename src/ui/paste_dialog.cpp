// The preview of rows pasted or read from a CSV file (paste.hpp): the mapping
// of the columns, what is new and replaced, every refused cell; nothing changes
// until the user confirms.
#include "app.hpp"
#include "paste.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace vth::ui {
namespace {

constexpr const char* kTitle = "Regels plakken###plakken";
constexpr std::size_t kShownRefusals = 200;

void draw_mapping(AppState& state) {
  AppState::PastePreview& paste = *state.paste;
  const TableDef& t = table(paste.target.table);
  bool changed = false;
  bool header = paste.plan.header;
  if (ImGui::Checkbox("De eerste regel is een kop", &header)) {
    paste.options.header = header;
    paste.options.mapping.reset(); // guessed again for the new choice
    changed = true;
  }
  ImGui::TextDisabled("Kolommen (gekozen uit de kop; wijzig waar nodig):");
  const std::size_t n = paste.plan.mapping.size();
  if (ImGui::BeginTable("##koppeling", 2, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Geplakt");
    ImGui::TableSetupColumn("Gaat naar");
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < n; ++i) {
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextColumn();
      const std::string header_text = i < paste.plan.headers.size() ? paste.plan.headers[i] : "";
      ImGui::Text("%zu. %s", i + 1, header_text.c_str());
      ImGui::TableNextColumn();
      const auto& now = paste.plan.mapping[i];
      ImGui::SetNextItemWidth(-FLT_MIN);
      if (ImGui::BeginCombo("##naar", now ? t.columns[*now].label : "(niet gebruiken)")) {
        auto mapping = paste.plan.mapping;
        if (ImGui::Selectable("(niet gebruiken)", !now)) {
          mapping[i].reset();
          paste.options.mapping = mapping;
          changed = true;
        }
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
          if (!t.columns[c].in_file) continue;
          if (ImGui::Selectable(t.columns[c].label, now && *now == c)) {
            mapping[i] = static_cast<ColumnIndex>(c);
            paste.options.mapping = mapping;
            changed = true;
          }
        }
        ImGui::EndCombo();
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (changed) {
    paste.options.header = paste.options.header.value_or(paste.plan.header);
    replan_paste(state);
  }
}

void draw_refusals(const ImportPlan& plan, Theme theme) {
  if (plan.refused.empty()) return;
  ImGui::TextColored(alert_color(theme), "Niet overgenomen (%zu):", plan.refused.size());
  const float height =
      ImGui::GetTextLineHeightWithSpacing() * std::min(8.0f, 1.0f + static_cast<float>(plan.refused.size()));
  if (ImGui::BeginTable("##geweigerd", 3,
                        ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp,
                        ImVec2(0.0f, height))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Regel", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Kolom", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Waarom");
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < plan.refused.size() && i < kShownRefusals; ++i) {
      const ImportRefusal& r = plan.refused[i];
      ImGui::TableNextColumn();
      if (r.line > 0) ImGui::Text("%zu", r.line);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.column.c_str());
      ImGui::TableNextColumn();
      wrapped_text(r.message);
    }
    ImGui::EndTable();
  }
  if (plan.refused.size() > kShownRefusals)
    wrapped_text_disabled("… en nog " + std::to_string(plan.refused.size() - kShownRefusals) +
                          "; verbeter ze in Excel en plak opnieuw.");
}

} // namespace

void draw_paste_dialog(AppState& state) {
  if (!state.paste) return;
  if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 42.0f, 0.0f), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  const AppState::PastePreview& paste = *state.paste;
  const ImportPlan& plan = paste.plan;
  ImGui::Text("%s in %s", paste.source.c_str(), table(paste.target.table).name);
  draw_mapping(state);
  ImGui::Spacing();
  ImGui::Text("%s, %s, %s.", count_text(plan.new_rows, "nieuwe regel", "nieuwe regels").c_str(),
              count_text(plan.replaced_rows, "regel vervangt", "regels vervangen").c_str(),
              count_text(plan.unchanged_rows, "regel ongewijzigd", "regels ongewijzigd").c_str());
  if (plan.match_column)
    wrapped_text_disabled(std::string("Regels met dezelfde ") +
                          table(paste.target.table).columns[*plan.match_column].label +
                          " vervangen de bestaande; lege cellen laten de waarde staan.");
  draw_refusals(plan, state.theme);
  ImGui::Spacing();
  wrapped_text_disabled(
      "Er verandert niets tot u bevestigt; daarna maakt één keer ongedaan maken alles terug.");
  ImGui::BeginDisabled(plan.changes.empty());
  if (ImGui::Button("Overnemen")) {
    if (Status done = confirm_paste(state); !done) state.status = "Niet geplakt: " + done.message();
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Annuleren") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    state.paste.reset();
    state.status = "Niet geplakt; er is niets veranderd.";
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

} // namespace vth::ui
