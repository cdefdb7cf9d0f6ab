// Writes a programme file in the layout of docs/programme-format.md: keys in a
// fixed, readable order, optional members only when set, numbers exact.

#include "core/json/json_writer.hpp"
#include "programme_io.hpp"

namespace vth {
namespace {

using W = JsonWriter;

void provenance(W& w, const Provenance& p) {
  if (!p.section.empty() || p.line != 0) {
    w.key("bron").begin_object().key("sectie").string(p.section);
    if (p.line != 0) w.key("regel").integer(p.line);
    w.end_object();
  }
  if (!p.assumptions.empty()) {
    w.key("aanname").begin_object();
    for (const auto& [field, why] : p.assumptions) w.key(field).string(why);
    w.end_object();
  }
}

void printed(W& w, const char* key, const std::optional<PrintedTotal>& t) {
  if (!t) return;
  w.key(key).begin_object();
  if (t->hours) w.key("uren").fixed(*t->hours, 3);
  if (t->cost) w.key("kosten").fixed(*t->cost, 2);
  if (t->all_items) w.key("omvat").string("alle");
  provenance(w, t->source);
  w.end_object();
}

void hours_items(W& w, const char* key, const std::vector<HoursItem>& items) {
  if (items.empty()) return;
  w.key(key).begin_array();
  for (const auto& h : items) {
    w.begin_object().key("id").string(h.id).key("naam").string(h.name);
    if (!h.description.empty()) w.key("omschrijving").string(h.description);
    w.key("uren").fixed(h.hours, 3);
    provenance(w, h.source);
    w.end_object();
  }
  w.end_array();
}

void work_line(W& w, const WorkLine& l) {
  w.begin_object().key("id").string(l.id).key("afdeling").string(l.department);
  if (!l.group.empty()) w.key("groep").string(l.group);
  w.key("omschrijving").string(l.description).key("soort").string(work_kind_key(l.kind));
  switch (l.kind) {
  case WorkKind::Count:
    w.key("aantal").fixed(l.count, 3).key("kental").fixed(l.hours_per_item, 3);
    break;
  case WorkKind::Fte:
    w.key("fte").fixed(l.fte, 3);
    break;
  case WorkKind::Hours:
    w.key("uren").fixed(l.hours, 3);
    break;
  case WorkKind::Percentage:
    w.key("percentage").fixed(l.percentage, 4);
    break;
  }
  if (!l.note.empty()) w.key("opmerking").string(l.note);
  provenance(w, l.source);
  w.end_object();
}

void regional_items(W& w, const char* key, const std::vector<RegionalItem>& items) {
  w.key(key).begin_array();
  for (const auto& it : items) {
    w.begin_object().key("code").string(it.code).key("naam").string(it.name);
    if (!it.summary.empty()) w.key("samenvatting").string(it.summary);
    if (it.hours) w.key("uren").fixed(*it.hours, 3);
    w.key("financiering").string(financing_key(it.financing));
    if (!it.financing_text.empty()) w.key("financiering_tekst").string(it.financing_text);
    if (!it.status.empty()) w.key("status").string(it.status);
    provenance(w, it.source);
    w.end_object();
  }
  w.end_array();
}

void energy_table(W& w, const char* key, const EnergyTable& t) {
  if (t.lines.empty() && !t.printed_total) return;
  w.key(key).begin_object().key("regels").begin_array();
  for (const auto& l : t.lines) {
    w.begin_object().key("product").string(l.product);
    if (l.hours_per_item) w.key("kental").fixed(*l.hours_per_item, 3);
    if (l.count) w.key("aantal").fixed(*l.count, 3);
    if (l.hours) w.key("uren").fixed(*l.hours, 3);
    if (l.printed_cost) w.key("kosten").fixed(*l.printed_cost, 2);
    if (l.cost_without_hours) w.key("kosten_zonder_uren").fixed(*l.cost_without_hours, 2);
    provenance(w, l.source);
    w.end_object();
  }
  w.end_array();
  printed(w, "gedrukt_totaal", t.printed_total);
  w.end_object();
}

void protocol(W& w, const Protocol& p) {
  if (p.groups.empty() && p.legend.empty()) return;
  w.key("toezichtprotocol").begin_object().key("legenda").begin_object();
  for (const auto& [code, meaning] : p.legend) w.key(code).string(meaning);
  w.end_object().key("onderdelen").begin_array();
  for (const auto& g : p.groups) {
    w.begin_object().key("nummer").string(g.number).key("naam").string(g.name).key("items").begin_array();
    for (const auto& it : g.items) {
      w.begin_object()
          .key("nummer")
          .string(it.number)
          .key("naam")
          .string(it.name)
          .key("diepgang")
          .begin_array();
      for (const auto& d : it.depth) w.string(d);
      w.end_array().key("thema").string(it.theme);
      provenance(w, it.source);
      w.end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
  provenance(w, p.source);
  w.end_object();
}

void strings(W& w, const char* key, const std::vector<std::string>& list) {
  w.key(key).begin_array();
  for (const auto& s : list) w.string(s);
  w.end_array();
}

void goals(W& w, const Programme& p) {
  if (p.goals.empty() && p.goal_columns.empty()) return;
  w.key("doelen").begin_object();
  strings(w, "kolommen", p.goal_columns);
  provenance(w, p.goal_columns_source);
  w.key("lijst").begin_array();
  for (const auto& g : p.goals) {
    w.begin_object().key("id").string(g.id).key("soort").string(g.kind).key("titel").string(g.title);
    w.key("hoofddoel").string(g.aim);
    if (!g.indicators.empty()) strings(w, "indicatoren", g.indicators);
    if (!g.activities.empty()) {
      w.key("activiteiten").begin_array();
      for (const auto& a : g.activities) {
        w.begin_object();
        if (!a.approach.empty()) w.key("aanpak").string(a.approach);
        w.key("activiteit").string(a.activity);
        strings(w, "afdelingen", a.departments);
        provenance(w, a.source);
        w.end_object();
      }
      w.end_array();
    }
    provenance(w, g.source);
    w.end_object();
  }
  w.end_array().end_object();
}

void odt(W& w, const Programme& p) {
  w.key("odt").begin_object();
  for (OdtPart part : kOdtParts) {
    w.key(odt_part_key(part)).begin_array();
    for (const auto& l : p.odt.parts[static_cast<int>(part)]) {
      w.begin_object().key("code").string(l.code).key("product").string(l.product);
      w.key("aantal").fixed(l.count, 3).key("kental").fixed(l.hours_per_item, 3);
      if (l.printed_hours) w.key("gedrukt_totaal").fixed(*l.printed_hours, 3);
      provenance(w, l.source);
      w.end_object();
    }
    w.end_array();
  }
  bool any_total = false;
  for (const auto& t : p.odt.printed_part_totals) any_total = any_total || t.has_value();
  if (any_total) {
    w.key("gedrukte_totalen").begin_object();
    for (OdtPart part : kOdtParts)
      printed(w, odt_part_key(part), p.odt.printed_part_totals[static_cast<int>(part)]);
    w.end_object();
  }
  hours_items(w, "lokale_projecten", p.odt.local_projects);
  printed(w, "gedrukt_totaal_lokale_projecten", p.odt.printed_local_projects_total);
  hours_items(w, "werkvoorraad", p.odt.work_stock);
  w.end_object();
}

void regional(W& w, const RegionalProgramme& r) {
  w.key("regionaal").begin_object();
  regional_items(w, "projecten", r.projects);
  regional_items(w, "diensten", r.services);
  w.key("eigen_partner").string(r.own_partner).key("partners").begin_array();
  for (const auto& x : r.partners) {
    w.begin_object().key("id").string(x.id).key("naam").string(x.name).key("sleutel").fixed(x.key, 4);
    provenance(w, x.source);
    w.end_object();
  }
  w.end_array();
  if (r.printed_projects_total || r.printed_projects_own || r.printed_services_total ||
      r.printed_services_own) {
    w.key("gedrukt").begin_object();
    printed(w, "projecten_totaal", r.printed_projects_total);
    printed(w, "projecten_eigen", r.printed_projects_own);
    printed(w, "diensten_totaal", r.printed_services_total);
    printed(w, "diensten_eigen", r.printed_services_own);
    w.end_object();
  }
  w.end_object();
}

} // namespace

std::uint64_t programme_fingerprint(const Programme& programme) {
  return text_fingerprint(write_programme(programme));
}

std::string write_programme(const Programme& p) {
  W w;
  w.begin_object();
  w.key("schema").string(kProgrammeSchema).key("versie").integer(kProgrammeVersion);
  w.key("gemeente").string(p.municipality).key("jaar").integer(p.year).key("titel").string(p.title);
  if (!p.source_document.empty() || !p.source_file.empty()) {
    w.key("bron").begin_object().key("document").string(p.source_document);
    if (!p.source_file.empty()) w.key("bestand").string(p.source_file);
    w.end_object();
  }
  w.key("instellingen").begin_object();
  w.key("productieve_uren_per_fte").fixed(p.settings.productive_hours_per_fte, 3);
  w.key("odt_uurtarief").fixed(p.settings.odt_hourly_rate, 2);
  provenance(w, p.settings.source);
  w.end_object();
  w.key("afdelingen").begin_array();
  for (const auto& d : p.departments) {
    w.begin_object()
        .key("id")
        .string(d.id)
        .key("naam")
        .string(d.name)
        .key("beschikbare_fte")
        .fixed(d.available_fte, 3);
    provenance(w, d.source);
    w.end_object();
  }
  w.end_array().key("werk").begin_array();
  for (const auto& l : p.work) work_line(w, l);
  w.end_array();
  odt(w, p);
  regional(w, p.regional);
  energy_table(w, "energie", p.energy);
  energy_table(w, "spuk_the", p.spuk);
  protocol(w, p.protocol);
  goals(w, p);
  if (!p.vrt_focus.empty()) {
    w.key("vrt_focuspunten").begin_array();
    for (const auto& f : p.vrt_focus) {
      w.begin_object().key("titel").string(f.title);
      if (!f.text.empty()) w.key("tekst").string(f.text);
      provenance(w, f.source);
      w.end_object();
    }
    w.end_array();
  }
  if (!p.source_notes.empty()) {
    w.key("bronopmerkingen").begin_array();
    for (const auto& n : p.source_notes) {
      w.begin_object().key("pointer").string(n.pointer).key("tekst").string(n.text);
      provenance(w, n.source);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
  return w.finish();
}

} // namespace vth
