// The long tables of a programme file: /werk and /odt/<tabel>. Their elements
// are read while the file is parsed and dropped from the document tree at once,
// so that a 100.000-line programme costs its lines, not a tree of the file.

#include "reader_detail.hpp"

#include <array>
#include <set>

namespace vth::reader {
namespace {

using namespace specs;
using parse_event_t = Json::parse_event_t;

std::optional<WorkKind> parse_work_kind(const std::string& s) {
  for (WorkKind k : {WorkKind::Count, WorkKind::Fte, WorkKind::Hours, WorkKind::Percentage})
    if (s == work_kind_key(k)) return k;
  return std::nullopt;
}

// One work line; whether its department exists is checked once all are read.
WorkLine read_work_line(const Json& j, const std::string& ptr, Issues& issues) {
  ObjectReader r(j, ptr, issues);
  WorkLine w;
  w.id = r.string("id");
  w.department = r.string("afdeling");
  w.group = r.string("groep", false);
  w.description = r.string("omschrijving");
  w.note = r.string("opmerking", false);
  const std::string kind = r.string("soort");
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

OdtLine read_odt_line(const Json& j, const std::string& ptr, Issues& issues) {
  ObjectReader o(j, ptr, issues);
  OdtLine l;
  l.code = o.string("code");
  l.product = o.string("product");
  l.count = o.fixed("aantal", kCount).value_or(0);
  l.hours_per_item = o.fixed("kental", kHoursPerItem).value_or(0);
  l.printed_hours = o.fixed("gedrukt_totaal", kHours, false);
  read_provenance(o, l.source, {"aantal", "kental", "gedrukt_totaal"}, issues);
  o.finish();
  return l;
}

// Where the parser is: the key at each depth and whether the container whose
// children sit at that depth is an array.
struct Path {
  static constexpr int kDepth = 8;
  std::array<std::string, kDepth> key;
  std::array<bool, kDepth> in_array{};
  std::array<std::size_t, kDepth> index{};
};

int odt_part_index(const std::string& key) {
  for (OdtPart part : kOdtParts)
    if (key == odt_part_key(part)) return static_cast<int>(part);
  return -1;
}

} // namespace

Json::parser_callback_t table_streamer(StreamedTables& tables, Issues& issues) {
  auto path = std::make_shared<Path>();
  return [&tables, &issues, path](int depth, parse_event_t event, Json& parsed) -> bool {
    Path& p = *path;
    if (depth < 0 || depth + 1 >= Path::kDepth) return true; // deeper than any table: nothing to do here
    const auto d = static_cast<std::size_t>(depth);
    switch (event) {
    case parse_event_t::key:
      if (parsed.is_string()) p.key[d] = parsed.get<std::string>();
      return true;
    case parse_event_t::array_start:
      p.in_array[d + 1] = true;
      p.index[d + 1] = 0;
      return true;
    case parse_event_t::object_start:
      p.in_array[d + 1] = false;
      return true;
    case parse_event_t::value:
    case parse_event_t::object_end:
    case parse_event_t::array_end:
      break;
    }
    // A complete element of one of the long tables? Read it and drop it from the tree.
    if (!p.in_array[d]) return true;
    if (depth == 2 && p.key[1] == "werk") {
      const std::size_t i = p.index[d]++;
      if (i < kMaxLinesPerTable)
        tables.work.push_back(read_work_line(parsed, "/werk/" + std::to_string(i), issues));
      else if (i == kMaxLinesPerTable)
        issues.push_back({"/werk", "heeft meer dan " + std::to_string(kMaxLinesPerTable) + " regels"});
      return false;
    }
    if (depth == 3 && p.key[1] == "odt") {
      const int part = odt_part_index(p.key[2]);
      if (part < 0) return true;
      const std::size_t i = p.index[d]++;
      const std::string ptr = "/odt/" + p.key[2] + "/" + std::to_string(i);
      if (i < kMaxLinesPerTable)
        tables.odt[part].push_back(read_odt_line(parsed, ptr, issues));
      else if (i == kMaxLinesPerTable)
        issues.push_back(
            {"/odt/" + p.key[2], "heeft meer dan " + std::to_string(kMaxLinesPerTable) + " regels"});
      return false;
    }
    return true;
  };
}

void read_work(ObjectReader& root, Programme& p, StreamedTables& tables, Issues& issues) {
  // The elements were read during parsing; the tree keeps an empty array, so
  // that "missing" and "not an array" are still reported here.
  if (!root.array("werk")) return;
  std::set<std::string> departments;
  for (const auto& d : p.departments) departments.insert(d.id);
  std::vector<std::pair<std::string, std::string>> ids;
  ids.reserve(tables.work.size());
  for (std::size_t i = 0; i < tables.work.size(); ++i) {
    const WorkLine& w = tables.work[i];
    const std::string ptr = "/werk/" + std::to_string(i);
    if (!w.department.empty() && !departments.count(w.department))
      issues.push_back({ptr + "/afdeling", "afdeling '" + w.department + "' bestaat niet in /afdelingen"});
    ids.emplace_back(w.id, ptr + "/id");
  }
  check_unique(ids, "werkregel", issues);
  p.work = std::move(tables.work);
}

void read_odt_parts(ObjectReader& odt, Programme& p, StreamedTables& tables, Issues& /*issues*/) {
  for (OdtPart part : kOdtParts) {
    const int k = static_cast<int>(part);
    if (odt.array(odt_part_key(part))) p.odt.parts[k] = std::move(tables.odt[k]);
  }
}

} // namespace vth::reader
