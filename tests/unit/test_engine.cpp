#include "programme_builder.hpp"

#include "core/engine/engine.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace vth;

namespace {

const Finding* find_kind(const Results& r, const std::string& kind, const std::string& pointer) {
  auto it = std::find_if(r.findings.begin(), r.findings.end(),
                         [&](const Finding& f) { return f.kind == kind && f.pointer == pointer; });
  return it == r.findings.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("work line hours: count × kental, fte × productive hours, hours, percentage of capacity") {
  Programme p = test::minimal_programme();
  p.work.push_back(test::count_line("a", 250'000, 6'000));  // 250 × 6 = 1.500 uur
  p.work.push_back(test::count_line("b", 433'400, 10'500)); // 433,4 × 10,5 = 4.550,7 uur
  WorkLine fte;
  fte.id = "c";
  fte.department = "v";
  fte.kind = WorkKind::Fte;
  fte.fte = 100; // 0,1 fte × 1.300 = 130 uur
  p.work.push_back(fte);
  WorkLine hours;
  hours.id = "d";
  hours.department = "v";
  hours.kind = WorkKind::Hours;
  hours.hours = 100'000;
  p.work.push_back(hours);
  WorkLine pct;
  pct.id = "e";
  pct.department = "v";
  pct.kind = WorkKind::Percentage;
  pct.percentage = 100'000; // 10% of 10 fte × 1.300 = 1.300 uur
  p.work.push_back(pct);

  const Results r = calculate(p);
  CHECK(r.capacity.line_hours == std::vector<MilliHours>{1'500'000, 4'550'700, 130'000, 100'000, 1'300'000});
  const auto& d = r.capacity.departments.at(0);
  CHECK(d.demand == 7'580'700);
  CHECK(d.lines == 5);
  CHECK(d.fte_needed == 5'831); // 7.580,7 / 1.300 = 5,8313...
  CHECK(d.fte_available == 10'000);
  CHECK(d.fte_gap == 4'169);
  CHECK(r.capacity.total.demand == 7'580'700);
  CHECK(r.capacity.total.fte_gap == 4'169);
}

TEST_CASE("capacity totals come from unrounded hours, not from rounded department FTE") {
  Programme p = test::minimal_programme();
  p.departments.push_back({0, "w", "Tweede", 0, {}});
  // 0,65 uur each: 0,0005 fte per department rounds up twice, the total once.
  p.work.push_back(test::count_line("a", 1'000, 650));
  WorkLine b = test::count_line("b", 1'000, 650);
  b.department = "w";
  p.work.push_back(b);
  const Results r = calculate(p);
  CHECK(r.capacity.departments[0].fte_needed == 1); // 0,0005 → 0,001
  CHECK(r.capacity.departments[1].fte_needed == 1);
  CHECK(r.capacity.total.fte_needed == 1); // 1,3 uur / 1.300 = 0,001
}

TEST_CASE("ODT parts, their costs at the tariff, and printed totals reconciled") {
  Programme p = test::minimal_programme();
  auto& permits = p.odt.parts[static_cast<int>(OdtPart::Permits)];
  permits.push_back(test::odt_line("A1.01.00", 4, 20, 80));
  permits.push_back(test::odt_line("A1.02.00", 10, 15, 149)); // printed wrong on purpose
  p.odt.printed_part_totals[0] = PrintedTotal{300'000, std::nullopt, {"4.1", 10, {}, {}, {}}};
  const Results r = calculate(p);
  CHECK(r.odt.parts[0].hours == 230'000);
  CHECK(r.odt.parts[0].cost == 2'552'770); // 230 × € 110,99
  const Finding* line = find_kind(r, "afwijking", "/odt/vergunningen/1/gedrukt_totaal");
  REQUIRE(line);
  CHECK(line->message.find("berekend 150 uur, de bron drukt 149 uur") != std::string::npos);
  const Finding* total = find_kind(r, "afwijking", "/odt/gedrukte_totalen/vergunningen/uren");
  REQUIRE(total);
  CHECK(total->section == "4.1");
  CHECK(total->line == 10);
  CHECK(find_kind(r, "afwijking", "/odt/vergunningen/0/gedrukt_totaal") == nullptr);
}

TEST_CASE("duplicate PDC codes and codes in the wrong table are reported") {
  Programme p = test::minimal_programme();
  p.odt.parts[1].push_back(test::odt_line("A3.02.05", 1, 1, 1));
  p.odt.parts[2].push_back(test::odt_line("A3.02.05", 1, 1, 1));
  const Results r = calculate(p);
  CHECK(find_kind(r, "code-buiten-tabel", "/odt/toezicht/0/code"));
  CHECK(find_kind(r, "dubbele-code", "/odt/handhaving/0/code"));
  CHECK_FALSE(find_kind(r, "code-buiten-tabel", "/odt/handhaving/0/code"));
}

TEST_CASE("two departments with names people cannot tell apart are reported, not refused") {
  Programme p = test::minimal_programme(); // department 1: "Vergunnen"
  p.departments.push_back({0, "t", "Toezicht", 5'000, {"2.1", 7, {}, {}, {}}});
  p.departments.push_back({0, "t2", " toezicht ", 1'000, {"2.1", 9, {}, {}, {}}}); // spaces, case: the same
  p.departments.push_back({0, "t3", "Toezícht", 1'000, {}});                       // another letter: not
  p.departments.push_back({0, "v2", "VERGUNNEN", 1'000, {}});
  p.departments.push_back({0, "n1", "", 0, {}}); // new rows not yet named: not compared
  p.departments.push_back({0, "n2", "  ", 0, {}});
  p.departments.push_back({0, "c1", "Café", 0, {}});
  p.departments.push_back({0, "c2", "CAFÉ", 0, {}}); // É is not A–Z: another name
  const Results r = calculate(p);
  const Finding* second = find_kind(r, "dubbele-afdeling", "/afdelingen/2/naam");
  REQUIRE(second);
  CHECK(
      second->message ==
      "Afdeling ' toezicht ' (id t2) heeft dezelfde naam als afdeling 2 ('Toezicht', id t) (hoofdletters en "
      "spaties aan begin en eind tellen niet mee); in tabellen en keuzelijsten zijn ze niet uit elkaar te "
      "houden");
  CHECK(second->section == "2.1");
  CHECK(second->line == 9);
  CHECK(find_kind(r, "dubbele-afdeling", "/afdelingen/4/naam"));
  CHECK_FALSE(find_kind(r, "dubbele-afdeling", "/afdelingen/3/naam"));
  CHECK_FALSE(find_kind(r, "dubbele-afdeling", "/afdelingen/1/naam"));
  CHECK(std::count_if(r.findings.begin(), r.findings.end(),
                      [](const Finding& f) { return f.kind == "dubbele-afdeling"; }) == 2);
  // The capacity is still per department (by id): nothing is merged.
  CHECK(r.capacity.departments.size() == 9);
}

TEST_CASE("regional split: only key-financed hours, exact to the hour and the cent") {
  Programme p = test::minimal_programme();
  p.regional.projects.push_back({0, "OD1", "Een", "", 1'001'000, Financing::SharedKey, "", "", {}});
  p.regional.projects.push_back({0, "OD2", "Extern", "", 500'000, Financing::External, "", "", {}});
  p.regional.projects.push_back({0, "OD3", "n.v.t.", "", std::nullopt, Financing::SharedKey, "", "", {}});
  const Results r = calculate(p);
  const PoolSplit& s = r.regional.projects;
  REQUIRE(s.computed);
  CHECK(s.total_hours == 1001);
  CHECK(s.total_cost == 11'110'099); // 1.001 × € 110,99
  CHECK(s.shares[0].hours == 601);   // 600,6 → 601 (larger remainder)
  CHECK(s.shares[1].hours == 400);   // 400,4
  CHECK(s.shares[0].cost == 6'666'059);
  CHECK(s.shares[1].cost == 4'444'040);
  CHECK(s.shares[0].cost + s.shares[1].cost == s.total_cost);
  CHECK(s.own_hours == 601);
  CHECK(r.odt.parts[4].id == "projecten");
  CHECK(r.odt.parts[4].hours == 601'000);
}

TEST_CASE("keys that do not sum to 100% stop the split and are reported") {
  Programme p = test::minimal_programme();
  p.regional.partners.edit(1).key = 399'999;
  p.regional.projects.push_back({0, "OD1", "Een", "", 1'000'000, Financing::SharedKey, "", "", {}});
  const Results r = calculate(p);
  CHECK_FALSE(r.regional.projects.computed);
  CHECK(r.regional.key_sum == 999'999);
  const Finding* f = find_kind(r, "sleutels", "/regionaal/partners");
  REQUIRE(f);
  CHECK(f->message.find("99,9999%") != std::string::npos);
}

TEST_CASE("energy lines are rounded to whole euros as the source does; the total from unrounded hours") {
  Programme p = test::minimal_programme();
  EnergyLine a;
  a.product = "Energiecontrole";
  a.hours_per_item = 11'000;
  a.count = 150'000;
  a.hours = 1'650'000;
  a.printed_cost = 18'313'400; // € 183.134
  p.energy.lines.push_back(a);
  EnergyLine b;
  b.product = "Hercontroles";
  b.hours = 640'000;
  b.printed_cost = 7'103'400; // € 71.034
  p.energy.lines.push_back(b);
  EnergyLine c;
  c.product = "Opleiding";
  c.cost_without_hours = 1'934'600;
  p.energy.lines.push_back(c);
  const Results r = calculate(p);
  CHECK(r.energy.lines[0].cost == 18'313'400); // 1.650 × 110,99 = 183.133,50 → 183.134
  CHECK(r.energy.lines[1].cost == 7'103'400);  // 71.033,60 → 71.034
  CHECK(r.energy.lines[2].cost == 1'934'600);
  CHECK(r.energy.hours == 2'290'000);
  CHECK(r.energy.cost == 25'416'700 + 1'934'600); // 2.290 × 110,99 = 254.167,10 → 254.167
  CHECK(r.findings.empty());
}

TEST_CASE("overflowing inputs are reported, not wrapped") {
  Programme p = test::minimal_programme();
  for (int i = 0; i < 3; ++i) p.work.push_back(test::count_line("x", INT64_MAX / 2, 1'000'000));
  const Results r = calculate(p);
  CHECK(std::any_of(r.findings.begin(), r.findings.end(),
                    [](const Finding& f) { return f.kind == "overloop"; }));
}

TEST_CASE("assumptions are listed with their pointer and reason") {
  Programme p = test::minimal_programme();
  p.settings.source.assumptions["odt_uurtarief"] = "afgeleid";
  p.regional.partners.edit(1).source.assumptions["sleutel"] = "onbekend";
  const auto list = list_assumptions(p);
  REQUIRE(list.size() == 2);
  CHECK(list[0].pointer == "/instellingen/odt_uurtarief");
  CHECK(list[1].pointer == "/regionaal/partners/1/sleutel");
  CHECK(list[1].reason == "onbekend");
}
