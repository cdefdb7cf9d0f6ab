#pragma once
// JSON pointers (RFC 6901) into a programme file, made and read in one place.
// A pointer names a place in the file as it is written, by position:
// "/odt/toezicht/3/kental". Messages about a file's structure, findings and the
// CLI use them; the interface and scenarios address fields by row id
// (FieldRef) and only convert at the edge.

#include "registry.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vth {

// The tokens of a pointer, with "~1" and "~0" decoded; nullopt when it is not
// a pointer (it must be empty or start with "/", and "~" must escape 0 or 1).
std::optional<std::vector<std::string>> split_pointer(std::string_view pointer);

// The pointer of a row, or of one of its columns ("" for the row itself).
std::string row_pointer(TableId table, RowPos at);
std::string field_pointer(TableId table, RowPos at, std::string_view column_key);
// A pointer one level below `parent`, with the token escaped.
std::string child_pointer(std::string_view parent, std::string_view token);
// The pointer of a field addressed by row id ("" when the row is not there).
std::string field_pointer(const Programme& p, const FieldRef& field);

// The totals a source prints for a table, kept to reconcile with.
enum class PrintedSlot : std::uint8_t {
  OdtPermits,
  OdtSupervision,
  OdtEnforcement,
  OdtAdvice,
  LocalProjects,
  ProjectsTotal,
  ProjectsOwn,
  ServicesTotal,
  ServicesOwn,
  Energy,
  Spuk,
};
std::string printed_pointer(PrintedSlot slot, std::string_view field = {}); // field: "uren", "kosten"
TableId printed_table(PrintedSlot slot);

// What a pointer into a programme names.
struct Location {
  TableId table = TableId::Meta;     // the table it is in, or whose printed total it is
  std::optional<RowPos> at;          // the row, when it names one
  RowId row = 0;                     // its id
  std::optional<ColumnIndex> column; // the column, when it names a value of the row
  bool printed_total = false;        // a printed total of `table`
};
std::optional<Location> locate(const Programme& p, std::string_view pointer);
// What a pointer names, as people read it: "A3.02.05 … – kental", "Gedrukt
// totaal van ODT: toezicht"; the pointer itself when it names nothing known.
std::string place_label(const Programme& p, std::string_view pointer);

// The field a pointer names, when it names one of a row's columns.
std::optional<FieldRef> field_at_pointer(const Programme& p, std::string_view pointer);

} // namespace vth
