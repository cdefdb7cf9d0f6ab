// libFuzzer target: the text helpers of charts and the report on arbitrary
// bytes: a pointer's Dutch label and source, shortening, HTML escaping.
#include "core/html.hpp"
#include "core/input_label.hpp"
#include "core/synthetic.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  static const vth::Programme programme = vth::make_synthetic_programme(20, 3);
  const std::string label = vth::input_label(programme, text);
  const vth::Provenance* source = vth::input_source(programme, text);
  // A pointer that names nothing known keeps its own text as label, and has no source.
  if (!source && label != text) std::abort();
  const std::size_t max = size % 40;
  const std::string shortened = vth::shorten(text, max);
  std::size_t chars = 0;
  for (char c : shortened) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (max > 0 && chars > max) std::abort();
  const std::string escaped = vth::html_escape(text);
  if (escaped.find_first_of("<>\"'") != std::string::npos) std::abort();
  return 0;
}
