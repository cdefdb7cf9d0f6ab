#include "value_cell.hpp"
#include "app.hpp"

#include "commands.hpp"
#include "scenarios.hpp"
#include "structure.hpp"
#include "table_model.hpp"
#include "widgets.hpp"

#include "core/fields/entry.hpp"
#include "core/model/dutch_format.hpp"
#include "core/model/utf8_text.hpp"

#include <imgui_internal.h> // whether the cursor is on a line after an item (the legend)

#include <algorithm>
#include <cstdio>

namespace vth::ui {
namespace {

std::string source_text(const Provenance& s) {
  if (!s.carried_from.empty()) return "Overgenomen uit " + s.carried_from + " (Volgend jaar)";
  if (s.section.empty()) return "Bron: niet vermeld";
  std::string t = "Bron: " + s.section;
  if (s.line > 0) t += ", regel " + std::to_string(s.line);
  return t;
}

std::string value_text(const Column& c, std::optional<std::int64_t> v) {
  return v ? entry_text(c, *v) : std::string("n.v.t.");
}

// A note under a field, in its own window: over the table, never in its
// layout (a taller row would shift every row a clipped table skips).
void note_below_field(const char* id, const std::string& text, const ImVec4& color) {
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const float wrap = tooltip_wrap_width(27.0f), padding = 6.0f, padding_y = 3.0f;
  // Left-aligned with the field, but moved left where it would run off the window (200% zoom).
  // Above the field where it would run off the bottom.
  const std::string lines = wrapped_lines(text, wrap);
  const ImVec2 size = ImGui::CalcTextSize(lines.c_str());
  const ImVec2 window = ImGui::GetIO().DisplaySize;
  const float width = size.x + 2.0f * padding, height = size.y + 2.0f * padding_y;
  const float x = std::max(0.0f, std::min(min.x, window.x - width - 2.0f));
  const float y = max.y + 1.0f + height <= window.y ? max.y + 1.0f : std::max(0.0f, min.y - height - 1.0f);
  ImGui::SetNextWindowPos(ImVec2(x, y));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(wrap + 2.0f * padding + 1.0f, FLT_MAX));
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                      ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, padding_y));
  if (ImGui::Begin(id, nullptr, kFlags | ImGuiWindowFlags_Tooltip)) {
    ImGui::TextColored(color, "%s", lines.c_str()); // broken into lines above
  }
  ImGui::End();
  ImGui::PopStyleVar();
}

// The background of a field whose last entry was refused.
constexpr ImVec4 kRefusedFrame(0.90f, 0.30f, 0.30f, 0.45f);

// The refusal of a field's last entry, shown while the field is not being typed in:
// below the field, or while its tooltip shows, as the tooltip's first line
// (begin_field_tooltip): two windows over each other hid the tooltip's title.
void refusal_note(const AppState& state, bool has_error, bool tooltip) {
  if (has_error && !tooltip)
    note_below_field("##geweigerd", refusal_note_text(state.field_error), alert_color(state.theme));
}

// Begins a field's tooltip (end it with PopTextWrapPos and EndTooltip).
void begin_field_tooltip(const AppState& state, bool has_error) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(tooltip_wrap_width(30.0f));
  if (has_error) wrapped_text(refusal_note_text(state.field_error), alert_color(state.theme));
}

} // namespace

Origin origin_of(const AppState& state, const FieldRef& field) {
  if (is_changed(state, field)) return Origin::Changed;
  const Provenance* source = state.programme ? field_source(*state.programme, field) : nullptr;
  if (!source) return Origin::Source;
  const char* key = column(field).key;
  if (source->own_input.count(key)) return Origin::Own;
  if (source->is_assumption(key)) return Origin::Assumption;
  return source->carried_from.empty() ? Origin::Source : Origin::Carried;
}

ImVec4 origin_color(Origin origin, Theme theme) {
  const bool dark = theme == Theme::Dark;
  switch (origin) {
  case Origin::Assumption:
    return dark ? ImVec4(0.95f, 0.72f, 0.30f, 1.0f) : ImVec4(0.55f, 0.31f, 0.00f, 1.0f);
  case Origin::Changed:
    return dark ? ImVec4(0.45f, 0.70f, 1.00f, 1.0f) : ImVec4(0.02f, 0.35f, 0.75f, 1.0f);
  case Origin::Carried:
    return dark ? ImVec4(0.72f, 0.62f, 0.95f, 1.0f) : ImVec4(0.42f, 0.25f, 0.62f, 1.0f);
  case Origin::Own:
    return dark ? ImVec4(0.45f, 0.85f, 0.55f, 1.0f) : ImVec4(0.03f, 0.42f, 0.18f, 1.0f);
  case Origin::Source:
    break;
  }
  return ImGui::GetStyleColorVec4(ImGuiCol_Text);
}

