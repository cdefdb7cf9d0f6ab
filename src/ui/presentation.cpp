#include "presentation.hpp"
#include "app.hpp"

#include "chart_draw.hpp"
#include "fonts.hpp"
#include "scenarios.hpp"
#include "table_model.hpp"
#include "value_cell.hpp"
#include "widgets.hpp"

#include "core/fields/registry.hpp"
#include "core/model/dutch_format.hpp"
#include "core/model/utf8_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>

namespace vth::ui {
namespace {

// Looked up when used, not at start-up: the registry they come from is itself a static of
// another file, and the order in which such statics are made is not defined (at start-up
// both named the first column of the settings, the productive hours).
FieldRef tariff() { return field_of(TableId::Settings, 0, "odt_uurtarief"); }
FieldRef productive_hours() { return field_of(TableId::Settings, 0, "productieve_uren_per_fte"); }

struct Figure {
  std::string caption, value, detail;
};

void key_figures(const std::vector<Figure>& figures) {
  if (!ImGui::BeginTable("kerncijfers", static_cast<int>(figures.size()), ImGuiTableFlags_SizingStretchSame))
    return;
  for (const Figure& f : figures) key_figure({f.caption, f.value, f.detail, {}, {}, false}, {});
  ImGui::EndTable();
}

std::string fte(MilliUnits v) { return format_fixed(v, 3, 2) + " fte"; }

// One live control: the input's name above its field (edits go through the commands, so undo works).
// The value's own name comes first ("Aantal", "Kental (uur)"), then as much of its row's name as
// fits: two values of one line (count and kental) were cut to the same "A3.02.05 Periodieke co…".
void control(AppState& state, const FieldRef& field) {
  if (!field_exists(*state.programme, field)) return;
  const float width = ImGui::GetFontSize() * 7.0f;
  ImGui::BeginGroup();
  std::string label = field_label(*state.programme, field);
  const TableDef& t = table(field.table);
  if (const void* row = row_by_id(*state.programme, field.table, field.row); row && !t.single && t.row_name) {
    std::string name = column(field).label;
    if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    label = name + " · " + shorten(t.row_name(row), 24);
  }
  ImGui::TextUnformatted(label.c_str());
  number_cell(state, field, width);
  ImGui::EndGroup();
}

// The ODT line with the most hours: its count and kental are the live controls of the ODT page.
std::optional<RowRef> largest_odt_line(const AppState& state) {
  std::optional<RowRef> best;
  MilliHours most = -1;
  for (OdtPart part : kOdtParts) {
    const auto& hours = state.results.odt.line_hours[static_cast<int>(part)];
    const auto& lines = state.programme->odt.parts[static_cast<int>(part)];
    for (std::size_t i = 0; i < hours.size() && i < lines.size(); ++i)
      if (hours[i] > most) {
        most = hours[i];
        best = RowRef{odt_table(part), lines[i].row_id};
      }
  }
  return best;
}

std::optional<FieldRef> largest_regional(const Rows<RegionalItem>& items, TableId table_id) {
  std::optional<FieldRef> best;
  MilliHours most = -1;
  for (const RegionalItem& it : items)
    if (it.hours && it.financing == Financing::SharedKey && *it.hours > most) {
      most = *it.hours;
      best = field_of(table_id, it.row_id, "uren");
    }
  return best;
}

// The staffed department with the least room (the largest shortage).
std::optional<FieldRef> tightest_department(const AppState& state) {
  const auto& d = state.results.capacity.departments;
  int best = -1;
  for (std::size_t i = 0; i < d.size(); ++i)
    if (d[i].fte_available > 0 && (best < 0 || d[i].fte_gap < d[static_cast<std::size_t>(best)].fte_gap))
      best = static_cast<int>(i);
  if (best < 0 || best >= static_cast<int>(state.programme->departments.size())) return std::nullopt;
  return field_of(TableId::Departments, state.programme->departments[static_cast<std::size_t>(best)].row_id,
                  "beschikbare_fte");
}

std::vector<std::optional<FieldRef>> page_controls(const AppState& state, int page) {
  switch (page) {
  case kOverviewPage:
    return {tariff(), productive_hours()};
  case kCapacityPage:
    return {productive_hours(), tightest_department(state)};
  case kOdtPage: {
    const auto line = largest_odt_line(state);
    if (!line) return {tariff()};
    return {tariff(), field_of(line->table, line->row, "aantal"), field_of(line->table, line->row, "kental")};
  }
  case kRegionalPage:
    return {tariff(), largest_regional(state.programme->regional.projects, TableId::RegionalProjects),
            largest_regional(state.programme->regional.services, TableId::RegionalServices)};
  default:
    return {tariff(), productive_hours()};
  }
}

// The figures and the charts of one page; the charts share the height that is left.
void draw_page(AppState& state, int page) {
  const Results& r = state.results;
  const Theme theme = state.theme;
  switch (page) {
  case kOverviewPage: {
    // The Overzicht's key figures: with a scenario on screen, each with the adopted value and the difference.
    const std::vector<KeyFigure> all = key_figures(state);
    const ImVec4 worse = alert_color(theme);
    for (std::size_t start = 0; start < all.size(); start += 4) {
      const std::size_t n = std::min<std::size_t>(4, all.size() - start);
      if (ImGui::BeginTable(("kerncijfers" + std::to_string(start)).c_str(), static_cast<int>(n),
                            ImGuiTableFlags_SizingStretchSame)) {
        for (std::size_t k = start; k < start + n; ++k) key_figure(all[k], worse);
        ImGui::EndTable();
      }
      ImGui::Spacing();
    }
    break;
  }
  case kCapacityPage:
    key_figures(
        {{"Benodigd", fte(r.capacity.total.fte_needed), format_hours(r.capacity.total.demand, 0) + " uur"},
         {"Beschikbaar", fte(r.capacity.total.fte_available),
          format_hours(r.capacity.productive_hours_per_fte, 0) + " productieve uren per fte"},
         {r.capacity.total.fte_gap < 0 ? "Tekort" : "Ruimte", fte(std::llabs(r.capacity.total.fte_gap)),
          "over alle afdelingen"}});
    break;
  case kOdtPage:
    key_figures({{"ODT-uren", format_hours(r.odt.total_hours, 0) + " uur", "voor de gemeente"},
                 {"ODT-kosten", format_euro(r.odt.total_cost, 0),
                  "bij " + format_euro(r.odt_hourly_rate) + " per uur"}});
    break;
  case kRegionalPage:
    key_figures({{"Regionale projecten", format_euro(r.regional.projects.total_cost, 0),
                  "eigen deel " + format_euro(r.regional.projects.own_cost, 0)},
                 {"Regionale diensten", format_euro(r.regional.services.total_cost, 0),
                  "eigen deel " + format_euro(r.regional.services.own_cost, 0)}});
    break;
  default:
    break;
  }
  const std::vector<Chart> charts = page_charts(state, page);
  const float each =
      ImGui::GetContentRegionAvail().y / static_cast<float>(std::max<std::size_t>(charts.size(), 1));
  const Chart* above = nullptr;
  for (const Chart& chart : charts) {
    // A second chart of the same series (ODT: hours, then costs) would only repeat the legend.
    draw_chart(chart, theme, each, false, !above || above->series != chart.series);
    above = &chart;
  }
}

void handle_keys(AppState& state) {
  if (ImGui::GetIO().WantTextInput) return; // arrows and Esc belong to the field being edited
  if (ImGui::IsKeyPressed(ImGuiKey_RightArrow) || ImGui::IsKeyPressed(ImGuiKey_PageDown))
    show_page(state, std::min(state.present_page + 1, kPresentationPages - 1));
  if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow) || ImGui::IsKeyPressed(ImGuiKey_PageUp))
    show_page(state, std::max(state.present_page - 1, 0));
  if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) show_page(state, 0);
  if (ImGui::IsKeyPressed(ImGuiKey_End, false)) show_page(state, kPresentationPages - 1);
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) leave_presentation(state);
}

} // namespace

