#pragma once
// A scenario calculated: the adopted programme with its changes applied
// (materialise()) and the engine's results of that. The adopted programme and
// whatever the interface shows are never touched, so comparing four
// scenarios, the report and the sensitivity analysis can run at any time.

#include "scenario.hpp"

#include "core/engine/engine.hpp"

namespace vth {

struct ScenarioRun {
  Programme programme; // shares every unchanged row with the adopted programme
  AnalysisPtr analysis;
  Results results;
};

// `adopted_analysis` is reused when the changes leave the structure as it is
// (values only); otherwise the scenario's programme is analysed anew. The
// findings are those of scenario_findings(): the source's from `adopted_results`.
Result<ScenarioRun> run_scenario(const Programme& adopted, const AnalysisPtr& adopted_analysis,
                                 const Results& adopted_results, const ChangeList& changes);

} // namespace vth
