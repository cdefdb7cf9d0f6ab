// The rules applied once and as written (docs/calculation-rules.md), each case
// one that an independently written programme caught the engine breaking.
#include "programme_builder.hpp"
#include "test_files.hpp"

#include "core/engine/engine.hpp"
#include "core/io/programme_io.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace vth;

namespace {

const Finding* find_kind(const Results& r, const std::string& kind, const std::string& pointer) {
  auto it = std::find_if(r.findings.begin(), r.findings.end(),
                         [&](const Finding& f) { return f.kind == kind && f.pointer == pointer; });
  return it == r.findings.end() ? nullptr : &*it;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

RegionalItem project(const char* code, std::int64_t hours, Financing financing = Financing::SharedKey) {
  RegionalItem it;
  it.code = code;
  it.name = code;
  it.hours = hours * 1000;
  it.financing = financing;
  return it;
}

} // namespace

TEST_CASE("1. a percentage line is one product of three inputs, rounded once") {
  Programme p = test::minimal_programme();
  p.settings.productive_hours_per_fte = 1'312'500; // 1.312,5 uur
  p.departments.edit(0).available_fte = 3'333;     // 3,333 fte
  WorkLine w = test::count_line("reservering", 0, 0);
  w.kind = WorkKind::Percentage;
  w.percentage = 75'500; // 7,55%
  p.work.push_back(w);
  // 7,55% × 3,333 × 1.312,5 = 330,27946875 → 330,279 (rounding the capacity first gave 330,280).
  CHECK(calculate(p).capacity.line_hours[0] == 330'279);
}

TEST_CASE("2. the own share of a pool is rounded once when it is reconciled") {
  Programme p = test::minimal_programme();
  p.regional.partners = {{1, "a", "A", 4'995, {}}, {2, "b", "B", 502'502, {}}, {3, "c", "C", 492'503, {}}};
  p.regional.services.push_back(project("1", 100));
  // Exact own share 100 × 0,4995% = 0,4995 uur: the source rightly prints 0. The
  // largest remainder gives A the spare hour, which is an afronding, not an afwijking
  // (rounding to 0,001 first made it 0,500 and then 1).
  p.regional.printed_services_own = PrintedTotal{0, std::nullopt, {"6.2", 7, {}, {}, {}}};
  const Results r = calculate(p);
  CHECK(r.regional.services.own_hours == 1);
  CHECK(find_kind(r, "afronding", "/regionaal/gedrukt/diensten_eigen/uren"));
  CHECK_FALSE(find_kind(r, "afwijking", "/regionaal/gedrukt/diensten_eigen/uren"));
}

TEST_CASE(
    "3. the printed pot total is compared with the key-financed pot, or with all items when it says so") {
  Programme p = test::minimal_programme();
  p.regional.projects = {project("OD1", 1'500), project("OD2", 400, Financing::External),
                         project("OD3", 100, Financing::Budget)};
  p.regional.printed_projects_total = PrintedTotal{1'500'000, std::nullopt, {"6.1", 3, {}, {}, {}}};
  CHECK(calculate(p).findings.empty()); // 1.500: the pot, like with like
  p.regional.printed_projects_total->all_items = true;
  const Results with_all = calculate(p);
  const Finding* all = find_kind(with_all, "afwijking", "/regionaal/gedrukt/projecten_totaal/uren");
  REQUIRE(all); // "omvat": "alle" is 2.000 uur
  CHECK(all->computed == 2'000'000);
  p.regional.printed_projects_total->hours = 2'000'000;
  CHECK(calculate(p).findings.empty());
}

TEST_CASE("4. every printed cost is reconciled") {
  Programme p = test::minimal_programme();
  auto& permits = p.odt.parts[static_cast<int>(OdtPart::Permits)];
  permits.push_back(test::odt_line("A1.01", 4, 20, 80)); // 80 uur × € 110,99 = € 8.879,20
  p.odt.printed_part_totals[0] = PrintedTotal{std::nullopt, 887'900, {"4.1", 1, {}, {}, {}}};
  p.odt.local_projects.push_back({0, "haven", "Havengebied", "", 300'000, {}});
  p.odt.printed_local_projects_total =
      PrintedTotal{300'000, 3'300'000, {"6.3", 2, {}, {}, {}}}; // computed € 33.297
  p.regional.projects.push_back(project("OD1", 1'000));
  p.regional.printed_projects_total = PrintedTotal{std::nullopt, 11'099'000, {"6.1", 3, {}, {}, {}}}; // right
  p.regional.printed_projects_own =
      PrintedTotal{std::nullopt, 6'659'300, {"6.1", 4, {}, {}, {}}}; // 60%: € 66.594
  const Results r = calculate(p);
  const Finding* odt = find_kind(r, "afwijking", "/odt/gedrukte_totalen/vergunningen/kosten");
  REQUIRE(odt);
  CHECK(odt->unit == Finding::Unit::Money);
  CHECK(odt->computed == 887'920);
  CHECK(odt->printed == 887'900);
  CHECK(find_kind(r, "afwijking", "/odt/gedrukt_totaal_lokale_projecten/kosten"));
  CHECK_FALSE(find_kind(r, "afwijking", "/regionaal/gedrukt/projecten_totaal/kosten"));
  const Finding* own = find_kind(r, "afwijking", "/regionaal/gedrukt/projecten_eigen/kosten");
  REQUIRE(own);
  CHECK(own->computed == 6'659'400);
  // A printed total with only a cost is not an hours total of 0.
  CHECK_FALSE(find_kind(r, "afwijking", "/odt/gedrukte_totalen/vergunningen/uren"));
}

TEST_CASE("5. a printed total is checked against its own printed lines, naming the line that explains it") {
  Programme p = test::minimal_programme();
  auto& supervision = p.odt.parts[static_cast<int>(OdtPart::Supervision)];
  supervision.push_back(test::odt_line("A2.01", 1, 45, 45));
  supervision.push_back(test::odt_line("A2.02", 5, 35, 170)); // computed 175, printed 170
  supervision.push_back(test::odt_line("A2.03", 2, 60, 120));
  // The printed total leaves out A2.03: 45 + 170 = 215 instead of 335.
  p.odt.printed_part_totals[1] = PrintedTotal{215'000, std::nullopt, {"4.2", 9, {}, {}, {}}};
  const Results r = calculate(p);
  const Finding* sum = find_kind(r, "optelling", "/odt/gedrukte_totalen/toezicht/uren");
  REQUIRE(sum);
  CHECK(sum->computed == 335'000);
  CHECK(sum->printed == 215'000);
  CHECK(sum->explaining == std::vector<std::string>{"/odt/toezicht/2"});
  CHECK(contains(sum->message, "de gedrukte regels tellen op tot 335 uur, het gedrukte totaal is 215 uur"));
  CHECK(contains(sum->message, "precies de regel A2.03"));
  // And in euros: an energy total whose printed lines do not add up.
  EnergyLine a;
  a.product = "Advies";
  a.hours = 100'000;
  a.printed_cost = 1'110'000; // € 11.100: the source rounds this line up (computed € 11.099)
  EnergyLine course;
  course.product = "Opleiding";
  course.cost_without_hours = 50'000;
  p.energy.lines = {a, course};
  p.energy.printed_total = PrintedTotal{100'000, 1'110'000, {"B3", 5, {}, {}, {}}}; // leaves out the € 500
  const Results with_energy = calculate(p);
  const Finding* euros = find_kind(with_energy, "optelling", "/energie/gedrukt_totaal/kosten");
  REQUIRE(euros);
  CHECK(euros->explaining == std::vector<std::string>{"/energie/regels/1"});
}

TEST_CASE("6. anything after the JSON document is refused, with its place") {
  std::string text = test::read_repo_file("tests/data/minimal.json");
  REQUIRE(read_programme(text));
  for (const std::string& tail : {std::string("\0garbage", 8), std::string("\n{}"), std::string(" x")}) {
    CAPTURE(tail);
    const Result<Programme> r = read_programme(text + tail);
    REQUIRE_FALSE(r);
    REQUIRE(r.issues().size() == 1);
    CHECK((contains(r.issues()[0].message, "NUL-teken") || contains(r.issues()[0].message, "na het einde")));
    CHECK(contains(r.issues()[0].message, "regel "));
  }
}