void provenance_tooltip(const Provenance& source, const char* field, const std::string& more) {
  if (!ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(tooltip_wrap_width(30.0f));
  const auto own = source.own_input.find(field ? field : "");
  if (own != source.own_input.end())
    wrapped_textf("Eigen invoer van %s (niet uit de bron)", format_iso_date(own->second).c_str());
  else
    wrapped_text(source_text(source));
  auto it = source.assumptions.find(field ? field : "");
  if (it != source.assumptions.end()) wrapped_textf("Aanname: %s", it->second.c_str());
  if (!more.empty()) wrapped_text(more);
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void number_cell(AppState& state, const FieldRef& field, float width) {
  if (!state.programme) return;
  if (!field_exists(*state.programme, field)) {
    ImGui::TextDisabled("–");
    return;
  }
  const Column& col = column(field);
  const Provenance* source = field_source(*state.programme, field);
  const auto value = number_at(*state.programme, field);
  const Origin origin = origin_of(state, field);
  const bool has_error = state.field_error.field == field;
  // Red until the user types in it again: a new entry is judged by the preview below.
  const bool shown_red = has_error && !state.field_error.typing;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s", value ? entry_text(col, *value).c_str() : "");

  ImGui::PushID(static_cast<int>(field.table));
  ImGui::PushID(static_cast<int>(field.row));
  ImGui::PushID(field.column);
  ImGui::PushStyleColor(ImGuiCol_Text, origin_color(origin, state.theme));
  if (shown_red) ImGui::PushStyleColor(ImGuiCol_FrameBg, kRefusedFrame);
  ImGui::SetNextItemWidth(width > 0.0f ? width : -FLT_MIN);
  ImGui::InputTextWithHint("##waarde", col.kind == ValueKind::OptionalNumber ? "n.v.t." : "", buffer,
                           sizeof buffer, ImGuiInputTextFlags_AutoSelectAll);
  if (state.platform.field_drawn) state.platform.field_drawn(field);
  const bool active = ImGui::IsItemActive();
  // Not over a slide: the presenter points at the field, the room reads the figures.
  const bool tooltip = ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort) && !active && !state.presenting;
  if (has_error) state.field_error.typing = active;
  // Commit when the user leaves the field or presses Enter; Esc restores the old text.
  if (ImGui::IsItemDeactivatedAfterEdit()) (void)edit_value(state, field, buffer); // a refusal shows below
  if (shown_red) ImGui::PopStyleColor();
  ImGui::PopStyleColor();

  if (active) {
    // While typing a change ("+10%", "x1,1"): what it gives, before it is committed.
    const Result<Entry> preview = preview_value(state, field, buffer);
    state.entry_preview.clear();
    if (preview && !preview->explanation.empty()) {
      state.entry_preview = preview->explanation;
      note_below_field("##voorbeeld", preview->explanation, ImGui::GetStyleColorVec4(ImGuiCol_Text));
    } else if (!preview && value && std::string(buffer) != entry_text(col, *value)) {
      state.entry_preview = "Wordt geweigerd: " + preview.message();
      note_below_field("##voorbeeld", state.entry_preview, alert_color(state.theme));
    }
  } else {
    refusal_note(state, has_error, tooltip);
  }

  if (tooltip) {
    begin_field_tooltip(state, has_error);
    wrapped_text(field_label(*state.programme, field));
    if (source) {
      wrapped_text(source_text(*source));
      auto it = source->assumptions.find(col.key);
      if (it != source->assumptions.end()) wrapped_textf("Aanname: %s", it->second.c_str());
    }
    if (origin == Origin::Changed) {
      wrapped_textf("Gewijzigd in '%s'; vastgesteld: %s", current_scenario_name(state).c_str(),
                    field_exists(*state.adopted, field)
                        ? value_text(col, adopted_number(state, field)).c_str()
                        : "(nieuwe regel)");
      wrapped_text_disabled("Rechtsklik om terug te zetten.");
    }
    wrapped_text_disabled("Typ een getal, of een wijziging: +10%, -5%, +25, x1,1.");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  std::function<void()> reset;
  if (origin == Origin::Changed && field_exists(*state.adopted, field))
    reset = [&] {
      const std::string label =
          "Terugzetten naar vastgesteld (" + value_text(col, adopted_number(state, field)) + ")";
      if (ImGui::MenuItem(label.c_str())) reset_value(state, field);
    };
  offer_copy(state, value ? entry_text(col, *value) : std::string(), reset);
  ImGui::PopID();
  ImGui::PopID();
  ImGui::PopID();
}

namespace {

// Lists are kept one element per line; in a one-line field they read "a; b".
std::string list_to_field(const std::string& lines) {
  std::string out;
  for (char c : lines) out += c == '\n' ? std::string("; ") : std::string(1, c);
  return out;
}
std::string field_to_list(const std::string& field) {
  std::string out;
  std::size_t start = 0;
  while (start <= field.size()) {
    std::size_t end = field.find(';', start);
    if (end == std::string::npos) end = field.size();
    std::string part = field.substr(start, end - start);
    const std::size_t a = part.find_first_not_of(' '), b = part.find_last_not_of(' ');
    part = a == std::string::npos ? std::string() : part.substr(a, b - a + 1);
    if (!part.empty()) out += (out.empty() ? "" : "\n") + part;
    start = end + 1;
  }
  return out;
}

// What a field may be set to, with what people read: a choice's keys, or the
// departments for a work line's department (its id, shown by name). Empty: typed freely.
std::vector<std::pair<std::string, std::string>> field_choices(const Programme& p, const FieldRef& field) {
  std::vector<std::pair<std::string, std::string>> out;
  const Column& col = column(field);
  if (col.kind == ValueKind::Choice)
    for (const char* c : col.choices) out.emplace_back(c, c);
  if (field.table == TableId::Work && std::string_view(col.key) == "afdeling")
    for (const Department& d : p.departments) out.emplace_back(d.id, d.name);
  return out;
}

} // namespace

void text_field_cell(AppState& state, const FieldRef& field, float width) {
  if (!state.programme) return;
  if (!field_exists(*state.programme, field)) {
    ImGui::TextDisabled("–");
    return;
  }
  const Column& col = column(field);
  const std::string now = text_at(*state.programme, field).value_or("");
  const bool has_error = state.field_error.field == field;
  ImGui::PushID(static_cast<int>(field.table));
  ImGui::PushID(static_cast<int>(field.row));
  ImGui::PushID(field.column);
  ImGui::PushStyleColor(ImGuiCol_Text, origin_color(origin_of(state, field), state.theme));
  const bool shown_red = has_error && !state.field_error.typing; // not while typing in it again
  if (shown_red) ImGui::PushStyleColor(ImGuiCol_FrameBg, kRefusedFrame);
  ImGui::SetNextItemWidth(width > 0.0f ? width : -FLT_MIN);
  std::string as_shown; // what Kopieer gives: the text as the field shows it
  if (const auto choices = field_choices(*state.programme, field); !choices.empty()) {
    std::string shown = now;
    for (const auto& [value, label] : choices)
      if (value == now) shown = label;
    as_shown = shown;
    if (ImGui::BeginCombo("##keuze", shown.c_str())) {
      for (std::size_t i = 0; i < choices.size(); ++i) {
        const std::string& value = choices[i].first;
        const std::string& label = choices[i].second;
        // Two departments of one name (a dubbele-afdeling finding): told apart by their ids, and
        // each item its own ImGui id (the label alone made both one item).
        const bool shared = std::count_if(choices.begin(), choices.end(),
                                          [&](const auto& c) { return c.second == label; }) > 1;
        const std::string item = shared ? label + " (" + value + ")" : label;
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(item.c_str(), now == value) && now != value)
          (void)edit_text(state, field, value);
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
  } else {
    // The text being typed lives in the state while the field is active, so a
    // frame that redraws the table does not lose it.
    const bool list = col.kind == ValueKind::Lines;
    std::string& buffer = state.text_buffer;
    const bool editing = state.text_field == field;
    as_shown = list ? list_to_field(now) : now;
    std::string shown = editing ? buffer : as_shown;
    shown.reserve(shown.size() + 64);
    ImGui::InputText("##tekst", shown.data(), shown.capacity() + 1, ImGuiInputTextFlags_CallbackResize,
                     grow_string, &shown);
    if (ImGui::IsItemActive()) {
      state.text_field = field;
      buffer = shown;
    }
    if (ImGui::IsItemDeactivated() && state.text_field == field) {
      state.text_field.reset();
      if (ImGui::IsItemDeactivatedAfterEdit()) // a refusal shows below, with the list as typed ("a; b")
        (void)edit_text(state, field, list ? field_to_list(shown) : shown, shown);
    }
  }
  if (state.platform.field_drawn) state.platform.field_drawn(field);
  const bool active = ImGui::IsItemActive();
  const bool tooltip = ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort) && !active;
  if (has_error) state.field_error.typing = active;
  offer_copy(state, as_shown);
  if (shown_red) ImGui::PopStyleColor();
  ImGui::PopStyleColor();
  if (!active) refusal_note(state, has_error, tooltip);
  if (tooltip) {
    begin_field_tooltip(state, has_error);
    wrapped_text(field_label(*state.programme, field));
    if (!now.empty()) wrapped_text(now);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  ImGui::PopID();
  ImGui::PopID();
  ImGui::PopID();
}

// One entry of the legend: on the same line while it fits, else on the next
// (the legend grows with "overgenomen" and the date of own input; 1024 px, 200%). The
// first goes where the caller put it, after a field on the same line only if it fits there.
void legend_entry(const char* text, const ImVec4& color, bool first = false) {
  if (!first) ImGui::SameLine();
  new_line_unless_room(ImGui::CalcTextSize(text).x);
  ImGui::TextColored(color, "%s", text);
}

void origin_legend(const AppState& state) {
  const ImVec4 text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
  const ImVec4 quiet = ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
  legend_entry("Legenda:", quiet, true);
  legend_entry("uit de bron", text);
  if (state.programme && !state.programme->previous_programme.empty())
    legend_entry("overgenomen uit vorig jaar", origin_color(Origin::Carried, state.theme));
  legend_entry("aanname", origin_color(Origin::Assumption, state.theme));
  legend_entry(state.own_input_legend.c_str(), origin_color(Origin::Own, state.theme));
  legend_entry("gewijzigd in dit scenario", origin_color(Origin::Changed, state.theme));
  legend_entry("(wijs een getal aan voor de bron)", quiet);
}

void labelled_setting(AppState& state, const char* label, const char* column_key) {
  const FieldRef field = field_of(TableId::Settings, 0, column_key);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine();
  number_cell(state, field, ImGui::GetFontSize() * 7.0f);
  if (origin_of(state, field) == Origin::Assumption) {
    ImGui::SameLine();
    ImGui::TextColored(origin_color(Origin::Assumption, state.theme), "(aanname)");
  }
}

void copy_shown(AppState& state, const std::string& shown) {
  if (state.platform.copy_text) state.platform.copy_text(shown);
  state.status = "Gekopieerd: " + shorten(shown, 60);
}

void offer_copy_when(AppState& state, const std::string& shown, bool hovered,
                     const std::function<void()>& more) {
  if (shown.empty() && !more) return;
  if (hovered && !shown.empty()) state.copy_candidate = shown;
  // The menu's id in the caller's scope: one menu per cell, opened by the cell right-clicked.
  if (hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Right)) ImGui::OpenPopup("##celmenu");
  if (ImGui::BeginPopup("##celmenu")) {
    if (!shown.empty() && ImGui::MenuItem("Kopieer", "Ctrl+C")) copy_shown(state, shown);
    if (more) more();
    ImGui::EndPopup();
  }
}

void offer_copy(AppState& state, const std::string& shown, const std::function<void()>& more) {
  offer_copy_when(state, shown, ImGui::IsItemHovered() || ImGui::IsItemFocused(), more);
}

void highlight_if_jump_target(AppState& state, const RowRef& row) {
  if (state.jump.row != row) return;
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(jump_color(state.theme)));
  if (state.jump.pending) {
    ImGui::SetScrollHereY(0.3f);
    state.jump.pending = false;
  }
}

} // namespace vth::ui
