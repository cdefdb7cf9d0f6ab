#pragma once
// Everything the interface draws from. Views read it and change it only
// through the functions below (commands.cpp): that keeps undo, validation and
// recalculation in one place.

#include "core/issues.hpp"
#include "core/programme.hpp"
#include "core/results.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace vth::ui {

enum class Theme { Light, Dark };

enum class View { Overview, Capacity, Odt, Regional, Energy, Protocol, Goals, Checks };
inline constexpr View kViews[] = {View::Overview, View::Capacity, View::Odt,   View::Regional,
                                  View::Energy,   View::Protocol, View::Goals, View::Checks};
const char* view_key(View view);   // "overzicht", ... (window.vth.view names)
const char* view_title(View view); // "Overzicht", ...

// What the browser (or a native test) provides: clipboard, file save and open.
struct PlatformServices {
  std::function<void(const std::string& text)> copy_text;
  std::function<void(const std::string& file_name, const std::string& text)> save_file;
  std::function<void()> open_file_dialog;
};

// One edit, enough to undo and redo it.
struct Edit {
  std::string pointer;
  std::optional<std::int64_t> before;
  std::optional<std::int64_t> after;
};

struct FieldError {
  std::string pointer; // empty: none
  std::string message;
};

struct AppState {
  Theme theme = Theme::Light;
  float zoom = 1.0f;      // the user's zoom (Ctrl +/-), on top of devicePixelRatio
  float dpi_scale = 1.0f; // devicePixelRatio the fonts were rasterised for
  float font_zoom = 0.0f; // zoom the fonts were rasterised for
  View view = View::Overview;
  PlatformServices platform;

  // The programme with the user's edits, and for every value ever edited its
  // value as opened (the adopted baseline). No second copy of the programme:
  // for 100.000 lines that would double the memory.
  std::optional<Programme> programme;
  std::map<std::string, std::optional<std::int64_t>> adopted_values;
  std::string file_name;
  std::vector<Edit> undo_stack;
  std::vector<Edit> redo_stack;
  FieldError field_error;

  // A refused file: its messages are shown in a dialog; what was open stays open.
  std::string refused_file;
  Issues refused_issues;
  bool show_refused = false;
  int refusals = 0; // counts refused files (lets tests wait for the next one)

  std::string jump_pointer; // a value to scroll to and highlight (from Controles & aannames)
  bool jump_pending = false;
  int odt_tab = 0;              // which ODT table the ODT view shows
  int capacity_department = -1; // -1: all departments
  std::string status;           // short confirmation, e.g. "Tabel gekopieerd"

  // Derived from `programme` by recalculate(), never per frame.
  AnalysisPtr analysis; // structure of the opened programme, worked out once
  Results results;
};

} // namespace vth::ui
