#!/usr/bin/python3
"""Makes the site's page and dist/vth-planner.html: the whole site in one file that opens from disk.

First the site's own files are made smaller in DIST: index.js (Emscripten's output,
whose minifier only takes out white space) and loader.js by Terser (Debian's
`terser`: compressed, names shortened; 7,9 KB less to download), app.css without
comments and spare white space, the page without the shell's comments.

The site's page (DIST/index.html) is made from PAGE, the page as Emscripten wrote it
(kept outside DIST by the build, so that every run starts from it): the stylesheet and
loader.js inline, allowed by their SHA-256 in the page's Content-Security-Policy (no
'unsafe-inline'). The loader then runs as soon as the page is parsed and asks for the
wasm ~50 ms sooner than when it was a file of its own (docs/performance.md, stop 38);
app.css and loader.js are then taken out of DIST, which the site no longer fetches.

The one-file version takes the rest of the site as well (index.js, the icon as a data:
address, the wasm gzip-compressed and base64-encoded in a data block that
web/loader.js unpacks with DecompressionStream and compiles). Nothing is fetched: its
policy's default is 'none'. Decision and figures: docs/one-file.md.

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


def strip_html_comments(html):
    # The shell's comments explain the source; the page a user downloads does without them.
    return re.sub(r"\s*<!--(?!\[).*?-->", "", html, flags=re.S)


def policy_of(html):
    csp = re.search(r'http-equiv="Content-Security-Policy"\s+content="([^"]*)"', html)
    if not csp:
        sys.exit("single_file.py: geen Content-Security-Policy in de pagina")
    return csp.group(1)


def with_source(policy, directive, source):
    # `source` added to `directive` of the policy, which must have it.
    found = re.search(rf"(^|;\s*){directive}\s[^;]*", policy)
    if not found:
        sys.exit(f"single_file.py: geen {directive} in de Content-Security-Policy van de pagina")
    return policy[:found.end()] + " " + source + policy[found.end():]


def read_inline_parts(dist):
    css = (dist / "app.css").read_text(encoding="utf-8")
    if re.search(r"</style", css, re.IGNORECASE):
        sys.exit("single_file.py: app.css bevat '</style' en kan niet inline")
    loader = inline_script_text((dist / "loader.js").read_text(encoding="utf-8"), "loader.js")
    return css, loader


def inline_stylesheet(html, css):
    return replace_once(html, '<link rel="stylesheet" href="app.css">', f"<style>{css}</style>", "de stylesheet")


def version_of(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def site_page(dist, page):
    # The site's page: the stylesheet and the loader inline, by hash; index.js, the wasm and
    # the icon stay files of the site's own origin ('self'). index.js and the wasm are asked
    # for with their version in the address (?v=, part of their SHA-256): a browser that
    # kept an older one in its cache never combines it with this page (the server ignores
    # the query). The page itself comes fresh, or is asked again, as HTML is.
    css, loader = read_inline_parts(dist)
    policy = policy_of(page)
    new_policy = with_source(with_source(policy, "script-src", sha256(loader)), "style-src", sha256(css))
    html = page.replace(policy, new_policy)
    html = inline_stylesheet(html, css)
    html = replace_once(html, '<script src="loader.js"></script>', f"<script>{loader}</script>", "loader.js")
    html = replace_once(html, '<script async type="text/javascript" src="index.js">',
                        f'<script async type="text/javascript" src="index.js?v={version_of(dist / "index.js")}">',
                        "index.js")
    html = replace_once(html, '<meta name="vth-wasm" content="index.wasm">',
                        f'<meta name="vth-wasm" content="index.wasm?v={version_of(dist / "index.wasm")}">',
                        "het adres van de wasm")
    (dist / "index.html").write_text(html, encoding="utf-8")
    (dist / "app.css").unlink()
    (dist / "loader.js").unlink()


def build(dist, page):
    css, loader = read_inline_parts(dist)
    glue = inline_script_text((dist / "index.js").read_text(encoding="utf-8"), "index.js")
    icon = base64.b64encode((dist / "favicon.svg").read_bytes()).decode("ascii")
    # mtime=0: the same wasm gives the same file, byte for byte.
    packed = base64.b64encode(gzip.compress((dist / "index.wasm").read_bytes(), 9, mtime=0)).decode("ascii")

    # The site's policy, with every 'self' source replaced by hashes of what is now inline.
    site_policy = policy_of(page)
    style_src = re.search(r"style-src([^;]*)", site_policy)
    if not style_src:
        sys.exit("single_file.py: geen style-src in de Content-Security-Policy van de pagina")
    kept_style_hashes = re.findall(r"'sha256-[A-Za-z0-9+/=]+'", style_src.group(1))
    policy = "; ".join([
        "default-src 'none'",
        f"script-src {sha256(loader)} {sha256(glue)} 'wasm-unsafe-eval'",
        "style-src " + " ".join([sha256(css)] + kept_style_hashes),
        "img-src data: blob:",
        "object-src 'none'", "base-uri 'none'", "form-action 'none'",
    ])
    html = page.replace(site_policy, policy)
    html = replace_once(html, '<link rel="icon" href="favicon.svg"', f'<link rel="icon" href="data:image/svg+xml;base64,{icon}"', "het icoon")
    html = inline_stylesheet(html, css)
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
    if len(sys.argv) != 4:
        sys.exit("gebruik: single_file.py DIST TERSER PAGINA")
    dist = pathlib.Path(sys.argv[1])
    minify_scripts(dist, sys.argv[2])
    minify_css(dist)
    page = strip_html_comments(pathlib.Path(sys.argv[3]).read_text(encoding="utf-8"))
    build(dist, page)
    site_page(dist, page)
