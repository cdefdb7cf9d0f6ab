// libFuzzer target: the scenario-file reader with any bytes (the file picker,
// a drop, and every stored scenario in the browser's autosave go through it).
// Beyond "no crash, no leak, no undefined behaviour": a file is accepted
// exactly when it has no issues, and an accepted scenario written out and read
// again is the same scenario.
#include "core/io/programme_io.hpp"
#include "core/io/scenario_io.hpp"
#include "core/io/synthetic.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const vth::Programme programme = vth::make_synthetic_programme(50, 5);
  static const std::uint64_t id = vth::programme_fingerprint(programme); // once: it writes the programme
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto read = vth::read_scenario(text, programme, id);
  if (read.ok() == !read.issues().empty()) std::abort();
  if (!read || read->programme) return 0; // carried programmes are covered by fuzz_programme
  const auto again =
      vth::read_scenario(vth::write_scenario(programme, id, read->scenario, nullptr), programme, id);
  if (!again || !(again->scenario == read->scenario)) std::abort();
  return 0;
}
