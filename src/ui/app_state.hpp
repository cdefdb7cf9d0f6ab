#pragma once
// Everything the interface draws from. Views read it and change it only
// through the functions below (commands.cpp): that keeps undo, validation and
// recalculation in one place.

#include "core/engine/results.hpp"
#include "core/model/issues.hpp"
#include "core/model/programme.hpp"
#include "core/scenario/scenario.hpp"
#include "core/scenario/sensitivity.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vth::ui {

// The adopted programme's file text is kept (for links, autosave) up to this size.
inline constexpr std::size_t kMaxKeptProgrammeBytes = 3 * 1024 * 1024;

enum class Theme { Light, Dark };

enum class View { Overview, Capacity, Odt, Regional, Energy, Protocol, Goals, Checks, Scenarios };
inline constexpr View kViews[] = {View::Overview, View::Capacity, View::Odt,    View::Regional, View::Energy,
                                  View::Protocol, View::Goals,    View::Checks, View::Scenarios};
const char* view_key(View view); // "overzicht", ... (window.vth.view names)
std::optional<View> view_by_key(std::string_view key);
const char* view_title(View view); // "Overzicht", ...

// What the browser (or a native test) provides: clipboard, file save and open.
struct PlatformServices {
  std::function<void(const std::string& text)> copy_text;
  std::function<void(const std::string& file_name, const std::string& text)> save_file;
  std::function<void()> open_file_dialog;
  std::function<void(bool on)> set_fullscreen;            // presentation mode
  std::function<void(const std::string& html)> open_html; // the report, in a new tab
  // The HTML mirror of what the canvas shows, for screen readers, and a short
  // sentence to announce (empty: nothing new to announce).
  std::function<void(const std::string& html, const std::string& announce)> set_mirror;
  std::function<std::string()> today; // "27 november 2026"
  std::string page_url;               // origin and path of the page, for share links
};

// One step of the history: a scenario's list of changes before and after it.
// Undo puts the list back (changes are data: nothing else is remembered).
struct UndoStep {
  int scenario = -1;         // index into AppState::scenarios at the time
  std::string scenario_name; // for the history
  std::string label;         // "A3.02.05 … – aantal: 394 → 433,4"
  ChangeList before;
  ChangeList after;
};

struct FieldError {
  std::optional<FieldRef> field; // none: no error
  std::string message;
};

// A value or row to scroll to and highlight (from Controles & aannames, a change).
struct JumpTarget {
  TableId table = TableId::Meta;
  std::optional<RowRef> row; // none: the table (a printed total, all partners)
  bool pending = false;      // not scrolled to yet
};

struct AppState {
  Theme theme = Theme::Light;
  float zoom = 1.0f;      // the user's zoom (Ctrl +/-), on top of devicePixelRatio
  float dpi_scale = 1.0f; // devicePixelRatio the fonts were rasterised for
  float font_zoom = 0.0f; // zoom the fonts were rasterised for
  View view = View::Overview;
  PlatformServices platform;

  // The adopted programme (the locked baseline), never changed once opened;
  // `programme` is what the screen shows: the adopted programme with the current
  // scenario's changes applied (materialise(): it shares every unchanged row
  // with `adopted`, so a 100.000-line programme is not held twice).
  std::shared_ptr<const Programme> adopted;
  AnalysisPtr adopted_analysis;
  Results adopted_results;
  std::optional<Programme> programme;
  std::uint64_t baseline_id = 0;            // fingerprint of the adopted programme's file as opened
  std::optional<std::string> baseline_text; // the adopted programme's file text, when small enough to keep
  bool builtin_programme = false;           // the embedded Enschede programme (links need not carry it)
  std::vector<Scenario> scenarios;
  int current = -1;         // index into scenarios; -1: the adopted programme itself
  std::vector<int> compare; // up to 4 scenarios shown side by side with the baseline
  // Results of the compared columns (-1 first), remade when the revision or the columns change.
  std::vector<Results> compare_cache;
  std::vector<int> compare_cache_columns;
  int compare_cache_revision = -1;
  std::string rename_buffer; // the name being typed in the Scenario's view
  int revision = 0;          // grows with every change, for caches of derived results
  std::string file_name;
  std::vector<UndoStep> undo_stack;
  std::vector<UndoStep> redo_stack;
  FieldError field_error;

  // A refused file: its messages are shown in a dialog; what was open stays open.
  std::string refused_file;
  Issues refused_issues;
  bool show_refused = false;
  int refusals = 0; // counts refused files (lets tests wait for the next one)

  JumpTarget jump;
  int odt_tab = 0;               // which ODT table the ODT view shows
  int capacity_department = -1;  // -1: all departments
  std::string status;            // short confirmation, e.g. "Tabel gekopieerd"
  bool restore_offer = false;    // autosaved work found at start-up: offer to restore it
  std::string restore_text;      // that autosave (validated when restored)
  bool autosave_enabled = false; // only after the restore offer is answered: never overwrite unanswered work

  // Presentation mode: full screen, large type, one page at a time (presentation.cpp).
  bool presenting = false;
  int present_page = 0;
  bool present_gap = false; // the Gevoeligheid page ranks by FTE gap instead of ODT cost
  // The sensitivity analysis recalculates the programme hundreds of times: made
  // when a page or the report needs it, and kept until the next change.
  std::optional<SensitivityResult> sensitivity;
  int sensitivity_revision = -1;
  std::string mirror_key;     // what the screen reader mirror shows now (mirror.cpp)
  int mirror_revision = -1;   // the revision its figures are of
  std::string mirror_figures; // its key figures sentence, announced when it changes
  std::string mirror_table;   // its table part, remade when mirror_key changes

  // Derived from `programme` by recalculate(), never per frame.
  AnalysisPtr analysis; // its structure: the adopted programme's while only values change
  Results results;
};

} // namespace vth::ui
