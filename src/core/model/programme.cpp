#include "programme.hpp"

namespace vth {

const char* odt_part_key(OdtPart part) {
  switch (part) {
  case OdtPart::Permits:
    return "vergunningen";
  case OdtPart::Supervision:
    return "toezicht";
  case OdtPart::Enforcement:
    return "handhaving";
  case OdtPart::Advice:
    return "advies";
  }
  return "";
}

const char* odt_part_name(OdtPart part) {
  switch (part) {
  case OdtPart::Permits:
    return "Vergunningen";
  case OdtPart::Supervision:
    return "Toezicht";
  case OdtPart::Enforcement:
    return "Handhaving";
  case OdtPart::Advice:
    return "Advies";
  }
  return "";
}

const char* work_kind_key(WorkKind kind) {
  switch (kind) {
  case WorkKind::Count:
    return "aantal";
  case WorkKind::Fte:
    return "fte";
  case WorkKind::Hours:
    return "uren";
  case WorkKind::Percentage:
    return "percentage";
  }
  return "";
}

const char* financing_key(Financing financing) {
  switch (financing) {
  case Financing::SharedKey:
    return "verdeelsleutel";
  case Financing::External:
    return "extern";
  case Financing::Budget:
    return "begroting";
  }
  return "";
}

} // namespace vth
