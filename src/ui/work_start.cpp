// Start-up of the work kept in the browser (work_store.hpp, start_up()): the
// built-in programme, then what the page asks for (a link, a reload, this file's
// own programme), and the one-slot autosave of the version before, taken over.

#include "work_store.hpp"

#include "app_file.hpp"
#include "commands.hpp"
#include "scenarios.hpp"
#include "sharing.hpp"
#include "work_records.hpp"

#include "core/io/programme_io.hpp"
#include "core/io/share_link.hpp"
#include "core/json/json_parse.hpp"

#include <algorithm>

namespace vth::ui {
namespace {

// Work stored by the version before this one: one slot with the programme (when
// not the built-in one) and its scenarios. Taken over into the records, then removed.
void take_over_legacy_autosave(AppState& state) {
  const StoreServices& store = state.platform.store;
  const auto legacy = store.get(kLegacyAutosaveKey);
  if (!legacy) return;
  JsonLimits limits = programme_json_limits();
  limits.max_string_bytes = limits.max_bytes;
  JsonValue root;
  if (parse_json(*legacy, root, limits) || !root.is_object() ||
      text_of(root, "schema") != "vth-planner-autosave")
    return; // unreadable: left as it is
  std::uint64_t id = state.builtin_id;
  WorkRecord work{"", "", true, true, 0, 0, 0};
  if (const JsonValue* programme = root.find("programma"); programme && programme->is_string()) {
    Result<Programme> read = read_programme(programme->text());
    if (!read) return;
    id = text_fingerprint(programme->text());
    work = {work_title(*read),
            "hersteld programma",
            false,
            false,
            static_cast<std::int64_t>(programme->text().size()),
            0,
            0};
    if (store.put_programme) store.put_programme(work_id_text(id), programme->text());
  } else if (!bool_of(root, "ingebouwd")) {
    return; // its programme was never stored: nothing to take over but the scenarios, which need it
  }
  if (id == state.builtin_id) work.title = state.adopted ? work_title(*state.adopted) : "Ingebouwd programma";
  const std::int64_t now = now_ms(state);
  work.changed_ms = now;
  bool all_written = store.set(work_key(id), work_record_text(work)) == StoreWrite::Done;
  if (const JsonValue* scenarios = root.find("scenarios"); scenarios && scenarios->is_array()) {
    for (std::size_t i = 0; i < scenarios->size(); ++i) {
      if (!(*scenarios)[i].is_string()) continue;
      const ScenarioRecord r{1, now + static_cast<std::int64_t>(i), now, (*scenarios)[i].text()};
      const std::string uid = store.new_id ? store.new_id() : "overgenomen-" + std::to_string(i);
      all_written = store.set(scenario_key(id, uid), scenario_record_text(r, state.storage.tab_id)) ==
                        StoreWrite::Done &&
                    all_written;
    }
  }
  if (all_written) store.remove(kLegacyAutosaveKey);
}

std::optional<std::string> tab_field(std::string_view tab_state, const char* key) {
  JsonValue root;
  if (tab_state.empty() || parse_json(tab_state, root) || !root.is_object()) return std::nullopt;
  return text_of(root, key);
}

} // namespace

Status start_up(AppState& state, const StartUp& start) {
  const StoreServices& store = state.platform.store;
  if (store) {
    if (store.new_id && state.storage.tab_id.empty()) state.storage.tab_id = store.new_id();
    take_over_legacy_autosave(state);
  }
  // The most recently used work, before this start touches anything.
  std::optional<std::uint64_t> offer;
  if (const std::vector<StoredWork> all = stored_work(state); !all.empty()) {
    auto used = [](const StoredWork& w) { return std::max(w.changed_ms, w.opened_ms); };
    const auto builtin =
        std::find_if(all.begin(), all.end(), [&](const StoredWork& w) { return w.id == state.builtin_id; });
    if (all.front().id != state.builtin_id && all.front().programme_stored &&
        (builtin == all.end() || used(all.front()) > used(*builtin)))
      offer = all.front().id;
  }
  if (const Status opened = open_programme(state, state.platform.builtin_programme, start.builtin_file_name);
      !opened)
    return opened;
  const Fragment f = parse_fragment(start.fragment);
  // A reload: the work this tab had (0: none).
  const auto work = tab_field(start.tab_state, "werk");
  const std::uint64_t id = work ? work_id_from_text(*work).value_or(0) : 0;
  // This file's own programme, unless a reload goes on with what the tab had.
  if (!start.app_content.empty() && (!f.share.empty() || id == 0)) {
    if (const Status opened = open_app_content(state, start.app_content); !opened) return opened;
    offer.reset(); // the file was opened for its programme
    if (f.share.empty()) return f.view.empty() ? Status{} : open_fragment(state, start.fragment, false);
  }
  if (!f.share.empty()) return open_fragment(state, start.fragment, false); // a link: what the user came for
  // A reload: this tab goes on where it was.
  if (id != 0) {
    const std::string uid = tab_field(start.tab_state, "scenario").value_or("");
    const auto view = view_by_key(tab_field(start.tab_state, "scherm").value_or(""));
    if (id == state.baseline_id) {
      if (const int index = scenario_index(state, uid); index >= 0) switch_scenario(state, index);
      if (view) state.view = *view;
    } else {
      open_work(state, id);
      if (state.loading.id == id) {
        state.loading.scenario_uid = uid;
        state.loading.view = view;
      }
    }
  } else if (offer) {
    state.resume_offer = offer;
  }
  return f.view.empty() ? Status{} : open_fragment(state, start.fragment, false);
}

} // namespace vth::ui
