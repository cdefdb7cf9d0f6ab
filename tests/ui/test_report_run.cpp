// The report of a large programme does not block the interface (ui/report.hpp):
// its sensitivity analysis goes on a few inputs per frame with its progress in the
// status line, and the report opens when it is done, with the same figures as
// when computed at once. A programme of ordinary size opens its report at once.
#include "ui_state.hpp"

#include "ui/commands.hpp"
#include "ui/report.hpp"

#include "core/io/programme_io.hpp"
#include "core/io/synthetic.hpp"
#include "core/scenario/sensitivity.hpp"

#include <doctest/doctest.h>

using namespace vth;
using namespace vth::ui;

namespace {

struct Opened {
  int count = 0;
  std::string html;
  bool print = false;
};

void record_reports(AppState& state, Opened& opened) {
  state.platform.open_html = [&opened](const std::string& html, bool print) {
    ++opened.count;
    opened.html = html;
    opened.print = print;
    return true;
  };
}

} // namespace

TEST_CASE("a programme of ordinary size opens its report at once") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  Opened opened;
  record_reports(state, opened);
  open_report(state);
  CHECK(opened.count == 1);
  CHECK_FALSE(state.report_run);
  CHECK_FALSE(advance_report(state));
}

TEST_CASE("a large programme's report is made between frames, with progress, and opens once when done") {
  AppState state;
  const Programme big = make_synthetic_programme(40'000, 15);
  REQUIRE(open_programme(state, write_programme(big), "groot.json"));
  Opened opened;
  record_reports(state, opened);

  open_report(state, true);
  CHECK(opened.count == 0); // not in this frame
  REQUIRE(state.report_run);
  CHECK(state.status.find("Rapport: gevoeligheid berekenen… ") == 0);
  int frames = 0;
  std::string last_status = state.status;
  while (advance_report(state)) {
    ++frames;
    REQUIRE(frames < 10'000);
    CHECK(opened.count == 0);
    last_status = state.status;
  }
  CHECK(frames > 2); // it took several frames
  CHECK(last_status.find("%") != std::string::npos);
  CHECK(opened.count == 1);
  CHECK(opened.print); // Ctrl+P's report prints when it opens
  CHECK_FALSE(state.report_run);
  CHECK(state.status.find("geopend") != std::string::npos);
  // The same figures as the analysis made at once.
  const SensitivityResult at_once = sensitivity(*state.programme, state.analysis);
  REQUIRE(state.sensitivity);
  CHECK(state.sensitivity->inputs_tried == at_once.inputs_tried);
  REQUIRE(state.sensitivity->by_cost.size() == at_once.by_cost.size());
  for (std::size_t i = 0; i < at_once.by_cost.size(); ++i) {
    CHECK(state.sensitivity->by_cost[i].field == at_once.by_cost[i].field);
    CHECK(state.sensitivity->by_cost[i].cost_high == at_once.by_cost[i].cost_high);
  }
  // Asked again without a change: at once, from the analysis made.
  open_report(state);
  CHECK(opened.count == 2);
  CHECK_FALSE(state.report_run);
}

TEST_CASE("an edit while the report is being made: the report is of the programme as edited") {
  AppState state;
  REQUIRE(open_programme(state, write_programme(make_synthetic_programme(40'000, 15)), "groot.json"));
  Opened opened;
  record_reports(state, opened);
  open_report(state);
  REQUIRE(state.report_run);
  REQUIRE(advance_report(state));
  REQUIRE(test::type(state, "/instellingen/odt_uurtarief", "150"));
  while (advance_report(state)) {
  }
  CHECK(opened.count == 1);
  CHECK(opened.html.find("150,00") != std::string::npos);
  CHECK(state.sensitivity_revision == state.revision);
}
