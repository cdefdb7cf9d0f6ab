#include "scenario_results.hpp"

#include "scenario_findings.hpp"

namespace vth {

Result<ScenarioRun> run_scenario(const Programme& adopted, const AnalysisPtr& adopted_analysis,
                                 const Results& adopted_results, const ChangeList& changes) {
  Result<Programme> p = materialise(adopted, changes);
  if (!p) return p.refusal();
  ScenarioRun run{std::move(*p), nullptr, {}};
  run.analysis = changes_analysis(changes) || !adopted_analysis ? analyse(run.programme) : adopted_analysis;
  run.results = calculate(run.programme, run.analysis);
  if (!changes.empty())
    run.results.findings =
        scenario_findings(adopted, adopted_results.findings, run.programme, run.results.findings);
  return run;
}

} // namespace vth
