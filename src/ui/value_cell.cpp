#include "value_cell.hpp"

#include "commands.hpp"
#include "scenarios.hpp"
#include "table_model.hpp"
#include "widgets.hpp"

#include "core/fields/edit.hpp"
#include "core/model/dutch_format.hpp"

#include <cstdio>
#include <cstring>

namespace vth::ui {
namespace {

// Dutch text for a field value: grouped thousands, every decimal it has, and
// at least the decimals its read-only cells show (€ 120,50, 12,50%, 9,50 fte),
// so that a field reads as the same value does in the copy and the mirror.
std::string field_text(const FieldInfo& f) {
  if (!f.value) return {};
  const bool percent = std::strcmp(f.spec.unit, "%") == 0;
  const bool euro = std::strcmp(f.spec.unit, "€") == 0;
  const int least = percent || euro || std::strcmp(f.spec.unit, "fte") == 0 ? 2 : 0;
  int decimals = f.spec.decimals;
  for (std::int64_t v = *f.value; decimals > least && v % 10 == 0; v /= 10) --decimals;
  const std::string n = format_fixed(*f.value, f.spec.decimals, decimals);
  if (percent) return n + "%";
  if (euro) return "€ " + n;
  return n;
}

std::string source_text(const Provenance& s) {
  if (s.section.empty()) return "Bron: niet vermeld";
  std::string t = "Bron: " + s.section;
  if (s.line > 0) t += ", regel " + std::to_string(s.line);
  return t;
}

} // namespace

Origin origin_of(const AppState& state, const std::string& pointer, const Provenance& source,
                 const char* field) {
  if (state.current >= 0 && state.current < static_cast<int>(state.scenarios.size()) &&
      state.scenarios[static_cast<std::size_t>(state.current)].changes.count(pointer))
    return Origin::Changed;
  return source.is_assumption(field) ? Origin::Assumption : Origin::Source;
}

ImVec4 origin_color(Origin origin, Theme theme) {
  const bool dark = theme == Theme::Dark;
  switch (origin) {
  case Origin::Assumption:
    return dark ? ImVec4(0.95f, 0.72f, 0.30f, 1.0f) : ImVec4(0.62f, 0.36f, 0.00f, 1.0f);
  case Origin::Changed:
    return dark ? ImVec4(0.45f, 0.70f, 1.00f, 1.0f) : ImVec4(0.02f, 0.35f, 0.75f, 1.0f);
  case Origin::Source:
    break;
  }
  return ImGui::GetStyleColorVec4(ImGuiCol_Text);
}

void provenance_tooltip(const Provenance& source, const char* field, const std::string& more) {
  if (!ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
  ImGui::TextUnformatted(source_text(source).c_str());
  auto it = source.assumptions.find(field ? field : "");
  if (it != source.assumptions.end()) ImGui::Text("Aanname: %s", it->second.c_str());
  if (!more.empty()) ImGui::TextUnformatted(more.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void number_cell(AppState& state, const std::string& pointer, const Provenance& source, const char* field,
                 float width) {
  if (!state.programme) return;
  const auto info = find_field(*state.programme, pointer);
  if (!info) {
    ImGui::TextDisabled("–");
    return;
  }
  const Origin origin = origin_of(state, pointer, source, field);
  const bool has_error = state.field_error.pointer == pointer;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s", field_text(*info).c_str());

  ImGui::PushID(pointer.c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, origin_color(origin, state.theme));
  if (has_error) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.90f, 0.30f, 0.30f, 0.45f));
  ImGui::SetNextItemWidth(width > 0.0f ? width : -FLT_MIN);
  ImGui::InputTextWithHint("##waarde", info->may_be_empty ? "n.v.t." : "", buffer, sizeof buffer,
                           ImGuiInputTextFlags_AutoSelectAll);
  // Commit when the user leaves the field or presses Enter; Esc restores the old text.
  if (ImGui::IsItemDeactivatedAfterEdit()) edit_value(state, pointer, buffer);
  if (has_error) ImGui::PopStyleColor();
  ImGui::PopStyleColor();

  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort) && !ImGui::IsItemActive()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::TextUnformatted(source_text(source).c_str());
    auto it = source.assumptions.find(field);
    if (it != source.assumptions.end()) ImGui::Text("Aanname: %s", it->second.c_str());
    if (origin == Origin::Changed) {
      FieldInfo adopted = *info;
      adopted.value = adopted_value(state, pointer);
      ImGui::Text("Gewijzigd in '%s'; vastgesteld: %s", current_scenario_name(state).c_str(),
                  adopted.value ? field_text(adopted).c_str() : "n.v.t.");
      ImGui::TextDisabled("Rechtsklik om terug te zetten.");
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  if (origin == Origin::Changed && ImGui::BeginPopupContextItem("terugzetten")) {
    FieldInfo adopted = *info;
    adopted.value = adopted_value(state, pointer);
    const std::string label = "Terugzetten naar vastgesteld (" +
                              (adopted.value ? field_text(adopted) : std::string("n.v.t.")) + ")";
    if (ImGui::MenuItem(label.c_str())) reset_value(state, pointer);
    ImGui::EndPopup();
  }
  if (has_error) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.80f, 0.05f, 0.05f, 1.0f));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(("Geweigerd: " + state.field_error.message).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  ImGui::PopID();
}

void origin_legend(const AppState& state) {
  ImGui::TextDisabled("Legenda:");
  ImGui::SameLine();
  ImGui::TextUnformatted("uit de bron");
  ImGui::SameLine();
  ImGui::TextColored(origin_color(Origin::Assumption, state.theme), "aanname");
  ImGui::SameLine();
  ImGui::TextColored(origin_color(Origin::Changed, state.theme), "gewijzigd in dit scenario");
  ImGui::SameLine();
  ImGui::TextDisabled("(wijs een getal aan voor de bron)");
}

void highlight_if_jump_target(AppState& state, const std::string& row_pointer) {
  if (!jump_matches(state.jump_pointer, row_pointer)) return;
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImVec4(1.0f, 0.85f, 0.2f, 0.45f)));
  if (state.jump_pending) {
    ImGui::SetScrollHereY(0.3f);
    state.jump_pending = false;
  }
}

} // namespace vth::ui
