// libFuzzer target: Zoeken (core/output/search) with any bytes as the query, over a
// synthetic programme and a small limit. Beyond "no crash, no leak, no undefined
// behaviour": the list never exceeds the limit, the count is never below the list,
// and every hit says where it is and, for a row, names a row that exists.
#include "core/engine/engine.hpp"
#include "core/io/synthetic.hpp"
#include "core/output/search.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const vth::Programme programme = vth::make_synthetic_programme(40, 5);
  static const vth::Results results = vth::calculate(programme);
  const std::string_view query(reinterpret_cast<const char*>(data), size);
  const vth::SearchResult r =
      vth::search_programme(programme, results.findings, *results.assumptions, query, 25);
  if (r.hits.size() > 25 || r.total < r.hits.size()) std::abort();
  for (const vth::SearchHit& hit : r.hits) {
    if (hit.where.empty()) std::abort();
    if (hit.row && !vth::row_by_id(programme, hit.row->table, hit.row->row)) std::abort();
    if (!hit.row && hit.pointer.empty()) std::abort();
  }
  // Folding never grows a text by more than two bytes per byte (ß → ss, æ → ae).
  if (vth::fold_for_search(query).size() > 2 * query.size()) std::abort();
  return 0;
}
