// Every figure the source prints is compared: with what the inputs give
// (afwijking, afronding), and a printed total also with the printed lines it
// totals (optelling). The rules, the pointers and the order of the findings
// are those of docs/calculation-rules.md; tests/oracle/ implements them a
// second time, from that document, and a differential test compares the two.

#include "reconcile.hpp"

#include "core/fields/field_pointer.hpp"
#include "core/model/dutch_format.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace vth {
namespace {

std::string hours_text(MilliHours h) {
  // Whole hours as the source prints them; decimals only when there are any.
  return format_hours(h, h % 1000 == 0 ? 0 : (h % 100 == 0 ? 1 : 3)) + " uur";
}

std::string euro_text(Cents c) { return format_euro(c, c % 100 == 0 ? 0 : 2); }

std::string amount_text(Finding::Unit unit, std::int64_t v) {
  return unit == Finding::Unit::Hours ? hours_text(v) : euro_text(v);
}

// One line of a table with a printed total: its computed value, its printed
// value (if the source prints one), and how to name it.
struct Line {
  std::string pointer;
  std::string label;
  std::int64_t computed = 0;
  std::optional<std::int64_t> printed;
};

// A printed figure and what it is compared with.
struct Printed {
  std::string pointer;
  const Provenance* source;
  std::string what; // "Totaal Toezicht", ...
  Finding::Unit unit;
  std::int64_t value;
};

std::int64_t magnitude(std::int64_t v) { return v < 0 ? -v : v; }

// An exact share (numerator over kWhole, in whole hours or cents) to two more decimals.
std::string exact_text(Finding::Unit unit, Int128 numerator) {
  const auto hundredths = static_cast<std::int64_t>(div_round_128(numerator * 100, kWhole));
  return unit == Finding::Unit::Hours ? format_fixed(hundredths, 2, 2) + " uur"
                                      : "€ " + format_fixed(hundredths, 4, 4);
}

// The lines whose value (computed or printed) is exactly the difference.
std::vector<const Line*> explaining(const std::vector<Line>& lines, std::int64_t difference, bool printed) {
  std::vector<const Line*> out;
  if (difference == 0) return out;
  for (const auto& l : lines) {
    const std::optional<std::int64_t> v = printed ? l.printed : std::optional<std::int64_t>(l.computed);
    if (v && *v == magnitude(difference)) out.push_back(&l);
  }
  return out;
}

// "; het verschil is precies de regel A3.02.05 Controle (120 uur)".
std::string explanation(const std::vector<const Line*>& lines, Finding::Unit unit, std::int64_t difference) {
  if (lines.empty()) return {};
  const std::string value = amount_text(unit, magnitude(difference));
  if (lines.size() == 1)
    return "; het verschil is precies de regel " + lines.front()->label + " (" + value + ")";
  std::string names;
  const std::size_t shown = std::min<std::size_t>(lines.size(), 3);
  for (std::size_t i = 0; i < shown; ++i) names += (i == 0 ? "" : ", ") + lines[i]->label;
  if (lines.size() > shown) names += " en " + std::to_string(lines.size() - shown) + " andere";
  return "; het verschil is precies één van de regels " + names + " (elk " + value + ")";
}

struct Reporter {
  std::vector<Finding>& out;

  void add(const char* kind, const std::string& pointer, const Provenance& src, const std::string& message) {
    out.push_back({kind, pointer, src.section, src.line, message, Finding::Unit::None, 0, 0, {}});
  }

  Finding& compared(const char* kind, const Printed& p, std::int64_t computed, const std::string& message,
                    const std::vector<const Line*>& lines = {}) {
    Finding f{kind, p.pointer, p.source->section, p.source->line, message, p.unit, computed, p.value, {}};
    for (const Line* l : lines) f.explaining.push_back(l->pointer);
    out.push_back(std::move(f));
    return out.back();
  }

  // afwijking: the printed figure against the computed one.
  void deviation(const Printed& p, std::int64_t computed, const std::vector<Line>& lines = {}) {
    if (computed == p.value) return;
    const auto why = explaining(lines, computed - p.value, false);
    compared("afwijking", p, computed,
             p.what + ": berekend " + amount_text(p.unit, computed) + ", de bron drukt " +
                 amount_text(p.unit, p.value) + " (verschil " + amount_text(p.unit, computed - p.value) +
                 ")" + explanation(why, p.unit, computed - p.value),
             why);
  }

