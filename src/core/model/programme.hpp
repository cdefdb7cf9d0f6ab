#pragma once
// The programme: one municipality's VTH year, exactly as its JSON file says
// (docs/programme-format.md). Quantities are fixed point (fixed_point.hpp);
// every record carries where its values come from.

#include "fixed_point.hpp"
#include "rows.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vth {

using MilliUnits = std::int64_t; // counts and FTE with 3 decimals: 1 == 1000

// Where a record's values come from: a section of the source document and the
// line of its text where the value stands. Fields listed in `assumptions` are
// not from the source: the map gives, per field name, the reason.
struct Provenance {
  std::string section;
  int line = 0; // line in the source text file; 0 = not given
  std::map<std::string, std::string> assumptions;
  // Fields the user typed (not from the source): the date, "2026-12-05".
  std::map<std::string, std::string> own_input;
  // "Volgend jaar": the programme the values were carried over from (then there is no section).
  std::string carried_from;

  bool is_assumption(const std::string& field) const { return assumptions.count(field) != 0; }
  bool operator==(const Provenance&) const = default;
};

struct Settings {
  MilliHours productive_hours_per_fte = 0;
  Cents odt_hourly_rate = 0;
  Provenance source;
  bool operator==(const Settings&) const = default;
};

struct Department {
  RowId row_id = 0; // stable within its table (rows.hpp)
  std::string id;
  std::string name;
  MilliUnits available_fte = 0;
  Provenance source;
  bool operator==(const Department&) const = default;
};

// How a municipal work line states its size.
enum class WorkKind { Count, Fte, Hours, Percentage };

struct WorkLine {
  RowId row_id = 0; // stable within its table (rows.hpp)
  std::string id;
  std::string department; // Department::id
  std::string group;      // heading in the source table, e.g. "APV en bijzondere wetten"
  std::string description;
  WorkKind kind = WorkKind::Count;
  MilliUnits count = 0;          // Count: expected number in the year
  MilliHours hours_per_item = 0; // Count: kental
  MilliUnits fte = 0;            // Fte
  MilliHours hours = 0;          // Hours: a reservation in hours
  BasisPoints percentage = 0;    // Percentage: of the department's available capacity
  std::string note;              // the source's remark column
  Provenance source;
  bool operator==(const WorkLine&) const = default;
};

// A product line of the ODT programme: aantal × kental = hours.
struct OdtLine {
  RowId row_id = 0; // stable within its table (rows.hpp)
  std::string code; // PDC code
  std::string product;
  MilliUnits count = 0;
  MilliHours hours_per_item = 0;
  std::optional<MilliHours> printed_hours; // the source's own "Totaal (uren)"
  Provenance source;
  bool operator==(const OdtLine&) const = default;
};

// A total as the source prints it, kept to reconcile with (docs/calculation-rules.md).
struct PrintedTotal {
  std::optional<MilliHours> hours;
  std::optional<Cents> cost;
  Provenance source;
  // Regional pools only ("omvat"): the total of all items with hours, not only
  // of those the key splits (the source may print either).
  bool all_items = false;
  bool operator==(const PrintedTotal&) const = default;
};

// The four product tables of the ODT programme, in this fixed order.
enum class OdtPart { Permits, Supervision, Enforcement, Advice };
inline constexpr OdtPart kOdtParts[] = {OdtPart::Permits, OdtPart::Supervision, OdtPart::Enforcement,
                                        OdtPart::Advice};

struct HoursItem {  // a local project or a line of work stock
  RowId row_id = 0; // stable within its table (rows.hpp)
  std::string id;
  std::string name;
  std::string description;
  MilliHours hours = 0;
  Provenance source;
  bool operator==(const HoursItem&) const = default;
};

struct OdtProgramme {
  Rows<OdtLine> parts[4]; // indexed by OdtPart
  std::optional<PrintedTotal> printed_part_totals[4];
  Rows<HoursItem> local_projects;
  std::optional<PrintedTotal> printed_local_projects_total;
  Rows<HoursItem> work_stock;
  bool operator==(const OdtProgramme&) const = default;
};

enum class Financing { SharedKey, External, Budget };

struct RegionalItem { // a regional project (OD1..) or service (1..)
  RowId row_id = 0;   // stable within its table (rows.hpp)
  std::string code;
  std::string name;
  std::string summary;
  std::optional<MilliHours> hours; // "n.v.t." in the source = none
  Financing financing = Financing::SharedKey;
  std::string financing_text; // as printed
  std::string status;
  Provenance source;
  bool operator==(const RegionalItem&) const = default;
};

