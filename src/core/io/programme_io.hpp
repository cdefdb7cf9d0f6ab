#pragma once
// Reading and writing programme files (docs/programme-format.md).

#include "core/json/json_parse.hpp"
#include "core/model/issues.hpp"
#include "core/model/programme.hpp"
#include "core/model/result.hpp"
#include "core/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace vth {

inline constexpr const char* kProgrammeSchema = "vth-planner-programma";
inline constexpr int kProgrammeVersion = 1;
inline constexpr std::size_t kMaxFileBytes = 64u * 1024u * 1024u;
inline constexpr int kMaxNesting = 64;

// The refusal of a file larger than kMaxFileBytes (also used before reading it).
Issue file_too_large_issue();

// The limits every reader of programmes applies (docs/programme-format.md).
inline JsonLimits programme_json_limits() {
  return JsonLimits{kMaxFileBytes, kMaxNesting, 65'536, 64, 500'000};
}

// Parses and validates a whole file; a refusal holds every problem it can find.
Result<Programme> read_programme(std::string_view text);

// Serialises a programme; read_programme(write_programme(p)) gives p back.
std::string write_programme(const Programme& programme);

// The fingerprint of the programme's canonical file text (write_programme).
std::uint64_t programme_fingerprint(const Programme& programme);

} // namespace vth
