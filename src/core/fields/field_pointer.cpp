#include "field_pointer.hpp"

#include <charconv>

namespace vth {
namespace {

std::string escaped(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

std::optional<std::size_t> index_token(const std::string& token) {
  std::size_t i = 0;
  if (token.empty() || (token.size() > 1 && token[0] == '0')) return std::nullopt;
  const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), i);
  if (ec != std::errc() || end != token.data() + token.size()) return std::nullopt;
  return i;
}

struct Printed {
  PrintedSlot slot;
  const char* pointer;
  TableId table;
};
constexpr Printed kPrinted[] = {
    {PrintedSlot::OdtPermits, "/odt/gedrukte_totalen/vergunningen", TableId::OdtPermits},
    {PrintedSlot::OdtSupervision, "/odt/gedrukte_totalen/toezicht", TableId::OdtSupervision},
    {PrintedSlot::OdtEnforcement, "/odt/gedrukte_totalen/handhaving", TableId::OdtEnforcement},
    {PrintedSlot::OdtAdvice, "/odt/gedrukte_totalen/advies", TableId::OdtAdvice},
    {PrintedSlot::LocalProjects, "/odt/gedrukt_totaal_lokale_projecten", TableId::LocalProjects},
    {PrintedSlot::ProjectsTotal, "/regionaal/gedrukt/projecten_totaal", TableId::RegionalProjects},
    {PrintedSlot::ProjectsOwn, "/regionaal/gedrukt/projecten_eigen", TableId::RegionalProjects},
    {PrintedSlot::ServicesTotal, "/regionaal/gedrukt/diensten_totaal", TableId::RegionalServices},
    {PrintedSlot::ServicesOwn, "/regionaal/gedrukt/diensten_eigen", TableId::RegionalServices},
    {PrintedSlot::Energy, "/energie/gedrukt_totaal", TableId::Energy},
    {PrintedSlot::Spuk, "/spuk_the/gedrukt_totaal", TableId::Spuk},
};

bool starts_with(const std::vector<std::string>& tokens, const std::vector<std::string>& prefix) {
  if (tokens.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (tokens[i] != prefix[i]) return false;
  return true;
}

std::vector<std::string> tokens_of(std::string_view pointer) {
  return split_pointer(pointer).value_or(std::vector<std::string>());
}

// The column named by the tokens after a row (`rest`), if any. The depth
// columns of the protocol are the elements of the file's list "diepgang".
std::optional<ColumnIndex> column_of(const TableDef& t, const std::vector<std::string>& tokens,
                                     std::size_t rest) {
  if (rest >= tokens.size()) return std::nullopt;
  if (t.id == TableId::ProtocolItems && tokens[rest] == "diepgang" && rest + 1 < tokens.size()) {
    const auto k = index_token(tokens[rest + 1]);
    if (k && *k < 4) return column_index(t, "rk" + std::to_string(*k + 1));
  }
  return column_index(t, tokens[rest]);
}

} // namespace

std::optional<std::vector<std::string>> split_pointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  if (pointer[0] != '/') return std::nullopt;
  std::string token;
  for (std::size_t i = 1; i <= pointer.size(); ++i) {
    if (i == pointer.size() || pointer[i] == '/') {
      tokens.push_back(std::move(token));
      token.clear();
    } else if (pointer[i] == '~') {
      if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) return std::nullopt;
      token += pointer[++i] == '0' ? '~' : '/';
    } else {
      token += pointer[i];
    }
  }
  return tokens;
}

std::string row_pointer(TableId id, RowPos at) {
  const TableDef& t = table(id);
  if (t.single) return t.path;
  if (t.parent)
    return std::string(t.path) + "/" + std::to_string(at.parent) + "/" + t.key + "/" +
           std::to_string(at.index);
  return std::string(t.path) + "/" + std::to_string(at.index);
}

