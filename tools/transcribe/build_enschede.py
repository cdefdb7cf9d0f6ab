#!/usr/bin/env python3
"""Builds assets/programmes/enschede-puh-2025.json from the plain text of
gemeente Enschede's Programma Uitvoering & Handhaving 2025.

Every number is taken from the source line it stands on (and the script stops
if it is not there), or is an assumption (aanname) with its reason. Usage:
    tools/transcribe/build_enschede.py SOURCE.txt OUTPUT.json
then `vth-planner format OUTPUT.json` writes it in the canonical form that is committed.
"""

import json
import math
import sys

from enschede_goals import ACTIVITY_START, FOCUS, REGULIER, S41, S42, activities
from enschede_municipal import AFDELING_REDEN, COUNT_LINES, FTE_LINES, HOR_OVERIGE_REDEN, KENTAL_REDEN
from enschede_tables import energy_table, odt_table, protocol
from source_index import SourceText

SOURCE_FILE = "000_47a063a02c4fe4d8.txt"
PRODUCTIVE_HOURS = 1300
RATE = 110.99


def bron(section, line):
    return {"sectie": section, "regel": line}


def dutch(n):
    return str(n).replace(".", ",")


def build(src):
    notes = []

    def note(pointer, text, section, line):
        notes.append({"pointer": pointer, "tekst": text, "bron": bron(section, line)})

    # --- settings ------------------------------------------------------------------
    energy_total_line = src.line_of("Totaal 5228 € 580.256")
    settings = {
        "productieve_uren_per_fte": PRODUCTIVE_HOURS,
        "odt_uurtarief": RATE,
        "bron": bron("Bijlage 3 PvA Energie en Duurzaamheid Twente", energy_total_line),
        "aanname": {
            "productieve_uren_per_fte": "De bron noemt geen productieve uren per fte. 1.300 uur is een gangbare "
                                        "norm voor gemeentelijke VTH-functies (1.300–1.400 uur); vervang door de eigen norm.",
            "odt_uurtarief": "De bron noemt geen ODT-uurtarief als zodanig. Afgeleid uit Bijlage 3: € 580.256 voor "
                             "5.228 uur is € 110,99 per uur, en elke regel daar is uren × € 110,99 afgerond op hele euro's.",
        },
    }

    # --- municipal work ---------------------------------------------------------------
    work, cursor = [], {}
    sec_start = {"5.1": src.line_of("5.1 REGULIERE WERKZAAMHEDEN"), "6.1": src.line_of("6.1 REGULIERE WERKZAAMHEDEN")}
    for (wid, dept, group, desc, count, kental, find, section) in COUNT_LINES:
        key = section[:3]
        start = cursor.get(key, sec_start[key])
        if find.isdigit():
            line = start
            while src.text(line) != find:
                line += 1
                if line > start + 200:
                    raise SystemExit(f"{wid}: regel '{find}' niet gevonden na {start}")
        else:
            line = src.line_of(find, start)
            if dutch(count) not in src.text(line).replace(":", " ").split() and find != "Steekproefsgewijs n.t.b.":
                raise SystemExit(f"{wid}: aantal {count} staat niet op regel {line}: {src.text(line)!r}")
        cursor[key] = line + 1
        w = {"id": wid, "afdeling": dept, "groep": group, "omschrijving": desc, "soort": "aantal",
             "aantal": count, "kental": kental, "bron": bron(section, line), "aanname": {"kental": KENTAL_REDEN}}
        if group == "Juridische werkzaamheden":
            w["aanname"]["afdeling"] = AFDELING_REDEN[group]
        if dept == "hor" and group == "Overige":
            w["aanname"]["afdeling"] = HOR_OVERIGE_REDEN
        if wid == "o-steekproef":
            w["aanname"]["aantal"] = "De bron zegt 'n.t.b.' (nog te bepalen); 0 tot het aantal bekend is."
        work.append(w)
    for (wid, dept, desc, fte, find) in FTE_LINES:
        line = src.line_of(find, sec_start["5.1"])
        work.append({"id": wid, "afdeling": dept, "groep": "Overige (capaciteit in fte)", "omschrijving": desc,
                     "soort": "fte", "fte": float(fte.replace(",", ".")) if "," in fte else int(fte),
                     "bron": bron("5.1 Reguliere werkzaamheden (Programma uitvoering)", line)})
    bibob = next(i for i, w in enumerate(work) if w["id"] == "v-bibob")
    note(f"/werk/{bibob}", "In de fte-tabel van Vergunnen staat bij 'Wet Bibob' geen fte, alleen '400 dossiers'; "
         "hier opgenomen als 400 dossiers met een aangenomen kental.",
         "5.1 Reguliere werkzaamheden (Programma uitvoering)", work[bibob]["bron"]["regel"])

    res_v = src.line_of("reserveert de afdeling Vergunnen in 2025 100 uur")
    work.append({"id": "v-res-omgevingsplan", "afdeling": "vergunnen", "groep": "Reserveringen",
                 "omschrijving": "Analyseren van vergunningen en doorvoeren in het nieuwe Omgevingsplan",
                 "soort": "uren", "uren": 100,
                 "bron": bron("5.2.2 Strijdigheden huidige bestemmingsplannen i.r.t. transitiefase Omgevingsplan", res_v)})
    res_h = src.line_of("reserveert de afdeling HBM in 2025")
    assert src.text(src.line_of("100 uur.", res_h)).startswith("100 uur"), "HBM-reservering niet gevonden"
    work.append({"id": "h-res-strijdigheden", "afdeling": "hbm", "groep": "Reserveringen",
                 "omschrijving": "Strijdigheden in huidige bestemmingsplannen identificeren en doorvoeren in het Omgevingsplan",
                 "soort": "uren", "uren": 100,
                 "bron": bron("6.2.3 Strijdigheden huidige bestemmingsplannen i.r.t. transitiefase Omgevingsplan", res_h)})
    pct_h = src.line_of("De afdeling HBM reserveert 10% van de capaciteit")
    work.append({"id": "h-res-keten", "afdeling": "hbm", "groep": "Reserveringen",
                 "omschrijving": "Ketensamenwerking en 'binnenvliegers' (10% van de capaciteit)",
                 "soort": "percentage", "percentage": 10,
                 "bron": bron("6.2.1 Ketensamenwerking en onvoorzien", pct_h)})
    boa = src.line_of("De boa's openbare ruimte (domein I) werken")
    work.append({"id": "o-boa-regulier", "afdeling": "hor", "groep": "Openbare ruimte",
                 "omschrijving": "Reguliere inzet boa's domein I: parkeren, afval, wijken (APV, Verordening Kwaliteit Leefomgeving)",
                 "soort": "fte", "fte": 30,
                 "bron": bron("6.1 Reguliere werkzaamheden (Programma handhaving), Openbare ruimte", boa),
                 "aanname": {"fte": "De omvang van de boa-inzet staat alleen in Figuur 2 en 3 (afbeeldingen, in %); "
                                    "30 fte is een aanname van VTH-planner. Vervang door de eigen formatie."}})
    spoor = src.line_of("Dit omvat ongeveer 4")
    note("/werk/2", "De tabel van Bestemmen noemt spoor 1: 4, spoor 2: 6 en spoor 3: 30 wijzigingen; de tekst van "
         "5.2.2 en 6.2.3 noemt ongeveer 4, 5 en 20. Het programma rekent met de tabel.",
         "5.2.2 Strijdigheden huidige bestemmingsplannen", spoor)

    # --- departments: available FTE is an assumption (Figuur 1 is an image) ----------
    names = [("bestemmen", "Bestemmen"), ("vergunnen", "Vergunnen"), ("hbm", "Handhaven Bouwen Milieu (HBM)"),
             ("hor", "Handhaven Openbare Ruimte (HOR)"), ("staf", "Staf")]
    dep_line = src.line_of("Het Cluster O&R bestaat uit vijf afdelingen")
    departments = []
    for did, name in names:
        hours, pct = 0.0, 0.0
        for w in work:
            if w["afdeling"] != did:
                continue
            if w["soort"] == "aantal":
                hours += w["aantal"] * w["kental"]
            elif w["soort"] == "fte":
                hours += w["fte"] * PRODUCTIVE_HOURS
            elif w["soort"] == "uren":
                hours += w["uren"]
            else:
                pct += w["percentage"] / 100
        fte = math.ceil(hours / (1 - pct) / PRODUCTIVE_HOURS * 10) / 10 if hours else 0
        fte = int(fte) if fte == int(fte) else fte
        reason = ("Figuur 1 (beschikbare capaciteit) is een afbeelding zonder tekst. Volgens 2.1 sluit de "
                  "werkvoorraad goed aan bij de beschikbare capaciteit; daarom aangenomen gelijk aan de berekende "
                  "vraag, naar boven afgerond op 0,1 fte. Vervang door de formatie uit Figuur 1.")
        if did == "staf":
            reason = ("Figuur 1 is een afbeelding zonder tekst en de bron noemt geen werk met omvang voor Staf; "
                      "0 fte zodat Staf het totaal niet vertekent. Vervang door de eigen formatie.")
        departments.append({"id": did, "naam": name, "beschikbare_fte": fte, "bron": bron("2.1 Capaciteit en verdeling", dep_line),
                            "aanname": {"beschikbare_fte": reason}})

    # --- ODT programme --------------------------------------------------------------------
    odt = {}
    sec = {"vergunningen": "ODT 4.1 Programma Vergunningen", "toezicht": "ODT 4.2 Programma Toezicht & Handhaving",
           "handhaving": "ODT 4.2 Programma Toezicht & Handhaving", "advies": "ODT 4.3 Programma Advies"}
    bounds = [("vergunningen", "4.1 Programma Vergunningen", "Totaal benodigde capaciteit 5569 uur"),
              ("toezicht", "Totaal benodigde capaciteit 5569 uur", "Totaal benodigde capaciteit 8972 uur"),
              ("handhaving", "Totaal benodigde capaciteit 8972 uur", "Totaal benodigde capaciteit 1191 uur"),
              ("advies", "4.3 Programma Advies", "Totaal benodigde capaciteit 1155 uur")]
    totals, start = {}, src.line_of("4. Programma", 3800)
    for key, a, b, in bounds:
        lines, last = odt_table(src, a, b, start)
        odt[key] = [{"code": l["code"], "product": l["product"], "aantal": l["aantal"], "kental": l["kental"],
                     "gedrukt_totaal": l["gedrukt_totaal"], "bron": bron(sec[key], l["regel"])} for l in lines]
        printed = int(b.split()[-2])
        totals[key] = {"uren": printed, "bron": bron(sec[key], last)}
        start = last
    odt["gedrukte_totalen"] = totals
    lp = src.line_of("project Havengebied")
    odt["lokale_projecten"] = [{"id": "havengebied", "naam": "Vervolg en evt. uitbreiding project Havengebied",
                                "omschrijving": "Vervolgacties (toezicht en handhaving) op lopende project gemeente Enschede",
                                "uren": 300, "bron": bron("ODT 6.3 Lokale projecten", lp)}]
    lp_total = src.line_of("Totaal benodigde capaciteit 300 uur", lp)
    odt["gedrukt_totaal_lokale_projecten"] = {"uren": 300, "bron": bron("ODT 6.3 Lokale projecten", lp_total)}
    ws = src.line_of("Opslag uren werkvoorraad 2024 718")
    odt["werkvoorraad"] = [{"id": "wabo-2024", "naam": "Opslag uren werkvoorraad 2024 (Wabo)", "uren": 718,
                            "bron": bron("ODT Bijlage 1 Werkvoorraad Wabo", ws)}]
    note("/odt/werkvoorraad/0", "Bijlage 1 (Werkvoorraad Wabo) heeft in de tekst alleen de regel 'Opslag uren "
         "werkvoorraad 2024 718 uur'; de productregels van die tabel ontbreken.", "ODT Bijlage 1 Werkvoorraad Wabo", ws)

    # --- regional projects and services -----------------------------------------------------
    projects_src = [
        ("OD1", "Omgevingswet", "Laatste implementatie van de Omgevingswet.", 1500, "verdeelsleutel", "Verdeelsleutel", "Realisatiefase", "OD1 Omgevingswet", "1500 uur Verdeelsleutel"),
        ("OD2", "Stikstof: Lbv en Lbv+", "Projectmanagement rond de landelijke beëindigingsregeling veehouderijlocaties (Lbv(+)).", 500, "verdeelsleutel", "Verdeelsleutel", "Realisatiefase", "OD2 Stikstof", "500 uur Verdeelsleutel"),
        ("OD3", "Energie en duurzaamheid", "Uitvoering van het projectplan energie en duurzaamheid 2022-2026.", None, "extern", "Extern gefinancierd", "Realisatiefase", "OD3 Energie en", "n.v.t. Extern"),
        ("OD4", "Innovatie- en ontwikkelagenda", "Invulling aan pijler 1 IBP-VTH met een gerichte agenda voor innovatie en ontwikkeling.", 1000, "verdeelsleutel", "Verdeelsleutel", "Initiatiefase", "OD4 Innovatie- en", "1000 uur Verdeelsleutel"),
        ("OD5", "Project lozen buiten inrichtingen", "Pilot lozen buiten inrichtingen: lozingsmeldingen tijdig, correct en integraal behandelen en het toezicht aanscherpen.", 250, "verdeelsleutel", "Verdeelsleutel", "Realisatiefase", "OD5 Project lozen", "250 uur Verdeelsleutel"),
        ("OD6", "Gedragssturing", "Interne en externe gedragssturing implementeren als instrument.", 400, "verdeelsleutel", "Verdeelsleutel", "Initiatiefase", "OD6 Gedragssturing", "400 uur Verdeelsleutel"),
        ("OD7", "Project Afvalstromen", "Toezicht intensiveren en afvalstromen bij regionale afvalbedrijven in kaart brengen.", 500, "verdeelsleutel", "Verdeelsleutel", "Realisatiefase", "OD7 Project", "500 uur Verdeelsleutel"),
        ("OD8", "Risicogericht werken", "Doorontwikkeling en implementatie van de risicoanalyse (RPI), de TVS en een adviesstrategie.", 1000, "verdeelsleutel", "Verdeelsleutel", "Realisatiefase", "OD8 Risicogericht", "1000 uur Verdeelsleutel"),
        ("OD9", "Ondermijning", "Weerbaarheidsscan ondermijning met het RIEC.", 400, "verdeelsleutel", "Verdeelsleutel (mogelijk extern budget RIEC)", "Initiatiefase", "OD9", "400 uur Verdeelsleutel"),
        ("OD10", "Toekomstvisie 2030 / robuustheid", "Nieuwe toekomstvisie 2030 van de ODT.", 250, "verdeelsleutel", "Verdeelsleutel", "Initiatiefase", "OD10 Toekomstvisie", "250 uur Verdeelsleutel"),
        ("OD11", "ZZS", "Aanpak zeer zorgwekkende stoffen op brancheniveau.", 350, "verdeelsleutel", "Verdeelsleutel", "Initiatiefase", "OD11 ZZS", "350 uur Verdeelsleutel"),
        ("OD12", "KC 3.0", "Integrale scan ten aanzien van de kwaliteitscriteria 3.0.", None, "extern", "Extern gefinancierd", "Initiatiefase", "OD12 KC 3.0", "n.v.t. Extern"),
    ]
    p_start = src.line_of("6.1 Twentse Projecten")
    projects = []
    for code, name, summary, hours, fin, fin_text, status, anchor, hours_text in projects_src:
        a = src.line_of(anchor, p_start)
        h = src.line_of(hours_text, a)
        item = {"code": code, "naam": name, "samenvatting": summary}
        if hours is not None:
            item["uren"] = hours
        item.update({"financiering": fin, "financiering_tekst": fin_text, "status": status,
                     "bron": bron("ODT 6.1 Twentse Projecten", h)})
        projects.append(item)
        p_start = a + 1
    services_src = [
        ("1", "Accountmanagement", 1750, "verdeelsleutel", "Verdeelsleutel", "1750 uur Verdeelsleutel"),
        ("2", "VTHA-beleidscyclus", 1500, "verdeelsleutel", "Verdeelsleutel", "1500 uur Verdeelsleutel"),
        ("3", "Bodembeleid", 1250, "verdeelsleutel", "Verdeelsleutel", "1250 uur Verdeelsleutel"),
        ("4", "Ketentoezicht", None, "begroting", "Gefinancierd via begroting", "n.v.t. Gefinancierd"),
        ("5", "Omgevingsadviseurs", 3000, "verdeelsleutel", "Verdeelsleutel", "3000 uur Verdeelsleutel"),
        ("6", "Planner toezicht", 1000, "verdeelsleutel", "Verdeelsleutel", "1000 uur Verdeelsleutel"),
        ("7", "Invoer BIS", 1400, "verdeelsleutel", "Verdeelsleutel", "1400 uur Verdeelsleutel"),
        ("8", "Externe Veiligheid – kennisdeling", 400, "verdeelsleutel", "Verdeelsleutel", "400 uur Verdeelsleutel"),
        ("9", "Externe Veiligheid – REV", 1400, "verdeelsleutel", "Verdeelsleutel", "1400 uur Verdeelsleutel"),
    ]
    s_start = src.line_of("6.2 Diensten voor de regio Twente")
    services = []
    for code, name, hours, fin, fin_text, hours_text in services_src:
        h = src.line_of(hours_text, s_start)
        item = {"code": code, "naam": name}
        if hours is not None:
            item["uren"] = hours
        item.update({"financiering": fin, "financiering_tekst": fin_text, "bron": bron("ODT 6.2 Diensten voor de regio Twente", h)})
        services.append(item)
        s_start = h + 1
    key_line = src.line_of("Totaal benodigde capaciteit Enschede (12,02%) 739 uur")
    partner_names = ["Almelo", "Borne", "Dinkelland", "Haaksbergen", "Hellendoorn", "Hengelo", "Hof van Twente",
                     "Losser", "Oldenzaal", "Rijssen-Holten", "Tubbergen", "Twenterand", "Wierden", "Provincie Overijssel"]
    rest = 1_000_000 - 120_200  # in 1/10.000 %
    base, extra = divmod(rest, len(partner_names))
    partners = [{"id": "enschede", "naam": "Enschede", "sleutel": 12.02, "bron": bron("ODT 6.1 Twentse Projecten", key_line)}]
    for i, name in enumerate(partner_names):
        share = base + (1 if i < extra else 0)
        partners.append({"id": name.lower().replace(" ", "-"), "naam": name, "sleutel": share / 10_000,
                         "aanname": {"sleutel": "De bron geeft alleen de sleutel van Enschede (12,02%). De overige "
                                                "87,98% is gelijk verdeeld over de 14 andere partners (grootste-restmethode, "
                                                "op 0,0001%) om de verdeling te kunnen tonen; vervang door de vastgestelde sleutels."}})
    svc_total = src.line_of("Totaal benodigde capaciteit Twente 11.700 uur")
    svc_own = src.line_of("Totaal benodigde capaciteit Enschede (12,02%) 1406 uur")
    proj_total = src.line_of("6.150 uur", p_start)
    regional = {
        "projecten": projects, "diensten": services, "eigen_partner": "enschede", "partners": partners,
        "gedrukt": {
            "projecten_totaal": {"uren": 6150, "bron": bron("ODT 6.1 Twentse Projecten", proj_total)},
            "projecten_eigen": {"uren": 739, "bron": bron("ODT 6.1 Twentse Projecten", key_line)},
            "diensten_totaal": {"uren": 11700, "bron": bron("ODT 6.2 Diensten voor de regio Twente", svc_total)},
            "diensten_eigen": {"uren": 1406, "bron": bron("ODT 6.2 Diensten voor de regio Twente", svc_own)},
        },
    }

    # --- energy and SPUK THE ------------------------------------------------------------------
    def energy(header_text, end_text, section):
        header = src.line_of(header_text)
        lines, total = energy_table(src, header, end_text)
        out = []
        for l in lines:
            x = {"product": l["product"]}
            if l["kental"] is not None:
                x["kental"], x["aantal"] = l["kental"], l["aantal"]
            if l["uren"] is not None:
                x["uren"] = l["uren"]
                x["kosten"] = l["kosten"]
            else:
                x["kosten_zonder_uren"] = l["kosten"]
            x["bron"] = bron(section, l["regel"])
            out.append(x)
        return {"regels": out, "gedrukt_totaal": {"uren": total["uren"], "kosten": total["kosten"], "bron": bron(section, total["regel"])}}

    energie = energy("Product Kental Aantal Totaal uren Kosten", "Totaal 5228 € 580.256",
                     "Bijlage 3 PvA Energie en Duurzaamheid: samenvatting uitvoering 2025")
    spuk_header = src.line_of("Product Kental Aantal Totaal uren Kosten", energy_total_line)
    spuk_section = "Bijlage 3 PvA Energie en Duurzaamheid: SPUK THE"
    spuk_lines, spuk_total = energy_table(src, spuk_header, "Totaal n.v.t. n.v.t. 3204 € 355.612")
    spuk = []
    for l in spuk_lines:
        x = {"product": l["product"]}
        if l["kental"] is not None and (l["kental"], l["aantal"], l["uren"]) != (0, 0, 0):
            x["kental"], x["aantal"] = l["kental"], l["aantal"]
        if l["uren"] is not None:
            x["uren"], x["kosten"] = l["uren"], l["kosten"]
        else:
            x["kosten_zonder_uren"] = l["kosten"]
        x["bron"] = bron(spuk_section, l["regel"])
        spuk.append(x)
    spuk_table = {"regels": spuk, "gedrukt_totaal": {"uren": spuk_total["uren"], "kosten": spuk_total["kosten"],
                                                     "bron": bron(spuk_section, spuk_total["regel"])}}

    # --- toezichtprotocol ------------------------------------------------------------------------------
    groups, proto_line, legend_line = protocol(src)
    proto_section = "Bijlage 3 Toezichtprotocol nieuwbouw (PUH)"
    onderdelen = [{"nummer": g["nummer"], "naam": g["naam"],
                   "items": [{"nummer": it["nummer"], "naam": it["naam"], "diepgang": it["diepgang"],
                              "thema": it["thema"], "bron": bron(proto_section, it["regel"])} for it in g["items"]]}
                  for g in groups]
    seen = {}
    for gi, g in enumerate(onderdelen):
        for ii, it in enumerate(g["items"]):
            if it["nummer"] in seen:
                note(f"/toezichtprotocol/onderdelen/{gi}/items/{ii}/nummer",
                     f"Nummer {it['nummer']} staat twee keer in het toezichtprotocol ({seen[it['nummer']]} en {it['naam']}).",
                     proto_section, it["bron"]["regel"])
            seen[it["nummer"]] = it["naam"]
    toezichtprotocol = {
        "legenda": {"S": "Steekproef", "0": "Geen toezicht", "1": "Visuele controle (Quick Scan)",
                    "2": "Beoordeling van hoofdlijnen en hoofdaspecten",
                    "3": "Beoordeling van hoofdlijnen en kenmerkende details",
                    "4": "Integrale controle van alle onderdelen"},
        "onderdelen": onderdelen,
        "bron": bron(proto_section, legend_line),
        "aanname": {"legenda": "De legenda van de bron kent S en 1 t/m 4; diepgang 0 (bij 18.7 Waterberging) staat er "
                               "niet in en is gelezen als 'geen toezicht'."},
    }

    # --- goals -------------------------------------------------------------------------------------------
    columns = ["bestemmen", "vergunnen", "hbm", "hor", "staf"]
    g41 = src.line_of("4.1 DOELEN OP REGULIERE WERKZAAMHEDEN")
    g42 = src.line_of("4.2 DOELEN OP FOCUSPUNTEN")
    lijst = []
    for gid, title, aim, anchor in REGULIER:
        lijst.append({"id": gid, "soort": "regulier", "titel": title, "hoofddoel": aim,
                      "bron": bron(S41, src.line_of(anchor, g41))})
    headers, pos = [], g42
    for f in FOCUS:
        anchor_line = src.line_of(f[4], pos if f[0] != "f1" else g42)
        header = src.line_of("Bijdrage aan doel O&R: Activiteiten", anchor_line)
        headers.append((f, anchor_line, header))
        pos = header + 1
    end = src.line_of("De voortgang en het geheel van één of meerdere focuspunten", g42)
    for k, (f, anchor_line, header) in enumerate(headers):
        last = (headers[k + 1][1] - 1) if k + 1 < len(headers) else end - 1
        acts = activities(src, header + 1, last, columns)
        lijst.append({"id": f[0], "soort": "focuspunt", "titel": f[1], "hoofddoel": f[2], "indicatoren": f[3],
                      "activiteiten": [{"aanpak": a["aanpak"], "activiteit": a["activiteit"], "afdelingen": a["afdelingen"],
                                        "bron": bron(S42, a["regel"])} for a in acts if a["activiteit"]],
                      "bron": bron(S42, anchor_line)})
    doelen = {
        "kolommen": columns,
        "bron": bron(S42, src.line_of("Bijdrage aan doel O&R: Activiteiten", g42)),
        "aanname": {"kolommen": "De kolomkoppen van de X-markeringen staan niet in de tekst. Aangenomen is de volgorde "
                                "waarin 2.1 de afdelingen noemt: Bestemmen, Vergunnen, HBM, HOR, Staf. De markeringen "
                                "zijn per kolom gelezen uit de witruimte van de tekst."},
        "lijst": lijst,
    }

    # --- VRT focus points -------------------------------------------------------------------------------
    vrt_section = "Input VRT (Brandweer Twente): focuspunten 2025"
    vstart = src.line_of("Focuspunt Probleemstelling")
    vrt = []
    for title, anchor, text in [
        ("Energietransitie", "1. Energietransitie", "Nieuwe, decentrale energie en alternatieve technologieën brengen nieuwe, nog onbekende risico's; speerpunten: EOS, duurzaam bouwen, waterstof."),
        ("Alternatieve bouwmethoden en isolatiematerialen (bio-based)", "2. Alternatieve bouwmethoden", "Nieuwe en innovatieve bouwmaterialen voldoen aan het BBL, maar hun gedrag bij brand en de gevolgen voor het brandweeroptreden zijn nog grotendeels onbekend."),
        ("Centrumgebieden", "3. Centrumgebieden", "Gemengde functies, aaneengesloten historische panden, nauwe straten en evenementen: brand kan zich over panden uitbreiden en de bereikbaarheid en bluswatervoorziening zijn lastig."),
        ("Risicogericht werken", "4. Risicogericht werken", "De Omgevingswet vraagt een risicogerichte, integrale werkwijze in samenwerking met overheden en ketenpartners."),
    ]:
        vrt.append({"titel": title, "tekst": text, "bron": bron(vrt_section, src.line_of(anchor, vstart))})

    return {
        "schema": "vth-planner-programma",
        "versie": 1,
        "gemeente": "Enschede",
        "jaar": 2025,
        "titel": "Programma Uitvoering & Handhaving 2025",
        "bron": {"document": "Gemeente Enschede, Programma Uitvoering & Handhaving 2025 (PUH 2025), met het "
                             "uitvoeringsprogramma van de Omgevingsdienst Twente en de input van Brandweer Twente (VRT)",
                 "bestand": SOURCE_FILE},
        "instellingen": settings,
        "afdelingen": departments,
        "werk": work,
        "odt": odt,
        "regionaal": regional,
        "energie": energie,
        "spuk_the": spuk_table,
        "toezichtprotocol": toezichtprotocol,
        "doelen": doelen,
        "vrt_focuspunten": vrt,
        "bronopmerkingen": notes,
    }


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    programme = build(SourceText(sys.argv[1]))
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(json.dumps(programme, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
