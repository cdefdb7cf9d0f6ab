// Findings in a scenario (core/scenario/scenario_findings.hpp): what the user
// changes is a change, not a difference with the printed source; what is wrong
// with the scenario itself is still said; pointers follow their rows.
#include "test_files.hpp"

#include "core/engine/engine.hpp"
#include "core/fields/edit.hpp"
#include "core/fields/field_pointer.hpp"
#include "core/io/programme_io.hpp"
#include "core/scenario/scenario_findings.hpp"
#include "core/scenario/scenario_results.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace vth;

namespace {

const Programme& enschede() {
  static const Programme p =
      read_programme(test::read_repo_file("assets/programmes/enschede-puh-2025.json")).value();
  return p;
}

FieldRef field(const char* pointer) { return field_for_pointer(enschede(), pointer).value(); }

std::size_t count_kind(const std::vector<Finding>& findings, const char* kind) {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.kind == kind; }));
}

ScenarioRun run(const ChangeList& changes) {
  const AnalysisPtr analysis = analyse(enschede());
  return run_scenario(enschede(), analysis, calculate(enschede(), analysis), changes).value();
}

} // namespace

TEST_CASE("a tariff scenario has the adopted programme's findings, not one per printed cost") {
  const Results adopted = calculate(enschede());
  ChangeList changes{set_value(field("/instellingen/odt_uurtarief"), 12'000)};
  const ScenarioRun tariff = run(changes);
  // Calculated as a file of its own, every printed cost would differ.
  const Results as_file = calculate(tariff.programme);
  CHECK(as_file.findings.size() > adopted.findings.size() + 10);
  REQUIRE(tariff.results.findings.size() == adopted.findings.size());
  for (std::size_t i = 0; i < adopted.findings.size(); ++i) {
    CHECK(tariff.results.findings[i].kind == adopted.findings[i].kind);
    CHECK(tariff.results.findings[i].pointer == adopted.findings[i].pointer);
  }
}

TEST_CASE("what is wrong with the scenario itself is still found: keys off 100%") {
  const ScenarioRun keys = run({set_value(field("/regionaal/partners/0/sleutel"), 130'000)});
  CHECK(count_kind(keys.results.findings, "sleutels") == 1);
  CHECK(count_kind(calculate(enschede()).findings, "sleutels") == 0);
}

TEST_CASE("a department renamed in a scenario to another's name is found, after the keys, before the codes") {
  // "Staf" -> department 2's name; and the keys off 100%, so that a finding of a group before it is there.
  ChangeList changes{vth::set_text(field("/afdelingen/4/naam"), "vergunnen "),
                     set_value(field("/regionaal/partners/0/sleutel"), 130'000)};
  const ScenarioRun renamed = run(changes);
  REQUIRE(count_kind(renamed.results.findings, "dubbele-afdeling") == 1);
  CHECK(count_kind(calculate(enschede()).findings, "dubbele-afdeling") == 0);
  const auto& f = renamed.results.findings;
  const auto at =
      std::find_if(f.begin(), f.end(), [](const Finding& x) { return x.kind == "dubbele-afdeling"; });
  CHECK(at->pointer == "/afdelingen/4/naam");
  // In calculate()'s order (docs/calculation-rules.md, "Volgorde"): the printed figures and the keys before
  // it, the codes and the source notes after it.
  CHECK(std::any_of(f.begin(), at, [](const Finding& x) { return x.kind == "sleutels"; }));
  CHECK(std::none_of(f.begin(), at,
                     [](const Finding& x) { return x.kind == "dubbele-code" || x.kind == "bron"; }));
  CHECK(std::none_of(at, f.end(),
                     [](const Finding& x) { return x.kind == "afwijking" || x.kind == "optelling"; }));
  CHECK(std::any_of(at, f.end(), [](const Finding& x) { return x.kind == "dubbele-code"; }));
}

TEST_CASE("a finding's pointer follows its row when rows are added before it") {
  const Results adopted = calculate(enschede());
  const auto line = std::find_if(adopted.findings.begin(), adopted.findings.end(), [](const Finding& f) {
    return f.kind == "afwijking" && f.pointer.rfind("/spuk_the/regels/", 0) == 0;
  });
  REQUIRE(line != adopted.findings.end());
  const auto where = locate(enschede(), line->pointer);
  REQUIRE(where);
  REQUIRE(where->at);
  // Two new rows at the top of the SPUK table: the line moves down by two.
  const RowId fresh = fresh_row_id(enschede(), enschede(), {}, TableId::Spuk);
  ChangeList changes{add_rows(TableId::Spuk, fresh, 2, 0)};
  const ScenarioRun added = run(changes);
  const auto moved =
      std::find_if(added.results.findings.begin(), added.results.findings.end(), [&](const Finding& f) {
        return f.kind == "afwijking" && f.line == line->line && f.section == line->section;
      });
  REQUIRE(moved != added.results.findings.end());
  const auto now = locate(added.programme, moved->pointer);
  REQUIRE(now);
  CHECK(now->row == where->row);
  CHECK(now->at->index == where->at->index + 2);
}
