#include "column_io.hpp"

#include "core/model/utf8_text.hpp"

#include <algorithm>

namespace vth {
namespace {

std::string choices_text(const Column& c) {
  std::string allowed;
  for (std::size_t i = 0; i < c.choices.size(); ++i)
    allowed += (i == 0 ? "'" : i + 1 == c.choices.size() ? " of '" : ", '") + std::string(c.choices[i]) + "'";
  return "moet " + allowed + " zijn";
}

void read_lines(ObjectReader& r, const Column& c, void* row, Issues& issues) {
  const JsonValue* list = r.array(c.key, c.required);
  if (!list) return;
  std::string joined;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const JsonValue& v = (*list)[i];
    const std::string ptr = r.child(c.key) + "/" + std::to_string(i);
    if (!v.is_string())
      issues.push_back({ptr, "moet tekst zijn"});
    else if (const std::string why = text_problem(v.text(), false); !why.empty())
      issues.push_back({ptr, why});
    else
      joined += (i == 0 ? "" : "\n") + v.text();
  }
  c.set_text(row, joined);
}

void read_column(ObjectReader& r, const TableDef& t, const Column& c, void* row, Issues& issues) {
  if (!c.in_file) return;
  if (c.is_number() && !c.applies_to(row)) {
    if (r.has(c.key)) r.error(c.key, "hoort niet bij soort '" + (t.kind_of ? t.kind_of(row) : "") + "'");
    return;
  }
  switch (c.kind) {
  case ValueKind::Number:
  case ValueKind::OptionalNumber: {
    auto v = r.fixed(c.key, c.spec, c.kind == ValueKind::Number && c.required);
    if (v && c.whole_hours && *v % 1000 != 0) {
      r.error(c.key, "moet een heel aantal uren zijn (de regionale verdeling rekent in hele uren)");
      v.reset();
    }
    if (v || c.kind == ValueKind::OptionalNumber) c.set_number(row, v);
    break;
  }
  case ValueKind::Line:
    c.set_text(row, r.single_line(c.key, c.required));
    break;
  case ValueKind::Text:
    c.set_text(row, r.string(c.key, c.required));
    break;
  case ValueKind::Choice: {
    const std::string s = r.single_line(c.key, c.required);
    if (s.empty()) break;
    if (std::find(c.choices.begin(), c.choices.end(), s) == c.choices.end())
      r.error(c.key, choices_text(c));
    else
      c.set_text(row, s);
    break;
  }
  case ValueKind::Lines:
    read_lines(r, c, row, issues);
    break;
  }
}

} // namespace

namespace {

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (s[i] < '0' || s[i] > '9') return false;
  const int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Where `field` of the list `list` is, for a message: made only then (a long table has
// such a list on every line).
std::string field_pointer(const ObjectReader& r, const char* list, const std::string& field) {
  return r.child(list) + "/" + pointer_token(field);
}

// "eigen_invoer": {"aantal": "2026-12-05"}: the fields the user typed, with the date.
void read_own_input(ObjectReader& r, Provenance& p, const std::vector<const char*>& fields, Issues& issues) {
  const JsonValue* own = r.object("eigen_invoer", false);
  if (!own) return;
  for (std::size_t i = 0; i < own->size(); ++i) {
    const std::string& field = own->key(i);
    const JsonValue& date = (*own)[i];
    const auto named = [&](const char* f) { return field == f; };
    if (!std::any_of(fields.begin(), fields.end(), named))
      issues.push_back({field_pointer(r, "eigen_invoer", field),
                        "eigen invoer over een veld dat dit onderdeel niet heeft"});
    else if (!date.is_string() || !is_iso_date(date.text()))
      issues.push_back(
          {field_pointer(r, "eigen_invoer", field), "moet de datum van de invoer geven (JJJJ-MM-DD)"});
    else
      p.own_input[field] = date.text();
  }
}

} // namespace

void read_provenance(ObjectReader& r, Provenance& p, std::initializer_list<const char*> fields,
                     Issues& issues, const std::vector<const char*>& more,
                     const std::vector<const char*>* own_fields) {
  if (const JsonValue* bron = r.object("bron", false)) {
    ObjectReader b(*bron, r.child("bron"), issues);
    p.section = b.string("sectie");
    p.line = static_cast<int>(b.integer("regel", 0, 10'000'000, false).value_or(0));
    p.carried_from = b.single_line("overgenomen_uit", false);
    b.finish();
  }
  if (own_fields) {
    read_own_input(r, p, *own_fields, issues);
  } else {
    std::vector<const char*> own;
    own.reserve(fields.size() + more.size());
    own.insert(own.end(), fields.begin(), fields.end());
    own.insert(own.end(), more.begin(), more.end());
    read_own_input(r, p, own, issues);
  }
  const JsonValue* aanname = r.object("aanname", false);
  if (!aanname) return;
  for (std::size_t i = 0; i < aanname->size(); ++i) {
    const std::string& field = aanname->key(i);
    const JsonValue& reason = (*aanname)[i];
    const auto named = [&](const char* f) { return field == f; };
    const bool known =
        std::any_of(fields.begin(), fields.end(), named) || std::any_of(more.begin(), more.end(), named);
    std::string why;
    if (!known)
      why = "aanname over een veld dat dit onderdeel niet heeft";
    else if (!reason.is_string() || reason.text().empty())
      why = "moet de reden van de aanname als tekst geven";
    else
      why = text_problem(reason.text(), true);
    if (why.empty())
      p.assumptions[field] = reason.text();
    else
      issues.push_back({field_pointer(r, "aanname", field), why});
  }
}

void read_row(ObjectReader& r, const TableDef& t, void* row, Issues& issues,
              std::initializer_list<const char*> also) {
  if (!t.single) {
    if (const auto id = r.integer(kRowIdKey, 1, 2'000'000'000, false)) t.set_id(row, static_cast<RowId>(*id));
  }
  // Choices first: whether a number applies may depend on them (a work line's kind).
  for (const Column& c : t.columns)
    if (!c.is_number()) read_column(r, t, c, row, issues);
  for (const Column& c : t.columns)
    if (c.is_number()) read_column(r, t, c, row, issues);
  if (!t.edit_source) return;
  // Made again for each row but kept between calls: two allocations less per line of a
  // long table (read_row is never re-entered: a row has no rows inside; one per thread).
  thread_local std::vector<const char*> assumable, columns;
  assumable.clear();
  for (const Column& c : t.columns)
    if (c.assumable) assumable.push_back(c.key);
  // Any column may be the user's own input, not only the assumable ones.
  columns.assign(also.begin(), also.end());
  for (const Column& c : t.columns) columns.push_back(c.key);
  read_provenance(r, t.edit_source(row), also, issues, assumable, &columns);
}

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
