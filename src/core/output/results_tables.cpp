#include "results_tables.hpp"

#include "core/fields/field_pointer.hpp"
#include "core/model/dutch_format.hpp"
#include "core/model/utf8_text.hpp"

namespace vth {
namespace {

int hour_decimals(std::int64_t milli) { return milli % 1000 == 0 ? 0 : (milli % 100 == 0 ? 1 : 3); }

Table capacity_table(const CapacityResult& c) {
  Table t{"Capaciteit per afdeling (" + format_hours(c.productive_hours_per_fte, 0) +
              " productieve uren per fte)",
          {"Afdeling", "Werkregels", "Vraag (uur)", "Benodigde fte", "Beschikbare fte", "Verschil fte"},
          {}};
  auto row = [&](const DepartmentResult& d) {
    t.rows.push_back({Cell::str(d.name), Cell::integer(d.lines), Cell::hours(d.demand),
                      Cell::fte(d.fte_needed), Cell::fte(d.fte_available), Cell::fte(d.fte_gap)});
  };
  for (const auto& d : c.departments) row(d);
  row(c.total);
  return t;
}

Table odt_table(const OdtResult& o) {
  Table t{"ODT-uren en -kosten van de gemeente", {"Onderdeel", "Uren", "Kosten (€)"}, {}};
  for (const auto& p : o.parts)
    t.rows.push_back({Cell::str(p.name), Cell::hours(p.hours), Cell::cents(p.cost)});
  t.rows.push_back({Cell::str("Totaal"), Cell::hours(o.total_hours), Cell::cents(o.total_cost)});
  return t;
}

Table pool_table(const std::string& title, const PoolSplit& s) {
  Table t{title, {"Partner", "Sleutel", "Uren", "Kosten (€)"}, {}};
  if (!s.computed) {
    t.rows.push_back({Cell::str("niet berekend: de sleutels tellen niet op tot 100%"), Cell::str(""),
                      Cell::integer(s.total_hours), Cell::cents(s.total_cost)});
    return t;
  }
  BasisPoints keys = 0;
  for (const auto& x : s.shares) {
    t.rows.push_back({Cell::str(x.name), Cell::percent(x.key), Cell::integer(x.hours), Cell::cents(x.cost)});
    keys += x.key;
  }
  t.rows.push_back(
      {Cell::str("Totaal"), Cell::percent(keys), Cell::integer(s.total_hours), Cell::cents(s.total_cost)});
  return t;
}

Table energy_table(const EnergyResult& e, const EnergyResult& spuk) {
  Table t{"Energie en SPUK THE", {"Programma", "Uren", "Kosten (€)"}, {}};
  t.rows.push_back({Cell::str("Energie en duurzaamheid"), Cell::hours(e.hours), Cell::cents(e.cost)});
  t.rows.push_back({Cell::str("SPUK THE"), Cell::hours(spuk.hours), Cell::cents(spuk.cost)});
  return t;
}

// `labels`: name each place as people read it ("A3.02.05 … – kental") instead
// of its JSON pointer (the CLI prints pointers; the report for people, labels).
std::string place(const Programme* labels, const std::string& pointer) {
  return labels ? place_label(*labels, pointer) : pointer;
}

Table findings_table(const std::vector<Finding>& findings, const Programme* labels) {
  Table t{"Bevindingen", {"Soort", labels ? "Waarde" : "Plaats in bestand", "Bron", "Melding"}, {}};
  for (const auto& f : findings) {
    std::string where = f.section;
    if (f.line > 0) where += (where.empty() ? "" : ", ") + std::string("regel ") + std::to_string(f.line);
    t.rows.push_back(
        {Cell::str(f.kind), Cell::str(place(labels, f.pointer)), Cell::str(where), Cell::str(f.message)});
  }
  return t;
}

Table assumptions_table(const std::vector<Assumption>& assumptions, const Programme* labels) {
  Table t{"Aannames", {labels ? "Waarde" : "Plaats in bestand", "Reden"}, {}};
  for (const auto& a : assumptions)
    t.rows.push_back({Cell::str(place(labels, a.pointer)), Cell::str(a.reason)});
  return t;
}

} // namespace

std::vector<Table> results_tables(const Results& r, const Programme* labels) {
  return {capacity_table(r.capacity),
          odt_table(r.odt),
          pool_table("Regionale projecten, verdeling (verdeelsleutel)", r.regional.projects),
          pool_table("Regionale diensten, verdeling (verdeelsleutel)", r.regional.services),
          energy_table(r.energy, r.spuk),
          findings_table(r.findings, labels),
          assumptions_table(r.assumptions ? *r.assumptions : std::vector<Assumption>{}, labels)};
}

Table key_figures_table(const Results& r) {
  Table t{"Kerncijfers", {"Kerncijfer", "Waarde"}, {}};
  const auto count = [](std::size_t n) { return Cell::integer(static_cast<std::int64_t>(n)); };
  t.rows.push_back({Cell::str("Vraag gemeente (uur)"), Cell::hours(r.capacity.total.demand)});
  t.rows.push_back({Cell::str("Benodigde fte"), Cell::fte(r.capacity.total.fte_needed)});
  t.rows.push_back({Cell::str("Beschikbare fte"), Cell::fte(r.capacity.total.fte_available)});
  t.rows.push_back({Cell::str("Verschil fte"), Cell::fte(r.capacity.total.fte_gap)});
  t.rows.push_back({Cell::str("ODT-uren voor de gemeente"), Cell::hours(r.odt.total_hours)});
  t.rows.push_back({Cell::str("ODT-kosten voor de gemeente (€)"), Cell::cents(r.odt.total_cost)});
  t.rows.push_back(
      {Cell::str("Regionale projecten, eigen deel (uur)"), Cell::integer(r.regional.projects.own_hours)});
  t.rows.push_back(
      {Cell::str("Regionale diensten, eigen deel (uur)"), Cell::integer(r.regional.services.own_hours)});
  t.rows.push_back({Cell::str("Bevindingen"), count(r.findings.size())});
  t.rows.push_back({Cell::str("Aannames"), count(r.assumptions ? r.assumptions->size() : 0)});
  return t;
}

Table key_figures_table(const Results& scenario, const Results& adopted, const std::string& scenario_name) {
  const Table now = key_figures_table(scenario);
  const Table before = key_figures_table(adopted);
  Table t{"Kerncijfers: vastgesteld programma en scenario",
          {"Kerncijfer", "Vastgesteld", scenario_name, "Verschil"},
          {}};
  for (std::size_t i = 0; i < now.rows.size(); ++i) {
    const Cell& a = before.rows[i][1];
    const Cell& b = now.rows[i][1];
    t.rows.push_back({now.rows[i][0], a, b, Cell{b.type, b.value - a.value, {}}});
  }
  return t;
}

std::string display_cell(const Cell& c) {
  switch (c.type) {
  case Cell::Type::Text:
    return c.text;
  case Cell::Type::Integer:
    return format_grouped(c.value);
  case Cell::Type::Hours:
    return format_hours(c.value, hour_decimals(c.value) == 0 ? 0 : 1);
  case Cell::Type::Fte:
    return format_fixed(c.value, 3, 2);
  case Cell::Type::Money:
    return format_euro(c.value, 2);
  case Cell::Type::Percent:
    return format_percent(c.value, c.value % 100 == 0 ? 2 : 4);
  }
  return {};
}

std::string spreadsheet_text(std::string_view text) {
  std::string out = visible_text(text, true);
  // Excel and LibreOffice run a cell that starts like a formula (=HYPERLINK(...),
  // +cmd|..., @SUM(...)); an apostrophe makes it plain text. Number cells never
  // come here, so a negative number stays a number.
  if (!out.empty() &&
      (out[0] == '=' || out[0] == '+' || out[0] == '-' || out[0] == '@' || out[0] == '\t' || out[0] == '\r'))
    out.insert(0, 1, '\'');
  return out;
}

std::string csv_cell(const Cell& c) {
  auto plain = [](std::string s) { // drop thousands separators: Excel NL reads "1234,5" as a number
    std::string out;
    for (char ch : s)
      if (ch != '.') out += ch;
    return out;
  };
  switch (c.type) {
  case Cell::Type::Text:
    return spreadsheet_text(c.text);
  case Cell::Type::Integer:
    return std::to_string(c.value);
  case Cell::Type::Hours:
    return plain(format_hours(c.value, hour_decimals(c.value)));
  case Cell::Type::Fte:
    return plain(format_fixed(c.value, 3, 3));
  case Cell::Type::Money:
    return plain(format_fixed(c.value, 2, 2));
  case Cell::Type::Percent:
    return plain(format_fixed(c.value, 4, 4));
  }
  return {};
}

} // namespace vth
