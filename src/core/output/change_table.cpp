#include "change_table.hpp"

#include "core/model/dutch_format.hpp"

#include <cstring>

namespace vth {

Cell value_cell(const Column& c, std::optional<std::int64_t> value) {
  if (!value) return Cell::str("n.v.t.");
  const FixedSpec& spec = c.spec;
  if (std::strcmp(spec.unit, "€") == 0 && spec.decimals == 2) return Cell::cents(*value);
  if (std::strcmp(spec.unit, "%") == 0 && spec.decimals == 4) return Cell::percent(*value);
  if (std::strcmp(spec.unit, "fte") == 0 && spec.decimals == 3) return Cell::fte(*value);
  if (spec.decimals == 3) return Cell::hours(*value); // hours, counts and kentallen in thousandths
  if (spec.decimals == 0) return Cell::integer(*value);
  return Cell::str(format_trimmed(*value, spec.decimals));
}

Table changes_table(const Programme& adopted, const Programme& current, const ChangeList& changes,
                    const std::string& scenario_name) {
  Table t{"Wijzigingen in " + scenario_name, {"Wijziging", "Vastgesteld", scenario_name, "Verschil"}, {}};
  for (const Change& c : changes) {
    const std::string label = change_label(adopted, current, c);
    switch (c.kind) {
    case ChangeKind::SetValue: {
      const Column& col = column(c.field);
      const bool was_there = field_exists(adopted, c.field);
      const auto before = number_at(adopted, c.field);
      Cell old_cell = was_there ? value_cell(col, before) : Cell::str("–");
      Cell new_cell = value_cell(col, c.value);
      Cell diff = Cell::str("");
      if (was_there && before && c.value) {
        diff = value_cell(col, *c.value - *before);
        if (diff.type == Cell::Type::Text) diff = Cell::str("");
      }
      t.rows.push_back({Cell::str(label), std::move(old_cell), std::move(new_cell), std::move(diff)});
      break;
    }
    case ChangeKind::SetText:
      t.rows.push_back({Cell::str(label), Cell::str(text_at(adopted, c.field).value_or("–")),
                        Cell::str(c.text), Cell::str("")});
      break;
    case ChangeKind::AddRows:
    case ChangeKind::DeleteRow:
    case ChangeKind::MoveRow:
      t.rows.push_back({Cell::str(label), Cell::str(""), Cell::str(""), Cell::str("")});
      break;
    }
  }
  return t;
}

} // namespace vth
