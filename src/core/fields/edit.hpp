#pragma once
// Changing one number of a programme, addressed by the JSON pointer of the
// value in the programme file ("/odt/toezicht/3/kental"). This is the single
// path for every edit: the interface, the test hook and (later) scenarios.

#include "core/json/json_reader.hpp"
#include "core/model/programme.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace vth {

struct FieldInfo {
  FixedSpec spec;
  bool may_be_empty = false; // "n.v.t." allowed (optional values)
  bool whole_hours = false;  // regional pools are split in whole hours
  std::optional<std::int64_t> value;
};

// The editable number at `pointer`, or nullopt when there is none.
std::optional<FieldInfo> find_field(const Programme& programme, std::string_view pointer);

// Sets a value (scaled fixed point; nullopt = empty where allowed). Returns a
// Dutch message and leaves the programme unchanged when the value is refused.
std::optional<std::string> set_field(Programme& programme, std::string_view pointer,
                                     std::optional<std::int64_t> value);

// Whether set_field would accept the value, without changing anything.
std::optional<std::string> check_field(const Programme& programme, std::string_view pointer,
                                       std::optional<std::int64_t> value);

// Parses text as a Dutch user types it and sets the field. Empty text clears
// an optional value. Returns the message of a refusal; the programme is then unchanged.
std::optional<std::string> set_field_text(Programme& programme, std::string_view pointer,
                                          std::string_view text);

} // namespace vth
