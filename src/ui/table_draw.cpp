#include "table_draw.hpp"

#include "app.hpp"
#include "table_rows.hpp"
#include "table_style.hpp"
#include "value_cell.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace vth::ui {
namespace {

// Tables with numbers or buttons have rows as high as an input frame; their
// texts sit on the frame's baseline. Text-only tables stay compact.
bool has_frame_rows(const TableModel& model) {
  return std::any_of(model.columns.begin(), model.columns.end(), [](const ColumnSpec& c) {
    return c.kind == ColumnKind::Number || c.kind == ColumnKind::Field || c.kind == ColumnKind::Action;
  });
}

bool has_wrapped_column(const TableModel& model) {
  return std::any_of(model.columns.begin(), model.columns.end(),
                     [](const ColumnSpec& c) { return c.kind == ColumnKind::WrappedText; });
}

// The narrowest a column may become: as wide as its header, and its share of a
// readable width. When the view is narrower than the table's columns together
// (1024 px at 200 %, 800 px), the columns keep these widths and the view scrolls
// sideways (its horizontal scroll bar, Shift+wheel, a swipe) instead of squeezing
// them until numbers and headers are cut off.
float column_min_width(const ColumnSpec& column) {
  const float header = ImGui::CalcTextSize(column.header.c_str(), nullptr, true).x;
  return std::max(header, column.weight * ImGui::GetFontSize() * 4.0f);
}

// The table's width with every column at its narrowest (cell padding included).
float table_min_width(const TableModel& model, float grip_width) {
  const float padding = ImGui::GetStyle().CellPadding.x * 2.0f;
  float width = grip_width > 0.0f ? grip_width + padding : 0.0f;
  for (const ColumnSpec& column : model.columns) width += column_min_width(column) + padding;
  return width;
}

void push_tone(Tone tone, Theme theme) {
  switch (tone) {
  case Tone::Alert:
    ImGui::PushStyleColor(ImGuiCol_Text, alert_color(theme));
    return;
  case Tone::Muted:
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    return;
  case Tone::Assumption:
    ImGui::PushStyleColor(ImGuiCol_Text, origin_color(Origin::Assumption, theme));
    return;
  case Tone::Plain:
    return;
  }
}

void pop_tone(Tone tone) {
  if (tone != Tone::Plain) ImGui::PopStyleColor();
}

// The source of the value (after a short delay) and the cell's own tooltip.
void cell_tooltip(const DisplayCell& cell) {
  if (cell.source) {
    provenance_tooltip(*cell.source, cell.field, cell.tooltip);
    return;
  }
  if (cell.tooltip.empty() || !ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(tooltip_wrap_width(30.0f));
  wrapped_text(cell.tooltip);
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void draw_text(const std::string& text, ColumnKind kind, bool frame_rows) {
  switch (kind) {
  case ColumnKind::Number:
    text_right(text);
    return;
  case ColumnKind::Centred: {
    if (frame_rows) ImGui::AlignTextToFramePadding();
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                         std::max(0.0f, (ImGui::GetContentRegionAvail().x - w) * 0.5f));
    ImGui::TextUnformatted(text.c_str());
    return;
  }
  case ColumnKind::WrappedText:
    wrapped_text(text);
    return;
  case ColumnKind::Text:
  case ColumnKind::Field:
  case ColumnKind::Action:
    break;
  }
  if (frame_rows)
    cell_text(text);
  else
    ImGui::TextUnformatted(text.c_str());
}

void draw_row(AppState& state, const TableModel& model, const TableDrawOptions& options, std::size_t r,
              bool frame_rows) {
  const TableRow row = model.row(r);
  // Every row as high as the others: the clipper takes the height of one row for all it skips.
  ImGui::TableNextRow(ImGuiTableRowFlags_None, frame_rows ? ImGui::GetFrameHeight() : 0.0f);
  if (row.kind == RowKind::Group)
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
  if (row.record) highlight_if_jump_target(state, *row.record);
  ImGui::PushID(static_cast<int>(r));
  const bool selectable =
      options.clicked && row.kind == RowKind::Plain && (!options.selectable || options.selectable(r));
  if (model.rows_of) {
    ImGui::TableNextColumn();
    draw_row_grip(state, model, row);
  }
  for (std::size_t c = 0; c < model.columns.size(); ++c) {
    ImGui::TableNextColumn();
    const ColumnKind kind = model.columns[c].kind;
    if (kind == ColumnKind::Action) {
      if (options.draw_action) options.draw_action(r, c);
      continue;
    }
    if (c >= row.cells.size()) continue;
    const DisplayCell& cell = row.cells[c];
    if (cell.edit) {
      if (column(*cell.edit).is_number())
        number_cell(state, *cell.edit);
      else
        text_field_cell(state, *cell.edit);
      continue;
    }
    const std::string text = shown_text(cell);
    // The whole cell offers its text to copy, not only the (right-aligned, shorter) text.
    const ImVec2 cell_min = ImGui::GetCursorScreenPos();
    const float cell_width = ImGui::GetContentRegionAvail().x;
    push_tone(cell.tone, state.theme);
    if (c == 0 && selectable) {
      if (frame_rows) ImGui::AlignTextToFramePadding();
      // A row-wide selectable lets the buttons in its row take their own clicks
      // (AllowOverlap); that makes it clickable only once hovered for a frame,
      // so a cell-wide one does without (a tap on a touch screen hovers nothing first).
      ImGuiSelectableFlags flags = ImGuiSelectableFlags_None;
      if (options.select_whole_row)
        flags |= ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap;
      const bool selected = options.selected && options.selected(r);
      if (ImGui::Selectable(text.c_str(), selected, flags)) options.clicked(r);
    } else if (!text.empty()) {
      ColumnKind as = kind;
      if (row.kind == RowKind::Group || (kind == ColumnKind::Field && cell.value.type == Cell::Type::Text))
        as = ColumnKind::Text;
      else if (kind == ColumnKind::Field)
        as = ColumnKind::Number;
      draw_text(text, as, frame_rows);
    }
    pop_tone(cell.tone);
    if (text.empty()) continue;
    cell_tooltip(cell);
    const float bottom =
        std::max(cell_min.y + (frame_rows ? ImGui::GetFrameHeight() : ImGui::GetTextLineHeight()),
                 ImGui::GetItemRectMax().y);
    const bool hovered = ImGui::IsWindowHovered() &&
                         ImGui::IsMouseHoveringRect(cell_min, ImVec2(cell_min.x + cell_width, bottom));
    ImGui::PushID(static_cast<int>(c));
    offer_copy_when(state, text, hovered);
    ImGui::PopID();
  }
  ImGui::PopID();
}

} // namespace

void draw_table(AppState& state, const TableModel& model, const TableDrawOptions& options) {
  if (model.columns.empty()) return;
  ImGuiTableFlags flags = options.plain ? ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                              ImGuiTableFlags_SizingStretchProp
                                        : kDataTable;
  if (options.height > 0.0f) flags |= ImGuiTableFlags_ScrollY;
  draw_row_tools(state, model); // buttons to add, delete, duplicate and move rows, when it may
  const int grip = model.rows_of ? 1 : 0;
  // The buttons take a line of the height the view gave the table.
  const float height =
      options.height > 0.0f && grip
          ? std::max(options.height - ImGui::GetFrameHeightWithSpacing(), ImGui::GetFrameHeight() * 4)
          : options.height;
  const float grip_width = grip ? ImGui::GetFrameHeight() : 0.0f;
  const float min_width = table_min_width(model, grip_width);
  const bool narrow = min_width > ImGui::GetContentRegionAvail().x;
  // A table of its own in each mode: Dear ImGui takes the widths given here only when a
  // table is new, so a table narrowed on screen (a zoom, a smaller window) would keep its
  // stretched columns.
  const std::string id = narrow ? model.id + "##smal" : model.id;
  if (!ImGui::BeginTable(id.c_str(), static_cast<int>(model.columns.size()) + grip, flags,
                         ImVec2(narrow ? min_width : 0.0f, height)))
    return;
  if (grip) ImGui::TableSetupColumn("##greep", ImGuiTableColumnFlags_WidthFixed, grip_width);
  for (const ColumnSpec& column : model.columns) {
    if (narrow)
      ImGui::TableSetupColumn(column.header.c_str(), ImGuiTableColumnFlags_WidthFixed,
                              column_min_width(column));
    else
      ImGui::TableSetupColumn(column.header.c_str(), ImGuiTableColumnFlags_WidthStretch, column.weight);
  }
  ImGui::TableSetupScrollFreeze(0, 1);
  // Headers do nothing here (no sorting): keep Tab moving from field to field.
  ImGui::PushTabStop(false);
  ImGui::TableHeadersRow();
  ImGui::PopTabStop();

  const bool frame_rows = has_frame_rows(model);
  // Long tables are drawn only where visible. The clipper takes the height of
  // one row for every row it skips, so short tables (whose rows may differ:
  // wrapped text) are drawn whole; tables of wrapped
  // text a little longer, as measuring their text costs little.
  const bool clip = model.row_count > (has_wrapped_column(model) ? 200u : 100u);
  if (!clip) {
    for (std::size_t r = 0; r < model.row_count; ++r) draw_row(state, model, options, r, frame_rows);
    ImGui::EndTable();
    return;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(model.row_count));
  if (state.jump.pending && state.jump.row)
    if (const auto target = jump_row(model, *state.jump.row))
      clipper.IncludeItemByIndex(static_cast<int>(*target));
  while (clipper.Step())
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r)
      draw_row(state, model, options, static_cast<std::size_t>(r), frame_rows);
  ImGui::EndTable();
}

} // namespace vth::ui
