#pragma once
// Charts as data: what to draw, not how. The interface draws them with ImGui
// draw lists (src/ui/chart_draw.cpp), the report as SVG (chart_svg.cpp), and
// the accessible mirror as a table, so all three always show the same numbers.

#include "core/engine/results.hpp"
#include "core/scenario/sensitivity.hpp"
#include "results_tables.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace vth {

enum class ChartKind {
  Grouped,   // per row one bar per series, side by side
  Stacked,   // per row one bar, the series stacked (values >= 0)
  Diverging, // per row bars from a zero line, left for negative, right for positive
};

struct ChartRow {
  std::string label;
  std::vector<std::int64_t> values; // one per series, in the chart's unit
  std::string note;                 // shown after the bar, e.g. "tekort 2,10 fte"
  bool note_is_bad = false;         // a shortage or a cost increase: drawn in the warning colour
};

struct Chart {
  std::string title;
  std::string summary; // one Dutch sentence with the main numbers: the text alternative
  ChartKind kind = ChartKind::Grouped;
  Cell::Type unit = Cell::Type::Hours; // Hours (milli-hours), Fte (milli), Money (cents), Integer
  std::vector<std::string> series;     // legend
  std::vector<ChartRow> rows;
  std::string empty_text; // shown instead of bars when there are no rows
};

// Colours that stay apart for the common forms of colour blindness (Okabe &
// Ito, "Color Universal Design", 2008), as 0xRRGGBB; series i takes colour i.
inline constexpr std::uint32_t kChartPalette[] = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                                  0x56B4E9, 0xD55E00, 0x999999, 0xF0E442};
// Text of shortages and increases: a darker vermilion, 6,4:1 against white (WCAG AA for text).
inline constexpr std::uint32_t kChartWarning = 0xA63D00;

// A value in Dutch notation as charts label it: whole euros, whole hours, fte with 2 decimals.
std::string chart_value(Cell::Type unit, std::int64_t value);

// The value axis: from `low` to `high` in steps of `step` (1, 2, 2,5 or 5 × a
// power of ten in the unit), always including zero, with at most `max_steps`
// steps (as many as there is room for labels).
struct ChartAxis {
  std::int64_t low = 0;
  std::int64_t high = 0;
  std::int64_t step = 1;
};
ChartAxis chart_axis(const Chart& chart, int max_steps = 5);
// Where a value lies along the axis: 0 at axis.low, 1 at axis.high (beyond for
// values outside). In doubles, so that far-off bar ends cannot overflow.
double chart_fraction(const ChartAxis& axis, double value);

// One bar of a row: along the axis from `from` to `to` (values in the chart's
// unit), across the row's bar area from `top` to `bottom` (fractions 0..1).
// Stacked parts share the whole height; grouped and diverging bars each take a band.
struct ChartBar {
  std::size_t series = 0;
  double from = 0, to = 0;
  double top = 0, bottom = 1;
};
std::vector<ChartBar> chart_bars(const Chart& chart, const ChartRow& row);

// The longest axis label of a chart, in characters (to work out `max_steps`).
std::size_t chart_axis_label_chars(const Chart& chart);

// A label with its results, for charts that compare scenarios.
struct NamedResults {
  std::string name;
  const Results* results = nullptr;
};

// Demand (needed FTE) against available FTE per department, the gap as note.
Chart capacity_chart(const Results& results);
// The municipality's ODT hours by part, one stacked bar per column (baseline, scenarios).
Chart odt_chart(const std::vector<NamedResults>& columns);
// The same in money: it moves with the tariff (a live tariff change on the ODT slide).
Chart odt_cost_chart(const std::vector<NamedResults>& columns);
// The regional projects and services cost per partner, stacked, the total as note.
Chart regional_chart(const Results& results);
// Each scenario against the adopted programme: the change of the total ODT
// cost (cost_chart) or of the total FTE gap.
Chart scenario_cost_chart(const Results& baseline, const std::vector<NamedResults>& scenarios);
Chart scenario_gap_chart(const Results& baseline, const std::vector<NamedResults>& scenarios);
// Tornado: the inputs whose -10% / +10% move the total ODT cost (by_cost) or
// the total FTE gap most.
Chart tornado_chart(const SensitivityResult& sensitivity, bool by_cost);

// The chart's numbers as a table (for screen readers and the report).
Table chart_table(const Chart& chart);

// The chart as standalone SVG with a title and description for screen readers.
std::string chart_to_svg(const Chart& chart);

} // namespace vth
