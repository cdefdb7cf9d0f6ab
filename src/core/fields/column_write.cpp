// Writing the registry's columns and a record's provenance (column_io.hpp). Apart
// from the reading (column_read.cpp), which the browser build makes for speed: it
// runs for every line of an opened file; this is built for size.

#include "column_io.hpp"

#include <algorithm>

namespace vth {

void write_provenance(JsonWriter& w, const Provenance& p) {
  if (!p.section.empty() || p.line != 0 || !p.carried_from.empty()) {
    w.key("bron").begin_object().key("sectie").string(p.section);
    if (p.line != 0) w.key("regel").integer(p.line);
    if (!p.carried_from.empty()) w.key("overgenomen_uit").string(p.carried_from);
    w.end_object();
  }
  if (!p.own_input.empty()) {
    w.key("eigen_invoer").begin_object();
    for (const auto& [field, date] : p.own_input) w.key(field).string(date);
    w.end_object();
  }
  if (!p.assumptions.empty()) {
    w.key("aanname").begin_object();
    for (const auto& [field, why] : p.assumptions) w.key(field).string(why);
    w.end_object();
  }
}

void write_row_columns(JsonWriter& w, const TableDef& t, const void* row) {
  // A row made in code may have no id yet (0): the reader gives it one.
  if (!t.single && t.row_id(row) != 0) w.key(kRowIdKey).integer(t.row_id(row));
  for (const Column& c : t.columns) {
    if (!c.in_file || !c.applies_to(row)) continue;
    switch (c.kind) {
    case ValueKind::Number:
    case ValueKind::OptionalNumber:
      if (const auto v = c.number(row)) w.key(c.key).fixed(*v, c.spec.decimals);
      break;
    case ValueKind::Line:
    case ValueKind::Text:
    case ValueKind::Choice:
      if (const std::string s = c.text(row); c.required || !s.empty()) w.key(c.key).string(s);
      break;
    case ValueKind::Lines: {
      const std::string s = c.text(row);
      if (!c.required && s.empty()) break;
      w.key(c.key).begin_array();
      for (std::size_t at = 0; at < s.size();) {
        const std::size_t end = std::min(s.find('\n', at), s.size());
        w.string(std::string_view(s).substr(at, end - at));
        at = end + 1;
      }
      w.end_array();
      break;
    }
    }
  }
}

} // namespace vth
