#include "sensitivity.hpp"

#include "core/engine/engine.hpp"
#include "core/fields/edit.hpp"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace vth {
namespace {

std::int64_t magnitude(std::int64_t a, std::int64_t b) { return std::max(std::llabs(a), std::llabs(b)); }

bool same_record(const FieldRef& a, const FieldRef& b) { return a.table == b.table && a.row == b.row; }

// Merges, in a ranked list, each input into an earlier one of the same record
// with the same effect (see Sensitivity::same_effect).
template <class Effect>
std::vector<Sensitivity> merge_same_effect(const std::vector<Sensitivity>& ranked, Effect effect) {
  std::vector<Sensitivity> out;
  for (const Sensitivity& s : ranked) {
    auto same = std::find_if(out.begin(), out.end(), [&](const Sensitivity& o) {
      return same_record(o.field, s.field) && effect(o) == effect(s);
    });
    if (same == out.end()) {
      out.push_back(s);
    } else {
      same->same_effect.push_back(s.field);
      same->label += ", " + std::string(column(s.field).label);
    }
  }
  return out;
}

bool is_line_table(TableId t) {
  return t == TableId::Work || t == TableId::OdtPermits || t == TableId::OdtSupervision ||
         t == TableId::OdtEnforcement || t == TableId::OdtAdvice;
}

// Candidate inputs: all, or for large programmes the ones that can matter most.
std::vector<FieldRef> candidates(const Programme& p, const Results& base) {
  std::vector<FieldRef> all = scenario_fields(p);
  all.erase(
      std::remove_if(all.begin(), all.end(), [](const FieldRef& f) { return f.table == TableId::Partners; }),
      all.end());
  if (all.size() <= 2000) return all;
  std::vector<FieldRef> out;
  for (const auto& f : all)
    if (!is_line_table(f.table)) out.push_back(f);
  // The lines with the most hours, work and ODT together.
  std::vector<std::pair<MilliHours, RowRef>> lines;
  for (std::size_t i = 0; i < p.work.size(); ++i)
    lines.push_back({base.capacity.line_hours[i], RowRef{TableId::Work, p.work[i].row_id}});
  for (OdtPart part : kOdtParts) {
    const auto& rows = p.odt.parts[static_cast<int>(part)];
    for (std::size_t i = 0; i < rows.size(); ++i)
      lines.push_back(
          {base.odt.line_hours[static_cast<int>(part)][i], RowRef{odt_table(part), rows[i].row_id}});
  }
  const std::size_t keep = std::min<std::size_t>(200, lines.size());
  std::partial_sort(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(keep), lines.end(),
                    [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<RowRef> chosen;
  for (std::size_t i = 0; i < keep; ++i) chosen.push_back(lines[i].second);
  std::sort(chosen.begin(), chosen.end());
  for (const auto& f : all)
    if (is_line_table(f.table) && std::binary_search(chosen.begin(), chosen.end(), RowRef{f.table, f.row}))
      out.push_back(f);
  return out;
}

} // namespace

SensitivityResult sensitivity(const Programme& programme, std::size_t top) {
  return sensitivity(programme, analyse(programme), top);
}

SensitivityResult sensitivity(const Programme& programme, const AnalysisPtr& analysis, std::size_t top) {
  SensitivityRun run(programme, analysis, top);
  run.step(run.total());
  return run.result();
}

SensitivityRun::SensitivityRun(const Programme& programme, AnalysisPtr analysis, std::size_t top)
    : programme_(programme), analysis_(std::move(analysis)), base_(calculate(programme_, analysis_)),
      candidates_(candidates(programme_, base_)), top_(top) {}

bool SensitivityRun::step(std::size_t inputs) {
  Programme& p = programme_;
  for (; inputs > 0 && next_ < candidates_.size(); --inputs) {
    const FieldRef& field = candidates_[next_++];
    const auto value = number_at(p, field);
    if (!value || *value == 0) continue;
    const std::int64_t v = *value;
    Sensitivity s{field, field_label(p, field), {}, v, 0, 0, 0, 0};
    bool ok = true;
    for (int sign : {-1, 1}) {
      std::int64_t changed = v + sign * div_round(v, 10);
      if (column(field).whole_hours) changed = div_round(changed, 1000) * 1000;
      if (!set_number(p, field, changed)) {
        ok = false; // +10% beyond the field's range: not a meaningful variation
        break;
      }
      const Results r = calculate(p, analysis_);
      (sign < 0 ? s.cost_low : s.cost_high) = r.odt.total_cost - base_.odt.total_cost;
      (sign < 0 ? s.gap_low : s.gap_high) = r.capacity.total.fte_gap - base_.capacity.total.fte_gap;
    }
    if (!set_number(p, field, v)) ok = false; // cannot fail: it was the value
    ++inputs_tried_;
    if (ok) found_.push_back(s);
  }
  return done();
}

SensitivityResult SensitivityRun::result() const {
  SensitivityResult out;
  out.inputs_tried = inputs_tried_;
  const std::size_t top = top_;
  // Ranks by the larger of the two movements; `pair` gives (low, high) of one effect.
  auto rank = [&](auto pair) {
    auto size = [&](const Sensitivity& s) { return magnitude(pair(s).first, pair(s).second); };
    std::vector<Sensitivity> sorted = found_;
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
