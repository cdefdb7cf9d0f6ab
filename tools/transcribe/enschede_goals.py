"""Chapter 4 of PUH 2025: goals on regular work (4.1) and focus points (4.2)
with the activities and the X marks saying which departments contribute."""

import re

from enschede_tables import x_cells

S41 = "4.1 Doelen op reguliere werkzaamheden"
S42 = "4.2 Doelen op focuspunten"

REGULIER = [
    ("r1", "Veiligheid", "Er is een basis beschermingsniveau voor veiligheid. Mens en milieu zijn beschermd tegen onaanvaardbare risico's binnen de fysieke leefomgeving.", "1. Veiligheid"),
    ("r2", "Gezonde fysieke leefomgeving", "In Enschede kun je prettig en gezond wonen en leven.", "2. Gezonde fysieke"),
    ("r3", "Duurzaamheid", "Enschede is klimaatneutraal in 2050.", "3. Duurzaamheid"),
    ("r4", "Financiën", "De financiële middelen zijn passend bij de gevraagde inzet en de gewenste kwaliteit van de te leveren diensten en producten.", "4. Financiën"),
    ("r5", "Proces", "We hebben een beleids- en uitvoeringscyclus die voldoet aan de wettelijke kwaliteitseisen.", "5. Proces"),
    ("r6", "Vakbekwaamheid", "We zijn een professionele uitvoeringsorganisatie en beschikken over de kennis en vaardigheden die we nodig hebben.", "6. Vakbekwaamheid"),
    ("r7", "Dienstverlening", "We zetten in op het verbeteren van kwaliteit, stellen daarbij de klant centraal en houden feeling met wat er leeft in de stad.", "7. Dienstverlening"),
]

# (id, title, aim, indicators, anchor of the focus point's own section)
FOCUS = [
    ("f1", "Veiligheid", "Het verminderen van risico's op het gebied van brand, constructieve en omgevingsveiligheid in de realisatie-, gebruiks- en sloopfase van een bouwwerk.",
     ["Aantal geconstateerde onveilige situaties", "Aantal controles waar geen onveilige situatie is aangetroffen"], "1. Veiligheid"),
    ("f2", "Ondermijning", "Enschede is goed beschermd tegen het ontplooien van ondermijnende activiteiten.",
     ["Aantal bibobonderzoeken", "Aantal meldingen bij instanties zoals 'niet pluis' etc."], "2. Ondermijning"),
    ("f3", "Duurzaamheid; energiebesparing en transitie warmte", "Meer dienstverlenend zijn op het gebied van duurzaamheid; energiebesparing en transitie warmte.",
     ["Beschikbare capaciteit/uren voor advisering op duurzaamheid", "Aantal keer geadviseerd op duurzaamheidsmaatregelen"], "3. Duurzaamheid; energiebesparing en transitie warmte"),
    ("f4", "Gezondheid (binnenklimaat)", "Het verminderen van bouwkundige problemen om een gezond (binnen)klimaat bij bestaande bouw te bevorderen.",
     ["Aantal geconstateerde onveilige situaties", "Aantal controles waar geen onveilige situatie is aangetroffen"], "4. Gezondheid"),
    ("f5", "Klimaat", "Gebouwen zijn voldoende beschermd tegen klimaatveranderingen.",
     ["Beschikbare capaciteit/uren voor advisering op klimaat", "Aantal keer geadviseerd over klimaatmaatregelen"], "5. Klimaat"),
    ("f6", "Strijdigheden ruimtelijke ordening", "Er zijn minder gebouwen/gronden die strijdig zijn met bestemmingsplan/omgevingsplan.",
     ["Aantal geconstateerde strijdigheden", "Aantal keer opgetreden tegen strijdigheden", "Aantal keer dat strijdigheden opgelost zijn"],
     "6. Strijdigheden ruimtelijke ordening"),
]

# Where an activity text starts inside a block that also holds the approach label.
ACTIVITY_START = re.compile(
    r"(?:^|\s)(We |De |Onderzoeken|Onderzoek |Uitvoering geven|Uren |Inventariseren|Afspraken|Integrale controles|"
    r"Op basis|1 \w+congres|Het |Bij wetswijziging|Indien )")
X_ONLY = re.compile(r"^[ X]*X[ X]*$")
X_INLINE = re.compile(r"^(.*?\S)( +X[ X]*)$")


def split_block(text, previous_approach):
    """Approach label and activity text: the activity starts at the first
    activity-like phrase after the beginning; a block without a label keeps the
    previous block's approach (the source merges its two columns into one text)."""
    for m in ACTIVITY_START.finditer(text):
        if m.start(1) > 0:
            return text[: m.start(1)].strip(), text[m.start(1):].strip()
    return previous_approach, text


def activities(src, first, last, columns):
    out, text, start, approach = [], [], None, ""
    for i in range(first, last + 1):
        raw = src.raw[i - 1].rstrip("\n")
        norm = src.text(i)
        if not norm or norm.startswith("http") or re.fullmatch(r"\d+", norm):
            continue
        marks = None
        if X_ONLY.match(raw):
            marks = raw
        else:
            m = X_INLINE.match(raw)
            if m and not m.group(1).endswith("-"):
                text.append(m.group(1))
                start = start or i
                marks = m.group(2)[1:]
            elif norm.endswith("-"):
                text, start = [], None  # "-": the approach has no activity this year
                continue
            else:
                text.append(norm)
                start = start or i
                continue
        cells = x_cells(marks)
        joined = re.sub(r"\s+", " ", " ".join(text)).strip()
        if joined:
            approach, activity = split_block(joined, approach)
            out.append(dict(aanpak=approach, activiteit=activity,
                            afdelingen=[c for c, on in zip(columns, cells) if on], regel=start))
        text, start = [], None
    return out
