#pragma once
// What the engine computes from a programme. All quantities exact: hours in
// milli-hours, money in cents, FTE in milli-FTE.

#include "core/model/fixed_point.hpp"
#include "core/model/programme.hpp"

#include <memory>
#include <string>
#include <vector>

namespace vth {

struct DepartmentResult {
  std::string id;
  std::string name;
  int lines = 0;
  MilliHours demand = 0;     // hours of all its work lines
  MilliUnits fte_needed = 0; // demand / productive hours per FTE
  MilliUnits fte_available = 0;
  MilliUnits fte_gap = 0; // available - needed: negative is a shortage
};

struct CapacityResult {
  MilliHours productive_hours_per_fte = 0;
  std::vector<DepartmentResult> departments;
  DepartmentResult total;
  std::vector<MilliHours> line_hours; // per programme.work line, same order
};

struct OdtPartResult {
  std::string id;   // "vergunningen", ..., "projecten", "diensten", "lokale_projecten", "werkvoorraad"
  std::string name; // Dutch label
  MilliHours hours = 0;
  Cents cost = 0;
};

struct OdtResult {
  std::vector<OdtPartResult> parts; // the municipality's ODT hours by part
  MilliHours total_hours = 0;
  Cents total_cost = 0;
  std::vector<MilliHours> line_hours[4]; // per product line, indexed by OdtPart
};

struct PartnerShare {
  std::string id;
  std::string name;
  BasisPoints key = 0;
  std::int64_t hours = 0; // whole hours
  Cents cost = 0;
};

// One pool (regional projects or services, the shared-key part) split over all partners.
struct PoolSplit {
  std::int64_t total_hours = 0; // whole hours of the items financed by the key
  Cents total_cost = 0;
  bool computed = false; // false when the keys do not sum to 100% or there are no partners
  std::vector<PartnerShare> shares;
  std::int64_t own_hours = 0;
  Cents own_cost = 0;
};

struct RegionalResult {
  BasisPoints key_sum = 0;
  PoolSplit projects;
  PoolSplit services;
};

struct EnergyLineResult {
  MilliHours hours = 0;
  Cents cost = 0; // hours × tariff rounded to whole euros (as the source prints it), plus costs without hours
};

struct EnergyResult {
  std::vector<EnergyLineResult> lines;
  MilliHours hours = 0;
  Cents cost = 0; // from the unrounded hours, rounded to whole euros once
};

// A difference between what the source prints and what the inputs give, or
// another inconsistency, with where it stands (docs/calculation-rules.md).
struct Finding {
  enum class Unit { None, Hours, Money };
  std::string kind;    // "afwijking", "optelling", "afronding", "dubbele-afdeling", "dubbele-code",
                       // "code-buiten-tabel", "sleutels", "bron", "overloop"
  std::string pointer; // JSON pointer of the printed value in the programme file
  std::string section; // source section
  int line = 0;        // line in the source text
  std::string message; // Dutch, with both numbers
  // The two numbers compared (afwijking, optelling, afronding): milli-hours or cents.
  Unit unit = Unit::None;
  std::int64_t computed = 0; // for optelling: the sum of the printed lines
  std::int64_t printed = 0;
  std::vector<std::string> explaining; // lines whose value is exactly the difference
};

struct Assumption {
  std::string pointer; // JSON pointer of the assumed value
  std::string reason;
};

// What depends only on the programme's structure and provenance, never on the
// numbers an edit changes: worked out once per opened programme and shared by
// every recalculation after it.
struct Analysis {
  std::vector<Assumption> assumptions;
  std::vector<Finding>
      findings; // department names twice, duplicate codes, codes in the wrong table, source notes
  std::vector<int> work_department; // per work line: index into departments, -1 if unknown
};
using AnalysisPtr = std::shared_ptr<const Analysis>;
using AssumptionList = std::shared_ptr<const std::vector<Assumption>>;

struct Results {
  std::string municipality;
  int year = 0;
  std::string title;
  Cents odt_hourly_rate = 0;
  CapacityResult capacity;
  OdtResult odt;
  RegionalResult regional;
  EnergyResult energy;
  EnergyResult spuk;
  std::vector<Finding> findings;
  AssumptionList assumptions;
};

} // namespace vth
