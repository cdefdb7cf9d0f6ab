#include "programme_builder.hpp"

#include "core/fields/edit.hpp"

#include <doctest/doctest.h>

using namespace vth;

TEST_CASE("edits by JSON pointer, as a user types them") {
  Programme p = test::minimal_programme();
  p.work.push_back(test::count_line("a", 250'000, 6'000));
  p.odt.parts[1].push_back(test::odt_line("A2.01.00", 10, 4, 40));
  p.regional.projects.push_back({"OD1", "Een", "", 1'000'000, Financing::SharedKey, "", "", {}});

  CHECK_FALSE(set_field_text(p, "/werk/0/aantal", "1.234,5"));
  CHECK(p.work[0].count == 1'234'500);
  CHECK_FALSE(set_field_text(p, "/odt/toezicht/0/kental", "12,5"));
  CHECK(p.odt.parts[1][0].hours_per_item == 12'500);
  CHECK_FALSE(set_field_text(p, "/regionaal/partners/1/sleutel", "40,5%"));
  CHECK(p.regional.partners[1].key == 405'000);
  CHECK_FALSE(set_field_text(p, "/instellingen/odt_uurtarief", "€ 120,00"));
  CHECK(p.settings.odt_hourly_rate == 12'000);
  CHECK_FALSE(set_field_text(p, "/regionaal/projecten/0/uren", ""));
  CHECK_FALSE(p.regional.projects[0].hours.has_value()); // empty = n.v.t.
}

TEST_CASE("refused edits leave the programme unchanged and say why") {
  Programme p = test::minimal_programme();
  p.work.push_back(test::count_line("a", 250'000, 6'000));
  p.regional.projects.push_back({"OD1", "Een", "", 1'000'000, Financing::SharedKey, "", "", {}});
  const Programme before = p;
  CHECK(set_field_text(p, "/werk/0/aantal", "-5") == "mag niet negatief zijn");
  CHECK(set_field_text(p, "/regionaal/partners/0/sleutel", "100,5%") == "is te groot (hoogstens 100 %)");
  CHECK(set_field_text(p, "/werk/0/aantal", "veel") == "is geen getal");
  CHECK(set_field_text(p, "/werk/0/aantal", "") == "vul een getal in");
  CHECK(set_field_text(p, "/regionaal/projecten/0/uren", "10,5") == "moet een heel aantal uren zijn");
  CHECK(set_field_text(p, "/werk/0/fte", "1")->find("soort 'aantal'") != std::string::npos);
  CHECK(set_field_text(p, "/werk/9/aantal", "1")->find("bestaat niet") != std::string::npos);
  CHECK(set_field_text(p, "/odt/onzin/0/aantal", "1").has_value());
  CHECK(set_field_text(p, "werk/0/aantal", "1").has_value());
  CHECK(set_field_text(p, "/werk/00x/aantal", "1").has_value());
  CHECK(p == before);
}

TEST_CASE("find_field reports value, decimals and whether empty is allowed") {
  Programme p = test::minimal_programme();
  auto key = find_field(p, "/regionaal/partners/0/sleutel");
  REQUIRE(key);
  CHECK(key->value == 600'000);
  CHECK(key->spec.decimals == 4);
  CHECK_FALSE(key->may_be_empty);
  CHECK_FALSE(find_field(p, "/gemeente"));
}
