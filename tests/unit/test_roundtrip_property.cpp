// Property: any valid programme survives write → read unchanged, including
// values at the edges of their ranges and with all their decimals.
#include "core/io/programme_io.hpp"

#include <doctest/doctest.h>

#include <random>

using namespace vth;

namespace {

struct Gen {
  std::mt19937_64 rng;
  std::int64_t upto(std::int64_t max) {
    return static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(max + 1));
  }
  // Mostly ordinary values, sometimes the extremes of the allowed range.
  std::int64_t value(std::int64_t max) {
    switch (rng() % 6) {
    case 0:
      return 0;
    case 1:
      return max;
    case 2:
      return upto(1000) * 1000;
    default:
      return upto(max);
    }
  }
  std::string text() {
    static const char* words[] = {"Kappen", "€ 100.000", "ë é ï",   "\"aanhalingstekens\"",
                                  "a/b~c",  "",          "Toezicht"};
    return words[rng() % 7];
  }
  Provenance provenance(const char* field) {
    Provenance p;
    if (rng() % 2) p.section = "4.2 Programma " + text();
    if (rng() % 2) p.line = static_cast<int>(upto(100000));
    if (rng() % 3 == 0) p.assumptions[field] = "reden " + text() + "x";
    if (p.line != 0 && p.section.empty()) p.section = "sectie";
    return p;
  }
};

Programme random_programme(Gen& g) {
  Programme p;
  p.municipality = g.text();
  p.year = 2000 + static_cast<int>(g.upto(100));
  p.title = g.text();
  p.source_document = "doc";
  p.settings.productive_hours_per_fte = 1000 + g.upto(8'783'000);
  p.settings.odt_hourly_rate = g.value(1'000'000);
  p.settings.source = g.provenance("odt_uurtarief");
  const int departments = 1 + static_cast<int>(g.upto(4));
  for (int i = 0; i < departments; ++i)
    p.departments.push_back(
        {0, "d" + std::to_string(i), g.text(), g.value(100'000'000), g.provenance("beschikbare_fte")});
  const int lines = static_cast<int>(g.upto(30));
  for (int i = 0; i < lines; ++i) {
    WorkLine w;
    w.id = "w" + std::to_string(i);
    w.department = "d" + std::to_string(g.upto(departments - 1));
    w.group = g.text();
    w.description = g.text();
    w.kind = static_cast<WorkKind>(g.upto(3));
    if (w.kind == WorkKind::Count) {
      w.count = g.value(1'000'000'000);
      w.hours_per_item = g.value(10'000'000);
    } else if (w.kind == WorkKind::Fte)
      w.fte = g.value(100'000'000);
    else if (w.kind == WorkKind::Hours)
      w.hours = g.value(10'000'000'000);
    else
      w.percentage = g.value(1'000'000);
    w.note = g.text();
    w.source = g.provenance("kental");
    p.work.push_back(w);
  }
  for (OdtPart part : kOdtParts) {
    const int n = static_cast<int>(g.upto(5));
    for (int i = 0; i < n; ++i) {
      OdtLine l;
      l.code = "A" + std::to_string(g.upto(9));
      l.product = g.text();
      l.count = g.value(1'000'000'000);
      l.hours_per_item = g.value(10'000'000);
      if (g.rng() % 2) l.printed_hours = g.value(10'000'000'000);
      l.source = g.provenance("aantal");
      p.odt.parts[static_cast<int>(part)].push_back(l);
    }
    if (g.rng() % 2)
      p.odt.printed_part_totals[static_cast<int>(part)] = PrintedTotal{g.value(10'000'000'000), {}, {}};
  }
  const int partners = 1 + static_cast<int>(g.upto(15));
  for (int i = 0; i < partners; ++i)
    p.regional.partners.push_back(
        {0, "p" + std::to_string(i), g.text(), g.value(1'000'000), g.provenance("sleutel")});
  p.regional.own_partner = "p0";
  for (int i = 0; i < static_cast<int>(g.upto(4)); ++i) {
    RegionalItem it;
    it.code = "OD" + std::to_string(i);
    it.name = g.text();
    if (g.rng() % 3) it.hours = g.upto(10'000'000) * 1000;
    it.financing = static_cast<Financing>(g.upto(2));
    p.regional.projects.push_back(it);
  }
  for (int i = 0; i < static_cast<int>(g.upto(4)); ++i) {
    EnergyLine l;
    l.product = g.text();
    if (g.rng() % 2) {
      l.hours_per_item = g.value(10'000'000);
      l.count = g.value(1'000'000'000);
    }
    l.hours = g.value(10'000'000'000);
    if (g.rng() % 2) l.printed_cost = g.value(1'000'000'000'000);
    if (g.rng() % 3 == 0) l.cost_without_hours = g.value(1'000'000'000'000);
    p.energy.lines.push_back(l);
  }
  return p;
}

} // namespace

TEST_CASE("property: random programmes survive write and read unchanged") {
  Gen g{std::mt19937_64(42)};
  for (int round = 0; round < 300; ++round) {
    Programme p = random_programme(g);
    give_row_ids(p); // what the reader gives a file without ids
    const std::string text = write_programme(p);
    const Result<Programme> r = read_programme(text);
    for (const auto& issue : r.issues()) MESSAGE(format_issue(issue));
    REQUIRE(r);
    CHECK(*r == p);
  }
}
