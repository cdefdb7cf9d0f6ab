// Controles & aannames: every reconciliation finding and every assumption.
// Selecting one opens the view that shows the value and scrolls to it.

#include "views.hpp"

#include "commands.hpp"
#include "table_style.hpp"
#include "value_cell.hpp"

#include <imgui.h>

namespace vth::ui {
namespace {

std::size_t index_at(const std::string& pointer, std::size_t start) {
  std::size_t i = 0;
  while (start < pointer.size() && pointer[start] >= '0' && pointer[start] <= '9')
    i = i * 10 + static_cast<std::size_t>(pointer[start++] - '0');
  return i;
}

// A readable name for the value a pointer addresses; the pointer itself is in the tooltip.
std::string describe(const Programme& p, const std::string& pointer) {
  auto after = [&](const std::string& prefix) { return pointer.rfind(prefix, 0) == 0 ? prefix.size() : 0; };
  const std::string field = pointer.substr(pointer.rfind('/') + 1);
  if (std::size_t at = after("/werk/")) {
    const std::size_t i = index_at(pointer, at);
    if (i < p.work.size()) return p.work[i].description + " – " + field;
  }
  if (std::size_t at = after("/afdelingen/")) {
    const std::size_t i = index_at(pointer, at);
    if (i < p.departments.size()) return p.departments[i].name + " – " + field;
  }
  if (std::size_t at = after("/regionaal/partners/")) {
    const std::size_t i = index_at(pointer, at);
    if (i < p.regional.partners.size()) return p.regional.partners[i].name + " – " + field;
  }
  for (OdtPart part : kOdtParts) {
    if (std::size_t at = after(std::string("/odt/") + odt_part_key(part) + "/")) {
      const auto& lines = p.odt.parts[static_cast<int>(part)];
      const std::size_t i = index_at(pointer, at);
      if (i < lines.size())
        return std::string("ODT ") + lines[i].code + " " + lines[i].product + " – " + field;
    }
  }
  if (pointer.rfind("/instellingen/", 0) == 0) return "Instelling – " + field;
  return pointer;
}

} // namespace

void draw_checks(AppState& state) {
  if (!state.programme) return;
  const Results& r = state.results;
  ImGui::TextWrapped(
      "Bevindingen vergelijken wat de bron drukt met wat de invoer geeft; aannames zijn waarden die "
      "niet uit de bron komen. Klik op een regel om naar de waarde te gaan.");
  const float half = (ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing() * 2.0f) * 0.5f;
  ImGui::SeparatorText(("Bevindingen (" + std::to_string(r.findings.size()) + ")").c_str());
  if (ImGui::BeginTable("bevindingen", 4, kScrollTable, ImVec2(0.0f, half))) {
    setup_columns({{"Soort", 1.0f}, {"Waarde", 2.2f}, {"Bron", 2.0f}, {"Melding", 6.0f}});
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
      const Finding& f = r.findings[i];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(f.kind.c_str(), false,
                            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap))
        jump_to(state, f.pointer);
      ImGui::PopID();
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ga naar %s", f.pointer.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", describe(*state.programme, f.pointer).c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s%s", f.section.c_str(),
                         f.line > 0 ? (", regel " + std::to_string(f.line)).c_str() : "");
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", f.message.c_str());
    }
    ImGui::EndTable();
  }
  ImGui::SeparatorText(("Aannames (" + std::to_string(r.assumptions->size()) + ")").c_str());
  if (ImGui::BeginTable("aannames", 2, kScrollTable, ImVec2(0.0f, remaining_height()))) {
    setup_columns({{"Waarde", 2.0f}, {"Reden", 6.0f}});
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(r.assumptions->size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const Assumption& a = (*r.assumptions)[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(i + 1'000'000);
        ImGui::PushStyleColor(ImGuiCol_Text, origin_color(Origin::Assumption, state.theme));
        if (ImGui::Selectable(describe(*state.programme, a.pointer).c_str(), false,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap))
          jump_to(state, a.pointer);
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ga naar %s", a.pointer.c_str());
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", a.reason.c_str());
      }
    }
    ImGui::EndTable();
  }
}

Table checks_table(const AppState& state) {
  Table t{"Controles en aannames", {"Soort", "Plaats in bestand", "Bron", "Melding of reden"}, {}};
  for (const auto& f : state.results.findings) {
    std::string where = f.section;
    if (f.line > 0) where += ", regel " + std::to_string(f.line);
    t.rows.push_back({Cell::str(f.kind), Cell::str(f.pointer), Cell::str(where), Cell::str(f.message)});
  }
  if (state.results.assumptions)
    for (const auto& a : *state.results.assumptions)
      t.rows.push_back({Cell::str("aanname"), Cell::str(a.pointer), Cell::str(""), Cell::str(a.reason)});
  return t;
}

} // namespace vth::ui
