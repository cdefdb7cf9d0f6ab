#include "input_label.hpp"

#include <charconv>
#include <optional>
#include <vector>

namespace vth {
namespace {

std::vector<std::string_view> split_pointer(std::string_view pointer) {
  std::vector<std::string_view> parts;
  while (!pointer.empty() && pointer.front() == '/') {
    pointer.remove_prefix(1);
    const std::size_t slash = pointer.find('/');
    parts.push_back(pointer.substr(0, slash));
    pointer = slash == std::string_view::npos ? std::string_view() : pointer.substr(slash);
  }
  return parts;
}

// An index that exists in a list of `size` records.
bool index_in(std::string_view text, std::size_t size, std::size_t& index) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), index);
  return ec == std::errc() && end == text.data() + text.size() && index < size;
}

std::string field_name(std::string_view field) {
  if (field == "beschikbare_fte") return "beschikbare fte";
  if (field == "kosten_zonder_uren") return "kosten zonder uren";
  return std::string(field);
}

std::string join(std::string a, std::string_view b) {
  if (!a.empty() && !b.empty()) a += ' ';
  a += b;
  return a;
}

} // namespace

namespace {

// The record a pointer's value belongs to: its name as a label starts, and its provenance.
struct Record {
  std::string name;
  const Provenance* source = nullptr;
  bool whole = false; // the name says it all (no " – field" after it)
};

std::optional<Record> find_record(const Programme& p, const std::vector<std::string_view>& parts) {
  std::size_t i = 0;
  if (parts.size() == 2 && parts[0] == "instellingen") {
    if (parts[1] == "odt_uurtarief") return Record{"ODT-uurtarief", &p.settings.source, true};
    if (parts[1] == "productieve_uren_per_fte")
      return Record{"Productieve uren per fte", &p.settings.source, true};
    return std::nullopt;
  }
  if (parts.size() == 3 && parts[0] == "afdelingen" && index_in(parts[1], p.departments.size(), i))
    return Record{"Beschikbare fte " + p.departments[i].name, &p.departments[i].source, true};
  if (parts.size() == 3 && parts[0] == "werk" && index_in(parts[1], p.work.size(), i))
    return Record{p.work[i].description, &p.work[i].source, false};
  if (parts.size() == 4 && parts[0] == "odt") {
    for (OdtPart part : kOdtParts) {
      const auto& lines = p.odt.parts[static_cast<int>(part)];
      if (parts[1] == odt_part_key(part) && index_in(parts[2], lines.size(), i))
        return Record{join(lines[i].code, lines[i].product), &lines[i].source, false};
    }
    if (parts[1] == "lokale_projecten" && index_in(parts[2], p.odt.local_projects.size(), i))
      return Record{"Lokaal project " + p.odt.local_projects[i].name, &p.odt.local_projects[i].source, false};
    if (parts[1] == "werkvoorraad" && index_in(parts[2], p.odt.work_stock.size(), i))
      return Record{"Werkvoorraad " + p.odt.work_stock[i].name, &p.odt.work_stock[i].source, false};
    return std::nullopt;
  }
  if (parts.size() == 4 && parts[0] == "regionaal") {
    const std::vector<RegionalItem>* items = parts[1] == "projecten"  ? &p.regional.projects
                                             : parts[1] == "diensten" ? &p.regional.services
                                                                      : nullptr;
    if (items && index_in(parts[2], items->size(), i))
      return Record{join((*items)[i].code, (*items)[i].name), &(*items)[i].source, false};
    if (parts[1] == "partners" && index_in(parts[2], p.regional.partners.size(), i))
      return Record{"Verdeelsleutel " + p.regional.partners[i].name, &p.regional.partners[i].source, true};
    return std::nullopt;
  }
  if (parts.size() == 4 && parts[1] == "regels" && (parts[0] == "energie" || parts[0] == "spuk_the")) {
    const auto& lines = parts[0] == "energie" ? p.energy.lines : p.spuk.lines;
    if (index_in(parts[2], lines.size(), i))
      return Record{std::string(parts[0] == "energie" ? "Energie: " : "SPUK THE: ") + lines[i].product,
                    &lines[i].source, false};
  }
  return std::nullopt;
}

} // namespace

std::string input_label(const Programme& p, std::string_view pointer) {
  const auto parts = split_pointer(pointer);
  const auto record = find_record(p, parts);
  if (!record) return std::string(pointer);
  return record->whole ? record->name : record->name + " – " + field_name(parts.back());
}

const Provenance* input_source(const Programme& p, std::string_view pointer) {
  const auto record = find_record(p, split_pointer(pointer));
  return record ? record->source : nullptr;
}

} // namespace vth
