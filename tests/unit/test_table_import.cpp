// Rows from Excel and CSV (core/io/table_import): pasted blocks and CSV files
// are understood exactly or refused cell by cell; the CSV of every table reads
// back to exactly the values it was made of, and edited in between, to exactly
// the edited values.
#include "test_files.hpp"

#include "core/fields/entry.hpp"
#include "core/io/programme_io.hpp"
#include "core/io/table_import.hpp"

#include <doctest/doctest.h>

using namespace vth;

namespace {

const Programme& enschede() {
  static const Programme p =
      read_programme(test::read_repo_file("assets/programmes/enschede-puh-2025.json")).value();
  return p;
}

ImportPlan plan(TableId t, std::string_view text, const ImportOptions& options = {}, RowId parent = 0) {
  return plan_import(enschede(), enschede(), {}, t, text, options, parent);
}

Programme applied(const ImportPlan& p) { return materialise(enschede(), p.changes).value(); }

// The first parent row of a nested table that has rows (0 elsewhere).
RowId first_parent(const Programme& p, const TableDef& t) {
  if (!t.parent) return 0;
  std::optional<std::size_t> parent;
  for_each_row(p, t, [&](RowPos at, const void*) {
    if (!parent) parent = at.parent;
  });
  return row_id_at(p, *t.parent, {0, parent.value_or(0)});
}

} // namespace

TEST_CASE("cells are split as Excel and LibreOffice copy them and as the CSV export writes them") {
  using Rows = std::vector<std::vector<std::string>>;
  CHECK(split_table_text("a\tb\r\nc\t\r\n") == Rows{{"a", "b"}, {"c", ""}});
  CHECK(split_table_text("\xEF\xBB\xBF"
                         "a;\"b;c\"\r\n\"d \"\"e\"\"\";f") == Rows{{"a", "b;c"}, {"d \"e\"", "f"}});
  CHECK(split_table_text("\"twee\nregels\"\tx") == Rows{{"twee\nregels", "x"}});
  CHECK(split_table_text("1.234,5") == Rows{{"1.234,5"}});
  CHECK(split_table_text("").empty());
}

