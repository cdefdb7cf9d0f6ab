#pragma once
// Work kept in the browser, so that nothing is lost: not on a reload, not with
// two tabs open, not when an offer is declined, not when the storage is full.
// Every programme's scenarios are stored under that programme (the fingerprint
// of its file), one record per scenario, shared by every tab of this site. A tab
// writes a scenario when it changes, checking that no other tab wrote it in the
// meantime (then both versions are kept), and hears when another tab changes
// one. Opening anything adds to what is stored; only an explicit, confirmed
// action discards. The records and the rules: docs/sharing.md, "Bewaard werk".

#include "app_state.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vth::ui {

inline constexpr const char* kLegacyAutosaveKey = "vth-planner:autosave"; // one slot, before version 2

std::string work_id_text(std::uint64_t id); // 16 hexadecimal digits
// The storage's clock (milliseconds since 1970), 0 where there is none (native tests).
std::int64_t now_ms(const AppState& state);
// How a programme is named in Recent werk and in questions: "Enschede 2025".
std::string work_title(const Programme& p);
std::optional<std::uint64_t> work_id_from_text(std::string_view text);

// What the page found at start-up.
struct StartUp {
  std::string fragment;          // "#s=…&view=…" of the address
  std::string tab_state;         // this tab's place before a reload (sessionStorage), or ""
  std::string builtin_file_name; // how the built-in programme is named
  std::string app_content;       // what "Opslaan als app" put in this file (app_file.hpp), or ""
};

// Opens the built-in programme (platform.builtin_programme) and what the
// start-up asks for: a link's programme with its scenario, this tab's work before a reload, the
// programme this file carries ("Opslaan als app"; a link is opened after it), or the
// built-in programme with its stored scenarios (offering more recent work on
// another programme, never opening it unasked). Work stored by a version before
// this one (one slot) is taken over first. A refused link is returned (and shown).
Status start_up(AppState& state, const StartUp& start);

// Around open_programme(): the work on screen is put aside (written, and kept in
// memory) before another programme opens; the new programme's stored and parked
// scenarios come in after it is open, and its file goes to the storage.
void leave_programme(AppState& state);
void attach_stored_work(AppState& state, std::string_view programme_text);

// Writes what changed since the last call: the scenarios whose text changed,
// this programme's record, this tab's place. Called after every frame that
// changed something. A scenario another tab wrote in the meantime is kept
// beside this tab's version, never overwritten.
void persist_work(AppState& state);
// A stored scenario is gone for good (the user deleted it): its record goes,
// unless another tab changed it since this tab read it.
void forget_stored_scenario(AppState& state, const OpenScenario& scenario);

// Another tab changed `key` of this site's storage.
void storage_changed(AppState& state, const std::string& key);
// Answers of the asynchronous programme store.
void programme_stored(AppState& state, const std::string& id, ProgrammeStoreAnswer answer);
Status programme_loaded(AppState& state, const std::string& id, std::optional<std::string_view> text);

// Everything stored, most recently used first; the open programme is always in it.
std::vector<StoredWork> stored_work(const AppState& state);
// The same, read again only when the storage changed (views call it every frame).
const std::vector<StoredWork>& stored_work_list(AppState& state);
// Opens stored work: the built-in programme at once, another after its file is read.
void open_work(AppState& state, std::uint64_t id);
// Removes a programme's stored work (after the user confirmed it); not the open one.
Status discard_work(AppState& state, std::uint64_t id);

// What is wrong with keeping work in the browser, for the banner ("" when nothing).
std::string storage_problem(const AppState& state);

} // namespace vth::ui
