// Help, a view of its own (F1, the Help button, the first-visit hint, a refused file,
// the last entry of the navigation): the main tasks in a few lines each, the keys,
// and what a programme file must hold. In the app itself: the planner makes no
// request, so it cannot point at a page on the web. A view, not a dialog, so that it
// stays open beside the work: read a key, go back with a click, come back with F1.

#include "app.hpp"
#include "help_text.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <iterator>

namespace vth::ui {
namespace {

constexpr const char* kHintSeenKey = "vth-planner:hint-gezien"; // localStorage, shared by the tabs

void two_columns(const char* id, const HelpEntry* entries, std::size_t n) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) return;
  for (std::size_t i = 0; i < n; ++i) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(entries[i].what);
    ImGui::TableNextColumn();
    wrapped_text(entries[i].how);
  }
  ImGui::EndTable();
}

bool hint_seen(AppState& state) {
  if (!state.hint_seen) {
    const auto& get = state.platform.store.get;
    state.hint_seen = !get || get(kHintSeenKey).has_value(); // no storage: no hint it could not forget
  }
  return *state.hint_seen;
}

} // namespace

// One line (two on a narrow window): a first-time user learns where to begin, and it costs
// the tables little room.
void draw_first_visit_hint(AppState& state) {
  if (hint_seen(state) || !state.programme) return;
  ImGui::AlignTextToFramePadding();
  // Wrapped: at 200 % on 1024 px the sentence is wider than the window.
  wrapped_text("Eerste keer hier? Wijzig een getal om een scenario te beginnen; alles blijft in uw browser.");
  same_line_if_fits("Help (F1)");
  if (ImGui::SmallButton("Help (F1)")) state.view = View::Help;
  same_line_if_fits("Niet meer tonen");
  if (ImGui::SmallButton("Niet meer tonen")) {
    state.hint_seen = true;
    if (state.platform.store.set) (void)state.platform.store.set(kHintSeenKey, "1");
  }
}

void draw_help(AppState& state) {
  (void)state;
  ImGui::BeginChild("hulptekst", ImVec2(0.0f, 0.0f));
  ImGui::SeparatorText("Wat u kunt doen");
  two_columns("taken", kHelpTasks, std::size(kHelpTasks));
  ImGui::SeparatorText("Toetsen");
  two_columns("toetsen", kHelpKeys, std::size(kHelpKeys));
  ImGui::SeparatorText("Het programmabestand");
  wrapped_text(kHelpFileFormat);
  ImGui::EndChild();
}

} // namespace vth::ui
