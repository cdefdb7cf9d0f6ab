#!/usr/bin/python3
"""An independent second implementation of docs/calculation-rules.md.

Written from the documents alone (calculation-rules.md, programme-format.md and the schema), never
from the engine's code, so that a differential test can catch the engine and the document drifting
apart. Every number is an int or a fractions.Fraction: JSON numbers must be parsed with
parse_float=decimal.Decimal (see load()), so nothing ever passes through binary floating point.

calculate(programme) returns the figures of `vth-planner calc --format json` in the same shape:
hours, fte and percentages as Fraction, cents and counts as int. Where calculation-rules.md leaves
something open, the choice made here is listed in README.md ("Ambiguities").
"""

import decimal
import json
from fractions import Fraction

TABLES = ("vergunningen", "toezicht", "handhaving", "advies")
PARTS = TABLES + ("projecten", "diensten", "lokale_projecten", "werkvoorraad")
# The PDC prefix that belongs in each table (code-buiten-tabel).
TABLE_PREFIX = {"A1": "vergunningen", "A2": "toezicht", "A3": "handhaving", "A4": "advies"}
POOLS = ("projecten", "diensten")
ENERGY = ("energie", "spuk_the")

HOUR = Fraction(1, 1000)  # hours are kept to 0,001 uur
FTE = Fraction(1, 1000)
HUNDRED_PERCENT = Fraction(100)
INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1


def load(text):
    """Parses programme or results JSON exactly: decimals become Decimal, never float."""
    return json.loads(text, parse_float=decimal.Decimal)


# ---------------------------------------------------------------- numbers and rounding

def exact(value):
    """An input number (int or Decimal) as an exact Fraction."""
    return Fraction(value)


def round_half_away(q):
    """Rounds a Fraction to the nearest integer, halves away from zero (0,5 -> 1, -0,5 -> -1)."""
    n, d = abs(q.numerator), q.denominator
    whole = (2 * n + d) // (2 * d)
    return whole if q >= 0 else -whole


def round_to(q, unit):
    """Rounds q once to a multiple of unit (e.g. HOUR)."""
    return round_half_away(q / unit) * unit


def euros_to_cents(value):
    """A printed or input euro amount (at most 2 decimals) in whole cents."""
    cents = exact(value) * 100
    assert cents.denominator == 1, "euro amounts have at most 2 decimals"
    return int(cents)


def cost_cents(hours, tariff_cents):
    """hours x tariff, exactly, rounded once to the cent."""
    return round_half_away(hours * tariff_cents)


def cost_whole_euros_in_cents(hours, tariff_cents):
    """hours x tariff rounded once to whole euros, as the source prints energy lines; in cents."""
    return round_half_away(hours * tariff_cents / 100) * 100


