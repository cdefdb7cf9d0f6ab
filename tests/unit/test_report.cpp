#include "test_files.hpp"

#include "core/engine/engine.hpp"
#include "core/io/programme_io.hpp"
#include "core/output/report.hpp"

#include <doctest/doctest.h>

using namespace vth;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

} // namespace

TEST_CASE("report of a scenario: both columns, the changes, all sections, escaped names") {
  const Programme adopted =
      read_programme(test::read_repo_file("assets/programmes/enschede-puh-2025.json")).value();
  Programme scenario = adopted;
  scenario.settings.odt_hourly_rate = 12'000; // € 110,99 -> € 120,00
  const Results before = calculate(adopted), after = calculate(scenario);
  const SensitivityResult sens = sensitivity(scenario);
  ReportInput in;
  in.programme = &scenario;
  in.results = &after;
  in.adopted = &before;
  in.scenario_name = "Tarief <120>";
  in.adopted_programme = &adopted;
  in.changes = {
      set_value({TableId::Settings, 0, *column_index(table(TableId::Settings), "odt_uurtarief")}, 12'000)};
  in.scenarios = {{"Tarief <120>", &after}};
  in.sensitivity = &sens;
  in.date = "27 november 2026";
  in.file_name = "enschede.json";
  const std::string html = report_html(in);

  CHECK(html.rfind("<!doctype html>\n<html lang=\"nl\">", 0) == 0);
  CHECK(count(html, "Tarief <120>") == 0); // always escaped
  CHECK(html.find("Tarief &lt;120&gt;") != std::string::npos);
  CHECK(html.find("Kerncijfers: vastgesteld programma en scenario") != std::string::npos);
  // The cost difference: the new total minus the old one, in the Verschil column.
  const Cell diff = Cell::cents(after.odt.total_cost - before.odt.total_cost);
  CHECK(html.find("<td class=\"n\">" + display_cell(diff) + "</td></tr>") != std::string::npos);
  // The change by its label, in its unit, with the difference.
  CHECK(html.find(
            "<th scope=\"row\">ODT-uurtarief</th><td class=\"n\">€ 110,99</td><td class=\"n\">€ 120,00</td>"
            "<td class=\"n\">€ 9,01</td>") != std::string::npos);
  for (const char* id : {"samenvatting", "capaciteit", "odt", "regionaal", "energie", "scenarios",
                         "gevoeligheid", "bevindingen", "aannames"})
    CHECK(html.find(std::string("<h2 id=\"") + id + "\">") != std::string::npos);
  CHECK(count(html, "<svg ") == 7); // capacity, ODT, regional, 2 × scenarios, 2 × sensitivity
  CHECK(count(html, "<figcaption>") == 7);
  // Every assumption and finding is listed, by its label (people read the report), not its JSON pointer.
  const std::string assumptions = html.substr(html.find("id=\"aannames\""));
  const std::size_t findings_at = html.find("id=\"bevindingen\"");
  const std::string findings = html.substr(findings_at, html.find("id=\"aannames\"") - findings_at);
  CHECK(count(assumptions, "<th scope=\"row\">") == after.assumptions->size());
  CHECK(count(findings, "<tr>") == after.findings.size() + 1); // with the header row
  for (const std::string& part : {assumptions, findings}) {
    CHECK(part.find(">/werk/") == std::string::npos);
    CHECK(part.find(">/odt/") == std::string::npos);
  }
  CHECK(html.find("27 november 2026") != std::string::npos);
  CHECK(html.find("<style>" + std::string(kReportCss) + "</style>") != std::string::npos);
}

TEST_CASE("report of the adopted programme: no scenario columns, no scenario section") {
  const Programme p =
      read_programme(test::read_repo_file("assets/programmes/enschede-puh-2025.json")).value();
  const Results r = calculate(p);
  ReportInput in;
  in.programme = &p;
  in.results = &r;
  in.adopted = &r;
  in.scenario_name = "Vastgesteld programma";
  const std::string html = report_html(in);
  CHECK(html.find("<caption>Kerncijfers</caption>") != std::string::npos);
  CHECK(html.find("id=\"scenarios\"") == std::string::npos);
  CHECK(html.find("id=\"gevoeligheid\"") == std::string::npos); // not computed: not shown
  CHECK(count(html, "<svg ") == 3);
}
