#include "widgets.hpp"

#include "fonts.hpp"
#include "table_style.hpp"

#include "core/dutch_format.hpp"

#include <imgui.h>

namespace vth::ui {

void text_right(const std::string& text) {
  // Rows of editable tables are as high as an input frame; keep text on their baseline.
  ImGui::AlignTextToFramePadding();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  if (avail > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - w);
  ImGui::TextUnformatted(text.c_str());
}

void text_right_signed(const std::string& text, std::int64_t sign) {
  if (sign >= 0) {
    text_right(text);
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.78f, 0.10f, 0.10f, 1.0f));
  text_right(text);
  ImGui::PopStyleColor();
}

void cell_text(const std::string& text) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text.c_str());
}

void odt_parts_table(const OdtResult& o) {
  if (!ImGui::BeginTable("odt-onderdelen", 3, kDataTable)) return;
  setup_columns({{"Onderdeel", 3.0f}, {"Uren", 1.0f}, {"Kosten", 1.2f}});
  auto row = [](const std::string& name, MilliHours hours, Cents cost) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    cell_text(name);
    ImGui::TableNextColumn();
    text_right(format_hours(hours, 0));
    ImGui::TableNextColumn();
    text_right(format_euro(cost, 0));
  };
  for (const auto& part : o.parts) row(part.name, part.hours, part.cost);
  row("Totaal", o.total_hours, o.total_cost);
  ImGui::EndTable();
}

void key_figure(const char* caption, const std::string& value, const std::string& detail,
                const std::string& adopted) {
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", caption);
  ImGui::PushFont(large_font());
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopFont();
  ImGui::TextUnformatted(detail.c_str());
  if (!adopted.empty()) ImGui::TextDisabled("vastgesteld: %s", adopted.c_str());
}

} // namespace vth::ui
