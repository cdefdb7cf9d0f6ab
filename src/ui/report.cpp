#include "report.hpp"

#include "scenarios.hpp"

#include "core/model/dutch_format.hpp"
#include "core/output/report.hpp"

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

void open_report(AppState& state, bool print) {
  if (!state.programme) return;
  const std::string html = report_text(state);
  if (state.platform.open_html) state.platform.open_html(html, print);
  state.status = "Rapport van '" + current_scenario_name(state) + "' geopend in een nieuw tabblad" +
                 (print ? ", om af te drukken." : " (afdrukken: Ctrl+P).");
}

} // namespace vth::ui
