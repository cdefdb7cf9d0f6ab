// The calculations of docs/calculation-rules.md. Everything is integer
// arithmetic on fixed-point values; intermediate products use 128 bits and a
// result that does not fit 64 bits is reported as a finding, never wrapped.

#include "engine.hpp"

#include "reconcile.hpp"
#include "split.hpp"

#include "core/fields/field_pointer.hpp"

#include <string_view>
#include <unordered_map>

namespace vth {
namespace {

// Accumulates in 128 bits and remembers whether any value did not fit.
struct Calc {
  bool overflow = false;

  std::int64_t fit(Int128 v) {
    if (v > INT64_MAX || v < INT64_MIN) {
      overflow = true;
      return v > 0 ? INT64_MAX : INT64_MIN;
    }
    return static_cast<std::int64_t>(v);
  }
  std::int64_t checked(std::optional<std::int64_t> r) {
    if (!r) overflow = true;
    return r.value_or(0);
  }
  std::int64_t mul_div(std::int64_t a, std::int64_t b, std::int64_t den) {
    return checked(mul_div_round(a, b, den));
  }
};

CapacityResult calculate_capacity(const Programme& p, const Analysis& a, Calc& calc) {
  CapacityResult c;
  const MilliHours productive = p.settings.productive_hours_per_fte;
  c.productive_hours_per_fte = productive;
  for (const auto& d : p.departments) {
    DepartmentResult r;
    r.id = d.id;
    r.name = d.name;
    r.fte_available = d.available_fte;
    c.departments.push_back(r);
  }
  std::vector<Int128> demand(c.departments.size(), 0);
  c.line_hours.reserve(p.work.size());
  for (std::size_t line = 0; line < p.work.size(); ++line) {
    const WorkLine& w = p.work[line];
    const int department = line < a.work_department.size() ? a.work_department[line] : -1;
    MilliHours h = 0;
    switch (w.kind) {
    case WorkKind::Count:
      h = calc.mul_div(w.count, w.hours_per_item, 1000);
      break;
    case WorkKind::Fte:
      h = calc.mul_div(w.fte, productive, 1000);
      break;
    case WorkKind::Hours:
      h = w.hours;
      break;
    case WorkKind::Percentage: {
      // A share of the department's own available capacity.
      const MilliUnits fte =
          department >= 0 ? c.departments[static_cast<std::size_t>(department)].fte_available : 0;
      // One product of three inputs, rounded once: percentage × fte × norm.
      h = calc.checked(mul3_div_round(w.percentage, fte, productive, kWhole * 1000));
      break;
    }
    }
    c.line_hours.push_back(h);
    if (department >= 0) {
      demand[static_cast<std::size_t>(department)] += h;
      ++c.departments[static_cast<std::size_t>(department)].lines;
    }
  }
  Int128 total_demand = 0, total_available = 0;
  for (std::size_t i = 0; i < c.departments.size(); ++i) {
    auto& d = c.departments[i];
    d.demand = calc.fit(demand[i]);
    d.fte_needed = productive > 0 ? calc.mul_div(d.demand, 1000, productive) : 0;
    d.fte_gap = d.fte_available - d.fte_needed;
    total_demand += demand[i];
    total_available += d.fte_available;
    c.total.lines += d.lines;
  }
  // Totals from the unrounded hours, not from the rounded department FTE.
  c.total.id = "totaal";
  c.total.name = "Totaal";
  c.total.demand = calc.fit(total_demand);
  c.total.fte_available = calc.fit(total_available);
  c.total.fte_needed = productive > 0 ? calc.mul_div(c.total.demand, 1000, productive) : 0;
  c.total.fte_gap = c.total.fte_available - c.total.fte_needed;
  return c;
}

PoolSplit split_pool(const Rows<RegionalItem>& items, const RegionalProgramme& reg, BasisPoints key_sum,
                     Cents rate, Calc& calc) {
  PoolSplit s;
  Int128 hours = 0;
  for (const auto& it : items)
    if (it.financing == Financing::SharedKey && it.hours) hours += *it.hours / 1000;
  s.total_hours = calc.fit(hours);
  s.total_cost = calc.fit(static_cast<Int128>(s.total_hours) * rate);
  if (reg.partners.empty() || key_sum != kWhole) return s;
  std::vector<std::int64_t> keys;
  for (const auto& partner : reg.partners) keys.push_back(partner.key);
  auto hour_parts = split_largest_remainder(s.total_hours, keys);
  auto cost_parts = split_largest_remainder(s.total_cost, keys);
  if (!hour_parts || !cost_parts) return s;
  s.computed = true;
  for (std::size_t i = 0; i < reg.partners.size(); ++i) {
    const auto& partner = reg.partners[i];
    s.shares.push_back({partner.id, partner.name, partner.key, (*hour_parts)[i], (*cost_parts)[i]});
    if (partner.id == reg.own_partner) {
      s.own_hours = (*hour_parts)[i];
      s.own_cost = (*cost_parts)[i];
    }
  }
  return s;
}

MilliHours sum_hours(const Rows<HoursItem>& items, Calc& calc) {
  Int128 sum = 0;
  for (const auto& h : items) sum += h.hours;
  return calc.fit(sum);
}

OdtResult calculate_odt(const Programme& p, const RegionalResult& regional, Calc& calc) {
  OdtResult o;
  const Cents rate = p.settings.odt_hourly_rate;
  auto add = [&](const char* id, const char* name, MilliHours hours, Cents cost) {
    o.parts.push_back({id, name, hours, cost});
  };
  for (OdtPart part : kOdtParts) {
    Int128 sum = 0;
    auto& hours = o.line_hours[static_cast<int>(part)];
    for (const auto& l : p.odt.parts[static_cast<int>(part)]) {
      hours.push_back(calc.mul_div(l.count, l.hours_per_item, 1000));
      sum += hours.back();
    }
    const MilliHours h = calc.fit(sum);
    add(odt_part_key(part), odt_part_name(part), h, calc.mul_div(h, rate, 1000));
  }
  // The municipality's part of the regional pools, as split by the key.
  add("projecten", "Regionale projecten (eigen deel)", regional.projects.own_hours * 1000,
      regional.projects.own_cost);
  add("diensten", "Regionale diensten (eigen deel)", regional.services.own_hours * 1000,
      regional.services.own_cost);
  const MilliHours local = sum_hours(p.odt.local_projects, calc);
  add("lokale_projecten", "Lokale projecten", local, calc.mul_div(local, rate, 1000));
  const MilliHours stock = sum_hours(p.odt.work_stock, calc);
  add("werkvoorraad", "Werkvoorraad", stock, calc.mul_div(stock, rate, 1000));
  Int128 hours = 0, cost = 0;
  for (const auto& part : o.parts) {
    hours += part.hours;
    cost += part.cost;
  }
  o.total_hours = calc.fit(hours);
  o.total_cost = calc.fit(cost);
  return o;
}

EnergyResult calculate_energy(const EnergyTable& table, Cents rate, Calc& calc) {
  EnergyResult e;
  Int128 hours = 0, fixed_costs = 0;
  for (const auto& l : table.lines) {
    EnergyLineResult r;
    if (l.hours_per_item && l.count)
      r.hours = calc.mul_div(*l.count, *l.hours_per_item, 1000);
    else
      r.hours = l.hours.value_or(0);
    // The source rounds each line's cost to whole euros: hours × tariff / 100 cents.
    r.cost = calc.mul_div(r.hours, rate, 1000 * 100) * 100 + l.cost_without_hours.value_or(0);
    hours += r.hours;
    fixed_costs += l.cost_without_hours.value_or(0);
    e.lines.push_back(r);
  }
  e.hours = calc.fit(hours);
  // The total from the unrounded hours, rounded once.
  e.cost = calc.fit(static_cast<Int128>(calc.mul_div(e.hours, rate, 1000 * 100)) * 100 + fixed_costs);
  return e;
}

} // namespace

std::vector<Assumption> list_assumptions(const Programme& programme) {
  std::vector<Assumption> out;
  for_each_assumed_record(
      programme, &out, [](void* context, const std::string& pointer, const Provenance& p) {
        for (const auto& [field, reason] : p.assumptions)
          static_cast<std::vector<Assumption>*>(context)->push_back({child_pointer(pointer, field), reason});
      });
  return out;
}

AnalysisPtr analyse(const Programme& p) {
  auto a = std::make_shared<Analysis>();
  a->assumptions = list_assumptions(p);
  a->findings = structural_findings(p);
  std::unordered_map<std::string_view, int> index;
  for (std::size_t i = 0; i < p.departments.size(); ++i)
    index.emplace(p.departments[i].id, static_cast<int>(i));
  a->work_department.reserve(p.work.size());
  for (const auto& w : p.work) {
    auto it = index.find(w.department);
    a->work_department.push_back(it == index.end() ? -1 : it->second);
  }
  return a;
}

Results calculate(const Programme& p) { return calculate(p, analyse(p)); }

namespace {
std::uint64_t g_calculations = 0;
} // namespace

std::uint64_t calculations_made() { return g_calculations; }

Results calculate(const Programme& p, const AnalysisPtr& analysis) {
  ++g_calculations;
  Calc calc;
  Results r;
  r.municipality = p.municipality;
  r.year = p.year;
  r.title = p.title;
  r.odt_hourly_rate = p.settings.odt_hourly_rate;
  r.capacity = calculate_capacity(p, *analysis, calc);
  Int128 key_sum = 0;
  for (const auto& partner : p.regional.partners) key_sum += partner.key;
  r.regional.key_sum = calc.fit(key_sum);
  const Cents rate = p.settings.odt_hourly_rate;
  r.regional.projects = split_pool(p.regional.projects, p.regional, r.regional.key_sum, rate, calc);
  r.regional.services = split_pool(p.regional.services, p.regional, r.regional.key_sum, rate, calc);
  r.odt = calculate_odt(p, r.regional, calc);
  r.energy = calculate_energy(p.energy, rate, calc);
  r.spuk = calculate_energy(p.spuk, rate, calc);
  r.findings = reconcile(p, r);
  r.findings.insert(r.findings.end(), analysis->findings.begin(), analysis->findings.end());
  if (calc.overflow)
    r.findings.push_back({"overloop",
                          "",
                          "",
                          0,
                          "Een uitkomst is te groot om exact te berekenen; controleer de invoer op extreme "
                          "getallen.",
                          Finding::Unit::None,
                          0,
                          0,
                          {}});
  r.assumptions = AssumptionList(analysis, &analysis->assumptions); // shares, never copies
  return r;
}

} // namespace vth
