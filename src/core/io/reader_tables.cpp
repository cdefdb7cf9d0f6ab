// The long tables of a programme file: /werk and /odt/<tabel>. Their elements
// are read while the file is parsed and dropped from the tree at once, so that
// a 100.000-line programme costs its lines, not a tree of the file.

#include "reader_detail.hpp"

#include "core/model/dutch_format.hpp"

#include <unordered_set>

namespace vth::reader {
namespace {

using namespace specs;

constexpr int kWorkToken = 4; // tokens 0..3 are the ODT tables, by OdtPart

// Into `row`, a new default row already in its table.
template <class Row>
void read_line(TableId id, const JsonValue& j, std::string ptr, Row& row, Issues& issues) {
  ObjectReader r(j, std::move(ptr), issues);
  if (r.ok()) read_row(r, table(id), &row, issues);
  r.finish();
}

int odt_part_index(const std::string& key) {
  for (OdtPart part : kOdtParts)
    if (key == odt_part_key(part)) return static_cast<int>(part);
  return -1;
}

} // namespace

TableStreamer::TableStreamer(std::vector<std::string> root, Issues& issues)
    : issues_before(issues.size()), root_(std::move(root)), issues_(issues) {
  for (const auto& key : root_) {
    prefix_ += '/'; // appended in two steps: "/" + token trips a false GCC 12 -Wrestrict warning
    prefix_ += pointer_token(key);
  }
}

int TableStreamer::stream_array(const std::vector<std::string>& path) {
  const std::size_t n = root_.size();
  if (path.size() < n + 1 || path.size() > n + 2 || !std::equal(root_.begin(), root_.end(), path.begin()))
    return -1;
  if (path.size() == n + 1) return path[n] == "werk" ? kWorkToken : -1;
  return path[n] == "odt" ? odt_part_index(path[n + 1]) : -1;
}

std::optional<Issue> TableStreamer::element(int token, std::size_t index, JsonValue&& element) {
  const bool is_work = token == kWorkToken;
  const TableId id = is_work ? TableId::Work : odt_table(static_cast<OdtPart>(token));
  std::string ptr = prefix_ + table(id).path;
  if (index >= kMaxLinesPerTable) {
    // Stop reading at once: the rest of the file is not worth parsing.
    return Issue{ptr, "heeft meer dan " + format_grouped(static_cast<std::int64_t>(kMaxLinesPerTable)) +
                          " regels"};
  }
  // One string per line, handed to the line's reader (tens of thousands of lines).
  ptr += '/';
  ptr += std::to_string(index);
  if (is_work)
    read_line(id, element, std::move(ptr), work.emplace_back(), issues_);
  else
    read_line(id, element, std::move(ptr), odt[token].emplace_back(), issues_);
  return std::nullopt;
}

void read_work(ObjectReader& root, Programme& p, TableStreamer& tables, Issues& issues) {
  // The elements were read during parsing; the tree keeps an empty array, so
  // that "missing" and "not an array" are still reported here.
  if (!root.array("werk")) return;
  std::unordered_set<std::string_view> departments;
  for (const auto& d : p.departments) departments.insert(d.id);
  // Tens of thousands of lines: a pointer is made only for a line that has a problem.
  std::unordered_set<std::string_view> ids;
  ids.reserve(tables.work.size());
  const auto line = [&](std::size_t i, const char* field) {
    return root.child("werk") + "/" + std::to_string(i) + "/" + field;
  };
  for (std::size_t i = 0; i < tables.work.size(); ++i) {
    const WorkLine& w = tables.work[i];
    if (!w.department.empty() && !departments.count(w.department))
      issues.push_back({line(i, "afdeling"), "afdeling '" + w.department + "' bestaat niet in /afdelingen"});
    if (!w.id.empty() && !ids.insert(w.id).second)
      issues.push_back({line(i, "id"), "werkregel '" + w.id + "' komt meer dan eens voor"});
  }
  p.work = std::move(tables.work);
}

void read_odt_parts(ObjectReader& odt, Programme& p, TableStreamer& tables) {
  for (OdtPart part : kOdtParts) {
    const int k = static_cast<int>(part);
    if (odt.array(odt_part_key(part))) p.odt.parts[k] = std::move(tables.odt[k]);
  }
}

} // namespace vth::reader
