#include "reader_detail.hpp"

#include <algorithm>
#include <set>

namespace vth::reader {

using namespace specs;

void read_provenance(ObjectReader& r, Provenance& p, std::initializer_list<const char*> fields,
                     Issues& issues) {
  if (const JsonValue* bron = r.object("bron", false)) {
    ObjectReader b(*bron, r.child("bron"), issues);
    p.section = b.string("sectie");
    p.line = static_cast<int>(b.integer("regel", 0, 10'000'000, false).value_or(0));
    b.finish();
  }
  if (const JsonValue* aanname = r.object("aanname", false)) {
    const std::string base = r.child("aanname");
    for (std::size_t i = 0; i < aanname->size(); ++i) {
      const std::string& field = aanname->key(i);
      const JsonValue& reason = (*aanname)[i];
      const std::string ptr = base + "/" + pointer_token(field);
      const bool known = std::any_of(fields.begin(), fields.end(), [&](const char* f) { return field == f; });
      std::string why;
      if (!known)
        why = "aanname over een veld dat dit onderdeel niet heeft";
      else if (!reason.is_string() || reason.text().empty())
        why = "moet de reden van de aanname als tekst geven";
      else
        why = text_problem(reason.text(), true);
      if (why.empty())
        p.assumptions[field] = reason.text();
      else
        issues.push_back({ptr, why});
    }
  }
}

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

} // namespace vth::reader
