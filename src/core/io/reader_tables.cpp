// The long tables of a programme file: /werk and /odt/<tabel>. Their elements
// are read while the file is parsed and dropped from the tree at once, so that
// a 100.000-line programme costs its lines, not a tree of the file.

#include "reader_detail.hpp"

#include "core/model/dutch_format.hpp"

#include <set>

namespace vth::reader {
namespace {

using namespace specs;

constexpr int kWorkToken = 4; // tokens 0..3 are the ODT tables, by OdtPart

std::optional<WorkKind> parse_work_kind(const std::string& s) {
  for (WorkKind k : {WorkKind::Count, WorkKind::Fte, WorkKind::Hours, WorkKind::Percentage})
    if (s == work_kind_key(k)) return k;
  return std::nullopt;
}

// One work line; whether its department exists is checked once all are read.
WorkLine read_work_line(const JsonValue& j, const std::string& ptr, Issues& issues) {
  ObjectReader r(j, ptr, issues);
  WorkLine w;
  w.id = r.single_line("id");
  w.department = r.single_line("afdeling");
  w.group = r.string("groep", false);
  w.description = r.string("omschrijving");
  w.note = r.string("opmerking", false);
  const std::string kind = r.single_line("soort");
  if (auto k = parse_work_kind(kind))
    w.kind = *k;
  else if (!kind.empty())
    r.error("soort", "moet 'aantal', 'fte', 'uren' of 'percentage' zijn");
  // Each kind needs its own size field; the others must be absent.
  w.count = r.fixed("aantal", kCount, w.kind == WorkKind::Count).value_or(0);
  w.hours_per_item = r.fixed("kental", kHoursPerItem, w.kind == WorkKind::Count).value_or(0);
  w.fte = r.fixed("fte", kFte, w.kind == WorkKind::Fte).value_or(0);
  w.hours = r.fixed("uren", kHours, w.kind == WorkKind::Hours).value_or(0);
  w.percentage = r.fixed("percentage", kPercentage, w.kind == WorkKind::Percentage).value_or(0);
  const char* own[] = {"aantal", "fte", "uren", "percentage"};
  for (std::size_t i = 0; i < 4; ++i)
    if (static_cast<std::size_t>(w.kind) != i && r.has(own[i]))
      r.error(own[i], std::string("hoort niet bij soort '") + kind + "'");
  if (w.kind != WorkKind::Count && r.has("kental")) r.error("kental", "hoort alleen bij soort 'aantal'");
  read_provenance(r, w.source, {"aantal", "kental", "fte", "uren", "percentage", "afdeling"}, issues);
  r.finish();
  return w;
}

OdtLine read_odt_line(const JsonValue& j, const std::string& ptr, Issues& issues) {
  ObjectReader o(j, ptr, issues);
  OdtLine l;
  l.code = o.single_line("code");
  l.product = o.single_line("product");
  l.count = o.fixed("aantal", kCount).value_or(0);
  l.hours_per_item = o.fixed("kental", kHoursPerItem).value_or(0);
  l.printed_hours = o.fixed("gedrukt_totaal", kHours, false);
  read_provenance(o, l.source, {"aantal", "kental", "gedrukt_totaal"}, issues);
  o.finish();
  return l;
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
  const std::string table =
      prefix_ +
      (is_work ? std::string("/werk") : std::string("/odt/") + odt_part_key(static_cast<OdtPart>(token)));
  if (index >= kMaxLinesPerTable) {
    // Stop reading at once: the rest of the file is not worth parsing.
    return Issue{table, "heeft meer dan " + format_grouped(static_cast<std::int64_t>(kMaxLinesPerTable)) +
                            " regels"};
  }
  const std::string ptr = table + "/" + std::to_string(index);
  if (is_work)
    work.push_back(read_work_line(element, ptr, issues_));
  else
    odt[token].push_back(read_odt_line(element, ptr, issues_));
  return std::nullopt;
}

void read_work(ObjectReader& root, Programme& p, TableStreamer& tables, Issues& issues) {
  // The elements were read during parsing; the tree keeps an empty array, so
  // that "missing" and "not an array" are still reported here.
  if (!root.array("werk")) return;
  std::set<std::string> departments;
  for (const auto& d : p.departments) departments.insert(d.id);
  std::vector<std::pair<std::string, std::string>> ids;
  ids.reserve(tables.work.size());
  for (std::size_t i = 0; i < tables.work.size(); ++i) {
    const WorkLine& w = tables.work[i];
    const std::string ptr = root.child("werk") + "/" + std::to_string(i);
    if (!w.department.empty() && !departments.count(w.department))
      issues.push_back({ptr + "/afdeling", "afdeling '" + w.department + "' bestaat niet in /afdelingen"});
    ids.emplace_back(w.id, ptr + "/id");
  }
  check_unique(ids, "werkregel", issues);
  p.work = std::move(tables.work);
}

void read_odt_parts(ObjectReader& odt, Programme& p, TableStreamer& tables) {
  for (OdtPart part : kOdtParts) {
    const int k = static_cast<int>(part);
    if (odt.array(odt_part_key(part))) p.odt.parts[k] = std::move(tables.odt[k]);
  }
}

} // namespace vth::reader
