#pragma once
// The text of Help (view_help.cpp draws it; the screen reader mirror, mirror.cpp,
// gives the same): the main tasks, the keys, what a programme file must hold.

namespace vth::ui {

struct HelpEntry {
  const char* what;
  const char* how;
};

inline constexpr HelpEntry kHelpTasks[] = {
    {"Kijken", "Het Overzicht geeft de kerncijfers; de views links tonen elke tabel. Oranje getallen zijn "
               "aannames (niet uit de bron), blauw is gewijzigd in het scenario, groen eigen invoer."},
    {"Een scenario maken", "Wijzig een getal: het vastgestelde programma blijft vergrendeld en de wijziging "
                           "start een scenario. Typ een waarde of een wijziging (+10%, -5%, x1,1)."},
    {"Vergelijken", "Scenario's: zet tot vier scenario's naast het vastgestelde programma."},
    {"Delen",
     "Scenario's, Kopieer link…: een link met alleen de wijzigingen (een ontvangen link plakt u met "
     "Ctrl+V). Opslaan als app: de hele planner in één bestand met uw programma en scenario's, om te "
     "mailen. Of sla het scenario op als bestand."},
    {"Presenteren", "F5: volledig scherm, grote letters, live bijstellen; pijltjes bladeren, Esc stopt."},
    {"Eigen programma", "Openen… (of sleep een bestand op het venster), of Nieuw… om er een te maken. "
                        "Regels plakken uit Excel: kies een regel en Ctrl+V."},
};

inline constexpr HelpEntry kHelpKeys[] = {
    {"Ctrl+Z / Ctrl+Y", "ongedaan maken / opnieuw"},
    {"Ctrl+F", "zoeken in het programma"},
    {"Ctrl+C", "kopieer de waarde onder de muis (zoals getoond)"},
    {"Ctrl+V", "plakken in een veld, regels uit Excel in een tabel, of een ontvangen link openen"},
    {"Ctrl+O / Ctrl+S", "programma openen / opslaan"},
    {"Ctrl+P", "rapport afdrukken"},
    {"F5", "presenteren"},
    {"Ctrl + / Ctrl − / Ctrl 0", "groter / kleiner / normaal"},
    {"Tab, Enter, Esc", "volgend veld, vastleggen, annuleren"},
    {"Insert, Delete, Ctrl+D", "regel toevoegen, verwijderen, dupliceren (gekozen met ≡)"},
    {"Vinger vasthouden", "op een tablet: het menu van de waarde (Kopieer)"},
    {"F1", "deze hulp"},
};

inline constexpr const char* kHelpFileFormat =
    "Een programma is een JSON-bestand (UTF-8, schema \"vth-planner-programma\", versie 1) met: gemeente, "
    "jaar, instellingen (productieve_uren_per_fte, odt_uurtarief), afdelingen (id, naam, beschikbare_fte), "
    "werk (per regel afdeling, omschrijving en soort: aantal × kental, fte, uren of percentage), odt "
    "(vergunningen, toezicht, handhaving, advies: code, product, aantal, kental), regionaal (partners met "
    "sleutels die samen 100% zijn, projecten, diensten), energie en de toelichtende onderdelen. Getallen "
    "met een punt als decimaalteken. Bij elke waarde hoort een bron (sectie en regel) of een aanname met "
    "reden. Een bestand dat niet klopt wordt geweigerd met de plaats en de reden van elke fout; wat open was "
    "blijft open. Volledig: docs/programme-format.md en docs/programme.schema.json bij VTH-planner.";

} // namespace vth::ui
