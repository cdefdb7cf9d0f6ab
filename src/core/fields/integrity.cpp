#include "integrity.hpp"

#include <algorithm>
#include <unordered_set>

namespace vth {
namespace {

bool key_is(const FieldRef& f, TableId t, std::string_view key) {
  return f.table == t && std::string_view(column(f).key) == key;
}

bool department_exists(const Programme& p, std::string_view id) {
  return std::any_of(p.departments.begin(), p.departments.end(),
                     [&](const Department& d) { return d.id == id; });
}

// How many places use department `id`: work lines, goal columns, activities.
std::size_t department_uses(const Programme& p, std::string_view id) {
  std::size_t n = static_cast<std::size_t>(
      std::count_if(p.work.begin(), p.work.end(), [&](const WorkLine& w) { return w.department == id; }));
  n += static_cast<std::size_t>(std::count(p.goal_columns.begin(), p.goal_columns.end(), id));
  for (const Goal& g : p.goals)
    for (const GoalActivity& a : g.activities)
      n += static_cast<std::size_t>(std::count(a.departments.begin(), a.departments.end(), id));
  return n;
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Another row of the table with this text in the column (ids and codes are unique).
bool taken_elsewhere(const Programme& p, const FieldRef& field, std::string_view text) {
  const TableDef& t = table(field.table);
  const Column& c = column(field);
  bool taken = false;
  for_each_row(p, t, [&](RowPos, const void* r) {
    if (!taken && t.row_id(r) != field.row && c.text(r) == text) taken = true;
  });
  return taken;
}

bool is_unique_key(const FieldRef& f) {
  return key_is(f, TableId::Departments, "id") || key_is(f, TableId::Work, "id") ||
         key_is(f, TableId::Partners, "id") || key_is(f, TableId::RegionalProjects, "code") ||
         key_is(f, TableId::RegionalServices, "code") || key_is(f, TableId::Goals, "id");
}

} // namespace

bool is_unique_column(const FieldRef& field) { return is_unique_key(field); }

std::string unique_conflict(const Programme& p, TableId id, ColumnIndex column) {
  const TableDef& t = table(id);
  const Column& c = t.columns[column];
  std::unordered_set<std::string> seen;
  std::string twice;
  for_each_row(p, t, [&](RowPos, const void* r) {
    if (!twice.empty()) return;
    std::string text = c.text(r);
    if (!text.empty() && !seen.insert(text).second) twice = std::move(text);
  });
  return twice;
}

std::string text_conflict(const Programme& p, const FieldRef& field, std::string_view text,
                          bool check_unique) {
  const auto before = text_at(p, field);
  if (before && *before == text) return {};
  if (check_unique && is_unique_key(field) && !text.empty() && taken_elsewhere(p, field, text))
    return "'" + std::string(text) + "' is al in gebruik in " + table(field.table).name;
  if (key_is(field, TableId::Departments, "id") && before) {
    if (const std::size_t uses = department_uses(p, *before); uses > 0)
      return "de afdeling wordt gebruikt op " + plural(uses, "plaats", "plaatsen") +
             " (werkregels, doelen); wijzig eerst die";
  }
  if (key_is(field, TableId::Partners, "id") && before && *before == p.regional.own_partner)
    return "dit is de eigen partner van het programma";
  if (key_is(field, TableId::Work, "afdeling") && !text.empty() && !department_exists(p, text))
    return "afdeling '" + std::string(text) + "' bestaat niet";
  if (key_is(field, TableId::Activities, "afdelingen")) {
    for (std::string_view rest = text; !rest.empty();) {
      const std::size_t end = rest.find('\n');
      const std::string_view id = rest.substr(0, end);
      if (!department_exists(p, id)) return "afdeling '" + std::string(id) + "' bestaat niet";
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
  }
  if (field.table == TableId::ProtocolItems && std::string_view(column(field).key).substr(0, 2) == "rk" &&
      !p.protocol.legend.count(std::string(text)))
    return "diepgang '" + std::string(text) + "' staat niet in de legenda";
  if (key_is(field, TableId::SourceNotes, "pointer") && !text.empty() && text[0] != '/')
    return "moet een JSON-pointer zijn (begint met /)";
  return {};
}

std::string delete_conflict(const Programme& p, TableId t, RowPos at) {
  const void* row = table(t).row(p, at);
  if (t == TableId::Departments) {
    const auto& d = *static_cast<const Department*>(row);
    if (const std::size_t uses = department_uses(p, d.id); uses > 0)
      return "afdeling " + d.name + " wordt nog gebruikt op " + plural(uses, "plaats", "plaatsen") +
             " (werkregels, doelen); verplaats of verwijder die eerst";
  }
  if (t == TableId::Partners && static_cast<const Partner*>(row)->id == p.regional.own_partner)
    return "de eigen partner van het programma kan niet weg";
  return {};
}

} // namespace vth
