#pragma once
// Everything the interface draws from. Views read it and change it only
// through the functions below (commands.cpp): that keeps undo, validation and
// recalculation in one place.

#include "core/engine/results.hpp"
#include "core/io/table_import.hpp"
#include "core/model/issues.hpp"
#include "core/model/programme.hpp"
#include "core/output/search.hpp"
#include "core/scenario/new_programme.hpp"
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

enum class View { Overview, Capacity, Odt, Regional, Energy, Protocol, Goals, Checks, Scenarios, Work, Help };
inline constexpr View kViews[] = {View::Overview,  View::Capacity, View::Odt,   View::Regional,
                                  View::Energy,    View::Protocol, View::Goals, View::Checks,
                                  View::Scenarios, View::Work,     View::Help};
const char* view_key(View view); // "overzicht", ... (window.vth.view names)
std::optional<View> view_by_key(std::string_view key);
const char* view_title(View view); // "Overzicht", ...

// How a write to the browser's storage went.
enum class StoreWrite { Done, Full, Unavailable };

// The browser's storage as the work store uses it (work_store.hpp, docs/sharing.md):
// small records shared by every tab of this site (localStorage: synchronous, other
// tabs hear of a change), programme files by fingerprint (IndexedDB: large,
// asynchronous; the answers come back through programme_stored() and
// programme_loaded()), and this tab's own place, kept over a reload
// (sessionStorage). Unset functions mean: no storage (native tests that do not need it).
struct StoreServices {
  std::function<std::optional<std::string>(const std::string& key)> get;
  std::function<StoreWrite(const std::string& key, const std::string& value)> set;
  std::function<void(const std::string& key)> remove;
  std::function<std::vector<std::string>()> keys; // every key of this site's storage
  std::function<void(const std::string& id, std::string_view text)> put_programme;
  std::function<void(const std::string& id)> load_programme;
  std::function<void(const std::string& id)> remove_programme;
  std::function<void(const std::string& text)> set_tab_state;
  std::function<std::int64_t()> now_ms; // wall clock, milliseconds since 1970
  std::function<std::string()> new_id;  // a random identifier (scenarios, tabs)
  explicit operator bool() const { return get && set && remove && keys; }
};

// What the browser (or a native test) provides: clipboard, file save and open.
struct PlatformServices {
  std::function<void(const std::string& text)> copy_text;
  std::function<void(const std::string& file_name, const std::string& text)> save_file;
  std::function<void()> open_file_dialog;
  std::function<void(bool on)> set_fullscreen; // presentation mode
  // The report, in a new tab; `print`: the browser's print dialog opens on it (Ctrl+P).
  // False when the browser allowed no new tab (long after the click) and the report was downloaded.
  std::function<bool(const std::string& html, bool print)> open_html;
  // The HTML mirror of what the canvas shows, for screen readers, and a short
  // sentence to announce (empty: nothing new to announce).
  std::function<void(const std::string& html, const std::string& announce)> set_mirror;
  // "Opslaan als app": the one-file planner with `content` inside (ui/app_file.hpp).
  std::function<void(const std::string& file_name, const std::string& content)> save_app;
  std::function<std::string()> today; // "2026-11-27" (ISO; format_iso_date() for the screen)
  std::string page_url;               // origin and path of the page, for share links
  // The built-in programme's file (the Enschede programme in the wasm), to go back to it.
  std::string_view builtin_programme;
  StoreServices store;
  // Told of every value field as it is drawn (the last ImGui item), when set:
  // end-to-end tests find a field's place on the canvas (window.vth.where).
  std::function<void(const FieldRef& field)> field_drawn;
};

// A scenario as the interface holds it: what it means (Scenario) and its
// identity in the browser's storage, which every tab shares (work_store.hpp).
struct OpenScenario : Scenario {
  std::string uid;             // the same in every tab and after a reload; never shown
  std::int64_t created_ms = 0; // keeps the list in the same order in every tab
  std::int64_t changed_ms = 0; // last change (Recent werk)
  int stored_rev = 0;          // the stored record this scenario was last written as or read from (0: never)
  std::string stored_text;     // that record's scenario text: an unchanged scenario is not written again
};

// One step of the history: a scenario's list of changes before and after it.
// Undo puts the list back (changes are data: nothing else is remembered).
struct UndoStep {
  std::string scenario_uid;  // the scenario it changed (OpenScenario::uid)
  std::string scenario_name; // for the history
  std::string label;         // "A3.02.05 … – aantal: 394 → 433,4"
  ChangeList before;
  ChangeList after;
};

