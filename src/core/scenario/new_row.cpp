#include "new_row.hpp"

#include "core/fields/edit.hpp"

#include <algorithm>

namespace vth {

ChangeList new_row_defaults(const Programme& p, TableId id, RowId row, RowId after) {
  ChangeList out;
  const TableDef& t = table(id);
  const void* r = row_by_id(p, id, row);
  if (!r) return out;
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    const Column& col = t.columns[c];
    if (col.is_number() || !col.required || !col.applies_to(r) || !col.text) continue;
    if (!col.text(r).empty()) continue;
    const FieldRef field{id, row, static_cast<ColumnIndex>(c)};
    const std::string key = col.key;
    std::string text;
    if (col.kind == ValueKind::Choice) {
      if (!col.choices.empty()) text = col.choices.front();
    } else if (key == "id") {
      text = std::string(t.noun) + "-" + std::to_string(row);
      std::replace(text.begin(), text.end(), ' ', '-');
    } else if (key == "code" || key == "nummer") {
      text = "N" + std::to_string(row);
    } else if (key == "afdeling") {
      const auto before = after ? text_at(p, field_of(id, after, "afdeling")) : std::nullopt;
      text = before ? *before : (p.departments.empty() ? std::string() : p.departments[0].id);
    } else if (key.size() == 3 && key.rfind("rk", 0) == 0) {
      text = "0";
    } else if (col.kind == ValueKind::Line || col.kind == ValueKind::Text) {
      text = "Nieuwe " + std::string(t.noun);
    }
    if (!text.empty()) out.push_back(set_text(field, text));
  }
  // An energy or SPUK line needs hours (or kental and aantal, or a cost): it starts at 0 hours.
  if (id == TableId::Energy || id == TableId::Spuk) out.push_back(set_value(field_of(id, row, "uren"), 0));
  return out;
}

} // namespace vth
