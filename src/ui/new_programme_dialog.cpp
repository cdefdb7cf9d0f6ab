// "Nieuw programma": the short guided start of a municipality's programme
// (core/scenario/new_programme.hpp). One form with everything the tables
// cannot be filled without: gemeente and jaar, the departments and their fte,
// the productive hours per fte, the ODT tariff, and how the regional pools are
// split. Each wrong field says why under it; nothing opens until all are right,
// and what was typed stays in the form. Then the empty tables are the user's.

#include "app.hpp"
#include "views.hpp"

#include "commands.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace vth::ui {
namespace {

constexpr const char* kId = "Nieuw programma##nieuw";

ImVec4 error_colour(const AppState& state) { return alert_color(state.theme); }

// The reasons the last Maken gave for this field, in red under it.
void problems_of(const AppState& state, const std::string& field) {
  for (const FormProblem& p : state.new_programme->problems) {
    if (p.field != field) continue;
    wrapped_text(p.message, error_colour(state));
  }
}

// A text field, `id` also names it in problems ("afdelingen/1/naam") and for tests ("##afdelingen/1/naam").
void field(const std::string& id, std::string& text, const char* hint, float width) {
  ImGui::SetNextItemWidth(width);
  const std::string label = "##" + id;
  ImGui::InputTextWithHint(label.c_str(), hint, text.data(), text.capacity() + 1,
                           ImGuiInputTextFlags_CallbackResize, grow_string, &text);
}

void labelled(AppState& state, const char* label, const std::string& id, std::string& text,
              const char* hint) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine(ImGui::GetFontSize() * 13.0f);
  field(id, text, hint, ImGui::GetFontSize() * 12.0f);
  problems_of(state, id);
}

void departments(AppState& state, NewProgrammeForm& form) {
  ImGui::SeparatorText("Afdelingen en hun beschikbare fte");
  const float em = ImGui::GetFontSize();
  for (std::size_t i = 0; i < form.departments.size(); ++i) {
    const std::string at = "afdelingen/" + std::to_string(i) + "/";
    ImGui::PushID(static_cast<int>(i));
    field(at + "naam", form.departments[i].name, "naam, bijv. Vergunningen", em * 16.0f);
    ImGui::SameLine();
    field(at + "beschikbare_fte", form.departments[i].fte, "fte, bijv. 12,5", em * 7.0f);
    ImGui::SameLine();
    const bool remove = ImGui::SmallButton("Weg");
    ImGui::SetItemTooltip("Deze afdeling niet opnemen");
    problems_of(state, at + "naam");
    problems_of(state, at + "beschikbare_fte");
    ImGui::PopID();
    if (remove) {
      form.departments.erase(form.departments.begin() + static_cast<std::ptrdiff_t>(i));
      state.new_programme->problems.clear(); // their places moved
      break;
    }
  }
  if (ImGui::SmallButton("+ Afdeling")) form.departments.push_back({});
  problems_of(state, "afdelingen");
}

