#include "views.hpp"

#include "core/dutch_format.hpp"

#include <imgui.h>

namespace vth::ui {

// Shown until the programme format and engine exist: it says so plainly
// rather than showing made-up figures.
void draw_welcome_view(AppState& /*state*/) {
  ImGui::Spacing();
  ImGui::SeparatorText("Welkom");
  ImGui::TextWrapped(
      "Dit is de basis van VTH-planner. Het programma-formaat, het referentieprogramma van gemeente Enschede "
      "(PUH 2025) en de rekenkern volgen; tot die tijd toont dit scherm geen cijfers uit het programma.");
  ImGui::Spacing();
  ImGui::SeparatorText("Notatie");
  ImGui::TextUnformatted("Bedragen, uren en percentages verschijnen in Nederlandse notatie, bijvoorbeeld:");
  ImGui::BulletText("%s", vth::format_euro(58025600, 0).c_str());
  ImGui::BulletText("%s uur", vth::format_hours(1234500, 1).c_str());
  ImGui::BulletText("%s", vth::format_percent(120200, 2).c_str());
  ImGui::Spacing();
  ImGui::TextDisabled("Alles wordt in uw browser berekend; er gaat niets naar een server.");
}

} // namespace vth::ui
