#include "edit_helpers.hpp"
#include "programme_builder.hpp"

#include "core/fields/registry.hpp"

#include <doctest/doctest.h>

using namespace vth;
using test::type_into;

namespace {

Programme small() {
  Programme p = test::minimal_programme();
  p.work.push_back(test::count_line("a", 250'000, 6'000));
  p.odt.parts[1].push_back(test::odt_line("A2.01.00", 10, 4, 40));
  p.regional.projects.push_back({0, "OD1", "Een", "", 1'000'000, Financing::SharedKey, "", "", {}});
  give_row_ids(p);
  return p;
}

} // namespace

TEST_CASE("edits as a user types them") {
  Programme p = small();
  CHECK_FALSE(type_into(p, "/werk/0/aantal", "1.234,5"));
  CHECK(p.work[0].count == 1'234'500);
  CHECK_FALSE(type_into(p, "/odt/toezicht/0/kental", "12,5"));
  CHECK(p.odt.parts[1][0].hours_per_item == 12'500);
  CHECK_FALSE(type_into(p, "/regionaal/partners/1/sleutel", "40,5%"));
  CHECK(p.regional.partners[1].key == 405'000);
  CHECK_FALSE(type_into(p, "/instellingen/odt_uurtarief", "€ 120,00"));
  CHECK(p.settings.odt_hourly_rate == 12'000);
  CHECK_FALSE(type_into(p, "/regionaal/projecten/0/uren", ""));
  CHECK_FALSE(p.regional.projects[0].hours.has_value()); // empty = n.v.t.
}

TEST_CASE("refused edits leave the programme unchanged and say why") {
  Programme p = small();
  const Programme before = p;
  CHECK(type_into(p, "/werk/0/aantal", "-300") == "250 − 300 = -50: mag niet negatief zijn");
  CHECK(type_into(p, "/regionaal/partners/0/sleutel", "100,5%") == "is te groot (hoogstens 100 %)");
  CHECK(type_into(p, "/werk/0/aantal", "veel") == "is geen getal");
  CHECK(type_into(p, "/werk/0/aantal", "") == "vul een getal in");
  CHECK(type_into(p, "/regionaal/projecten/0/uren", "10,5") == "moet een heel aantal uren zijn");
  CHECK(type_into(p, "/werk/0/fte", "1")->find("soort 'aantal'") != std::string::npos);
  CHECK(type_into(p, "/werk/9/aantal", "1")->find("bestaat niet") != std::string::npos);
  CHECK(type_into(p, "/odt/onzin/0/aantal", "1").has_value());
  CHECK(type_into(p, "werk/0/aantal", "1").has_value());
  CHECK(type_into(p, "/werk/00x/aantal", "1").has_value());
  CHECK(p == before);
}

TEST_CASE("a field addressed by row id keeps its meaning when rows move") {
  Programme p = small();
  p.work.push_back(test::count_line("b", 10'000, 1'000));
  give_row_ids(p);
  const FieldRef b = test::field(p, "/werk/1/aantal");
  CHECK(b.row == 2);
  p.work.move(1, 0); // b now stands first
  CHECK(number_at(p, b) == 10'000);
  CHECK(field_label(p, b) == "b – aantal");
  CHECK_FALSE(set_number(p, b, -1)); // range
  CHECK(set_number(p, b, 20'000));
  CHECK(p.work[0].count == 20'000);
  CHECK(p.work[1].count == 250'000);
}

TEST_CASE("labels name the record and the field, never a pointer") {
  Programme p = small();
  CHECK(field_label(p, test::field(p, "/instellingen/odt_uurtarief")) == "ODT-uurtarief");
  CHECK(field_label(p, test::field(p, "/afdelingen/0/beschikbare_fte")) == "Beschikbare fte Vergunnen");
  CHECK(field_label(p, test::field(p, "/regionaal/partners/1/sleutel")) == "Verdeelsleutel B");
  CHECK(field_label(p, test::field(p, "/odt/toezicht/0/kental")) == "A2.01.00 A2.01.00 – kental");
  CHECK(field_label(p, test::field(p, "/regionaal/projecten/0/uren")) == "OD1 Een – uren");
}
