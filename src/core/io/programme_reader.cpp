// Reads and validates a programme file. Structure of the file:
// docs/programme-format.md and docs/programme.schema.json.

#include "core/fields/specs.hpp"
#include "programme_io.hpp"
#include "reader_detail.hpp"

#include <algorithm>
#include <initializer_list>
#include <set>

namespace vth {
namespace {

using namespace specs;
using namespace reader;

void read_settings(ObjectReader& root, Programme& p, Issues& issues) {
  const JsonValue* v = root.object("instellingen");
  if (!v) return;
  ObjectReader r(*v, root.child("instellingen"), issues);
  p.settings.productive_hours_per_fte = r.fixed("productieve_uren_per_fte", kProductiveHours).value_or(0);
  p.settings.odt_hourly_rate = r.fixed("odt_uurtarief", kRate).value_or(0);
  read_provenance(r, p.settings.source, {"productieve_uren_per_fte", "odt_uurtarief"}, issues);
  r.finish();
}

void read_departments(ObjectReader& root, Programme& p, Issues& issues) {
  std::vector<std::pair<std::string, std::string>> ids;
  for_each_in(root, "afdelingen", true, issues, [&](const JsonValue& j, const std::string& ptr) {
    ObjectReader r(j, ptr, issues);
    Department d;
    d.id = r.single_line("id");
    d.name = r.single_line("naam");
    d.available_fte = r.fixed("beschikbare_fte", kFte).value_or(0);
    read_provenance(r, d.source, {"beschikbare_fte"}, issues);
    r.finish();
    ids.emplace_back(d.id, ptr + "/id");
    p.departments.push_back(std::move(d));
  });
  check_unique(ids, "afdeling", issues);
}

void read_hours_items(ObjectReader& r, const char* key, std::vector<HoursItem>& out, Issues& issues) {
  for_each_in(r, key, false, issues, [&](const JsonValue& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    HoursItem h;
    h.id = o.single_line("id");
    h.name = o.single_line("naam");
    h.description = o.string("omschrijving", false);
    h.hours = o.fixed("uren", kHours).value_or(0);
    read_provenance(o, h.source, {"uren"}, issues);
    o.finish();
    out.push_back(std::move(h));
  });
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
  read_hours_items(r, "lokale_projecten", p.odt.local_projects, issues);
  p.odt.printed_local_projects_total = read_printed(r, "gedrukt_totaal_lokale_projecten", issues);
  read_hours_items(r, "werkvoorraad", p.odt.work_stock, issues);
  r.finish();
}

std::optional<Financing> parse_financing(const std::string& s) {
  for (Financing f : {Financing::SharedKey, Financing::External, Financing::Budget})
    if (s == financing_key(f)) return f;
  return std::nullopt;
}

void read_regional_items(ObjectReader& r, const char* key, std::vector<RegionalItem>& out, Issues& issues) {
  std::vector<std::pair<std::string, std::string>> codes;
  for_each_in(r, key, true, issues, [&](const JsonValue& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    RegionalItem it;
    it.code = o.single_line("code");
    it.name = o.single_line("naam");
    it.summary = o.string("samenvatting", false);
    it.hours = o.fixed("uren", kHours, false);
    // The pool is split to the whole hour, so its inputs are whole hours.
    if (it.hours && *it.hours % 1000 != 0) {
      o.error("uren", "moet een heel aantal uren zijn (de regionale verdeling rekent in hele uren)");
      it.hours.reset();
    }
    const std::string fin = o.single_line("financiering");
    if (auto f = parse_financing(fin))
      it.financing = *f;
    else if (!fin.empty())
      o.error("financiering", "moet 'verdeelsleutel', 'extern' of 'begroting' zijn");
    it.financing_text = o.string("financiering_tekst", false);
    it.status = o.string("status", false);
    read_provenance(o, it.source, {"uren", "financiering"}, issues);
    o.finish();
    codes.emplace_back(it.code, ptr + "/code");
    out.push_back(std::move(it));
  });
  check_unique(codes, "code", issues);
}

void read_regional(ObjectReader& root, Programme& p, Issues& issues) {
  const JsonValue* v = root.object("regionaal");
  if (!v) return;
  ObjectReader r(*v, root.child("regionaal"), issues);
  auto& reg = p.regional;
  read_regional_items(r, "projecten", reg.projects, issues);
  read_regional_items(r, "diensten", reg.services, issues);
  std::vector<std::pair<std::string, std::string>> ids;
  for_each_in(r, "partners", true, issues, [&](const JsonValue& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    Partner partner;
    partner.id = o.single_line("id");
    partner.name = o.single_line("naam");
    partner.key = o.fixed("sleutel", kPercentage).value_or(0);
    read_provenance(o, partner.source, {"sleutel"}, issues);
    o.finish();
    ids.emplace_back(partner.id, ptr + "/id");
    reg.partners.push_back(std::move(partner));
  });
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

void read_energy_table(ObjectReader& root, const char* key, EnergyTable& table, Issues& issues) {
  const JsonValue* v = root.object(key, false);
  if (!v) return;
  ObjectReader r(*v, root.child(key), issues);
  for_each_in(r, "regels", true, issues, [&](const JsonValue& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    EnergyLine l;
    l.product = o.single_line("product");
    l.hours_per_item = o.fixed("kental", kHoursPerItem, false);
    l.count = o.fixed("aantal", kCount, false);
    l.hours = o.fixed("uren", kHours, false);
    l.printed_cost = o.fixed("kosten", kEuros, false);
    l.cost_without_hours = o.fixed("kosten_zonder_uren", kEuros, false);
    if (l.hours_per_item.has_value() != l.count.has_value())
      o.error(l.count ? "kental" : "aantal", "kental en aantal horen samen: geef beide of geen van beide");
    if (!l.hours && !l.count && !l.cost_without_hours)
      o.error("uren", "geef uren, kental en aantal, of kosten_zonder_uren");
    read_provenance(o, l.source, {"kental", "aantal", "uren", "kosten", "kosten_zonder_uren"}, issues);
    o.finish();
    table.lines.push_back(std::move(l));
  });
  table.printed_total = read_printed(r, "gedrukt_totaal", issues);
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
  for_each_in(r, "onderdelen", true, issues, [&](const JsonValue& j, const std::string& ptr) {
    ObjectReader g(j, ptr, issues);
    ProtocolGroup group;
    group.number = g.single_line("nummer");
    group.name = g.single_line("naam");
    for_each_in(g, "items", true, issues, [&](const JsonValue& ij, const std::string& iptr) {
      ObjectReader o(ij, iptr, issues);
      ProtocolItem item;
      item.number = o.single_line("nummer");
      item.name = o.single_line("naam");
      item.theme = o.string("thema");
      if (const JsonValue* d = o.array("diepgang")) {
        if (d->size() != 4) o.error("diepgang", "moet 4 waarden hebben (RK1 t/m RK4)");
        for (std::size_t k = 0; k < d->size() && k < 4; ++k) {
          const JsonValue& x = (*d)[k];
          const std::string s = x.is_string() ? x.text() : "";
          if (!p.protocol.legend.count(s))
            issues.push_back({o.child("diepgang") + "/" + std::to_string(k),
                              "diepgang '" + s + "' staat niet in de legenda"});
          item.depth[k] = s;
        }
      }
      read_provenance(o, item.source, {"diepgang", "thema"}, issues);
      o.finish();
      group.items.push_back(std::move(item));
    });
    g.finish();
    p.protocol.groups.push_back(std::move(group));
  });
  read_provenance(r, p.protocol.source, {"legenda"}, issues);
  r.finish();
}

std::vector<std::string> read_strings(ObjectReader& r, const char* key, bool required, bool multiline,
                                      Issues& issues) {
  std::vector<std::string> out;
  for_each_in(r, key, required, issues, [&](const JsonValue& j, const std::string& ptr) {
    if (!j.is_string())
      issues.push_back({ptr, "moet tekst zijn"});
    else if (const std::string why = text_problem(j.text(), multiline); !why.empty())
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
  p.goal_columns = read_strings(r, "kolommen", true, false, issues);
  for (std::size_t i = 0; i < p.goal_columns.size(); ++i)
    if (!departments.count(p.goal_columns[i]))
      issues.push_back(
          {r.child("kolommen") + "/" + std::to_string(i), "afdeling bestaat niet in /afdelingen"});
  read_provenance(r, p.goal_columns_source, {"kolommen"}, issues);
  std::vector<std::pair<std::string, std::string>> ids;
  for_each_in(r, "lijst", true, issues, [&](const JsonValue& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    Goal goal;
    goal.id = o.single_line("id");
    goal.kind = o.single_line("soort");
    if (!goal.kind.empty() && goal.kind != "regulier" && goal.kind != "focuspunt")
      o.error("soort", "moet 'regulier' of 'focuspunt' zijn");
    goal.title = o.single_line("titel");
    goal.aim = o.string("hoofddoel");
    goal.indicators = read_strings(o, "indicatoren", false, true, issues);
    for_each_in(o, "activiteiten", false, issues, [&](const JsonValue& aj, const std::string& aptr) {
      ObjectReader a(aj, aptr, issues);
      GoalActivity act;
      act.approach = a.string("aanpak", false);
      act.activity = a.string("activiteit");
      act.departments = read_strings(a, "afdelingen", true, false, issues);
      for (std::size_t i = 0; i < act.departments.size(); ++i)
        if (!departments.count(act.departments[i]))
          issues.push_back(
              {a.child("afdelingen") + "/" + std::to_string(i), "afdeling bestaat niet in /afdelingen"});
      read_provenance(a, act.source, {"afdelingen"}, issues);
      a.finish();
      goal.activities.push_back(std::move(act));
    });
    read_provenance(o, goal.source, {"hoofddoel"}, issues);
    o.finish();
    ids.emplace_back(goal.id, ptr + "/id");
    p.goals.push_back(std::move(goal));
  });
  check_unique(ids, "doel", issues);
  r.finish();
}

void read_vrt(ObjectReader& root, Programme& p, Issues& issues) {
  for_each_in(root, "vrt_focuspunten", false, issues, [&](const JsonValue& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    FocusPoint f;
    f.title = o.single_line("titel");
    f.text = o.string("tekst", false);
    read_provenance(o, f.source, {}, issues);
    o.finish();
    p.vrt_focus.push_back(std::move(f));
  });
}

void read_source_notes(ObjectReader& root, Programme& p, Issues& issues) {
  for_each_in(root, "bronopmerkingen", false, issues, [&](const JsonValue& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    SourceNote n;
    n.pointer = o.single_line("pointer");
    if (!n.pointer.empty() && n.pointer[0] != '/')
      o.error("pointer", "moet een JSON-pointer zijn (begint met /)");
    n.text = o.string("tekst");
    read_provenance(o, n.source, {}, issues);
    o.finish();
    p.source_notes.push_back(std::move(n));
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
  p.municipality = r.single_line("gemeente");
  p.year = static_cast<int>(r.integer("jaar", 2000, 2100).value_or(0));
  p.title = r.single_line("titel");
  if (const JsonValue* bron = r.object("bron", false)) {
    ObjectReader b(*bron, r.child("bron"), issues);
    p.source_document = b.string("document");
    p.source_file = b.single_line("bestand", false);
    b.finish();
  }
  read_settings(r, p, issues);
  read_departments(r, p, issues);
  read_work(r, p, tables, issues);
  read_odt(r, p, tables, issues);
  read_regional(r, p, issues);
  read_energy_table(r, "energie", p.energy, issues);
  read_energy_table(r, "spuk_the", p.spuk, issues);
  read_protocol(r, p, issues);
  read_goals(r, p, issues);
  read_vrt(r, p, issues);
  read_source_notes(r, p, issues);
  r.finish();
  // Problems of streamed lines were recorded while parsing, before this function ran.
  if (issues.size() != tables.issues_before) return std::nullopt;
  return p;
}

} // namespace reader

ReadResult read_programme(std::string_view text) {
  ReadResult result;
  TableStreamer tables({}, result.issues);
  JsonValue root;
  if (auto refused = parse_json(text, root, programme_json_limits(), &tables)) {
    result.issues.push_back(std::move(*refused));
    return result;
  }
  result.programme = read_programme_tree(root, tables, "", result.issues);
  return result;
}

} // namespace vth
