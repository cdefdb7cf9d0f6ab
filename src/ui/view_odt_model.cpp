// ODT-programma's tables: the four product tables (with the part's total and
// what the source prints), local projects and work stock.

#include "view_models.hpp"

#include <charconv>

namespace vth::ui {
namespace {

// The line a pointer "<base><i>/..." names, if any.
std::optional<std::size_t> line_of(std::string_view pointer, std::string_view base) {
  if (pointer.substr(0, base.size()) != base) return std::nullopt;
  const char* first = pointer.data() + base.size();
  const char* last = pointer.data() + pointer.size();
  std::size_t i = 0;
  const auto [end, ec] = std::from_chars(first, last, i);
  if (ec != std::errc() || end == first || (end != last && *end != '/')) return std::nullopt;
  return i;
}

} // namespace

TableModel odt_products_model(const AppState& state, OdtPart part) {
  const int k = static_cast<int>(part);
  const std::size_t lines = state.programme ? state.programme->odt.parts[k].size() : 0;
  const std::string base = std::string("/odt/") + odt_part_key(part) + "/";
  TableModel m{"producten",
               std::string("ODT ") + odt_part_name(part),
               {{"Code", 1.0f},
                {"Product", 4.0f},
                {"Aantal", 1.0f, ColumnKind::Field},
                {"Kental (uur)", 1.0f, ColumnKind::Field},
                {"Totaal (uur)", 1.0f, ColumnKind::Number},
                {"Gedrukt totaal", 1.0f, ColumnKind::Number}},
               state.programme ? lines + 1 : 0,
               {},
               {}};
  m.row = [&state, k, lines, base](std::size_t i) {
    const Programme& p = *state.programme;
    const auto& hours = state.results.odt.line_hours[k];
    TableRow row;
    if (i >= lines) { // the part's total, next to the total the source prints
      const MilliHours total = state.results.odt.parts[static_cast<std::size_t>(k)].hours;
      row.cells = {
          text_cell("Totaal"), text_cell(""), text_cell(""), text_cell(""), read_only(Cell::hours(total), 1),
          text_cell("")};
      const auto& printed = p.odt.printed_part_totals[k];
      if (printed && printed->hours) {
        const bool differs = *printed->hours != total;
        row.cells[5] = read_only(Cell::hours(*printed->hours), 1, differs ? Tone::Alert : Tone::Plain);
        if (differs) row.cells[5].tooltip = "Wijkt af van de som van de regels";
      }
      return row;
    }
    const OdtLine& l = p.odt.parts[k][i];
    row.pointer = base + std::to_string(i);
    DisplayCell product = text_cell(l.product);
    product.source = &l.source;
    row.cells = {text_cell(l.code),
                 std::move(product),
                 editable_cell(row.pointer + "/aantal", Cell::hours(l.count), l.source, "aantal"),
                 editable_cell(row.pointer + "/kental", Cell::hours(l.hours_per_item), l.source, "kental"),
                 i < hours.size() ? read_only(Cell::hours(hours[i]), 1) : text_cell(""),
                 text_cell("")};
    if (l.printed_hours) {
      const bool differs = i < hours.size() && hours[i] != *l.printed_hours;
      row.cells[5] = read_only(Cell::hours(*l.printed_hours), 1, differs ? Tone::Alert : Tone::Plain);
      if (differs) row.cells[5].tooltip = "Wijkt af van aantal × kental";
    }
    return row;
  };
  m.find_row = [base, lines](std::string_view pointer) -> std::optional<std::size_t> {
    const auto i = line_of(pointer, base);
    return i && *i < lines ? i : std::nullopt;
  };
  return m;
}

TableModel odt_hours_items_model(const AppState& state, const char* key) {
  const bool stock = std::string_view(key) == "werkvoorraad";
  const std::vector<HoursItem>* items =
      state.programme ? (stock ? &state.programme->odt.work_stock : &state.programme->odt.local_projects)
                      : nullptr;
  TableModel m{
      stock ? "voorraad" : "lokaal",
      stock ? "Werkvoorraad" : "Lokale projecten",
      {{"Naam", 3.0f}, {"Omschrijving", 4.0f, ColumnKind::WrappedText}, {"Uren", 1.0f, ColumnKind::Field}},
      items ? items->size() : 0,
      {},
      {}};
  const std::string base = std::string("/odt/") + key + "/";
  m.row = [items, base](std::size_t i) {
    const HoursItem& it = (*items)[i];
    TableRow row;
    row.pointer = base + std::to_string(i);
    row.cells = {text_cell(it.name), text_cell(it.description),
                 editable_cell(row.pointer + "/uren", Cell::hours(it.hours), it.source, "uren")};
    return row;
  };
  return m;
}

} // namespace vth::ui
