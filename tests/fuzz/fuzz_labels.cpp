// libFuzzer target: the text helpers of charts and the report on arbitrary
// bytes (what a pointer names and its label, shortening, HTML escaping) and
// the chart axis on arbitrary values, drawn as SVG.
#include "core/fields/edit.hpp"
#include "core/fields/field_pointer.hpp"
#include "core/io/synthetic.hpp"
#include "core/model/utf8_text.hpp"
#include "core/output/charts.hpp"
#include "core/output/html.hpp"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

// Values from the bytes: an axis must cover them and zero in at most max_steps steps.
void check_axis(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return;
  vth::Chart chart;
  chart.kind = static_cast<vth::ChartKind>(data[0] % 3);
  chart.unit = static_cast<vth::Cell::Type>(data[0] / 3 % 6);
  const int max_steps = data[1] % 12;
  vth::ChartRow row;
  for (std::size_t at = 2; at + 8 <= size && row.values.size() < 16; at += 8) {
    std::int64_t v = 0;
    std::memcpy(&v, data + at, 8);
    if (chart.kind == vth::ChartKind::Stacked && v < 0) v = -(v + 1); // stacked parts are not negative
    row.values.push_back(v);
  }
  chart.rows.push_back(row);
  chart.series.assign(row.values.size(), "s");
  const vth::ChartAxis axis = vth::chart_axis(chart, max_steps);
  if (axis.step <= 0 || axis.low > 0 || axis.high < 0 || axis.low >= axis.high) std::abort();
  if ((axis.high - axis.low) / axis.step > std::max(max_steps, 2)) std::abort();
  if (vth::chart_to_svg(chart).find("</svg>") == std::string::npos) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  static const vth::Programme programme = vth::make_synthetic_programme(20, 3);
  const std::string label = vth::place_label(programme, text);
  const auto field = vth::field_for_pointer(programme, text);
  // A pointer that names a field has its label, and its row's source; one that names nothing says why.
  if (field && (label != vth::field_label(programme, *field) || !vth::field_source(programme, *field)))
    std::abort();
  if (!field && field.message().empty()) std::abort();
  if (vth::split_pointer(text) && !vth::locate(programme, text) && label != text) std::abort();
  const std::size_t max = size % 40;
  const std::string shortened = vth::shorten(text, max);
  if (max > 0 && vth::char_count(shortened) > max) std::abort();
  if (max > 0 && vth::char_count(vth::shorten_middle(text, max)) > max) std::abort();
  const std::string escaped = vth::html_escape(text);
  if (escaped.find_first_of("<>\"'") != std::string::npos) std::abort();
  check_axis(data, size);
  return 0;
}
