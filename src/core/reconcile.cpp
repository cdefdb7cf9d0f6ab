#include "reconcile.hpp"

#include "dutch_format.hpp"

#include <string_view>
#include <unordered_map>

namespace vth {
namespace {

std::string hours_text(MilliHours h) {
  // Whole hours as the source prints them; decimals only when there are any.
  return format_hours(h, h % 1000 == 0 ? 0 : (h % 100 == 0 ? 1 : 3)) + " uur";
}

std::string euro_text(Cents c) { return format_euro(c, c % 100 == 0 ? 0 : 2); }

struct Reporter {
  std::vector<Finding>& out;

  void add(const char* kind, const std::string& pointer, const Provenance& src, const std::string& message) {
    out.push_back({kind, pointer, src.section, src.line, message});
  }
  void hours(const std::string& pointer, const Provenance& src, const std::string& what, MilliHours computed,
             MilliHours printed) {
    if (computed == printed) return;
    add("afwijking", pointer, src,
        what + ": berekend " + hours_text(computed) + ", de bron drukt " + hours_text(printed) +
            " (verschil " + hours_text(computed - printed) + ")");
  }
  void cost(const std::string& pointer, const Provenance& src, const std::string& what, Cents computed,
            Cents printed) {
    if (computed == printed) return;
    add("afwijking", pointer, src,
        what + ": berekend " + euro_text(computed) + ", de bron drukt " + euro_text(printed) + " (verschil " +
            euro_text(computed - printed) + ")");
  }
};

// PDC codes of the ODT: A1 = vergunningen, A2 = toezicht, A3 = handhaving, A4 = advies.
char expected_code_digit(OdtPart part) { return static_cast<char>('1' + static_cast<int>(part)); }

std::string odt_pointer(OdtPart part, std::size_t i) {
  return std::string("/odt/") + odt_part_key(part) + "/" + std::to_string(i);
}

void reconcile_odt(const Programme& p, const Results& r, Reporter& rep) {
  for (OdtPart part : kOdtParts) {
    const int k = static_cast<int>(part);
    const auto& lines = p.odt.parts[k];
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto& l = lines[i];
      // Strings are built only for a line that differs: this loop runs per edit.
      if (l.printed_hours && *l.printed_hours != r.odt.line_hours[k][i])
        rep.hours(odt_pointer(part, i) + "/gedrukt_totaal", l.source,
                  std::string(odt_part_name(part)) + " " + l.code + " " + l.product + " (" +
                      format_hours(l.count, 0) + " × " + hours_text(l.hours_per_item) + ")",
                  r.odt.line_hours[k][i], *l.printed_hours);
    }
    if (const auto& t = p.odt.printed_part_totals[k])
      rep.hours(std::string("/odt/gedrukte_totalen/") + odt_part_key(part) + "/uren", t->source,
                std::string("Totaal ") + odt_part_name(part), r.odt.parts[static_cast<std::size_t>(k)].hours,
                t->hours);
  }
  if (const auto& t = p.odt.printed_local_projects_total) {
    MilliHours sum = 0;
    for (const auto& h : p.odt.local_projects) sum += h.hours;
    rep.hours("/odt/gedrukt_totaal_lokale_projecten/uren", t->source, "Totaal lokale projecten", sum,
              t->hours);
  }
}

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
      if (!inserted)
        rep.add("dubbele-code", odt_pointer(part, i) + "/code", l.source,
                "Code " + l.code + " (" + l.product + ") staat ook op " +
                    odt_pointer(kOdtParts[it->second.first], it->second.second) +
                    "; een PDC-code hoort één product aan te duiden");
      if (l.code.size() >= 2 && l.code[0] == 'A' && l.code[1] >= '1' && l.code[1] <= '4' &&
          l.code[1] != expected_code_digit(part))
        rep.add("code-buiten-tabel", odt_pointer(part, i) + "/code", l.source,
                "Code " + l.code + " (" + l.product + ") staat in de tabel " + odt_part_name(part) +
                    ", maar codes daar beginnen met A" + expected_code_digit(part));
    }
  }
}