  // optelling: the printed total against the printed lines, when every line
  // has one and the afwijking does not already say the same.
  void addition(const Printed& p, std::int64_t computed, const std::vector<Line>& lines) {
    if (lines.empty()) return;
    std::int64_t sum = 0;
    for (const auto& l : lines) {
      if (!l.printed) return;
      sum += *l.printed;
    }
    if (sum == p.value || sum == computed) return;
    const auto why = explaining(lines, sum - p.value, true);
    compared("optelling", p, sum,
             p.what + ": de gedrukte regels tellen op tot " + amount_text(p.unit, sum) +
                 ", het gedrukte totaal is " + amount_text(p.unit, p.value) + " (verschil " +
                 amount_text(p.unit, sum - p.value) + ")" + explanation(why, p.unit, sum - p.value),
             why);
  }

  void total(const Printed& p, std::int64_t computed, const std::vector<Line>& lines, bool with_addition) {
    deviation(p, computed, lines);
    if (with_addition) addition(p, computed, lines);
  }
};

std::optional<Printed> printed_hours(const std::optional<PrintedTotal>& t, PrintedSlot slot,
                                     const std::string& what) {
  if (!t || !t->hours) return std::nullopt;
  return Printed{printed_pointer(slot, "uren"), &t->source, what, Finding::Unit::Hours, *t->hours};
}

std::optional<Printed> printed_cost(const std::optional<PrintedTotal>& t, PrintedSlot slot,
                                    const std::string& what) {
  if (!t || !t->cost) return std::nullopt;
  return Printed{printed_pointer(slot, "kosten"), &t->source, what, Finding::Unit::Money, *t->cost};
}

std::string odt_pointer(OdtPart part, std::size_t i) { return row_pointer(odt_table(part), {0, i}); }

void reconcile_odt(const Programme& p, const Results& r, Reporter& rep) {
  for (OdtPart part : kOdtParts) {
    const int k = static_cast<int>(part);
    const auto& lines = p.odt.parts[k];
    const auto& hours = r.odt.line_hours[k];
    const std::string name = odt_part_name(part);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto& l = lines[i];
      // Strings are built only for a line that differs: this loop runs per edit.
      if (l.printed_hours && *l.printed_hours != hours[i])
        rep.deviation({field_pointer(odt_table(part), {0, i}, "gedrukt_totaal"), &l.source,
                       name + " " + l.code + " " + l.product + " (" + format_hours(l.count, 0) + " × " +
                           hours_text(l.hours_per_item) + ")",
                       Finding::Unit::Hours, *l.printed_hours},
                      hours[i]);
    }
    const auto& printed = p.odt.printed_part_totals[k];
    const auto base = static_cast<PrintedSlot>(k);
    const OdtPartResult& total = r.odt.parts[static_cast<std::size_t>(k)];
    if (auto ph = printed_hours(printed, base, "Totaal " + name)) {
      std::vector<Line> table;
      table.reserve(lines.size());
      for (std::size_t i = 0; i < lines.size(); ++i)
        table.push_back(
            {odt_pointer(part, i), lines[i].code + " " + lines[i].product, hours[i], lines[i].printed_hours});
      rep.total(*ph, total.hours, table, true);
    }
    if (auto pc = printed_cost(printed, base, "Kosten " + name)) rep.deviation(*pc, total.cost);
  }
}

void reconcile_local_projects(const Programme& p, const Results& r, Reporter& rep) {
  const auto& printed = p.odt.printed_local_projects_total;
  const PrintedSlot base = PrintedSlot::LocalProjects;
  const OdtPartResult* local = nullptr;
  for (const auto& part : r.odt.parts)
    if (part.id == "lokale_projecten") local = &part;
  if (!local) return;
  if (auto ph = printed_hours(printed, base, "Totaal lokale projecten")) {
    std::vector<Line> lines;
    for (std::size_t i = 0; i < p.odt.local_projects.size(); ++i) {
      const auto& h = p.odt.local_projects[i];
      lines.push_back({row_pointer(TableId::LocalProjects, {0, i}), h.name, h.hours, h.hours});
    }
    rep.total(*ph, local->hours, lines, true);
  }
  if (auto pc = printed_cost(printed, base, "Kosten lokale projecten")) rep.deviation(*pc, local->cost);
}

