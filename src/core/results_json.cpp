#include "json_reader.hpp"
#include "results_export.hpp"

#include <nlohmann/json.hpp>

namespace vth {
namespace {

using OJson =
    nlohmann::json; // sorted keys: these files are for machines, and one JSON type keeps the wasm small

OJson num(std::int64_t v, int decimals) { return OJson(from_fixed(v, decimals)); }

OJson department(const DepartmentResult& d) {
  OJson o;
  o["id"] = d.id;
  o["naam"] = d.name;
  o["regels"] = d.lines;
  o["vraag_uren"] = num(d.demand, 3);
  o["benodigde_fte"] = num(d.fte_needed, 3);
  o["beschikbare_fte"] = num(d.fte_available, 3);
  o["verschil_fte"] = num(d.fte_gap, 3);
  return o;
}

OJson pool(const PoolSplit& s) {
  OJson o;
  o["berekend"] = s.computed;
  o["totaal_uren"] = s.total_hours;
  o["totaal_kosten_cent"] = s.total_cost;
  o["eigen_uren"] = s.own_hours;
  o["eigen_kosten_cent"] = s.own_cost;
  OJson shares = OJson::array();
  for (const auto& x : s.shares)
    shares.push_back({{"id", x.id},
                      {"naam", x.name},
                      {"sleutel", num(x.key, 4)},
                      {"uren", x.hours},
                      {"kosten_cent", x.cost}});
  o["verdeling"] = std::move(shares);
  return o;
}

OJson energy(const EnergyResult& e) {
  OJson o;
  o["uren"] = num(e.hours, 3);
  o["kosten_cent"] = e.cost;
  return o;
}

} // namespace

std::string results_to_json(const Results& r) {
  OJson root;
  root["schema"] = "vth-planner-resultaten";
  root["versie"] = 1;
  root["gemeente"] = r.municipality;
  root["jaar"] = r.year;
  root["titel"] = r.title;
  root["odt_uurtarief"] = num(r.odt_hourly_rate, 2);

  OJson cap;
  cap["productieve_uren_per_fte"] = num(r.capacity.productive_hours_per_fte, 3);
  OJson deps = OJson::array();
  for (const auto& d : r.capacity.departments) deps.push_back(department(d));
  cap["afdelingen"] = std::move(deps);
  cap["totaal"] = department(r.capacity.total);
  root["capaciteit"] = std::move(cap);

  OJson odt;
  OJson parts = OJson::array();
  for (const auto& p : r.odt.parts)
    parts.push_back({{"id", p.id}, {"naam", p.name}, {"uren", num(p.hours, 3)}, {"kosten_cent", p.cost}});
  odt["onderdelen"] = std::move(parts);
  odt["totaal_uren"] = num(r.odt.total_hours, 3);
  odt["totaal_kosten_cent"] = r.odt.total_cost;
  root["odt"] = std::move(odt);

  OJson reg;
  reg["sleutelsom"] = num(r.regional.key_sum, 4);
  reg["projecten"] = pool(r.regional.projects);
  reg["diensten"] = pool(r.regional.services);
  root["regionaal"] = std::move(reg);
  root["energie"] = energy(r.energy);
  root["spuk_the"] = energy(r.spuk);

  OJson findings = OJson::array();
  for (const auto& f : r.findings)
    findings.push_back({{"soort", f.kind},
                        {"pointer", f.pointer},
                        {"sectie", f.section},
                        {"regel", f.line},
                        {"melding", f.message}});
  root["bevindingen"] = std::move(findings);
  OJson assumptions = OJson::array();
  if (r.assumptions)
    for (const auto& a : *r.assumptions) assumptions.push_back({{"pointer", a.pointer}, {"reden", a.reason}});
  root["aannames"] = std::move(assumptions);
  // replace: a string that is not UTF-8 must never make dump() throw (no exceptions in wasm).
  return root.dump(2, ' ', false, OJson::error_handler_t::replace) + "\n";
}

} // namespace vth