void reconcile_pool(const std::vector<RegionalItem>& items, const PoolSplit& split, BasisPoints own_key,
                    const std::optional<PrintedTotal>& printed_total,
                    const std::optional<PrintedTotal>& printed_own, const std::string& name,
                    const std::string& key, Reporter& rep) {
  if (printed_total) {
    MilliHours all = 0;
    for (const auto& it : items) all += it.hours.value_or(0);
    rep.hours("/regionaal/gedrukt/" + key + "_totaal/uren", printed_total->source, "Totaal " + name, all,
              printed_total->hours);
  }
  if (!printed_own || !split.computed || split.own_hours * 1000 == printed_own->hours) return;
  const std::string pointer = "/regionaal/gedrukt/" + key + "_eigen/uren";
  // The source rounds the own share on its own; the split hands out whole hours
  // so that all partners together get exactly the total. Say so when that is all.
  const MilliHours exact = mul_div_round(split.total_hours * 1000, own_key, kWhole).value_or(0);
  if (div_round(exact, 1000) * 1000 == printed_own->hours) {
    rep.add("afronding", pointer, printed_own->source,
            "Eigen deel " + name + ": " + hours_text(split.own_hours * 1000) +
                " na verdeling met de grootste-"
                "restmethode (alle partners samen precies " +
                hours_text(split.total_hours * 1000) + "); exact " + format_hours(exact, 2) +
                " uur, dat de bron los afrondt op " + hours_text(printed_own->hours));
    return;
  }
  rep.hours(pointer, printed_own->source, "Eigen deel " + name, split.own_hours * 1000, printed_own->hours);
}

void reconcile_regional(const Programme& p, const Results& r, Reporter& rep) {
  const auto& reg = p.regional;
  if (!reg.partners.empty() && r.regional.key_sum != kWhole)
    rep.add("sleutels", "/regionaal/partners", {},
            "De verdeelsleutels tellen op tot " + format_percent(r.regional.key_sum, 4) +
                " in plaats van 100%; de regionale verdeling is daarom niet berekend");
  BasisPoints own_key = 0;
  for (const auto& partner : reg.partners)
    if (partner.id == reg.own_partner) own_key = partner.key;
  reconcile_pool(reg.projects, r.regional.projects, own_key, reg.printed_projects_total,
                 reg.printed_projects_own, "regionale projecten", "projecten", rep);
  reconcile_pool(reg.services, r.regional.services, own_key, reg.printed_services_total,
                 reg.printed_services_own, "regionale diensten", "diensten", rep);
}

void reconcile_energy(const EnergyTable& table, const EnergyResult& result, const std::string& base,
                      const std::string& name, Reporter& rep) {
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    const auto& l = table.lines[i];
    const auto& lr = result.lines[i];
    const std::string ptr = base + "/regels/" + std::to_string(i);
    const std::string label = name + " " + l.product;
    if (l.hours_per_item && l.count && l.hours)
      rep.hours(ptr + "/uren", l.source,
                label + " (" + format_hours(*l.count, 0) + " × " + hours_text(*l.hours_per_item) + ")",
                lr.hours, *l.hours);
    if (l.printed_cost) rep.cost(ptr + "/kosten", l.source, label + " kosten", lr.cost, *l.printed_cost);
  }
  if (const auto& t = table.printed_total) {
    rep.hours(base + "/gedrukt_totaal/uren", t->source, "Totaal " + name, result.hours, t->hours);
    if (t->cost)
      rep.cost(base + "/gedrukt_totaal/kosten", t->source, "Totale kosten " + name, result.cost, *t->cost);
  }
}

} // namespace

std::vector<Finding> reconcile(const Programme& p, const Results& r) {
  std::vector<Finding> out;
  Reporter rep{out};
  reconcile_odt(p, r, rep);
  reconcile_regional(p, r, rep);
  reconcile_energy(p.energy, r.energy, "/energie", "Energie", rep);
  reconcile_energy(p.spuk, r.spuk, "/spuk_the", "SPUK THE", rep);
  return out;
}

std::vector<Finding> structural_findings(const Programme& p) {
  std::vector<Finding> out;
  Reporter rep{out};
  check_odt_codes(p, rep);
  for (const auto& note : p.source_notes) rep.add("bron", note.pointer, note.source, note.text);
  return out;
}

} // namespace vth
