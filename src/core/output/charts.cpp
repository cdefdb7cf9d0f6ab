#include "charts.hpp"

#include "core/model/dutch_format.hpp"
#include "core/model/utf8_text.hpp"

#include <algorithm>
#include <cstdlib>

namespace vth {
namespace {

// The smallest step worth labelling: one euro, one hour, 0,01 fte.
std::int64_t smallest_step(Cell::Type unit) {
  switch (unit) {
  case Cell::Type::Money:
    return 100;
  case Cell::Type::Hours:
    return 1000;
  case Cell::Type::Fte:
    return 10;
  default:
    return 1;
  }
}

std::int64_t floor_to(std::int64_t v, std::int64_t step) {
  const std::int64_t q = v / step;
  return (v % step != 0 && v < 0 ? q - 1 : q) * step;
}

std::int64_t ceil_to(std::int64_t v, std::int64_t step) { return -floor_to(-v, step); }

std::string fte_text(MilliUnits v) { return format_fixed(std::llabs(v), 3, 2) + " fte"; }

Chart new_chart(std::string title, ChartKind kind, Cell::Type unit, std::vector<std::string> series) {
  Chart c;
  c.title = std::move(title);
  c.kind = kind;
  c.unit = unit;
  c.series = std::move(series);
  return c;
}

} // namespace

std::string chart_value(Cell::Type unit, std::int64_t value) {
  switch (unit) {
  case Cell::Type::Money:
    return format_euro(value, 0);
  case Cell::Type::Hours:
    return format_hours(value, 0);
  case Cell::Type::Fte:
    return format_fixed(value, 3, 2);
  case Cell::Type::Percent:
    return format_percent(value, 2);
  default:
    return format_grouped(value);
  }
}

namespace {

// The lowest and highest value the chart shows (zero always included).
// Clamped to ±2^60 so that the axis arithmetic cannot overflow on absurd values.
std::pair<std::int64_t, std::int64_t> chart_range(const Chart& chart) {
  constexpr std::int64_t kLimit = std::int64_t{1} << 60;
  std::int64_t lo = 0, hi = 0;
  for (const ChartRow& row : chart.rows) {
    std::int64_t sum = 0;
    for (std::int64_t v : row.values) {
      v = std::clamp(v, -kLimit, kLimit);
      sum = std::min(sum + std::max<std::int64_t>(v, 0), kLimit);
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
    if (chart.kind == ChartKind::Stacked) hi = std::max(hi, sum);
  }
  return {lo, hi};
}

} // namespace

ChartAxis chart_axis(const Chart& chart, int max_steps) {
  const auto range = chart_range(chart);
  const std::int64_t lo = range.first, hi = range.second; // (clang 14 cannot capture structured bindings)
  const std::int64_t minimum = smallest_step(chart.unit);
  // Values on both sides of zero need a step on each side at least.
  max_steps = std::max(max_steps, lo < 0 && hi > 0 ? 2 : 1);
  const std::int64_t wanted = std::max<std::int64_t>(minimum, (hi - lo) / std::max(1, max_steps));
  // Steps of 1, 2, 2,5 or 5 times a power of ten within max_steps; of the first
  // few that fit, the one whose axis hugs the values best (±€ 238.000 gets
  // ±€ 250.000 in steps of 250.000 rather than ±€ 400.000 in steps of 200.000).
  auto steps = [&](std::int64_t s) { return (hi + s - 1) / s - (lo - s + 1) / s; };
  auto span = [&](std::int64_t s) { return ceil_to(hi, s) - floor_to(lo, s); };
  std::int64_t step = 0;
  int tried = 0;
  for (std::int64_t power = minimum; tried < 3 && power <= (std::int64_t{1} << 58); power *= 10) {
    for (std::int64_t times4 : {4, 8, 10, 20}) {          // 1, 2, 2,5 and 5, in quarters
      if (times4 == 10 && power < 10 * minimum) continue; // no 2,5 of the smallest unit
      const std::int64_t s = power * times4 / 4;
      if (s < wanted || steps(s) > max_steps || tried == 3) continue;
      ++tried;
      if (step == 0 || span(s) < span(step)) step = s;
    }
  }
  // Beyond the table (values near the clamp): one step to each side.
  if (step == 0) step = std::max<std::int64_t>({hi, -lo, minimum});
  ChartAxis axis{floor_to(lo, step), ceil_to(hi, step), step};
  if (axis.low == axis.high) axis.high = axis.low + step;
  return axis;
}

double chart_fraction(const ChartAxis& axis, double value) {
  return (value - static_cast<double>(axis.low)) / static_cast<double>(axis.high - axis.low);
}

std::vector<ChartBar> chart_bars(const Chart& chart, const ChartRow& row) {
  std::vector<ChartBar> bars;
  const double n = static_cast<double>(row.values.size());
  double stacked = 0;
  for (std::size_t i = 0; i < row.values.size(); ++i) {
    const double v = static_cast<double>(row.values[i]);
    if (chart.kind == ChartKind::Stacked) {
      bars.push_back({i, stacked, stacked + v, 0.0, 1.0});
      stacked += v;
    } else {
      const double band = static_cast<double>(i);
      bars.push_back({i, std::min(0.0, v), std::max(0.0, v), band / n, (band + 1) / n});
    }
  }
  return bars;
}

std::size_t chart_axis_label_chars(const Chart& chart) {
  const auto range = chart_range(chart);
  const auto chars = [&](std::int64_t v) { return char_count(chart_value(chart.unit, v)); };
  // A step can round the ends outward to one more digit.
  return std::max(chars(range.first * 2), chars(range.second * 2));
}

Chart capacity_chart(const Results& r) {
  Chart c = new_chart("Vraag en capaciteit per afdeling (fte)", ChartKind::Grouped, Cell::Type::Fte,
                      {"Benodigde fte", "Beschikbare fte"});
  c.empty_text = "Geen afdelingen in dit programma.";
  for (const DepartmentResult& d : r.capacity.departments) {
    ChartRow row{d.name, {d.fte_needed, d.fte_available}, {}, d.fte_gap < 0};
    row.note = (d.fte_gap < 0 ? "tekort " : "ruimte ") + fte_text(d.fte_gap);
    c.rows.push_back(std::move(row));
  }
  const DepartmentResult& t = r.capacity.total;
  c.summary = "In totaal zijn " + format_fixed(t.fte_needed, 3, 2) + " fte nodig en " +
              format_fixed(t.fte_available, 3, 2) +
              " fte beschikbaar: " + (t.fte_gap < 0 ? "een tekort van " : "een ruimte van ") +
              fte_text(t.fte_gap) + ".";
  return c;
}

namespace {

using ResultText = std::string (*)(const Results& r);

// One ODT chart per measure (hours, cost): a stacked bar per column, a segment per part.
// `note`: the row's total after its bar; `said`: what the text summary says of a column.
Chart odt_parts_chart(const std::vector<NamedResults>& columns, std::string title, Cell::Type unit,
                      std::int64_t OdtPartResult::*value, ResultText note, ResultText said) {
  Chart c = new_chart(std::move(title), ChartKind::Stacked, unit, {});
  for (const NamedResults& col : columns) {
    const OdtResult& o = col.results->odt;
    if (c.series.empty())
      for (const OdtPartResult& part : o.parts) c.series.push_back(part.name);
    ChartRow row{col.name, {}, note(*col.results), false};
    for (const OdtPartResult& part : o.parts) row.values.push_back(part.*value);
    c.rows.push_back(std::move(row));
    if (!c.summary.empty()) c.summary += " ";
    c.summary += col.name + ": " + said(*col.results) + ".";
  }
  return c;
}

std::string odt_hours_text(const Results& r) { return format_hours(r.odt.total_hours, 0) + " uur"; }
std::string odt_cost_text(const Results& r) {
  return format_euro(r.odt.total_cost, 0) + " bij " + format_euro(r.odt_hourly_rate) + " per uur";
}

} // namespace

Chart odt_chart(const std::vector<NamedResults>& columns) {
  return odt_parts_chart(columns, "ODT-uren van de gemeente per onderdeel", Cell::Type::Hours,
                         &OdtPartResult::hours, odt_hours_text, [](const Results& r) {
                           return odt_hours_text(r) + ", " + format_euro(r.odt.total_cost, 0);
                         });
}

Chart odt_cost_chart(const std::vector<NamedResults>& columns) {
  return odt_parts_chart(columns, "ODT-kosten van de gemeente per onderdeel", Cell::Type::Money,
                         &OdtPartResult::cost, odt_cost_text, odt_cost_text);
}

Chart regional_chart(const Results& r) {
  Chart c = new_chart("Regionale verdeling per partner (kosten)", ChartKind::Stacked, Cell::Type::Money,
                      {"Regionale projecten", "Regionale diensten"});
  const PoolSplit& projects = r.regional.projects;
  const PoolSplit& services = r.regional.services;
  if (!projects.computed || !services.computed || projects.shares.size() != services.shares.size()) {
    c.empty_text = "Niet berekend: de verdeelsleutels tellen niet op tot 100%.";
    c.summary = c.empty_text;
    return c;
  }
  c.empty_text = "Geen partners in dit programma.";
  for (std::size_t i = 0; i < projects.shares.size(); ++i) {
    const Cents total = projects.shares[i].cost + services.shares[i].cost;
    c.rows.push_back({projects.shares[i].name,
                      {projects.shares[i].cost, services.shares[i].cost},
                      format_euro(total, 0),
                      false});
  }
  c.summary = "Projecten " + format_euro(projects.total_cost, 0) + " en diensten " +
              format_euro(services.total_cost, 0) + " verdeeld over " +
              std::to_string(projects.shares.size()) + " partners; eigen deel " +
              format_euro(projects.own_cost + services.own_cost, 0) + ".";
  return c;
}

namespace {

// A diverging chart of one difference per scenario against the adopted programme.
template <class Delta>
Chart scenario_chart(std::string title, std::string series, const std::vector<NamedResults>& scenarios,
                     Cell::Type unit, Delta delta, bool increase_is_bad) {
  Chart c = new_chart(std::move(title), ChartKind::Diverging, unit, {std::move(series)});
  c.empty_text = "Nog geen scenario's om te vergelijken.";
  for (const NamedResults& s : scenarios) {
    const std::int64_t d = delta(*s.results);
    std::string text = chart_value(unit, d);
    if (d > 0) text.insert(0, 1, '+');
    c.rows.push_back({s.name, {d}, text, increase_is_bad ? d > 0 : d < 0});
    c.summary += (c.summary.empty() ? "" : "; ") + s.name + " " + text;
  }
  if (c.rows.empty()) {
    c.summary = c.empty_text;
  } else {
    c.summary.insert(0, "Verschil met het vastgestelde programma: ");
    c.summary += '.';
  }
  return c;
}

} // namespace

Chart scenario_cost_chart(const Results& base, const std::vector<NamedResults>& scenarios) {
  return scenario_chart(
      "Scenario's: verschil in ODT-kosten met het vastgestelde programma", "Verschil ODT-kosten", scenarios,
      Cell::Type::Money, [&](const Results& r) { return r.odt.total_cost - base.odt.total_cost; }, true);
}

Chart scenario_gap_chart(const Results& base, const std::vector<NamedResults>& scenarios) {
  return scenario_chart(
      "Scenario's: verschil in fte-ruimte met het vastgestelde programma",
      "Verschil fte-ruimte (negatief: groter tekort)", scenarios, Cell::Type::Fte,
      [&](const Results& r) { return r.capacity.total.fte_gap - base.capacity.total.fte_gap; }, false);
}

Chart tornado_chart(const SensitivityResult& s, bool by_cost) {
  Chart c = new_chart(by_cost ? "Gevoeligheid: invloed van ±10% op de ODT-kosten"
                              : "Gevoeligheid: invloed van ±10% op het fte-verschil",
                      ChartKind::Diverging, by_cost ? Cell::Type::Money : Cell::Type::Fte,
                      {"invoer −10%", "invoer +10%"});
  c.empty_text = "Geen invoer die de uitkomst beweegt.";
  for (const Sensitivity& x : by_cost ? s.by_cost : s.by_gap) {
    const std::int64_t low = by_cost ? x.cost_low : x.gap_low;
    const std::int64_t high = by_cost ? x.cost_high : x.gap_high;
    c.rows.push_back({x.label,
                      {low, high},
                      "± " + chart_value(c.unit, std::max(std::llabs(low), std::llabs(high))),
                      false});
  }
  if (!c.rows.empty())
    c.summary = "Het meest gevoelig voor " + c.rows.front().label + " (" + c.rows.front().note + "); " +
                std::to_string(c.rows.size()) + " invoerwaarden getoond van " +
                std::to_string(s.inputs_tried) + " geprobeerd.";
  else
    c.summary = c.empty_text;
  return c;
}

Table chart_table(const Chart& chart) {
  Table t{chart.title, {""}, {}};
  for (const std::string& s : chart.series) t.headers.push_back(s);
  t.headers.push_back("Toelichting");
  for (const ChartRow& row : chart.rows) {
    std::vector<Cell> cells{Cell::str(row.label)};
    for (std::int64_t v : row.values) cells.push_back({chart.unit, v, {}});
    cells.push_back(Cell::str(row.note));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

} // namespace vth
