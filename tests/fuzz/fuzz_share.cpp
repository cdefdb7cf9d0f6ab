// libFuzzer target: the share-link decoder (and the fragment parser) with any
// text. A link that decodes must encode back to a link with the same content.
#include "core/io/programme_io.hpp"
#include "core/io/share_link.hpp"
#include "core/io/synthetic.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const vth::Programme programme = vth::make_synthetic_programme(50, 5);
  static const std::uint64_t id =
      vth::programme_fingerprint(programme); // once: it writes the whole programme
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const vth::Fragment fragment = vth::parse_fragment(text);
  const auto decoded =
      vth::decode_share(fragment.share.empty() ? text : std::string_view(fragment.share), programme, id);
  if (decoded) {
    if (decoded->programme) return 0; // carried programmes are covered by fuzz_programme
    const auto again = vth::decode_share(vth::encode_share(programme, *decoded), programme, id);
    if (!again || !(*again == *decoded)) std::abort();
    // What a link holds applies to the programme (it was checked by applying it).
    if (!vth::materialise(programme, decoded->scenario.changes)) std::abort();
  } else if (decoded.message().empty()) {
    std::abort(); // a refusal says why
  }
  return 0;
}
