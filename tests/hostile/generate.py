#!/usr/bin/python3
"""Writes the hostile-input corpus: files as they arrive by mail, crafted to
freeze, exhaust or confuse a reader (docs/programme-format.md, "Vijandige
bestanden"). The large ones are made here rather than committed, so the
repository stays small. Each case is a file plus a line in cases.tsv:

    file  expect  pointer  message  seconds

expect is "opent" (a valid programme or scenario, read completely) or
"geweigerd" (refused with `message` at `pointer`); seconds is the time within
which the CLI and the browser must have read or refused it.

Usage: generate.py OUTDIR
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = (ROOT / "tests/data/minimal.json").read_text(encoding="utf-8")
MB = 1024 * 1024


def base():
    return json.loads(MINIMAL)


def dumps(doc):
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def replace_once(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)


class Corpus:
    def __init__(self, out):
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.rows = []

    def add(self, name, data, expect, pointer="", message="", seconds=2):
        if expect == "opent":  # its own title: the browser test sees each one open
            data = replace_once(data, "Klein testprogramma", f"Vijandig {name}")
        path = self.out / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        self.rows.append("\t".join([name, expect, pointer, message, str(seconds)]))

    def write_index(self):
        header = "# file\texpect\tpointer\tmessage\tseconds (made by tests/hostile/generate.py)"
        (self.out / "cases.tsv").write_text("\n".join([header] + self.rows) + "\n", encoding="utf-8")


def source_notes(n, text="x"):
    doc = base()
    doc["bronopmerkingen"] = [{"pointer": f"/werk/{i % 4}", "tekst": f"{text} {i}"} for i in range(n)]
    return dumps(doc)


def until_size(make_item, size):
    """Items from make_item(i) until their JSON reaches `size` bytes."""
    items, total, i = [], 0, 0
    while total < size:
        item = make_item(i)
        items.append(item)
        total += len(dumps(item)) + 1
        i += 1
    return items


def list_shapes(c):
    """Every list of the format at 3 MB (read) and at 10 MB (read when it is a
    long table, refused otherwise: a tree of more than 500.000 values), and
    shapes the format does not have. Each is read or refused within 2 s."""
    werk = lambda i: {"id": f"w{i}", "afdeling": "v", "omschrijving": f"Regel {i}", "soort": "aantal",
                      "aantal": i % 97, "kental": 1.5}
    odt = lambda i: {"code": f"A2.{i:06d}", "product": f"Product {i}", "aantal": i % 13, "kental": 2.25}
    note = lambda i: {"pointer": "/werk/0", "tekst": f"Opmerking {i}"}
    partner = lambda i: {"id": f"p{i}", "naam": f"Partner {i}", "sleutel": 0.0001}
    goal = lambda i: {"id": f"d{i}", "soort": "regulier", "titel": f"Doel {i}", "hoofddoel": "Veilig",
                      "indicatoren": ["a", "b"], "activiteiten": [{"activiteit": "x", "afdelingen": ["v"]}]}
    item = lambda i: {"nummer": f"1.{i}", "naam": f"Item {i}", "diepgang": ["1", "2", "S", "1"], "thema": "Overig"}
    energy = lambda i: {"product": f"Regel {i}", "uren": 1}

    def put(doc, where, items):
        if where == "werk":
            doc["werk"] = items
        elif where == "odt":
            doc["odt"]["toezicht"] = items
        elif where == "notes":
            doc["bronopmerkingen"] = items
        elif where == "partners":
            doc["regionaal"]["partners"] = items
            doc["regionaal"]["eigen_partner"] = "p0"
        elif where == "goals":
            doc["doelen"]["lijst"] = items
        elif where == "protocol":
            doc["toezichtprotocol"]["onderdelen"][0]["items"] = items
        elif where == "energy":
            doc["energie"]["regels"] = items
        return doc

    for where, make, streamed in [("werk", werk, True), ("odt", odt, True), ("notes", note, False),
                                  ("partners", partner, False), ("goals", goal, False),
                                  ("protocol", item, False), ("energy", energy, False)]:
        c.add(f"shape-{where}-3mb.json", dumps(put(base(), where, until_size(make, 3 * MB))), "opent")
        big = dumps(put(base(), where, until_size(make, 10 * MB)))
        if streamed:
            c.add(f"shape-{where}-10mb.json", big, "opent")
        else:
            c.add(f"shape-{where}-10mb.json", big, "geweigerd", "", "meer dan 500.000 waarden")
    size = 10 * MB
    doc = base()
    doc["toezichtprotocol"]["legenda"] = {f"k{i}": "v" for i in range(size // 12)}
    c.add("shape-keys-10mb.json", dumps(doc), "geweigerd", "", "meer dan 500.000 waarden")
    c.add("shape-numbers-10mb.json", replace_once(MINIMAL, '"versie": 1,', '"versie": 1, "x": [' +
          ",".join(["7"] * (size // 2)) + "],"), "geweigerd", "", "meer dan 500.000 waarden")
    c.add("shape-strings-10mb.json", replace_once(MINIMAL, '"versie": 1,', '"versie": 1, "x": [' +
          ",".join(['"' + "y" * 60000 + '"'] * (size // 60003)) + "],"), "geweigerd", "/x", "onbekend veld")
    c.add("shape-whitespace-10mb.json", MINIMAL + " " * size, "opent")
    c.add("shape-nesting-10mb.json", "[" * 64 + "0," * (size // 2) + "0" + "]" * 64, "geweigerd", "",
          "meer dan 500.000 waarden")
    c.add("number-65-digits.json", replace_once(MINIMAL, '"aantal": 300', '"aantal": ' + "1" * 65),
          "geweigerd", "", "meer dan 64 tekens")


def main():
    c = Corpus(sys.argv[1])
    # Quadratic parsing made 50.000 source notes take 0,45 s and 100.000 take 1,85 s (CLI).
    c.add("notes-50000.json", source_notes(50_000), "opent")
    c.add("notes-100000.json", source_notes(100_000), "opent")
    list_shapes(c)
    # Files well under 64 MB that exhausted the wasm memory.
    c.add("zeros-12mb.json", replace_once(MINIMAL, '"versie": 1,', '"versie": 1, "nullen": [' +
          ",".join(["0"] * (6 * MB)) + "],"), "geweigerd", "", "meer dan 500.000 waarden")
    c.add("title-60mb.json", replace_once(MINIMAL, '"Klein testprogramma"', '"' + "T" * (60 * MB) + '"'),
          "geweigerd", "", "meer dan 65.536 bytes", 4)
    c.add("file-64mb-plus-1.json", MINIMAL + " " * (64 * MB + 1 - len(MINIMAL.encode("utf-8"))),
          "geweigerd", "", "groter dan 64 MB", 4)
    doc = base()
    line = {"id": "", "afdeling": "v", "omschrijving": "", "soort": "uren", "uren": 1}
    doc["werk"] = [dict(line, id=f"w{i}") for i in range(250_001)]
    c.add("werk-250001-regels.json", dumps(doc), "geweigerd", "/werk", "meer dan 250.000 regels", 6)
    # Nesting: in a programme and inside a scenario file (it overflowed the stack there).
    c.add("nesting-5000.json", "[" * 5000 + "]" * 5000, "geweigerd", "", "dieper genest dan 64")
    c.add("scenario-nesting-5000.json", '{"schema": "vth-planner-scenario", "versie": 1, "naam": "x", '
          '"programma_kenmerk": "0", "wijzigingen": [], "programma": ' + "[" * 5000 + "]" * 5000 + "}",
          "geweigerd", "", "dieper genest dan 64")
    # Bytes after the document, NUL, encodings.
    c.add("trailing-nul.json", MINIMAL.encode("utf-8") + b"\x00garbage", "geweigerd", "", "NUL-teken")
    c.add("trailing-document.json", MINIMAL + "\n{}", "geweigerd", "", "na het einde van het JSON-document")
    c.add("utf32-le.json", "\ufeff".encode("utf-32-le") + MINIMAL.encode("utf-32-le"), "geweigerd", "",
          "UTF-32")
    c.add("utf32-be.json", "\ufeff".encode("utf-32-be") + MINIMAL.encode("utf-32-be"), "geweigerd", "",
          "UTF-32")
    # Silent acceptance.
    c.add("count-1000.0004.json", replace_once(MINIMAL, '"aantal": 300', '"aantal": 1000.0004'),
          "geweigerd", "/werk/0/aantal", "meer dan 3 decimalen")
    c.add("duplicate-key.json", replace_once(MINIMAL, '"aantal": 300', '"aantal": 300, "aantal": 3000'),
          "geweigerd", "/werk/0/aantal", "meer dan eens")
    # Texts that cut off exports, steer terminals, reverse text or disguise names.
    for name, text, code in [("nul-in-name", "Ver\\u0000gunnen", "U+0000"),
                             ("escape-in-name", "\\u001b[2K\\u001b[1Ageldig", "U+001B"),
                             ("rtl-override-in-name", "Ver\\u202egunnen", "U+202E"),
                             ("zero-width-in-name", "Ver\\u200bgunnen", "U+200B")]:
        c.add(name + ".json", replace_once(MINIMAL, '"naam": "Vergunnen"', f'"naam": "{text}"'), "geweigerd",
              "/afdelingen/0/naam", code)
    c.add("escape-in-key.json", replace_once(MINIMAL, '"versie": 1,', '"versie": 1, "\\u001b[2Kgeldig": 1,'),
          "geweigerd", "/\x1b[2Kgeldig", "onbekend veld")
    # Opens, and its exports neutralise the formulas (checked by the runners).
    c.add("formula-names.json", replace_once(replace_once(MINIMAL, '"naam": "Vergunnen"',
                                                          '"naam": "=HYPERLINK(\\"http://x\\";\\"klik\\")"'),
                                             '"naam": "Handhaven"', '"naam": "+cmd|\' /C calc\'!A0"'), "opent")
    c.write_index()


if __name__ == "__main__":
    main()
