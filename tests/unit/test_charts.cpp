#include "test_files.hpp"

#include "core/engine/engine.hpp"
#include "edit_helpers.hpp"

#include "core/fields/registry.hpp"
#include "core/io/programme_io.hpp"
#include "core/model/utf8_text.hpp"
#include "core/output/charts.hpp"
#include "core/output/html.hpp"

#include <doctest/doctest.h>

#include <numeric>

using namespace vth;

namespace {

Programme enschede() {
  return read_programme(test::read_repo_file("assets/programmes/enschede-puh-2025.json")).value();
}

std::int64_t sum(const std::vector<std::int64_t>& v) {
  return std::accumulate(v.begin(), v.end(), std::int64_t{0});
}

} // namespace

TEST_CASE("chart axis: covers every value and zero in at most max_steps steps of 1, 2, 2,5 or 5") {
  Chart c;
  c.kind = ChartKind::Diverging;
  c.unit = Cell::Type::Money;
  c.rows = {{"a", {-22'034'132, 22'034'132}, {}, false}, {"b", {-4'810'307, 4'810'307}, {}, false}};
  for (int max_steps : {2, 3, 4, 5, 8, 20}) {
    const ChartAxis a = chart_axis(c, max_steps);
    CHECK(a.low <= -22'034'132);
    CHECK(a.high >= 22'034'132);
    CHECK((a.high - a.low) / a.step <= max_steps);
    CHECK(a.low % a.step == 0);
  }
  // € 250.000 steps: -€ 250.000 .. € 250.000 hugs ±€ 220.341 better than steps of € 200.000 (±€ 400.000).
  CHECK(chart_axis(c, 4).step == 25'000'000);
  CHECK(chart_axis(c, 4).high == 25'000'000);
  CHECK(chart_axis(c, 1).step == 25'000'000); // one step cannot hold both sides of zero: two do
  CHECK(chart_axis(c, 0).step == 25'000'000);

  Chart fte;
  fte.unit = Cell::Type::Fte;
  fte.rows = {{"x", {120, 90}, {}, false}}; // 0,12 and 0,09 fte
  const ChartAxis a = chart_axis(fte, 5);
  CHECK(a.low == 0);
  CHECK(a.high >= 120);
  CHECK(a.step >= 10); // never finer than 0,01 fte
  Chart empty;
  const ChartAxis e = chart_axis(empty, 5);
  CHECK(e.high > e.low);
  Chart absurd;
  absurd.kind = ChartKind::Stacked;
  absurd.rows = {{"x", {INT64_MAX, INT64_MAX, INT64_MIN}, {}, false}};
  const ChartAxis h = chart_axis(absurd, 5); // no overflow (UBSan), a usable axis
  CHECK(h.low < 0);
  CHECK(h.high > 0);
  CHECK((h.high - h.low) / h.step <= 5);
}

TEST_CASE("capacity chart: needed against available per department, shortages marked") {
  const Results r = calculate(enschede());
  const Chart c = capacity_chart(r);
  REQUIRE(c.rows.size() == r.capacity.departments.size());
  for (std::size_t i = 0; i < c.rows.size(); ++i) {
    const DepartmentResult& d = r.capacity.departments[i];
    CHECK(c.rows[i].values == std::vector<std::int64_t>{d.fte_needed, d.fte_available});
    CHECK(c.rows[i].note_is_bad == (d.fte_gap < 0));
  }
  CHECK(c.summary.find("78,30 fte nodig") != std::string::npos);
  CHECK(c.summary.find("78,40 fte beschikbaar") != std::string::npos);
}

