#include "results_export.hpp"
#include "results_tables.hpp"

#include "core/model/dutch_format.hpp"
#include "core/model/utf8_text.hpp"

#include <algorithm>

namespace vth {
namespace {

std::string pad(const std::string& s, std::size_t width, bool right) {
  const std::size_t n = char_count(s); // display width: one column per character
  const std::string fill(width > n ? width - n : 0, ' ');
  return right ? fill + s : s + fill;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(";\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

} // namespace

std::string results_to_text(const Results& r) {
  std::string out = r.title + " — " + r.municipality + " " + std::to_string(r.year) + "\n";
  out += "ODT-uurtarief: " + format_euro(r.odt_hourly_rate) + "\n";
  for (const Table& t : results_tables(r)) {
    out += "\n" + t.title + "\n";
    if (t.rows.empty()) {
      out += "  (geen)\n";
      continue;
    }
    std::vector<std::vector<std::string>> cells;
    std::vector<std::size_t> width(t.headers.size(), 0);
    std::vector<bool> right(t.headers.size(), false);
    for (std::size_t c = 0; c < t.headers.size(); ++c) width[c] = char_count(t.headers[c]);
    for (const auto& row : t.rows) {
      cells.emplace_back();
      for (std::size_t c = 0; c < row.size(); ++c) {
        cells.back().push_back(display_cell(row[c]));
        width[c] = std::max(width[c], char_count(cells.back().back()));
        if (row[c].type != Cell::Type::Text) right[c] = true;
      }
    }
    auto line = [&](const std::vector<std::string>& values) {
      std::string l = " ";
      for (std::size_t c = 0; c < values.size(); ++c) {
        // The last text column is not padded: long messages should not drag trailing spaces.
        const bool last = c + 1 == values.size();
        l += " " + (last && !right[c] ? values[c] : pad(values[c], width[c], right[c]));
      }
      return l + "\n";
    };
    out += line(t.headers);
    for (const auto& row : cells) out += line(row);
  }
  return out;
}

namespace {

// One table as CSV rows: header line, then the rows (no title, no BOM).
void append_csv_rows(std::string& out, const Table& t) {
  for (std::size_t c = 0; c < t.headers.size(); ++c) {
    if (c) out += ';';
    out += csv_field(spreadsheet_text(t.headers[c]));
  }
  out += "\r\n";
  for (const auto& row : t.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c) out += ';';
      out += csv_field(csv_cell(row[c]));
    }
    out += "\r\n";
  }
}

constexpr const char* kBom = "\xEF\xBB\xBF"; // UTF-8 BOM: Excel otherwise reads € and ë as Windows-1252

} // namespace

std::string results_to_csv(const Results& r) {
  std::string out = kBom;
  bool first = true;
  for (const Table& t : results_tables(r)) {
    if (!first) out += "\r\n";
    first = false;
    out += csv_field(spreadsheet_text(t.title)) + "\r\n";
    append_csv_rows(out, t);
  }
  return out;
}

std::string table_to_csv(const Table& t) {
  std::string out = kBom;
  append_csv_rows(out, t);
  return out;
}

std::string table_to_tsv(const Table& t) {
  auto clean = [](std::string s) {
    for (char& c : s)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
  };
  std::string out;
  for (std::size_t c = 0; c < t.headers.size(); ++c) {
    if (c) out += '\t';
    out += clean(spreadsheet_text(t.headers[c]));
  }
  out += "\r\n";
  for (const auto& row : t.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c) out += '\t';
      out += clean(csv_cell(row[c]));
    }
    out += "\r\n";
  }
  return out;
}

} // namespace vth
