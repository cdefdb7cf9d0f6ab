#!/usr/bin/python3
"""Checks that the shipped programme files and the test corpus agree with the
published JSON Schema (docs/programme.schema.json): valid files pass it, and
the schema is not stricter than the reader. Run by ctest."""

import json
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
# A few invalid files the schema alone can recognise must fail it too.
for name in ["negative-count.json", "unknown-field.json", "unknown-version.json", "key-over-100.json"]:
    doc = json.loads((root / "tests/data/invalid" / name).read_text(encoding="utf-8"))
    if validator.is_valid(doc):
        print(f"{name}: zou door het schema geweigerd moeten worden")
        failures += 1
print(f"schema: {7 - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