TEST_CASE("ODT and regional charts add up to the results' totals") {
  Programme p = enschede();
  const Results base = calculate(p);
  p.settings.odt_hourly_rate += 1000;
  const Results dearer = calculate(p);
  const Chart odt = odt_chart({{"Vastgesteld", &base}, {"Duurder", &dearer}});
  REQUIRE(odt.rows.size() == 2);
  CHECK(sum(odt.rows[0].values) == base.odt.total_hours);
  CHECK(odt.rows[0].note == "19.851 uur");
  CHECK(odt.series.size() == base.odt.parts.size());
  // The same hours in money: a tariff change moves it (the hours chart stays as it is).
  const Chart odt_cost = odt_cost_chart({{"Vastgesteld", &base}, {"Duurder", &dearer}});
  REQUIRE(odt_cost.rows.size() == 2);
  CHECK(sum(odt_cost.rows[0].values) == base.odt.total_cost);
  CHECK(sum(odt_cost.rows[1].values) == dearer.odt.total_cost);
  CHECK(sum(odt_cost.rows[1].values) > sum(odt_cost.rows[0].values));
  CHECK(sum(odt_chart({{"Duurder", &dearer}}).rows[0].values) == base.odt.total_hours);
  CHECK(odt_cost.rows[0].note == "€ 2.203.215 bij € 110,99 per uur");
  CHECK(odt_cost.unit == Cell::Type::Money);

  const Chart reg = regional_chart(base);
  REQUIRE(reg.rows.size() == 15);
  std::int64_t projects = 0, services = 0;
  for (const ChartRow& row : reg.rows) {
    projects += row.values[0];
    services += row.values[1];
  }
  CHECK(projects == base.regional.projects.total_cost);
  CHECK(services == base.regional.services.total_cost);
  CHECK(reg.rows[0].note == "€ 238.137");

  const Chart cost = scenario_cost_chart(base, {{"Duurder", &dearer}});
  REQUIRE(cost.rows.size() == 1);
  CHECK(cost.rows[0].values[0] == dearer.odt.total_cost - base.odt.total_cost);
  CHECK(cost.rows[0].note_is_bad);
  CHECK(cost.rows[0].note.front() == '+');
  CHECK(scenario_gap_chart(base, {}).rows.empty());
}

TEST_CASE("regional chart with keys that do not add up: no bars, the reason instead") {
  Programme p = enschede();
  p.regional.partners.edit(0).key += 1;
  const Chart c = regional_chart(calculate(p));
  CHECK(c.rows.empty());
  CHECK(c.empty_text.find("100%") != std::string::npos);
}

TEST_CASE("tornado chart: the ten inputs of the sensitivity analysis, a line's count and kental as one row") {
  const SensitivityResult s = sensitivity(enschede());
  const Chart c = tornado_chart(s, true);
  REQUIRE(c.rows.size() == 10);
  CHECK(c.rows[0].label == "ODT-uurtarief");
  CHECK(c.rows[0].values == std::vector<std::int64_t>{s.by_cost[0].cost_low, s.by_cost[0].cost_high});
  CHECK(c.rows[1].label == "A3.02.05 Periodieke controle standaard – aantal, kental");
  CHECK(s.by_cost[1].same_effect == std::vector<FieldRef>{test::field(enschede(), "/odt/toezicht/4/kental")});
  CHECK(c.rows[1].note == "± € 48.103");
  const Chart gap = tornado_chart(s, false);
  CHECK(gap.rows[0].label == "Productieve uren per fte");
  CHECK(gap.unit == Cell::Type::Fte);
}

TEST_CASE("chart SVG: accessible, escaped, every bar drawn") {
  Chart c;
  c.title = "Kosten <test> & meer";
  c.summary = "Samenvatting \"met\" aanhalingstekens";
  c.kind = ChartKind::Grouped;
  c.unit = Cell::Type::Money;
  c.series = {"A", "B"};
  c.rows = {{"R&D", {100, 200}, "noot", false}, {"Tweede", {300, -400}, "", true}};
  const std::string svg = chart_to_svg(c);
  CHECK(svg.find("role=\"img\"") != std::string::npos);
  CHECK(svg.find("<title>Kosten &lt;test&gt; &amp; meer</title>") != std::string::npos);
  CHECK(svg.find("<desc>Samenvatting &quot;met&quot; aanhalingstekens</desc>") != std::string::npos);
  CHECK(svg.find(">R&amp;D</text>") != std::string::npos);
  std::size_t rects = 0;
  for (std::size_t at = svg.find("<rect"); at != std::string::npos; at = svg.find("<rect", at + 1)) ++rects;
  CHECK(rects == 2 /* legend */ + 4 /* bars */);
  c.rows.clear();
  c.empty_text = "Niets te tonen";
  CHECK(chart_to_svg(c).find("Niets te tonen") != std::string::npos);
}

