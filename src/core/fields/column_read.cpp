// Reading the registry's columns and a record's provenance (column_io.hpp). The
// browser build makes this file for speed (src/core/CMakeLists.txt): it runs for
// every line of an opened file. Its messages are made in functions that are never
// inlined, so that the reading code stays small.

#include "column_io.hpp"

#include "core/model/utf8_text.hpp"

#include <algorithm>

namespace vth {
namespace {

[[gnu::noinline]] std::string choices_text(const Column& c) {
  std::string allowed;
  for (std::size_t i = 0; i < c.choices.size(); ++i)
    allowed += (i == 0 ? "'" : i + 1 == c.choices.size() ? " of '" : ", '") + std::string(c.choices[i]) + "'";
  return "moet " + allowed + " zijn";
}

[[gnu::noinline]] void not_of_this_kind(ObjectReader& r, const TableDef& t, const Column& c,
                                        const void* row) {
  r.error(c.key, "hoort niet bij soort '" + (t.kind_of ? t.kind_of(row) : "") + "'");
}

[[gnu::noinline]] void refuse(ObjectReader& r, const char* key, const char* message) {
  r.error(key, message);
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
    if (r.has(c.key)) not_of_this_kind(r, t, c, row);
    return;
  }
  switch (c.kind) {
  case ValueKind::Number:
  case ValueKind::OptionalNumber: {
    auto v = r.fixed(c.key, c.spec, c.kind == ValueKind::Number && c.required);
    if (v && c.whole_hours && *v % 1000 != 0) {
      refuse(r, c.key, "moet een heel aantal uren zijn (de regionale verdeling rekent in hele uren)");
      v.reset();
    }
    if (v || c.kind == ValueKind::OptionalNumber) c.set_number(row, v);
    break;
  }
  case ValueKind::Line:
    c.set_text(row, r.single_line_view(c.key, c.required));
    break;
  case ValueKind::Text:
    c.set_text(row, r.string_view(c.key, c.required));
    break;
  case ValueKind::Choice: {
    const std::string_view s = r.single_line_view(c.key, c.required);
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

// A message about `field` of the list `list`; its pointer is made only then (a long
// table has such a list on every line).
[[gnu::noinline]] void report(Issues& issues, const ObjectReader& r, const char* list,
                              const std::string& field, std::string message) {
  issues.push_back({r.child(list) + "/" + pointer_token(field), std::move(message)});
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
      report(issues, r, "eigen_invoer", field, "eigen invoer over een veld dat dit onderdeel niet heeft");
    else if (!date.is_string() || !is_iso_date(date.text()))
      report(issues, r, "eigen_invoer", field, "moet de datum van de invoer geven (JJJJ-MM-DD)");
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
      report(issues, r, "aanname", field, std::move(why));
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

} // namespace vth
