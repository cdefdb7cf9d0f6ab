#pragma once
// The field registry: every table of a programme and every column of its rows,
// described once. Where a field lives (table, column, its key in the file), its
// unit, decimals and range, its Dutch label, whether a scenario may change it,
// and how it is read, written and validated all come from here; editing,
// labels, provenance and assumptions, sensitivity, the presentation's
// controls, scenario files and share links work through it. JSON pointers
// into a programme file are made and taken apart here and nowhere else
// (field_pointer.hpp). docs/architecture.md: "The field registry".

#include "core/json/json_reader.hpp" // FixedSpec
#include "core/model/programme.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace vth {

// The tables, in the order of the file. Settings and Meta are tables of one
// row (row id 0). The order also numbers the fields of a share link.
enum class TableId : std::uint8_t {
  Meta,
  Settings,
  Departments,
  Work,
  OdtPermits,
  OdtSupervision,
  OdtEnforcement,
  OdtAdvice,
  LocalProjects,
  WorkStock,
  RegionalProjects,
  RegionalServices,
  Partners,
  Energy,
  Spuk,
  ProtocolGroups,
  ProtocolItems,
  Goals,
  Activities,
  VrtFocus,
  SourceNotes,
};
inline constexpr std::size_t kTableCount = 21;

// The table of one ODT part.
TableId odt_table(OdtPart part);

using ColumnIndex = std::uint8_t;

// One value of one row: what an edit, a change and a label address.
struct FieldRef {
  TableId table = TableId::Settings;
  RowId row = 0;
  ColumnIndex column = 0;
  auto operator<=>(const FieldRef&) const = default;
};

struct RowRef {
  TableId table = TableId::Settings;
  RowId row = 0;
  auto operator<=>(const RowRef&) const = default;
};

// Where a row stands now: in nested tables the position of its parent row
// (a protocol group, a goal) and its own index there; elsewhere parent 0.
struct RowPos {
  std::size_t parent = 0;
  std::size_t index = 0;
  bool operator==(const RowPos&) const = default;
};

enum class ValueKind : std::uint8_t {
  Number,         // fixed point, always present where it applies
  OptionalNumber, // fixed point, or empty ("n.v.t.")
  Line,           // one line of text: an id, code, name or reference
  Text,           // descriptive text: tabs and line breaks allowed
  Choice,         // one of a fixed list of keys
  Lines,          // a list of one-line texts (edited one per line)
};

struct Column {
  const char* key;   // in the file and in messages: "aantal"
  const char* label; // Dutch, after the row's name: "aantal", "beschikbare fte"
  ValueKind kind = ValueKind::Number;
  FixedSpec spec{0, 0, 0, ""};   // numbers
  bool required = true;          // in a file, where it applies
  bool scenario = false;         // a scenario may change it
  bool assumable = false;        // may be marked `aanname` in the file
  bool whole_hours = false;      // numbers: whole hours only (the regional split)
  bool listed_when_empty = true; // optional numbers: changeable while empty
  bool label_first = false;      // "Beschikbare fte Bestemmen" rather than "Bestemmen – beschikbare fte"
  bool in_file = true;           // read and written as its own key (false: part of a list, e.g. diepgang)
  bool numbered = false;         // numbered in share links (the scenario fields of version 1; registry.cpp)
  std::span<const char* const> choices{}; // Choice: the keys allowed
  // Access to the value in a row of the table's type (never null for its kind).
  bool (*applies)(const void* row) = nullptr; // null: in every row
  std::optional<std::int64_t> (*number)(const void* row) = nullptr;
  void (*set_number)(void* row, std::optional<std::int64_t> value) = nullptr;
  std::string (*text)(const void* row) = nullptr; // Lines: one per line
  void (*set_text)(void* row, std::string_view text) = nullptr;

  bool is_number() const { return kind == ValueKind::Number || kind == ValueKind::OptionalNumber; }
  bool applies_to(const void* row) const { return !applies || applies(row); }
};

struct TableDef {
  TableId id;
  const char* key;               // the list's key in the file: "werk", "toezicht", "items"
  const char* path;              // JSON pointer of the list ("/odt/toezicht"); nested: of the parent's list
  const char* name;              // Dutch: "Werk van de gemeente", "ODT: toezicht"
  const char* noun;              // one row, in messages: "werkregel"
  bool single = false;           // one row without an id (Settings, Meta)
  std::optional<TableId> parent; // nested tables: the table whose rows hold these rows
  std::span<const Column> columns;
  // Where a row's kind is a column (work lines): the kind's key, for messages.
  std::string (*kind_of)(const void* row) = nullptr;
  // What makes a row as a whole invalid (energy lines: kental × aantal, or uren,
  // or a cost without hours): the column it is about and why; null: nothing.
  struct RowProblem {
    const char* column = nullptr;
    std::string message;
  };
  RowProblem (*row_problem)(const void* row) = nullptr;