struct FieldError {
  std::optional<FieldRef> field; // none: no error
  std::string message;
  bool typing = false; // the field is being typed in again: not shown red meanwhile
  std::string typed;   // what was typed: the field shows its value again, the note shows this
};

// A value or row to scroll to and highlight (from Controles & aannames, a change).
struct JumpTarget {
  TableId table = TableId::Meta;
  std::optional<RowRef> row; // none: the table (a printed total, all partners)
  bool pending = false;      // not scrolled to yet
};

// Work of another programme that this tab put aside when it opened a programme:
// kept in memory as well as in the browser's storage, so that switching back
// within the session loses nothing, not even when the storage is full or off.
struct ParkedWork {
  std::vector<OpenScenario> scenarios;
  std::vector<UndoStep> undo_stack;
  std::vector<UndoStep> redo_stack;
  std::string current_uid;
  std::string file_name;
};

// One programme's work kept in the browser, for the list "Recent werk".
struct StoredWork {
  std::uint64_t id = 0; // fingerprint of the programme's file
  std::string title;    // "Enschede 2025"
  std::string file_name;
  bool builtin = false;
  bool programme_stored = false; // its file is in the browser (the built-in one always is)
  std::int64_t bytes = 0;
  std::int64_t changed_ms = 0;             // last change of a scenario (0: none)
  std::int64_t opened_ms = 0;              // last opened in a tab
  std::vector<std::string> scenario_names; // in their order
};

// What the programme store (IndexedDB) answered to writing a programme file.
enum class ProgrammeStoreAnswer { Stored, Full, Failed };

// The browser's storage as this tab sees it (work_store.hpp).
struct StorageState {
  bool unavailable = false;             // the browser gives this page no storage (disabled, private mode)
  bool full = false;                    // the last write was refused: storage full
  bool programme_missing = false;       // the open programme's file could not be stored (IndexedDB)
  bool programme_store_full = false;    // ... because the storage was full (else: refused otherwise)
  std::string tab_id;                   // this tab, in stored records (which tab wrote last)
  std::vector<std::string> stored_uids; // scenarios of the open programme that are in storage
  std::string tab_state;                // this tab's place as last written (sessionStorage)
  int persisted_revision = -1;          // the revision persist_work() last looked at
  int list_revision = 0;                // grows when stored work changes (the Recent werk list follows)
  std::vector<StoredWork> list;         // that list as last read (stored_work_list())
  int listed_revision = -1;             // the list_revision it was read at
};

// A programme being read from the browser's storage (asynchronous), and what to
// do once it is open: show a scenario and a view, add a linked scenario.
struct LoadingWork {
  std::uint64_t id = 0; // 0: nothing is loading
  std::string scenario_uid;
  std::optional<View> view;
  std::string link; // a share link's payload that belongs to this programme
};

// A question the interface asks before it does something that changes what is on screen
// (answered by a dialog; nothing happens until then).
struct Question {
  enum class Kind { None, OpenLink, OpenStoredWork, DiscardWork, DeleteScenario };
  Kind kind = Kind::None;
  std::string title;        // the dialog's title
  std::string text;         // what will happen
  std::string yes;          // the button that does it
  std::string link;         // OpenLink: the share link's payload
  std::uint64_t work = 0;   // OpenStoredWork, DiscardWork: the programme's fingerprint
  std::string scenario_uid; // DeleteScenario
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
  std::string own_input_legend = "eigen invoer"; // the legend's text, with the latest date of own input
  std::uint64_t baseline_id = 0;                 // fingerprint of the adopted programme's file as opened
  std::optional<std::string> baseline_text; // the adopted programme's file text, when small enough to keep
  bool builtin_programme = false;           // the embedded Enschede programme (links need not carry it)
  std::uint64_t builtin_id = 0;             // fingerprint of the built-in programme's file
  std::vector<OpenScenario> scenarios;
  int current = -1;         // index into scenarios; -1: the adopted programme itself
  std::vector<int> compare; // up to 4 scenarios shown side by side with the baseline
  // Results of the compared columns (-1 first), remade when the revision or the columns change.
  std::vector<Results> compare_cache;
  std::vector<int> compare_cache_columns;
  int compare_cache_revision = -1;
  std::string rename_buffer;        // the name being typed in the Scenario's view
  std::string new_scenario_name;    // "Nieuw scenario": the name being typed
  std::string new_scenario_problem; // why that name was not taken
  std::string share_sender;         // "Kopieer link…": the sender and note being typed
  std::string share_note;
  int revision = 0; // grows with every change, for caches of derived results
  std::string file_name;
  std::vector<UndoStep> undo_stack;
  std::vector<UndoStep> redo_stack;
  FieldError field_error;
  std::optional<FieldRef> text_field; // the text field being typed in, and what it holds so far
  std::string text_buffer;
  // Rows the user selected in a table (to delete, duplicate, move them); `anchor` for Shift+click.
  struct RowSelection {
    std::optional<TableId> table;
    std::vector<RowId> rows;
    RowId anchor = 0;
  } selection;
  // Where rows pasted from Excel or read from a CSV file go: the table whose rows were
  // chosen last, or whose "CSV inlezen…" was clicked (paste_dialog.hpp).
  struct PasteTarget {
    TableId table = TableId::Work;
    RowId parent_row = 0;
  };
  std::optional<PasteTarget> paste_target;
  // The tables with rows drawn in the last frame: a paste with no table chosen goes into
  // the one on screen (an empty table has no row to choose).
  std::vector<PasteTarget> tables_shown;
  // The preview of a paste or CSV file, until the user confirms or cancels it.
  struct PastePreview {
    PasteTarget target;
    std::string text;
    std::string source; // "Plakken" or the file's name
    ImportOptions options;
    ImportPlan plan;
  };
  std::optional<PastePreview> paste;
  // "Nieuw programma": the form being filled in, and what was wrong when Maken was pressed.
  struct NewProgrammeDraft {
    NewProgrammeForm form;
    std::vector<FormProblem> problems;
  };
  std::optional<NewProgrammeDraft> new_programme;
  std::optional<NewProgrammeForm>
      new_programme_kept;    // a cancelled form, offered again: nothing typed is lost
  std::string entry_preview; // what the field being typed in would get ("+10%: 394 → 433,4"), or why not

