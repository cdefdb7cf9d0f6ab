// Rows, values, names and provenance through the registry (registry.hpp).

#include "field_pointer.hpp"
#include "registry.hpp"

#include <algorithm>

namespace vth {

std::size_t row_count(const Programme& p, TableId id) {
  const TableDef& t = table(id);
  std::size_t n = 0;
  for (std::size_t g = 0, parents = t.parent_count(p); g < parents; ++g) n += t.count(p, g);
  return n;
}

std::optional<RowPos> find_row(const Programme& p, TableId id, RowId row) {
  const TableDef& t = table(id);
  if (t.single) return row == 0 ? std::optional<RowPos>(RowPos{}) : std::nullopt;
  if (row == 0) return std::nullopt;
  // Files without ids number their rows 1, 2, ...: where nothing moved, the
  // row stands at its id, and finding it costs nothing.
  if (!t.parent && row <= t.count(p, 0) && t.row_id(t.row(p, {0, row - 1})) == row) return RowPos{0, row - 1};
  // Otherwise from the end: rows just added there (a paste, "+ Regel" without a choice) are
  // found at once, any other row costs the same scan as from the start.
  if (!t.parent) {
    for (std::size_t i = t.count(p, 0); i-- > 0;)
      if (t.row_id(t.row(p, {0, i})) == row) return RowPos{0, i};
    return std::nullopt;
  }
  std::optional<RowPos> found;
  for_each_row(p, t, [&](RowPos at, const void* r) {
    if (!found && t.row_id(r) == row) found = at;
  });
  return found;
}

RowId row_id_at(const Programme& p, TableId id, RowPos at) {
  const TableDef& t = table(id);
  return t.row_id(t.row(p, at));
}

RowId next_row_id(const Programme& p, TableId id) {
  const TableDef& t = table(id);
  RowId most = 0;
  for_each_row(p, t, [&](RowPos, const void* r) { most = std::max(most, t.row_id(r)); });
  return most + 1;
}

void give_row_ids(Programme& p) {
  for (const TableDef& t : tables()) {
    if (t.single) continue;
    RowId most = 0;
    for_each_row(p, t, [&](RowPos, const void* r) { most = std::max(most, t.row_id(r)); });
    for (std::size_t g = 0, parents = t.parent_count(p); g < parents; ++g)
      for (std::size_t i = 0, n = t.count(p, g); i < n; ++i)
        if (t.row_id(t.row(p, {g, i})) == 0) t.set_id(t.edit(p, {g, i}), ++most);
  }
}

const void* row_by_id(const Programme& p, TableId id, RowId row) {
  const auto at = find_row(p, id, row);
  return at ? table(id).row(p, *at) : nullptr;
}

bool field_exists(const Programme& p, const FieldRef& field) {
  const TableDef& t = table(field.table);
  if (field.column >= t.columns.size()) return false;
  const void* r = row_by_id(p, field.table, field.row);
  return r && t.columns[field.column].applies_to(r);
}

std::optional<std::int64_t> number_at(const Programme& p, const FieldRef& field) {
  if (!field_exists(p, field)) return std::nullopt;
  const Column& c = column(field);
  return c.is_number() ? c.number(row_by_id(p, field.table, field.row)) : std::nullopt;
}

std::optional<std::string> text_at(const Programme& p, const FieldRef& field) {
  if (!field_exists(p, field)) return std::nullopt;
  const Column& c = column(field);
  if (c.is_number()) return std::nullopt;
  return c.text(row_by_id(p, field.table, field.row));
}

namespace {

std::vector<FieldRef> fields_of(const Programme& p, bool numbered_only) {
  std::vector<FieldRef> out;
  for (const TableDef& t : tables()) {
    std::vector<ColumnIndex> changeable;
    for (std::size_t c = 0; c < t.columns.size(); ++c)
      if (t.columns[c].scenario && (!numbered_only || t.columns[c].numbered))
        changeable.push_back(static_cast<ColumnIndex>(c));
    if (changeable.empty()) continue;
    for_each_row(p, t, [&](RowPos, const void* r) {
      for (ColumnIndex c : changeable) {
        const Column& col = t.columns[c];
        if (!col.applies_to(r)) continue;
        if (!col.listed_when_empty && !col.number(r)) continue;
        out.push_back({t.id, t.row_id(r), c});
      }
    });
  }
  return out;
}

} // namespace

std::vector<FieldRef> scenario_fields(const Programme& p) { return fields_of(p, false); }
std::vector<FieldRef> link_fields(const Programme& p) { return fields_of(p, true); }

std::string row_label(const Programme& p, const RowRef& row) {
  const void* r = row_by_id(p, row.table, row.row);
  return r ? table(row.table).row_name(r) : std::string();
}

std::string field_label(const Programme& p, const FieldRef& field) {
  const TableDef& t = table(field.table);
  if (field.column >= t.columns.size()) return std::string(t.name);
  const Column& c = t.columns[field.column];
  const std::string name = row_label(p, {field.table, field.row});
  if (name.empty()) return c.label;
  if (c.label_first) return std::string(c.label) + " " + name;
  return name + " – " + c.label;
}

const Provenance* field_source(const Programme& p, const FieldRef& field) {
  const void* r = row_by_id(p, field.table, field.row);
  return r ? &table(field.table).source(r) : nullptr;
}

namespace {

// The record's pointer is made only when it has an assumption.
template <class MakePointer>
void visit_record(void* context, ProvenanceVisitor visit, const Provenance& source, MakePointer pointer) {
  if (!source.assumptions.empty()) visit(context, pointer(), source);
}

void visit_table(const Programme& p, TableId id, void* context, ProvenanceVisitor visit) {
  const TableDef& t = table(id);
  for_each_row(p, t, [&](RowPos at, const void* r) {
    visit_record(context, visit, t.source(r), [&] { return row_pointer(id, at); });
  });
}

void visit_printed(const std::optional<PrintedTotal>& total, PrintedSlot slot, void* context,
                   ProvenanceVisitor visit) {
  if (total) visit_record(context, visit, total->source, [&] { return printed_pointer(slot); });
}

} // namespace

void for_each_assumed_record(const Programme& p, void* context, ProvenanceVisitor visit) {
  visit_table(p, TableId::Settings, context, visit);
  visit_table(p, TableId::Departments, context, visit);
  visit_table(p, TableId::Work, context, visit);
  for (OdtPart part : kOdtParts) {
    visit_table(p, odt_table(part), context, visit);
    visit_printed(p.odt.printed_part_totals[static_cast<int>(part)], static_cast<PrintedSlot>(part), context,
                  visit);
  }
  visit_table(p, TableId::LocalProjects, context, visit);
  visit_printed(p.odt.printed_local_projects_total, PrintedSlot::LocalProjects, context, visit);
  visit_table(p, TableId::WorkStock, context, visit);
  visit_table(p, TableId::RegionalProjects, context, visit);
  visit_table(p, TableId::RegionalServices, context, visit);
  visit_table(p, TableId::Partners, context, visit);
  visit_printed(p.regional.printed_projects_total, PrintedSlot::ProjectsTotal, context, visit);
  visit_printed(p.regional.printed_projects_own, PrintedSlot::ProjectsOwn, context, visit);
  visit_printed(p.regional.printed_services_total, PrintedSlot::ServicesTotal, context, visit);
  visit_printed(p.regional.printed_services_own, PrintedSlot::ServicesOwn, context, visit);
  visit_table(p, TableId::Energy, context, visit);
  visit_printed(p.energy.printed_total, PrintedSlot::Energy, context, visit);
  visit_table(p, TableId::Spuk, context, visit);
  visit_printed(p.spuk.printed_total, PrintedSlot::Spuk, context, visit);
  visit_record(context, visit, p.protocol.source, [] { return std::string("/toezichtprotocol"); });
  visit_table(p, TableId::ProtocolGroups, context, visit);
  visit_table(p, TableId::ProtocolItems, context, visit);
  visit_record(context, visit, p.goal_columns_source, [] { return std::string("/doelen"); });
  const TableDef& activities = table(TableId::Activities);
  for (std::size_t g = 0; g < p.goals.size(); ++g) {
    visit_record(context, visit, p.goals[g].source, [&] { return row_pointer(TableId::Goals, {0, g}); });
    for (std::size_t a = 0; a < activities.count(p, g); ++a)
      visit_record(context, visit, p.goals[g].activities[a].source, [&] {
        return row_pointer(TableId::Activities, {g, a});
      });
  }
  visit_table(p, TableId::VrtFocus, context, visit);
}

} // namespace vth
