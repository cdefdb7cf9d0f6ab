#!/usr/bin/python3
"""Checks that the shipped programme files and the test corpus agree with the
published JSON Schema (docs/programme.schema.json): valid files pass it, also
as the writer writes them (with row ids), and the schema is not stricter than
the reader. Run by ctest: validate_against_schema.py [PATH/TO/vth-planner]."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

root = Path(__file__).resolve().parents[2]
schema = json.loads((root / "docs/programme.schema.json").read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failures = 0
for name in ["assets/programmes/enschede-puh-2025.json", "assets/programmes/template.json", "tests/data/minimal.json"]:
    errors = list(validator.iter_errors(json.loads((root / name).read_text(encoding="utf-8"))))
    for e in errors:
        print(f"{name}: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
    failures += bool(errors)
# The same files as the writer writes them ("vth-planner format": row ids, canonical order).
cli = sys.argv[1] if len(sys.argv) > 1 else None
checked = 3
if cli:
    for name in ["assets/programmes/enschede-puh-2025.json", "assets/programmes/template.json", "tests/data/minimal.json"]:
        written = subprocess.run([cli, "format", str(root / name)], capture_output=True, check=True).stdout
        doc = json.loads(written)
        errors = list(validator.iter_errors(doc))
        for e in errors:
            print(f"{name} (geschreven): /{'/'.join(map(str, e.absolute_path))}: {e.message}")
        failures += bool(errors)
        checked += 1
# A few invalid files the schema alone can recognise must fail it too.
for name in ["negative-count.json", "unknown-field.json", "unknown-version.json", "key-over-100.json"]:
    doc = json.loads((root / "tests/data/invalid" / name).read_text(encoding="utf-8"))
    if validator.is_valid(doc):
        print(f"{name}: zou door het schema geweigerd moeten worden")
        failures += 1
print(f"schema: {checked + 4 - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
