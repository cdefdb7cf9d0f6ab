// libFuzzer target: the Dutch number parser, and what a user types into a
// programme field (values and changes: "+10%", "x1,1") through the same path
// as a typed edit.
#include "core/fields/dutch_number.hpp"
#include "core/fields/edit.hpp"
#include "core/io/synthetic.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int decimals = data[0] % 5;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto parsed = vth::parse_dutch_number(text, decimals);
  // A parsed value is within what 18 digits allow.
  if (parsed && (*parsed > 999'999'999'999'999'999LL || *parsed < -999'999'999'999'999'999LL)) std::abort();
  static vth::Programme programme = vth::make_synthetic_programme(20, 3);
  static const char* pointers[] = {"/werk/0/aantal",
                                   "/werk/0/kental",
                                   "/regionaal/partners/0/sleutel",
                                   "/instellingen/odt_uurtarief",
                                   "/regionaal/projecten/0/uren",
                                   "/odt/vergunningen/0/aantal",
                                   "/instellingen/productieve_uren_per_fte"};
  vth::Programme copy = programme;
  const auto field = vth::field_for_pointer(copy, pointers[data[0] % 7]);
  if (!field) std::abort();
  const auto entry = vth::read_field_entry(copy, *field, text);
  if (!entry) {
    if (entry.message().empty()) std::abort(); // a refusal says why
    return 0;
  }
  // What the entry gives fits the field: setting it is never refused for its range.
  if (!vth::check_number(copy, *field, entry->value)) std::abort();
  const vth::Status set = vth::set_number_as_typed(copy, *field, entry->value);
  if (!set && !(copy == programme)) std::abort(); // a refusal changes nothing
  if (set && vth::number_at(copy, *field) != entry->value) std::abort();
  return 0;
}
