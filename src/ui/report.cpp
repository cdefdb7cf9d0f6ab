#include "report.hpp"

#include "scenarios.hpp"

#include "core/engine/engine.hpp"
#include "core/model/dutch_format.hpp"
#include "core/output/report.hpp"

#include <algorithm>
#include <memory>

namespace vth::ui {

const SensitivityResult& current_sensitivity(AppState& state) {
  if (!state.sensitivity || state.sensitivity_revision != state.revision) {
    // On its own copy of the programme (sharing every row): nothing on screen changes.
    state.sensitivity = state.programme && state.analysis ? sensitivity(*state.programme, state.analysis)
                                                          : SensitivityResult{};
    state.sensitivity_revision = state.revision;
  }
  return *state.sensitivity;
}

std::string report_text(AppState& state) {
  if (!state.programme) return {};
  const AllScenarioResults all = all_scenario_results(state);
  ReportInput in;
  in.programme = &*state.programme;
  in.adopted_programme = state.adopted.get();
  in.results = &state.results;
  in.adopted = state.current >= 0 ? all.adopted : &state.results;
  in.scenario_name = current_scenario_name(state);
  in.scenarios = all.scenarios;
  if (const ChangeList* changes = current_changes(state)) in.changes = *changes;
  in.sensitivity = &current_sensitivity(state);
  in.date = state.platform.today ? format_iso_date(state.platform.today()) : std::string();
  in.file_name = state.file_name;
  return report_html(in);
}

namespace {

// Inputs tried per frame: inputs × lines about a million (each input is calculated twice,
// at -10% and +10%: some 30 ms in the browser), so that a frame stays short whatever the
// programme's size.
std::size_t inputs_per_frame(const Programme& p) {
  std::size_t lines = p.work.size() + 1;
  for (const auto& part : p.odt.parts) lines += part.size();
  return std::max<std::size_t>(1, 1'000'000 / lines);
}

void show_report(AppState& state, bool print) {
  const std::string html = report_text(state);
  if (state.platform.open_html && !state.platform.open_html(html, print)) {
    // Long after the click (a large programme's report) a browser may allow no new tab.
    state.status = "Rapport van '" + current_scenario_name(state) +
                   "' opgeslagen als vth-rapport.html: de browser stond geen nieuw tabblad toe. Open het "
                   "bestand om het te lezen of af te drukken.";
    return;
  }
  state.status = "Rapport van '" + current_scenario_name(state) + "' geopend in een nieuw tabblad" +
                 (print ? ", om af te drukken." : " (afdrukken: Ctrl+P).");
}

} // namespace

void open_report(AppState& state, bool print) {
  if (!state.programme) return;
  if (state.sensitivity && state.sensitivity_revision == state.revision) return show_report(state, print);
  if (!state.analysis) state.analysis = analyse(*state.programme);
  auto run = std::make_shared<SensitivityRun>(*state.programme, state.analysis);
  // What fits in this frame is done at once: a programme of ordinary size opens its report now.
  if (run->step(inputs_per_frame(*state.programme))) {
    state.sensitivity = run->result();
    state.sensitivity_revision = state.revision;
    return show_report(state, print);
  }
  state.report_run = AppState::ReportRun{std::move(run), state.revision, print};
  (void)advance_report(state);
}

bool advance_report(AppState& state) {
  if (!state.report_run) return false;
  AppState::ReportRun& job = *state.report_run;
  if (!state.programme ||
      job.revision != state.revision) { // changed meanwhile: the report of what is on screen
    const bool print = job.print;
    state.report_run.reset();
    open_report(state, print);
    return state.report_run.has_value();
  }
  if (!job.run->step(inputs_per_frame(*state.programme))) {
    const std::size_t percent = job.run->tried() * 100 / std::max<std::size_t>(1, job.run->total());
    state.status = "Rapport: gevoeligheid berekenen… " + std::to_string(percent) + "% (" +
                   std::to_string(job.run->tried()) + " van " + std::to_string(job.run->total()) +
                   " invoerwaarden). U kunt intussen verder werken.";
    return true;
  }
  state.sensitivity = job.run->result();
  state.sensitivity_revision = state.revision;
  const bool print = job.print;
  state.report_run.reset();
  show_report(state, print);
  return false;
}

} // namespace vth::ui
