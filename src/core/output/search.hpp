#pragma once
// Zoeken (Ctrl+F): everything a programme holds as text — codes, products,
// descriptions, departments, partners, goals, protocol items, source notes —
// and the findings and assumptions of its results. A row matches when every
// word of the query occurs in one of its texts or the row's name; case and
// accents do not matter ("coordinatie" finds "Coördinatie"). Each hit says
// where it is and what matched, and where to go: a row, or the pointer of a
// finding or assumption.

#include "core/engine/results.hpp"
#include "core/fields/registry.hpp"
#include "core/model/programme.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vth {

struct SearchHit {
  enum class Kind { Row, Finding, Assumption };
  Kind kind = Kind::Row;
  std::optional<RowRef> row; // Row: the row to go to
  std::string pointer;       // Finding, Assumption: the value it is about
  std::string where;         // "ODT: toezicht", "Bevinding", "Aanname"
  std::string title;         // the row's name, or the place the finding is about
  std::string match;         // the label of the text that matched and a cut of it around the match
};

struct SearchResult {
  std::vector<SearchHit> hits; // in the order of the file, findings and assumptions last
  std::size_t total = 0;       // hits found; more than hits.size() when cut at the limit
};

// Lower case and without accents, for matching only: "Coördinatie" → "coordinatie".
// Letters with accents of Latin-1 (U+00C0–U+00FF, what the font shows) lose them; other text stays.
std::string fold_for_search(std::string_view text);

SearchResult search_programme(const Programme& p, std::span<const Finding> findings,
                              std::span<const Assumption> assumptions, std::string_view query,
                              std::size_t limit = 200);

} // namespace vth