struct Partner {
  RowId row_id = 0; // stable within its table (rows.hpp)
  std::string id;
  std::string name;
  BasisPoints key = 0; // share of the regional pool; all keys sum to 100%
  Provenance source;
  bool operator==(const Partner&) const = default;
};

struct RegionalProgramme {
  Rows<RegionalItem> projects;
  Rows<RegionalItem> services;
  std::string own_partner; // Partner::id of this programme's municipality
  Rows<Partner> partners;
  std::optional<PrintedTotal> printed_projects_total;
  std::optional<PrintedTotal> printed_projects_own;
  std::optional<PrintedTotal> printed_services_total;
  std::optional<PrintedTotal> printed_services_own;
  bool operator==(const RegionalProgramme&) const = default;
};

// A line of the energy or SPUK THE table: either kental × aantal, or hours
// given directly ("n.v.t."), or a cost without hours (e.g. Opleiding).
struct EnergyLine {
  RowId row_id = 0; // stable within its table (rows.hpp)
  std::string product;
  std::optional<MilliHours> hours_per_item;
  std::optional<MilliUnits> count;
  std::optional<MilliHours> hours;         // printed "Totaal uren"
  std::optional<Cents> printed_cost;       // printed "Kosten"
  std::optional<Cents> cost_without_hours; // a cost that is not hours × tariff
  Provenance source;
  bool operator==(const EnergyLine&) const = default;
};

struct EnergyTable {
  Rows<EnergyLine> lines;
  std::optional<PrintedTotal> printed_total;
  bool operator==(const EnergyTable&) const = default;
};

struct ProtocolItem {
  RowId row_id = 0;   // stable within its table (rows.hpp)
  std::string number; // "1.1"
  std::string name;
  std::string depth[4]; // RK1..RK4: "S" or "0".."4"
  std::string theme;
  Provenance source;
  bool operator==(const ProtocolItem&) const = default;
};

struct ProtocolGroup {
  RowId row_id = 0; // stable within its table (rows.hpp)
  std::string number;
  std::string name;
  Rows<ProtocolItem> items;
  Provenance source;
  bool operator==(const ProtocolGroup&) const = default;
};

struct Protocol {
  std::map<std::string, std::string> legend; // depth code -> meaning
  Rows<ProtocolGroup> groups;
  Provenance source;
  bool operator==(const Protocol&) const = default;
};

struct GoalActivity {
  RowId row_id = 0;     // stable within its table (rows.hpp)
  std::string approach; // "Uitvoering geven aan wettelijke taak"
  std::string activity;
  std::vector<std::string> departments; // Department::id, from the X marks
  Provenance source;
  bool operator==(const GoalActivity&) const = default;
};

struct Goal {
  RowId row_id = 0; // stable within its table (rows.hpp)
  std::string id;
  std::string kind; // "regulier" or "focuspunt"
  std::string title;
  std::string aim;
  std::vector<std::string> indicators;
  Rows<GoalActivity> activities;
  Provenance source;
  bool operator==(const Goal&) const = default;
};

struct FocusPoint { // VRT (Brandweer Twente) input
  RowId row_id = 0; // stable within its table (rows.hpp)
  std::string title;
  std::string text;
  Provenance source;
  bool operator==(const FocusPoint&) const = default;
};

// An inconsistency noticed while transcribing the source that no number check
// can see (e.g. a table and its own text disagree). Reported with the findings.
struct SourceNote {
  RowId row_id = 0;    // stable within its table (rows.hpp)
  std::string pointer; // the value it is about
  std::string text;
  Provenance source;
  bool operator==(const SourceNote&) const = default;
};

struct Programme {
  int version = 1;
  std::string municipality;
  int year = 0;
  std::string title;
  std::string source_document;
  std::string source_file;
  std::string previous_programme; // made with "Volgend jaar" from this programme (title, municipality, year)
  Settings settings;
  Rows<Department> departments;
  Rows<WorkLine> work;
  OdtProgramme odt;
  RegionalProgramme regional;
  EnergyTable energy;
  EnergyTable spuk;
  Protocol protocol;
  std::vector<std::string> goal_columns; // department ids behind the X columns
  Provenance goal_columns_source;
  Rows<Goal> goals;
  Rows<FocusPoint> vrt_focus;
  Rows<SourceNote> source_notes;
  bool operator==(const Programme&) const = default;
};

// File names of the JSON keys, shared by reader, writer and messages.
const char* odt_part_key(OdtPart part);  // "vergunningen", ...
const char* odt_part_name(OdtPart part); // "Vergunningen", ...
const char* work_kind_key(WorkKind kind);
const char* financing_key(Financing financing);

} // namespace vth
