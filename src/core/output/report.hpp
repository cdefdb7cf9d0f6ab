#pragma once
// The printable report: one self-contained, accessible HTML page in Dutch with
// the programme and scenario summary, the tables, the charts as SVG, the
// findings and the assumptions. The app opens it in a new tab to print or to
// save as PDF; `vth-planner report` writes it from the command line.

#include "charts.hpp"
#include "core/engine/results.hpp"
#include "core/model/programme.hpp"
#include "core/scenario/scenario.hpp"
#include "core/scenario/sensitivity.hpp"

#include <optional>
#include <string>
#include <vector>

namespace vth {

struct ReportInput {
  const Programme* programme = nullptr;         // with the scenario's changes applied
  const Programme* adopted_programme = nullptr; // the baseline (labels of changes)
  const Results* results = nullptr;             // of the scenario (or the adopted programme)
  const Results* adopted = nullptr;             // of the adopted programme; null or == results: no scenario
  std::string scenario_name;                    // "Vastgesteld programma" or the scenario's name
  ChangeList changes;
  std::vector<NamedResults> scenarios; // every scenario, for the comparison chart
  const SensitivityResult* sensitivity = nullptr;
  std::string date;      // "27 november 2026" (the core has no clock)
  std::string file_name; // of the programme
};

std::string report_html(const ReportInput& input);

// The report's stylesheet, inline in its <style> element. The page's
// Content-Security-Policy (shell.html) allows exactly this text by its SHA-256
// hash, because the report tab inherits that policy; a test checks the hash.
extern const char* const kReportCss;

} // namespace vth
