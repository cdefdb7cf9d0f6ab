#include "work_store.hpp"

#include "app_file.hpp"
#include "commands.hpp"
#include "scenarios.hpp"
#include "sharing.hpp"
#include "work_records.hpp"

#include "core/io/programme_io.hpp"
#include "core/io/scenario_io.hpp"
#include "core/io/share_link.hpp"
#include "core/json/json_parse.hpp"
#include "core/json/json_writer.hpp"
#include "core/model/utf8_text.hpp"

#include <algorithm>
#include <cstdio>

namespace vth::ui {
namespace {

// Notes how a write went: the banner says when the storage refuses.
bool note_write(AppState& state, StoreWrite result) {
  StorageState& s = state.storage;
  if (result == StoreWrite::Done) {
    if (s.full || s.unavailable) state.status = "Uw werk wordt weer in deze browser bewaard.";
    s.full = s.unavailable = false;
    return true;
  }
  s.full = result == StoreWrite::Full;
  s.unavailable = result == StoreWrite::Unavailable;
  return false;
}

void put_work_record(AppState& state, std::uint64_t id, const WorkRecord& r) {
  (void)note_write(state, state.platform.store.set(work_key(id), work_record_text(r)));
  ++state.storage.list_revision;
}

std::string scenario_text(const AppState& state, const Scenario& s) {
  return write_scenario(*state.adopted, state.baseline_id, s, nullptr);
}

// The scenario a record holds, read against the open programme (refused: not this programme's, or broken).
std::optional<OpenScenario> scenario_from_record(const AppState& state, const std::string& uid,
                                                 const ScenarioRecord& r) {
  Result<ScenarioFile> read = read_scenario(r.text, *state.adopted, state.baseline_id);
  if (!read || read->programme) return std::nullopt;
  OpenScenario s;
  static_cast<Scenario&>(s) = std::move(read->scenario);
  s.uid = uid;
  s.created_ms = r.created_ms;
  s.changed_ms = r.changed_ms;
  s.stored_rev = r.rev;
  s.stored_text = r.text;
  return s;
}

// The uid in a key of the open programme's scenarios, or "".
std::string uid_of_key(const AppState& state, std::string_view key) {
  const std::string prefix = scenario_prefix(state.baseline_id);
  return starts_with(key, prefix) ? std::string(key.substr(prefix.size())) : std::string();
}

bool has_unsaved_changes(const AppState& state, const OpenScenario& s) {
  return scenario_text(state, s) != s.stored_text;
}

// Takes the stored version `theirs` into place `index` and keeps this tab's
// version beside it under a new identity (nothing typed here is lost).
void keep_both(AppState& state, int index, OpenScenario theirs) {
  OpenScenario& mine_in_place = state.scenarios[static_cast<std::size_t>(index)];
  const std::string old_uid = mine_in_place.uid;
  const std::string name = mine_in_place.name;
  Scenario mine = mine_in_place;
  mine.name = unique_scenario_name(state, name + " (dit tabblad)");
  const int copy = insert_scenario(state, std::move(mine));
  const std::string& copy_uid = state.scenarios[static_cast<std::size_t>(copy)].uid;
  // This tab's history described its own version, which lives on as the copy.
  for (auto* stack : {&state.undo_stack, &state.redo_stack})
    for (UndoStep& step : *stack)
      if (step.scenario_uid == old_uid) step.scenario_uid = copy_uid;
  const bool was_current = state.current == index;
  OpenScenario& slot = state.scenarios[static_cast<std::size_t>(index)];
  slot.name = theirs.name;
  slot.sender = theirs.sender;
  slot.note = theirs.note;
  slot.stored_rev = theirs.stored_rev;
  slot.stored_text = theirs.stored_text;
  slot.changed_ms = theirs.changed_ms;
  set_scenario_changes(state, index, std::move(theirs.changes));
  if (was_current) switch_scenario(state, copy);
  state.status = "'" + name +
                 "' is intussen in een ander tabblad gewijzigd. Beide versies zijn bewaard: die van " +
                 "dit tabblad heet nu '" + state.scenarios[static_cast<std::size_t>(copy)].name + "'.";
}

// Every stored scenario of the open programme, in their order.
std::vector<OpenScenario> read_stored_scenarios(AppState& state, int& unreadable) {
  std::vector<OpenScenario> out;
  const StoreServices& store = state.platform.store;
  const std::string prefix = scenario_prefix(state.baseline_id);
  for (const std::string& key : store.keys()) {
    if (!starts_with(key, prefix)) continue;
    const auto text = store.get(key);
    const auto record = text ? read_scenario_record(*text) : std::nullopt;
    auto scenario = record ? scenario_from_record(state, key.substr(prefix.size()), *record) : std::nullopt;
    if (scenario)
      out.push_back(std::move(*scenario));
    else
      ++unreadable; // kept in the storage as it is: never deleted unasked
  }
  std::sort(out.begin(), out.end(), [](const OpenScenario& a, const OpenScenario& b) {
    return a.created_ms != b.created_ms ? a.created_ms < b.created_ms : a.uid < b.uid;
  });
  return out;
}

std::string tab_state_text(const AppState& state) {
  JsonWriter w;
  w.begin_object();
  w.key("werk").string(work_id_text(state.baseline_id));
  w.key("scenario")
      .string(state.current >= 0 ? state.scenarios[static_cast<std::size_t>(state.current)].uid
                                 : std::string());
  w.key("scherm").string(view_key(state.view));
  w.end_object();
  return w.finish();
}

} // namespace

std::string work_title(const Programme& p) { return p.municipality + " " + std::to_string(p.year); }

std::string work_id_text(std::uint64_t id) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(id));
  return buffer;
}

