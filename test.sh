#!/usr/bin/env bash
# Sets up, builds native and wasm, runs every test, and ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")"

scripts/setup.sh || exit 1

passed=0
failed=0
failures=()
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Runs one step. Test steps add their runner's own counts (ctest, node:test);
# a build step counts as one test; a step that fails without counts as one failure.
step() {
  local name=$1
  shift
  echo
  echo "=== $name ==="
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local p f
  p=$(sed -nE 's/^.*tests passed, ([0-9]+) tests failed out of ([0-9]+)$/\2-\1/p' "$log" | tail -1)
  if [ -n "$p" ]; then # ctest: "N% tests passed, F tests failed out of T"
    f=$(sed -nE 's/^.*tests passed, ([0-9]+) tests failed out of ([0-9]+)$/\1/p' "$log" | tail -1)
    p=$((p))
  else # node:test: "# pass N" / "# fail N"
    p=$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$log" | tail -1)
    f=$(sed -nE 's/^# fail ([0-9]+)$/\1/p' "$log" | tail -1)
  fi
  if [ -z "$p" ]; then
    p=$([ "$rc" -eq 0 ] && echo 1 || echo 0)
    f=$([ "$rc" -eq 0 ] && echo 0 || echo 1)
  fi
  [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ] && f=1
  passed=$((passed + p))
  failed=$((failed + f))
  [ "$rc" -ne 0 ] && failures+=("$name")
  return 0
}

step "native bouwen" scripts/build.sh native Release
step "unit-tests, schema en CLI (ctest)" ctest --test-dir build/native --output-on-failure
step "sanitizers bouwen (ASan + UBSan)" scripts/build.sh sanitize
step "unit-tests en CLI onder ASan + UBSan (ctest)" env ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ctest --test-dir build/sanitize --output-on-failure -E schema
step "fuzzen (libFuzzer, ${VTH_FUZZ_SECONDS:-30} s per doel)" scripts/fuzz.sh "${VTH_FUZZ_SECONDS:-30}"
step "web bouwen" scripts/build.sh web Release
step "browser end-to-end (Chromium)" node --test --test-concurrency=1 tests/e2e/

echo
[ "${#failures[@]}" -gt 0 ] && echo "Mislukt: ${failures[*]}"
echo "test.sh: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "${#failures[@]}" -eq 0 ]
