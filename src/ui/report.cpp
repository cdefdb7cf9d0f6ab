#include "report.hpp"

#include "scenarios.hpp"

#include "core/report.hpp"

#include <numeric>

namespace vth::ui {

const SensitivityResult& current_sensitivity(AppState& state) {
  if (!state.sensitivity || state.sensitivity_revision != state.revision) {
    // Varies the one programme copy in place (every value is put back): no copy of a large programme.
    state.sensitivity = state.programme && state.analysis ? sensitivity(*state.programme, state.analysis)
                                                          : SensitivityResult{};
    state.sensitivity_revision = state.revision;
  }
  return *state.sensitivity;
}

std::string report_text(AppState& state) {
  if (!state.programme) return {};
  std::vector<int> columns(state.scenarios.size() + 1);
  std::iota(columns.begin(), columns.end(), -1); // the adopted programme, then every scenario
  const std::vector<Results> all = compare_results(state, columns);
  ReportInput in;
  in.programme = &*state.programme;
  in.results = &state.results;
  in.adopted = state.current >= 0 ? &all[0] : &state.results;
  in.scenario_name = current_scenario_name(state);
  for (std::size_t i = 0; i < state.scenarios.size(); ++i)
    in.scenarios.push_back({state.scenarios[i].name, &all[i + 1]});
  if (state.current >= 0)
    for (const auto& [pointer, value] : state.scenarios[static_cast<std::size_t>(state.current)].changes)
      in.changes.push_back({pointer, adopted_value(state, pointer), value});
  in.sensitivity = &current_sensitivity(state);
  in.date = state.platform.today ? state.platform.today() : std::string();
  in.file_name = state.file_name;
  return report_html(in);
}

void open_report(AppState& state) {
  if (!state.programme) return;
  const std::string html = report_text(state);
  if (state.platform.open_html) state.platform.open_html(html);
  state.status =
      "Rapport van '" + current_scenario_name(state) + "' geopend in een nieuw tabblad (afdrukken: Ctrl+P).";
}

} // namespace vth::ui
