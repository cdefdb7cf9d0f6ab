#!/usr/bin/env bash
# Prints every performance figure next to its budget (../shared/PRODUCT.md).
# Figures only: it judges nothing and exits 0 unless something fails to run.
# How each is measured: docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh >/dev/null
scripts/build.sh native Release >/dev/null
scripts/build.sh web Release >/dev/null 2>&1

echo "== machine =="
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') ($(nproc) cores)"
echo "node: $(node --version), chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
echo
echo "== full recalculation, native (budget: none; for comparison) =="
build/native/tests/bench/vth_bench_recalc
echo
echo "== full recalculation, wasm under Node.js (budget: 100.000 lines ≤ 5 ms; default programme well under 0,1 ms) =="
(cd build/web/tests/bench && node --no-experimental-fetch vth_bench_recalc.js)
echo
echo "== structural edits and a 10.000-row paste in the 100.000-line programme (materialise + analyse + recalculate;"
echo "   budgets: visible in the next frame; paste of 10.000 rows < 1 s), native then wasm under Node.js =="
build/native/tests/bench/vth_bench_structure
(cd build/web/tests/bench && node --no-experimental-fetch vth_bench_structure.js)
echo
echo "== opening the 100.000-line programme, step by step (issue #16: the whole opening ≤ 0,8 s in the browser),"
echo "   native then wasm under Node.js =="
build/native/tests/bench/vth_bench_open
(cd build/web/tests/bench && node --no-experimental-fetch vth_bench_open.js)
echo
echo "== browser: headless Chromium + SwiftShader (budgets: transfer ≤ 450 KB gzip, cold start ≤ 1.000 ms,"
echo "   idle 0 frames, 100.000 lines ≤ 128 MB wasm memory, share link ≤ 2.000 characters) =="
node tests/bench/browser_bench.mjs
echo
echo "== opening the 100.000-line programme: memory first written (page faults) and the renderer's CPU, user and"
echo "   kernel (tests/bench/open_faults.mjs; Linux) =="
node tests/bench/open_faults.mjs
echo
echo "== against Dear ImGui's stock SDL2 example (issue #16: transfer and first frame no worse; 5 cold loads each,"
echo "   taken in turn; tests/bench/stock/build.sh builds it once from the same sources with the same emcc) =="
node tests/bench/versus_stock.mjs "$(tests/bench/stock/build.sh)" 5
echo
echo "== where a cold start's time goes: per step, the main thread, wasm compiled at first call, the GPU process"
echo "   swapping frames (tests/bench/startup_profile.mjs; names by origin with a --profiling-funcs build) =="
node tests/bench/startup_profile.mjs
echo
echo "== reading: linear in the file size (ms per MB stays flat; vth-planner check, median of 5) =="
/usr/bin/python3 tests/bench/reading_bench.py build/native/src/cli/vth-planner
