// Reads and validates a programme file. Structure of the file:
// docs/programme-format.md and docs/programme.schema.json. The columns of
// every table come from the field registry (core/fields); what is read here is
// the structure around them and what ties the tables together.

#include "programme_io.hpp"
#include "reader_detail.hpp"

#include <algorithm>
#include <set>

namespace vth {
namespace {

using namespace specs;
using namespace reader;

void read_single(ObjectReader& r, TableId id, void* row, Issues& issues) {
  read_row(r, table(id), row, issues);
}

void read_settings(ObjectReader& root, Programme& p, Issues& issues) {
  const JsonValue* v = root.object("instellingen");
  if (!v) return;
  ObjectReader r(*v, root.child("instellingen"), issues);
  read_single(r, TableId::Settings, &p.settings, issues);
  r.finish();
}

void read_departments(ObjectReader& root, Programme& p, Issues& issues) {
  read_rows(root, "afdelingen", true, TableId::Departments, p.departments, issues);
  std::vector<std::pair<std::string, std::string>> ids;
  for (std::size_t i = 0; i < p.departments.size(); ++i)
    ids.emplace_back(p.departments[i].id, root.child("afdelingen") + "/" + std::to_string(i) + "/id");
  check_unique(ids, "afdeling", issues);
}

void read_odt(ObjectReader& root, Programme& p, TableStreamer& tables, Issues& issues) {
  const JsonValue* v = root.object("odt");
  if (!v) return;
  ObjectReader r(*v, root.child("odt"), issues);
  read_odt_parts(r, p, tables);
  if (const JsonValue* t = r.object("gedrukte_totalen", false)) {
    ObjectReader tr(*t, r.child("gedrukte_totalen"), issues);
    for (OdtPart part : kOdtParts)
      p.odt.printed_part_totals[static_cast<int>(part)] = read_printed(tr, odt_part_key(part), issues);
    tr.finish();
  }
  read_rows(r, "lokale_projecten", false, TableId::LocalProjects, p.odt.local_projects, issues);
  p.odt.printed_local_projects_total = read_printed(r, "gedrukt_totaal_lokale_projecten", issues);
  read_rows(r, "werkvoorraad", false, TableId::WorkStock, p.odt.work_stock, issues);
  r.finish();
}

void read_regional_items(ObjectReader& r, const char* key, TableId id, Rows<RegionalItem>& out,
                         Issues& issues) {
  read_rows(r, key, true, id, out, issues);
  std::vector<std::pair<std::string, std::string>> codes;
  for (std::size_t i = 0; i < out.size(); ++i)
    codes.emplace_back(out[i].code, r.child(key) + "/" + std::to_string(i) + "/code");
  check_unique(codes, "code", issues);
}

void read_regional(ObjectReader& root, Programme& p, Issues& issues) {
  const JsonValue* v = root.object("regionaal");
  if (!v) return;
  ObjectReader r(*v, root.child("regionaal"), issues);
  auto& reg = p.regional;
  read_regional_items(r, "projecten", TableId::RegionalProjects, reg.projects, issues);
  read_regional_items(r, "diensten", TableId::RegionalServices, reg.services, issues);
  read_rows(r, "partners", true, TableId::Partners, reg.partners, issues);
  std::vector<std::pair<std::string, std::string>> ids;
  for (std::size_t i = 0; i < reg.partners.size(); ++i)
    ids.emplace_back(reg.partners[i].id, r.child("partners") + "/" + std::to_string(i) + "/id");
  check_unique(ids, "partner", issues);
  reg.own_partner = r.single_line("eigen_partner");
  const bool own_known = std::any_of(reg.partners.begin(), reg.partners.end(),
                                     [&](const Partner& x) { return x.id == reg.own_partner; });
  if (!reg.own_partner.empty() && !own_known)
    r.error("eigen_partner", "partner '" + reg.own_partner + "' staat niet in /regionaal/partners");
  if (const JsonValue* g = r.object("gedrukt", false)) {
    ObjectReader gr(*g, r.child("gedrukt"), issues);
    reg.printed_projects_total = read_printed(gr, "projecten_totaal", issues, true);
    reg.printed_projects_own = read_printed(gr, "projecten_eigen", issues);
    reg.printed_services_total = read_printed(gr, "diensten_totaal", issues, true);
    reg.printed_services_own = read_printed(gr, "diensten_eigen", issues);
    gr.finish();
  }
  r.finish();
}

void read_energy_table(ObjectReader& root, const char* key, TableId id, EnergyTable& table_out,
                       Issues& issues) {
  const JsonValue* v = root.object(key, false);
  if (!v) return;
  ObjectReader r(*v, root.child(key), issues);
  read_rows(r, "regels", true, id, table_out.lines, issues);
  table_out.printed_total = read_printed(r, "gedrukt_totaal", issues);
  r.finish();
}

void read_protocol(ObjectReader& root, Programme& p, Issues& issues) {
  const JsonValue* v = root.object("toezichtprotocol", false);
  if (!v) return;
  ObjectReader r(*v, root.child("toezichtprotocol"), issues);
  if (const JsonValue* legend = r.object("legenda")) {
    ObjectReader l(*legend, r.child("legenda"), issues);
    for (std::size_t i = 0; i < legend->size(); ++i) {
      const std::string& code = legend->key(i);
      if (const std::string why = text_problem(code, false); !why.empty())
        issues.push_back({l.child(code), "de code " + why});
      else
        p.protocol.legend[code] = l.string(code.c_str());
    }
  }
  const auto& legend = p.protocol.legend;
  read_rows(r, "onderdelen", true, TableId::ProtocolGroups, p.protocol.groups, issues, {},
            [&](ObjectReader& g, ProtocolGroup& group) {
              // The depth per risk class is a list of four in the file.
              read_rows(g, "items", true, TableId::ProtocolItems, group.items, issues, {"diepgang"},
                        [&](ObjectReader& o, ProtocolItem& item) {
                          const JsonValue* d = o.array("diepgang");
                          if (!d) return;
                          if (d->size() != 4) o.error("diepgang", "moet 4 waarden hebben (RK1 t/m RK4)");
                          for (std::size_t k = 0; k < d->size() && k < 4; ++k) {
                            const JsonValue& x = (*d)[k];
                            const std::string s = x.is_string() ? x.text() : "";
                            if (!legend.count(s))
                              issues.push_back({o.child("diepgang") + "/" + std::to_string(k),
                                                "diepgang '" + s + "' staat niet in de legenda"});
                            item.depth[k] = s;
                          }
                        });
            });
  read_provenance(r, p.protocol.source, {"legenda"}, issues);
  r.finish();
}

void check_departments(ObjectReader& r, const char* key, const std::vector<std::string>& list,
                       const std::set<std::string>& departments, Issues& issues) {
  for (std::size_t i = 0; i < list.size(); ++i)
    if (!departments.count(list[i]))
      issues.push_back({r.child(key) + "/" + std::to_string(i), "afdeling bestaat niet in /afdelingen"});
}

std::vector<std::string> read_strings(ObjectReader& r, const char* key, Issues& issues) {
  std::vector<std::string> out;
  for_each_in(r, key, true, [&](const JsonValue& j, const std::string& ptr) {
    if (!j.is_string())
      issues.push_back({ptr, "moet tekst zijn"});
    else if (const std::string why = text_problem(j.text(), false); !why.empty())
      issues.push_back({ptr, why});
    else
      out.push_back(j.text());
  });
  return out;
}

void read_goals(ObjectReader& root, Programme& p, Issues& issues) {
  const JsonValue* v = root.object("doelen", false);
  if (!v) return;
  ObjectReader r(*v, root.child("doelen"), issues);
  std::set<std::string> departments;
  for (const auto& d : p.departments) departments.insert(d.id);
  p.goal_columns = read_strings(r, "kolommen", issues);
  check_departments(r, "kolommen", p.goal_columns, departments, issues);
  read_provenance(r, p.goal_columns_source, {"kolommen"}, issues);
  read_rows(r, "lijst", true, TableId::Goals, p.goals, issues, {}, [&](ObjectReader& o, Goal& goal) {
    read_rows(o, "activiteiten", false, TableId::Activities, goal.activities, issues, {},
              [&](ObjectReader& a, const GoalActivity& act) {
                check_departments(a, "afdelingen", act.departments, departments, issues);
              });
  });
  std::vector<std::pair<std::string, std::string>> ids;
  for (std::size_t i = 0; i < p.goals.size(); ++i)
    ids.emplace_back(p.goals[i].id, r.child("lijst") + "/" + std::to_string(i) + "/id");
  check_unique(ids, "doel", issues);
  r.finish();
}

void read_source_notes(ObjectReader& root, Programme& p, Issues& issues) {
  read_rows(root, "bronopmerkingen", false, TableId::SourceNotes, p.source_notes, issues, {},
            [](ObjectReader& o, const SourceNote& n) {
              if (!n.pointer.empty() && n.pointer[0] != '/')
                o.error("pointer", "moet een JSON-pointer zijn (begint met /)");
            });
}

} // namespace

Issue file_too_large_issue() {
  return {"", "het bestand is groter dan " + std::to_string(kMaxFileBytes / (1024 * 1024)) +
                  " MB; een programmabestand is veel kleiner"};
}

namespace reader {

std::optional<Programme> read_programme_tree(const JsonValue& root, TableStreamer& tables,
                                             const std::string& pointer, Issues& issues) {
  ObjectReader r(root, pointer, issues);
  if (!r.ok()) return std::nullopt;
  const std::string schema = r.single_line("schema");
  if (!schema.empty() && schema != kProgrammeSchema) {
    r.error("schema", "is '" + schema + "'; verwacht '" + std::string(kProgrammeSchema) + "'");
    return std::nullopt;
  }
  Programme p;
  const auto version = r.integer("versie", 0, 1'000'000);
  if (version && *version != kProgrammeVersion) {
    r.error("versie", "versie " + std::to_string(*version) + " is onbekend; deze VTH-planner leest versie " +
                          std::to_string(kProgrammeVersion));
    return std::nullopt;
  }
  read_single(r, TableId::Meta, &p, issues);
  if (const JsonValue* bron = r.object("bron", false)) {
    ObjectReader b(*bron, r.child("bron"), issues);
    p.source_document = b.string("document");
    p.source_file = b.single_line("bestand", false);
    p.previous_programme = b.single_line("vorig_programma", false);
    b.finish();
  }
  read_settings(r, p, issues);
  read_departments(r, p, issues);
  read_work(r, p, tables, issues);
  read_odt(r, p, tables, issues);
  read_regional(r, p, issues);
  read_energy_table(r, "energie", TableId::Energy, p.energy, issues);
  read_energy_table(r, "spuk_the", TableId::Spuk, p.spuk, issues);
  read_protocol(r, p, issues);
  read_goals(r, p, issues);
  read_rows(r, "vrt_focuspunten", false, TableId::VrtFocus, p.vrt_focus, issues);
  read_source_notes(r, p, issues);
  r.finish();
  assign_row_ids(p, issues);
  // Problems of streamed lines were recorded while parsing, before this function ran.
  if (issues.size() != tables.issues_before) return std::nullopt;
  return p;
}

} // namespace reader

Result<Programme> read_programme(std::string_view text) {
  Issues issues;
  TableStreamer tables({}, issues);
  JsonValue root;
  if (auto refused = parse_json(text, root, programme_json_limits(), &tables))
    return Refusal{{std::move(*refused)}};
  std::optional<Programme> p = read_programme_tree(root, tables, "", issues);
  if (!p) return Refusal{std::move(issues)};
  return std::move(*p);
}

} // namespace vth
