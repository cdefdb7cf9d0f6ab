#include "new_programme.hpp"

#include "core/fields/entry.hpp"
#include "core/fields/registry.hpp"
#include "core/model/dutch_format.hpp"
#include "core/model/utf8_text.hpp"

#include <cctype>
#include <optional>
#include <set>

namespace vth {
namespace {

// Names differ by more than capitals ("Hengelo" and "hengelo" are one partner).
std::string lower_case(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string percent(BasisPoints value) { return format_trimmed(value, 4) + "%"; }

// What keys summing to `sum` (not 100%) miss: "nog 0,5% te verdelen" or "0,5% te veel".
std::string key_gap(BasisPoints sum) {
  return sum < kWhole ? "nog " + percent(kWhole - sum) + " te verdelen" : percent(sum - kWhole) + " te veel";
}

// Collects what is wrong, field by field, so that the form shows every problem at once.
struct Reader {
  std::vector<FormProblem>& problems;

  void refuse(std::string field, std::string message) {
    problems.push_back({std::move(field), std::move(message)});
  }

  // A number as a value field of the registry reads it (its unit, decimals and range).
  std::optional<std::int64_t> number(const std::string& field, const std::string& place,
                                     std::string_view text, TableId table_id, std::string_view key) {
    const TableDef& t = table(table_id);
    const Column& c = t.columns[*column_index(t, key)];
    if (text.find_first_not_of(" \t") == std::string_view::npos) {
      refuse(field, place + ": vul een waarde in");
      return std::nullopt;
    }
    Result<Entry> read = read_entry(text, c, std::nullopt);
    if (!read) {
      refuse(field, place + ": " + read.message());
      return std::nullopt;
    }
    if (!read->value) {
      refuse(field, place + ": vul een waarde in");
      return std::nullopt;
    }
    return read->value;
  }

  // A name: one line, not empty, not used twice in its list.
  std::string name(const std::string& field, const std::string& place, std::string_view text,
                   std::set<std::string>& seen) {
    std::string trimmed(text);
    trimmed.erase(0, trimmed.find_first_not_of(" \t"));
    trimmed.erase(trimmed.find_last_not_of(" \t") + 1);
    if (trimmed.empty())
      refuse(field, place + ": vul een naam in");
    else if (const std::string problem = text_problem(trimmed, false); !problem.empty())
      refuse(field, place + ": " + problem);
    else if (!seen.insert(lower_case(trimmed)).second)
      refuse(field, place + ": '" + trimmed + "' staat er al");
    return trimmed;
  }
};

// An id made from a name, as the files write them: "Toezicht Wonen" -> "toezicht-wonen".
std::string id_from(std::string_view name, std::set<std::string>& taken, std::string_view fallback) {
  std::string id;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80)
      id += static_cast<char>(std::tolower(u));
    else if (!id.empty() && id.back() != '-')
      id += '-';
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  if (id.empty()) id = fallback;
  std::string unique = id;
  for (int n = 2; !taken.insert(unique).second; ++n) unique = id + "-" + std::to_string(n);
  return unique;
}

void own(Provenance& source, std::initializer_list<const char*> fields, std::string_view date) {
  for (const char* f : fields) source.own_input[f] = std::string(date);
}

} // namespace

NewProgramme make_new_programme(const NewProgrammeForm& form, std::string_view iso_date) {
  NewProgramme out;
  Reader read{out.problems};
  Programme& p = out.programme;
  std::set<std::string> municipality_seen;
  p.municipality = read.name("gemeente", "Gemeente", form.municipality, municipality_seen);
  if (const auto year = read.number("jaar", "Jaar", form.year, TableId::Meta, "jaar"))
    p.year = static_cast<int>(*year);
  p.title = "Uitvoeringsprogramma VTH " + (p.year ? std::to_string(p.year) : std::string());

  if (const auto hours = read.number("productieve_uren", "Productieve uren per fte", form.productive_hours,
                                     TableId::Settings, "productieve_uren_per_fte"))
    p.settings.productive_hours_per_fte = *hours;
  if (const auto rate =
          read.number("uurtarief", "ODT-uurtarief", form.hourly_rate, TableId::Settings, "odt_uurtarief"))
    p.settings.odt_hourly_rate = *rate;
  own(p.settings.source, {"productieve_uren_per_fte", "odt_uurtarief"}, iso_date);

  if (form.departments.empty()) read.refuse("afdelingen", "Afdelingen: geef ten minste één afdeling");
  std::set<std::string> names, ids;
  for (std::size_t i = 0; i < form.departments.size(); ++i) {
    const auto& d = form.departments[i];
    const std::string at = "afdelingen/" + std::to_string(i) + "/";
    const std::string place = "Afdeling " + std::to_string(i + 1);
    Department dept;
    dept.name = read.name(at + "naam", place + ", naam", d.name, names);
    if (const auto fte = read.number(at + "beschikbare_fte", place + ", beschikbare fte", d.fte,
                                     TableId::Departments, "beschikbare_fte"))
      dept.available_fte = *fte;
    dept.id = id_from(dept.name, ids, "afdeling-" + std::to_string(i + 1));
    own(dept.source, {"naam", "beschikbare_fte"}, iso_date);
    p.departments.push_back(std::move(dept));
  }

  // The regional split: the municipality is always a partner (its own share); alone it takes 100%.
  std::set<std::string> partner_names{lower_case(p.municipality)}, partner_ids;
  Partner self;
  self.name = p.municipality;
  self.id = id_from(p.municipality, partner_ids, "gemeente");
  self.key = kWhole;
  own(self.source, {"naam", "sleutel"}, iso_date);
  p.regional.own_partner = self.id;
  if (!form.with_partners) {
    p.regional.partners.push_back(std::move(self));
  } else {
    if (form.partners.size() < 2)
      read.refuse("partners", "Partners: geef de andere partners, of kies 'alleen eigen deel'");
    BasisPoints sum = 0;
    bool all_read = true;
    for (std::size_t i = 0; i < form.partners.size(); ++i) {
      const auto& fp = form.partners[i];
      const std::string at = "partners/" + std::to_string(i) + "/";
      const std::string place =
          i == 0 ? "Verdeelsleutel " + p.municipality : "Partner " + std::to_string(i + 1);
      Partner partner = i == 0 ? self : Partner{};
      if (i > 0) {
        partner.name = read.name(at + "naam", place + ", naam", fp.name, partner_names);
        partner.id = id_from(partner.name, partner_ids, "partner-" + std::to_string(i + 1));
        own(partner.source, {"naam", "sleutel"}, iso_date);
      }
      const auto key = read.number(at + "sleutel", i == 0 ? place : place + ", verdeelsleutel", fp.key,
                                   TableId::Partners, "sleutel");
      all_read = all_read && key;
      partner.key = key.value_or(0);
      sum += partner.key;
      p.regional.partners.push_back(std::move(partner));
    }
    if (all_read && form.partners.size() >= 2 && sum != kWhole)
      read.refuse("partners", "Verdeelsleutels: samen " + percent(sum) + ", " + key_gap(sum) +
                                  "; ze moeten samen precies 100% zijn");
  }
  give_row_ids(p);
  return out;
}

std::string partner_key_summary(const NewProgrammeForm& form) {
  if (!form.with_partners) return {};
  const TableDef& t = table(TableId::Partners);
  const Column& c = t.columns[*column_index(t, "sleutel")];
  BasisPoints sum = 0;
  for (const auto& partner : form.partners) {
    if (partner.key.find_first_not_of(" \t") == std::string::npos) continue; // not typed yet: counts as 0
    Result<Entry> read = read_entry(partner.key, c, std::nullopt);
    if (!read || !read->value) return {};
    sum += *read->value;
  }
  if (sum == kWhole) return "samen 100%";
  return "samen " + percent(sum) + ": " + key_gap(sum);
}

} // namespace vth
