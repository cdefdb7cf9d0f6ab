#pragma once
// How a value looks tells where it comes from: from the source (plain), an
// assumption (amber), or changed by the user (blue, with the adopted value in
// the tooltip). Every view draws its numbers through these helpers.

#include "app_state.hpp"

#include <imgui.h>

#include <functional>
#include <string>

namespace vth::ui {

enum class Origin { Source, Carried, Assumption, Own, Changed };

Origin origin_of(const AppState& state, const FieldRef& field);
ImVec4 origin_color(Origin origin, Theme theme);

// An editable number in a table cell (or anywhere): shows the value in Dutch
// notation, takes what the user types (a value or a change: "+10%", "x1,1",
// whose result shows while typing), and commits through edit_value() when the
// field loses focus or Enter is pressed. A refused entry keeps the old value;
// the message shows beside the field, over the layout, so that no row moves.
// `width` 0 fills the table cell.
void number_cell(AppState& state, const FieldRef& field, float width = 0.0f);

// An editable text, choice (a list to pick from) or list (typed "a; b") in a
// table cell: commits through edit_text() when the field loses focus or Enter
// is pressed; a refusal (a duplicate id, a department still in use) shows
// beside the field and the text stays as it was.
void text_field_cell(AppState& state, const FieldRef& field, float width = 0.0f);

// Any value or text shown can be copied, as shown (Dutch notation): for the item just
// drawn, Ctrl+C while it is hovered or has the keyboard focus, and a right-click menu
// "Kopieer". `more` adds its own entries to that menu (a changed value: Terugzetten).
void offer_copy(AppState& state, const std::string& shown, const std::function<void()>& more = {});
// The same for a place that is no single item (a table cell, whose text is narrower than
// the cell): `hovered` says whether the mouse is over it.
void offer_copy_when(AppState& state, const std::string& shown, bool hovered,
                     const std::function<void()>& more = {});
// Puts the text on the clipboard and says so in the status line.
void copy_shown(AppState& state, const std::string& shown);

// "Label: [field]" on one line, for a setting edited where it is used (the ODT tariff
// in the ODT view and the Overzicht), with "(aanname)" after it when it is one.
void labelled_setting(AppState& state, const char* label, const char* column_key);

// The colour legend for source, assumption and changed values.
void origin_legend(const AppState& state);

// Highlights the current table row when it shows the row the user jumped to,
// and scrolls it into view once.
void highlight_if_jump_target(AppState& state, const RowRef& row);

// Tooltip with the provenance of a record (for rows without editable numbers),
// followed by `more` when not empty.
void provenance_tooltip(const Provenance& source, const char* field, const std::string& more = {});

} // namespace vth::ui
