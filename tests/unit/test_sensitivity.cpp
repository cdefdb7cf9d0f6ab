#include "test_files.hpp"

#include "core/engine/engine.hpp"
#include "core/io/programme_io.hpp"
#include "core/io/synthetic.hpp"
#include "core/scenario/sensitivity.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace vth;

TEST_CASE("sensitivity: the ODT tariff moves the cost most, by exactly 10%; inputs are put back") {
  const Programme p =
      read_programme(test::read_repo_file("assets/programmes/enschede-puh-2025.json")).value();
  const Results base = calculate(p);
  const SensitivityResult r = sensitivity(p);
  REQUIRE(r.by_cost.size() == 10);
  REQUIRE(r.by_gap.size() == 10);
  CHECK(field_label(p, r.by_cost[0].field) == "ODT-uurtarief");
  // +10% of € 110,99 is € 11,10 (rounded to the cent): the same as recalculating at € 122,09.
  Programme higher = p;
  higher.settings.odt_hourly_rate = 12'209;
  CHECK(r.by_cost[0].cost_high == calculate(higher).odt.total_cost - base.odt.total_cost);
  // ...which is about 10% of the total cost (the regional shares are costed from unrounded hours).
  CHECK(std::llabs(r.by_cost[0].cost_high * 10 - base.odt.total_cost) < base.odt.total_cost / 1000);
  CHECK(r.by_cost[0].cost_low == -r.by_cost[0].cost_high);
  CHECK(field_label(p, r.by_gap[0].field) == "Productieve uren per fte");
  for (std::size_t i = 1; i < r.by_cost.size(); ++i)
    CHECK(std::max(std::llabs(r.by_cost[i - 1].cost_low), std::llabs(r.by_cost[i - 1].cost_high)) >=
          std::max(std::llabs(r.by_cost[i].cost_low), std::llabs(r.by_cost[i].cost_high)));
  for (const auto& s : r.by_cost) CHECK(s.field.table != TableId::Partners);
  CHECK(calculate(p).odt.total_cost == base.odt.total_cost);
}

TEST_CASE("sensitivity on a large programme tries a bounded set of inputs") {
  const Programme p = make_synthetic_programme(20'000, 15);
  const SensitivityResult r = sensitivity(p);
  CHECK(r.inputs_tried < 1000);
  CHECK(r.by_cost.size() == 10);
}

TEST_CASE("sensitivity run a few inputs at a time: the same result as at once, with its progress") {
  const Programme p = make_synthetic_programme(3'000, 15);
  const Results original = calculate(p);
  const SensitivityResult whole = sensitivity(p);
  SensitivityRun run(p, analyse(p));
  REQUIRE(run.total() > 20);
  std::size_t steps = 0, before = 0;
  while (!run.step(7)) {
    ++steps;
    CHECK(run.tried() == before + 7); // progress as promised, never past the total
    before = run.tried();
    CHECK(run.tried() < run.total());
  }
  CHECK(run.tried() == run.total());
  CHECK(steps == (run.total() - 1) / 7);
  const SensitivityResult stepped = run.result();
  CHECK(stepped.inputs_tried == whole.inputs_tried);
  auto same = [](const std::vector<Sensitivity>& a, const std::vector<Sensitivity>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].field == b[i].field);
      CHECK(a[i].label == b[i].label);
      CHECK(a[i].cost_low == b[i].cost_low);
      CHECK(a[i].cost_high == b[i].cost_high);
      CHECK(a[i].gap_low == b[i].gap_low);
      CHECK(a[i].gap_high == b[i].gap_high);
      CHECK(a[i].same_effect.size() == b[i].same_effect.size());
    }
  };
  same(stepped.by_cost, whole.by_cost);
  same(stepped.by_gap, whole.by_gap);
  // The programme given is never touched (every try is on the run's own copy).
  CHECK(calculate(p).odt.total_cost == original.odt.total_cost);
  CHECK(calculate(p).capacity.total.fte_gap == original.capacity.total.fte_gap);
}
