#include "app_state.hpp"

#include "core/engine.hpp"
#include "core/programme_io.hpp"
#include "core/results_export.hpp"

namespace vth::ui {

bool open_programme(AppState& state, std::string_view json_text) {
  ReadResult read = read_programme(json_text);
  if (!read.programme) {
    state.load_error.clear();
    for (const auto& issue : read.issues) state.load_error += format_issue(issue) + "\n";
    return false;
  }
  state.programme = std::move(read.programme);
  state.load_error.clear();
  recalculate(state);
  return true;
}

void recalculate(AppState& state) {
  if (!state.programme) return;
  state.results = calculate(*state.programme);
  state.results_json = results_to_json(state.results);
}

} // namespace vth::ui
