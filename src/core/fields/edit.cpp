#include "edit.hpp"

#include "dutch_number.hpp"
#include "specs.hpp"

#include <charconv>
#include <vector>

namespace vth {
namespace {

using namespace specs;

struct Slot {
  std::int64_t* plain = nullptr;
  std::optional<std::int64_t>* optional = nullptr;
  FixedSpec spec{};
  bool whole_hours = false;
  std::string missing; // why there is no such field, when both pointers are null
};

std::vector<std::string_view> split_pointer(std::string_view p) {
  std::vector<std::string_view> parts;
  if (p.empty() || p[0] != '/') return parts;
  std::size_t start = 1;
  while (true) {
    const std::size_t slash = p.find('/', start);
    parts.push_back(p.substr(start, slash == std::string_view::npos ? p.npos : slash - start));
    if (slash == std::string_view::npos) return parts;
    start = slash + 1;
  }
}

template <typename T> T* at(std::vector<T>& items, std::string_view token) {
  std::size_t index = 0;
  const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
  if (ec != std::errc() || end != token.data() + token.size() || index >= items.size()) return nullptr;
  return &items[index];
}

Slot plain(std::int64_t& v, const FixedSpec& spec) { return Slot{&v, nullptr, spec, false, {}}; }
Slot optional(std::optional<std::int64_t>& v, const FixedSpec& spec) {
  return Slot{nullptr, &v, spec, false, {}};
}
Slot none(std::string why) { return Slot{nullptr, nullptr, {}, false, std::move(why)}; }

Slot work_field(WorkLine& w, std::string_view f) {
  auto kind_check = [&](WorkKind kind, Slot s) {
    return w.kind == kind ? s : none("deze regel is van soort '" + std::string(work_kind_key(w.kind)) + "'");
  };
  if (f == "aantal") return kind_check(WorkKind::Count, plain(w.count, kCount));
  if (f == "kental") return kind_check(WorkKind::Count, plain(w.hours_per_item, kHoursPerItem));
  if (f == "fte") return kind_check(WorkKind::Fte, plain(w.fte, kFte));
  if (f == "uren") return kind_check(WorkKind::Hours, plain(w.hours, kHours));
  if (f == "percentage") return kind_check(WorkKind::Percentage, plain(w.percentage, kPercentage));
  return none("geen bewerkbaar getal");
}

Slot energy_field(EnergyTable& t, const std::vector<std::string_view>& k) {
  if (k.size() != 4 || k[1] != "regels") return none("geen bewerkbaar getal");
  EnergyLine* l = at(t.lines, k[2]);
  if (!l) return none("regel bestaat niet");
  if (k[3] == "kental") return optional(l->hours_per_item, kHoursPerItem);
  if (k[3] == "aantal") return optional(l->count, kCount);
  if (k[3] == "uren") return optional(l->hours, kHours);
  if (k[3] == "kosten_zonder_uren") return optional(l->cost_without_hours, kEuros);
  return none("geen bewerkbaar getal");
}

Slot resolve(Programme& p, std::string_view pointer) {
  const auto k = split_pointer(pointer);
  if (k.empty()) return none("geen geldige JSON-pointer");
  if (k[0] == "instellingen" && k.size() == 2) {
    if (k[1] == "productieve_uren_per_fte")
      return plain(p.settings.productive_hours_per_fte, kProductiveHours);
    if (k[1] == "odt_uurtarief") return plain(p.settings.odt_hourly_rate, kRate);
  }
  if (k[0] == "afdelingen" && k.size() == 3 && k[2] == "beschikbare_fte") {
    if (Department* d = at(p.departments, k[1])) return plain(d->available_fte, kFte);
    return none("afdeling bestaat niet");
  }
  if (k[0] == "werk" && k.size() == 3) {
    if (WorkLine* w = at(p.work, k[1])) return work_field(*w, k[2]);
    return none("werkregel bestaat niet");
  }
  if (k[0] == "odt" && k.size() == 4) {
    for (OdtPart part : kOdtParts) {
      if (k[1] != odt_part_key(part)) continue;
      OdtLine* l = at(p.odt.parts[static_cast<int>(part)], k[2]);
      if (!l) return none("regel bestaat niet");
      if (k[3] == "aantal") return plain(l->count, kCount);
      if (k[3] == "kental") return plain(l->hours_per_item, kHoursPerItem);
      return none("geen bewerkbaar getal");
    }
    if ((k[1] == "lokale_projecten" || k[1] == "werkvoorraad") && k[3] == "uren") {
      HoursItem* h = at(k[1] == "werkvoorraad" ? p.odt.work_stock : p.odt.local_projects, k[2]);
      if (h) return plain(h->hours, kHours);
      return none("regel bestaat niet");
    }
  }
  if (k[0] == "regionaal" && k.size() == 4) {
    if ((k[1] == "projecten" || k[1] == "diensten") && k[3] == "uren") {
      RegionalItem* it = at(k[1] == "projecten" ? p.regional.projects : p.regional.services, k[2]);
      if (!it) return none("regel bestaat niet");
      Slot s = optional(it->hours, kHours);
      s.whole_hours = true;
      return s;
    }
    if (k[1] == "partners" && k[3] == "sleutel") {
      if (Partner* x = at(p.regional.partners, k[2])) return plain(x->key, kPercentage);
      return none("partner bestaat niet");
    }
  }
  if (k[0] == "energie") return energy_field(p.energy, k);
  if (k[0] == "spuk_the") return energy_field(p.spuk, k);
  return none("geen bewerkbaar getal");
}

} // namespace

std::optional<FieldInfo> find_field(const Programme& programme, std::string_view pointer) {
  // resolve() only takes addresses; nothing is written through them here.
  const Slot s = resolve(const_cast<Programme&>(programme), pointer);
  if (!s.plain && !s.optional) return std::nullopt;
  FieldInfo info{s.spec, s.optional != nullptr, s.whole_hours, {}};
  info.value = s.plain ? std::optional<std::int64_t>(*s.plain) : *s.optional;
  return info;
}

std::optional<std::string> check_field(const Programme& programme, std::string_view pointer,
                                       std::optional<std::int64_t> value) {
  // resolve() only takes addresses; nothing is written through them here.
  const Slot s = resolve(const_cast<Programme&>(programme), pointer);
  if (!s.plain && !s.optional) return s.missing;
  if (!value) return s.optional ? std::nullopt : std::optional<std::string>("vul een getal in");
  std::string why = range_error(*value, s.spec);
  if (!why.empty()) return why;
  if (s.whole_hours && *value % 1000 != 0) return std::string("moet een heel aantal uren zijn");
  return std::nullopt;
}

std::optional<std::string> set_field(Programme& programme, std::string_view pointer,
                                     std::optional<std::int64_t> value) {
  if (auto refused = check_field(programme, pointer, value)) return refused;
  const Slot s = resolve(programme, pointer);
  if (!value)
    *s.optional = std::nullopt;
  else if (s.plain)
    *s.plain = *value;
  else
    *s.optional = *value;
  return std::nullopt;
}

std::optional<std::string> set_field_text(Programme& programme, std::string_view pointer,
                                          std::string_view text) {
  const auto field = find_field(programme, pointer);
  if (!field) return set_field(programme, pointer, std::nullopt); // reports why there is no field
  if (text.find_first_not_of(" \t") == std::string_view::npos && field->may_be_empty)
    return set_field(programme, pointer, std::nullopt);
  const auto parsed = parse_dutch_number(text, field->spec.decimals);
  if (const auto* error = std::get_if<NumberError>(&parsed)) return error->message;
  return set_field(programme, pointer, std::get<std::int64_t>(parsed));
}

} // namespace vth
