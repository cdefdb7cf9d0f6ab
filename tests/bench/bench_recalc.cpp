// Full recalculation time for synthetic programmes of 1.000, 10.000 and
// 100.000 lines with 15 partners, and for the Enschede programme (compiled in).
// Built natively and as wasm (run under Node.js) by ./bench.sh. Prints one
// line per size: "recalc <lines> median_ms=<x> min_ms=<y> runs=<n>".

#include "core/engine/engine.hpp"
#include "core/io/programme_io.hpp"
#include "core/io/synthetic.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string_view>
#include <vector>

extern const unsigned char vth_bench_programme[];
extern const std::size_t vth_bench_programme_size;

namespace {

// Keeps the optimiser from discarding the results.
volatile std::int64_t g_sink = 0;

// What runs after an edit: the structural analysis is made once per opened
// programme (edits change numbers, not structure) and reused.
void measure(const char* label, std::size_t lines, const vth::Programme& p, int runs) {
  const auto analysis = vth::analyse(p);
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const vth::Results r = vth::calculate(p, analysis);
    const auto end = std::chrono::steady_clock::now();
    g_sink = g_sink + r.odt.total_hours + static_cast<std::int64_t>(r.findings.size());
    ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("recalc %s lines=%zu median_ms=%.4f min_ms=%.4f runs=%d\n", label, lines, ms[ms.size() / 2],
              ms[0], runs);
}

} // namespace

int main() {
  for (std::size_t lines : {std::size_t{1000}, std::size_t{10000}, std::size_t{100000}}) {
    const vth::Programme p = vth::make_synthetic_programme(lines, 15);
    measure("synthetic", lines, p, lines >= 100000 ? 21 : 101);
  }
  // The default programme, compiled in (the wasm build runs without a file system).
  const auto read = vth::read_programme(
      std::string_view(reinterpret_cast<const char*>(vth_bench_programme), vth_bench_programme_size));
  if (!read) return 1;
  measure("enschede", read->work.size(), *read, 1001);
  return 0;
}