TEST_CASE(
    "a pasted block with a header: codes that exist are replaced, others are new, Dutch numbers exact") {
  // A2.01.03 exists (1 × 45 uur); A9.01.01 is new. Thousands separators, a unit, an empty cell.
  const ImportPlan p = plan(TableId::OdtSupervision, "Code\tProduct\tAantal\tKental (uur)\n"
                                                     "A2.01.03\t\t2\t\n"
                                                     "A9.01.01\tControle zonnepanelen\t1.200\t2,5 uur\n");
  REQUIRE(p.refused.empty());
  CHECK(p.header);
  CHECK(p.replaced_rows == 1);
  CHECK(p.new_rows == 1);
  const Programme after = applied(p);
  const auto& lines = after.odt.parts[static_cast<int>(OdtPart::Supervision)];
  REQUIRE(lines.size() == enschede().odt.parts[static_cast<int>(OdtPart::Supervision)].size() + 1);
  CHECK(lines[0].code == "A2.01.03");
  CHECK(lines[0].count == 2'000);
  CHECK(lines[0].product == "Opleveringscontroles complex"); // an empty cell leaves it
  CHECK(lines[0].hours_per_item == 45'000);
  const OdtLine& added = lines[lines.size() - 1];
  CHECK(added.code == "A9.01.01");
  CHECK(added.product == "Controle zonnepanelen");
  CHECK(added.count == 1'200'000);
  CHECK(added.hours_per_item == 2'500);
}

TEST_CASE("what cannot be read is refused per cell with its line, column and reason; the rest is taken") {
  const ImportPlan p = plan(TableId::OdtSupervision, "Code;Product;Aantal;Kental\n"
                                                     "A9.01.01;Goed;1;2\n"
                                                     "A9.01.02;Tekst in een getal;veel;2\n"
                                                     "A9.01.03;Te veel cellen;1;2;3\n"
                                                     "A9.01.01;Dubbel;1;2\n"
                                                     "A9.01.04;Twee getallen;12 13;2\n"
                                                     "A9.01.05;Een wijziging;+10%;2\n");
  CHECK(p.new_rows == 1);
  REQUIRE(p.refused.size() == 5);
  CHECK(p.refused[0].line == 3);
  CHECK(p.refused[0].column == "Aantal");
  CHECK(p.refused[1].line == 4);
  CHECK(p.refused[1].message.find("5 cellen, de kop 4") != std::string::npos);
  CHECK(p.refused[2].line == 5);
  CHECK(p.refused[2].message.find("twee keer") != std::string::npos);
  CHECK(p.refused[3].line == 6);
  CHECK(p.refused[4].line == 7); // "+10%": a change needs a value to change
  for (const ImportRefusal& r : p.refused) CHECK_FALSE(r.message.empty());
  // A code another row has is refused, not silently doubled.
  const ImportPlan clash = plan(TableId::OdtPermits, "Code\tProduct\nA2.01.03\tIn de verkeerde tabel\n");
  CHECK((clash.refused.empty() || clash.refused[0].message.find("A2.01.03") != std::string::npos));
}

TEST_CASE(
    "without a header the columns are the table's in order; a mapping can be given; a kind is understood") {
  const ImportPlan p = plan(TableId::Departments, "extra\tExtra afdeling\t3,5\n");
  REQUIRE(p.refused.empty());
  CHECK_FALSE(p.header);
  const Programme with_department = applied(p);
  CHECK(with_department.departments[5].name == "Extra afdeling");
  CHECK(with_department.departments[5].available_fte == 3'500);

  ImportOptions swapped;
  swapped.header = true;
  swapped.mapping = std::vector<std::optional<ColumnIndex>>{column_index(table(TableId::Departments), "naam"),
                                                            column_index(table(TableId::Departments), "id")};
  const ImportPlan q = plan(TableId::Departments, "Wie\tSleutel\nNieuwe naam\tnieuw\n", swapped);
  REQUIRE(q.refused.empty());
  const Programme mapped = applied(q);
  CHECK(mapped.departments[5].id == "nieuw");

  const ImportPlan work = plan(TableId::Work, "id\tafdeling\tomschrijving\tsoort\turen\n"
                                              "x1\tvergunnen\tProjectleiding\tUREN\t1.200\n");
  REQUIRE(work.refused.empty());
  const Programme with_line = applied(work); // kept: `line` refers into it
  const WorkLine& line = with_line.work[with_line.work.size() - 1];
  CHECK(line.kind == WorkKind::Hours);
  CHECK(line.hours == 1'200'000);
}

TEST_CASE("CSV round trip for every table: unchanged it changes nothing, edited it gives exactly the edits") {
  for (const TableDef& t : tables()) {
    if (t.single || t.id == TableId::SourceNotes) continue;
    const std::string name = t.name;
    CAPTURE(name);
    const RowId parent = first_parent(enschede(), t);
    const std::string csv = table_csv(enschede(), t.id, parent);
    const ImportPlan same = plan(t.id, csv, {}, parent);
    CHECK(same.refused.empty());
    CHECK(same.changes.empty());
    CHECK(same.new_rows == 0);

    // Edit as in Excel: every number of the first row one more, every free text with " (2026)".
    auto cells = split_table_text(csv);
    REQUIRE(cells.size() >= 2);
    Programme expected = enschede();
    const auto cols = [&] {
      std::vector<ColumnIndex> in_file;
      for (std::size_t c = 0; c < t.columns.size(); ++c)
        if (t.columns[c].in_file) in_file.push_back(static_cast<ColumnIndex>(c));
      return in_file;
    }();
    // The first row of this CSV is the first row under `parent`.
    RowId row = 0;
    std::optional<std::size_t> parent_index;
    if (t.parent) parent_index = find_row(enschede(), *t.parent, parent)->index;
    for_each_row(enschede(), t, [&](RowPos at, const void* r) {
      if (!row && (!t.parent || at.parent == *parent_index)) row = t.row_id(r);
    });
    REQUIRE(row != 0);
    int edits = 0;
    for (std::size_t i = 0; i < cols.size(); ++i) {
      const Column& c = t.columns[cols[i]];
      const FieldRef field{t.id, row, cols[i]};
      if (!field_exists(expected, field)) continue;
      std::string& cell = cells[1][i + 1]; // after "rij"
      if (c.is_number()) {
        const auto v = number_at(expected, field);
        if (!v) continue;
        const std::int64_t next = *v + (c.whole_hours ? 1000 : 1); // the smallest step the field has
        if (!value_problem(c, next).empty()) continue;
        cell = entry_text(c, next);
        REQUIRE(apply_change(expected, set_value(field, next)));
        ++edits;
      } else if (c.kind == ValueKind::Text ||
                 (c.kind == ValueKind::Line && std::string_view(c.key) != "id" &&
                  std::string_view(c.key) != "code" && std::string_view(c.key) != "afdeling" &&
                  std::string_view(c.key) != "nummer")) {
        if (cell.empty()) continue;
        cell += " (2026)";
        REQUIRE(apply_change(expected, set_text(field, cell)));
        ++edits;
      }
    }
    std::string edited;
    for (const auto& line : cells) {
      for (std::size_t i = 0; i < line.size(); ++i) {
        std::string cell = line[i];
        if (cell.find_first_of(";\"\n") != std::string::npos) {
          std::string q = "\"";
          for (char ch : cell) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
          cell = q + "\"";
        }
        edited += (i ? ";" : "") + cell;
      }
      edited += "\r\n";
    }
    const ImportPlan p = plan(t.id, edited, {}, parent);
    for (const ImportRefusal& r : p.refused) MESSAGE(r.line << " " << r.column << ": " << r.message);
    CHECK(p.refused.empty());
    CHECK(p.new_rows == 0);
    CHECK(p.replaced_rows == (edits > 0 ? 1u : 0u));
    CHECK(applied(p) == expected);
  }
}

TEST_CASE("a pasted row must hold as a whole: an energy line with a kental needs its aantal (found by "
          "fuzz_paste)") {
  const ImportPlan p = plan(TableId::Energy, "Product\tKental\nZonnepanelen\t2\n");
  CHECK(p.new_rows == 0);
  REQUIRE(p.refused.size() == 1);
  CHECK(p.refused[0].line == 2);
  CHECK(p.refused[0].message.find("aantal") != std::string::npos);
}