std::optional<std::uint64_t> work_id_from_text(std::string_view text) {
  if (text.size() != 16) return std::nullopt;
  std::uint64_t id = 0;
  for (char c : text) {
    int digit = -1;
    if (c >= '0' && c <= '9') digit = c - '0';
    if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    if (digit < 0) return std::nullopt;
    id = id * 16 + static_cast<std::uint64_t>(digit);
  }
  return id;
}

void leave_programme(AppState& state) {
  if (!state.adopted) return;
  persist_work(state); // whatever was typed last is written before the programme goes
  ParkedWork& parked = state.parked[state.baseline_id];
  parked.scenarios = state.scenarios;
  parked.undo_stack = state.undo_stack;
  parked.redo_stack = state.redo_stack;
  parked.current_uid = state.current >= 0 ? state.scenarios[static_cast<std::size_t>(state.current)].uid : "";
  parked.file_name = state.file_name;
  state.loading = {};
}

void attach_stored_work(AppState& state, std::string_view programme_text) {
  const StoreServices& store = state.platform.store;
  std::vector<OpenScenario> scenarios;
  int unreadable = 0;
  if (store) {
    scenarios = read_stored_scenarios(state, unreadable);
    WorkRecord work = get_work_record(state, state.baseline_id).value_or(WorkRecord{});
    work.title = work_title(*state.adopted);
    work.file_name = state.file_name;
    work.builtin = state.builtin_programme;
    work.bytes = static_cast<std::int64_t>(programme_text.size());
    work.opened_ms = now_ms(state);
    if (state.builtin_programme) work.programme_stored = true;
    put_work_record(state, state.baseline_id, work);
    state.storage.programme_missing = false;
    if (!work.programme_stored && store.put_programme)
      store.put_programme(work_id_text(state.baseline_id), programme_text);
  }
  // What this tab had of this programme before (in memory) wins where the storage did not keep it.
  std::string current_uid;
  if (auto parked = state.parked.find(state.baseline_id); parked != state.parked.end()) {
    for (OpenScenario& mine : parked->second.scenarios) {
      if (mine.stored_rev != 0 && scenario_text(state, mine) == mine.stored_text)
        continue; // the storage has it
      auto stored = std::find_if(scenarios.begin(), scenarios.end(),
                                 [&](const OpenScenario& s) { return s.uid == mine.uid; });
      if (stored == scenarios.end()) {
        scenarios.push_back(std::move(mine)); // never stored, or deleted elsewhere after changes here
      } else if (stored->stored_rev == mine.stored_rev) {
        *stored = std::move(mine); // typed here, not stored yet: this tab's version
      } else {                     // changed here and, since, in another tab: both are kept
        const std::string uid = mine.uid;
        mine.uid = state.platform.store.new_id ? state.platform.store.new_id() : uid + "-b";
        mine.name += " (dit tabblad)";
        mine.stored_rev = 0;
        mine.stored_text.clear();
        for (auto* stack : {&parked->second.undo_stack, &parked->second.redo_stack})
          for (UndoStep& step : *stack)
            if (step.scenario_uid == uid) step.scenario_uid = mine.uid;
        scenarios.push_back(std::move(mine));
      }
    }
    state.undo_stack = std::move(parked->second.undo_stack);
    state.redo_stack = std::move(parked->second.redo_stack);
    current_uid = parked->second.current_uid;
    state.parked.erase(parked);
  }
  state.scenarios = std::move(scenarios);
  state.current = -1;
  if (const int index = scenario_index(state, current_uid); index >= 0) switch_scenario(state, index);
  // Steps of scenarios that are gone cannot be replayed.
  for (auto* stack : {&state.undo_stack, &state.redo_stack})
    stack->erase(std::remove_if(stack->begin(), stack->end(),
                                [&](const UndoStep& s) { return scenario_index(state, s.scenario_uid) < 0; }),
                 stack->end());
  state.storage.persisted_revision = -1;
  ++state.revision;
  if (unreadable > 0)
    state.status = std::to_string(unreadable) + " bewaard scenario" +
                   (unreadable == 1 ? " kon" : "'s konden") +
                   " niet worden gelezen; het blijft in de opslag staan.";
}

