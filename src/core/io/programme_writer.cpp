// Writes a programme file in the layout of docs/programme-format.md: keys in a
// fixed, readable order, optional members only when set, numbers exact.

#include "programme_io.hpp"

#include "core/fields/column_io.hpp"
#include "core/json/json_writer.hpp"

namespace vth {
namespace {

using W = JsonWriter;

void provenance(W& w, const Provenance& p) { write_provenance(w, p); }

// One row of a table: its id, its columns (registry.hpp) and, after what the
// caller adds, its provenance.
void row_object(W& w, TableId id, const void* row) {
  w.begin_object();
  write_row_columns(w, table(id), row);
}

template <class Row> void rows(W& w, const char* key, TableId id, const Rows<Row>& list, bool always = true) {
  if (!always && list.empty()) return;
  w.key(key).begin_array();
  for (const Row& r : list) {
    row_object(w, id, &r);
    provenance(w, r.source);
    w.end_object();
  }
  w.end_array();
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

void energy_table(W& w, const char* key, TableId id, const EnergyTable& t) {
  if (t.lines.empty() && !t.printed_total) return;
  w.key(key).begin_object();
  rows(w, "regels", id, t.lines);
  printed(w, "gedrukt_totaal", t.printed_total);
  w.end_object();
}

void protocol(W& w, const Protocol& p) {
  if (p.groups.empty() && p.legend.empty()) return;
  w.key("toezichtprotocol").begin_object().key("legenda").begin_object();
  for (const auto& [code, meaning] : p.legend) w.key(code).string(meaning);
  w.end_object().key("onderdelen").begin_array();
  for (const auto& g : p.groups) {
    row_object(w, TableId::ProtocolGroups, &g);
    w.key("items").begin_array();
    for (const auto& it : g.items) {
      row_object(w, TableId::ProtocolItems, &it);
      w.key("diepgang").begin_array(); // the depth columns rk1..rk4, as one list
      for (const auto& d : it.depth) w.string(d);
      w.end_array();
      provenance(w, it.source);
      w.end_object();
    }
    w.end_array();
    provenance(w, g.source);
    w.end_object();
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
    row_object(w, TableId::Goals, &g);
    rows(w, "activiteiten", TableId::Activities, g.activities, false);
    provenance(w, g.source);
    w.end_object();
  }
  w.end_array().end_object();
}

void odt(W& w, const Programme& p) {
  w.key("odt").begin_object();
  for (OdtPart part : kOdtParts)
    rows(w, odt_part_key(part), odt_table(part), p.odt.parts[static_cast<int>(part)]);
  bool any_total = false;
  for (const auto& t : p.odt.printed_part_totals) any_total = any_total || t.has_value();
  if (any_total) {
    w.key("gedrukte_totalen").begin_object();
    for (OdtPart part : kOdtParts)
      printed(w, odt_part_key(part), p.odt.printed_part_totals[static_cast<int>(part)]);
    w.end_object();
  }
  rows(w, "lokale_projecten", TableId::LocalProjects, p.odt.local_projects, false);
  printed(w, "gedrukt_totaal_lokale_projecten", p.odt.printed_local_projects_total);
  rows(w, "werkvoorraad", TableId::WorkStock, p.odt.work_stock, false);
  w.end_object();
}

void regional(W& w, const RegionalProgramme& r) {
  w.key("regionaal").begin_object();
  rows(w, "projecten", TableId::RegionalProjects, r.projects);
  rows(w, "diensten", TableId::RegionalServices, r.services);
  w.key("eigen_partner").string(r.own_partner);
  rows(w, "partners", TableId::Partners, r.partners);
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
  write_row_columns(w, table(TableId::Meta), &p);
  if (!p.source_document.empty() || !p.source_file.empty() || !p.previous_programme.empty()) {
    w.key("bron").begin_object().key("document").string(p.source_document);
    if (!p.source_file.empty()) w.key("bestand").string(p.source_file);
    if (!p.previous_programme.empty()) w.key("vorig_programma").string(p.previous_programme);
    w.end_object();
  }
  w.key("instellingen").begin_object();
  write_row_columns(w, table(TableId::Settings), &p.settings);
  provenance(w, p.settings.source);
  w.end_object();
  rows(w, "afdelingen", TableId::Departments, p.departments);
  rows(w, "werk", TableId::Work, p.work);
  odt(w, p);
  regional(w, p.regional);
  energy_table(w, "energie", TableId::Energy, p.energy);
  energy_table(w, "spuk_the", TableId::Spuk, p.spuk);
  protocol(w, p.protocol);
  goals(w, p);
  rows(w, "vrt_focuspunten", TableId::VrtFocus, p.vrt_focus, false);
  rows(w, "bronopmerkingen", TableId::SourceNotes, p.source_notes, false);
  w.end_object();
  return w.finish();
}

} // namespace vth
