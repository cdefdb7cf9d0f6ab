#!/usr/bin/python3
"""Writes the wasm's own names of two exports into DIST/loader.js.

web/loader.js has a worker call two functions of the wasm by their export names
(the start-up rehearsal, src/platform/web_warm_up.cpp): the C++ constructors and
vth_warm_up. In a release build Emscripten shortens every export name to a letter
or two and writes the pairs only into index.js ("_vth_warm_up" -> "kc"); this reads
them there and puts them in the loader's `warmUpExports`. Stops the build when
either is missing: a loader with stale names would warm nothing, silently.

Usage: warm_up_names.py DIST. Python's standard library only.
"""
import pathlib
import re
import sys

# The loader's placeholder (web/loader.js) and the JavaScript names of the two exports.
PLACEHOLDER = "const warmUpExports = { constructors: '__wasm_call_ctors', warmUp: 'vth_warm_up' };"
EXPORTS = {"constructors": "___wasm_call_ctors", "warmUp": "_vth_warm_up"}


def export_name(glue, js_name):
    # Emscripten's output: Module["_f"]=Module["asm"]["kc"]; after Terser: Module._f=Module.asm.kc
    pattern = re.escape(js_name) + r'"?\]?=Module(?:\.asm|\["asm"\])(?:\.|\[")([\w$]+)'
    found = set(re.findall(pattern, glue))
    if len(found) != 1:
        sys.exit(f"warm_up_names.py: de exportnaam van {js_name} staat {len(found)} keer in index.js (verwacht: 1)")
    return found.pop()


def main(dist):
    glue = (dist / "index.js").read_text(encoding="utf-8")
    loader_path = dist / "loader.js"
    loader = loader_path.read_text(encoding="utf-8")
    if loader.count(PLACEHOLDER) != 1:
        sys.exit("warm_up_names.py: loader.js heeft geen (of meer dan één) warmUpExports om in te vullen")
    names = {key: export_name(glue, js_name) for key, js_name in EXPORTS.items()}
    filled = "const warmUpExports = { constructors: '%s', warmUp: '%s' };" % (names["constructors"], names["warmUp"])
    loader_path.write_text(loader.replace(PLACEHOLDER, filled), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("gebruik: warm_up_names.py DIST")
    main(pathlib.Path(sys.argv[1]))
