#include "scenario.hpp"

#include "core/fields/edit.hpp"

namespace vth {

std::vector<std::string> editable_pointers(const Programme& p) {
  std::vector<std::string> out;
  auto add = [&](std::string pointer) {
    if (find_field(p, pointer)) out.push_back(std::move(pointer));
  };
  add("/instellingen/productieve_uren_per_fte");
  add("/instellingen/odt_uurtarief");
  for (std::size_t i = 0; i < p.departments.size(); ++i)
    add("/afdelingen/" + std::to_string(i) + "/beschikbare_fte");
  const char* work_fields[] = {"aantal", "kental", "fte", "uren", "percentage"};
  for (std::size_t i = 0; i < p.work.size(); ++i)
    for (const char* f : work_fields) add("/werk/" + std::to_string(i) + "/" + f);
  for (OdtPart part : kOdtParts) {
    const std::string base = std::string("/odt/") + odt_part_key(part) + "/";
    for (std::size_t i = 0; i < p.odt.parts[static_cast<int>(part)].size(); ++i) {
      add(base + std::to_string(i) + "/aantal");
      add(base + std::to_string(i) + "/kental");
    }
  }
  for (std::size_t i = 0; i < p.odt.local_projects.size(); ++i)
    add("/odt/lokale_projecten/" + std::to_string(i) + "/uren");
  for (std::size_t i = 0; i < p.odt.work_stock.size(); ++i)
    add("/odt/werkvoorraad/" + std::to_string(i) + "/uren");
  for (std::size_t i = 0; i < p.regional.projects.size(); ++i)
    add("/regionaal/projecten/" + std::to_string(i) + "/uren");
  for (std::size_t i = 0; i < p.regional.services.size(); ++i)
    add("/regionaal/diensten/" + std::to_string(i) + "/uren");
  for (std::size_t i = 0; i < p.regional.partners.size(); ++i)
    add("/regionaal/partners/" + std::to_string(i) + "/sleutel");
  const char* energy_fields[] = {"kental", "aantal", "uren", "kosten_zonder_uren"};
  for (const char* table : {"energie", "spuk_the"}) {
    const auto& lines = std::string(table) == "energie" ? p.energy.lines : p.spuk.lines;
    for (std::size_t i = 0; i < lines.size(); ++i)
      for (const char* f : energy_fields) {
        // Only fields the line has: an energy line's optional values are part of its shape.
        const std::string ptr = std::string("/") + table + "/regels/" + std::to_string(i) + "/" + f;
        const auto info = find_field(p, ptr);
        if (info && info->value) out.push_back(ptr);
      }
  }
  return out;
}

std::vector<std::string> apply_changes(Programme& programme, const Changes& changes) {
  std::vector<std::string> refused;
  for (const auto& [pointer, value] : changes)
    if (set_field(programme, pointer, value)) refused.push_back(pointer);
  return refused;
}

std::optional<std::string> first_invalid_change(const Programme& programme, const Changes& changes) {
  for (const auto& [pointer, value] : changes)
    if (auto why = check_field(programme, pointer, value)) return pointer + ": " + *why;
  return std::nullopt;
}

Changes current_values(const Programme& programme, const Changes& changes) {
  Changes out;
  for (const auto& [pointer, value] : changes) {
    (void)value;
    if (auto f = find_field(programme, pointer)) out[pointer] = f->value;
  }
  return out;
}

std::uint64_t text_fingerprint(std::string_view text) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

} // namespace vth
