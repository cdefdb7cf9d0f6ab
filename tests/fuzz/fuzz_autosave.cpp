// libFuzzer target: restoring the work stored in the browser (localStorage)
// from any text: another tab, an older version or a damaged store can leave
// anything there, and "Herstellen" must never crash, hang or grow without
// bound. Beyond the sanitizers: what is restored is valid for the programme
// (every scenario's changes apply) and the app state stays consistent.
#include "ui/commands.hpp"
#include "ui/scenarios.hpp"
#include "ui/sharing.hpp"

#include "core/io/programme_io.hpp"
#include "core/io/synthetic.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string programme = vth::write_programme(vth::make_synthetic_programme(50, 5));
  vth::ui::AppState state;
  if (!vth::ui::open_programme(state, programme, "fuzz.json")) std::abort();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)vth::ui::autosave_has_work(text);
  (void)vth::ui::restore_autosave(state, text);
  if (!state.programme) std::abort();
  if (state.current < -1 || state.current >= static_cast<int>(state.scenarios.size())) std::abort();
  for (int i = 0; i < static_cast<int>(state.scenarios.size()); ++i) vth::ui::switch_scenario(state, i);
  return 0;
}
