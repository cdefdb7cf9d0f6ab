// Charts as SVG for the printable report: the same Chart data the interface
// draws, laid out on a fixed 760-pixel-wide canvas that scales with the page.

#include "charts.hpp"
#include "core/model/utf8_text.hpp"
#include "html.hpp"

#include <algorithm>
#include <cstdio>

namespace vth {
namespace {

constexpr double kWidth = 760, kLabelWidth = 270, kNoteWidth = 110, kRowHeight = 30, kAxisHeight = 26;
constexpr double kCharWidth = 7.0; // DejaVu Sans at 12 px, on average
constexpr std::size_t kLabelChars = 38;

std::string colour(std::uint32_t rgb) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%06X", static_cast<unsigned>(rgb & 0xFFFFFF));
  return buf;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string rect(double x, double y, double w, double h, std::uint32_t rgb) {
  return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(std::max(w, 0.0)) + "\" height=\"" +
         num(h) + "\" fill=\"" + colour(rgb) + "\"/>";
}

std::string text(double x, double y, const std::string& s, const char* anchor = "start",
                 std::uint32_t rgb = 0x222222) {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" +
         colour(rgb) + "\">" + html_escape(s) + "</text>";
}

} // namespace

std::string chart_to_svg(const Chart& chart) {
  const double plot_left = kLabelWidth + 10, plot_right = kWidth - kNoteWidth - 10;
  // Legend: a swatch and a name per series, wrapped over as many lines as needed.
  std::string legend;
  double lx = 10, ly = 8;
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    const double w = 16 + kCharWidth * static_cast<double>(chart.series[i].size()) + 14;
    if (lx + w > kWidth && lx > 10) {
      lx = 10;
      ly += 18;
    }
    legend += rect(lx, ly, 12, 12, kChartPalette[i % std::size(kChartPalette)]);
    legend += text(lx + 16, ly + 10, chart.series[i]);
    lx += w;
  }
  const double top = ly + 26;
  const double rows_height = static_cast<double>(std::max<std::size_t>(chart.rows.size(), 1)) * kRowHeight;
  const double height = top + rows_height + kAxisHeight;
  const double label_px = kCharWidth * static_cast<double>(chart_axis_label_chars(chart)) + 16;
  const ChartAxis axis = chart_axis(chart, static_cast<int>((plot_right - plot_left) / label_px));
  auto x_of = [&](double v) { return plot_left + (plot_right - plot_left) * chart_fraction(axis, v); };

  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + num(kWidth) +
                    " " + num(height) +
                    "\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n<title>" +
                    html_escape(chart.title) + "</title>\n<desc>" + html_escape(chart.summary) + "</desc>\n";
  svg += legend;
  svg += "\n";
  if (chart.rows.empty()) {
    svg += text(plot_left, top + 20, chart.empty_text) + "\n</svg>\n";
    return svg;
  }
  // Grid lines and axis labels.
  for (std::int64_t v = axis.low; v <= axis.high; v += axis.step) {
    const double x = x_of(static_cast<double>(v));
    svg += "<line x1=\"" + num(x) + "\" y1=\"" + num(top) + "\" x2=\"" + num(x) + "\" y2=\"" +
           num(top + rows_height) + "\" stroke=\"" + (v == 0 ? "#333333" : "#D0D0D0") + "\"/>";
    svg += text(x, top + rows_height + 16, chart_value(chart.unit, v), "middle", 0x444444);
  }
  svg += "\n";
  for (std::size_t r = 0; r < chart.rows.size(); ++r) {
    const ChartRow& row = chart.rows[r];
    const double y = top + static_cast<double>(r) * kRowHeight;
    svg += text(kLabelWidth, y + kRowHeight / 2 + 4, shorten(row.label, kLabelChars), "end");
    const double bar = kRowHeight - 8;
    for (const ChartBar& b : chart_bars(chart, row))
      svg += rect(x_of(b.from), y + 4 + bar * b.top, x_of(b.to) - x_of(b.from), bar * (b.bottom - b.top),
                  kChartPalette[b.series % std::size(kChartPalette)]);
    if (!row.note.empty())
      svg += text(plot_right + 8, y + kRowHeight / 2 + 4, row.note, "start",
                  row.note_is_bad ? kChartWarning : 0x222222);
    svg += "\n";
  }
  svg += "</svg>\n";
  return svg;
}

} // namespace vth
