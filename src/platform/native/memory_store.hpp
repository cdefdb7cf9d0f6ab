#pragma once
// The browser's storage without a browser, for native tests and fuzzing: one
// shared "localStorage" for several tabs (each an AppState), with its quota;
// "storage" events queued per tab until delivered, as a browser delivers them
// a moment later; programme files (IndexedDB) answered when delivered; and a
// "sessionStorage" per tab that survives a reload. The browser's own version
// is src/platform/web/vth_hooks.js.

#include "ui/app_state.hpp"

#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vth::platform {

class MemoryBrowser {
public:
  // Connects a tab (an AppState) to this browser's storage. `tab` numbers the
  // tab: reconnecting a number after a reload keeps its sessionStorage.
  void connect(ui::AppState& state, int tab);
  // Delivers to the tab what the browser would tell it by now: other tabs'
  // writes (storage events) and the answers of the programme store. Returns how many.
  int deliver(ui::AppState& state, int tab);
  // This tab's sessionStorage (its place, kept over a reload).
  std::string tab_state(int tab) const;

  std::map<std::string, std::string> local;                       // localStorage
  std::map<std::string, std::string> programmes;                  // IndexedDB: programme files by id
  std::size_t capacity = std::numeric_limits<std::size_t>::max(); // bytes of keys and values
  bool unavailable = false;                                       // storage switched off: every write refused
  bool programme_store_full = false;                              // IndexedDB refuses writes: full
  bool programme_store_fails = false;                             // IndexedDB refuses writes otherwise
  std::int64_t clock_ms = 1'764'000'000'000;

private:
  struct Pending {
    enum class Kind { Changed, Stored, Loaded } kind;
    std::string key; // Changed: the key; Stored, Loaded: the programme id
    bool ok = true;  // Loaded: it was there
    ui::ProgrammeStoreAnswer stored = ui::ProgrammeStoreAnswer::Stored; // Stored: the answer
  };
  struct TabData {
    std::vector<Pending> pending;
    std::string session;
  };
  std::size_t used_bytes() const;
  void changed_by(int writer, const std::string& key);

  std::map<int, TabData> tabs_;
  std::uint64_t next_id_ = 0;
};

} // namespace vth::platform
