#include "provenance_walk.hpp"

namespace vth {
namespace {

template <typename T>
void visit_list(const std::vector<T>& items, const std::string& base, const ProvenanceVisitor& visit) {
  for (std::size_t i = 0; i < items.size(); ++i) visit(base + "/" + std::to_string(i), items[i].source);
}

void visit_printed(const std::optional<PrintedTotal>& t, const std::string& ptr,
                   const ProvenanceVisitor& visit) {
  if (t) visit(ptr, t->source);
}

} // namespace

void for_each_provenance(const Programme& p, const ProvenanceVisitor& visit) {
  visit("/instellingen", p.settings.source);
  visit_list(p.departments, "/afdelingen", visit);
  visit_list(p.work, "/werk", visit);
  for (OdtPart part : kOdtParts) {
    const std::string key = odt_part_key(part);
    visit_list(p.odt.parts[static_cast<int>(part)], "/odt/" + key, visit);
    visit_printed(p.odt.printed_part_totals[static_cast<int>(part)], "/odt/gedrukte_totalen/" + key, visit);
  }
  visit_list(p.odt.local_projects, "/odt/lokale_projecten", visit);
  visit_printed(p.odt.printed_local_projects_total, "/odt/gedrukt_totaal_lokale_projecten", visit);
  visit_list(p.odt.work_stock, "/odt/werkvoorraad", visit);
  visit_list(p.regional.projects, "/regionaal/projecten", visit);
  visit_list(p.regional.services, "/regionaal/diensten", visit);
  visit_list(p.regional.partners, "/regionaal/partners", visit);
  visit_printed(p.regional.printed_projects_total, "/regionaal/gedrukt/projecten_totaal", visit);
  visit_printed(p.regional.printed_projects_own, "/regionaal/gedrukt/projecten_eigen", visit);
  visit_printed(p.regional.printed_services_total, "/regionaal/gedrukt/diensten_totaal", visit);
  visit_printed(p.regional.printed_services_own, "/regionaal/gedrukt/diensten_eigen", visit);
  visit_list(p.energy.lines, "/energie/regels", visit);
  visit_printed(p.energy.printed_total, "/energie/gedrukt_totaal", visit);
  visit_list(p.spuk.lines, "/spuk_the/regels", visit);
  visit_printed(p.spuk.printed_total, "/spuk_the/gedrukt_totaal", visit);
  visit("/toezichtprotocol", p.protocol.source);
  for (std::size_t g = 0; g < p.protocol.groups.size(); ++g)
    visit_list(p.protocol.groups[g].items, "/toezichtprotocol/onderdelen/" + std::to_string(g) + "/items",
               visit);
  visit("/doelen", p.goal_columns_source);
  for (std::size_t g = 0; g < p.goals.size(); ++g) {
    const std::string base = "/doelen/lijst/" + std::to_string(g);
    visit(base, p.goals[g].source);
    visit_list(p.goals[g].activities, base + "/activiteiten", visit);
  }
  visit_list(p.vrt_focus, "/vrt_focuspunten", visit);
}

} // namespace vth