void persist_work(AppState& state) {
  const StoreServices& store = state.platform.store;
  if (!store || !state.adopted) return;
  const std::string tab = tab_state_text(state);
  if (tab != state.storage.tab_state && store.set_tab_state) {
    store.set_tab_state(tab);
    state.storage.tab_state = tab;
  }
  if (state.revision == state.storage.persisted_revision) return;
  state.storage.persisted_revision = state.revision;
  bool wrote = false;
  for (std::size_t i = 0; i < state.scenarios.size(); ++i) { // keep_both() may add one: size() each time
    const std::string text = scenario_text(state, state.scenarios[i]);
    if (text == state.scenarios[i].stored_text) continue;
    const std::string key = scenario_key(state.baseline_id, state.scenarios[i].uid);
    const auto existing = store.get(key);
    const auto record = existing ? read_scenario_record(*existing) : std::nullopt;
    if (record && record->rev != state.scenarios[i].stored_rev) {
      // Another tab wrote this scenario after this tab last read it.
      if (auto theirs = scenario_from_record(state, state.scenarios[i].uid, *record)) {
        keep_both(state, static_cast<int>(i), std::move(*theirs));
        continue; // the copy with this tab's version is written when the loop reaches it
      }
    }
    OpenScenario& s = state.scenarios[i];
    const std::int64_t now = now_ms(state);
    if (s.created_ms == 0) s.created_ms = now;
    const ScenarioRecord next{(record ? record->rev : s.stored_rev) + 1, s.created_ms, now, text};
    if (!note_write(state, store.set(key, scenario_record_text(next, state.storage.tab_id)))) break;
    s.stored_rev = next.rev;
    s.stored_text = text;
    s.changed_ms = now;
    wrote = true;
  }
  if (wrote) {
    WorkRecord work = get_work_record(state, state.baseline_id).value_or(WorkRecord{});
    work.title = work_title(*state.adopted);
    work.file_name = state.file_name;
    work.builtin = state.builtin_programme;
    work.changed_ms = now_ms(state);
    if (state.builtin_programme) work.programme_stored = true;
    put_work_record(state, state.baseline_id, work);
  }
}

void forget_stored_scenario(AppState& state, const OpenScenario& scenario) {
  const StoreServices& store = state.platform.store;
  if (!store || !state.adopted || scenario.stored_rev == 0) return;
  const std::string key = scenario_key(state.baseline_id, scenario.uid);
  const auto existing = store.get(key);
  const auto record = existing ? read_scenario_record(*existing) : std::nullopt;
  if (record && record->rev != scenario.stored_rev) {
    state.status =
        "'" + scenario.name + "' is intussen in een ander tabblad gewijzigd; die versie blijft bewaard.";
    return;
  }
  store.remove(key);
  ++state.storage.list_revision;
}

