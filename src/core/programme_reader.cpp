// Reads and validates a programme file. Structure of the file:
// docs/programme-format.md and docs/programme.schema.json.

#include "json_parse.hpp"
#include "programme_io.hpp"
#include "programme_io_specs.hpp"
#include "reader_detail.hpp"

#include <algorithm>
#include <initializer_list>
#include <set>

namespace vth {
namespace {

using namespace specs;
using namespace reader;

void read_settings(ObjectReader& root, Programme& p, Issues& issues) {
  const Json* v = root.object("instellingen");
  if (!v) return;
  ObjectReader r(*v, root.child("instellingen"), issues);
  p.settings.productive_hours_per_fte = r.fixed("productieve_uren_per_fte", kProductiveHours).value_or(0);
  p.settings.odt_hourly_rate = r.fixed("odt_uurtarief", kRate).value_or(0);
  read_provenance(r, p.settings.source, {"productieve_uren_per_fte", "odt_uurtarief"}, issues);
  r.finish();
}

void read_departments(ObjectReader& root, Programme& p, Issues& issues) {
  std::vector<std::pair<std::string, std::string>> ids;
  for_each_in(root, "afdelingen", true, issues, [&](const Json& j, const std::string& ptr) {
    ObjectReader r(j, ptr, issues);
    Department d;
    d.id = r.string("id");
    d.name = r.string("naam");
    d.available_fte = r.fixed("beschikbare_fte", kFte).value_or(0);
    read_provenance(r, d.source, {"beschikbare_fte"}, issues);
    r.finish();
    ids.emplace_back(d.id, ptr + "/id");
    p.departments.push_back(std::move(d));
  });
  check_unique(ids, "afdeling", issues);
}

void read_hours_items(ObjectReader& r, const char* key, std::vector<HoursItem>& out, Issues& issues) {
  for_each_in(r, key, false, issues, [&](const Json& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    HoursItem h;
    h.id = o.string("id");
    h.name = o.string("naam");
    h.description = o.string("omschrijving", false);
    h.hours = o.fixed("uren", kHours).value_or(0);
    read_provenance(o, h.source, {"uren"}, issues);
    o.finish();
    out.push_back(std::move(h));
  });
}

void read_odt(ObjectReader& root, Programme& p, StreamedTables& tables, Issues& issues) {
  const Json* v = root.object("odt");
  if (!v) return;
  ObjectReader r(*v, root.child("odt"), issues);
  read_odt_parts(r, p, tables, issues);
  if (const Json* t = r.object("gedrukte_totalen", false)) {
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
  for_each_in(r, key, true, issues, [&](const Json& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    RegionalItem it;
    it.code = o.string("code");
    it.name = o.string("naam");
    it.summary = o.string("samenvatting", false);
    it.hours = o.fixed("uren", kHours, false);
    // The pool is split to the whole hour, so its inputs are whole hours.
    if (it.hours && *it.hours % 1000 != 0) {
      o.error("uren", "moet een heel aantal uren zijn (de regionale verdeling rekent in hele uren)");
      it.hours.reset();
    }
    const std::string fin = o.string("financiering");
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
  const Json* v = root.object("regionaal");
  if (!v) return;
  ObjectReader r(*v, root.child("regionaal"), issues);
  auto& reg = p.regional;
  read_regional_items(r, "projecten", reg.projects, issues);
  read_regional_items(r, "diensten", reg.services, issues);
  std::vector<std::pair<std::string, std::string>> ids;
  for_each_in(r, "partners", true, issues, [&](const Json& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    Partner partner;
    partner.id = o.string("id");
    partner.name = o.string("naam");
    partner.key = o.fixed("sleutel", kPercentage).value_or(0);
    read_provenance(o, partner.source, {"sleutel"}, issues);
    o.finish();
    ids.emplace_back(partner.id, ptr + "/id");
    reg.partners.push_back(std::move(partner));
  });
  check_unique(ids, "partner", issues);
  reg.own_partner = r.string("eigen_partner");
  const bool own_known = std::any_of(reg.partners.begin(), reg.partners.end(),
                                     [&](const Partner& x) { return x.id == reg.own_partner; });
  if (!reg.own_partner.empty() && !own_known)
    r.error("eigen_partner", "partner '" + reg.own_partner + "' staat niet in /regionaal/partners");
  if (const Json* g = r.object("gedrukt", false)) {
    ObjectReader gr(*g, r.child("gedrukt"), issues);
    reg.printed_projects_total = read_printed(gr, "projecten_totaal", issues);
    reg.printed_projects_own = read_printed(gr, "projecten_eigen", issues);
    reg.printed_services_total = read_printed(gr, "diensten_totaal", issues);
    reg.printed_services_own = read_printed(gr, "diensten_eigen", issues);
    gr.finish();
  }
  r.finish();
}

void read_energy_table(ObjectReader& root, const char* key, EnergyTable& table, Issues& issues) {
  const Json* v = root.object(key, false);
  if (!v) return;
  ObjectReader r(*v, root.child(key), issues);
  for_each_in(r, "regels", true, issues, [&](const Json& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    EnergyLine l;
    l.product = o.string("product");
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
  const Json* v = root.object("toezichtprotocol", false);
  if (!v) return;
  ObjectReader r(*v, root.child("toezichtprotocol"), issues);
  if (const Json* legend = r.object("legenda")) {
    for (auto it = legend->begin(); it != legend->end(); ++it) {
      if (it->is_string())
        p.protocol.legend[it.key()] = it->get<std::string>();
      else
        issues.push_back({r.child("legenda") + "/" + pointer_token(it.key()), "moet tekst zijn"});
    }
  }
  for_each_in(r, "onderdelen", true, issues, [&](const Json& j, const std::string& ptr) {
    ObjectReader g(j, ptr, issues);
    ProtocolGroup group;
    group.number = g.string("nummer");
    group.name = g.string("naam");
    for_each_in(g, "items", true, issues, [&](const Json& ij, const std::string& iptr) {
      ObjectReader o(ij, iptr, issues);
      ProtocolItem item;
      item.number = o.string("nummer");
      item.name = o.string("naam");
      item.theme = o.string("thema");
      if (const Json* d = o.array("diepgang")) {
        if (d->size() != 4) o.error("diepgang", "moet 4 waarden hebben (RK1 t/m RK4)");
        for (std::size_t k = 0; k < d->size() && k < 4; ++k) {
          const Json& x = (*d)[k];
          const std::string s = x.is_string() ? x.get<std::string>() : "";
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

std::vector<std::string> read_strings(ObjectReader& r, const char* key, bool required, Issues& issues) {
  std::vector<std::string> out;
  for_each_in(r, key, required, issues, [&](const Json& j, const std::string& ptr) {
    if (j.is_string())
      out.push_back(j.get<std::string>());
    else
      issues.push_back({ptr, "moet tekst zijn"});
  });
  return out;
}

void read_goals(ObjectReader& root, Programme& p, Issues& issues) {
  const Json* v = root.object("doelen", false);
  if (!v) return;
  ObjectReader r(*v, root.child("doelen"), issues);
  std::set<std::string> departments;
  for (const auto& d : p.departments) departments.insert(d.id);
  p.goal_columns = read_strings(r, "kolommen", true, issues);
  for (std::size_t i = 0; i < p.goal_columns.size(); ++i)
    if (!departments.count(p.goal_columns[i]))
      issues.push_back(
          {r.child("kolommen") + "/" + std::to_string(i), "afdeling bestaat niet in /afdelingen"});
  read_provenance(r, p.goal_columns_source, {"kolommen"}, issues);
  std::vector<std::pair<std::string, std::string>> ids;
  for_each_in(r, "lijst", true, issues, [&](const Json& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    Goal goal;
    goal.id = o.string("id");
    goal.kind = o.string("soort");
    if (!goal.kind.empty() && goal.kind != "regulier" && goal.kind != "focuspunt")
      o.error("soort", "moet 'regulier' of 'focuspunt' zijn");
    goal.title = o.string("titel");
    goal.aim = o.string("hoofddoel");
    goal.indicators = read_strings(o, "indicatoren", false, issues);
    for_each_in(o, "activiteiten", false, issues, [&](const Json& aj, const std::string& aptr) {
      ObjectReader a(aj, aptr, issues);
      GoalActivity act;
      act.approach = a.string("aanpak", false);
      act.activity = a.string("activiteit");
      act.departments = read_strings(a, "afdelingen", true, issues);
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
  for_each_in(root, "vrt_focuspunten", false, issues, [&](const Json& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    FocusPoint f;
    f.title = o.string("titel");
    f.text = o.string("tekst", false);
    read_provenance(o, f.source, {}, issues);
    o.finish();
    p.vrt_focus.push_back(std::move(f));
  });
}

// Nesting depth outside strings, measured before parsing so that a hostile
// file cannot make the parser or the destructor recurse deeply.
int max_nesting(std::string_view text) {
  int depth = 0, max = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
    } else if (c == '"')
      in_string = true;
    else if (c == '{' || c == '[')
      max = std::max(max, ++depth);
    else if (c == '}' || c == ']')
      --depth;
  }
  return max;
}

std::string parse_error_message(std::string_view text, std::size_t byte) {
  // nlohmann reports the byte after the problem (1-based); turn it into line and column.
  std::size_t line = 1, column = 1;
  const std::size_t end = std::min(byte > 0 ? byte - 1 : 0, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else
      ++column;
  }
  if (byte > text.size()) return "het bestand houdt onverwacht op (afgebroken of leeg?)";
  return "geen geldige JSON bij regel " + std::to_string(line) + ", kolom " + std::to_string(column);
}

void read_source_notes(ObjectReader& root, Programme& p, Issues& issues) {
  for_each_in(root, "bronopmerkingen", false, issues, [&](const Json& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    SourceNote n;
    n.pointer = o.string("pointer");
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

ReadResult read_programme(std::string_view text) {
  ReadResult result;
  Issues& issues = result.issues;
  if (text.size() > kMaxFileBytes) {
    issues.push_back(file_too_large_issue());
    return result;
  }
  if (text.size() >= 2 &&
      ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    issues.push_back({"", "het bestand is UTF-16; sla het op als UTF-8"});
    return result;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    issues.push_back({"", "het bestand is leeg"});
    return result;
  }
  if (max_nesting(text) > kMaxNesting) {
    issues.push_back({"", "het bestand is dieper genest dan " + std::to_string(kMaxNesting) +
                              " niveaus; dit is geen programmabestand"});
    return result;
  }
  Json root;
  StreamedTables tables;
  const JsonParseError error = parse_json(text, root, table_streamer(tables, issues));
  if (!error.ok()) {
    std::string message;
    if (error.number_too_large)
      message = "het bestand bevat een getal dat te groot is (rond byte " + std::to_string(error.byte) + ")";
    else if (error.invalid_utf8)
      message =
          "het bestand bevat tekst die geen geldige UTF-8 is (rond byte " + std::to_string(error.byte) + ")";
    else
      message = parse_error_message(text, error.byte);
    issues.push_back({"", message});
    return result;
  }

  ObjectReader r(root, "", issues);
  if (!r.ok()) return result;
  const std::string schema = r.string("schema");
  if (!schema.empty() && schema != kProgrammeSchema) {
    r.error("schema", "is '" + schema + "'; verwacht '" + std::string(kProgrammeSchema) + "'");
    return result;
  }
  Programme p;
  const auto version = r.integer("versie", 0, 1'000'000);
  if (version && *version != kProgrammeVersion) {
    r.error("versie", "versie " + std::to_string(*version) + " is onbekend; deze VTH-planner leest versie " +
                          std::to_string(kProgrammeVersion));
    return result;
  }
  p.municipality = r.string("gemeente");
  p.year = static_cast<int>(r.integer("jaar", 2000, 2100).value_or(0));
  p.title = r.string("titel");
  if (const Json* bron = r.object("bron", false)) {
    ObjectReader b(*bron, r.child("bron"), issues);
    p.source_document = b.string("document");
    p.source_file = b.string("bestand", false);
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
  if (issues.empty()) result.programme = std::move(p);
  return result;
}

} // namespace vth