TEST_CASE("chart table: the chart's numbers in Dutch notation") {
  Chart c;
  c.title = "T";
  c.unit = Cell::Type::Fte;
  c.series = {"Nodig"};
  c.rows = {{"Afd", {1234}, "tekort", true}};
  const Table t = chart_table(c);
  CHECK(t.headers == std::vector<std::string>{"", "Nodig", "Toelichting"});
  CHECK(display_cell(t.rows[0][1]) == "1,23");
  const std::string html = table_to_html(t);
  CHECK(html.find("<caption>T</caption>") != std::string::npos);
  CHECK(html.find("<th scope=\"row\">Afd</th><td class=\"n\">1,23</td><td>tekort</td>") != std::string::npos);
}

TEST_CASE("HTML table: at most max_rows rows, saying how many were left out") {
  Table t{"Veel", {"a"}, {}};
  for (int i = 0; i < 5; ++i) t.rows.push_back({Cell::integer(i)});
  const std::string html = table_to_html(t, 2);
  CHECK(html.find("<th scope=\"row\">1</th>") != std::string::npos);
  CHECK(html.find("<th scope=\"row\">2</th>") == std::string::npos);
  CHECK(html.find("Eerste 2 van 5 rijen") != std::string::npos);
  CHECK(html_escape("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
}

TEST_CASE("input labels name the record and the field; pointers that name no field are refused") {
  const Programme p = enschede();
  CHECK(field_label(p, test::field(p, "/instellingen/odt_uurtarief")) == "ODT-uurtarief");
  CHECK(field_label(p, test::field(p, "/afdelingen/1/beschikbare_fte")) == "Beschikbare fte Vergunnen");
  CHECK(field_label(p, test::field(p, "/odt/toezicht/4/kental")) ==
        "A3.02.05 Periodieke controle standaard – kental");
  CHECK(field_label(p, test::field(p, "/werk/77/fte")).find(" – fte") != std::string::npos);
  CHECK(field_label(p, test::field(p, "/regionaal/partners/0/sleutel")) == "Verdeelsleutel Enschede");
  for (const char* odd : {"", "/", "/werk", "/werk/999999999999999999999999/aantal", "/werk/-1/aantal",
                          "/odt/onbekend/0/aantal", "/energie/regels/9999/kental", "/werk/1x/aantal"})
    CHECK_FALSE(field_for_pointer(p, odd));
}

TEST_CASE("shorten counts characters, not bytes") {
  CHECK(shorten("kort", 10) == "kort");
  CHECK(shorten("€€€€€", 5) == "€€€€€");
  CHECK(shorten("€€€€€€", 5) == "€€€€…");
  CHECK(shorten("abcdef", 3) == "ab…");
}

TEST_CASE("shorten_middle keeps the start and the end, in characters") {
  CHECK(shorten_middle("kort", 10) == "kort");
  CHECK(shorten_middle("abcdefghij", 5) == "ab…ij");
  CHECK(shorten_middle("€€€€€€€€", 5) == "€€…€€");
  CHECK(shorten_middle("abcdef", 2) == "a…");
  for (std::size_t max = 3; max < 12; ++max) {
    const std::string cut = shorten_middle("0123456789abcdefghij", max);
    CHECK(char_count(cut) == max);
    CHECK(cut.starts_with("0"));
    CHECK(cut.ends_with("j"));
  }
}
