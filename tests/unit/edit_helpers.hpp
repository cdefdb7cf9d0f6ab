#pragma once
// Edits as a user types them, addressed by the JSON pointer of the value in the
// programme file: what the tests write down, converted to row ids on the way.

#include "core/fields/edit.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace test {

// nullopt when the entry is taken; otherwise the Dutch reason, and `p` is unchanged.
inline std::optional<std::string> type_into(vth::Programme& p, std::string_view pointer,
                                            std::string_view text) {
  const auto field = vth::field_for_pointer(p, pointer);
  if (!field) return field.message();
  const auto entry = vth::read_field_entry(p, *field, text);
  if (!entry) return entry.message();
  if (const vth::Status set = vth::set_number_as_typed(p, *field, entry->value); !set) return set.message();
  return std::nullopt;
}

// The field at a pointer; fails the test when there is none.
inline vth::FieldRef field(const vth::Programme& p, std::string_view pointer) {
  const auto f = vth::field_for_pointer(p, pointer);
  if (!f) throw std::runtime_error(std::string(pointer) + ": " + f.message());
  return *f;
}

} // namespace test
