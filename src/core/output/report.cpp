#include "report.hpp"

#include "change_table.hpp"
#include "core/model/dutch_format.hpp"
#include "core/model/version.hpp"
#include "html.hpp"
#include "results_tables.hpp"

namespace vth {

// Kept on one line per rule: its exact bytes are hashed into the page's CSP.
const char* const kReportCss =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#111;margin:2rem auto;max-width:60rem;"
    "line-height:1.45;padding:0 1rem}"
    "h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #999;break-after:avoid}"
    "table{border-collapse:collapse;margin:1rem 0;width:100%;font-size:.9rem}"
    "caption{text-align:left;font-weight:bold;padding:.3rem 0}"
    "th,td{border-bottom:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}"
    "thead th{border-bottom:2px solid #333}.n{text-align:right;white-space:nowrap}"
    "tr{break-inside:avoid}figure{margin:1rem 0;break-inside:avoid}svg{width:100%;height:auto}"
    "h1,h2,h3,caption{break-after:avoid}h2+*{break-before:avoid}"
    "figcaption{font-size:.9rem;color:#333}.meta{color:#333}.aanname{color:#7a4b00}"
    "@media print{body{margin:0;max-width:none}a{color:inherit}}"
    "@page{size:A4;margin:18mm 15mm}";

namespace {

std::string section(const std::string& id, const std::string& title) {
  return "<section aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">" + html_escape(title) + "</h2>\n";
}

std::string figure(const Chart& chart) {
  return "<figure>\n" + chart_to_svg(chart) + "<figcaption>" + html_escape(chart.summary) +
         "</figcaption>\n</figure>\n";
}

// Key figures, with the adopted programme beside the scenario when there is one.
Table summary_table(const ReportInput& in) {
  if (!in.adopted || in.adopted == in.results) return key_figures_table(*in.results);
  return key_figures_table(*in.results, *in.adopted, in.scenario_name);
}

} // namespace

std::string report_html(const ReportInput& in) {
  const Programme& p = *in.programme;
  const Results& r = *in.results;
  const std::vector<Table> tables = results_tables(r, &p); // findings and assumptions by their labels
  // results_tables(): capacity, ODT, projects, services, energy, findings, assumptions.
  // Titles usually name the year already ("Programma ... 2025").
  std::string title = p.title + " – gemeente " + p.municipality;
  if (p.title.find(std::to_string(p.year)) == std::string::npos)
    title.append(" ").append(std::to_string(p.year));
  std::string h = "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                  html_escape("Rapport " + title + " – " + in.scenario_name) + "</title>\n<style>" +
                  kReportCss + "</style>\n</head>\n<body>\n<header>\n<h1>" + html_escape(title) +
                  "</h1>\n<p class=\"meta\">" + "Scenario: <strong>" + html_escape(in.scenario_name) +
                  "</strong> · " + html_escape(in.date) + " · bestand " + html_escape(in.file_name) +
                  " · VTH-planner " + kVersion + "</p>\n</header>\n<main>\n";

  h += section("samenvatting", "Samenvatting");
  h += "<p>Alle uren en bedragen zijn exact berekend (uren op duizendsten, bedragen in centen); verdelingen "
       "tellen precies op. Waarden die geen bron hebben maar een aanname zijn, staan onder Aannames.</p>\n";
  h += table_to_html(summary_table(in));
  if (!in.changes.empty())
    h += table_to_html(
        changes_table(in.adopted_programme ? *in.adopted_programme : p, p, in.changes, in.scenario_name));
  h += "</section>\n";

  h += section("capaciteit", "Capaciteit") + figure(capacity_chart(r)) + table_to_html(tables[0]) +
       "</section>\n";

  std::vector<NamedResults> odt_columns;
  if (in.adopted && in.adopted != in.results) odt_columns.push_back({"Vastgesteld", in.adopted});
  odt_columns.push_back({in.scenario_name, &r});
  h += section("odt", "ODT-programma") + figure(odt_chart(odt_columns)) + table_to_html(tables[1]) +
       "</section>\n";

  h += section("regionaal", "Regionale verdeling") + figure(regional_chart(r)) + table_to_html(tables[2]) +
       table_to_html(tables[3]) + "</section>\n";
  h += section("energie", "Energie en SPUK THE") + table_to_html(tables[4]) + "</section>\n";

  if (!in.scenarios.empty() && in.adopted) {
    h += section("scenarios", "Scenario's") + figure(scenario_cost_chart(*in.adopted, in.scenarios)) +
         figure(scenario_gap_chart(*in.adopted, in.scenarios)) + "</section>\n";
  }
  if (in.sensitivity) {
    const Chart cost = tornado_chart(*in.sensitivity, true), gap = tornado_chart(*in.sensitivity, false);
    h += section("gevoeligheid", "Gevoeligheid") +
         "<p>Elke invoerwaarde is apart 10% lager en 10% hoger gezet en het programma opnieuw doorgerekend. "
         "Getoond zijn de tien waarden met de grootste invloed.</p>\n" +
         figure(cost) + table_to_html(chart_table(cost)) + figure(gap) + table_to_html(chart_table(gap)) +
         "</section>\n";
  }
  h += section("bevindingen", "Bevindingen") +
       "<p>Verschillen tussen wat de bron afdrukt en wat de invoer geeft, en andere onregelmatigheden in de "
       "bron. "
       "VTH-planner verbetert de bron niet stilzwijgend.</p>\n" +
       table_to_html(tables[5]) + "</section>\n";
  h += section("aannames", "Aannames") +
       "<p class=\"aanname\">Deze waarden staan niet in de bron; VTH-planner heeft ze aangenomen. Vervang ze "
       "door "
       "eigen cijfers.</p>\n" +
       table_to_html(tables[6]) + "</section>\n";
  h += "</main>\n<footer><p class=\"meta\">Gemaakt met VTH-planner " + std::string(kVersion) +
       ", volledig in de browser berekend.</p></footer>\n</body>\n</html>\n";
  return h;
}

} // namespace vth
