#!/usr/bin/python3
"""Writes the site into DIST: its page, index.js, index.wasm, the icon, and
vth-planner.html, the whole site in one file that opens from disk.

Inputs: LINKED, the folder Emscripten linked the app into (index.html, index.js,
index.wasm; kept outside DIST, so that DIST only ever holds a finished site and every
run starts from the same inputs), and WEB, the project's web/ (loader.js, app.css,
favicon.svg). DIST is written anew on every run; nothing is changed in place.

The site's own files are made smaller: index.js (Emscripten's output, whose minifier
only takes out white space) and loader.js by Terser (Debian's `terser`: compressed,
names shortened; 7,9 KB less to download), app.css without comments and spare white
space, the page without the shell's comments.

The site's page (DIST/index.html) has the stylesheet and loader.js inline, allowed by
their SHA-256 in the page's Content-Security-Policy (no 'unsafe-inline'): the loader
runs as soon as the page is parsed and asks for the wasm 30-50 ms sooner than when it
was a file of its own (docs/performance.md, stop 38). index.js and the wasm are asked
for with their version in the address (?v=, the start of their SHA-256), and so is
the one-file version, which "Opslaan als app" fetches.

The one-file version takes the rest of the site as well (index.js, the icon as a data:
address, the wasm gzip-compressed and base64-encoded in a data block that
web/loader.js unpacks with DecompressionStream and compiles). Nothing is fetched: its
policy's default is 'none'. Decision and figures: docs/one-file.md.

Python's standard library only.
"""
import base64
import gzip
import hashlib
import os
import pathlib
import re
import subprocess
import sys

OUTPUT_NAME = "vth-planner.html"
WASM_ADDRESS = '<meta name="vth-wasm-address" content="index.wasm">'
GLUE_TAG = '<script async type="text/javascript" src="index.js"></script>'


