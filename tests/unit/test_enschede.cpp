// The reference programme against the figures the source states itself
// (../shared/PRODUCT.md lists them) and the inconsistencies it contains.
#include "test_files.hpp"

#include "core/engine/engine.hpp"
#include "core/io/programme_io.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace vth;

namespace {

const Programme& enschede() {
  static const Programme p = [] {
    Result<Programme> r = read_programme(test::read_repo_file("assets/programmes/enschede-puh-2025.json"));
    if (!r) throw std::runtime_error("Enschede-programma ongeldig: " + format_issue(r.issues().at(0)));
    return *r;
  }();
  return p;
}

int count_findings(const Results& r, const std::string& kind, const std::string& pointer) {
  return static_cast<int>(std::count_if(r.findings.begin(), r.findings.end(), [&](const Finding& f) {
    return f.kind == kind && f.pointer == pointer;
  }));
}

} // namespace

TEST_CASE("Enschede: regional projects total 6.150 uur, Enschede's 12,02% is 739 uur") {
  const Results r = calculate(enschede());
  CHECK(r.regional.key_sum == 1'000'000);
  CHECK(r.regional.projects.total_hours == 6150);
  CHECK(r.regional.projects.own_hours == 739);
  CHECK(count_findings(r, "afwijking", "/regionaal/gedrukt/projecten_totaal/uren") == 0);
  CHECK(count_findings(r, "afwijking", "/regionaal/gedrukt/projecten_eigen/uren") == 0);
}

TEST_CASE("Enschede: regional services total 11.700 uur; Enschede's exact share 1.406,34 uur") {
  const Results r = calculate(enschede());
  CHECK(r.regional.services.total_hours == 11700);
  // Under the largest-remainder split (with the assumed keys of the others)
  // Enschede gets 1.407 whole hours; the source rounds its share alone to 1.406.
  CHECK(r.regional.services.own_hours == 1407);
  CHECK(count_findings(r, "afronding", "/regionaal/gedrukt/diensten_eigen/uren") == 1);
  std::int64_t sum = 0;
  for (const auto& s : r.regional.services.shares) sum += s.hours;
  CHECK(sum == 11700);
  Cents cost = 0;
  for (const auto& s : r.regional.services.shares) cost += s.cost;
  CHECK(cost == r.regional.services.total_cost);
  CHECK(r.regional.services.total_cost == 11700LL * 11099);
}

TEST_CASE("Enschede: energy programme 5.228 uur cost € 580.256 at € 110,99; 1.650 uur is € 183.134") {
  const Programme& p = enschede();
  const Results r = calculate(p);
  CHECK(p.settings.odt_hourly_rate == 11'099);
  CHECK(p.settings.source.is_assumption("odt_uurtarief"));
  CHECK(r.energy.hours == 5'228'000);
  CHECK(r.energy.cost == 58'025'600);
  auto line = std::find_if(p.energy.lines.begin(), p.energy.lines.end(),
                           [](const EnergyLine& l) { return l.hours == 1'650'000; });
  REQUIRE(line != p.energy.lines.end());
  CHECK(r.energy.lines[static_cast<std::size_t>(std::distance(p.energy.lines.begin(), line))].cost ==
        18'313'400);
  for (std::size_t i = 0; i < p.energy.lines.size(); ++i)
    CHECK(count_findings(r, "afwijking", "/energie/regels/" + std::to_string(i) + "/kosten") == 0);
}

TEST_CASE("Enschede: ODT part totals as printed, except Vergunningen, which the source adds up wrongly") {
  const Results r = calculate(enschede());
  CHECK(r.odt.parts[1].hours == 8'972'000);
  CHECK(r.odt.parts[2].hours == 1'191'000);
  CHECK(r.odt.parts[3].hours == 1'155'000);
  // Its 31 lines add up to 5.369 uur; the table prints 5.569.
  CHECK(r.odt.parts[0].hours == 5'369'000);
  CHECK(count_findings(r, "afwijking", "/odt/gedrukte_totalen/vergunningen/uren") == 1);
  for (const char* part : {"toezicht", "handhaving", "advies"})
    CHECK(count_findings(r, "afwijking", std::string("/odt/gedrukte_totalen/") + part + "/uren") == 0);
  CHECK(r.odt.parts[6].hours == 300'000); // lokale projecten
  CHECK(r.odt.parts[7].hours == 718'000); // werkvoorraad
}

TEST_CASE("Enschede: every printed ODT line total equals aantal × kental") {
  const Programme& p = enschede();
  const Results r = calculate(p);
  int lines = 0;
  for (OdtPart part : kOdtParts) {
    const auto& table = p.odt.parts[static_cast<int>(part)];
    lines += static_cast<int>(table.size());
    for (std::size_t i = 0; i < table.size(); ++i)
      CHECK(count_findings(r, "afwijking",
                           std::string("/odt/") + odt_part_key(part) + "/" + std::to_string(i) +
                               "/gedrukt_totaal") == 0);
  }
  CHECK(lines == 31 + 22 + 13 + 21);
}

TEST_CASE("Enschede: the source's own inconsistencies are all reported") {
  const Results r = calculate(enschede());
  CHECK(count_findings(r, "dubbele-code", "/odt/handhaving/3/code") == 1); // A3.02.05 twice
  CHECK(count_findings(r, "code-buiten-tabel", "/odt/toezicht/4/code") == 1);
  CHECK(count_findings(r, "afwijking", "/spuk_the/regels/4/uren") == 1); // 1 × 203 printed as 571
  CHECK(count_findings(r, "afwijking", "/spuk_the/gedrukt_totaal/uren") == 1);
  CHECK(std::count_if(r.findings.begin(), r.findings.end(),
                      [](const Finding& f) { return f.kind == "bron"; }) >= 4);
  for (const auto& f : r.findings) {
    CAPTURE(f.message);
    CHECK(!f.pointer.empty());
    CHECK(!f.section.empty());
    CHECK(f.line > 0);
  }
}

TEST_CASE("Enschede: values the source lacks are assumptions, never silent") {
  const Programme& p = enschede();
  for (const auto& d : p.departments) CHECK(d.source.is_assumption("beschikbare_fte"));
  CHECK(p.settings.source.is_assumption("productieve_uren_per_fte"));
  for (const auto& w : p.work) {
    CAPTURE(w.id);
    if (w.kind == WorkKind::Count) CHECK(w.source.is_assumption("kental"));
    CHECK(w.source.line > 0);
  }
  REQUIRE(p.regional.partners.size() == 15);
  CHECK_FALSE(p.regional.partners[0].source.is_assumption("sleutel")); // Enschede's 12,02% is in the source
  for (std::size_t i = 1; i < p.regional.partners.size(); ++i)
    CHECK(p.regional.partners[i].source.is_assumption("sleutel"));
  CHECK(p.goal_columns_source.is_assumption("kolommen"));
}

TEST_CASE("Enschede: the whole programme is transcribed") {
  const Programme& p = enschede();
  CHECK(p.departments.size() == 5);
  CHECK(p.regional.projects.size() == 12);
  CHECK(p.regional.services.size() == 9);
  CHECK(p.energy.lines.size() == 8);
  CHECK(p.spuk.lines.size() == 15);
  std::size_t items = 0;
  for (const auto& g : p.protocol.groups) items += g.items.size();
  CHECK(p.protocol.groups.size() == 19);
  CHECK(items == 73);
  CHECK(std::count_if(p.goals.begin(), p.goals.end(), [](const Goal& g) { return g.kind == "focuspunt"; }) ==
        6);
  CHECK(p.vrt_focus.size() == 4);
}
