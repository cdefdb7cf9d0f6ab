// Own input (core/scenario/own_input): what the user typed is saved as theirs,
// with the date, and read back; the provenance of untouched values stays.
#include "edit_helpers.hpp"
#include "test_files.hpp"

#include "core/fields/column_io.hpp"
#include "core/io/programme_io.hpp"
#include "core/model/dutch_format.hpp"
#include "core/scenario/own_input.hpp"

#include <doctest/doctest.h>

using namespace vth;

namespace {

const Programme& minimal() {
  static const Programme p = read_programme(test::read_repo_file("tests/data/minimal.json")).value();
  return p;
}

const Provenance& work_source(const Programme& p, std::size_t i) { return p.work[i].source; }

} // namespace

TEST_CASE("a typed value becomes own input with its date and loses its assumption; others keep theirs") {
  const FieldRef kental = test::field(minimal(), "/werk/0/kental");
  REQUIRE(work_source(minimal(), 0).is_assumption("kental"));
  const ChangeList changes = {set_value(kental, 4'000)};
  Programme saved = materialise(minimal(), changes).value();
  mark_own_input(saved, changes, "2026-12-05");

  CHECK(work_source(saved, 0).own_input.at("kental") == "2026-12-05");
  CHECK_FALSE(work_source(saved, 0).is_assumption("kental"));
  CHECK(work_source(saved, 1) == work_source(minimal(), 1)); // untouched row
  CHECK(work_source(minimal(), 0).own_input.empty());        // the adopted programme stays as it is

  // Written and read back, the mark stays; the date is shown in Dutch.
  const Programme back = read_programme(write_programme(saved)).value();
  CHECK(work_source(back, 0).own_input.at("kental") == "2026-12-05");
  CHECK(latest_own_input(back) == "2026-12-05");
  CHECK(latest_own_input(minimal()).empty());
  CHECK(format_iso_date("2026-12-05") == "5 december 2026");
}

TEST_CASE("an added row has no source section; its typed texts are own input") {
  const RowId id = fresh_row_id(minimal(), minimal(), {}, TableId::Departments);
  ChangeList changes = {add_rows(TableId::Departments, id, 1, 0)};
  changes.push_back(set_text(field_of(TableId::Departments, id, "naam"), "Toezicht"));
  Programme saved = materialise(minimal(), changes).value();
  mark_own_input(saved, changes, "2026-12-05");
  const Department& added = saved.departments[0];
  CHECK(added.name == "Toezicht");
  CHECK(added.source.section.empty());
  CHECK(added.source.own_input.at("naam") == "2026-12-05");
}

TEST_CASE(
    "own input, the programme carried over from and the previous programme are read and refused exactly") {
  std::string text = test::read_repo_file("tests/data/minimal.json");
  const auto with = [&](const std::string& from, const std::string& to) {
    std::string t = text;
    const auto at = t.find(from);
    REQUIRE(at != std::string::npos);
    return t.replace(at, from.size(), to);
  };
  const std::string carried = with(
      "\"aanname\": {\"kental\"", "\"bron\": {\"sectie\": \"\", \"overgenomen_uit\": \"PUH 2025\"}, "
                                  "\"eigen_invoer\": {\"aantal\": \"2026-01-31\"}, \"aanname\": {\"kental\"");
  const auto read = read_programme(carried);
  REQUIRE(read);
  CHECK(read->work[0].source.carried_from == "PUH 2025");
  CHECK(read->work[0].source.own_input.at("aantal") == "2026-01-31");
  CHECK(read_programme(write_programme(*read)).value() == *read);

  const auto bad_date =
      read_programme(with("\"aanname\": {\"kental\"", "\"eigen_invoer\": {\"aantal\": \"31-01-2026\"}, "
                                                      "\"aanname\": {\"kental\""));
  REQUIRE_FALSE(bad_date);
  CHECK(bad_date.refusal().issues[0].pointer == "/werk/0/eigen_invoer/aantal");
  const auto bad_field =
      read_programme(with("\"aanname\": {\"kental\"", "\"eigen_invoer\": {\"kleur\": \"2026-01-31\"}, "
                                                      "\"aanname\": {\"kental\""));
  REQUIRE_FALSE(bad_field);
  CHECK(bad_field.refusal().issues[0].message.find("eigen invoer") != std::string::npos);

  Programme next = minimal();
  next.previous_programme = "Testprogramma 2025";
  CHECK(read_programme(write_programme(next)).value().previous_programme == "Testprogramma 2025");
}

TEST_CASE("a new kind takes the assumption about a field it no longer has with it") {
  const FieldRef kind = test::field(minimal(), "/werk/0/soort");
  REQUIRE(work_source(minimal(), 0).is_assumption("kental"));
  ChangeList changes = {set_text(kind, "uren")};
  changes.push_back(set_value(field_of(TableId::Work, minimal().work[0].row_id, "uren"), 1'200'000));
  Programme saved = materialise(minimal(), changes).value();
  mark_own_input(saved, changes, "2026-12-05");
  CHECK_FALSE(work_source(saved, 0).is_assumption("kental"));
  CHECK(work_source(saved, 0).own_input.count("soort") == 1);
  CHECK(work_source(saved, 0).own_input.count("uren") == 1);
  const Programme back = read_programme(write_programme(saved)).value();
  CHECK(back.work[0].hours == 1'200'000);
}
