#include "synthetic.hpp"

#include "core/engine/split.hpp"

#include <random>
#include <string>

namespace vth {

Programme make_synthetic_programme(std::size_t lines, std::size_t partners, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto pick = [&](std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
  };
  Programme p;
  p.municipality = "Synthetische gemeente";
  p.year = 2025;
  p.title = "Synthetisch programma met " + std::to_string(lines) + " regels";
  p.source_document = "gegenereerd door VTH-planner (benchmark)";
  p.settings.productive_hours_per_fte = 1'300'000;
  p.settings.odt_hourly_rate = 11'099;
  const char* names[] = {"Bestemmen", "Vergunnen", "Handhaven Bouwen Milieu", "Handhaven Openbare Ruimte",
                         "Staf"};
  for (int d = 0; d < 5; ++d)
    p.departments.push_back(
        {static_cast<RowId>(d + 1), "d" + std::to_string(d), names[d], pick(5, 80) * 1000, {}});

  const std::size_t work_lines = lines * 6 / 10;
  p.work.reserve(work_lines);
  for (std::size_t i = 0; i < work_lines; ++i) {
    WorkLine w;
    w.row_id = static_cast<RowId>(i + 1);
    w.id = "w" + std::to_string(i);
    w.department = "d" + std::to_string(i % 5);
    w.group = "Groep " + std::to_string(i % 37);
    w.description = "Werkzaamheid " + std::to_string(i);
    const auto kind = rng() % 20;
    if (kind == 0) {
      w.kind = WorkKind::Fte;
      w.fte = pick(1, 3000);
    } else if (kind == 1) {
      w.kind = WorkKind::Hours;
      w.hours = pick(1, 500) * 1000;
    } else {
      w.kind = WorkKind::Count;
      w.count = pick(0, 2000) * 1000;
      w.hours_per_item = pick(1, 400) * 250; // quarter hours
    }
    w.source.section = "synthetisch";
    w.source.line = static_cast<int>(i + 1);
    if (i % 3 == 0) w.source.assumptions["kental"] = "synthetisch";
    p.work.push_back(std::move(w));
  }
  for (std::size_t i = work_lines; i < lines; ++i) {
    OdtLine l;
    const int part = static_cast<int>(i % 4);
    l.row_id = static_cast<RowId>(p.odt.parts[part].size() + 1);
    l.code = "A" + std::to_string(part + 1) + "." + std::to_string(i);
    l.product = "Product " + std::to_string(i);
    l.count = pick(0, 500) * 1000;
    l.hours_per_item = pick(1, 60) * 1000;
    if (i % 2) l.printed_hours = l.count / 1000 * l.hours_per_item;
    p.odt.parts[part].push_back(std::move(l));
  }
  for (int i = 0; i < 12; ++i)
    p.regional.projects.push_back({static_cast<RowId>(i + 1),
                                   "OD" + std::to_string(i + 1),
                                   "Project " + std::to_string(i + 1),
                                   "",
                                   pick(0, 2000) * 1000,
                                   i % 6 == 5 ? Financing::External : Financing::SharedKey,
                                   "",
                                   "",
                                   {}});
  for (int i = 0; i < 9; ++i)
    p.regional.services.push_back({static_cast<RowId>(i + 1),
                                   std::to_string(i + 1),
                                   "Dienst " + std::to_string(i + 1),
                                   "",
                                   pick(0, 3000) * 1000,
                                   Financing::SharedKey,
                                   "",
                                   "",
                                   {}});
  std::vector<std::int64_t> weights;
  for (std::size_t i = 0; i < partners; ++i) weights.push_back(pick(1, 100));
  const auto keys = split_largest_remainder(kWhole, weights).value_or(std::vector<std::int64_t>(partners, 0));
  for (std::size_t i = 0; i < partners; ++i)
    p.regional.partners.push_back(
        {static_cast<RowId>(i + 1), "p" + std::to_string(i), "Partner " + std::to_string(i), keys[i], {}});
  if (partners > 0) p.regional.own_partner = "p0";
  return p;
}

} // namespace vth
