#include "find.hpp"

#include "commands.hpp"

#include "core/model/dutch_format.hpp"

namespace vth::ui {

void open_find(AppState& state) {
  state.find.open = true;
  state.find.focus_field = true;
}

void close_find(AppState& state) {
  // The query stays for the next Ctrl+F, as in a browser's find bar.
  state.find.open = false;
  state.find.focus_field = false;
}

void update_find(AppState& state) {
  auto& f = state.find;
  if (f.searched_query == f.query && f.searched_revision == state.revision) return;
  f.searched_query = f.query;
  f.searched_revision = state.revision;
  f.chosen = -1;
  if (!state.programme) {
    f.result = {};
    return;
  }
  const std::vector<Assumption> none;
  const auto& assumptions = state.results.assumptions ? *state.results.assumptions : none;
  f.result = search_programme(*state.programme, state.results.findings, assumptions, f.query);
}

bool go_to_hit(AppState& state, int index) {
  auto& f = state.find;
  if (index < 0 || static_cast<std::size_t>(index) >= f.result.hits.size()) return false;
  const SearchHit& hit = f.result.hits[static_cast<std::size_t>(index)];
  f.chosen = index;
  if (hit.row)
    jump_to_row(state, *hit.row);
  else
    jump_to(state, hit.pointer);
  return true;
}

bool go_to_next_hit(AppState& state, bool backwards) {
  const int n = static_cast<int>(state.find.result.hits.size());
  if (n == 0) return false;
  const int from = state.find.chosen;
  const int next = from < 0 ? (backwards ? n - 1 : 0) : (from + (backwards ? n - 1 : 1)) % n;
  return go_to_hit(state, next);
}

std::string find_summary(const AppState& state) {
  const auto& f = state.find;
  if (f.searched_query.find_first_not_of(" \t") == std::string::npos)
    return "Typ een code, product, omschrijving, afdeling, partner, doel of aanname.";
  const std::size_t shown = f.result.hits.size();
  const std::size_t total = f.result.total;
  if (total == 0) return "Niets gevonden.";
  if (shown < total)
    return "De eerste " + format_grouped(static_cast<std::int64_t>(shown)) + " van " +
           format_grouped(static_cast<std::int64_t>(total)) + " gevonden; typ meer om te verfijnen.";
  return format_grouped(static_cast<std::int64_t>(total)) + " gevonden.";
}

} // namespace vth::ui
