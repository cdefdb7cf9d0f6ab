#include "key_figures.hpp"

#include "scenarios.hpp"

#include "core/model/dutch_format.hpp"
#include "core/scenario/scenario_findings.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>

namespace vth::ui {
namespace {

std::string hours(MilliHours h) { return format_hours(h, 0) + " uur"; }
std::string euro(Cents c) { return format_euro(c, 0); }
std::string fte(MilliUnits v) { return format_fixed(v, 3, 2) + " fte"; }
std::string gap(MilliUnits v) { return (v < 0 ? "tekort " : "ruimte ") + fte(std::llabs(v)); }

// A signed difference: "+" or "−" (a real minus sign) before the amount; "" when zero.
std::string signed_text(std::int64_t difference, std::string (*format)(std::int64_t)) {
  if (difference == 0) return "0";
  return (difference > 0 ? "+" : "−") + format(std::llabs(difference));
}

std::string own_hours_text(const Results& r) {
  return format_grouped(r.regional.projects.own_hours + r.regional.services.own_hours) + " uur";
}
Cents own_cost(const Results& r) { return r.regional.projects.own_cost + r.regional.services.own_cost; }
Cents energy_cost(const Results& r) { return r.energy.cost + r.spuk.cost; }

std::size_t own_findings(const Results& r) {
  std::size_t n = 0;
  for (const Finding& f : r.findings)
    if (!is_source_finding(f.kind)) ++n;
  return n;
}

} // namespace

std::vector<KeyFigure> key_figures(const Results& r, const Results* a, AssumedInputs assumed) {
  auto with = [a](KeyFigure f, std::int64_t now, std::int64_t then, std::string (*format)(std::int64_t),
                  std::string adopted, bool lower_is_worse) {
    if (!a) return f;
    f.adopted = std::move(adopted);
    f.difference = signed_text(now - then, format);
    f.worse = lower_is_worse ? now < then : now > then;
    return f;
  };
  const CapacityResult& c = r.capacity;
  std::vector<KeyFigure> out;
  out.push_back(with(
      {"Vraag gemeente", hours(c.total.demand), fte(c.total.fte_needed) + " nodig", {}, {}, false},
      c.total.demand, a ? a->capacity.total.demand : 0, [](std::int64_t v) { return hours(v); },
      a ? hours(a->capacity.total.demand) : "", false));
  out.push_back(with(
      {"Capaciteit",
       gap(c.total.fte_gap),
       fte(c.total.fte_available) + " beschikbaar" + (assumed.available_fte ? " (aanname)" : ""),
       {},
       {},
       false},
      c.total.fte_gap, a ? a->capacity.total.fte_gap : 0, [](std::int64_t v) { return fte(v); },
      a ? gap(a->capacity.total.fte_gap) : "", true));
  out.push_back(with(
      {"ODT-uren", hours(r.odt.total_hours), "voor de gemeente", {}, {}, false}, r.odt.total_hours,
      a ? a->odt.total_hours : 0, [](std::int64_t v) { return hours(v); }, a ? hours(a->odt.total_hours) : "",
      false));
  out.push_back(with(
      {"ODT-kosten",
       euro(r.odt.total_cost),
       "bij " + format_euro(r.odt_hourly_rate) + " per uur" + (assumed.tariff ? " (aanname)" : ""),
       {},
       {},
       false},
      r.odt.total_cost, a ? a->odt.total_cost : 0, [](std::int64_t v) { return euro(v); },
      a ? euro(a->odt.total_cost) : "", false));
  out.push_back(with(
      {"Regionaal eigen deel",
       euro(own_cost(r)),
       own_hours_text(r) + (r.regional.projects.computed ? "" : " (sleutels ≠ 100%)"),
       {},
       {},
       false},
      own_cost(r), a ? own_cost(*a) : 0, [](std::int64_t v) { return euro(v); }, a ? euro(own_cost(*a)) : "",
      false));
  out.push_back(with(
      {"Energie en SPUK THE", euro(energy_cost(r)), hours(r.energy.hours + r.spuk.hours), {}, {}, false},
      energy_cost(r), a ? energy_cost(*a) : 0, [](std::int64_t v) { return euro(v); },
      a ? euro(energy_cost(*a)) : "", false));
  // Findings are about the source; a scenario adds only what is wrong with itself.
  KeyFigure checks{"Controles",
                   std::to_string(r.findings.size()) + " bevindingen",
                   std::to_string(r.assumptions ? r.assumptions->size() : 0) + " aannames",
                   {},
                   {},
                   false};
  if (a) {
    const std::int64_t added =
        static_cast<std::int64_t>(own_findings(r)) - static_cast<std::int64_t>(own_findings(*a));
    checks.adopted = std::to_string(a->findings.size()) + " bevindingen";
    checks.difference = added == 0 ? "0 (wijzigingen zijn geen bevindingen)"
                                   : signed_text(added, [](std::int64_t v) { return std::to_string(v); }) +
                                         " door dit scenario";
    checks.worse = added > 0;
  }
  out.push_back(checks);
  return out;
}

namespace {

// Whether the value shown at `field` is still an assumption: marked so in the file, and
// neither changed by the scenario nor typed in by the user since.
bool still_assumed(const AppState& state, const FieldRef& field) {
  if (!state.programme || is_changed(state, field)) return false;
  const Provenance* source = field_source(*state.programme, field);
  const std::string key = column(field).key;
  return source && source->is_assumption(key) && source->own_input.count(key) == 0;
}

} // namespace

std::vector<KeyFigure> key_figures(const AppState& state) {
  const bool scenario = state.current >= 0 && state.adopted;
  AssumedInputs assumed;
  if (state.programme) {
    assumed.tariff = still_assumed(state, field_of(TableId::Settings, 0, "odt_uurtarief"));
    for (const Department& d : state.programme->departments)
      assumed.available_fte =
          assumed.available_fte ||
          still_assumed(state, field_of(TableId::Departments, d.row_id, "beschikbare_fte"));
  }
  return key_figures(state.results, scenario ? &state.adopted_results : nullptr, assumed);
}

} // namespace vth::ui
