#include "scenario_results.hpp"

namespace vth {

Result<ScenarioRun> run_scenario(const Programme& adopted, const AnalysisPtr& adopted_analysis,
                                 const ChangeList& changes) {
  Result<Programme> p = materialise(adopted, changes);
  if (!p) return p.refusal();
  ScenarioRun run{std::move(*p), nullptr, {}};
  run.analysis = changes_analysis(changes) || !adopted_analysis ? analyse(run.programme) : adopted_analysis;
  run.results = calculate(run.programme, run.analysis);
  return run;
}

} // namespace vth
