#pragma once
// Timing for the core benchmarks (bench_structure, bench_open): runs `fn` `runs`
// times and prints "<label> median_ms=<x> min_ms=<y> runs=<n>". `fn` returns a
// number that is kept, so the compiler cannot drop the work.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace bench {

inline volatile std::int64_t g_sink = 0;

template <class Fn> void measure(const char* label, int runs, Fn fn) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    g_sink = g_sink + fn();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%s median_ms=%.2f min_ms=%.2f runs=%d\n", label, ms[ms.size() / 2], ms[0], runs);
}

} // namespace bench