void partners(AppState& state, NewProgrammeForm& form) {
  ImGui::SeparatorText("Regionale verdeling");
  if (ImGui::RadioButton("Alleen eigen deel", !form.with_partners)) form.with_partners = false;
  ImGui::SetItemTooltip("De gemeente draagt de regionale projecten en diensten geheel (sleutel 100%%).");
  ImGui::SameLine();
  if (ImGui::RadioButton("Met partners en verdeelsleutels", form.with_partners)) {
    form.with_partners = true;
    if (form.partners.empty()) form.partners.resize(2); // the municipality and one other
  }
  if (!form.with_partners) return;
  const float em = ImGui::GetFontSize();
  for (std::size_t i = 0; i < form.partners.size(); ++i) {
    const std::string at = "partners/" + std::to_string(i) + "/";
    ImGui::PushID(static_cast<int>(i));
    bool remove = false;
    if (i == 0) {
      // The municipality itself: its name is the gemeente above.
      ImGui::AlignTextToFramePadding();
      const std::string own =
          (form.municipality.empty() ? std::string("De gemeente") : form.municipality) + " (eigen deel)";
      ImGui::TextUnformatted(own.c_str());
      ImGui::SameLine(em * 16.0f + ImGui::GetStyle().ItemSpacing.x);
    } else {
      field(at + "naam", form.partners[i].name, "naam, bijv. Borne", em * 16.0f);
      ImGui::SameLine();
    }
    field(at + "sleutel", form.partners[i].key, "bijv. 24,5%", em * 7.0f);
    if (i > 0) {
      ImGui::SameLine();
      remove = ImGui::SmallButton("Weg");
    }
    problems_of(state, at + "naam");
    problems_of(state, at + "sleutel");
    ImGui::PopID();
    if (remove) {
      form.partners.erase(form.partners.begin() + static_cast<std::ptrdiff_t>(i));
      state.new_programme->problems.clear();
      break;
    }
  }
  if (ImGui::SmallButton("+ Partner")) form.partners.push_back({});
  ImGui::SameLine();
  // The sum as it stands, while typing.
  const std::string sum = partner_key_summary(form);
  if (sum == "samen 100%" || sum.empty())
    ImGui::TextDisabled("%s", sum.empty() ? "" : "Verdeelsleutels samen 100%");
  else
    ImGui::TextColored(error_colour(state), "Verdeelsleutels %s", sum.c_str());
  problems_of(state, "partners");
}

} // namespace

void draw_new_programme_dialog(AppState& state) {
  const bool open = ImGui::IsPopupOpen(kId);
  if (state.new_programme && !open &&
      !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
    ImGui::OpenPopup(kId);
  const ImGuiViewport* view = ImGui::GetMainViewport();
  // Centred every frame: it grows with each department and partner and must stay on screen.
  ImGui::SetNextWindowPos(view->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  // Height 0 every frame: fitted to the form (up to the screen; beyond that it scrolls).
  ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetFontSize() * 40.0f, view->WorkSize.x), 0.0f),
                           ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), ImVec2(view->WorkSize.x, view->WorkSize.y * 0.95f));
  if (!ImGui::BeginPopupModal(kId, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
  if (!state.new_programme) { // closed elsewhere
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  NewProgrammeForm& form = state.new_programme->form;
  const bool typing = ImGui::GetIO().WantTextInput; // a field was active: Esc leaves it, not the form
  wrapped_text("Een nieuw programma met lege tabellen. Wat nu open is, blijft bewaard onder Recent werk.");
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  labelled(state, "Gemeente", "gemeente", form.municipality, "bijv. Hengelo");
  labelled(state, "Jaar", "jaar", form.year, "bijv. 2027");
  labelled(state, "Productieve uren per fte", "productieve_uren", form.productive_hours, "bijv. 1.300");
  labelled(state, "ODT-uurtarief", "uurtarief", form.hourly_rate, "bijv. € 105,50");
  departments(state, form);
  partners(state, form);
  ImGui::Spacing();
  if (ImGui::Button("Maken")) {
    if (Status made = open_new_programme(state); made) ImGui::CloseCurrentPopup();
  }
  ImGui::SameLine();
  // Esc while typing only leaves the field; the form itself is kept for the next Nieuw….
  if (ImGui::Button("Annuleren") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !typing)) {
    state.new_programme_kept = std::move(form);
    state.new_programme.reset();
    ImGui::CloseCurrentPopup();
  }
  if (!state.new_programme) ImGui::CloseCurrentPopup();
  if (state.new_programme && !state.new_programme->problems.empty()) {
    const std::size_t n = state.new_programme->problems.size();
    ImGui::SameLine();
    ImGui::TextColored(error_colour(state), "%zu %s: zie hierboven", n, n == 1 ? "fout" : "fouten");
  }
  ImGui::EndPopup();
}

} // namespace vth::ui