void reconcile_pool(const Rows<RegionalItem>& items, const PoolSplit& split, BasisPoints own_key, Cents rate,
                    const std::optional<PrintedTotal>& printed_total,
                    const std::optional<PrintedTotal>& printed_own, const std::string& name,
                    TableId items_table, PrintedSlot total_slot, PrintedSlot own_slot, Reporter& rep) {
  if (printed_total) {
    // Like with like: the printed total covers the key-financed pot, or all items (omvat).
    std::vector<Line> lines;
    MilliHours sum = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto& it = items[i];
      if (!it.hours || (!printed_total->all_items && it.financing != Financing::SharedKey)) continue;
      lines.push_back({row_pointer(items_table, {0, i}), it.code + " " + it.name, *it.hours, *it.hours});
      sum += *it.hours;
    }
    const std::string what = printed_total->all_items ? "Totaal " + name + " (alle)" : "Totaal " + name;
    if (auto ph = printed_hours(printed_total, total_slot, what)) rep.total(*ph, sum, lines, true);
    if (auto pc = printed_cost(printed_total, total_slot, "Kosten " + name))
      rep.deviation(*pc, mul_div_round(sum, rate, 1000).value_or(0));
  }
  if (!printed_own || !split.computed) return;
  // The source rounds the own share on its own; the split hands out whole units
  // so that all partners together get exactly the total. Say so when that is all.
  const auto own = [&](const std::optional<Printed>& p, std::int64_t split_value, std::int64_t whole,
                       std::int64_t unit) {
    if (!p || p->value == split_value) return;
    const Int128 exact_num = static_cast<Int128>(whole) * own_key; // exact share × kWhole
    const std::int64_t rounded = static_cast<std::int64_t>(div_round_128(exact_num, kWhole)) * unit;
    if (rounded != p->value) return rep.deviation(*p, split_value);
    rep.compared("afronding", *p, split_value,
                 p->what + ": " + amount_text(p->unit, split_value) +
                     " na verdeling met de grootste-restmethode (alle partners samen precies " +
                     amount_text(p->unit, whole * unit) + "); exact " + exact_text(p->unit, exact_num) +
                     ", dat de bron los afrondt op " + amount_text(p->unit, p->value));
  };
  own(printed_hours(printed_own, own_slot, "Eigen deel " + name), split.own_hours * 1000, split.total_hours,
      1000);
  own(printed_cost(printed_own, own_slot, "Eigen deel " + name + ", kosten"), split.own_cost,
      split.total_cost, 1);
}

void reconcile_regional(const Programme& p, const Results& r, Reporter& rep) {
  const auto& reg = p.regional;
  if (!reg.partners.empty() && r.regional.key_sum != kWhole) {
    Provenance where;
    for (const auto& partner : reg.partners)
      if (!partner.source.section.empty()) {
        where = partner.source;
        break;
      }
    rep.add("sleutels", table(TableId::Partners).path, where,
            "De verdeelsleutels tellen op tot " + format_percent(r.regional.key_sum, 4) +
                " in plaats van 100%; de regionale verdeling is daarom niet berekend");
  }
  BasisPoints own_key = 0;
  for (const auto& partner : reg.partners)
    if (partner.id == reg.own_partner) own_key = partner.key;
  const Cents rate = p.settings.odt_hourly_rate;
  reconcile_pool(reg.projects, r.regional.projects, own_key, rate, reg.printed_projects_total,
                 reg.printed_projects_own, "regionale projecten", TableId::RegionalProjects,
                 PrintedSlot::ProjectsTotal, PrintedSlot::ProjectsOwn, rep);
  reconcile_pool(reg.services, r.regional.services, own_key, rate, reg.printed_services_total,
                 reg.printed_services_own, "regionale diensten", TableId::RegionalServices,
                 PrintedSlot::ServicesTotal, PrintedSlot::ServicesOwn, rep);
}

void reconcile_energy(const EnergyTable& energy, const EnergyResult& result, TableId id, PrintedSlot slot,
                      const std::string& name, Reporter& rep) {
  std::vector<Line> hours, costs;
  for (std::size_t i = 0; i < energy.lines.size(); ++i) {
    const auto& l = energy.lines[i];
    const auto& lr = result.lines[i];
    const std::string ptr = row_pointer(id, {0, i});
    const bool computed_hours = l.hours_per_item && l.count;
    const bool cost_only = !l.hours && !l.count;
    if (computed_hours && l.hours)
      rep.deviation({child_pointer(ptr, "uren"), &l.source,
                     name + " " + l.product + " (" + format_hours(*l.count, 0) + " × " +
                         hours_text(*l.hours_per_item) + ")",
                     Finding::Unit::Hours, *l.hours},
                    lr.hours);
    if (l.printed_cost)
      rep.deviation({child_pointer(ptr, "kosten"), &l.source, name + " " + l.product + " kosten",
                     Finding::Unit::Money, *l.printed_cost},
                    lr.cost);
    hours.push_back({ptr, l.product, lr.hours, cost_only ? std::optional<std::int64_t>(0) : l.hours});
    const std::optional<Cents> printed_line_cost = l.printed_cost ? l.printed_cost
                                                   : cost_only    ? l.cost_without_hours
                                                                  : std::nullopt;
    costs.push_back({ptr, l.product, lr.cost, printed_line_cost});
  }
  if (auto ph = printed_hours(energy.printed_total, slot, "Totaal " + name))
    rep.total(*ph, result.hours, hours, true);
  if (auto pc = printed_cost(energy.printed_total, slot, "Totale kosten " + name))
    rep.total(*pc, result.cost, costs, true);
}

