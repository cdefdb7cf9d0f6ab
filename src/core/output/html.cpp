#include "html.hpp"

#include "core/model/utf8_text.hpp"

#include <cstdint>

namespace vth {

std::string html_escape(std::string_view raw) {
  // A direction override or zero-width character would reorder or disguise
  // the text around it in the report: show it instead (utf8_text.hpp).
  const std::string text = visible_text(raw, true);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string table_to_html(const Table& table, std::size_t max_rows) {
  std::string out = "<table>\n<caption>" + html_escape(table.title) + "</caption>\n<thead><tr>";
  // A column header is right-aligned over numbers, as its cells are.
  auto numeric = [&](std::size_t i) {
    return i > 0 &&
           (table.rows.empty() || (i < table.rows[0].size() && table.rows[0][i].type != Cell::Type::Text));
  };
  for (std::size_t i = 0; i < table.headers.size(); ++i)
    out += std::string(numeric(i) ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">") +
           html_escape(table.headers[i]) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  const std::size_t shown = std::min(max_rows, table.rows.size());
  for (std::size_t r = 0; r < shown; ++r) {
    out += "<tr>";
    const auto& row = table.rows[r];
    for (std::size_t i = 0; i < row.size(); ++i) {
      const bool number = row[i].type != Cell::Type::Text;
      const char* open = i == 0 ? "<th scope=\"row\">" : number ? "<td class=\"n\">" : "<td>";
      out += open + html_escape(display_cell(row[i])) + (i == 0 ? "</th>" : "</td>");
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  if (shown < table.rows.size())
    out += "<p>Eerste " + std::to_string(shown) + " van " + std::to_string(table.rows.size()) +
           " rijen getoond; de volledige tabel staat in de CSV-export.</p>\n";
  return out;
}

} // namespace vth
