// Writes a programme file in the layout of docs/programme-format.md, keys in a
// fixed, readable order, optional members only when set.

#include "json_reader.hpp"
#include "programme_io.hpp"

#include <nlohmann/json.hpp>

namespace vth {
namespace {

using OJson = nlohmann::ordered_json;

OJson fixed(std::int64_t v, int decimals) { return OJson(from_fixed(v, decimals)); }

void put_provenance(OJson& o, const Provenance& p) {
  if (!p.section.empty() || p.line != 0) {
    OJson b = OJson::object();
    b["sectie"] = p.section;
    if (p.line != 0) b["regel"] = p.line;
    o["bron"] = std::move(b);
  }
  if (!p.assumptions.empty()) {
    OJson a = OJson::object();
    for (const auto& [field, why] : p.assumptions) a[field] = why;
    o["aanname"] = std::move(a);
  }
}

void put_printed(OJson& parent, const char* key, const std::optional<PrintedTotal>& t) {
  if (!t) return;
  OJson o = OJson::object();
  o["uren"] = fixed(t->hours, 3);
  if (t->cost) o["kosten"] = fixed(*t->cost, 2);
  put_provenance(o, t->source);
  parent[key] = std::move(o);
}

OJson hours_items(const std::vector<HoursItem>& items) {
  OJson arr = OJson::array();
  for (const auto& h : items) {
    OJson o;
    o["id"] = h.id;
    o["naam"] = h.name;
    if (!h.description.empty()) o["omschrijving"] = h.description;
    o["uren"] = fixed(h.hours, 3);
    put_provenance(o, h.source);
    arr.push_back(std::move(o));
  }
  return arr;
}

OJson work_line(const WorkLine& w) {
  OJson o;
  o["id"] = w.id;
  o["afdeling"] = w.department;
  if (!w.group.empty()) o["groep"] = w.group;
  o["omschrijving"] = w.description;
  o["soort"] = work_kind_key(w.kind);
  switch (w.kind) {
  case WorkKind::Count:
    o["aantal"] = fixed(w.count, 3);
    o["kental"] = fixed(w.hours_per_item, 3);
    break;
  case WorkKind::Fte:
    o["fte"] = fixed(w.fte, 3);
    break;
  case WorkKind::Hours:
    o["uren"] = fixed(w.hours, 3);
    break;
  case WorkKind::Percentage:
    o["percentage"] = fixed(w.percentage, 4);
    break;
  }
  if (!w.note.empty()) o["opmerking"] = w.note;
  put_provenance(o, w.source);
  return o;
}

OJson regional_items(const std::vector<RegionalItem>& items) {
  OJson arr = OJson::array();
  for (const auto& it : items) {
    OJson o;
    o["code"] = it.code;
    o["naam"] = it.name;
    if (!it.summary.empty()) o["samenvatting"] = it.summary;
    if (it.hours) o["uren"] = fixed(*it.hours, 3);
    o["financiering"] = financing_key(it.financing);
    if (!it.financing_text.empty()) o["financiering_tekst"] = it.financing_text;
    if (!it.status.empty()) o["status"] = it.status;
    put_provenance(o, it.source);
    arr.push_back(std::move(o));
  }
  return arr;
}

OJson energy_table(const EnergyTable& t) {
  OJson o;
  OJson lines = OJson::array();
  for (const auto& l : t.lines) {
    OJson x;
    x["product"] = l.product;
    if (l.hours_per_item) x["kental"] = fixed(*l.hours_per_item, 3);
    if (l.count) x["aantal"] = fixed(*l.count, 3);
    if (l.hours) x["uren"] = fixed(*l.hours, 3);
    if (l.printed_cost) x["kosten"] = fixed(*l.printed_cost, 2);
    if (l.cost_without_hours) x["kosten_zonder_uren"] = fixed(*l.cost_without_hours, 2);
    put_provenance(x, l.source);
    lines.push_back(std::move(x));
  }
  o["regels"] = std::move(lines);
  put_printed(o, "gedrukt_totaal", t.printed_total);
  return o;
}

OJson protocol(const Protocol& p) {
  OJson o;
  OJson legend = OJson::object();
  for (const auto& [code, meaning] : p.legend) legend[code] = meaning;
  o["legenda"] = std::move(legend);
  OJson groups = OJson::array();
  for (const auto& g : p.groups) {
    OJson go;
    go["nummer"] = g.number;
    go["naam"] = g.name;
    OJson items = OJson::array();
    for (const auto& it : g.items) {
      OJson io;
      io["nummer"] = it.number;
      io["naam"] = it.name;
      io["diepgang"] = {it.depth[0], it.depth[1], it.depth[2], it.depth[3]};
      io["thema"] = it.theme;
      put_provenance(io, it.source);
      items.push_back(std::move(io));
    }
    go["items"] = std::move(items);
    groups.push_back(std::move(go));
  }
  o["onderdelen"] = std::move(groups);
  put_provenance(o, p.source);
  return o;
}

OJson goals(const Programme& p) {
  OJson o;
  o["kolommen"] = p.goal_columns;
  put_provenance(o, p.goal_columns_source);
  OJson list = OJson::array();
  for (const auto& g : p.goals) {
    OJson go;
    go["id"] = g.id;
    go["soort"] = g.kind;
    go["titel"] = g.title;
    go["hoofddoel"] = g.aim;
    if (!g.indicators.empty()) go["indicatoren"] = g.indicators;
    if (!g.activities.empty()) {
      OJson acts = OJson::array();
      for (const auto& a : g.activities) {
        OJson ao;
        if (!a.approach.empty()) ao["aanpak"] = a.approach;
        ao["activiteit"] = a.activity;
        ao["afdelingen"] = a.departments;
        put_provenance(ao, a.source);
        acts.push_back(std::move(ao));
      }
      go["activiteiten"] = std::move(acts);
    }
    put_provenance(go, g.source);
    list.push_back(std::move(go));
  }
  o["lijst"] = std::move(list);
  return o;
}

} // namespace

std::string write_programme(const Programme& p) {
  OJson root;
  root["schema"] = kProgrammeSchema;
  root["versie"] = kProgrammeVersion;
  root["gemeente"] = p.municipality;
  root["jaar"] = p.year;
  root["titel"] = p.title;
  if (!p.source_document.empty() || !p.source_file.empty()) {
    root["bron"]["document"] = p.source_document;
    if (!p.source_file.empty()) root["bron"]["bestand"] = p.source_file;
  }
  OJson settings;
  settings["productieve_uren_per_fte"] = fixed(p.settings.productive_hours_per_fte, 3);
  settings["odt_uurtarief"] = fixed(p.settings.odt_hourly_rate, 2);
  put_provenance(settings, p.settings.source);
  root["instellingen"] = std::move(settings);

  OJson departments = OJson::array();
  for (const auto& d : p.departments) {
    OJson o;
    o["id"] = d.id;
    o["naam"] = d.name;
    o["beschikbare_fte"] = fixed(d.available_fte, 3);
    put_provenance(o, d.source);
    departments.push_back(std::move(o));
  }
  root["afdelingen"] = std::move(departments);
  OJson work = OJson::array();
  for (const auto& w : p.work) work.push_back(work_line(w));
  root["werk"] = std::move(work);

  OJson odt;
  for (OdtPart part : kOdtParts) {
    OJson lines = OJson::array();
    for (const auto& l : p.odt.parts[static_cast<int>(part)]) {
      OJson o;
      o["code"] = l.code;
      o["product"] = l.product;
      o["aantal"] = fixed(l.count, 3);
      o["kental"] = fixed(l.hours_per_item, 3);
      if (l.printed_hours) o["gedrukt_totaal"] = fixed(*l.printed_hours, 3);
      put_provenance(o, l.source);
      lines.push_back(std::move(o));
    }
    odt[odt_part_key(part)] = std::move(lines);
  }
  OJson totals = OJson::object();
  for (OdtPart part : kOdtParts)
    put_printed(totals, odt_part_key(part), p.odt.printed_part_totals[static_cast<int>(part)]);
  if (!totals.empty()) odt["gedrukte_totalen"] = std::move(totals);
  if (!p.odt.local_projects.empty()) odt["lokale_projecten"] = hours_items(p.odt.local_projects);
  put_printed(odt, "gedrukt_totaal_lokale_projecten", p.odt.printed_local_projects_total);
  if (!p.odt.work_stock.empty()) odt["werkvoorraad"] = hours_items(p.odt.work_stock);
  root["odt"] = std::move(odt);

  OJson reg;
  reg["projecten"] = regional_items(p.regional.projects);
  reg["diensten"] = regional_items(p.regional.services);
  reg["eigen_partner"] = p.regional.own_partner;
  OJson partners = OJson::array();
  for (const auto& x : p.regional.partners) {
    OJson o;
    o["id"] = x.id;
    o["naam"] = x.name;
    o["sleutel"] = fixed(x.key, 4);
    put_provenance(o, x.source);
    partners.push_back(std::move(o));
  }
  reg["partners"] = std::move(partners);
  OJson printed = OJson::object();
  put_printed(printed, "projecten_totaal", p.regional.printed_projects_total);
  put_printed(printed, "projecten_eigen", p.regional.printed_projects_own);
  put_printed(printed, "diensten_totaal", p.regional.printed_services_total);
  put_printed(printed, "diensten_eigen", p.regional.printed_services_own);
  if (!printed.empty()) reg["gedrukt"] = std::move(printed);
  root["regionaal"] = std::move(reg);

  if (!p.energy.lines.empty() || p.energy.printed_total) root["energie"] = energy_table(p.energy);
  if (!p.spuk.lines.empty() || p.spuk.printed_total) root["spuk_the"] = energy_table(p.spuk);
  if (!p.protocol.groups.empty() || !p.protocol.legend.empty())
    root["toezichtprotocol"] = protocol(p.protocol);
  if (!p.goals.empty() || !p.goal_columns.empty()) root["doelen"] = goals(p);
  if (!p.vrt_focus.empty()) {
    OJson vrt = OJson::array();
    for (const auto& f : p.vrt_focus) {
      OJson o;
      o["titel"] = f.title;
      if (!f.text.empty()) o["tekst"] = f.text;
      put_provenance(o, f.source);
      vrt.push_back(std::move(o));
    }
    root["vrt_focuspunten"] = std::move(vrt);
  }
  if (!p.source_notes.empty()) {
    OJson notes = OJson::array();
    for (const auto& n : p.source_notes) {
      OJson o;
      o["pointer"] = n.pointer;
      o["tekst"] = n.text;
      put_provenance(o, n.source);
      notes.push_back(std::move(o));
    }
    root["bronopmerkingen"] = std::move(notes);
  }
  // replace: a string that is not UTF-8 must never make dump() throw (no exceptions in wasm).
  return root.dump(2, ' ', false, OJson::error_handler_t::replace) + "\n";
}

} // namespace vth
