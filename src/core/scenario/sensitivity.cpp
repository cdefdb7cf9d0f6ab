#include "sensitivity.hpp"

#include "core/engine/engine.hpp"
#include "core/fields/edit.hpp"
#include "core/fields/input_label.hpp"
#include "scenario.hpp"

#include <algorithm>
#include <cstdlib>

namespace vth {
namespace {

std::int64_t magnitude(std::int64_t a, std::int64_t b) { return std::max(std::llabs(a), std::llabs(b)); }

std::string_view record_of(std::string_view pointer) { return pointer.substr(0, pointer.rfind('/')); }
std::string_view field_of(std::string_view pointer) { return pointer.substr(pointer.rfind('/') + 1); }

// Merges, in a ranked list, each input into an earlier one of the same record
// with the same effect (see Sensitivity::same_effect).
template <class Effect>
std::vector<Sensitivity> merge_same_effect(const std::vector<Sensitivity>& ranked, Effect effect) {
  std::vector<Sensitivity> out;
  for (const Sensitivity& s : ranked) {
    auto same = std::find_if(out.begin(), out.end(), [&](const Sensitivity& o) {
      return record_of(o.pointer) == record_of(s.pointer) && effect(o) == effect(s);
    });
    if (same == out.end()) {
      out.push_back(s);
    } else {
      same->same_effect.push_back(s.pointer);
      same->label += ", " + std::string(field_of(s.pointer));
    }
  }
  return out;
}

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
  Programme copy = programme;
  return sensitivity(copy, analyse(copy), top);
}

SensitivityResult sensitivity(Programme& p, const AnalysisPtr& analysis, std::size_t top) {
  SensitivityResult out;
  const Results base = calculate(p, analysis);
  std::vector<Sensitivity> all;
  for (const std::string& pointer : candidates(p, base)) {
    const auto field = find_field(p, pointer);
    if (!field || !field->value || *field->value == 0) continue;
    const std::int64_t v = *field->value;
    Sensitivity s{pointer, input_label(p, pointer), {}, v, 0, 0, 0, 0};
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
  // Ranks by the larger of the two movements; `pair` gives (low, high) of one effect.
  auto rank = [&](auto pair) {
    auto size = [&](const Sensitivity& s) { return magnitude(pair(s).first, pair(s).second); };
    std::vector<Sensitivity> sorted = all;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](const Sensitivity& a, const Sensitivity& b) { return size(a) > size(b); });
    sorted.erase(
        std::remove_if(sorted.begin(), sorted.end(), [&](const Sensitivity& s) { return size(s) == 0; }),
        sorted.end());
    sorted = merge_same_effect(sorted, pair);
    if (sorted.size() > top) sorted.resize(top);
    return sorted;
  };
  out.by_cost = rank([](const Sensitivity& s) { return std::make_pair(s.cost_low, s.cost_high); });
  out.by_gap = rank([](const Sensitivity& s) { return std::make_pair(s.gap_low, s.gap_high); });
  return out;
}

} // namespace vth
