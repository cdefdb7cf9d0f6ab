#include "memory_store.hpp"

#include "ui/work_store.hpp"

namespace vth::platform {

std::size_t MemoryBrowser::used_bytes() const {
  std::size_t n = 0;
  for (const auto& [k, v] : local) n += k.size() + v.size();
  return n;
}

void MemoryBrowser::changed_by(int writer, const std::string& key) {
  // A browser tells every other tab of this site, never the tab that wrote.
  for (auto& [number, tab] : tabs_)
    if (number != writer) tab.pending.push_back({Pending::Kind::Changed, key, true});
}

void MemoryBrowser::connect(ui::AppState& state, int tab) {
  tabs_[tab].pending.clear();
  ui::StoreServices& s = state.platform.store;
  s.get = [this](const std::string& key) -> std::optional<std::string> {
    if (unavailable) return std::nullopt;
    const auto it = local.find(key);
    return it == local.end() ? std::nullopt : std::optional<std::string>(it->second);
  };
  s.set = [this, tab](const std::string& key, const std::string& value) {
    if (unavailable) return ui::StoreWrite::Unavailable;
    const auto it = local.find(key);
    const std::size_t before = it == local.end() ? 0 : key.size() + it->second.size();
    if (used_bytes() - before + key.size() + value.size() > capacity) return ui::StoreWrite::Full;
    local[key] = value;
    changed_by(tab, key);
    return ui::StoreWrite::Done;
  };
  s.remove = [this, tab](const std::string& key) {
    if (unavailable || local.erase(key) == 0) return;
    changed_by(tab, key);
  };
  s.keys = [this] {
    std::vector<std::string> keys;
    if (!unavailable)
      for (const auto& [k, v] : local) keys.push_back(k);
    return keys;
  };
  s.put_programme = [this, tab](const std::string& id, std::string_view text) {
    const auto answer = programme_store_full || unavailable ? ui::ProgrammeStoreAnswer::Full
                        : programme_store_fails             ? ui::ProgrammeStoreAnswer::Failed
                                                            : ui::ProgrammeStoreAnswer::Stored;
    if (answer == ui::ProgrammeStoreAnswer::Stored) programmes[id] = std::string(text);
    tabs_[tab].pending.push_back({Pending::Kind::Stored, id, {}, answer});
  };
  s.load_programme = [this, tab](const std::string& id) {
    tabs_[tab].pending.push_back({Pending::Kind::Loaded, id, programmes.count(id) > 0});
  };
  s.remove_programme = [this](const std::string& id) { programmes.erase(id); };
  s.set_tab_state = [this, tab](const std::string& text) { tabs_[tab].session = text; };
  s.now_ms = [this] { return ++clock_ms; };
  s.new_id = [this] { return "id" + std::to_string(++next_id_); };
}

int MemoryBrowser::deliver(ui::AppState& state, int tab) {
  std::vector<Pending> pending = std::move(tabs_[tab].pending);
  tabs_[tab].pending.clear();
  for (const Pending& p : pending) {
    switch (p.kind) {
    case Pending::Kind::Changed:
      ui::storage_changed(state, p.key);
      break;
    case Pending::Kind::Stored:
      ui::programme_stored(state, p.key, p.stored);
      break;
    case Pending::Kind::Loaded: {
      const auto it = programmes.find(p.key);
      (void)ui::programme_loaded(
          state, p.key, it == programmes.end() ? std::nullopt : std::optional<std::string_view>(it->second));
      break;
    }
    }
  }
  return static_cast<int>(pending.size());
}

std::string MemoryBrowser::tab_state(int tab) const {
  const auto it = tabs_.find(tab);
  return it == tabs_.end() ? std::string() : it->second.session;
}

} // namespace vth::platform
