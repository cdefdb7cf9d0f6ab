#include "scenario_findings.hpp"

#include "core/fields/field_pointer.hpp"

namespace vth {
namespace {

// A pointer into the adopted programme, moved to the same row in the scenario
// (rows may have been added, deleted or moved before it). A row the scenario
// deleted keeps the adopted pointer: the finding is still about the source.
std::string moved_pointer(const Programme& adopted, const Programme& scenario, const std::string& pointer) {
  const auto where = locate(adopted, pointer);
  if (!where || !where->at) return pointer;
  const auto now = find_row(scenario, where->table, where->row);
  if (!now || *now == *where->at) return pointer;
  const std::string row = row_pointer(where->table, *where->at);
  if (pointer.compare(0, row.size(), row) != 0) return pointer;
  return row_pointer(where->table, *now) + pointer.substr(row.size());
}

} // namespace

bool is_source_finding(std::string_view kind) {
  return kind == "afwijking" || kind == "optelling" || kind == "afronding" || kind == "bron";
}

std::vector<Finding> scenario_findings(const Programme& adopted, const std::vector<Finding>& adopted_findings,
                                       const Programme& scenario, const std::vector<Finding>& scenario_own) {
  // In the order calculate() gives them (docs/calculation-rules.md): the printed
  // figures, the keys, the department names, the codes, the source notes, then overflow.
  constexpr std::string_view kOrder[] = {
      "", "sleutels", "dubbele-afdeling", "dubbele-code|code-buiten-tabel", "bron", "overloop"};
  auto group = [&](std::string_view kind) {
    for (std::size_t g = 1; g < std::size(kOrder); ++g)
      if (kOrder[g].find(kind) != std::string_view::npos) return g;
    return std::size_t{0}; // afwijking, optelling, afronding
  };
  std::vector<Finding> out;
  for (std::size_t g = 0; g < std::size(kOrder); ++g) {
    for (const Finding& f : adopted_findings) {
      if (!is_source_finding(f.kind) || group(f.kind) != g) continue;
      Finding moved = f;
      moved.pointer = moved_pointer(adopted, scenario, f.pointer);
      for (std::string& p : moved.explaining) p = moved_pointer(adopted, scenario, p);
      out.push_back(std::move(moved));
    }
    for (const Finding& f : scenario_own)
      if (!is_source_finding(f.kind) && group(f.kind) == g) out.push_back(f);
  }
  return out;
}

} // namespace vth
