#!/usr/bin/env bash
# Bad-input suite for the CLI: every file of tests/data/invalid/ (with the
# message and pointer expected.tsv gives) plus cases made here because they are
# too large to commit: 100.000 levels of nesting and a 100 MB file. Each must be
# refused with exit code 1, its Dutch message and location, and no crash.
# Usage: bad_input.sh PATH/TO/vth-planner
set -uo pipefail
cli="$1"
data="$(cd "$(dirname "$0")/../data" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

expect_refusal() { # file pointer message
  local out rc
  out="$("$cli" check "$1" 2>&1)"
  rc=$?
  local where="$2"
  [ -z "$where" ] && where="(bestand)"
  if [ "$rc" -eq 1 ] && grep -qF -- "$where: " <<<"$out" && grep -qF -- "$3" <<<"$out"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FOUT: $(basename "$1"): exit $rc, verwacht '$where: …$3…', kreeg:"
    sed 's/^/    /' <<<"$out" | head -5
  fi
}

# Split by hand: `read` with IFS=tab would merge the empty pointer column away.
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  file=${line%%$'\t'*}
  rest=${line#*$'\t'}
  pointer=${rest%%$'\t'*}
  message=${rest#*$'\t'}
  expect_refusal "$data/invalid/$file" "$pointer" "$message"
done <"$data/invalid/expected.tsv"

python3 -c "print('[' * 100000 + ']' * 100000)" >"$tmp/nesting-100000.json"
expect_refusal "$tmp/nesting-100000.json" "" "dieper genest dan 64 niveaus"
head -c $((100 * 1024 * 1024)) /dev/zero | tr '\0' ' ' >"$tmp/100mb.json"
expect_refusal "$tmp/100mb.json" "" "groter dan 64 MB"
printf '{"schema": "vth-planner-programma", "versie": 1' >"$tmp/no-end.json"
expect_refusal "$tmp/no-end.json" "" "houdt onverwacht op"

# Accepted, but reported: a UTF-8 BOM is fine; keys not at 100% are a finding.
printf '\xef\xbb\xbf' >"$tmp/bom.json"
cat "$data/minimal.json" >>"$tmp/bom.json"
if "$cli" check "$tmp/bom.json" >/dev/null; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FOUT: UTF-8 BOM geweigerd"; fi
sed 's/"sleutel": 87.98/"sleutel": 80/' "$data/minimal.json" >"$tmp/keys.json"
if "$cli" check "$tmp/keys.json" | grep -qF "tellen op tot 92,0200% in plaats van 100%"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
  echo "FOUT: sleutels niet op 100% niet gemeld"
fi

echo "bad-input: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
