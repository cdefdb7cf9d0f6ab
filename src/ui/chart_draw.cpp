#include "chart_draw.hpp"
#include "widgets.hpp"

#include "core/model/utf8_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace vth::ui {
namespace {

ImU32 rgb(std::uint32_t c, float alpha = 1.0f) {
  return IM_COL32((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF, static_cast<int>(alpha * 255.0f));
}

ImU32 series_colour(std::size_t i) { return rgb(kChartPalette[i % std::size(kChartPalette)]); }

// Shortens a label until it fits `width` (the full text is in the row's tooltip).
// Starts from the proportional guess, so a long label costs a few measurements, not one per character.
std::string fit(const std::string& text, float width) {
  const float full = ImGui::CalcTextSize(text.c_str()).x;
  if (full <= width) return text;
  std::size_t chars = static_cast<std::size_t>(static_cast<float>(char_count(text)) * width / full) + 1;
  std::string out = shorten(text, chars);
  while (chars > 2 && ImGui::CalcTextSize(out.c_str()).x > width) out = shorten(text, --chars);
  return out;
}

void row_tooltip(const Chart& chart, const ChartRow& row) {
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(row.label.c_str());
  for (std::size_t i = 0; i < row.values.size() && i < chart.series.size(); ++i) {
    ImGui::ColorButton("##kleur", ImGui::ColorConvertU32ToFloat4(series_colour(i)),
                       ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoDragDrop,
                       ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
    ImGui::SameLine();
    ImGui::Text("%s: %s", chart.series[i].c_str(), display_cell({chart.unit, row.values[i], {}}).c_str());
  }
  if (!row.note.empty()) ImGui::TextUnformatted(row.note.c_str());
  ImGui::EndTooltip();
}

// Legend swatches, wrapping onto more lines when the width runs out. Returns its height.
float draw_legend(const Chart& chart, ImDrawList* draw, float width) {
  const float font = ImGui::GetFontSize();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  float x = 0.0f, y = 0.0f;
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    const float w = font * 1.3f + ImGui::CalcTextSize(chart.series[i].c_str()).x + font;
    if (x > 0.0f && x + w > width) {
      x = 0.0f;
      y += font * 1.4f;
    }
    const ImVec2 at(origin.x + x, origin.y + y);
    draw->AddRectFilled(ImVec2(at.x, at.y + font * 0.15f), ImVec2(at.x + font * 0.8f, at.y + font * 0.95f),
                        series_colour(i));
    draw->AddText(ImVec2(at.x + font * 1.1f, at.y), text, chart.series[i].c_str());
    x += w;
  }
  ImGui::Dummy(ImVec2(width, y + font * 1.5f));
  return y + font * 1.5f + ImGui::GetStyle().ItemSpacing.y;
}

} // namespace

void draw_chart(const Chart& chart, Theme theme, float max_height, bool tooltips, bool legend) {
  // A chart with many rows (15 partners) in a given height: its type gets smaller, down
  // to 55 %, rather than the page getting a scroll bar (a slide must fit its screen).
  if (max_height > 0.0f && !chart.rows.empty()) {
    const float f = ImGui::GetFontSize();
    const float needed = f * (1.5f + 1.6f + 1.5f) + static_cast<float>(chart.rows.size()) * f * 1.15f;
    // 0,9: room for the axis labels and spacing the estimate leaves out.
    if (needed > max_height) ImGui::SetWindowFontScale(std::max(0.55f, 0.9f * max_height / needed));
  }
  struct RestoreScale {
    ~RestoreScale() { ImGui::SetWindowFontScale(1.0f); }
  } restore;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float width = ImGui::GetContentRegionAvail().x;
  const float font = ImGui::GetFontSize();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 warning = theme == Theme::Dark ? rgb(0xFF9E66) : rgb(kChartWarning);
  // draw_legend advances the cursor past the legend itself.
  const float legend_h = legend ? draw_legend(chart, draw, width) : 0.0f;
  if (chart.rows.empty()) {
    wrapped_text(chart.empty_text);
    return;
  }
  // Columns: labels (up to 38% of the width), bars, notes.
  float label_w = 0.0f, note_w = 0.0f;
  for (const ChartRow& row : chart.rows) {
    label_w = std::max(label_w, ImGui::CalcTextSize(row.label.c_str()).x);
    note_w = std::max(note_w, ImGui::CalcTextSize(row.note.c_str()).x);
  }
  label_w = std::min(label_w, width * 0.38f) + font * 0.6f;
  note_w = std::min(note_w, width * 0.25f) + font * 0.6f;
  const float axis_h = font * 1.6f;
  const float rows = static_cast<float>(chart.rows.size());
  float row_h = font * 1.8f;
  if (max_height > 0.0f)
    row_h = std::clamp((max_height - legend_h - axis_h - font * 1.5f) / rows, font * 1.15f, font * 1.8f);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float plot_l = origin.x + label_w, plot_r = origin.x + width - note_w;
  const float plot_h = rows * row_h;

  const float label_px = font * 0.6f * static_cast<float>(chart_axis_label_chars(chart)) + font;
  const int max_steps = std::max(1, static_cast<int>((plot_r - plot_l) / label_px));
  const ChartAxis axis = chart_axis(chart, max_steps);
  auto x_of = [&](double v) {
    return plot_l + static_cast<float>(chart_fraction(axis, v)) * (plot_r - plot_l);
  };
  // Grid and axis labels.
  const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator, 0.45f);
  for (std::int64_t v = axis.low; v <= axis.high; v += axis.step) {
    const float x = std::round(x_of(static_cast<double>(v)));
    draw->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + plot_h), v == 0 ? text : grid,
                  v == 0 ? 2.0f : 1.0f);
    const std::string label = chart_value(chart.unit, v);
    const float w = ImGui::CalcTextSize(label.c_str()).x;
    draw->AddText(ImVec2(x - w * 0.5f, origin.y + plot_h + font * 0.25f), text, label.c_str());
  }
  const ImVec2 mouse = ImGui::GetMousePos();
  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    const ChartRow& row = chart.rows[r];
    const float y = origin.y + static_cast<float>(r) * row_h;
    const float text_y = y + (row_h - font) * 0.5f;
    const std::string label = fit(row.label, label_w - font * 0.6f);
    draw->AddText(ImVec2(plot_l - font * 0.4f - ImGui::CalcTextSize(label.c_str()).x, text_y), text,
                  label.c_str());
    const float bar_top = y + row_h * 0.14f, bar_h = row_h * 0.72f;
    for (const ChartBar& b : chart_bars(chart, row))
      draw->AddRectFilled(ImVec2(x_of(b.from), bar_top + bar_h * static_cast<float>(b.top)),
                          ImVec2(x_of(b.to), bar_top + bar_h * static_cast<float>(b.bottom)),
                          series_colour(b.series));
    draw->AddText(ImVec2(plot_r + font * 0.5f, text_y), row.note_is_bad ? warning : text, row.note.c_str());
    if (tooltips && ImGui::IsWindowHovered() && mouse.y >= y && mouse.y < y + row_h && mouse.x >= origin.x &&
        mouse.x < origin.x + width)
      row_tooltip(chart, row);
  }
  ImGui::Dummy(ImVec2(width, plot_h + axis_h));
}

} // namespace vth::ui
