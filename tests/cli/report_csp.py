#!/usr/bin/python3
"""The report opens in a tab that inherits the page's Content-Security-Policy
(style-src 'self'), so its inline <style> must be allowed by hash in shell.html.
Also checks that the report is a complete Dutch HTML document with its sections.
Usage: report_csp.py VTH_PLANNER PROGRAMME SHELL_HTML"""
import base64
import hashlib
import re
import subprocess
import sys
from html.parser import HTMLParser

cli, programme, shell = sys.argv[1:4]
html = subprocess.run([cli, "report", programme, "--datum", "27 november 2026"], check=True,
                      capture_output=True, text=True).stdout
styles = re.findall(r"<style>(.*?)</style>", html, re.S)
assert len(styles) == 1, f"expected one <style>, found {len(styles)}"
digest = base64.b64encode(hashlib.sha256(styles[0].encode("utf-8")).digest()).decode()
csp = open(shell, encoding="utf-8").read()
if f"'sha256-{digest}'" not in csp:
    sys.exit(f"shell.html CSP lacks the report stylesheet's hash: add 'sha256-{digest}' to style-src")


class Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.h2, self._in_h2 = [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_h2 = tag == "h2"

    def handle_data(self, data):
        if self._in_h2:
            self.h2.append(data.strip())
            self._in_h2 = False


outline = Outline()
outline.feed(html)
assert outline.tags[0] == ("html", {"lang": "nl"}), outline.tags[0]
expected = ["Samenvatting", "Capaciteit", "ODT-programma", "Regionale verdeling", "Energie en SPUK THE",
            "Gevoeligheid", "Bevindingen", "Aannames"]
assert outline.h2 == expected, outline.h2
svgs = [a for t, a in outline.tags if t == "svg"]
assert len(svgs) >= 5 and all(a.get("role") == "img" for a in svgs), svgs
assert "27 november 2026" in html and "€ 2.203.214,77" in html
print(f"report: {len(html)} bytes, {len(svgs)} charts, stylesheet sha256-{digest} allowed")
