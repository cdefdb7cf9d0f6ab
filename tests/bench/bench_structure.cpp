// Structural edits on the 100.000-line programme, as the interface does them:
// the scenario's changes applied over the adopted programme (materialise, which
// shares every untouched chunk of rows), analysed again (the structure changed)
// and recalculated (run_scenario). And a paste of 10.000 rows from Excel:
// planned (every cell read, every row tried) and then run the same way.
// Built natively and as wasm (run under Node.js) by ./bench.sh. Prints one line
// per operation: "<operation> median_ms=<x> min_ms=<y> runs=<n>".

#include "core/io/synthetic.hpp"
#include "core/io/table_import.hpp"
#include "core/scenario/scenario_results.hpp"

#include "bench_timer.hpp"

#include <cstdio>
#include <string>
#include <vector>

using bench::measure;

int main() {
  using namespace vth;
  const Programme adopted = make_synthetic_programme(100000, 15);
  const AnalysisPtr analysis = analyse(adopted);
  const Results results = calculate(adopted, analysis);
  const std::size_t n = adopted.work.size();
  const RowId middle = adopted.work[n / 2].row_id;
  std::printf("programme: %zu work lines\n", n);

  const auto run = [&](const ChangeList& changes) -> std::int64_t {
    const auto r = run_scenario(adopted, analysis, results, changes);
    return r ? r->results.odt.total_hours + static_cast<std::int64_t>(r->programme.work.size()) : -1;
  };
  const RowId fresh = fresh_row_id(adopted, adopted, {}, TableId::Work);
  measure("insert_row_100k", 11, [&] { return run({add_rows(TableId::Work, fresh, 1, middle)}); });
  measure("delete_row_100k", 11, [&] { return run({delete_row({TableId::Work, middle})}); });
  measure("move_row_100k", 11, [&] {
    return run({move_row({TableId::Work, middle}, adopted.work[10].row_id)});
  });

  std::string block = "id\tafdeling\tomschrijving\tsoort\turen\r\n";
  for (int i = 0; i < 10000; ++i)
    block += "geplakt-" + std::to_string(i) + "\t" + adopted.departments[0].id + "\tGeplakte regel " +
             std::to_string(i) + "\turen\t" + std::to_string(i % 100 + 1) + "\r\n";
  ImportPlan plan;
  measure("paste_plan_10k_rows", 5, [&] {
    plan = plan_import(adopted, adopted, {}, TableId::Work, block);
    return static_cast<std::int64_t>(plan.new_rows + plan.refused.size());
  });
  if (plan.new_rows != 10000 || !plan.refused.empty()) {
    std::printf("paste: %zu new, %zu refused (expected 10000, 0)\n", plan.new_rows, plan.refused.size());
    return 1;
  }
  measure("paste_apply_10k_rows", 5, [&] { return run(plan.changes); });
  return 0;
}
