#include "mirror.hpp"

#include "help_text.hpp"
#include "presentation.hpp"
#include "scenarios.hpp"
#include "view_models.hpp"
#include "view_tables.hpp"

#include "core/model/dutch_format.hpp"
#include "core/output/html.hpp"

#include <span>
#include <string>
#include <utility>

namespace vth::ui {
namespace {

// Rows of the current table in the mirror: a screen reader user cannot use
// 100.000 rows; the CSV export has them all.
constexpr std::size_t kMirrorRows = 200;
// Above this many lines the table part follows view changes only, not every
// edit: building a table of every line per edit would cost more than the edit.
constexpr std::size_t kLargeProgrammeLines = 10'000;

std::string figures_sentence(const AppState& state) {
  const Results& r = state.results;
  return "Scenario " + current_scenario_name(state) + ": ODT-kosten " + format_euro(r.odt.total_cost, 0) +
         ", " + format_hours(r.odt.total_hours, 0) + " ODT-uren, " +
         (r.capacity.total.fte_gap < 0 ? "tekort " : "ruimte ") +
         format_fixed(std::llabs(r.capacity.total.fte_gap), 3, 2) + " fte.";
}

// Heading, the figures sentence and the key figures: cheap, remade on every change.
std::string head_part(const AppState& state) {
  const Programme& p = *state.programme;
  std::string h =
      "<h1>VTH-planner: " + html_escape(p.title) + ", gemeente " + html_escape(p.municipality) + "</h1>\n";
  h += "<p>" + html_escape(figures_sentence(state)) + "</p>\n";
  h += "<section aria-labelledby=\"spiegel-kern\">\n<h2 id=\"spiegel-kern\">Kerncijfers</h2>\n" +
       table_to_html(state.current >= 0 ? key_figures_table(state.results, state.adopted_results,
                                                            current_scenario_name(state))
                                        : key_figures_table(state.results)) +
       "</section>\n";
  return h;
}

// Only the first rows are built: a 100.000-line table costs no more than a short one.
std::string table_html(const TableModel& model) {
  std::string h = table_to_html(export_table(model, kMirrorRows));
  if (model.row_count > kMirrorRows)
    h += "<p>Eerste " + std::to_string(kMirrorRows) + " van " + std::to_string(model.row_count) +
         " rijen getoond; de volledige tabel staat in de CSV-export.</p>\n";
  return h;
}

// A scenario just opened from a link: who sent it, why, and what it changes
// (the dialog on the canvas shows the same).
std::string link_summary_part(AppState& state) {
  const int index = scenario_index(state, state.link_summary_uid);
  if (index < 0) return {};
  const OpenScenario& s = state.scenarios[static_cast<std::size_t>(index)];
  std::string h = "<section aria-labelledby=\"spiegel-link\">\n<h2 id=\"spiegel-link\">Gedeeld scenario '" +
                  html_escape(s.name) + "'</h2>\n";
  if (!s.sender.empty()) h += "<p>Van: " + html_escape(s.sender) + "</p>\n";
  if (!s.note.empty()) h += "<p>Notitie: " + html_escape(s.note) + "</p>\n";
  return h + table_html(scenario_changes_model(state)) + "</section>\n";
}

// Help as the view shows it: two tables of what and how, and the file format.
std::string help_html() {
  std::string h;
  for (const auto& [caption, entries] : {std::pair{"Wat u kunt doen", std::span<const HelpEntry>(kHelpTasks)},
                                         std::pair{"Toetsen", std::span<const HelpEntry>(kHelpKeys)}}) {
    h += "<table>\n<caption>" + std::string(caption) + "</caption>\n";
    for (const HelpEntry& e : entries)
      h += "<tr><th scope=\"row\">" + html_escape(e.what) + "</th><td>" + html_escape(e.how) + "</td></tr>\n";
    h += "</table>\n";
  }
  return h + "<p>" + html_escape(kHelpFileFormat) + "</p>\n";
}

// The current view's tables or the presentation page's charts as tables.
std::string table_part(AppState& state) {
  std::string h = link_summary_part(state);
  if (state.presenting) {
    h += "<section aria-labelledby=\"spiegel-pagina\">\n<h2 id=\"spiegel-pagina\">Presentatie, pagina " +
         std::to_string(state.present_page + 1) + " van " + std::to_string(kPresentationPages) + ": " +
         page_title(state.present_page) + "</h2>\n";
    for (const Chart& chart : page_charts(state, state.present_page))
      h += "<p>" + html_escape(chart.summary) + "</p>\n" + table_to_html(chart_table(chart));
    h += "</section>\n";
  } else {
    // Every table the view draws, from the models it draws them with.
    h += "<section aria-labelledby=\"spiegel-weergave\">\n<h2 id=\"spiegel-weergave\">" +
         html_escape(view_title(state.view)) + "</h2>\n";
    for (const TableModel& model : view_tables(state, state.view).shown) h += table_html(model);
    if (state.view == View::Help) h += help_html();
    h += "</section>\n";
  }
  return h;
}

constexpr const char* kNoProgramme = "<h1>VTH-planner</h1>\n<p>Er is geen programma geopend.</p>\n";

} // namespace

std::string mirror_html(AppState& state) {
  if (!state.programme) return kNoProgramme;
  return head_part(state) + table_part(state);
}

void update_mirror(AppState& state) {
  if (!state.platform.set_mirror) return;
  const bool large = state.programme && state.programme->work.size() > kLargeProgrammeLines;
  std::string key = std::to_string(static_cast<int>(state.view)) + "|" + std::to_string(state.current) + "|" +
                    std::to_string(state.presenting) + "|" + std::to_string(state.present_page) + "|" +
                    std::to_string(state.present_gap) + "|" + std::to_string(state.programme.has_value()) +
                    "|" + std::to_string(state.odt_tab) + "|" + std::to_string(state.capacity_department);
  for (int c : state.compare) key.append(",").append(std::to_string(c));
  key.append("|").append(state.link_summary_uid);
  if (!large) key.append("|").append(std::to_string(state.revision));
  // Nothing is built on a frame where nothing changed: the figures follow every
  // change (the revision), the table part only what it shows (the key).
  if (key == state.mirror_key && state.revision == state.mirror_revision) return;
  if (key != state.mirror_key) state.mirror_table = state.programme ? table_part(state) : std::string();
  const std::string figures = state.programme ? figures_sentence(state) : std::string();
  const bool announce = !state.mirror_figures.empty() && figures != state.mirror_figures;
  state.mirror_key = key;
  state.mirror_revision = state.revision;
  state.mirror_figures = figures;
  state.platform.set_mirror(state.programme ? head_part(state) + state.mirror_table : kNoProgramme,
                            announce ? figures : std::string());
}

} // namespace vth::ui
