#!/usr/bin/python3
"""Runs the hostile-input corpus (generate.py) through `vth-planner check`,
as a user with a mailed file would, under a memory limit: each file is read
(exit 0) or refused with its Dutch message and pointer (exit 1) within its
time, and nothing the CLI prints can steer a terminal. Also the inputs that
are not files: /dev/zero, a folder, a 2 GB file.

Usage: run_cli.py CLI CORPUS_DIR [--no-memory-limit] [--time-factor F]
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MEMORY_LIMIT = 1024 * 1024 * 1024  # 1 GiB of address space: the browser's wasm memory may grow as far


def visible(text):
    """The CLI's way of showing control and invisible characters (core/utf8_text.hpp)."""
    out = []
    for ch in text:
        cp = ord(ch)
        if (cp < 0x20 and ch not in "\t\n") or 0x7F <= cp <= 0x9F or cp in (0x200E, 0x200F, 0x2060, 0xFEFF,
                                                                               0x2028, 0x2029) \
                or 0x202A <= cp <= 0x202E or 0x2066 <= cp <= 0x2069 or 0x200B <= cp <= 0x200D:
            out.append("\\u{%04X}" % cp)
        else:
            out.append(ch)
    return "".join(out)


class Runner:
    def __init__(self, cli, memory_limit, time_factor):
        self.cli, self.memory_limit, self.time_factor = cli, memory_limit, time_factor
        self.passed, self.failed = 0, 0

    def limit(self):
        if self.memory_limit:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    def run(self, *args):
        started = time.monotonic()
        p = subprocess.run([self.cli, *args], capture_output=True, preexec_fn=self.limit, timeout=120)
        return p, time.monotonic() - started

    def verdict(self, name, problems, seconds):
        if problems:
            self.failed += 1
            print(f"not ok  {name} ({seconds:.2f} s): " + "; ".join(problems))
        else:
            self.passed += 1
            print(f"ok      {name} ({seconds:.2f} s)")

    def check_case(self, path, expect, pointer, message, limit):
        p, seconds = self.run("check", str(path))
        out = p.stdout.decode("utf-8", "replace") + p.stderr.decode("utf-8", "replace")
        problems = []
        if expect == "opent" and (p.returncode != 0 or "is geldig" not in out):
            problems.append(f"verwacht geldig, exit {p.returncode}: {out[:300]!r}")
        if expect == "geweigerd":
            wanted = f"{visible(pointer) or '(bestand)'}: "
            if p.returncode != 1:
                problems.append(f"verwacht exit 1, kreeg {p.returncode}: {out[:300]!r}")
            elif not any(line.strip().startswith(wanted) and message in line for line in out.splitlines()):
                problems.append(f"verwacht '{wanted}…{message}…', kreeg {out[:400]!r}")
        if any(ch in out for ch in "\x1b\u202e\u200b\x00"):
            problems.append("de uitvoer bevat een stuurteken")
        if seconds > limit * self.time_factor:
            problems.append(f"duurde {seconds:.2f} s (hoogstens {limit * self.time_factor:.1f} s)")
        self.verdict(path.name, problems, seconds)

    def check_formulas(self, path):
        p, seconds = self.run("calc", str(path), "--format", "csv")
        out = p.stdout.decode("utf-8", "replace")
        problems = [f"'{f}' niet geneutraliseerd" for f in ("'=HYPERLINK", "'+cmd") if f not in out]
        self.verdict(path.name + " (csv)", problems, seconds)

    def check_not_files(self):
        p, seconds = self.run("check", "/dev/zero")
        err = p.stderr.decode("utf-8", "replace")
        self.verdict("/dev/zero", [] if p.returncode == 1 and "groter dan 64 MB" in err and seconds < 5 * self.time_factor
                     else [f"exit {p.returncode}: {err[:200]!r}"], seconds)
        with tempfile.TemporaryDirectory() as folder:
            p, seconds = self.run("check", folder)
            err = p.stderr.decode("utf-8", "replace")
            self.verdict("map", [] if p.returncode == 2 and "een map" in err else [f"exit {p.returncode}: {err!r}"],
                         seconds)
            sparse = Path(folder) / "twee-gigabyte.json"
            with open(sparse, "wb") as f:
                f.truncate(2 * 1024 * 1024 * 1024)
            p, seconds = self.run("check", str(sparse))
            err = p.stderr.decode("utf-8", "replace")
            self.verdict("2 GB", [] if p.returncode == 1 and "groter dan 64 MB" in err and seconds < 2 * self.time_factor
                         else [f"exit {p.returncode} na {seconds:.1f} s: {err[:200]!r}"], seconds)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("corpus")
    parser.add_argument("--no-memory-limit", action="store_true", help="for sanitizer builds")
    parser.add_argument("--time-factor", type=float, default=1.0, help="for slower (sanitizer) builds")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    runner = Runner(args.cli, not args.no_memory_limit, args.time_factor)
    for row in (corpus / "cases.tsv").read_text(encoding="utf-8").splitlines():
        if not row or row.startswith("#"):
            continue
        name, expect, pointer, message, seconds = row.split("\t")
        runner.check_case(corpus / name, expect, pointer, message, float(seconds))
    runner.check_formulas(corpus / "formula-names.json")
    runner.check_not_files()
    print(f"hostile (CLI): {runner.passed} passed, {runner.failed} failed")
    sys.exit(1 if runner.failed else 0)


if __name__ == "__main__":
    main()