  // A refused file: its messages are shown in a dialog; what was open stays open.
  std::string refused_file;
  Issues refused_issues;
  bool show_refused = false;
  int refusals = 0; // counts refused files (lets tests wait for the next one)
  int opened = 0;   // counts programmes opened (likewise)

  JumpTarget jump;
  std::optional<bool> hint_seen; // the first-visit hint was dismissed (read once from the browser's storage)
  // Zoeken (Ctrl+F, find.hpp): the query and its hits, remade when the query or the programme changes.
  struct FindPanel {
    bool open = false;
    bool focus_field = false; // put the cursor in the query field on the next frame
    std::string query;
    SearchResult result;
    std::string searched_query;
    int searched_revision = -1;
    int chosen = -1;      // the hit gone to last (Enter goes to the next)
    int scrolled_to = -1; // the hit the list was last scrolled to
  } find;
  int odt_tab = 0;              // which ODT table the ODT view shows
  int capacity_department = -1; // -1: all departments
  std::string status;           // short confirmation, e.g. "Tabel gekopieerd"
  std::string status_seen;      // the status as first drawn, and the revision and view it was drawn at
  int status_revision = -1;
  View status_view = View::Overview;
  std::string copy_candidate; // what Ctrl+C copies: the value or text under the mouse or focus (last frame)

  // Work kept in the browser (work_store.hpp): every programme's scenarios under that programme.
  StorageState storage;
  std::map<std::uint64_t, ParkedWork> parked; // other programmes' work opened earlier in this tab
  LoadingWork loading;
  Question question;
  std::optional<std::uint64_t> resume_offer; // start-up: more recent work on another programme
  std::string link_summary_uid;              // a scenario opened from a link: its summary is shown

  // Presentation mode: full screen, large type, one page at a time (presentation.cpp).
  bool presenting = false;
  int present_page = 0;
  bool present_gap = false;      // the Gevoeligheid page ranks by FTE gap instead of ODT cost
  bool present_overflow = false; // the page on screen needs scrolling (it should not: a slide fits)
  // The sensitivity analysis recalculates the programme hundreds of times: made
  // when a page or the report needs it, and kept until the next change.
  std::optional<SensitivityResult> sensitivity;
  int sensitivity_revision = -1;
  // The report asked for while the sensitivity of a large programme is still being
  // computed, a few inputs per frame (report.hpp, advance_report()).
  struct ReportRun {
    std::shared_ptr<SensitivityRun> run;
    int revision = -1;
    bool print = false;
  };
  std::optional<ReportRun> report_run;
  std::string mirror_key;     // what the screen reader mirror shows now (mirror.cpp)
  int mirror_revision = -1;   // the revision its figures are of
  std::string mirror_figures; // its key figures sentence, announced when it changes
  std::string mirror_table;   // its table part, remade when mirror_key changes

  // Derived from `programme` by recalculate(), never per frame.
  AnalysisPtr analysis; // its structure: the adopted programme's while only values change
  Results results;
};

} // namespace vth::ui