def largest_remainder(whole, keys):
    """Splits the integer `whole` by percentage keys that sum to exactly 100.

    Every share starts as the floored exact share; the units left over go one by one to the largest
    remainders, and on equal remainders to the partner earlier in the list, so the shares add up to
    exactly `whole`.
    """
    exact_shares = [Fraction(whole) * key / HUNDRED_PERCENT for key in keys]
    shares = [q.numerator // q.denominator for q in exact_shares]
    left = whole - sum(shares)
    # sorted() is stable, so among equal remainders the earlier partner stays first.
    by_remainder = sorted(range(len(keys)), key=lambda i: exact_shares[i] - shares[i], reverse=True)
    for i in by_remainder[:left]:
        shares[i] += 1
    return shares


# ---------------------------------------------------------------- source places and findings

def place(obj):
    """(sectie, regel) of an object's `bron`; "" and 0 where the file gives none."""
    bron = (obj or {}).get("bron") or {}
    return bron.get("sectie", ""), bron.get("regel", 0)


def pointer_join(*parts):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


class Findings:
    """The ordered list of findings (bevindingen) as the JSON output gives them, minus `melding`."""

    def __init__(self):
        self.items = []

    def add(self, soort, pointer, where):
        sectie, regel = place(where)
        self.items.append({"soort": soort, "pointer": pointer, "sectie": sectie, "regel": regel})

    def add_numeric(self, soort, pointer, where, unit, computed, printed, explaining):
        self.add(soort, pointer, where)
        self.items[-1].update({"eenheid": unit, "berekend": computed, "gedrukt": printed,
                               "verklarend": explaining})


def printed_in_unit(value, unit):
    """A printed number in the unit it is compared in: Fraction hours or int cents."""
    return exact(value) if unit == "uur" else euros_to_cents(value)


def check_figure(findings, pointer, where, unit, computed, printed):
    """`afwijking` for a printed number without lines."""
    if printed is not None:
        printed = printed_in_unit(printed, unit)
        if printed != computed:
            findings.add_numeric("afwijking", pointer, where, unit, computed, printed, [])


def check_total(findings, pointer, where, unit, computed, printed, lines):
    """`afwijking` and then `optelling` for a printed total with lines.

    lines: (line pointer, computed value, printed value or None) per line of the total.
    """
    if printed is None:
        return
    printed = printed_in_unit(printed, unit)
    if computed != printed:
        difference = abs(computed - printed)
        explaining = [p for p, value, _ in lines if value == difference]
        findings.add_numeric("afwijking", pointer, where, unit, computed, printed, explaining)
    if all(line_printed is not None for _, _, line_printed in lines):
        printed_sum = sum((line_printed for _, _, line_printed in lines), Fraction(0) if unit == "uur" else 0)
        if printed_sum != printed and printed_sum != computed:
            difference = abs(printed_sum - printed)
            explaining = [p for p, _, line_printed in lines if line_printed == difference]
            findings.add_numeric("optelling", pointer, where, unit, printed_sum, printed, explaining)


# ---------------------------------------------------------------- capacity

def work_line_hours(line, department_fte, productive):
    kind = line["soort"]
    if kind == "aantal":
        raw = exact(line["aantal"]) * exact(line["kental"])
    elif kind == "fte":
        raw = exact(line["fte"]) * productive
    elif kind == "uren":
        raw = exact(line["uren"])
    else:  # percentage: one product of three inputs, rounded once
        raw = exact(line["percentage"]) / 100 * department_fte * productive
    return round_to(raw, HOUR)


def capacity(programme, productive):
    departments = programme["afdelingen"]
    available = {d["id"]: exact(d["beschikbare_fte"]) for d in departments}
    lines = [{"id": w["id"], "afdeling": w["afdeling"],
              "uren": work_line_hours(w, available[w["afdeling"]], productive)}
             for w in programme["werk"]]

    def row(demand, fte_available, count):
        needed = round_to(demand / productive, FTE)
        return {"vraag_uren": demand, "benodigde_fte": needed, "beschikbare_fte": fte_available,
                "verschil_fte": fte_available - needed, "regels": count}

    rows = []
    for d in departments:
        own = [l["uren"] for l in lines if l["afdeling"] == d["id"]]
        rows.append({"id": d["id"], **row(sum(own, Fraction(0)), available[d["id"]], len(own))})
    total = row(sum((l["uren"] for l in lines), Fraction(0)), sum(available.values(), Fraction(0)), len(lines))
    return {"productieve_uren_per_fte": productive, "afdelingen": rows, "totaal": total, "regels": lines}


# ---------------------------------------------------------------- regional pools

def pool_members(items, scope):
    """Indexes of the projects or services a total covers: the pot (`verdeelsleutel`) or `alle`."""
    return [i for i, item in enumerate(items)
            if "uren" in item and (scope == "alle" or item["financiering"] == "verdeelsleutel")]


def regional_pool(regional, name, tariff_cents, keys_ok):
    items = regional[name]
    hours = sum(items[i]["uren"] for i in pool_members(items, "verdeelsleutel"))  # whole hours (int)
    cents = hours * tariff_cents
    pool = {"totaal_uren": Fraction(hours), "totaal_kosten_cent": cents, "berekend": keys_ok,
            "eigen_uren": Fraction(0), "eigen_kosten_cent": 0, "verdeling": []}
    if not keys_ok:
        return pool
    partners = regional["partners"]
    keys = [exact(p["sleutel"]) for p in partners]
    hour_shares = largest_remainder(hours, keys)
    cent_shares = largest_remainder(cents, keys)
    pool["verdeling"] = [{"id": p["id"], "sleutel": k, "uren": Fraction(h), "kosten_cent": c}
                         for p, k, h, c in zip(partners, keys, hour_shares, cent_shares)]
    for share in pool["verdeling"]:
        if share["id"] == regional["eigen_partner"]:
            pool["eigen_uren"], pool["eigen_kosten_cent"] = share["uren"], share["kosten_cent"]
    return pool


def key_sum(regional):
    return sum((exact(p["sleutel"]) for p in regional["partners"]), Fraction(0))


def keys_add_up(regional):
    """The distribution is made only with partners whose keys add up to exactly 100%."""
    return bool(regional["partners"]) and key_sum(regional) == HUNDRED_PERCENT


def own_key(regional):
    for p in regional["partners"]:
        if p["id"] == regional["eigen_partner"]:
            return exact(p["sleutel"])
    return Fraction(0)


def check_own_share(findings, pointer, where, unit, computed, printed, exact_share):
    """`afronding` when the source rounded the exact own share on its own, else `afwijking`."""
    if printed is None:
        return
    printed = printed_in_unit(printed, unit)
    if printed == computed:
        return
    rounded = Fraction(round_half_away(exact_share)) if unit == "uur" else round_half_away(exact_share)
    soort = "afronding" if printed == rounded else "afwijking"
    findings.add_numeric(soort, pointer, where, unit, computed, printed, [])


def check_regional(findings, regional, pools, tariff_cents):
    partners = regional["partners"]
    if partners and not keys_add_up(regional):
        first = next((p for p in partners if (p.get("bron") or {}).get("sectie") is not None), None)
        findings.add("sleutels", "/regionaal/partners", first)
    printed = regional.get("gedrukt") or {}
    key = own_key(regional)
    for name in POOLS:
        items, pool = regional[name], pools[name]
        total = printed.get(name + "_totaal")
        if total is not None:
            members = pool_members(items, total.get("omvat", "verdeelsleutel"))
            hours = sum((Fraction(items[i]["uren"]) for i in members), Fraction(0))
            base = pointer_join("regionaal", "gedrukt", name + "_totaal")
            # Like local projects, an item's hours are both its computed and its printed value.
            lines = [(pointer_join("regionaal", name, i), Fraction(items[i]["uren"]), Fraction(items[i]["uren"]))
                     for i in members]
            check_total(findings, base + "/uren", total, "uur", hours, total.get("uren"), lines)
            check_figure(findings, base + "/kosten", total, "cent", int(hours * tariff_cents),
                         total.get("kosten"))
        own = printed.get(name + "_eigen")
        if own is not None and pool["berekend"]:
            base = pointer_join("regionaal", "gedrukt", name + "_eigen")
            check_own_share(findings, base + "/uren", own, "uur", pool["eigen_uren"], own.get("uren"),
                            pool["totaal_uren"] * key / HUNDRED_PERCENT)
            check_own_share(findings, base + "/kosten", own, "cent", pool["eigen_kosten_cent"],
                            own.get("kosten"), pool["totaal_kosten_cent"] * key / HUNDRED_PERCENT)


# ---------------------------------------------------------------- ODT

def odt_line_hours(line):
    return round_to(exact(line["aantal"]) * exact(line["kental"]), HOUR)


def product_table(block, table, tariff_cents, findings):
    """Hours and cost of one of the four product tables, its lines, and its findings."""
    lines = block[table]
    hours = [odt_line_hours(l) for l in lines]
    for i, (line, h) in enumerate(zip(lines, hours)):
        check_figure(findings, pointer_join("odt", table, i, "gedrukt_totaal"), line, "uur", h,
                     line.get("gedrukt_totaal"))
    total = sum(hours, Fraction(0))
    cents = cost_cents(total, tariff_cents)
    printed = (block.get("gedrukte_totalen") or {}).get(table)
    if printed is not None:
        base = pointer_join("odt", "gedrukte_totalen", table)
        rows = [(pointer_join("odt", table, i), h, exact(l["gedrukt_totaal"]) if "gedrukt_totaal" in l else None)
                for i, (l, h) in enumerate(zip(lines, hours))]
        check_total(findings, base + "/uren", printed, "uur", total, printed.get("uren"), rows)
        check_figure(findings, base + "/kosten", printed, "cent", cents, printed.get("kosten"))
    return (total, cents), [{"code": l["code"], "uren": h} for l, h in zip(lines, hours)]


def local_projects(block, tariff_cents, findings):
    lines = block.get("lokale_projecten") or []
    total = sum((exact(l["uren"]) for l in lines), Fraction(0))
    cents = cost_cents(total, tariff_cents)
    printed = block.get("gedrukt_totaal_lokale_projecten")
    if printed is not None:
        base = pointer_join("odt", "gedrukt_totaal_lokale_projecten")
        # A local project's hours are both its computed and its printed value.
        rows = [(pointer_join("odt", "lokale_projecten", i), exact(l["uren"]), exact(l["uren"]))
                for i, l in enumerate(lines)]
        check_total(findings, base + "/uren", printed, "uur", total, printed.get("uren"), rows)
        check_figure(findings, base + "/kosten", printed, "cent", cents, printed.get("kosten"))
    return total, cents


def odt(programme, pools, tariff_cents, findings):
    block = programme["odt"]
    parts, rules = {}, {}
    for table in TABLES:
        parts[table], rules[table] = product_table(block, table, tariff_cents, findings)
    for name in POOLS:
        parts[name] = (pools[name]["eigen_uren"], pools[name]["eigen_kosten_cent"])
    parts["lokale_projecten"] = local_projects(block, tariff_cents, findings)
    stock = sum((exact(l["uren"]) for l in block.get("werkvoorraad") or []), Fraction(0))
    parts["werkvoorraad"] = (stock, cost_cents(stock, tariff_cents))
    return {"onderdelen": [{"id": p, "uren": parts[p][0], "kosten_cent": parts[p][1]} for p in PARTS],
            "totaal_uren": sum((parts[p][0] for p in PARTS), Fraction(0)),
            "totaal_kosten_cent": sum(parts[p][1] for p in PARTS),
            "regels": rules}


# ---------------------------------------------------------------- energy and SPUK THE

def has_count(line):
    return "kental" in line and "aantal" in line


def without_hours(line):
    return not has_count(line) and "uren" not in line


def energy_line(line, tariff_cents):
    if has_count(line):
        hours = round_to(exact(line["kental"]) * exact(line["aantal"]), HOUR)
    else:
        hours = exact(line.get("uren", 0))
    extra = euros_to_cents(line.get("kosten_zonder_uren", 0))
    return hours, cost_whole_euros_in_cents(hours, tariff_cents) + extra, extra


def printed_line_hours(line):
    """The value a line contributes to the printed hours total (None: it prints none)."""
    if "uren" in line:
        return exact(line["uren"])
    return Fraction(0) if without_hours(line) else None


def printed_line_cost(line):
    """The value a line contributes to the printed cost total, in cents (None: it prints none)."""
    if "kosten" in line:
        return euros_to_cents(line["kosten"])
    if without_hours(line) and "kosten_zonder_uren" in line:
        return euros_to_cents(line["kosten_zonder_uren"])
    return None


def energy(programme, name, tariff_cents, findings):
    block = programme.get(name) or {"regels": []}
    lines = block["regels"]
    computed = [energy_line(l, tariff_cents) for l in lines]
    for i, (line, (hours, cents, _)) in enumerate(zip(lines, computed)):
        if has_count(line):
            check_figure(findings, pointer_join(name, "regels", i, "uren"), line, "uur", hours, line.get("uren"))
        check_figure(findings, pointer_join(name, "regels", i, "kosten"), line, "cent", cents, line.get("kosten"))
    total_hours = sum((h for h, _, _ in computed), Fraction(0))
    total_cents = cost_whole_euros_in_cents(total_hours, tariff_cents) + sum(x for _, _, x in computed)
    printed = block.get("gedrukt_totaal")
    if printed is not None:
        base = pointer_join(name, "gedrukt_totaal")
        hour_rows = [(pointer_join(name, "regels", i), h, printed_line_hours(l))
                     for i, (l, (h, _, _)) in enumerate(zip(lines, computed))]
        cost_rows = [(pointer_join(name, "regels", i), c, printed_line_cost(l))
                     for i, (l, (_, c, _)) in enumerate(zip(lines, computed))]
        check_total(findings, base + "/uren", printed, "uur", total_hours, printed.get("uren"), hour_rows)
        check_total(findings, base + "/kosten", printed, "cent", total_cents, printed.get("kosten"), cost_rows)
    return {"uren": total_hours, "kosten_cent": total_cents,
            "regels": [{"uren": h, "kosten_cent": c} for h, c, _ in computed]}


# ---------------------------------------------------------------- structural findings

ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def check_department_names(programme, findings):
    """`dubbele-afdeling`: a name equal to an earlier department's, apart from spaces at either
    end and the case of A-Z (other letters keep their case); names empty without those spaces are
    not compared."""
    seen = set()
    for i, department in enumerate(programme["afdelingen"]):
        name = department["naam"].strip(" ").translate(ASCII_LOWER)
        if not name:
            continue
        if name in seen:
            findings.add("dubbele-afdeling", pointer_join("afdelingen", i, "naam"), department)
        seen.add(name)


def check_codes(programme, findings):
    """`dubbele-code` and `code-buiten-tabel`, in line order over the four tables."""
    first_seen = {}
    for table in TABLES:
        for i, line in enumerate(programme["odt"][table]):
            code = line["code"]
            pointer = pointer_join("odt", table, i, "code")
            if code in first_seen:
                findings.add("dubbele-code", pointer, line)
            else:
                first_seen[code] = pointer
            home = TABLE_PREFIX.get(code[:2])
            if home is not None and home != table:
                findings.add("code-buiten-tabel", pointer, line)


def check_source_notes(programme, findings):
    for note in programme.get("bronopmerkingen") or []:
        findings.add("bron", note["pointer"], note)


# ---------------------------------------------------------------- overflow

def figure_scale(key):
    """The factor from a figure to the engine's integer unit: hours and fte in thousandths,
    percentages in ten-thousandths of a percent, money in cents."""
    if key.endswith("_cent") or key == "regels":
        return 1
    if key == "odt_uurtarief":
        return 100
    if key in ("sleutel", "sleutelsom"):
        return 10000
    return 1000


def fits(value, scale):
    return INT64_MIN <= value * scale <= INT64_MAX


def overflows(results):
    """Whether any figure falls outside the signed 64-bit range in the engine's integer unit."""
    def walk(node, key):
        if isinstance(node, dict):
            return any(walk(v, k) for k, v in node.items() if k != "bevindingen")
        if isinstance(node, list):
            return any(walk(v, key) for v in node)
        if isinstance(node, bool) or not isinstance(node, (int, Fraction)):
            return False
        return not fits(node, figure_scale(key))

    in_findings = (fits(f["berekend"], 1000 if f["eenheid"] == "uur" else 1)
                   for f in results["bevindingen"] if "berekend" in f)
    return walk(results, "") or not all(in_findings)


# ---------------------------------------------------------------- entry point

def calculate(programme):
    """Every figure of `vth-planner calc --format json` for a valid programme (see module doc)."""
    settings = programme["instellingen"]
    productive = exact(settings["productieve_uren_per_fte"])
    tariff_cents = euros_to_cents(settings["odt_uurtarief"])
    regional = programme["regionaal"]
    keys_ok = keys_add_up(regional)

    findings = Findings()
    pools = {name: regional_pool(regional, name, tariff_cents, keys_ok) for name in POOLS}
    results = {"capaciteit": capacity(programme, productive),
               "odt_uurtarief": exact(settings["odt_uurtarief"])}
    # The order of these calls is the order of the findings (calculation-rules.md, "Volgorde").
    results["odt"] = odt(programme, pools, tariff_cents, findings)
    check_regional(findings, regional, pools, tariff_cents)
    results["regionaal"] = {**pools, "sleutelsom": key_sum(regional)}
    for name in ENERGY:
        results[name] = energy(programme, name, tariff_cents, findings)
    check_department_names(programme, findings)
    check_codes(programme, findings)
    check_source_notes(programme, findings)
    results["bevindingen"] = findings.items
    if overflows(results):
        findings.add("overloop", "", None)
    return results


def to_json(node):
    """The oracle's results as JSON-ready data (Fractions as exact decimal strings), for reading."""
    if isinstance(node, dict):
        return {k: to_json(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_json(v) for v in node]
    if isinstance(node, Fraction):
        return str(decimal.Decimal(node.numerator) / decimal.Decimal(node.denominator))
    return node


if __name__ == "__main__":
    import sys
    with open(sys.argv[1], encoding="utf-8-sig") as f:
        print(json.dumps(to_json(calculate(load(f.read()))), ensure_ascii=False, indent=1))