  // Rows. For a table that is not nested there is one parent, 0.
  std::size_t (*parent_count)(const Programme& p) = nullptr;
  std::size_t (*count)(const Programme& p, std::size_t parent) = nullptr;
  const void* (*row)(const Programme& p, RowPos at) = nullptr;
  void* (*edit)(Programme& p, RowPos at) = nullptr; // copy on write (rows.hpp)
  RowId (*row_id)(const void* row) = nullptr;
  void (*set_id)(void* row, RowId id) = nullptr;
  const Provenance& (*source)(const void* row) = nullptr;
  Provenance& (*edit_source)(void* row) = nullptr;
  // The row's own name at the start of its fields' labels ("" for single tables).
  std::string (*row_name)(const void* row) = nullptr;

  // Structure (not for single tables): `n` empty rows with ids first, first+1, ...
  void (*insert_empty)(Programme& p, std::size_t parent, std::size_t at, RowId first,
                       std::size_t n) = nullptr;
  void (*erase)(Programme& p, RowPos at) = nullptr;
  // Takes the row out and puts it at `to` (parent and index after taking it out).
  void (*move)(Programme& p, RowPos from, RowPos to) = nullptr;
  void (*copy_values)(Programme& p, RowPos from, RowPos to) = nullptr; // all but the id
};

// The registry itself.
std::span<const TableDef> tables();
const TableDef& table(TableId id);
// A table's name in scenario files: its place in the programme file without
// the leading "/" ("werk", "odt/toezicht", "toezichtprotocol/onderdelen/items").
std::string table_name(TableId id);
std::optional<TableId> table_by_name(std::string_view name);
const Column& column(const FieldRef& field);
std::optional<ColumnIndex> column_index(const TableDef& table, std::string_view key);
// The field `key` of a row, for code that names its columns: a column the
// table must have (checked by the tests of every caller).
FieldRef field_of(TableId table, RowId row, std::string_view key);

// ---- Rows -------------------------------------------------------------------

std::size_t row_count(const Programme& p, TableId table); // over all parents
// Calls `fn(RowPos, const void* row)` for every row of the table, in order.
template <class Fn> void for_each_row(const Programme& p, const TableDef& t, Fn fn) {
  const std::size_t parents = t.parent_count(p);
  for (std::size_t g = 0; g < parents; ++g) {
    const std::size_t n = t.count(p, g);
    for (std::size_t i = 0; i < n; ++i) fn(RowPos{g, i}, t.row(p, RowPos{g, i}));
  }
}
// Where the row with this id stands (a single table's one row has id 0).
std::optional<RowPos> find_row(const Programme& p, TableId table, RowId id);
RowId row_id_at(const Programme& p, TableId table, RowPos at);
// One more than the largest id in the table.
RowId next_row_id(const Programme& p, TableId table);
// Gives every row without an id (0) the next free one of its table, in order:
// a table whose rows have no ids gets 1, 2, 3, ... (a file without ids, a
// programme built in code).
void give_row_ids(Programme& p);
// The row with the id, or null.
const void* row_by_id(const Programme& p, TableId table, RowId id);

// ---- Values -----------------------------------------------------------------

// The number at `field`; nullopt when it is empty or there is no such field.
std::optional<std::int64_t> number_at(const Programme& p, const FieldRef& field);
// Whether the field exists: its row exists and its column applies to the row.
bool field_exists(const Programme& p, const FieldRef& field);
std::optional<std::string> text_at(const Programme& p, const FieldRef& field);

// Every value a scenario may change, in one fixed order (table, row, column).
std::vector<FieldRef> scenario_fields(const Programme& p);
// The same for the columns share links number (Column::numbered): a link
// numbers its value changes by their place in this list of the programme it
// was made for, as version 1 did. Never longer when a column is added.
std::vector<FieldRef> link_fields(const Programme& p);

// ---- Names ------------------------------------------------------------------

// "A3.02.05 Periodieke controle standaard – aantal", "ODT-uurtarief",
// "Beschikbare fte Bestemmen": what users see, never a pointer.
std::string field_label(const Programme& p, const FieldRef& field);
// "A3.02.05 Periodieke controle standaard" ("" for a row that is not there).
std::string row_label(const Programme& p, const RowRef& row);
const Provenance* field_source(const Programme& p, const FieldRef& field);

// ---- Provenance -------------------------------------------------------------

// Every record that has an assumption ("aanname"), with the JSON pointer of that record in the
// file. Records without one are passed over before their pointer is made: a 100.000-line
// programme would otherwise make 100.000 pointers each time it is opened.
using ProvenanceVisitor = void (*)(void* context, const std::string& pointer, const Provenance& provenance);
void for_each_assumed_record(const Programme& p, void* context, ProvenanceVisitor visit);

} // namespace vth
