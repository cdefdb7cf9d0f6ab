// libFuzzer target: the Dutch number parser, and setting a parsed value into a
// programme field through the same path as a typed edit.
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
  if (const auto* v = std::get_if<std::int64_t>(&parsed)) {
    // A parsed value is within what 18 digits allow.
    if (*v > 999'999'999'999'999'999LL || *v < -999'999'999'999'999'999LL) std::abort();
  }
  static vth::Programme programme = vth::make_synthetic_programme(20, 3);
  static const char* pointers[] = {"/werk/0/aantal",
                                   "/werk/0/kental",
                                   "/regionaal/partners/0/sleutel",
                                   "/instellingen/odt_uurtarief",
                                   "/regionaal/projecten/0/uren",
                                   "/odt/vergunningen/0/aantal",
                                   "/instellingen/productieve_uren_per_fte"};
  vth::Programme copy = programme;
  const auto refused = vth::set_field_text(copy, pointers[data[0] % 7], text);
  if (refused && !(copy == programme)) std::abort(); // a refusal changes nothing
  return 0;
}
