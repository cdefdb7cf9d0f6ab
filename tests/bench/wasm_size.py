#!/usr/bin/python3
"""Where the bytes of a wasm module go: its sections, and its functions grouped
by where they come from (ImGui, SDL, the C++ library, nlohmann/json, the core's
libraries, the interface). Needs a module linked with --profiling-funcs (function
names kept); bench.sh builds one beside the site. Python standard library and
Debian's c++filt only.

Usage: wasm_size.py MODULE.wasm [--top N] [--group ORIGIN]
       wasm_size.py MODULE.wasm --functions-json   (per function index: body bytes, origin and
                                                   name, null without names; for startup_profile.mjs)
"""
import argparse
import gzip
import json
import subprocess
import sys
from collections import defaultdict

SECTIONS = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
            7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}


def leb(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def name_of(data, at):
    n, at = leb(data, at)
    return data[at:at + n].decode("utf-8", "replace"), at + n


def read_module(data):
    assert data[:4] == b"\0asm", "geen wasm-module"
    at = 8
    sections, bodies, names, imported_functions = [], [], {}, 0
    while at < len(data):
        kind = data[at]
        size, body = leb(data, at + 1)
        end = body + size
        label = SECTIONS.get(kind, str(kind))
        if kind == 0:
            custom, _ = name_of(data, body)
            label = "custom:" + custom
            if custom == "name":
                _, p = name_of(data, body)
                while p < end:
                    sub = data[p]
                    sub_size, p = leb(data, p + 1)
                    if sub == 1:
                        count, q = leb(data, p)
                        for _ in range(count):
                            index, q = leb(data, q)
                            names[index], q = name_of(data, q)
                    p += sub_size
        elif kind == 2:
            count, p = leb(data, body)
            for _ in range(count):
                _, p = name_of(data, p)
                _, p = name_of(data, p)
                what = data[p]
                p += 1
                if what == 0:
                    _, p = leb(data, p)
                    imported_functions += 1
                elif what == 1:
                    p += 1
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                elif what == 2:
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                else:
                    p += 2
        elif kind == 10:
            count, p = leb(data, body)
            for i in range(count):
                fsize, q = leb(data, p)
                bodies.append((imported_functions + i, q + fsize - p))
                p = q + fsize
        sections.append((label, end - at))
        at = end
    return sections, bodies, names


def demangle(names):
    text = "\n".join(names)
    try:
        out = subprocess.run(["c++filt"], input=text, capture_output=True, text=True, check=True).stdout
        return out.split("\n")[:len(names)]
    except (OSError, subprocess.CalledProcessError):
        return names


GROUPS = [
    ("ImGui", ("ImGui", "Im", "stb_", "stbtt", "stbrp", "stbte")),
    ("SDL2", ("SDL_", "Emscripten_", "SDL")),
    ("nlohmann/json", ("nlohmann::",)),
    ("core: model", ("vth::Rows", "vth::format", "vth::Result", "vth::Status", "vth::utf8", "vth::Programme")),
    ("core: json", ("vth::Json", "vth::parse_json", "vth::json", "vth::decimal_to_fixed")),
    ("core: io", ("vth::read_", "vth::write_", "vth::encode_share", "vth::decode_share", "vth::share", "vth::make_synthetic")),
    ("core: engine", ("vth::calculate", "vth::analyse", "vth::reconcile", "vth::split", "vth::largest")),
    ("core: output", ("vth::report", "vth::chart", "vth::results_", "vth::table_", "vth::html", "vth::changes_table")),
    ("interface", ("vth::ui::",)),
    ("platform", ("vth::platform::", "vth_")),
    ("core: other", ("vth::",)),
    ("C++ library", ("std::", "operator new", "operator delete", "__cxa", "__cxx")),
    ("C library", ("mem", "str", "__", "malloc", "free", "dlmalloc", "printf", "vfprintf", "fmt_", "pop_arg")),
]


def group_of(name):
    for group, prefixes in GROUPS:
        if name.startswith(prefixes):
            return group
    # Functions of a class template show the class first: look for the first namespace.
    for group, prefixes in GROUPS:
        if any(p in name for p in prefixes if "::" in p):
            return group
    return "other"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("module")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--group", help="only the largest functions of this origin (e.g. SDL2, other)")
    parser.add_argument("--functions-json", action="store_true", help="body size, origin and name per function index")
    args = parser.parse_args()
    data = open(args.module, "rb").read()
    sections, bodies, names = read_module(data)
    if args.functions_json:
        indices = [i for i, _ in bodies]
        readable = dict(zip(indices, demangle([names.get(i, f"f{i}") for i in indices]))) if names else {}
        json.dump({i: [size, group_of(readable[i]) if i in readable else None, readable.get(i)] for i, size in bodies},
                  sys.stdout)
        return 0
    print(f"module: {len(data):,} bytes, gzip -9: {len(gzip.compress(data, 9)):,} bytes".replace(",", "."))
    print("sections (bytes):")
    for label, size in sorted(sections, key=lambda s: -s[1]):
        print(f"  {label:<24}{size:>10,}".replace(",", "."))
    if not names:
        print("(no function names: link with --profiling-funcs)")
        return 0
    indices = [i for i, _ in bodies]
    readable = dict(zip(indices, demangle([names.get(i, f"f{i}") for i in indices])))
    groups = defaultdict(lambda: [0, 0])
    for index, size in bodies:
        g = groups[group_of(readable[index])]
        g[0] += size
        g[1] += 1
    total = sum(size for _, size in bodies)
    print(f"code by origin (bytes of function bodies, {total:,} in all):".replace(",", "."))
    for group, (size, count) in sorted(groups.items(), key=lambda g: -g[1][0]):
        print(f"  {group:<18}{size:>10,} {100 * size / total:5.1f}%  {count:>5} functies".replace(",", "."))
    chosen = [b for b in bodies if not args.group or group_of(readable[b[0]]) == args.group]
    print(f"largest {args.top} functions{' of ' + args.group if args.group else ''}:")
    for index, size in sorted(chosen, key=lambda b: -b[1])[:args.top]:
        print(f"  {size:>8,}  {readable[index][:110]}".replace(",", "."))
    return 0


if __name__ == "__main__":
    sys.exit(main())
