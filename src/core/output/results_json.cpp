// The results as JSON (`vth-planner calc --format json`, window.vth.results()):
// every figure, also per line, in exact decimals (docs/calculation-rules.md).

#include "core/json/json_writer.hpp"
#include "results_export.hpp"

namespace vth {
namespace {

void department(JsonWriter& w, const DepartmentResult& d) {
  w.begin_object();
  w.key("id").string(d.id);
  w.key("naam").string(d.name);
  w.key("regels").integer(d.lines);
  w.key("vraag_uren").fixed(d.demand, 3);
  w.key("benodigde_fte").fixed(d.fte_needed, 3);
  w.key("beschikbare_fte").fixed(d.fte_available, 3);
  w.key("verschil_fte").fixed(d.fte_gap, 3);
  w.end_object();
}

void capacity(JsonWriter& w, const Results& r, const Programme& p) {
  const CapacityResult& c = r.capacity;
  w.key("capaciteit").begin_object();
  w.key("productieve_uren_per_fte").fixed(c.productive_hours_per_fte, 3);
  w.key("afdelingen").begin_array();
  for (const auto& d : c.departments) department(w, d);
  w.end_array();
  w.key("totaal");
  department(w, c.total);
  w.key("regels").begin_array();
  for (std::size_t i = 0; i < c.line_hours.size(); ++i) {
    w.begin_object();
    if (i < p.work.size()) w.key("id").string(p.work[i].id).key("afdeling").string(p.work[i].department);
    w.key("uren").fixed(c.line_hours[i], 3).end_object();
  }
  w.end_array();
  w.end_object();
}

void odt(JsonWriter& w, const OdtResult& o, const Programme& p) {
  w.key("odt").begin_object();
  w.key("onderdelen").begin_array();
  for (const auto& part : o.parts)
    w.begin_object()
        .key("id")
        .string(part.id)
        .key("naam")
        .string(part.name)
        .key("uren")
        .fixed(part.hours, 3)
        .key("kosten_cent")
        .integer(part.cost)
        .end_object();
  w.end_array();
  w.key("totaal_uren").fixed(o.total_hours, 3);
  w.key("totaal_kosten_cent").integer(o.total_cost);
  w.key("regels").begin_object();
  for (OdtPart part : kOdtParts) {
    const int k = static_cast<int>(part);
    w.key(odt_part_key(part)).begin_array();
    for (std::size_t i = 0; i < o.line_hours[k].size(); ++i) {
      w.begin_object();
      if (i < p.odt.parts[k].size()) w.key("code").string(p.odt.parts[k][i].code);
      w.key("uren").fixed(o.line_hours[k][i], 3).end_object();
    }
    w.end_array();
  }
  w.end_object();
  w.end_object();
}

void pool(JsonWriter& w, const char* key, const PoolSplit& s) {
  w.key(key).begin_object();
  w.key("berekend").boolean(s.computed);
  w.key("totaal_uren").integer(s.total_hours);
  w.key("totaal_kosten_cent").integer(s.total_cost);
  w.key("eigen_uren").integer(s.own_hours);
  w.key("eigen_kosten_cent").integer(s.own_cost);
  w.key("verdeling").begin_array();
  for (const auto& x : s.shares)
    w.begin_object()
        .key("id")
        .string(x.id)
        .key("naam")
        .string(x.name)
        .key("sleutel")
        .fixed(x.key, 4)
        .key("uren")
        .integer(x.hours)
        .key("kosten_cent")
        .integer(x.cost)
        .end_object();
  w.end_array();
  w.end_object();
}

void energy(JsonWriter& w, const char* key, const EnergyResult& e) {
  w.key(key).begin_object();
  w.key("uren").fixed(e.hours, 3);
  w.key("kosten_cent").integer(e.cost);
  w.key("regels").begin_array();
  for (const auto& l : e.lines)
    w.begin_object().key("uren").fixed(l.hours, 3).key("kosten_cent").integer(l.cost).end_object();
  w.end_array();
  w.end_object();
}

void finding(JsonWriter& w, const Finding& f) {
  w.begin_object();
  w.key("soort").string(f.kind);
  w.key("pointer").string(f.pointer);
  w.key("sectie").string(f.section);
  w.key("regel").integer(f.line);
  w.key("melding").string(f.message);
  if (f.unit != Finding::Unit::None) {
    const bool hours = f.unit == Finding::Unit::Hours;
    w.key("eenheid").string(hours ? "uur" : "cent");
    if (hours) {
      w.key("berekend").fixed(f.computed, 3);
      w.key("gedrukt").fixed(f.printed, 3);
    } else {
      w.key("berekend").integer(f.computed);
      w.key("gedrukt").integer(f.printed);
    }
    w.key("verklarend").begin_array();
    for (const auto& p : f.explaining) w.string(p);
    w.end_array();
  }
  w.end_object();
}

} // namespace

std::string results_to_json(const Results& r, const Programme& p) {
  JsonWriter w;
  w.begin_object();
  w.key("schema").string("vth-planner-resultaten");
  w.key("versie").integer(1);
  w.key("gemeente").string(r.municipality);
  w.key("jaar").integer(r.year);
  w.key("titel").string(r.title);
  w.key("odt_uurtarief").fixed(r.odt_hourly_rate, 2);
  capacity(w, r, p);
  odt(w, r.odt, p);
  w.key("regionaal").begin_object();
  w.key("sleutelsom").fixed(r.regional.key_sum, 4);
  pool(w, "projecten", r.regional.projects);
  pool(w, "diensten", r.regional.services);
  w.end_object();
  energy(w, "energie", r.energy);
  energy(w, "spuk_the", r.spuk);
  w.key("bevindingen").begin_array();
  for (const auto& f : r.findings) finding(w, f);
  w.end_array();
  w.key("aannames").begin_array();
  if (r.assumptions)
    for (const auto& a : *r.assumptions)
      w.begin_object().key("pointer").string(a.pointer).key("reden").string(a.reason).end_object();
  w.end_array();
  w.end_object();
  return w.finish();
}

} // namespace vth
