#!/usr/bin/python3
"""Reading is linear in the file size, for every shape of file: `vth-planner
check` on source-note lists (a list the reader keeps as a tree; it used to be
quadratic) and work lines (streamed) of growing size, median of 5 runs each.
The figure to read is ms per MB, which should stay flat as the size grows.

Usage: reading_bench.py CLI
"""

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def programme(notes=0, lines=0):
    doc = json.loads((ROOT / "tests/data/minimal.json").read_text(encoding="utf-8"))
    doc["bronopmerkingen"] = [{"pointer": "/werk/0", "tekst": f"Opmerking {i}"} for i in range(notes)]
    doc["werk"] += [{"id": f"w{i}", "afdeling": "v", "omschrijving": f"Regel {i}", "soort": "aantal",
                     "aantal": i % 97, "kental": 1.5} for i in range(lines)]
    return json.dumps(doc, ensure_ascii=False)


def median_ms(cli, path):
    times = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([cli, "check", str(path)], capture_output=True, check=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main():
    cli = sys.argv[1]
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'bestand':<28} {'MB':>6} {'ms':>8} {'ms/MB':>7}")
        for label, kwargs in [("bronopmerkingen 25.000", {"notes": 25_000}),
                              ("bronopmerkingen 50.000", {"notes": 50_000}),
                              ("bronopmerkingen 100.000", {"notes": 100_000}),
                              ("werkregels 25.000", {"lines": 25_000}),
                              ("werkregels 100.000", {"lines": 100_000}),
                              ("werkregels 200.000", {"lines": 200_000})]:
            path = Path(folder) / "p.json"
            path.write_text(programme(**kwargs), encoding="utf-8")
            mb = path.stat().st_size / 1e6
            ms = median_ms(cli, path)
            print(f"{label:<28} {mb:>6.1f} {ms:>8.0f} {ms / mb:>7.0f}")


if __name__ == "__main__":
    main()
