#include "sensitivity.hpp"

#include "edit.hpp"
#include "engine.hpp"
#include "scenario.hpp"

#include <algorithm>
#include <cstdlib>

namespace vth {
namespace {

std::int64_t magnitude(std::int64_t a, std::int64_t b) { return std::max(std::llabs(a), std::llabs(b)); }

// Candidate inputs: all, or for large programmes the ones that can matter most.
std::vector<std::string> candidates(const Programme& p, const Results& base) {
  std::vector<std::string> all = editable_pointers(p);
  all.erase(std::remove_if(all.begin(), all.end(),
                           [](const std::string& s) { return s.find("/sleutel") != std::string::npos; }),
            all.end());
  if (all.size() <= 2000) return all;
  std::vector<std::string> out;
  for (const auto& s : all)
    if (s.rfind("/werk/", 0) != 0 && s.rfind("/odt/", 0) != 0) out.push_back(s);
  // The lines with the most hours, work and ODT together.
  std::vector<std::pair<MilliHours, std::string>> lines;
  for (std::size_t i = 0; i < p.work.size(); ++i)
    lines.emplace_back(base.capacity.line_hours[i], "/werk/" + std::to_string(i));
  for (OdtPart part : kOdtParts)
    for (std::size_t i = 0; i < p.odt.parts[static_cast<int>(part)].size(); ++i)
      lines.emplace_back(base.odt.line_hours[static_cast<int>(part)][i],
                         std::string("/odt/") + odt_part_key(part) + "/" + std::to_string(i));
  const std::size_t keep = std::min<std::size_t>(200, lines.size());
  std::partial_sort(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(keep), lines.end(),
                    [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = 0; i < keep; ++i)
    for (const auto& s : all)
      if (s.rfind(lines[i].second + "/", 0) == 0) out.push_back(s);
  return out;
}

} // namespace

SensitivityResult sensitivity(const Programme& programme, std::size_t top) {
  SensitivityResult out;
  Programme p = programme; // varied one input at a time, always put back
  const AnalysisPtr analysis = analyse(p);
  const Results base = calculate(p, analysis);
  std::vector<Sensitivity> all;
  for (const std::string& pointer : candidates(p, base)) {
    const auto field = find_field(p, pointer);
    if (!field || !field->value || *field->value == 0) continue;
    const std::int64_t v = *field->value;
    Sensitivity s{pointer, v, 0, 0, 0, 0};
    bool ok = true;
    for (int sign : {-1, 1}) {
      std::int64_t changed = v + sign * div_round(v, 10);
      if (field->whole_hours) changed = div_round(changed, 1000) * 1000;
      if (check_field(p, pointer, changed)) {
        ok = false; // +10% beyond the field's range: not a meaningful variation
        break;
      }
      set_field(p, pointer, changed);
      const Results r = calculate(p, analysis);
      (sign < 0 ? s.cost_low : s.cost_high) = r.odt.total_cost - base.odt.total_cost;
      (sign < 0 ? s.gap_low : s.gap_high) = r.capacity.total.fte_gap - base.capacity.total.fte_gap;
    }
    set_field(p, pointer, v);
    ++out.inputs_tried;
    if (ok) all.push_back(s);
  }
  auto rank = [&](auto effect) {
    std::vector<Sensitivity> sorted = all;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](const Sensitivity& a, const Sensitivity& b) { return effect(a) > effect(b); });
    sorted.erase(
        std::remove_if(sorted.begin(), sorted.end(), [&](const Sensitivity& s) { return effect(s) == 0; }),
        sorted.end());
    if (sorted.size() > top) sorted.resize(top);
    return sorted;
  };
  out.by_cost = rank([](const Sensitivity& s) { return magnitude(s.cost_low, s.cost_high); });
  out.by_gap = rank([](const Sensitivity& s) { return magnitude(s.gap_low, s.gap_high); });
  return out;
}

} // namespace vth
