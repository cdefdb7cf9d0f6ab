// "Volgend jaar" (core/scenario/next_year): next year's programme has the same
// structure and values; the source's printed totals, sections and notes go;
// every value says where it was carried over from.
#include "test_files.hpp"

#include "core/engine/engine.hpp"
#include "core/fields/registry.hpp"
#include "core/io/programme_io.hpp"
#include "core/output/results_export.hpp"
#include "core/scenario/next_year.hpp"

#include <doctest/doctest.h>

using namespace vth;

TEST_CASE("next year keeps every value and row, clears what belonged to the source, names its origin") {
  const Programme p =
      read_programme(test::read_repo_file("assets/programmes/enschede-puh-2025.json")).value();
  const Programme next = next_year(p);
  CHECK(next.year == 2026);
  CHECK(next.title.find("2026") != std::string::npos);
  CHECK(next.title.find("2025") == std::string::npos);
  CHECK(next.previous_programme == programme_name(p));
  CHECK(next.previous_programme.find("2025") != std::string::npos);
  CHECK(next.source_document.empty());
  CHECK(next.source_notes.empty());
  CHECK_FALSE(next.regional.printed_projects_total);
  for (const auto& total : next.odt.printed_part_totals) CHECK_FALSE(total);

  std::size_t rows = 0;
  for (const TableDef& t : tables()) {
    // (The programme's own name and year have no source: previous_programme is theirs.)
    if (!t.source || t.id == TableId::SourceNotes || t.id == TableId::Meta) continue;
    const std::string table_name = t.name;
    CAPTURE(table_name);
    CHECK(row_count(next, t.id) == row_count(p, t.id));
    for_each_row(next, t, [&](RowPos, const void* row) {
      const Provenance& s = t.source(row);
      CHECK(s.section.empty());
      CHECK(s.carried_from == next.previous_programme);
      ++rows;
    });
  }
  CHECK(rows > 300);
  // Assumptions stay assumptions.
  CHECK(calculate(next).assumptions->size() == calculate(p).assumptions->size());
  // The same figures (the findings about printed totals and source notes go).
  Results a = calculate(p), b = calculate(next);
  a.findings.clear();
  b.findings.clear();
  a.year = b.year;
  a.title = b.title;
  CHECK(results_to_json(a, p) == results_to_json(b, next));
  CHECK(calculate(next).findings.size() < calculate(p).findings.size());

  // Saved, it is a valid programme that reads back as made; the original is untouched.
  const auto back = read_programme(write_programme(next));
  REQUIRE(back);
  CHECK(*back == next);
  CHECK(p == read_programme(test::read_repo_file("assets/programmes/enschede-puh-2025.json")).value());
}