void draw_presentation(AppState& state) {
  handle_keys(state);
  if (!state.presenting || !state.programme) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags =
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
  const float font = ImGui::GetFontSize();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(font * 1.2f, font * 0.8f));
  if (ImGui::Begin("presentatie", nullptr, kFlags)) {
    const Programme& p = *state.programme;
    large_text(page_title(state.present_page));
    const std::string where = p.municipality + " " + std::to_string(p.year) + " · " +
                              current_scenario_name(state) + " · " + std::to_string(state.present_page + 1) +
                              "/" + std::to_string(kPresentationPages);
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(where.c_str()).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(where.c_str());
    ImGui::Separator();
    ImGui::Spacing();

    const float controls_height = font * 6.6f;
    // Charts are sized to fit; a scroll bar appears only when a page holds more than the screen.
    ImGui::BeginChild("pagina", ImVec2(0.0f, -controls_height));
    draw_page(state, state.present_page);
    // Every page is meant to fit (1280×720 and up): the test of that reads this.
    state.present_overflow = ImGui::GetScrollMaxY() > 0.5f || ImGui::GetScrollMaxX() > 0.5f;
    ImGui::EndChild();

    ImGui::Separator();
    ImGui::Spacing();
    ImGui::TextDisabled("Live bijstellen (werkt in het scenario; Ctrl+Z maakt ongedaan)");
    // Groups side by side, tops aligned (SameLine alone aligns baselines of the last lines).
    const float top = ImGui::GetCursorPosY();
    bool first = true;
    auto next_group = [&] {
      if (!first) ImGui::SameLine(0.0f, font * 1.5f);
      ImGui::SetCursorPosY(top);
      ImGui::AlignTextToFramePadding(); // the same text offset for every group's first line
      first = false;
    };
    for (const auto& field : page_controls(state, state.present_page)) {
      if (!field) continue;
      next_group();
      control(state, *field);
    }
    if (state.present_page == kScenariosPage) {
      next_group();
      ImGui::BeginGroup();
      ImGui::TextUnformatted("Scenario");
      ImGui::SetNextItemWidth(font * 12.0f);
      if (ImGui::BeginCombo("##scenario", current_scenario_name(state).c_str())) {
        for (int i = -1; i < static_cast<int>(state.scenarios.size()); ++i) {
          const char* name =
              i < 0 ? "Vastgesteld programma" : state.scenarios[static_cast<std::size_t>(i)].name.c_str();
          if (ImGui::Selectable(name, i == state.current)) switch_scenario(state, i);
        }
        ImGui::EndCombo();
      }
      ImGui::EndGroup();
    }
    if (state.present_page == kSensitivityPage) {
      next_group();
      ImGui::BeginGroup();
      ImGui::TextUnformatted("Rangschikken op");
      if (ImGui::RadioButton("ODT-kosten", !state.present_gap)) state.present_gap = false;
      ImGui::SameLine();
      if (ImGui::RadioButton("fte-verschil", state.present_gap)) state.present_gap = true;
      ImGui::EndGroup();
    }
    next_group();
    // Mouse users step pages here; the keys are those of presentation software.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons =
        ImGui::CalcTextSize("←→Esc").x + style.FramePadding.x * 6.0f + style.ItemSpacing.x * 2.0f;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - buttons));
    ImGui::BeginGroup();
    ImGui::TextDisabled("pagina");
    ImGui::BeginDisabled(state.present_page == 0);
    // No tooltips here: they would pop up over the slide the room is reading.
    if (ImGui::Button("←")) show_page(state, state.present_page - 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(state.present_page == kPresentationPages - 1);
    if (ImGui::Button("→")) show_page(state, state.present_page + 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Esc")) leave_presentation(state);
    ImGui::EndGroup();
  }
  ImGui::End();
  ImGui::PopStyleVar();
}

} // namespace vth::ui
