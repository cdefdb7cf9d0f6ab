#pragma once
// Sensitivity: which inputs move the results most when they change by ±10%.
// Computed by the core by recalculating, so the numbers are the engine's own
// (exact, with its rounding); the tornado chart of the report and the presentation.

#include "core/engine/results.hpp"
#include "core/fields/registry.hpp"
#include "core/model/programme.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace vth {

struct Sensitivity {
  FieldRef field;    // the input
  std::string label; // its Dutch name (field_label)
  // Other inputs of the same record with exactly the same effect, shown as one
  // row: a line's count and kental both scale its hours, so ±10% of either
  // moves the result equally and listing both would only repeat the line.
  std::vector<FieldRef> same_effect;
  std::int64_t base = 0;  // its value (scaled as the field)
  Cents cost_low = 0;     // total ODT cost at -10% minus the cost as it is
  Cents cost_high = 0;    // ... at +10%
  MilliUnits gap_low = 0; // total FTE gap at -10% minus the gap as it is
  MilliUnits gap_high = 0;
};

struct SensitivityResult {
  std::vector<Sensitivity> by_cost; // the `top` inputs moving the total ODT cost most
  std::vector<Sensitivity> by_gap;  // the `top` inputs moving the total FTE gap most
  std::size_t inputs_tried = 0;
};

// Keys of partners are left out: one key cannot move alone without breaking
// their 100% sum. For programmes with more than 2.000 editable numbers only the
// settings, departments, regional items and the 200 lines with the most hours
// are tried (each try is a full recalculation).
// Each try varies one input of a copy that shares every other row with
// `programme`, which is never touched.
SensitivityResult sensitivity(const Programme& programme, std::size_t top = 10);
// The same on a programme already analysed (analyse()).
SensitivityResult sensitivity(const Programme& programme, const AnalysisPtr& analysis, std::size_t top = 10);

// The same computation a few inputs at a time, so that an interface can go on
// drawing (and show progress) while a large programme's inputs are tried: each
// step() tries the next inputs; result() after done() equals sensitivity().
class SensitivityRun {
public:
  SensitivityRun(const Programme& programme, AnalysisPtr analysis, std::size_t top = 10);
  // Tries up to `inputs` more inputs; true when every input has been tried.
  bool step(std::size_t inputs);
  bool done() const { return next_ >= candidates_.size(); }
  std::size_t tried() const { return next_; }
  std::size_t total() const { return candidates_.size(); }
  SensitivityResult result() const;

private:
  Programme programme_; // shares every row with the one given; a try copies only the row it varies
  AnalysisPtr analysis_;
  Results base_;
  std::vector<FieldRef> candidates_;
  std::size_t next_ = 0;
  std::size_t top_;
  std::size_t inputs_tried_ = 0;
  std::vector<Sensitivity> found_;
};

} // namespace vth