std::string field_pointer(TableId id, RowPos at, std::string_view key) {
  std::string out = row_pointer(id, at);
  if (key.empty()) return out;
  if (id == TableId::ProtocolItems && key.size() == 3 && key.substr(0, 2) == "rk")
    return out + "/diepgang/" + std::to_string(key[2] - '1');
  return out + "/" + escaped(key);
}

std::string child_pointer(std::string_view parent, std::string_view token) {
  return std::string(parent) + "/" + escaped(token);
}

std::string field_pointer(const Programme& p, const FieldRef& field) {
  const auto at = find_row(p, field.table, field.row);
  if (!at) return {};
  const TableDef& t = table(field.table);
  return field_pointer(field.table, *at, field.column < t.columns.size() ? t.columns[field.column].key : "");
}

std::string printed_pointer(PrintedSlot slot, std::string_view field) {
  std::string out = kPrinted[static_cast<std::size_t>(slot)].pointer;
  if (!field.empty()) out += "/" + escaped(field);
  return out;
}

TableId printed_table(PrintedSlot slot) { return kPrinted[static_cast<std::size_t>(slot)].table; }

std::optional<Location> locate(const Programme& p, std::string_view pointer) {
  const auto split = split_pointer(pointer);
  if (!split) return std::nullopt;
  const std::vector<std::string>& tokens = *split;
  for (const Printed& printed : kPrinted)
    if (starts_with(tokens, tokens_of(printed.pointer))) {
      Location l;
      l.table = printed.table;
      l.printed_total = true;
      return l;
    }
  for (const TableDef& t : tables()) {
    if (t.id == TableId::Meta) continue; // last: its columns stand at the root
    const std::vector<std::string> path = tokens_of(t.path);
    if (!starts_with(tokens, path)) continue;
    Location l;
    l.table = t.id;
    std::size_t rest = path.size();
    if (t.single) {
      l.at = RowPos{};
      l.column = column_of(t, tokens, rest);
      return l;
    }
    RowPos at;
    if (t.parent) {
      // path/<parent>/<key>/<index>/...
      if (tokens.size() < rest + 3 || tokens[rest + 1] != t.key) continue;
      const auto g = index_token(tokens[rest]);
      if (!g || *g >= t.parent_count(p)) return std::nullopt;
      at.parent = *g;
      rest += 2;
    }
    if (rest >= tokens.size()) return l; // the whole table
    const auto i = index_token(tokens[rest]);
    if (!i) {
      if (t.parent) return std::nullopt;
      continue;
    }
    if (*i >= t.count(p, at.parent)) return l; // the table, without the row: it is not there
    at.index = *i;
    // A parent row's pointer continues into its children's table: that table is later in the list.
    if (!t.parent && rest + 2 < tokens.size()) {
      bool child_table = false;
      for (const TableDef& c : tables())
        if (c.parent == t.id && tokens[rest + 1] == c.key) child_table = true;
      if (child_table) continue;
    }
    l.at = at;
    l.row = t.row_id(t.row(p, at));
    l.column = column_of(t, tokens, rest + 1);
    return l;
  }
  if (tokens.size() == 1) {
    const TableDef& meta = table(TableId::Meta);
    if (const auto c = column_index(meta, tokens[0])) {
      Location l;
      l.table = TableId::Meta;
      l.at = RowPos{};
      l.column = c;
      return l;
    }
  }
  return std::nullopt;
}

std::string place_label(const Programme& p, std::string_view pointer) {
  const auto l = locate(p, pointer);
  if (!l) return std::string(pointer);
  const TableDef& t = table(l->table);
  if (l->printed_total) return "Gedrukt totaal van " + std::string(t.name);
  if (!l->at) return t.name;
  if (l->column) return field_label(p, {l->table, l->row, *l->column});
  const std::string name = row_label(p, {l->table, l->row});
  return name.empty() ? std::string(t.name) : name;
}

std::optional<FieldRef> field_at_pointer(const Programme& p, std::string_view pointer) {
  const auto l = locate(p, pointer);
  if (!l || !l->at || !l->column) return std::nullopt;
  return FieldRef{l->table, l->row, *l->column};
}

} // namespace vth
