// libFuzzer target: the work stored in the browser (localStorage), from any
// text. Another tab, an older version of VTH-planner or a damaged store can
// leave anything there: the one-slot autosave of version 1, scenario records,
// programme records and this tab's place. Starting up, writing, hearing of
// another tab's change and listing "Recent werk" must never crash, hang or grow
// without bound. Beyond the sanitizers: the app state stays consistent and
// every scenario it holds applies to the programme.
#include "platform/native/memory_store.hpp"

#include "ui/scenarios.hpp"
#include "ui/work_store.hpp"

#include "core/io/programme_io.hpp"
#include "core/io/synthetic.hpp"
#include "core/scenario/scenario.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

// The input as NUL-separated pieces: the old autosave, this tab's place, then
// pairs of a key's tail and its value.
std::vector<std::string> pieces(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || text[i] == '\0') {
      out.emplace_back(text.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string programme = vth::write_programme(vth::make_synthetic_programme(50, 5));
  const std::uint64_t id = vth::text_fingerprint(programme);
  const std::vector<std::string> in = pieces(std::string_view(reinterpret_cast<const char*>(data), size));
  vth::platform::MemoryBrowser browser;
  if (!in.empty()) browser.local[vth::ui::kLegacyAutosaveKey] = in[0];
  for (std::size_t i = 2; i + 1 < in.size(); i += 2) {
    const bool work = !in[i].empty() && in[i][0] == 'w';
    const std::string key = work ? "vth-planner:werk:" + vth::ui::work_id_text(id)
                                 : "vth-planner:scenario:" + vth::ui::work_id_text(id) + ":" + in[i];
    browser.local[key] = in[i + 1];
  }
  vth::ui::AppState state;
  state.platform.builtin_programme = programme;
  state.builtin_id = id;
  browser.connect(state, 1);
  (void)vth::ui::start_up(state, {"", in.size() > 1 ? in[1] : std::string(), "fuzz.json"});
  browser.deliver(state, 1);
  if (!state.programme || !state.adopted) std::abort();
  for (std::size_t i = 2; i < in.size(); i += 2)
    vth::ui::storage_changed(state, "vth-planner:scenario:" + vth::ui::work_id_text(id) + ":" + in[i]);
  (void)vth::ui::stored_work(state);
  vth::ui::persist_work(state);
  if (state.current < -1 || state.current >= static_cast<int>(state.scenarios.size())) std::abort();
  for (const auto& s : state.scenarios)
    if (!vth::materialise(*state.adopted, s.changes)) std::abort();
  for (int i = 0; i < static_cast<int>(state.scenarios.size()); ++i) vth::ui::switch_scenario(state, i);
  return 0;
}
