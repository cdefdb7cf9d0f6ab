#!/usr/bin/python3
"""Random valid programme files (docs/programme-format.md) for the differential test.

generate(seed) returns the JSON text of one programme; the same seed always gives the same text
(only random.Random(seed) is used). The programmes are built to reach every rule of
docs/calculation-rules.md: all work kinds, 6-decimal line hours and exact halves, printed numbers
that are right, wrong, or wrong by exactly one line (afwijking, optelling, verklarend), own shares
that the source rounded on its own (afronding), ties in the largest remainder method, keys that do
not add up, duplicate and misplaced PDC codes, every energy line shape, and now and then a
programme whose figures leave the 64-bit range (overloop).

Printed numbers are derived from the oracle's figures so that "right" and "off by one line" are
exact; the oracle itself is independent of this file.
"""

import math
import random
import sys
from decimal import Decimal
from fractions import Fraction

import oracle

MAX_COUNT = 10 ** 6          # aantal
MAX_KENTAL = 10 ** 4
MAX_HOURS = 10 ** 7          # uren, gedrukt_totaal
MAX_FTE = 10 ** 5
MAX_EUROS = 10 ** 10
KEY_UNITS = 10 ** 6          # 100% in ten-thousandths of a percent
TEXTS = ("Omgevingsvergunning", "Controle", "Advies brandveiligheid", "Bodem & water", "Café-terras",
         "Handhaving — last onder dwangsom", "Energiebesparing", "Kappen van bomen", "Ruimtelijke ordening")


# ---------------------------------------------------------------- JSON text with exact decimals

