// Changes as data (core/scenario): how a list of changes is kept (record),
// applied over the adopted programme (materialise) without touching it, and
// what a change may not do to a programme (integrity.hpp).
#include "edit_helpers.hpp"
#include "test_files.hpp"

#include "core/io/programme_io.hpp"
#include "core/scenario/scenario.hpp"

#include <doctest/doctest.h>

using namespace vth;

namespace {

const Programme& minimal() {
  static const Programme p = read_programme(test::read_repo_file("tests/data/minimal.json")).value();
  return p;
}

Programme applied(const ChangeList& changes) { return materialise(minimal(), changes).value(); }

} // namespace

TEST_CASE("a value set twice keeps its last value; set back to the adopted value it is no change") {
  const FieldRef count = test::field(minimal(), "/werk/0/aantal");
  ChangeList c = record(minimal(), minimal(), {}, set_value(count, 10'000));
  c = record(minimal(), applied(c), c, set_value(count, 20'000));
  REQUIRE(c.size() == 1);
  CHECK(c[0].value == 20'000);
  c = record(minimal(), applied(c), c, set_value(count, number_at(minimal(), count)));
  CHECK(c.empty());
}

TEST_CASE("rows added, moved and deleted keep their ids; the adopted programme is never touched") {
  const Programme before = minimal();
  const RowId fresh = fresh_row_id(minimal(), minimal(), {}, TableId::Work);
  CHECK(fresh == 5); // the minimal programme has four work lines, numbered 1..4
  ChangeList c = record(minimal(), minimal(), {}, add_rows(TableId::Work, fresh, 1, 1));
  c = record(minimal(), applied(c), c, set_value(field_of(TableId::Work, fresh, "aantal"), 7'000));
  c = record(minimal(), applied(c), c, move_row({TableId::Work, 4}, 0));
  const Programme p = applied(c);
  REQUIRE(p.work.size() == 5);
  CHECK(p.work[0].row_id == 4); // moved to the top
  CHECK(p.work[1].row_id == 1);
  CHECK(p.work[2].row_id == fresh); // after row 1
  CHECK(p.work[2].count == 7'000);
  CHECK(minimal() == before);
  // The value of row 2 follows row 2, wherever it stands.
  c = record(minimal(), p, c, set_value(field_of(TableId::Work, 2, "fte"), 500));
  CHECK(applied(c).work[3].fte == 500);
  // A row added and deleted again leaves nothing; a deleted row takes its values along.
  ChangeList d = record(minimal(), applied(c), c, delete_row({TableId::Work, fresh}));
  CHECK(d.size() == 2); // the move and the fte
  d = record(minimal(), applied(d), d, delete_row({TableId::Work, 2}));
  CHECK(std::none_of(d.begin(), d.end(), [](const Change& x) { return x.kind == ChangeKind::SetValue; }));
  CHECK(applied(d).work.size() == 3);
}

TEST_CASE("a new kind takes the sizes that no longer apply with it") {
  const FieldRef count = test::field(minimal(), "/werk/0/aantal");
  ChangeList c = record(minimal(), minimal(), {}, set_value(count, 10'000));
  c = record(minimal(), applied(c), c, set_text(field_of(TableId::Work, 1, "soort"), "uren"));
  c = record(minimal(), applied(c), c, set_value(field_of(TableId::Work, 1, "uren"), 50'000));
  REQUIRE(c.size() == 2);
  CHECK(c[0].kind == ChangeKind::SetText); // the kind comes first: its sizes apply after it
  const Programme p = applied(c);
  CHECK(p.work[0].kind == WorkKind::Hours);
  CHECK(p.work[0].hours == 50'000);
  // Written and read back, the line is an hours line with its hours.
  const Programme again = read_programme(write_programme(p)).value();
  CHECK(again.work[0].kind == WorkKind::Hours);
  CHECK(again.work[0].hours == 50'000);
}

TEST_CASE("changes that would break the programme are refused with the reason") {
  Programme p = minimal();
  // A department that still has work lines; the programme's own partner.
  CHECK(apply_change(p, delete_row({TableId::Departments, 1}))
            .message()
            .find("wordt nog gebruikt op 4 plaatsen") != std::string::npos);
  CHECK(apply_change(p, delete_row({TableId::Partners, 1})).message() ==
        "de eigen partner van het programma kan niet weg");
  CHECK(apply_change(p, set_text(field_of(TableId::Work, 1, "afdeling"), "x")).message() ==
        "afdeling 'x' bestaat niet");
  CHECK(apply_change(p, set_text(field_of(TableId::Departments, 2, "id"), "v")).message() ==
        "'v' is al in gebruik in Afdelingen");
  CHECK(apply_change(p, set_text(field_of(TableId::Departments, 1, "id"), "nieuw"))
            .message()
            .find("wordt gebruikt") != std::string::npos);
  CHECK(apply_change(p, set_text(field_of(TableId::ProtocolItems, 1, "rk1"), "9")).message() ==
        "diepgang '9' staat niet in de legenda");
  CHECK(apply_change(p, add_rows(TableId::Work, 2, 1, 0)).message().find("rij-id hoger") !=
        std::string::npos);
  CHECK(apply_change(p, move_row({TableId::Work, 1}, 99)).message().find("bestaat niet") !=
        std::string::npos);
  CHECK(apply_change(p, set_value(field_of(TableId::Work, 99, "aantal"), 1)).message().find("bestaat niet") !=
        std::string::npos);
  CHECK(p == minimal());
  // A materialised list names the change that does not apply.
  const auto r = materialise(minimal(), {delete_row({TableId::Partners, 1})});
  REQUIRE_FALSE(r);
  CHECK(r.message().rfind("wijziging 1 (verwijderd: Gemeente A): ", 0) == 0);
}

TEST_CASE("every change has a label a person reads") {
  ChangeList c = {set_value(test::field(minimal(), "/regionaal/partners/1/sleutel"), 500'000),
                  add_rows(TableId::OdtAdvice, 2, 1, 1), delete_row({TableId::VrtFocus, 1}),
                  move_row({TableId::Work, 3}, 0)};
  make_canonical(c);
  const Programme p = applied(c);
  std::vector<std::string> labels;
  for (const Change& x : c) labels.push_back(change_label(minimal(), p, x));
  CHECK(labels == std::vector<std::string>{"nieuwe regel in ODT: advies", "verwijderd: Energietransitie",
                                           "verplaatst: Reservering", "Verdeelsleutel Gemeente B"});
}
