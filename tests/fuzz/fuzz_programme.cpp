// libFuzzer target: the programme reader with any bytes. Properties beyond "no
// crash, no leak, no undefined behaviour": a file that is accepted survives a
// write/read round trip unchanged, and the engine runs on it.
#include "core/engine/engine.hpp"
#include "core/io/programme_io.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const vth::Result<vth::Programme> first = vth::read_programme(text);
  if (first.ok() == !first.issues().empty()) std::abort(); // accepted exactly when no issues
  if (!first) return 0;
  const vth::Result<vth::Programme> second = vth::read_programme(vth::write_programme(*first));
  if (!second || !(*second == *first)) std::abort();
  (void)vth::calculate(*first);
  return 0;
}
