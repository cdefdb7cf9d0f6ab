"""Parsers for the regular tables of PUH 2025 (ODT products, energy, SPUK THE,
toezichtprotocol, goal X marks). Each returns records with the source line."""

import re

CODE_LINE = re.compile(r"^(A\d\.\d\d(?:\.\d\d)?) (.+?) (\d+) (\d+) (\d+)$")


def odt_table(src, start_text, end_text, start=1):
    """Product lines between two anchors; joins lines the PDF wrapped."""
    first = src.line_of(start_text, start)
    last = src.line_of(end_text, first)
    lines, i = [], first
    while i < last:
        text = src.text(i)
        if re.match(r"^A\d\.\d\d", text):
            joined, j = text, i
            while not CODE_LINE.match(joined) and j + 1 < last and j - i < 3:
                j += 1
                joined = f"{joined} {src.text(j)}"
            m = CODE_LINE.match(joined)
            if not m:
                raise SystemExit(f"regel {i}: productregel niet te lezen: {text!r}")
            code, product, aantal, kental, totaal = m.groups()
            lines.append(dict(code=code, product=product.strip(), aantal=int(aantal), kental=int(kental),
                              gedrukt_totaal=int(totaal), regel=i))
            i = j
        i += 1
    return lines, last


ENERGY_LINE = re.compile(
    r"^(.+?) (n\.v\.t\.|\d+) (n\.v\.t\.|\d+) (n\.v\.t\.|\d+) € ([\d.]+)$")


def energy_table(src, header_line, end_text):
    """Lines of an energy/SPUK table: product, kental, aantal, uren, € kosten."""
    last = src.line_of(end_text, header_line)
    out, pending = [], None
    for i in range(header_line + 1, last):
        text = src.text(i)
        if not text:
            continue
        if pending:
            text, start = f"{pending[0]} {text}", pending[1]
        else:
            start = i
        m = ENERGY_LINE.match(text)
        if not m:
            pending = (text, start)
            continue
        pending = None
        product, kental, aantal, uren, kosten = m.groups()
        num = lambda s: None if s == "n.v.t." else int(s)
        out.append(dict(product=product.strip(), kental=num(kental), aantal=num(aantal), uren=num(uren),
                        kosten=int(kosten.replace(".", "")), regel=start))
    total = src.text(last)
    m = re.search(r"(\d+) € ([\d.]+)$", total)
    return out, dict(uren=int(m.group(1)), kosten=int(m.group(2).replace(".", "")), regel=last)


LEGEND_LINES = {"Legenda:", "S Steekproef", "1 Visuele controle (Quick Scan)",
                "2 Beoordeling van hoofdlijnen en hoofdaspecten",
                "3 Beoordeling van hoofdlijnen en kenmerkende details", "4 Integrale controle van alle onderdelen"}
ITEM_LINE = re.compile(r"^(\d+\.\d+) (.+?) ([S0-4]) ([S0-4]) ([S0-4]) ([S0-4]) (\w+)$")
GROUP_LINE = re.compile(r"^(\d+) ([A-Z].*)$")


def protocol(src):
    """Groups and items of Bijlage 3, toezichtprotocol nieuwbouw."""
    first = src.line_of("Nr. Omschrijving RK 1 RK 2 RK 3 RK 4 Thema")
    last = src.line_of("19.1 Overige administratieve taken", first)
    legend_at = src.line_of("S Steekproef", first)
    groups, pending = [], None
    for i in range(first + 1, last + 1):
        text = src.text(i)
        if not text or text in LEGEND_LINES:
            continue  # the legend is printed in the middle of the table
        if pending:
            text, start = f"{pending[0]} {text}", pending[1]
        else:
            start = i
        m = ITEM_LINE.match(text)
        if m:
            pending = None
            number, name, d1, d2, d3, d4, theme = m.groups()
            groups[-1]["items"].append(dict(nummer=number, naam=name.strip(), diepgang=[d1, d2, d3, d4],
                                            thema=theme, regel=start))
            continue
        g = GROUP_LINE.match(text)
        if g and not re.match(r"^\d+\.\d+", text):
            pending = None
            groups.append(dict(nummer=g.group(1), naam=g.group(2).strip(), items=[]))
            continue
        pending = (text, start)
    return groups, first, legend_at


def x_cells(marks):
    """Five department columns from a run like ' X X  X ': 'X ' is a mark, ' ' an empty cell."""
    cells, i = [], 0
    while i < len(marks) and len(cells) < 5:
        if marks[i] == "X":
            cells.append(True)
            i += 2
        else:
            cells.append(False)
            i += 1
    while len(cells) < 5:
        cells.append(False)
    return cells
