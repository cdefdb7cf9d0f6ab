// The dialogs that ask before anything on screen is replaced, and the ones
// that say what just arrived: a question (a link with another programme,
// discarding stored work, deleting a scenario), the offer to go on with more
// recent work, the summary of a scenario opened from a link, and the banner
// when the browser cannot keep the work. One dialog at a time: the next one
// waits until the open one is answered.

#include "app.hpp"
#include "views.hpp"
#include "widgets.hpp"

#include "commands.hpp"
#include "scenarios.hpp"
#include "sharing.hpp"
#include "table_draw.hpp"
#include "view_models.hpp"
#include "work_store.hpp"

#include <imgui.h>

namespace vth::ui {
namespace {

bool no_dialog_open() {
  return !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
}

bool begin_dialog(const char* title, float width_in_fonts) {
  const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * width_in_fonts, 0.0f), ImGuiCond_Appearing);
  return ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings);
}

void wrapped(const std::string& text) { wrapped_text(text); }

void answer(AppState& state, bool yes) {
  const Question q = std::exchange(state.question, {});
  if (!yes) {
    if (q.kind == Question::Kind::OpenLink) state.status = "De link is niet geopend; uw werk is ongewijzigd.";
    return;
  }
  state.status.clear(); // what it said before no longer applies
  switch (q.kind) {
  case Question::Kind::OpenLink:
    (void)open_link(state, q.link, false); // a refusal is shown in its own dialog
    break;
  case Question::Kind::OpenStoredWork:
    open_work(state, q.work);
    break;
  case Question::Kind::DiscardWork:
    if (const Status done = discard_work(state, q.work); !done)
      state.status = "Niet verwijderd: " + done.message();
    else
      state.status = "Het werk is uit deze browser verwijderd.";
    break;
  case Question::Kind::DeleteScenario:
    delete_scenario(state, scenario_index(state, q.scenario_uid));
    break;
  case Question::Kind::None:
    break;
  }
}

void draw_question(AppState& state) {
  constexpr const char* kId = "Vraag##vraag";
  if (state.question.kind != Question::Kind::None && no_dialog_open()) ImGui::OpenPopup(kId);
  if (!begin_dialog(kId, 36.0f)) return;
  if (state.question.kind == Question::Kind::None) { // answered elsewhere (a test, another path)
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  ImGui::SeparatorText(state.question.title.c_str());
  wrapped(state.question.text);
  ImGui::Spacing();
  const bool yes = ImGui::Button(state.question.yes.c_str());
  ImGui::SameLine();
  const bool no = ImGui::Button("Annuleren") || ImGui::IsKeyPressed(ImGuiKey_Escape);
  if (yes || no) {
    ImGui::CloseCurrentPopup();
    answer(state, yes);
  }
  ImGui::EndPopup();
}

void draw_resume_offer(AppState& state) {
  constexpr const char* kId = "Verder met uw werk?##aanbod";
  if (state.resume_offer && no_dialog_open()) ImGui::OpenPopup(kId);
  if (!begin_dialog(kId, 34.0f)) return;
  const StoredWork* work = nullptr;
  for (const StoredWork& w : stored_work_list(state))
    if (state.resume_offer && w.id == *state.resume_offer) work = &w;
  if (!work) {
    state.resume_offer.reset();
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const std::size_t n = work->scenario_names.size();
  wrapped("U werkte het laatst aan " + work->title + " (" + std::to_string(n) +
          (n == 1 ? " scenario" : " scenario's") + ", " +
          format_moment(std::max(work->changed_ms, work->opened_ms)) + "). Nu is " +
          current_scenario_name(state) + " van " + state.programme->municipality + " " +
          std::to_string(state.programme->year) + " geopend.");
  wrapped("Uw werk blijft bewaard, wat u ook kiest; u vindt het altijd onder Recent werk.");
  ImGui::Spacing();
  const std::uint64_t id = work->id;
  const std::string go_on = "Verder met " + work->title;
  const bool yes = ImGui::Button(go_on.c_str());
  ImGui::SameLine();
  const bool no = ImGui::Button("Niet nu") || ImGui::IsKeyPressed(ImGuiKey_Escape);
  if (yes || no) {
    state.resume_offer.reset();
    ImGui::CloseCurrentPopup();
    if (yes)
      open_work(state, id);
    else
      state.status = "Uw eerdere werk blijft bewaard onder Recent werk.";
  }
  ImGui::EndPopup();
}

// What a partner sees at once when a link opens: who sent it and why, what it
// changes, and what that does to the key figures.
void draw_link_summary(AppState& state) {
  constexpr const char* kId = "Gedeeld scenario##link";
  const int index = scenario_index(state, state.link_summary_uid);
  if (index < 0) state.link_summary_uid.clear();
  if (index >= 0 && no_dialog_open()) {
    if (state.current != index) switch_scenario(state, index);
    ImGui::OpenPopup(kId);
  }
  const ImVec2 size = ImGui::GetMainViewport()->WorkSize;
  ImGui::SetNextWindowSize(ImVec2(size.x * 0.8f, size.y * 0.85f), ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(kId, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  if (index < 0 || index != state.current) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  const OpenScenario& s = state.scenarios[static_cast<std::size_t>(index)];
  ImGui::SeparatorText(("Scenario '" + s.name + "'").c_str());
  if (!s.sender.empty()) wrapped("Van: " + s.sender);
  if (!s.note.empty()) wrapped("Notitie: " + s.note);
  wrapped(
      "Het vastgestelde programma blijft zoals het is; dit scenario staat nu in uw lijst onder Scenario's.");
  const float buttons = ImGui::GetFrameHeightWithSpacing() * 1.6f;
  ImGui::BeginChild("inhoud", ImVec2(0.0f, -buttons));
  ImGui::SeparatorText("Wijzigingen");
  const TableModel changes = scenario_changes_model(state);
  if (changes.row_count == 0)
    wrapped_text("Geen: het scenario is gelijk aan het vastgestelde programma.");
  else
    draw_table(state, changes);
  ImGui::SeparatorText("Effect op de kerncijfers");
  const std::vector<int> columns{-1, state.current};
  TableDrawOptions scrolling; // its headers stay in view
  scrolling.height =
      std::max(ImGui::GetContentRegionAvail().y, ImGui::GetTextLineHeightWithSpacing() * 10.0f);
  draw_table(state, scenario_compare_model(state, columns, cached_compare_results(state, columns)),
             scrolling);
  ImGui::EndChild();
  if (ImGui::Button("Sluiten") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    state.link_summary_uid.clear();
    ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button("Naar Scenario's")) {
    state.link_summary_uid.clear();
    state.view = View::Scenarios;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

} // namespace

void draw_dialogs(AppState& state) {
  draw_refused_dialog(state); // first: a refusal must never hide behind another question
  draw_question(state);
  draw_link_summary(state);
  draw_resume_offer(state);
  draw_paste_dialog(state);
  draw_new_programme_dialog(state);
}

void draw_storage_banner(AppState& state) {
  const std::string problem = storage_problem(state);
  if (problem.empty() && state.loading.id == 0) return;
  if (state.loading.id != 0) {
    ImGui::TextUnformatted("Uw werk wordt uit de browser geladen…");
    return;
  }
  wrapped_text(problem, alert_color(state.theme));
  if (ImGui::SmallButton("Opnieuw proberen")) {
    state.storage.persisted_revision = -1;
    persist_work(state);
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Naar Recent werk")) state.view = View::Work;
}

} // namespace vth::ui