def dump(node, indent=0):
    """JSON text in which Decimal values keep exactly their digits (no float on the way)."""
    pad, inner = " " * indent, " " * (indent + 1)
    if isinstance(node, dict):
        if not node:
            return "{}"
        items = [f"{inner}{dump(k)}: {dump(v, indent + 1)}" for k, v in node.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(node, list):
        if not node:
            return "[]"
        return "[\n" + ",\n".join(inner + dump(v, indent + 1) for v in node) + "\n" + pad + "]"
    if isinstance(node, bool):
        return "true" if node else "false"
    if isinstance(node, Decimal):
        return format(node, "f")
    if isinstance(node, int):
        return str(node)
    return oracle.json.dumps(node, ensure_ascii=False)


def decimal_of(value, places):
    """An exact Fraction as a Decimal with at most `places` decimals (it must fit)."""
    scaled = value * 10 ** places
    assert scaled.denominator == 1, (value, places)
    return Decimal(int(scaled)).scaleb(-places)


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.regel = self.rng.randrange(1, 5000)

    # ------------------------------------------------------------ small helpers

    def chance(self, p):
        return self.rng.random() < p

    def number(self, places, typical, maximum, whole_share=0.5):
        """A non-negative number with at most `places` decimals: mostly up to `typical`, sometimes
        whole, sometimes zero, now and then close to `maximum`; trailing zeros now and then."""
        r = self.rng.random()
        if r < 0.04:
            value = Fraction(0)
        elif r < 0.07:
            value = Fraction(self.rng.randrange((maximum - 10) * 10 ** places, maximum * 10 ** places + 1),
                             10 ** places)
        elif self.chance(whole_share):
            value = Fraction(self.rng.randrange(0, typical + 1))
        else:
            value = Fraction(self.rng.randrange(0, typical * 10 ** places + 1), 10 ** places)
        return self.decimal(value, places)

    def decimal(self, value, places):
        """value as a Decimal; now and then with all `places` decimals written out ("4.500")."""
        written = decimal_of(value, places)
        return written if self.chance(0.1) else written.normalize()

    def hours_value(self, hours):
        return self.decimal(hours, 3)

    def euros_value(self, cents):
        return self.decimal(Fraction(cents, 100), 2)

    def bron(self):
        r = self.rng.random()
        if r < 0.4:
            return None
        self.regel += self.rng.randrange(1, 40)
        sectie = self.rng.choice(("2.1 Capaciteit", "ODT 4.1 Programma Vergunningen", "ODT 6.2 Diensten",
                                  "Bijlage 3 SPUK THE", "5.1 Reguliere werkzaamheden"))
        return {"sectie": sectie, "regel": self.regel} if r < 0.8 else {"sectie": sectie}

    def with_bron(self, obj):
        bron = self.bron()
        if bron is not None:
            obj["bron"] = bron
        return obj

    def printed_object(self, values):
        """A printed total with its `bron`, or None to leave it out: a printed total has `uren`,
        `kosten` or both (programme-format.md)."""
        if "uren" not in values and "kosten" not in values:
            return None
        return self.with_bron(values)

    @staticmethod
    def put(block, key, value):
        if value is not None:
            block[key] = value

    def text(self):
        return self.rng.choice(TEXTS) + f" {self.rng.randrange(1, 100)}"

    # ------------------------------------------------------------ printed numbers

    def printed_total(self, computed, unit, lines=()):
        """A printed number in `unit` ("uur": Fraction hours, "cent": int cents): right, the sum of the
        printed lines, off by exactly one line's computed or printed value, or wrong; None when it
        would fall outside the documented range. lines: (computed, printed or None) per line."""
        printed_lines = [p for _, p in lines]
        options = ["right", "right", "wrong"]
        if lines:
            options += ["line", "line"]
            if all(p is not None for p in printed_lines):
                options += ["printed_sum", "printed_line", "printed_line"]
        mode = self.rng.choice(options)
        sign = self.rng.choice((-1, 1))
        if mode == "right":
            value = computed
        elif mode == "line":
            value = computed + sign * self.rng.choice(lines)[0]
        elif mode == "printed_sum":
            value = sum(printed_lines)
        elif mode == "printed_line":
            value = sum(printed_lines) + sign * self.rng.choice(printed_lines)
        else:
            value = computed + sign * self.some_difference(unit)
        return self.printed(value, unit)

    def some_difference(self, unit):
        if unit == "uur":
            return self.rng.choice((1, Fraction(1, 1000), Fraction(self.rng.randrange(1, 5000000), 1000)))
        return self.rng.choice((1, 100, self.rng.randrange(1, 10 ** 6)))

    def printed(self, value, unit):
        if unit == "uur":
            return self.hours_value(value) if 0 <= value <= MAX_HOURS else None
        return self.euros_value(value) if 0 <= value <= MAX_EUROS * 100 else None

    # ------------------------------------------------------------ programme parts

    def settings(self, overflow):
        # Fractional productive hours (1.312,5 and 1.298,333) and the extremes of the ranges.
        productive = self.rng.choice((Fraction(1300), Fraction(2625, 2), Fraction(1298333, 1000), Fraction(1400),
                                      Fraction(self.rng.randrange(1000000, 1800000), 1000), Fraction(1),
                                      Fraction(8784)))
        # € 110,99 with 50-hour lines gives the source's half euros (1.650 × 110,99 = 183.133,50).
        tariff = Fraction(10000) if overflow else self.rng.choice(
            (Fraction(11099, 100), Fraction(11099, 100), Fraction(self.rng.randrange(0, 20000), 100),
             Fraction(95), Fraction(0), Fraction(10000)))
        self.tariff_cents = int(tariff * 100)
        return self.with_bron({"productieve_uren_per_fte": self.decimal(productive, 3),
                               "odt_uurtarief": self.decimal(tariff, 2)})

    def departments(self):
        result = []
        for i in range(0 if self.chance(0.03) else self.rng.randrange(1, 7)):
            fte = self.number(3, 40, MAX_FTE, whole_share=0.3)
            if self.chance(0.2):
                fte = Decimal("3.333")
            name = self.text()
            if result and self.chance(0.1):                     # dubbele-afdeling, or just not
                name = self.rng.choice(result)["naam"]
                # the same, in capitals, small letters or between spaces; another: a letter more, a
                # no-break space (not trimmed), or empty as a new department's (never compared)
                name = self.rng.choice((name, name.upper(), name.lower(), " " + name + " ", name + "é",
                                        "\u00a0" + name, "", "  "))
            result.append(self.with_bron({"id": f"afd{i}", "naam": name, "beschikbare_fte": fte}))
        return result

    def work(self, departments, size):
        lines = []
        for i in range(self.rng.randrange(0, size + 1) if departments else 0):
            line = {"id": f"w{i}", "afdeling": self.rng.choice(departments)["id"], "omschrijving": self.text()}
            if self.chance(0.5):
                line["groep"] = self.rng.choice(("Bouwen", "Milieu", "Overig"))
            kind = self.rng.choice(("aantal", "aantal", "fte", "uren", "percentage", "percentage"))
            line["soort"] = kind
            if kind == "aantal":
                line["aantal"], line["kental"] = self.count_and_kental()
            elif kind == "fte":
                line["fte"] = self.number(3, 5, MAX_FTE)
            elif kind == "uren":
                line["uren"] = self.number(3, 5000, MAX_HOURS)
            else:
                line["percentage"] = Decimal("7.55") if self.chance(0.15) else self.number(4, 30, 100, 0.3)
            if self.chance(0.1):
                line["opmerking"] = self.text()
            lines.append(self.with_bron(line))
        return lines

    def count_and_kental(self, overflow=False):
        """aantal and kental; sometimes chosen so that the product is an exact half of 0,001 uur."""
        if overflow:
            return Decimal(MAX_COUNT), self.decimal(Fraction(self.rng.randrange(9500000, 10000001), 1000), 3)
        if self.chance(0.15):
            count = Fraction(2 * self.rng.randrange(0, 400) + 1, 2)
            kental = Fraction(2 * self.rng.randrange(0, 50000) + 1, 1000)
            return self.decimal(count, 3), self.decimal(kental, 3)
        return self.number(3, 400, MAX_COUNT), self.number(3, 60, MAX_KENTAL)

    def odt_code(self, table_index, used):
        r = self.rng.random()
        if used and r < 0.03:
            return self.rng.choice(used)                       # dubbele-code
        if r < 0.06:
            table_index = self.rng.randrange(4)                 # possibly code-buiten-tabel
        elif r < 0.08:
            return self.rng.choice(("B1.01.00", "A5.02.01", "X-12", "OD3", "C4"))
        return f"A{table_index + 1}.{self.rng.randrange(1, 100):02}.{self.rng.randrange(0, 100):02}"

    def odt_table(self, table_index, size, used, overflow):
        lines, all_printed = [], self.chance(0.4)
        # About 950 lines at the largest aantal x kental put the ODT cost near 2^63 cents.
        count = self.rng.randrange(0, size + 1) if not overflow else self.rng.randrange(225, 251)
        for _ in range(count):
            code = self.odt_code(table_index, used)
            used.append(code)
            aantal, kental = self.count_and_kental(overflow)
            line = {"code": code, "product": self.text(), "aantal": aantal, "kental": kental}
            hours = oracle.odt_line_hours(line)
            r = self.rng.random()
            if (all_printed or r < 0.7) and not overflow:
                wrong = r < 0.15 or (all_printed and self.chance(0.1))
                printed = hours + self.rng.choice((1, -1, Fraction(1, 1000), 120)) if wrong else hours
                self.put(line, "gedrukt_totaal", self.printed(printed, "uur"))
            lines.append(self.with_bron(line))
        return lines

    def odt_printed_total(self, lines):
        hours = [oracle.odt_line_hours(l) for l in lines]
        total = sum(hours, Fraction(0))
        printed_lines = [oracle.exact(l["gedrukt_totaal"]) if "gedrukt_totaal" in l else None for l in lines]
        result = {}
        if self.chance(0.85):
            self.put(result, "uren", self.printed_total(total, "uur", list(zip(hours, printed_lines))))
        if self.chance(0.5):
            self.put(result, "kosten", self.printed_total(oracle.cost_cents(total, self.tariff_cents), "cent"))
        return self.printed_object(result)

    def hour_list(self, prefix, size):
        return [self.with_bron({"id": f"{prefix}{i}", "naam": self.text(), "uren": self.number(3, 800, MAX_HOURS)})
                for i in range(self.rng.randrange(0, size + 1))]

    def odt(self, size, overflow):
        block, used = {}, []
        for i, table in enumerate(oracle.TABLES):
            block[table] = self.odt_table(i, size, used, overflow)
        if self.chance(0.8):
            printed = {}
            for table in oracle.TABLES:
                if self.chance(0.7):
                    self.put(printed, table, self.odt_printed_total(block[table]))
            block["gedrukte_totalen"] = printed
        if self.chance(0.8):
            local = self.hour_list("lp", 5)
            block["lokale_projecten"] = local
            if self.chance(0.8):
                hours = [oracle.exact(l["uren"]) for l in local]
                total = sum(hours, Fraction(0))
                printed = {}
                if self.chance(0.9):
                    self.put(printed, "uren", self.printed_total(total, "uur", [(h, h) for h in hours]))
                if self.chance(0.5):
                    self.put(printed, "kosten", self.printed_total(oracle.cost_cents(total, self.tariff_cents), "cent"))
                self.put(block, "gedrukt_totaal_lokale_projecten", self.printed_object(printed))
        if self.chance(0.7):
            block["werkvoorraad"] = self.hour_list("wv", 3)
        return block

    # ------------------------------------------------------------ regional

    def pool_items(self, prefix):
        items = []
        for i in range(self.rng.randrange(0, 13)):
            item = {"code": f"{prefix}{i + 1}", "naam": self.text(),
                    "financiering": self.rng.choice(("verdeelsleutel",) * 4 + ("extern", "begroting"))}
            r = self.rng.random()
            if r < 0.55:
                item["uren"] = self.rng.randrange(0, 60) * 50
            elif r < 0.8:
                item["uren"] = self.rng.randrange(0, 5000)
            elif r < 0.85:  # large pots: pot cents x key needs more than 64 bits at high tariffs
                item["uren"] = self.rng.randrange(MAX_HOURS // 2, MAX_HOURS + 1)
            if self.chance(0.3):
                item["samenvatting"] = self.text()
            if self.chance(0.3):
                item["status"] = self.rng.choice(("Realisatiefase", "Afgerond", "Nieuw"))
            items.append(self.with_bron(item))
        return items

    def own_key_units(self, pot):
        """The own partner's key in ten-thousandths of a percent: random, a familiar value, or a
        trap where the exact own share ends in ,4995 or exactly ,5 (one-time rounding)."""
        r = self.rng.random()
        if r < 0.3 and pot:
            solutions = self.trap_keys(pot, self.rng.choice((499500, 500000, 500001, 499999)))
            if solutions:
                return self.rng.choice(solutions)
        if r < 0.5:
            return self.rng.choice((120200, 125000, 375000, 500000, 1000000, 0, 333333))
        return self.rng.randrange(0, 300001)

    @staticmethod
    def trap_keys(pot, target):
        """Keys k (in 1e-4 %) with pot * k = target modulo 1e6, i.e. an exact share with that fraction."""
        g = math.gcd(pot, KEY_UNITS)
        if target % g:
            return []
        modulus = KEY_UNITS // g
        first = (target // g) * pow(pot // g, -1, modulus) % modulus
        return list(range(first, KEY_UNITS + 1, modulus))[:50]

    def split(self, units, parts):
        """`units` split over `parts` keys: random cuts, equal shares (ties), or a mix."""
        if parts <= 1:
            return [units] if parts else []
        mode = self.rng.random()
        if mode < 0.35:
            base, extra = divmod(units, parts)
            keys = [base + (1 if i < extra else 0) for i in range(parts)]
        elif mode < 0.5:
            half = parts // 2
            keys = self.split(units // 2, half) + self.split(units - units // 2, parts - half)
        else:
            cuts = sorted(self.rng.randrange(0, units + 1) for _ in range(parts - 1))
            keys = [b - a for a, b in zip([0] + cuts, cuts + [units])]
        return keys

    def partners(self, pot):
        r = self.rng.random()
        count = 0 if r < 0.03 else 1 if r < 0.06 else self.rng.randrange(2, 41)
        if count == 0:
            return [], ""
        own_units = self.own_key_units(pot) if count > 1 else KEY_UNITS
        own_at = self.rng.randrange(count)
        keys = self.split(KEY_UNITS - own_units, count - 1)
        keys.insert(own_at, own_units)
        if self.chance(0.12):  # keys that do not add up to 100%
            i = self.rng.randrange(count)
            keys[i] = min(KEY_UNITS, max(0, keys[i] + self.rng.choice((1, -1, 10000, -500, 98000))))
        partners = [self.with_bron({"id": f"p{i}", "naam": self.text(), "sleutel": self.decimal(Fraction(k, 10000), 4)})
                    for i, k in enumerate(keys)]
        own = "" if self.chance(0.1) else partners[own_at]["id"]
        return partners, own

    def printed_regional(self, regional, name):
        items = regional[name]
        pool = oracle.regional_pool(regional, name, self.tariff_cents, oracle.keys_add_up(regional))
        printed = {}
        if self.chance(0.75):
            total = {}
            scope = self.rng.choice((None, None, "verdeelsleutel", "alle"))
            if scope is not None:
                total["omvat"] = scope
            members = oracle.pool_members(items, scope or "verdeelsleutel")
            other = oracle.pool_members(items, "alle" if scope != "alle" else "verdeelsleutel")
            hours = [Fraction(items[i]["uren"]) for i in members]
            total_hours = sum(hours, Fraction(0))
            if self.chance(0.2):  # the source printed the other total than `omvat` says
                total_hours = sum((Fraction(items[i]["uren"]) for i in other), Fraction(0))
            if self.chance(0.9):
                self.put(total, "uren", self.printed_total(total_hours, "uur", [(h, h) for h in hours]))
            if self.chance(0.5):
                self.put(total, "kosten", self.printed_total(int(total_hours * self.tariff_cents), "cent"))
            self.put(printed, name + "_totaal", self.printed_object(total))
        if self.chance(0.75):
            key = oracle.own_key(regional)
            own = {}
            exact_hours = pool["totaal_uren"] * key / 100
            exact_cents = pool["totaal_kosten_cent"] * key / 100
            hours = self.rng.choice((pool["eigen_uren"], Fraction(oracle.round_half_away(exact_hours)),
                                     Fraction(oracle.round_half_away(exact_hours)), pool["eigen_uren"] + 1,
                                     Fraction(self.rng.randrange(0, 2000))))
            cents = self.rng.choice((pool["eigen_kosten_cent"], oracle.round_half_away(exact_cents),
                                     oracle.round_half_away(exact_cents), pool["eigen_kosten_cent"] - 1,
                                     self.rng.randrange(0, 10 ** 8)))
            if self.chance(0.9):
                self.put(own, "uren", self.printed(hours, "uur"))
            if self.chance(0.6):
                self.put(own, "kosten", self.printed(cents, "cent"))
            self.put(printed, name + "_eigen", self.printed_object(own))
        return printed

    def regional(self):
        regional = {"projecten": self.pool_items("OD"), "diensten": self.pool_items("D")}
        # The trap keys are aimed at one pot; pick which.
        aim = self.rng.choice(oracle.POOLS)
        pot = sum(i["uren"] for i in regional[aim] if "uren" in i and i["financiering"] == "verdeelsleutel")
        if self.chance(0.5):
            pot *= self.tariff_cents  # aim at the cents instead of the hours
        regional["partners"], regional["eigen_partner"] = self.partners(pot)
        if self.chance(0.85):
            printed = {}
            for name in oracle.POOLS:
                printed.update(self.printed_regional(regional, name))
            regional["gedrukt"] = printed
        return regional

    # ------------------------------------------------------------ energy and SPUK THE

    def energy_line(self):
        line = {"product": self.text()}
        # A line gives kental + aantal, uren, or kosten_zonder_uren (or hours and such an amount).
        shape = self.rng.choice(("count", "count", "count", "hours", "hours", "extra", "count_extra",
                                 "hours_extra"))
        if shape.startswith("count"):
            aantal, kental = self.count_and_kental()
            line["kental"], line["aantal"] = kental, aantal
        elif shape.startswith("hours"):
            line["uren"] = self.number(3, 2000, MAX_HOURS)
        if "extra" in shape:
            line["kosten_zonder_uren"] = self.number(2, 30000, MAX_EUROS)
        hours, cents, _ = oracle.energy_line(line, self.tariff_cents)
        if shape.startswith("count") and self.chance(0.7):
            printed = hours if self.chance(0.8) else hours + self.rng.choice((1, 368, Fraction(1, 1000)))
            self.put(line, "uren", self.printed(printed, "uur"))
        if self.chance(0.75):
            self.put(line, "kosten", self.printed_total(cents, "cent"))
        return self.with_bron(line)

    def energy(self):
        lines = [self.energy_line() for _ in range(self.rng.randrange(0, 16))]
        block = {"regels": lines}
        if self.chance(0.8):
            computed = [oracle.energy_line(l, self.tariff_cents) for l in lines]
            total_hours = sum((h for h, _, _ in computed), Fraction(0))
            total_cents = (oracle.cost_whole_euros_in_cents(total_hours, self.tariff_cents)
                           + sum(x for _, _, x in computed))
            printed = {}
            if self.chance(0.85):
                rows = [(h, oracle.printed_line_hours(l)) for l, (h, _, _) in zip(lines, computed)]
                self.put(printed, "uren", self.printed_total(total_hours, "uur", rows))
            if self.chance(0.85):
                rows = [(c, oracle.printed_line_cost(l)) for l, (_, c, _) in zip(lines, computed)]
                self.put(printed, "kosten", self.printed_total(total_cents, "cent", rows))
            self.put(block, "gedrukt_totaal", self.printed_object(printed))
        return block

    # ------------------------------------------------------------ the whole programme

    def source_notes(self, programme):
        targets = ["/instellingen"] + [f"/afdelingen/{i}" for i in range(len(programme["afdelingen"]))][:2]
        targets += [f"/werk/{i}" for i in range(len(programme["werk"]))][:5]
        targets += [f"/odt/{t}/{i}/kental" for t in oracle.TABLES for i in range(len(programme["odt"][t]))][:5]
        targets += [f"/regionaal/partners/{i}/sleutel" for i in range(len(programme["regionaal"]["partners"]))][:3]
        return [self.with_bron({"pointer": self.rng.choice(targets), "tekst": self.text()})
                for _ in range(self.rng.randrange(0, 4))]

    def programme(self):
        overflow = self.chance(0.015)
        size = self.rng.choice((0, 3, 10, 30, 60, 100))
        programme = {"schema": "vth-planner-programma", "versie": 1, "gemeente": "Gemeente " + self.text(),
                     "jaar": self.rng.randrange(2000, 2101), "titel": self.text(),
                     "bron": {"document": self.text(), "bestand": "bron.txt"}}
        programme["instellingen"] = self.settings(overflow)
        programme["afdelingen"] = self.departments()
        programme["werk"] = self.work(programme["afdelingen"], size)
        programme["odt"] = self.odt(size, overflow)
        programme["regionaal"] = self.regional()
        for name in oracle.ENERGY:
            if self.chance(0.8):
                programme[name] = self.energy()
        if self.chance(0.7):
            programme["bronopmerkingen"] = self.source_notes(programme)
        return programme


def generate(seed):
    """The JSON text of a random valid programme, reproducible from `seed`."""
    return dump(Generator(seed).programme()) + "\n"


if __name__ == "__main__":
    print(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 0), end="")
