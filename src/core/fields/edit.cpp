#include "edit.hpp"

#include "field_pointer.hpp"
#include "integrity.hpp"

#include "core/model/utf8_text.hpp"

namespace vth {

std::string missing_field(const Programme& p, const FieldRef& field) {
  const TableDef& t = table(field.table);
  if (field.column >= t.columns.size()) return "geen veld van " + std::string(t.name);
  const void* row = row_by_id(p, field.table, field.row);
  if (!row) return std::string(t.noun) + " bestaat niet (meer)";
  const Column& c = t.columns[field.column];
  if (!c.applies_to(row))
    return t.kind_of ? "deze regel is van soort '" + t.kind_of(row) + "'"
                     : "dit veld hoort niet bij deze regel";
  return {};
}

Result<FieldRef> field_for_pointer(const Programme& p, std::string_view pointer) {
  if (!split_pointer(pointer) || pointer.empty()) return refusal("geen geldige JSON-pointer");
  const auto l = locate(p, pointer);
  if (!l || l->printed_total) return refusal("geen veld van het programma");
  if (!l->at) return refusal(std::string(table(l->table).noun) + " bestaat niet");
  if (!l->column) return refusal("geen veld van " + std::string(table(l->table).noun));
  const FieldRef field{l->table, l->row, *l->column};
  if (std::string why = missing_field(p, field); !why.empty()) return refusal(why);
  return field;
}

Status check_number(const Programme& p, const FieldRef& field, std::optional<std::int64_t> value) {
  if (std::string why = missing_field(p, field); !why.empty()) return refusal(why);
  const Column& c = column(field);
  if (!c.is_number()) return refusal("dit veld is tekst, geen getal");
  if (!value) return c.kind == ValueKind::OptionalNumber ? Status() : refusal("vul een getal in");
  if (std::string why = value_problem(c, *value); !why.empty()) return refusal(why);
  return {};
}

Status set_number(Programme& p, const FieldRef& field, std::optional<std::int64_t> value) {
  if (Status ok = check_number(p, field, value); !ok) return ok;
  const TableDef& t = table(field.table);
  const Column& c = column(field);
  void* row = t.edit(p, *find_row(p, field.table, field.row));
  c.set_number(row, value);
  return {};
}

Status set_number_as_typed(Programme& p, const FieldRef& field, std::optional<std::int64_t> value) {
  const auto before = number_at(p, field);
  if (Status ok = set_number(p, field, value); !ok) return ok;
  const TableDef& t = table(field.table);
  if (!t.row_problem) return {};
  // The row as a whole must stay valid (an energy line keeps hours, or kental and aantal).
  if (const auto problem = t.row_problem(row_by_id(p, field.table, field.row)); problem.column) {
    (void)set_number(p, field, before); // was there a moment ago
    return refusal(problem.message);
  }
  return {};
}

Status check_text(const Programme& p, const FieldRef& field, std::string_view text, bool check_unique) {
  if (std::string why = missing_field(p, field); !why.empty()) return refusal(why);
  const Column& c = column(field);
  switch (c.kind) {
  case ValueKind::Number:
  case ValueKind::OptionalNumber:
    return refusal("dit veld is een getal, geen tekst");
  case ValueKind::Choice: {
    std::string allowed;
    for (std::size_t i = 0; i < c.choices.size(); ++i) {
      if (text == c.choices[i]) return {};
      allowed += (i == 0                      ? "'"
                  : i + 1 == c.choices.size() ? " of '"
                                              : ", '") +
                 std::string(c.choices[i]) + "'";
    }
    return refusal("moet " + allowed + " zijn");
  }
  case ValueKind::Line:
  case ValueKind::Lines:
  case ValueKind::Text:
    break;
  }
  // A list is one line per element; a line or an element may not break.
  const bool breaks_allowed = c.kind == ValueKind::Text || c.kind == ValueKind::Lines;
  if (std::string why = text_problem(text, breaks_allowed); !why.empty()) return refusal(why);
  if (c.kind == ValueKind::Lines && text.find('\t') != std::string_view::npos)
    return refusal("een element van de lijst mag geen tab bevatten");
  if (c.required && c.kind != ValueKind::Lines && text.find_first_not_of(" ") == std::string_view::npos)
    return refusal("mag niet leeg zijn");
  if (std::string why = text_conflict(p, field, text, check_unique); !why.empty()) return refusal(why);
  return {};
}

Status set_text(Programme& p, const FieldRef& field, std::string_view text, bool check_unique) {
  if (Status ok = check_text(p, field, text, check_unique); !ok) return ok;
  const TableDef& t = table(field.table);
  column(field).set_text(t.edit(p, *find_row(p, field.table, field.row)), text);
  return {};
}

Result<Entry> read_field_entry(const Programme& p, const FieldRef& field, std::string_view text) {
  if (std::string why = missing_field(p, field); !why.empty()) return refusal(why);
  const Column& c = column(field);
  if (!c.is_number()) return refusal("dit veld is tekst, geen getal");
  return read_entry(text, c, number_at(p, field));
}

} // namespace vth
