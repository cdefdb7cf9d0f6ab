// What a scenario looks like on screen: a value the user changed is a change,
// never a difference with the source (printed figures stay plain, the findings
// stay the source's); the key figures give adopted value and difference.
#include "ui_state.hpp"

#include "ui/key_figures.hpp"
#include "ui/scenarios.hpp"
#include "ui/view_models.hpp"

#include <doctest/doctest.h>

using namespace vth;
using namespace vth::ui;

namespace {

Tone printed_tone(const AppState& state, OdtPart part, std::size_t row) {
  return odt_products_model(state, part).row(row).cells[5].tone;
}

const KeyFigure& figure(const std::vector<KeyFigure>& all, const std::string& caption) {
  for (const KeyFigure& f : all)
    if (f.caption == caption) return f;
  throw std::runtime_error("geen kerncijfer " + caption);
}

} // namespace

TEST_CASE("a changed count leaves its printed total plain; the source's own differences stay red") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  const std::size_t findings = state.results.findings.size();
  CHECK(printed_tone(state, OdtPart::Supervision, 4) == Tone::Plain);
  // The SPUK line whose printed hours the source gets wrong is red before and after.
  auto spuk_printed_hours = [&] { return energy_model(state, "spuk_the").row(4).cells[5].tone; };
  CHECK(spuk_printed_hours() == Tone::Alert);
  REQUIRE(test::type(state, "/odt/toezicht/4/aantal", "+10%"));
  CHECK(printed_tone(state, OdtPart::Supervision, 4) == Tone::Plain);
  CHECK(spuk_printed_hours() == Tone::Alert);
  CHECK(state.results.findings.size() == findings);
  REQUIRE(test::type(state, "/instellingen/odt_uurtarief", "120"));
  CHECK(state.results.findings.size() == findings); // 34 before: every printed cost "differed"
}

TEST_CASE("key figures in a scenario: adopted value and difference in the figure's unit") {
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  for (const KeyFigure& f : key_figures(state)) CHECK(f.adopted.empty());
  REQUIRE(test::type(state, "/instellingen/odt_uurtarief", "120"));
  const std::vector<KeyFigure> all = key_figures(state);
  const KeyFigure& cost = figure(all, "ODT-kosten");
  CHECK(cost.adopted == "€ 2.203.215");
  CHECK(cost.value == "€ 2.382.068");     // 19.850,57 uur × € 120
  CHECK(cost.difference == "+€ 178.854"); // € 2.382.068,28 − € 2.203.214,77
  CHECK(cost.worse);
  CHECK(figure(all, "ODT-uren").difference == "0");
  CHECK(figure(all, "Controles").difference == "0 (wijzigingen zijn geen bevindingen)");
  // More available FTE: the room grows, which is not worse.
  REQUIRE(test::type(state, "/afdelingen/0/beschikbare_fte", "+1"));
  const std::vector<KeyFigure> more = key_figures(state);
  const KeyFigure& room = figure(more, "Capaciteit");
  CHECK(room.difference == "+1,00 fte");
  CHECK_FALSE(room.worse);
}
