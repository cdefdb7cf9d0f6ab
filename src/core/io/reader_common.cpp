#include "reader_detail.hpp"

#include "core/fields/field_pointer.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace vth::reader {

using namespace specs;

void check_unique(const std::vector<std::pair<std::string, std::string>>& ids, const char* what,
                  Issues& issues) {
  std::set<std::string> seen;
  for (const auto& [id, ptr] : ids) {
    if (id.empty()) continue;
    if (!seen.insert(id).second)
      issues.push_back({ptr, std::string(what) + " '" + id + "' komt meer dan eens voor"});
  }
}

std::optional<PrintedTotal> read_printed(ObjectReader& parent, const char* key, Issues& issues,
                                         bool with_scope) {
  const JsonValue* v = parent.object(key, false);
  if (!v) return std::nullopt;
  ObjectReader r(*v, parent.child(key), issues);
  PrintedTotal t;
  t.hours = r.fixed("uren", kHours, false);
  t.cost = r.fixed("kosten", kEuros, false);
  if (!r.has("uren") && !r.has("kosten")) r.error("uren", "geef het gedrukte totaal: uren, kosten of beide");
  if (with_scope) {
    const std::string scope = r.single_line("omvat", false);
    if (scope == "alle")
      t.all_items = true;
    else if (!scope.empty() && scope != "verdeelsleutel")
      r.error("omvat", "moet 'verdeelsleutel' of 'alle' zijn");
  }
  read_provenance(r, t.source, {"uren", "kosten"}, issues);
  r.finish();
  return t;
}

void assign_row_ids(Programme& p, Issues& issues) {
  for (const TableDef& t : tables()) {
    if (t.single) continue;
    std::unordered_map<RowId, RowPos> seen;
    for_each_row(p, t, [&](RowPos at, const void* r) {
      const RowId id = t.row_id(r);
      if (id != 0 && !seen.emplace(id, at).second)
        issues.push_back({field_pointer(t.id, at, kRowIdKey),
                          "rij " + std::to_string(id) + " komt meer dan eens voor in deze tabel"});
    });
  }
  give_row_ids(p);
}

} // namespace vth::reader
