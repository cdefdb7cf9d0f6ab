#include "next_year.hpp"

#include "core/fields/registry.hpp"

namespace vth {
namespace {

void carry(Provenance& source, const std::string& from) {
  source.section.clear();
  source.line = 0;
  source.carried_from = from;
  source.own_input.clear(); // last year's typing is now simply last year's value
}

} // namespace

std::string programme_name(const Programme& p) {
  const std::string place = p.municipality + " " + std::to_string(p.year);
  return p.title.empty() ? place : p.title + " (" + place + ")";
}

Programme next_year(const Programme& p) {
  Programme next = p; // shares its rows until each is marked below
  const std::string from = programme_name(p);
  const std::string year = std::to_string(p.year), following = std::to_string(p.year + 1);
  next.year = p.year + 1;
  if (const auto at = next.title.rfind(year); at != std::string::npos)
    next.title.replace(at, year.size(), following);
  else
    next.title += " " + following;
  next.source_document.clear();
  next.source_file.clear();
  next.previous_programme = from;

  // Totals the source printed were checks against that document, not values.
  for (auto& total : next.odt.printed_part_totals) total.reset();
  next.odt.printed_local_projects_total.reset();
  next.regional.printed_projects_total.reset();
  next.regional.printed_projects_own.reset();
  next.regional.printed_services_total.reset();
  next.regional.printed_services_own.reset();
  next.energy.printed_total.reset();
  next.spuk.printed_total.reset();
  // The notes are about last year's document.
  next.source_notes = {};

  for (const TableDef& t : tables()) {
    if (!t.edit_source || t.id == TableId::SourceNotes) continue;
    const std::size_t parents = t.parent_count(next);
    for (std::size_t g = 0; g < parents; ++g)
      for (std::size_t i = 0, n = t.count(next, g); i < n; ++i) {
        void* row = t.edit(next, RowPos{g, i});
        carry(t.edit_source(row), from);
      }
  }
  carry(next.protocol.source, from);
  carry(next.goal_columns_source, from);

  for (std::size_t part = 0; part < 4; ++part)
    for (std::size_t i = 0; i < next.odt.parts[part].size(); ++i)
      next.odt.parts[part].edit(i).printed_hours.reset();
  for (EnergyTable* table : {&next.energy, &next.spuk})
    for (std::size_t i = 0; i < table->lines.size(); ++i) {
      EnergyLine& line = table->lines.edit(i);
      line.printed_cost.reset();
      // The printed hours are a check where kental × aantal gives them; otherwise they are the value.
      if (line.hours_per_item && line.count) line.hours.reset();
    }
  return next;
}

} // namespace vth
