#!/usr/bin/env bash
# Sets up, builds native and wasm, runs every test, and ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")"

scripts/setup.sh || exit 1

passed=0
failed=0
failures=()
# Runs one suite; its own runner prints the details, we count the outcome.
suite() {
  local name=$1
  shift
  echo
  echo "=== $name ==="
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

suite "native bouwen" scripts/build.sh native Release
suite "unit-tests (ctest)" ctest --test-dir build/native --output-on-failure
suite "web bouwen" scripts/build.sh web Release
suite "browser end-to-end (Chromium)" node --test --test-concurrency=1 tests/e2e/

echo
[ "${#failures[@]}" -gt 0 ] && echo "Mislukt: ${failures[*]}"
echo "test.sh: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
