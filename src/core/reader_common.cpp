#include "reader_detail.hpp"

#include <algorithm>
#include <set>

namespace vth::reader {

using namespace specs;

// Reads "bron" and "aanname" of a record; `fields` are the names an
// assumption may be about.
void read_provenance(ObjectReader& r, Provenance& p, std::initializer_list<const char*> fields,
                     Issues& issues) {
  if (const Json* bron = r.object("bron", false)) {
    ObjectReader b(*bron, r.child("bron"), issues);
    p.section = b.string("sectie");
    p.line = static_cast<int>(b.integer("regel", 0, 10'000'000, false).value_or(0));
    b.finish();
  }
  if (const Json* aanname = r.object("aanname", false)) {
    for (auto it = aanname->begin(); it != aanname->end(); ++it) {
      const std::string ptr = r.child("aanname") + "/" + pointer_token(it.key());
      const bool known =
          std::any_of(fields.begin(), fields.end(), [&](const char* f) { return it.key() == f; });
      if (!known)
        issues.push_back({ptr, "aanname over een veld dat dit onderdeel niet heeft"});
      else if (!it->is_string() || it->get<std::string>().empty())
        issues.push_back({ptr, "moet de reden van de aanname als tekst geven"});
      else
        p.assumptions[it.key()] = it->get<std::string>();
    }
  }
}

// Calls `each(element, pointer)` for every element of an array member.

void check_unique(const std::vector<std::pair<std::string, std::string>>& ids, const char* what,
                  Issues& issues) {
  std::set<std::string> seen;
  for (const auto& [id, ptr] : ids) {
    if (id.empty()) continue;
    if (!seen.insert(id).second)
      issues.push_back({ptr, std::string(what) + " '" + id + "' komt meer dan eens voor"});
  }
}

std::optional<PrintedTotal> read_printed(ObjectReader& parent, const char* key, Issues& issues) {
  const Json* v = parent.object(key, false);
  if (!v) return std::nullopt;
  ObjectReader r(*v, parent.child(key), issues);
  PrintedTotal t;
  t.hours = r.fixed("uren", kHours, false).value_or(0);
  t.cost = r.fixed("kosten", kEuros, false);
  read_provenance(r, t.source, {"uren", "kosten"}, issues);
  r.finish();
  return t;
}

} // namespace vth::reader
