"""Chapters 5 and 6 of PUH 2025: the municipality's own work per department.

The source gives counts (and a few FTE figures and reservations); it gives no
hours per item. Every kental below is therefore an assumption (aanname), with
one shared reason, and is shown as such in the interface."""

KENTAL_REDEN = ("De bron geeft alleen aantallen, geen uren per stuk. Indicatief kental van VTH-planner "
                "(ervaringsnorm gemeentelijke VTH-taken); vervang door het eigen kental.")

# (id, department, group, description as printed, count, assumed kental, text to find, section)
S51 = "5.1 Reguliere werkzaamheden (Programma uitvoering)"
S61 = "6.1 Reguliere werkzaamheden (Programma handhaving)"

COUNT_LINES = [
    # Bestemmen
    ("b-spoor1", "bestemmen", "Bestemmen", "Omgevingsplan (TAM-IMRO) spoor 1: gebiedsgericht", 4, 400, "Spoor 1:4", S51),
    ("b-spoor2", "bestemmen", "Bestemmen", "Omgevingsplan (TAM-IMRO) spoor 2: thematisch", 6, 300, "Spoor 2:6", S51),
    ("b-spoor3", "bestemmen", "Bestemmen", "Omgevingsplan (TAM-IMRO) spoor 3: ontwikkelingen", 30, 120, "Spoor 3:30", S51),
    ("b-bopa", "bestemmen", "Bestemmen", "Adviezen over afwijkingen van het bestemmingsplan/omgevingsplan (BOPA)", 50, 16, "50", S51),
    ("b-bodem", "bestemmen", "Bestemmen", "Advies bodem", 400, 2, "Bodem 400", S51),
    ("b-ecologie", "bestemmen", "Bestemmen", "Advies Wet natuurbescherming / ecologie", 300, 2, "ecologie 300", S51),
    ("b-cultuur-advies", "bestemmen", "Bestemmen", "Cultuurhistorie: adviezen over projecten en initiatieven", 450, 3, "450", S51),
    ("b-monument", "bestemmen", "Bestemmen", "Cultuurhistorie: procedures aanwijzen monument", 25, 24, "25", S51),
    # Vergunnen: bouwen en ruimtelijke ontwikkelingen
    ("v-voorfase", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.2 Voorfase", 250, 6, "2.2 Voorfase 250", S51),
    ("v-bouw-r-1", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.3 Bouw (ruimtelijk) BBTV / GK1 < € 100.000", 210, 8, "GK1 < € 100.000,- 210", S51),
    ("v-bouw-r-2", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.3 Bouw (ruimtelijk) BBTV / GK1 € 100.000 – € 1.000.000", 10, 16, "10", S51),
    ("v-bouw-r-3", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.3 Bouw (ruimtelijk + melding) BBVT / GK1 > € 1.000.000", 15, 24, "15", S51),
    ("v-bouw-rt-1", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.3 Bouw (ruimtelijk + technisch) GK1 verbouw, GK2, GK3 < € 100.000", 30, 12, "30", S51),
    ("v-bouw-rt-2", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.3 Bouw (ruimtelijk + technisch) GK1 verbouw, GK2, GK3 € 100.000 – € 1.000.000", 3, 24, "3", S51),
    ("v-bouw-rt-3", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.3 Bouw (ruimtelijk + technisch) GK1 verbouw, GK2, GK3 > € 1.000.000", 13, 40, "13", S51),
    ("v-erfgoed", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.4 Activiteiten met betrekking tot cultureel erfgoed en werelderfgoed", 15, 12, "15", S51),
    ("v-milieu", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.5 Milieubelastende activiteiten", 15, 16, "2.5 Milieubelastende activiteiten 15", S51),
    ("v-aanleg", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.7 Aanlegactiviteiten (opbreken en graven)", 20, 4, "(opbreken en graven) 20", S51),
    ("v-uitweg", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.7 Uitweg/uitrit", 20, 3, "Uitweg/uitrit 20", S51),
    ("v-kap", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.8 Kappen van bomen", 300, 3, "Kappen van bomen 300", S51),
    ("v-reclame", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.8 Reclame", 5, 3, "Reclame 5", S51),
    ("v-afwijken", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.8 Afwijken omgevingsplan (voorheen binnenplans, buitenplans, onzelfstandige woonruimte)", 475, 20, "475", S51),
    ("v-maatwerk", "vergunnen", "Bouwen en ruimtelijke ontwikkelingen", "2.9 Maatwerkvoorschriften", 40, 8, "2.9 Maatwerkvoorschriften 40", S51),
    # Vergunnen: APV en bijzondere wetten
    ("v-leegstand", "vergunnen", "APV en bijzondere wetten", "1.9 Leegstandswet", 150, 3, "Leegstandswet 150", S51),
    ("v-kansspel", "vergunnen", "APV en bijzondere wetten", "1.9 Wet op de kansspelen", 5, 2, "Wet op de kansspelen 5", S51),
    ("v-telecom", "vergunnen", "APV en bijzondere wetten", "1.9 Telecommunicatiewet", 400, 1.5, "Telecommunicatiewet 400", S51),
    ("v-wegenverkeer", "vergunnen", "APV en bijzondere wetten", "1.9 Wegenverkeerswetgeving", 30, 3, "Wegenverkeerswetgeving 30", S51),
    ("v-terras", "vergunnen", "APV en bijzondere wetten", "3.1 Exploitatie openbare inrichting (terras)", 7, 3, "(terras) 7", S51),
    ("v-horeca", "vergunnen", "APV en bijzondere wetten", "3.1 Uitoefenen horeca- of slijtersbedrijf", 60, 6, "slijtersbedrijf 60", S51),
    ("v-seks", "vergunnen", "APV en bijzondere wetten", "3.2 Seksbedrijven", 6, 8, "3.2 Seksbedrijven 6", S51),
    ("v-winkeltijden", "vergunnen", "APV en bijzondere wetten", "3.3 Winkeltijdenwet", 20, 2, "3.3 Winkeltijdenwet 20", S51),
    ("v-evenement", "vergunnen", "APV en bijzondere wetten", "3.4 Organiseren evenement of markt", 225, 10, "3.4 Organiseren evenement of markt 225", S51),
    ("v-opkoop", "vergunnen", "APV en bijzondere wetten", "3.6 Verhuurvergunning opkoopbescherming", 15, 4, "Verhuurvergunning opkoopbescherming 15", S51),
    ("v-shg", "vergunnen", "APV en bijzondere wetten", "3.6 SHG-shops", 3, 4, "SHG-shops 3", S51),
    # Vergunnen: meldingen
    ("v-m-milieu", "vergunnen", "Meldingen", "Meldingen milieu (ODT)", 200, 0.5, "Meldingen milieu (ODT) 200", S51),
    ("v-m-bodem", "vergunnen", "Meldingen", "Melding bodem / bus", 60, 1, "Melding bodem / bus 60", S51),
    ("v-m-kap", "vergunnen", "Meldingen", "Melding kappen van bomen", 50, 1, "Melding kappen van bomen 50", S51),
    ("v-m-demo", "vergunnen", "Meldingen", "Melding demonstraties", 65, 2, "Melding demonstraties 65", S51),
    ("v-m-brand", "vergunnen", "Meldingen", "Melding brandveilig gebruik", 190, 2, "Melding brandveilig gebruik 190", S51),
    ("v-m-transport", "vergunnen", "Meldingen", "Melding exceptioneel transport", 24, 1, "Melding exceptioneel transport 24", S51),
    ("v-m-klein-ev", "vergunnen", "Meldingen", "Melding klein evenement", 190, 1.5, "Melding klein evenement 190", S51),
    ("v-m-verkeer", "vergunnen", "Meldingen", "Melding verkeersbesluiten", 160, 3, "Melding verkeersbesluiten 160", S51),
    ("v-bibob", "vergunnen", "Overige", "Wet Bibob (400 dossiers)", 400, 8, "Wet Bibob 400 dossiers", S51),
    # HBM: bouwen (aantal = vergunningen × toezichtmomenten)
    ("h-nb-1", "hbm", "Toezicht nieuwbouw", "Bouw (ruimtelijk + melding) BBTV / GK I < € 100.000", 85, 3, "85", S61),
    ("h-nb-2", "hbm", "Toezicht nieuwbouw", "Bouw (ruimtelijk + melding) BBTV / GK I € 100.000 – € 1.000.000", 21, 4, "21", S61),
    ("h-nb-3", "hbm", "Toezicht nieuwbouw", "Bouw (ruimtelijk + melding) BBVT / GK 1 > € 1.000.000", 10, 6, "10", S61),
    ("h-nb-4", "hbm", "Toezicht nieuwbouw", "Bouw (ruimtelijk + melding) GK 1 verbouw, GK2, GK3 < € 100.000", 37, 3, "37", S61),
    ("h-nb-5", "hbm", "Toezicht nieuwbouw", "Bouw (ruimtelijk + melding) GK 1 verbouw, GK2, GK3 € 100.000 – € 1.000.000", 9, 4, "9", S61),
    ("h-nb-6", "hbm", "Toezicht nieuwbouw", "Bouw (ruimtelijk + melding) GK 1 verbouw, GK2, GK3 > € 1.000.000", 9, 6, "9", S61),
    ("h-klacht-onz", "hbm", "Klachten en meldingen", "Onzelfstandige bewoning", 200, 6, "Onzelfstandige bewoning 200", S61),
    ("h-klacht-overig", "hbm", "Klachten en meldingen", "Overige klachten en meldingen", 200, 4, "Overige 200", S61),
    ("h-slopen", "hbm", "Bouwen", "Slopen", 5, 4, "Slopen 5", S61),
    # HBM: juridische werkzaamheden
    ("j-verzoek", "hbm", "Juridische werkzaamheden", "Handhavingsverzoek", 60, 12, "Handhavingsverzoek 60", S61),
    ("j-woo", "hbm", "Juridische werkzaamheden", "WOO-verzoek / art. 35", 20, 8, "art. 35 20", S61),
    ("j-waarschuwing", "hbm", "Juridische werkzaamheden", "Waarschuwingsbrieven", 350, 2, "Waarschuwingsbrieven 350", S61),
    ("j-vooraankondiging", "hbm", "Juridische werkzaamheden", "Vooraankondiging", 200, 3, "Vooraankondiging 200", S61),
    ("j-lod", "hbm", "Juridische werkzaamheden", "Last onder dwangsom", 80, 16, "Last onder dwangsom 80", S61),
    ("j-lob", "hbm", "Juridische werkzaamheden", "Last onder bestuursdwang", 5, 24, "Last onder bestuursdwang 5", S61),
    ("j-invordering", "hbm", "Juridische werkzaamheden", "Invorderingstrajecten", 25, 6, "Invorderingstrajecten 25", S61),
    ("j-dwangbevel", "hbm", "Juridische werkzaamheden", "Dwangbevel deurwaarder", 20, 4, "Dwangbevel deurwaarder 20", S61),
    ("j-gedogen", "hbm", "Juridische werkzaamheden", "Gedoogbeschikkingen", 1, 16, "Gedoogbeschikkingen 1", S61),
    ("j-bezwaar", "hbm", "Juridische werkzaamheden", "Bezwaar/beroep/voorlopige voorziening", 80, 16, "voorlopige voorziening 80", S61),
    ("j-check", "hbm", "Juridische werkzaamheden", "Juridische check brieven", 1900, 0.5, "Juridische check brieven 1900", S61),
    ("j-advies", "hbm", "Juridische werkzaamheden", "Juridisch advies / collegiale toets handhaving", 80, 4, "collegiale toets handhaving 80", S61),
    ("j-boete", "hbm", "Juridische werkzaamheden", "Beschikking bestuurlijke boete", 1000, 1, "Beschikking bestuurlijke boete 1000", S61),
    # HOR: overige
    ("o-evenement-c", "hor", "Overige", "Controles evenement C (waarvan 4 meerdaagse)", 20, 8, "Controles evenement C 20", S61),
    ("o-evenement-ba", "hor", "Overige", "Controles evenement B/A (waarvan 5 meerdaagse)", 55, 16, "Controles evenement B/A 55", S61),
    ("o-steekproef", "hor", "Overige", "Controles evenementen steekproefsgewijs (op basis van risico's, verzoeken hulpdiensten en signalen)", 0, 8, "Steekproefsgewijs n.t.b.", S61),
    ("o-mia", "hor", "Overige", "MIA-acties (tussen 8 en 10)", 10, 24, "MIA-acties 10", S61),
    ("o-opkoop", "hor", "Overige", "Opkoopbescherming (reactief toezicht)", 0, 4, "Opkoopbescherming 0", S61),
]

# Juridical work and the "Overige" controls name no department in the source.
AFDELING_REDEN = {
    "Juridische werkzaamheden": "De bron noemt geen afdeling bij de juridische werkzaamheden van het programma "
                                "handhaving; toegewezen aan HBM.",
    "Overige": None,  # set per line below
}
HOR_OVERIGE_REDEN = ("De tabel 'Overige' van het programma handhaving noemt geen afdeling; evenementen- en "
                     "MIA-controles toegewezen aan HOR (RUV's en boa's, 6.2.2 Evenementen).")

FTE_LINES = [
    ("v-fte-bezwaar", "vergunnen", "Algemeen bezwaar/beroep/voorlopige voorziening", "3", "Algemeen bezwaar/beroep/Voorl. Voorziening 3"),
    ("v-fte-info", "vergunnen", "Algemeen informatieverstrekking/advies", "2", "Algemeen informatieverstrekking/advies 2"),
    ("v-fte-woo", "vergunnen", "WOO-verzoeken", "0,1", "WOO-verzoeken 0,1"),
    ("v-fte-coord", "vergunnen", "Coördinatie/ODT/kwaliteit/beleid afdeling", "6", "Coördinatie/ODT/kwaliteit/beleid afdeling 6"),
]