def sha256(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def version_of(data):
    return hashlib.sha256(data).hexdigest()[:16]


def replace_once(html, old, new, what):
    count = html.count(old)
    if count != 1:
        sys.exit(f"single_file.py: {what} staat {count} keer in de pagina (verwacht: 1): {old!r}")
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


def minified_script(path, terser):
    # Node finds Debian's terser modules through NODE_PATH (a node from elsewhere may not).
    env = dict(os.environ, NODE_PATH="/usr/share/nodejs")
    done = subprocess.run([terser, str(path), *TERSER_OPTIONS[path.name]], env=env, capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        sys.exit(f"single_file.py: {path.name} minificeren mislukt: {done.stderr.strip()}")
    return inline_script_text(done.stdout, path.name)


def minified_css(path):
    # Comments and the white space around punctuation go; the rules stay as written.
    css = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
    css = re.sub(r"\s+", " ", css)
    css = re.sub(r"\s*([{};:,>])\s*", r"\1", css).replace(";}", "}").strip() + "\n"
    if re.search(r"</style", css, re.IGNORECASE):
        sys.exit("single_file.py: app.css bevat '</style' en kan niet inline")
    return css


def page_without_comments(path):
    # The shell's comments explain the source; the page a user downloads does without them.
    return re.sub(r"\s*<!--(?!\[).*?-->", "", path.read_text(encoding="utf-8"), flags=re.S)


def read_parts(linked, web, terser):
    for path in (linked / "index.html", linked / "index.js", linked / "index.wasm"):
        if not path.is_file():
            sys.exit(f"single_file.py: {path} ontbreekt: bouw eerst de app (vth_web)")
    return {
        "page": page_without_comments(linked / "index.html"),
        "glue": minified_script(linked / "index.js", terser),
        "wasm": (linked / "index.wasm").read_bytes(),
        "loader": minified_script(web / "loader.js", terser),
        "css": minified_css(web / "app.css"),
        "icon": (web / "favicon.svg").read_bytes(),
    }


def policy_of(html):
    csp = re.search(r'http-equiv="Content-Security-Policy"\s+content="([^"]*)"', html)
    if not csp:
        sys.exit("single_file.py: geen Content-Security-Policy in de pagina")
    return csp.group(1)


def directive_in(policy, name):
    found = re.search(rf"(?:^|;)\s*({name}\s[^;]*)", policy)
    if not found:
        sys.exit(f"single_file.py: geen {name} in de Content-Security-Policy van de pagina")
    return found


def style_hashes(policy):
    # The hashes the shell's policy already allows (the report's stylesheet).
    return re.findall(r"'sha256-[A-Za-z0-9+/=]+'", directive_in(policy, "style-src").group(1))


def inline_stylesheet(html, css):
    return replace_once(html, '<link rel="stylesheet" href="app.css">', f"<style>{css}</style>", "de stylesheet")


def site_page(parts, one_file):
    # The stylesheet and the loader inline, by hash; index.js, the wasm and the icon stay files
    # of the site's own origin ('self'). The styles are all inline now: 'self' is not needed there.
    # index.js and the wasm are asked for with their version in the address: a browser that
    # kept an older one in its cache does not combine it with this page (the server ignores
    # the query; docs/one-file.md says how to serve the page itself).
    page = parts["page"]
    policy = policy_of(page)
    script_src = directive_in(policy, "script-src")
    new_policy = policy[:script_src.end(1)] + " " + sha256(parts["loader"]) + policy[script_src.end(1):]
    style_src = directive_in(new_policy, "style-src")
    new_policy = (new_policy[:style_src.start(1)] + " ".join(["style-src", sha256(parts["css"])] + style_hashes(policy)) +
                  new_policy[style_src.end(1):])
    html = page.replace(policy, new_policy)
    html = inline_stylesheet(html, parts["css"])
    html = replace_once(html, '<script src="loader.js"></script>', f"<script>{parts['loader']}</script>", "loader.js")
    glue_version = version_of(parts["glue"].encode("utf-8"))
    html = replace_once(html, GLUE_TAG, GLUE_TAG.replace('src="index.js"', f'src="index.js?v={glue_version}"'),
                        "index.js")
    # "Opslaan als app" fetches the one-file version beside the page (src/platform/web/vth_hooks.js):
    # by its version too, so that the app a user saves is this version, not one from a cache.
    app_address = f'<meta name="vth-app-address" content="{OUTPUT_NAME}?v={version_of(one_file.encode("utf-8"))}">'
    return replace_once(html, WASM_ADDRESS,
                        WASM_ADDRESS.replace("index.wasm", f"index.wasm?v={version_of(parts['wasm'])}") +
                        "\n  " + app_address, "het adres van de wasm")


def one_file_page(parts):
    css, loader, glue = parts["css"], parts["loader"], parts["glue"]
    icon = base64.b64encode(parts["icon"]).decode("ascii")
    # mtime=0: the same wasm gives the same file, byte for byte.
    packed = base64.b64encode(gzip.compress(parts["wasm"], 9, mtime=0)).decode("ascii")
    # The site's policy, with every 'self' source replaced by hashes of what is now inline.
    page = parts["page"]
    policy = "; ".join([
        "default-src 'none'",
        f"script-src {sha256(loader)} {sha256(glue)} 'wasm-unsafe-eval'",
        "style-src " + " ".join([sha256(css)] + style_hashes(policy_of(page))),
        "img-src data: blob:",
        "object-src 'none'", "base-uri 'none'", "form-action 'none'",
    ])
    html = page.replace(policy_of(page), policy)
    html = replace_once(html, '<link rel="icon" href="favicon.svg"', f'<link rel="icon" href="data:image/svg+xml;base64,{icon}"', "het icoon")
    html = replace_once(html, "\n  " + WASM_ADDRESS, "", "het adres van de wasm") # the wasm is inside
    html = inline_stylesheet(html, css)
    # The content block is empty here; "Opslaan als app" fills it with a programme and its scenarios.
    html = replace_once(
        html, '<script src="loader.js"></script>',
        '<script type="application/json" id="vth-content"></script>\n'
        f'  <script type="application/octet-stream" id="vth-wasm">{packed}</script>\n'
        f"  <script>{loader}</script>", "loader.js")
    return replace_once(html, GLUE_TAG, f'<script id="vth-glue">{glue}</script>', "index.js")


def write_site(parts, dist):
    # The one-file version last: the build takes it as the sign that the site is complete.
    dist.mkdir(parents=True, exist_ok=True)
    for stale in ("loader.js", "app.css"):  # in the site's folder until stop 38
        (dist / stale).unlink(missing_ok=True)
    (dist / "index.js").write_text(parts["glue"], encoding="utf-8")
    (dist / "index.wasm").write_bytes(parts["wasm"])
    (dist / "favicon.svg").write_bytes(parts["icon"])
    one_file = one_file_page(parts)
    (dist / "index.html").write_text(site_page(parts, one_file), encoding="utf-8")
    (dist / OUTPUT_NAME).write_text(one_file, encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit("gebruik: single_file.py GELINKT WEB DIST TERSER")
    linked, web, dist, terser = (pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]),
                                 sys.argv[4])
    write_site(read_parts(linked, web, terser), dist)