// PDC codes of the ODT: A1 = vergunningen, A2 = toezicht, A3 = handhaving, A4 = advies.
char expected_code_digit(OdtPart part) { return static_cast<char>('1' + static_cast<int>(part)); }

void check_odt_codes(const Programme& p, Reporter& rep) {
  std::unordered_map<std::string_view, std::pair<int, std::size_t>> first_seen;
  std::size_t all_lines = 0;
  for (const auto& lines : p.odt.parts) all_lines += lines.size();
  first_seen.reserve(all_lines);
  for (OdtPart part : kOdtParts) {
    const auto& lines = p.odt.parts[static_cast<int>(part)];
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto& l = lines[i];
      auto [it, inserted] = first_seen.try_emplace(l.code, static_cast<int>(part), i);
      if (!inserted) {
        // The other line by what people see of it: its table, place and product.
        const OdtPart other = kOdtParts[it->second.first];
        const OdtLine& first = p.odt.parts[it->second.first][it->second.second];
        rep.add("dubbele-code", field_pointer(odt_table(part), {0, i}, "code"), l.source,
                "Code " + l.code + " (" + l.product + ") staat ook in de tabel " + odt_part_name(other) +
                    ", regel " + std::to_string(it->second.second + 1) + " (" + first.product +
                    "); een PDC-code hoort één product aan te duiden");
      }
      if (l.code.size() >= 2 && l.code[0] == 'A' && l.code[1] >= '1' && l.code[1] <= '4' &&
          l.code[1] != expected_code_digit(part))
        rep.add("code-buiten-tabel", field_pointer(odt_table(part), {0, i}, "code"), l.source,
                "Code " + l.code + " (" + l.product + ") staat in de tabel " + odt_part_name(part) +
                    ", maar codes daar beginnen met A" + expected_code_digit(part));
    }
  }
}

// A department's name as people tell names apart in a table or a list: spaces at either end do not
// count, nor the case of A–Z ("Toezicht " and "toezicht" look like one department).
std::string name_as_seen(std::string_view name) {
  const std::size_t first = name.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  std::string key(name.substr(first, name.find_last_not_of(' ') - first + 1));
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return key;
}

// dubbele-afdeling: the capacity table, the work lines and the department lists show departments
// by name; two with the same name cannot be told apart there (their ids differ, so the file is valid).
// A name still empty (new rows in a scenario, before they are named) is not compared.
void check_department_names(const Programme& p, Reporter& rep) {
  std::unordered_map<std::string, std::size_t> first_seen;
  for (std::size_t i = 0; i < p.departments.size(); ++i) {
    const Department& d = p.departments[i];
    std::string seen = name_as_seen(d.name);
    if (seen.empty()) continue;
    const auto [it, inserted] = first_seen.try_emplace(std::move(seen), i);
    if (inserted) continue;
    const Department& first = p.departments[it->second];
    rep.add("dubbele-afdeling", field_pointer(TableId::Departments, {0, i}, "naam"), d.source,
            "Afdeling '" + d.name + "' (id " + d.id + ") heeft dezelfde naam als afdeling " +
                std::to_string(it->second + 1) + " ('" + first.name + "', id " + first.id +
                ") (hoofdletters en spaties aan begin en eind tellen niet mee); in tabellen en keuzelijsten "
                "zijn ze niet uit elkaar te houden");
  }
}

} // namespace

std::vector<Finding> reconcile(const Programme& p, const Results& r) {
  std::vector<Finding> out;
  Reporter rep{out};
  reconcile_odt(p, r, rep);
  reconcile_local_projects(p, r, rep);
  reconcile_regional(p, r, rep);
  reconcile_energy(p.energy, r.energy, TableId::Energy, PrintedSlot::Energy, "Energie", rep);
  reconcile_energy(p.spuk, r.spuk, TableId::Spuk, PrintedSlot::Spuk, "SPUK THE", rep);
  return out;
}

std::vector<Finding> structural_findings(const Programme& p) {
  std::vector<Finding> out;
  Reporter rep{out};
  check_department_names(p, rep);
  check_odt_codes(p, rep);
  for (const auto& note : p.source_notes) rep.add("bron", note.pointer, note.source, note.text);
  return out;
}

} // namespace vth
