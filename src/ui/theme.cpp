#include "app.hpp"
#include "value_cell.hpp"

#include <imgui.h>

namespace vth::ui {

void apply_theme(Theme theme, float zoom, bool high_contrast) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle(); // start from the defaults so that zooming never compounds
  if (theme == Theme::Dark) {
    ImGui::StyleColorsDark(&style);
  } else {
    ImGui::StyleColorsLight(&style);
  }
  // Tooltips and notes opaque: Dear ImGui's dark one (94 %) let table figures show through their text.
  style.Colors[ImGuiCol_PopupBg].w = 1.0f;
  // Calm, office-like spacing; rounded corners read as "application", not "debug tool".
  style.WindowRounding = 4.0f;
  style.FrameRounding = 3.0f;
  style.GrabRounding = 3.0f;
  style.TabRounding = 3.0f;
  style.FramePadding = ImVec2(8.0f, 4.0f);
  style.ItemSpacing = ImVec2(8.0f, 6.0f);
  style.CellPadding = ImVec2(6.0f, 3.0f);
  style.WindowBorderSize = 0.0f;
  // Grey text (captions, hints, file names) at 4,5:1 or more on every background it is drawn
  // on (WCAG AA); Dear ImGui's own greys measure about 2,5:1 on the light theme.
  style.Colors[ImGuiCol_TextDisabled] =
      theme == Theme::Dark ? ImVec4(0.64f, 0.64f, 0.64f, 1.0f) : ImVec4(0.34f, 0.34f, 0.34f, 1.0f);
  if (theme == Theme::Dark) {
    // White text on ImGui's bright blue of a hovered or pressed button or row measures 3:1.
    style.Colors[ImGuiCol_ButtonHovered] = ImVec4(0.16f, 0.40f, 0.74f, 1.0f);
    style.Colors[ImGuiCol_ButtonActive] = ImVec4(0.10f, 0.32f, 0.62f, 1.0f);
    style.Colors[ImGuiCol_HeaderHovered] = ImVec4(0.16f, 0.40f, 0.74f, 0.80f);
    style.Colors[ImGuiCol_HeaderActive] = ImVec4(0.10f, 0.32f, 0.62f, 1.0f);
  }
  if (high_contrast) {
    const bool dark = theme == Theme::Dark;
    const ImVec4 ink = dark ? ImVec4(1, 1, 1, 1) : ImVec4(0, 0, 0, 1);
    const ImVec4 paper = dark ? ImVec4(0, 0, 0, 1) : ImVec4(1, 1, 1, 1);
    style.Colors[ImGuiCol_Text] = ink;
    style.Colors[ImGuiCol_TextDisabled] = dark ? ImVec4(0.85f, 0.85f, 0.85f, 1) : ImVec4(0.2f, 0.2f, 0.2f, 1);
    style.Colors[ImGuiCol_WindowBg] = paper;
    style.Colors[ImGuiCol_ChildBg] = paper;
    style.Colors[ImGuiCol_Separator] = ink;
    style.Colors[ImGuiCol_Border] = ink;
    style.FrameBorderSize = 1.0f;
  }
  style.ScaleAllSizes(zoom);
}

ImVec4 alert_color(Theme theme) {
  return theme == Theme::Dark ? ImVec4(1.0f, 0.6f, 0.6f, 1.0f) : ImVec4(0.72f, 0.0f, 0.0f, 1.0f);
}

ImVec4 jump_color(Theme theme) {
  return theme == Theme::Dark ? ImVec4(0.85f, 0.65f, 0.0f, 0.35f) : ImVec4(1.0f, 0.85f, 0.2f, 0.45f);
}

namespace {

ImVec4 over(const ImVec4& top, const ImVec4& below) {
  const float a = top.w;
  return ImVec4(top.x * a + below.x * (1 - a), top.y * a + below.y * (1 - a), top.z * a + below.z * (1 - a),
                1.0f);
}

} // namespace

std::vector<ContrastPair> contrast_pairs(Theme theme, bool high_contrast) {
  const ImGuiStyle saved = ImGui::GetStyle();
  apply_theme(theme, 1.0f, high_contrast);
  const ImVec4* c = ImGui::GetStyle().Colors;
  const ImVec4 window = over(c[ImGuiCol_WindowBg], ImVec4(0, 0, 0, 1));
  const ImVec4 frame = over(c[ImGuiCol_FrameBg], window);
  const ImVec4 row_alt = over(c[ImGuiCol_TableRowBgAlt], window);
  const ImVec4 text = c[ImGuiCol_Text], grey = c[ImGuiCol_TextDisabled];
  std::vector<ContrastPair> pairs = {
      {"tekst op venster", text, window},
      {"tekst grijs op venster", over(grey, window), window},
      {"tekst op invoerveld", text, frame},
      {"tekst grijs op invoerveld (hint)", over(grey, frame), frame},
      {"tekst op knop", text, over(c[ImGuiCol_Button], window)},
      {"tekst op knop onder muis", text, over(c[ImGuiCol_ButtonHovered], window)},
      {"tekst op ingedrukte knop", text, over(c[ImGuiCol_ButtonActive], window)},
      {"tekst op invoerveld onder muis", text, over(c[ImGuiCol_FrameBgHovered], window)},
      {"tekst op regel onder muis", text, over(c[ImGuiCol_HeaderHovered], window)},
      {"tekst op aangeklikte regel", text, over(c[ImGuiCol_HeaderActive], window)},
      {"tekst op gekozen tab", text, over(c[ImGuiCol_TabActive], window)},
      {"tekst op gekozen regel", text, over(c[ImGuiCol_Header], window)},
      {"tekst op tabelkop", text, over(c[ImGuiCol_TableHeaderBg], window)},
      {"tekst op afwisselende rij", text, row_alt},
      {"tekst grijs op afwisselende rij", over(grey, row_alt), row_alt},
      {"tekst op regel waar naartoe gesprongen", text, over(jump_color(theme), window)},
      {"tekst op menu en tooltip", text, over(c[ImGuiCol_PopupBg], window)},
      {"tekst grijs op menu en tooltip", over(grey, over(c[ImGuiCol_PopupBg], window)),
       over(c[ImGuiCol_PopupBg], window)},
      {"rood op venster", alert_color(theme), window},
      {"rood op afwisselende rij", alert_color(theme), row_alt},
  };
  const std::pair<Origin, const char*> origins[] = {{Origin::Assumption, "aanname"},
                                                    {Origin::Changed, "gewijzigd"},
                                                    {Origin::Carried, "overgenomen"},
                                                    {Origin::Own, "eigen invoer"}};
  for (const auto& [origin, name] : origins) {
    const ImVec4 colour = origin_color(origin, theme);
    pairs.push_back({std::string(name) + " op invoerveld", colour, frame});
    pairs.push_back({std::string(name) + " op venster", colour, window});
    pairs.push_back({std::string(name) + " op afwisselende rij", colour, row_alt});
  }
  ImGui::GetStyle() = saved;
  return pairs;
}

} // namespace vth::ui
