#!/usr/bin/python3
"""Makes dist/vth-planner.html: the whole site in one file that opens from disk.

First the site's own files are made smaller in DIST: index.js (Emscripten's output,
whose minifier only takes out white space) and loader.js by Terser (Debian's
`terser`: compressed, names shortened; 7,9 KB less to download), app.css without
comments and spare white space, index.html without the shell's comments. Then it
takes the built site in DIST (index.html, index.js, index.wasm, loader.js, app.css,
favicon.svg) and puts every part inside the page: the stylesheet and scripts inline,
allowed by their SHA-256 in the page's Content-Security-Policy (no 'unsafe-inline'),
the icon as a data: address, and the wasm gzip-compressed and base64-encoded in a
data block that web/loader.js unpacks (DecompressionStream) and compiles. Nothing is
fetched: the policy's default is 'none'. Decision and figures: docs/one-file.md.

Python's standard library only.
"""
import base64
import gzip
import hashlib
import pathlib
import os
import re
import subprocess
import sys

OUTPUT_NAME = "vth-planner.html"


def sha256(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def replace_once(html, old, new, what):
    count = html.count(old)
    if count != 1:
        sys.exit(f"single_file.py: {what} staat {count} keer in index.html (verwacht: 1): {old!r}")
    return html.replace(old, new)


def inline_script_text(text, name):
    # Inside <script> the HTML parser ends the element at "</script" and treats
    # "<!--" specially; neither may occur in the code itself.
    if re.search(r"</script|<!--", text, re.IGNORECASE):
        sys.exit(f"single_file.py: {name} bevat '</script' of '<!--' en kan niet inline")
    return text


# index.js is one script whose only name shared with others is Module (web/loader.js
# makes it; everything else goes through its properties and window.vth), so its
# top-level names are shortened too and those nothing uses are dropped (3,2 KB).
# loader.js keeps its own names at the top (it is a function called at once anyway).
TERSER_OPTIONS = {
    "index.js": ["--compress", "passes=2,toplevel=true", "--mangle", "toplevel=true,reserved=['Module']"],
    "loader.js": ["--compress", "passes=2", "--mangle"],
}


def minify_scripts(dist, terser):
    # Terser on its own output changes nothing, so a second run is harmless.
    # Node finds Debian's terser modules through NODE_PATH (a node from elsewhere may not).
    env = dict(os.environ, NODE_PATH="/usr/share/nodejs")
    for name, options in TERSER_OPTIONS.items():
        path = dist / name
        done = subprocess.run([terser, str(path), *options], env=env, capture_output=True, text=True)
        if done.returncode != 0 or not done.stdout.strip():
            sys.exit(f"single_file.py: {name} minificeren mislukt: {done.stderr.strip()}")
        path.write_text(done.stdout, encoding="utf-8")


def minify_css(dist):
    # Comments and the white space around punctuation go; the rules stay as written.
    path = dist / "app.css"
    css = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
    css = re.sub(r"\s+", " ", css)
    css = re.sub(r"\s*([{};:,>])\s*", r"\1", css).replace(";}", "}").strip()
    path.write_text(css + "\n", encoding="utf-8")


def strip_html_comments(dist):
    # The shell's comments explain the source; the page a user downloads does without them.
    path = dist / "index.html"
    html = re.sub(r"\s*<!--(?!\[).*?-->", "", path.read_text(encoding="utf-8"), flags=re.S)
    path.write_text(html, encoding="utf-8")


def build(dist):
    html = (dist / "index.html").read_text(encoding="utf-8")
    css = (dist / "app.css").read_text(encoding="utf-8")
    if re.search(r"</style", css, re.IGNORECASE):
        sys.exit("single_file.py: app.css bevat '</style' en kan niet inline")
    loader = inline_script_text((dist / "loader.js").read_text(encoding="utf-8"), "loader.js")
    glue = inline_script_text((dist / "index.js").read_text(encoding="utf-8"), "index.js")
    icon = base64.b64encode((dist / "favicon.svg").read_bytes()).decode("ascii")
    # mtime=0: the same wasm gives the same file, byte for byte.
    packed = base64.b64encode(gzip.compress((dist / "index.wasm").read_bytes(), 9, mtime=0)).decode("ascii")

    # The site's policy, with every 'self' source replaced by hashes of what is now inline.
    csp = re.search(r'http-equiv="Content-Security-Policy"\s+content="([^"]*)"', html)
    if not csp:
        sys.exit("single_file.py: geen Content-Security-Policy in index.html")
    style_src = re.search(r"style-src([^;]*)", csp.group(1))
    if not style_src:
        sys.exit("single_file.py: geen style-src in de Content-Security-Policy van index.html")
    kept_style_hashes = re.findall(r"'sha256-[A-Za-z0-9+/=]+'", style_src.group(1))
    policy = "; ".join([
        "default-src 'none'",
        f"script-src {sha256(loader)} {sha256(glue)} 'wasm-unsafe-eval'",
        "style-src " + " ".join([sha256(css)] + kept_style_hashes),
        "img-src data: blob:",
        "object-src 'none'", "base-uri 'none'", "form-action 'none'",
    ])
    html = html.replace(csp.group(1), policy)
    html = replace_once(html, '<link rel="icon" href="favicon.svg"', f'<link rel="icon" href="data:image/svg+xml;base64,{icon}"', "het icoon")
    html = replace_once(html, '<link rel="stylesheet" href="app.css">', f"<style>{css}</style>", "de stylesheet")
    # The content block is empty here; "Opslaan als app" fills it with a programme and its scenarios.
    html = replace_once(
        html, '<script src="loader.js"></script>',
        '<script type="application/json" id="vth-content"></script>\n'
        f'  <script type="application/octet-stream" id="vth-wasm">{packed}</script>\n'
        f"  <script>{loader}</script>", "loader.js")
    html = replace_once(html, '<script async type="text/javascript" src="index.js"></script>',
                        f'<script id="vth-glue">{glue}</script>', "index.js")
    (dist / OUTPUT_NAME).write_text(html, encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("gebruik: single_file.py DIST TERSER")
    minify_scripts(pathlib.Path(sys.argv[1]), sys.argv[2])
    minify_css(pathlib.Path(sys.argv[1]))
    strip_html_comments(pathlib.Path(sys.argv[1]))
    build(pathlib.Path(sys.argv[1]))
