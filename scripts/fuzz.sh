#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan + LeakSanitizer) and runs
# each for SECONDS (default 30) on its seed corpus in tests/fuzz/corpus/.
# Fails on any crash, leak or sanitizer report; the input that did it is kept
# in tests/fuzz/artifacts/. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-30}"
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(programme json number share labels scenario autosave paste new_programme search)

build="$here/build/fuzz"
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVTH_FUZZ=ON >/dev/null
cmake --build "$build" --target $(printf 'fuzz_%s ' "${targets[@]}") -j"$(nproc)"

mkdir -p "$here/tests/fuzz/artifacts"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
for t in "${targets[@]}"; do
  echo "== fuzz_$t: ${seconds} s =="
  work="$(mktemp -d)" # new inputs go to a scratch corpus; the committed seeds stay as they are
  log="$work.log"
  # The fuzzer's own exit code decides (a filter that finds nothing to show must not hide a failure).
  status=0
  "$build/tests/fuzz/fuzz_$t" "$work" "$here/tests/fuzz/corpus/$t" -max_total_time="$seconds" -max_len=65536 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$here/tests/fuzz/artifacts/$t-" \
    >"$log" 2>&1 || status=$?
  grep -E "^#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|ERROR|SUMMARY|crash-|leak-|timeout-" "$log" || true
  # Proof that it ran: libFuzzer prints the number of inputs it tried.
  if [ "$status" -eq 0 ] && ! grep -q "stat::number_of_executed_units" "$log"; then
    tail -5 "$log"
    status=1
  fi
  rm -rf "$work" "$log"
  if [ "$status" -ne 0 ]; then
    echo "fuzz_$t: FOUT (exit $status); zie tests/fuzz/artifacts/" >&2
    exit 1
  fi
done
echo "fuzz: alle doelen zonder fouten"
