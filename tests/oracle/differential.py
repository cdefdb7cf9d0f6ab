#!/usr/bin/python3
"""Differential test: the oracle (oracle.py) against `vth-planner calc FILE --format json`.

    differential.py --cli build/native/src/cli/vth-planner --count 2000 [--seed S] [--jobs J]
                    [--keep-failures DIR]

For each seed S, S+1, ... it generates a programme (generate.py), runs the CLI on it and compares
every figure and the ordered findings exactly (all fields but `melding`). The last line is
"oracle: N programmes, F figures compared, M mismatches"; the exit code is 1 when M > 0.
A programme the CLI refuses (or crashes on) counts as one mismatch.
"""

import argparse
import collections
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys
import tempfile
from decimal import Decimal
from fractions import Fraction

import generate
import oracle

FINDING_FIELDS = ("soort", "pointer", "sectie", "regel", "eenheid", "berekend", "gedrukt", "verklarend")
SHOWN_PER_PROGRAMME = 5
MISSING = "<ontbreekt>"


# ---------------------------------------------------------------- comparing one result

class Comparison:
    """Walks the oracle's results and looks every figure up in the engine's results."""

    def __init__(self):
        self.figures = 0
        self.mismatches = []  # (path, category, oracle value, engine value)

    def differ(self, path, category, expected, actual):
        self.mismatches.append((path, category, expected, actual))

    def leaf(self, path, expected, actual):
        self.figures += 1
        if not same_value(expected, actual):
            self.differ(path, category_of(path), expected, actual)

    def node(self, path, expected, actual):
        if isinstance(expected, dict):
            for key, value in expected.items():
                sub = f"{path}/{key}"
                if not isinstance(actual, dict) or key not in actual:
                    count = count_leaves(value)
                    self.figures += count
                    self.differ(sub, category_of(sub) + " (ontbreekt)", f"{count} getal(len)", MISSING)
                else:
                    self.node(sub, value, actual[key])
        elif isinstance(expected, list):
            if not isinstance(actual, list):
                self.leaf(path, expected, actual)
                return
            if len(expected) != len(actual):
                self.leaf(path + "/length", len(expected), len(actual))
            for i, (e, a) in enumerate(zip(expected, actual)):
                self.node(f"{path}/{element_name(path, e, i)}", e, a)
        else:
            self.leaf(path, expected, actual)

    def findings(self, expected, actual):
        """Aligns both ordered lists on (soort, pointer): missing, extra and misplaced findings are
        reported as such; aligned pairs are compared field by field."""
        if not isinstance(actual, list):
            self.differ("/bevindingen", "bevindingen (ontbreekt)", len(expected), MISSING)
            return
        keys_e = [finding_key(f) for f in expected]
        keys_a = [finding_key(f) if isinstance(f, dict) else ("?", "?") for f in actual]
        matcher = difflib.SequenceMatcher(None, keys_e, keys_a, autojunk=False)
        lacking, extra = [], []
        for tag, e0, e1, a0, a1 in matcher.get_opcodes():
            if tag == "equal":
                for i, j in zip(range(e0, e1), range(a0, a1)):
                    self.finding(i, expected[i], actual[j])
            else:
                lacking += [(i, keys_e[i]) for i in range(e0, e1)]
                extra += [(j, keys_a[j]) for j in range(a0, a1)]
        misplaced = {k for _, k in lacking} & {k for _, k in extra}
        for i, key in lacking:
            self.figures += 1
            what = "op een andere plaats" if key in misplaced else "ontbreekt in de engine"
            self.differ(f"/bevindingen/{i}", f"bevinding {key[0]} {generic(key[1])}: {what}", key, MISSING)
        for j, key in extra:
            if key not in misplaced:
                self.figures += 1
                self.differ(f"/bevindingen/{j}", f"bevinding {key[0]} {generic(key[1])}: alleen in de engine",
                            MISSING, key)

    def finding(self, index, expected, actual):
        for field in FINDING_FIELDS:
            if field not in expected:
                continue
            self.figures += 1
            if field not in actual or not same_value(expected[field], actual[field]):
                category = f"bevinding {expected['soort']} {generic(expected['pointer'])}: {field}"
                self.differ(f"/bevindingen/{index}/{field}", category, expected[field], actual.get(field, MISSING))


def finding_key(f):
    return f.get("soort"), f.get("pointer")