void storage_changed(AppState& state, const std::string& key) {
  if (starts_with(key, kWorkPrefix)) {
    ++state.storage.list_revision;
    return;
  }
  if (!state.adopted || !state.platform.store) return;
  const std::string uid = uid_of_key(state, key);
  if (uid.empty()) {
    if (starts_with(key, kScenarioPrefix)) ++state.storage.list_revision;
    return;
  }
  ++state.storage.list_revision;
  const int index = scenario_index(state, uid);
  const auto stored = state.platform.store.get(key);
  if (!stored) { // deleted in another tab
    if (index < 0) return;
    OpenScenario& s = state.scenarios[static_cast<std::size_t>(index)];
    if (has_unsaved_changes(state, s)) {
      s.stored_rev = 0; // typed here and not stored yet: kept, and written again
      return;
    }
    const std::string name = s.name;
    erase_scenario(state, index);
    state.status = "Scenario '" + name + "' is in een ander tabblad verwijderd.";
    return;
  }
  const auto record = read_scenario_record(*stored);
  if (!record) return; // not readable: nothing to take over
  if (index >= 0 && record->rev <= state.scenarios[static_cast<std::size_t>(index)].stored_rev) return;
  auto theirs = scenario_from_record(state, uid, *record);
  if (!theirs) return;
  if (index < 0) {
    const std::string name = theirs->name;
    state.scenarios.push_back(std::move(*theirs));
    ++state.revision;
    state.status = "Scenario '" + name + "' is in een ander tabblad gemaakt.";
    return;
  }
  OpenScenario& mine = state.scenarios[static_cast<std::size_t>(index)];
  if (has_unsaved_changes(state, mine)) {
    keep_both(state, index, std::move(*theirs));
    return;
  }
  // The other tab's version replaces this one; this tab's steps for it no longer apply.
  drop_history_of(state, uid);
  mine.name = theirs->name;
  mine.sender = theirs->sender;
  mine.note = theirs->note;
  mine.stored_rev = theirs->stored_rev;
  mine.stored_text = theirs->stored_text;
  mine.changed_ms = theirs->changed_ms;
  set_scenario_changes(state, index, std::move(theirs->changes));
  state.storage.persisted_revision = -1;
  state.status = "Scenario '" + mine.name + "' is bijgewerkt vanuit een ander tabblad.";
}

void programme_stored(AppState& state, const std::string& id_text, ProgrammeStoreAnswer answer) {
  const auto id = work_id_from_text(id_text);
  if (!id || !state.platform.store) return;
  if (answer != ProgrammeStoreAnswer::Stored) {
    if (*id == state.baseline_id) {
      state.storage.programme_missing = true;
      state.storage.programme_store_full = answer == ProgrammeStoreAnswer::Full;
    }
    return;
  }
  if (auto work = get_work_record(state, *id)) {
    work->programme_stored = true;
    put_work_record(state, *id, *work);
  }
  if (*id == state.baseline_id) state.storage.programme_missing = false;
}

Status programme_loaded(AppState& state, const std::string& id_text, std::optional<std::string_view> text) {
  const auto id = work_id_from_text(id_text);
  if (!id || *id != state.loading.id) return {}; // no longer asked for
  const LoadingWork then = std::exchange(state.loading, {});
  const auto work = get_work_record(state, *id);
  const std::string file_name = work && !work->file_name.empty() ? work->file_name : "bewaard programma";
  if (!text || text_fingerprint(*text) != *id)
    return refuse(state, file_name,
                  refusal("het programma van dit werk staat niet (meer) in deze browser; open het bestand '" +
                          file_name + "' opnieuw: de bewaarde scenario's komen er dan weer bij"));
  if (Status opened = open_programme(state, *text, file_name); !opened) return opened;
  if (const int index = scenario_index(state, then.scenario_uid); index >= 0) switch_scenario(state, index);
  if (then.view) state.view = *then.view;
  if (!then.link.empty()) return open_link(state, then.link, false);
  return {};
}

