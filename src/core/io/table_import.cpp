#include "table_import.hpp"

#include "core/fields/column_io.hpp"
#include "core/fields/edit.hpp"
#include "core/fields/entry.hpp"
#include "core/fields/integrity.hpp"
#include "core/model/utf8_text.hpp"
#include "core/scenario/new_row.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>

namespace vth {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "Kental (uur)" -> "kentaluur" (whole) or "kental" (without what is in brackets),
// "beschikbare_fte" -> "beschikbarefte": what a header and a column share.
std::string header_key(std::string_view s, bool whole = true) {
  if (const auto open = s.find('('); !whole && open != std::string_view::npos && open > 0)
    s = s.substr(0, open);
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '(' || c == ')') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

char separator_of(std::string_view first_line) {
  const auto tabs = std::count(first_line.begin(), first_line.end(), '\t');
  const auto semis = std::count(first_line.begin(), first_line.end(), ';');
  return semis > tabs ? ';' : '\t';
}

// Calls `fn(row)` for the rows a paste or CSV is about: the table's, or in a nested
// table those under `parent_row` (none when that row is not there).
template <class Fn> void for_each_row_under(const Programme& p, const TableDef& t, RowId parent_row, Fn fn) {
  std::optional<std::size_t> parent;
  if (t.parent) {
    const auto at = find_row(p, *t.parent, parent_row);
    if (!at) return;
    parent = at->index;
  }
  for_each_row(p, t, [&](RowPos at, const void* row) {
    if (!parent || at.parent == *parent) fn(row);
  });
}

// Those rows by the text of the match column.
std::map<std::string, RowId> rows_by_key(const Programme& p, const TableDef& t, ColumnIndex key,
                                         RowId parent_row) {
  std::map<std::string, RowId> out;
  for_each_row_under(p, t, parent_row,
                     [&](const void* row) { out.emplace(t.columns[key].text(row), t.row_id(row)); });
  return out;
}

RowId last_row(const Programme& p, const TableDef& t, RowId parent_row) {
  RowId last = 0;
  for_each_row_under(p, t, parent_row, [&](const void* row) { last = t.row_id(row); });
  return last;
}

// Where a row after `after` goes (0: first in its parent's list).
RowPos insert_position(const Programme& p, const TableDef& t, RowId after, RowId parent_row) {
  std::size_t parent = 0;
  if (t.parent)
    if (const auto at = find_row(p, *t.parent, parent_row)) parent = at->index;
  if (after != 0)
    if (const auto at = find_row(p, t.id, after)) return RowPos{at->parent, at->index + 1};
  return RowPos{parent, 0};
}

// A cell as the column's value: the change it makes, or why not.
Result<Change> read_cell(const Column& col, const FieldRef& field, std::string_view cell) {
  if (col.kind == ValueKind::OptionalNumber && header_key(cell) == "nvt")
    return set_value(field, std::nullopt);
  if (col.is_number()) {
    Result<Entry> e = read_entry(cell, col, std::nullopt);
    if (!e) return e.refusal();
    if (!e->explanation.empty())
      return refusal("een wijziging (" + std::string(cell) +
                     ") past niet in een geplakte cel; geef de waarde");
    return set_value(field, e->value);
  }
  switch (col.kind) {
  case ValueKind::Choice:
    for (const char* choice : col.choices)
      if (header_key(choice) == header_key(cell)) return set_text(field, choice);
    {
      std::string allowed;
      for (const char* choice : col.choices)
        allowed += (allowed.empty() ? "'" : ", '") + std::string(choice) + "'";
      return refusal("'" + std::string(cell) + "' is geen keuze van " + col.label + " (" + allowed + ")");
    }
  case ValueKind::Lines: { // "a; b" -> one per line
    std::string lines;
    std::string_view rest = cell;
    while (!rest.empty()) {
      const auto end = std::min(rest.find(';'), rest.size());
      const std::string_view part = trim(rest.substr(0, end));
      if (!part.empty()) lines += (lines.empty() ? "" : "\n") + std::string(part);
      rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    return set_text(field, lines);
  }
  case ValueKind::Line:
    if (cell.find('\n') != std::string_view::npos) return refusal("moet op één regel staan");
    [[fallthrough]];
  default:
    if (const std::string why = text_problem(cell, col.kind == ValueKind::Text); !why.empty())
      return refusal(why);
    return set_text(field, std::string(cell));
  }
}

} // namespace

std::vector<std::vector<std::string>> split_table_text(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::vector<std::string>> rows;
  if (text.empty()) return rows;
  const char sep = separator_of(text.substr(0, text.find('\n')));
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false, cell_started = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else if (c != '\r') {
        cell += c;
      }
    } else if (c == '"' && !cell_started) {
      quoted = cell_started = true;
    } else if (c == sep) {
      row.push_back(std::move(cell));
      cell.clear();
      cell_started = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(std::move(cell));
      rows.push_back(std::move(row));
      row.clear();
      cell.clear();
      cell_started = false;
    } else {
      cell += c;
      cell_started = true;
    }
  }
  if (cell_started || !cell.empty() || !row.empty()) {
    row.push_back(std::move(cell));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string table_csv(const Programme& p, TableId id, RowId parent_row) {
  const TableDef& t = table(id);
  const auto quoted = [](const std::string& cell) {
    if (cell.find_first_of(";\"\n\r") == std::string::npos && trim(cell) == cell) return cell;
    std::string q = "\"";
    for (char c : cell) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
  };
  std::string out = "\xEF\xBB\xBF" + std::string(kRowIdKey);
  bool first = false;
  for (const Column& c : t.columns)
    if (c.in_file) {
      out += (first ? "" : ";") + quoted(c.label);
      first = false;
    }
  out += "\r\n";
  for_each_row_under(p, t, parent_row, [&](const void* row) {
    out += std::to_string(t.row_id(row));
    bool first_cell = false;
    for (const Column& c : t.columns) {
      if (!c.in_file) continue;
      std::string cell;
      if (!c.applies_to(row)) {
      } else if (c.is_number()) {
        const auto v = c.number(row);
        cell = v ? entry_text(c, *v) : std::string("n.v.t.");
      } else {
        cell = c.text(row);
        if (c.kind == ValueKind::Lines) std::replace(cell.begin(), cell.end(), '\n', ';');
      }
      out += (first_cell ? "" : ";") + quoted(cell);
      first_cell = false;
    }
    out += "\r\n";
  });
  return out;
}

std::optional<ColumnIndex> column_for_header(const TableDef& t, std::string_view header) {
  // The whole header first ("financiering (tekst)" is not "financiering"), then without its brackets.
  for (const bool whole : {true, false}) {
    const std::string key = header_key(trim(header), whole);
    if (key.empty()) continue;
    for (std::size_t c = 0; c < t.columns.size(); ++c)
      if (t.columns[c].in_file &&
          (header_key(t.columns[c].key) == key || header_key(t.columns[c].label) == key))
        return static_cast<ColumnIndex>(c);
  }
  return std::nullopt;
}

ImportPlan plan_import(const Programme& adopted, const Programme& current, const ChangeList& changes,
                       TableId table_id, std::string_view text, const ImportOptions& options,
                       RowId parent_row) {
  ImportPlan plan;
  plan.table = table_id;
  plan.parent_row = parent_row;
  const TableDef& t = table(table_id);
  const auto refuse = [&](std::size_t line, std::string column, std::string message) {
    plan.refused.push_back({line, std::move(column), std::move(message)});
  };
  if (t.single) {
    refuse(0, "", std::string(t.name) + " heeft geen regels om te plakken");
    return plan;
  }
  if (t.parent && !find_row(current, *t.parent, parent_row)) {
    refuse(0, "", "kies eerst waar de regels bij horen");
    return plan;
  }
  const auto cells = split_table_text(text);
  if (cells.empty()) {
    refuse(0, "", "er staat niets in wat is geplakt");
    return plan;
  }

  // Header and mapping: given, or guessed from the first line.
  std::vector<std::optional<ColumnIndex>> guessed;
  std::optional<std::size_t> id_column; // "rij": the row's id, as the CSV export writes it
  for (std::size_t i = 0; i < cells[0].size(); ++i) {
    guessed.push_back(column_for_header(t, cells[0][i]));
    if (header_key(cells[0][i]) == kRowIdKey && !id_column) id_column = i;
  }
  const bool names_columns =
      id_column || std::any_of(guessed.begin(), guessed.end(), [](const auto& c) { return c.has_value(); });
  plan.header = options.header.value_or(names_columns);
  if (!plan.header) id_column.reset();
  if (options.mapping) {
    plan.mapping = *options.mapping;
  } else if (plan.header) {
    plan.mapping = guessed;
  } else { // no header: the table's columns in their order
    std::size_t next = 0;
    for (std::size_t i = 0; i < cells[0].size(); ++i) {
      while (next < t.columns.size() && !t.columns[next].in_file) ++next;
      plan.mapping.push_back(next < t.columns.size()
                                 ? std::optional<ColumnIndex>(static_cast<ColumnIndex>(next++))
                                 : std::nullopt);
    }
  }
  for (std::size_t i = 0; i < plan.mapping.size(); ++i)
    plan.headers.push_back(plan.header && i < cells[0].size()
                               ? cells[0][i]
                               : (plan.mapping[i] ? t.columns[*plan.mapping[i]].label : ""));
  std::set<ColumnIndex> seen;
  for (std::size_t i = 0; i < plan.mapping.size(); ++i)
    if (plan.mapping[i] && !seen.insert(*plan.mapping[i]).second) {
      refuse(plan.header ? 1 : 0, plan.headers[i],
             std::string("kolom '") + t.columns[*plan.mapping[i]].label +
                 "' staat twee keer in de koppeling");
      return plan;
    }
  if (seen.empty()) {
    refuse(plan.header ? 1 : 0, "", std::string("geen kolom is gekoppeld aan een kolom van ") + t.name);
    return plan;
  }
  const std::size_t first_data = plan.header ? 1 : 0;
  if (cells.size() - first_data > options.max_rows) {
    refuse(0, "", "meer dan " + std::to_string(options.max_rows) + " regels; plak ze in delen");
    return plan;
  }

  // Rows with the same code (or id) are replaced, others are new.
  for (const char* key : {"code", "id", "nummer"})
    if (const auto c = column_index(t, key); c && seen.count(*c)) {
      plan.match_column = c;
      break;
    }
  const auto existing = plan.match_column ? rows_by_key(current, t, *plan.match_column, parent_row)
                                          : std::map<std::string, RowId>{};
  std::set<RowId> ids_here; // the rows a "rij" may name: this table's (under the parent)
  if (id_column)
    for_each_row_under(current, t, parent_row, [&](const void* r) { ids_here.insert(t.row_id(r)); });
  std::set<RowId> ids_in_block;
  std::set<std::string> keys_in_block;

  Programme work = current; // shares its rows; the accepted lines are applied to it as they come
  // The texts of this table's unique columns (ids, codes): one scan here, not one per pasted row.
  std::map<ColumnIndex, std::unordered_set<std::string>> unique_texts;
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    if (is_unique_column(FieldRef{table_id, 0, static_cast<ColumnIndex>(c)})) {
      auto& texts = unique_texts[static_cast<ColumnIndex>(c)];
      for_each_row(current, t, [&](RowPos, const void* r) { texts.insert(t.columns[c].text(r)); });
    }
  RowId fresh = fresh_row_id(adopted, current, changes, table_id);
  RowId after = last_row(current, t, parent_row);
  for (std::size_t l = first_data; l < cells.size(); ++l) {
    const std::vector<std::string>& line = cells[l];
    const std::size_t line_no = l + 1;
    if (std::all_of(line.begin(), line.end(), [](const std::string& c) { return trim(c).empty(); })) continue;
    bool extra = false;
    for (std::size_t i = plan.mapping.size(); i < line.size(); ++i) extra = extra || !trim(line[i]).empty();
    if (extra) {
      refuse(line_no, "",
             "heeft " + std::to_string(line.size()) + " cellen, de kop " +
                 std::to_string(plan.mapping.size()) + ": kopieer de regels met dezelfde kolommen");
      continue;
    }
    RowId row = 0;
    bool is_new = true;
    if (const std::string_view id = id_column && *id_column < line.size() ? trim(line[*id_column]) : "";
        !id.empty()) {
      RowId value = 0;
      for (char c : id)
        value = (c >= '0' && c <= '9' && value < 200'000'000) ? value * 10 + static_cast<RowId>(c - '0') : 0;
      if (value == 0 || !ids_here.count(value)) {
        refuse(line_no, kRowIdKey,
               "rij " + std::string(id) + " staat niet in " + t.name +
                   "; laat de cel leeg voor een nieuwe regel");
        continue;
      }
      if (!ids_in_block.insert(value).second) {
        refuse(line_no, kRowIdKey, "rij " + std::string(id) + " staat twee keer in wat is geplakt");
        continue;
      }
      row = value;
      is_new = false;
    } else if (plan.match_column) {
      const std::size_t at =
          std::find(plan.mapping.begin(), plan.mapping.end(), plan.match_column) - plan.mapping.begin();
      const std::string key(at < line.size() ? trim(line[at]) : "");
      if (!key.empty() && !keys_in_block.insert(key).second) {
        refuse(line_no, plan.headers[at], "'" + key + "' staat twee keer in wat is geplakt");
        continue;
      }
      if (const auto found = existing.find(key); !key.empty() && found != existing.end()) {
        row = found->second;
        is_new = false;
      }
    }
    // The line goes straight into `work`; a refused cell takes the line out again (undo_line),
    // so no copy of the programme is made per line.
    std::vector<Change> reverse; // undoes what this line did, last first
    std::vector<std::tuple<ColumnIndex, std::string, std::string>> keys_changed; // unique texts: old, new
    const auto undo_line = [&] {
      for (auto it = reverse.rbegin(); it != reverse.rend(); ++it)
        if (it->kind == ChangeKind::DeleteRow) { // a row of this paste: nothing refers to it
          if (const auto at = find_row(work, table_id, it->field.row)) t.erase(work, *at);
        } else {
          (void)(it->kind == ChangeKind::SetText ? set_text(work, it->field, it->text, false)
                                                 : apply_change(work, *it));
        }
      for (const auto& [col, old_text, new_text] : keys_changed) {
        unique_texts[col].erase(new_text);
        if (!old_text.empty()) unique_texts[col].insert(old_text);
      }
    };
    ChangeList line_changes;
    std::set<FieldRef> set_here;
    if (is_new) {
      row = fresh;
      // Straight into the table (apply_change would look for the highest id on every row:
      // `fresh` is above all of them by construction).
      const RowPos at = insert_position(work, t, after, parent_row);
      t.insert_empty(work, at.parent, at.index, row, 1);
      reverse.push_back(delete_row({table_id, row}));
      line_changes.push_back(add_rows(table_id, row, 1, after, parent_row));
    }
    // The cells: a row's kind before its sizes (the registry's column order).
    std::vector<std::pair<std::size_t, Change>> cell_changes;
    bool refused = false;
    for (std::size_t i = 0; i < plan.mapping.size() && i < line.size(); ++i) {
      if (!plan.mapping[i]) continue;
      const std::string_view cell = trim(line[i]);
      if (cell.empty()) continue; // an empty cell leaves the value as it is (a new row: its start value)
      const FieldRef field{table_id, row, *plan.mapping[i]};
      Result<Change> c = read_cell(t.columns[*plan.mapping[i]], field, cell);
      if (!c) {
        refuse(line_no, plan.headers[i], c.message());
        refused = true;
        continue;
      }
      cell_changes.emplace_back(i, std::move(*c));
      set_here.insert(field);
    }
    if (refused) {
      undo_line();
      continue; // never half a row
    }
    std::sort(cell_changes.begin(), cell_changes.end(),
              [](const auto& a, const auto& b) { return a.second.field.column < b.second.field.column; });
    if (is_new)
      for (Change& d : new_row_defaults(work, table_id, row, after))
        if (!set_here.count(d.field)) cell_changes.emplace_back(plan.mapping.size(), std::move(d));
    bool changed = false;
    for (auto& [i, c] : cell_changes) {
      const std::string header = i < plan.headers.size() ? plan.headers[i] : t.columns[c.field.column].label;
      if (!field_exists(work, c.field)) {
        refuse(line_no, header, std::string("deze regel heeft geen ") + t.columns[c.field.column].label);
        refused = true;
        break;
      }
      Status ok;
      if (c.kind == ChangeKind::SetText) {
        const std::string old_text = text_at(work, c.field).value_or("");
        if (old_text == c.text) continue;
        const bool unique = unique_texts.count(c.field.column) != 0;
        if (unique && unique_texts[c.field.column].count(c.text)) {
          refuse(line_no, header, "'" + c.text + "' is al in gebruik in " + t.name);
          refused = true;
          break;
        }
        ok = set_text(work, c.field, c.text, false);
        if (ok) {
          reverse.push_back(set_text(c.field, old_text));
          if (unique) {
            unique_texts[c.field.column].erase(old_text);
            unique_texts[c.field.column].insert(c.text);
            keys_changed.emplace_back(c.field.column, old_text, c.text);
          }
        }
      } else {
        const auto old_value = number_at(work, c.field);
        if (old_value == c.value) continue;
        ok = apply_change(work, c);
        if (ok) reverse.push_back(set_value(c.field, old_value));
      }
      if (!ok) {
        refuse(line_no, header, ok.message());
        refused = true;
        break;
      }
      line_changes.push_back(std::move(c));
      changed = true;
    }
    // The row as a whole must hold (an energy line: kental with aantal, or hours).
    if (!refused && t.row_problem)
      if (const auto problem = t.row_problem(row_by_id(work, table_id, row)); problem.column) {
        const auto c = column_index(t, problem.column);
        refuse(line_no, c ? t.columns[*c].label : problem.column, problem.message);
        refused = true;
      }
    if (refused) {
      undo_line();
      continue;
    }
    if (is_new) {
      ++plan.new_rows;
      after = row;
      ++fresh;
    } else if (changed) {
      ++plan.replaced_rows;
    } else {
      ++plan.unchanged_rows;
      continue;
    }
    for (Change& c : line_changes) plan.changes.push_back(std::move(c));
  }
  // New rows one after another are one change ("12 rows after row 40"): a short link, and
  // the programme makes room once instead of once per row. Structure first, as materialise() does.
  ChangeList merged;
  for (const Change& c : plan.changes) {
    if (c.kind != ChangeKind::AddRows) continue;
    Change* last = merged.empty() ? nullptr : &merged.back();
    if (last && last->field.row + last->count == c.field.row && c.after == c.field.row - 1 &&
        last->parent_row == c.parent_row)
      last->count += c.count;
    else
      merged.push_back(c);
  }
  for (Change& c : plan.changes)
    if (c.kind != ChangeKind::AddRows) merged.push_back(std::move(c));
  plan.changes = std::move(merged);
  return plan;
}

} // namespace vth