def same_value(expected, actual):
    """Exact equality; cents and counts must be JSON integers, booleans booleans."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, Fraction):
        return isinstance(actual, (int, Decimal)) and Fraction(actual) == expected
    if isinstance(expected, int):
        return type(actual) is int and actual == expected
    if isinstance(expected, list):
        return isinstance(actual, list) and len(expected) == len(actual) and all(
            same_value(e, a) for e, a in zip(expected, actual))
    return expected == actual


def count_leaves(node):
    if isinstance(node, dict):
        return sum(count_leaves(v) for v in node.values())
    if isinstance(node, list):
        return sum(count_leaves(v) for v in node) or 1
    return 1


def element_name(path, element, index):
    """List elements are named by index, except the fixed ODT parts, which are named by id."""
    if path.endswith("/onderdelen") and isinstance(element, dict):
        return element["id"]
    return str(index)


def generic(path):
    return re.sub(r"/\d+(?=/|$)", "/*", path)


def category_of(path):
    return generic(path)


def has_overflow(findings):
    return isinstance(findings, list) and any(isinstance(f, dict) and f.get("soort") == "overloop" for f in findings)


def compare(expected, actual):
    comparison = Comparison()
    if not isinstance(actual, dict):
        actual = {}
    engine_overflow = has_overflow(actual.get("bevindingen"))
    oracle_overflow = has_overflow(expected["bevindingen"])
    if engine_overflow or oracle_overflow:
        # The other figures are unreliable once a result leaves 64 bits; only the verdict counts.
        comparison.leaf("/bevindingen/overloop", oracle_overflow, engine_overflow)
        return comparison
    comparison.node("", {k: v for k, v in expected.items() if k != "bevindingen"}, actual)
    comparison.findings(expected["bevindingen"], actual.get("bevindingen"))
    return comparison


# ---------------------------------------------------------------- one seed

def run_cli(cli, text, seed):
    """Runs `calc --format json` on the programme text. Returns (results, None) or (None, why not)."""
    with tempfile.TemporaryDirectory(prefix="vth-oracle-") as tmp:
        path = os.path.join(tmp, f"seed-{seed}.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        try:
            proc = subprocess.run([cli, "calc", path, "--format", "json"], capture_output=True, timeout=300)
        except subprocess.TimeoutExpired:
            return None, "niet binnen 300 s berekend"
    if proc.returncode != 0:
        what = "geweigerd" if proc.returncode == 1 else f"afgebroken (exit {proc.returncode})"
        message = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()
        return None, f"{what}: {message[:2000]}"
    try:
        return oracle.load(proc.stdout.decode("utf-8")), None
    except ValueError as e:
        return None, f"geen geldige JSON-uitvoer: {e}"


def run_seed(cli, seed, keep):
    """Generates, runs and compares one programme. Returns a plain, picklable summary."""
    text = generate.generate(seed)
    actual, refused = run_cli(cli, text, seed)
    result = {"seed": seed, "figures": 0, "mismatches": [], "refused": refused}
    if actual is not None:
        comparison = compare(oracle.calculate(oracle.load(text)), actual)
        result["figures"] = comparison.figures
        result["mismatches"] = [(p, c, show(e), show(a)) for p, c, e, a in comparison.mismatches]
    if keep and (refused or result["mismatches"]):
        os.makedirs(keep, exist_ok=True)
        with open(os.path.join(keep, f"seed-{seed}.json"), "w", encoding="utf-8") as f:
            f.write(text)
    return result


def show(value):
    if isinstance(value, Fraction):
        return str(Decimal(value.numerator) / Decimal(value.denominator))
    if isinstance(value, list):
        return "[" + ", ".join(show(v) for v in value) + "]"
    return str(value)


# ---------------------------------------------------------------- the run

def report_seed(result):
    seed = result["seed"]
    if result["refused"]:
        print(f"seed {seed}: de CLI heeft het programma {result['refused']}")
        return
    print(f"seed {seed}: {len(result['mismatches'])} verschil(len)")
    for path, _, expected, actual in result["mismatches"][:SHOWN_PER_PROGRAMME]:
        print(f"  {path}: oracle {expected}, engine {actual}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True, help="path to vth-planner")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep-failures", metavar="DIR", help="save failing programmes here")
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)

    figures = mismatches = 0
    categories = collections.OrderedDict()  # category -> [mismatch count, programmes, first seed]
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        seeds = range(args.seed, args.seed + args.count)
        for result in pool.map(run_seed, [cli] * len(seeds), seeds, [args.keep_failures] * len(seeds),
                                chunksize=4):
            figures += result["figures"]
            failures = result["mismatches"] or ([("", "programma geweigerd", "", "")] if result["refused"] else [])
            if not failures:
                continue
            report_seed(result)
            mismatches += len(failures)
            for category in dict.fromkeys(c for _, c, _, _ in failures):
                entry = categories.setdefault(category, [0, 0, result["seed"]])
                entry[1] += 1
            for _, category, _, _ in failures:
                categories[category][0] += 1

    if categories:
        print("\nverschillen per soort (aantal, programma's, eerste seed):")
        for category, (count, programmes, first) in sorted(categories.items(), key=lambda kv: -kv[1][1]):
            print(f"  {count:7} {programmes:6}  seed {first:<6} {category}")
    print(f"oracle: {args.count} programmes, {figures} figures compared, {mismatches} mismatches")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