std::vector<StoredWork> stored_work(const AppState& state) {
  std::vector<StoredWork> out;
  const StoreServices& store = state.platform.store;
  auto entry = [&](std::uint64_t id) -> StoredWork& {
    for (StoredWork& w : out)
      if (w.id == id) return w;
    out.push_back({});
    out.back().id = id;
    return out.back();
  };
  if (store) {
    const std::vector<std::string> stored = store.keys();
    // Sorted as views: the one sort of texts the wasm already has (json_parse_rare.cpp).
    std::vector<std::string_view> keys(stored.begin(), stored.end());
    std::sort(keys.begin(), keys.end());
    for (const std::string_view key : keys) {
      if (starts_with(key, kWorkPrefix)) {
        const auto id = work_id_from_text(key.substr(kWorkPrefix.size()));
        const auto text = id ? store.get(std::string(key)) : std::nullopt;
        const auto record = text ? read_work_record(*text) : std::nullopt;
        if (!record) continue;
        StoredWork& w = entry(*id);
        w.title = record->title;
        w.file_name = record->file_name;
        w.builtin = record->builtin;
        w.programme_stored = record->builtin || record->programme_stored;
        w.bytes = record->bytes;
        w.changed_ms = std::max(w.changed_ms, record->changed_ms);
        w.opened_ms = record->opened_ms;
      } else if (starts_with(key, kScenarioPrefix)) {
        const std::string_view rest = key.substr(kScenarioPrefix.size());
        const auto id = work_id_from_text(rest.substr(0, 16));
        const auto text = id ? store.get(std::string(key)) : std::nullopt;
        const auto record = text ? read_scenario_record(*text) : std::nullopt;
        if (!record) continue;
        JsonValue scenario;
        std::string name = "(naam onleesbaar)";
        if (!parse_json(record->text, scenario) && scenario.is_object()) name = text_of(scenario, "naam");
        StoredWork& w = entry(*id);
        w.scenario_names.push_back(name);
        w.changed_ms = std::max(w.changed_ms, record->changed_ms);
      }
    }
  }
  if (state.adopted) {
    StoredWork& open = entry(state.baseline_id);
    if (open.title.empty()) {
      open.title = work_title(*state.adopted);
      open.file_name = state.file_name;
      open.builtin = state.builtin_programme;
      open.programme_stored = state.builtin_programme;
    }
  }
  out.erase(std::remove_if(out.begin(), out.end(), [](const StoredWork& w) { return w.title.empty(); }),
            out.end());
  std::sort(out.begin(), out.end(), [](const StoredWork& a, const StoredWork& b) {
    const std::int64_t ua = std::max(a.changed_ms, a.opened_ms), ub = std::max(b.changed_ms, b.opened_ms);
    return ua != ub ? ua > ub : a.id < b.id;
  });
  return out;
}

const std::vector<StoredWork>& stored_work_list(AppState& state) {
  const int revision = state.storage.list_revision + state.revision;
  if (state.storage.listed_revision != revision) {
    state.storage.list = stored_work(state);
    state.storage.listed_revision = revision;
  }
  return state.storage.list;
}

void open_work(AppState& state, std::uint64_t id) {
  if (state.adopted && id == state.baseline_id) return;
  if (id == state.builtin_id && !state.platform.builtin_programme.empty()) {
    (void)open_programme(state, state.platform.builtin_programme, "ingebouwd programma"); // it is valid
    return;
  }
  if (!state.platform.store.load_programme) return;
  persist_work(state); // before anything else happens
  state.loading = {id, {}, std::nullopt, {}};
  state.platform.store.load_programme(work_id_text(id));
}

Status discard_work(AppState& state, std::uint64_t id) {
  const StoreServices& store = state.platform.store;
  if (state.adopted && id == state.baseline_id)
    return refusal("dit werk is nu geopend; open eerst ander werk (scenario's van dit programma verwijdert u "
                   "onder Scenario's)");
  if (!store) return refusal("deze browser bewaart geen werk");
  const std::string prefix = scenario_prefix(id);
  for (const std::string& key : store.keys())
    if (starts_with(key, prefix)) store.remove(key);
  store.remove(work_key(id));
  if (store.remove_programme) store.remove_programme(work_id_text(id));
  state.parked.erase(id);
  ++state.storage.list_revision;
  return {};
}

std::string storage_problem(const AppState& state) {
  const StorageState& s = state.storage;
  if (s.unavailable)
    return "Deze browser bewaart niets voor deze pagina (opslag uitgeschakeld of privévenster). Uw werk "
           "staat "
           "alleen in dit tabblad: sla uw scenario's op als bestand.";
  if (s.full)
    return "De opslag van de browser is vol: uw laatste wijzigingen zijn niet bewaard (wel in dit tabblad). "
           "Ruim "
           "oud werk op onder Recent werk of sla uw scenario's op als bestand.";
  if (s.programme_missing)
    return std::string("Het programmabestand kon niet in de browser worden bewaard (") +
           (s.programme_store_full ? "opslag vol" : "de opslag van de browser weigerde het") +
           "). Uw scenario's zijn wel bewaard; na het sluiten opent u het bestand opnieuw om ermee verder te "
           "gaan.";
  return {};
}

} // namespace vth::ui
