// "Nieuw programma" (core/scenario/new_programme): a programme made from the
// short form is valid, reads back as made, carries the typed values as the
// user's own input, and every wrong field is named with its reason.
#include "core/engine/engine.hpp"
#include "core/io/programme_io.hpp"
#include "core/scenario/new_programme.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace vth;

namespace {

NewProgrammeForm hengelo() {
  NewProgrammeForm f;
  f.municipality = "Hengelo";
  f.year = "2027";
  f.productive_hours = "1.300";
  f.hourly_rate = "€ 105,50";
  f.departments = {{"Vergunningen", "12,5"}, {"Toezicht en Handhaving", "8"}, {"Juridische zaken", "2,25"}};
  f.with_partners = true;
  f.partners = {{"", "45,5%"}, {"Borne", "30"}, {"Hof van Twente", "24,5%"}};
  return f;
}

bool names(const NewProgramme& made, const std::string& field, const std::string& words) {
  return std::any_of(made.problems.begin(), made.problems.end(), [&](const FormProblem& p) {
    return p.field == field && p.message.find(words) != std::string::npos;
  });
}

} // namespace

TEST_CASE("a programme made from the form is valid, reads back as made and is the user's own input") {
  const NewProgramme made = make_new_programme(hengelo(), "2026-12-05");
  REQUIRE(made.problems.empty());
  const Programme& p = made.programme;
  CHECK(p.municipality == "Hengelo");
  CHECK(p.year == 2027);
  CHECK(p.title == "Uitvoeringsprogramma VTH 2027");
  CHECK(p.settings.productive_hours_per_fte == 1'300'000);
  CHECK(p.settings.odt_hourly_rate == 10'550);
  CHECK(p.settings.source.own_input.at("odt_uurtarief") == "2026-12-05");
  REQUIRE(p.departments.size() == 3);
  CHECK(p.departments[1].id == "toezicht-en-handhaving");
  CHECK(p.departments[2].available_fte == 2'250);
  CHECK(p.departments[0].source.own_input.at("beschikbare_fte") == "2026-12-05");
  CHECK(p.work.empty());
  REQUIRE(p.regional.partners.size() == 3);
  CHECK(p.regional.own_partner == "hengelo");
  CHECK(p.regional.partners[0].name == "Hengelo");
  CHECK(p.regional.partners[0].key == 455'000);
  CHECK(p.regional.partners[2].id == "hof-van-twente");
  for (const Partner& partner : p.regional.partners)
    CHECK(partner.source.own_input.at("sleutel") == "2026-12-05");

  const auto back = read_programme(write_programme(p));
  REQUIRE(back);
  CHECK(*back == p);
  const Results r = calculate(p);
  CHECK(r.capacity.total.fte_available == 12'500 + 8'000 + 2'250);
  CHECK(r.regional.key_sum == kWhole);
}

TEST_CASE("alleen eigen deel: the municipality is the one partner, with 100%") {
  NewProgrammeForm f = hengelo();
  f.with_partners = false;
  const NewProgramme made = make_new_programme(f, "2026-12-05");
  REQUIRE(made.problems.empty());
  REQUIRE(made.programme.regional.partners.size() == 1);
  CHECK(made.programme.regional.partners[0].key == kWhole);
  CHECK(made.programme.regional.own_partner == made.programme.regional.partners[0].id);
  CHECK(read_programme(write_programme(made.programme)));
}

TEST_CASE("every wrong field of the form is named with its reason, all at once") {
  NewProgrammeForm f = hengelo();
  f.municipality = "  ";
  f.year = "2027,5";
  f.productive_hours = "";
  f.hourly_rate = "honderd";
  f.departments[1].name = "vergunningen"; // the same as the first, but for capitals
  f.departments[2].fte = "-1";
  f.partners[2].key = "20%";
  const NewProgramme made = make_new_programme(f, "2026-12-05");
  CHECK(names(made, "gemeente", "Gemeente: vul een naam in"));
  CHECK(names(made, "jaar", "Jaar"));
  CHECK(names(made, "productieve_uren", "vul een waarde in"));
  CHECK(names(made, "uurtarief", "ODT-uurtarief"));
  CHECK(names(made, "afdelingen/1/naam", "staat er al"));
  CHECK(names(made, "afdelingen/2/beschikbare_fte", "Afdeling 3, beschikbare fte"));
  CHECK(names(made, "partners", "nog 4,5% te verdelen"));
  CHECK(made.problems.size() == 7);
}

TEST_CASE("partners: at least one other, names unique, keys read as typed") {
  NewProgrammeForm f = hengelo();
  f.partners.resize(1);
  CHECK(names(make_new_programme(f, "2026-12-05"), "partners", "alleen eigen deel"));
  f = hengelo();
  f.partners[1].name = "HENGELO";
  CHECK(names(make_new_programme(f, "2026-12-05"), "partners/1/naam", "staat er al"));
  f = hengelo();
  f.partners[1].key = "30,5";
  CHECK(names(make_new_programme(f, "2026-12-05"), "partners", "0,5% te veel"));
  CHECK(partner_key_summary(f) == "samen 100,5%: 0,5% te veel");
  f.departments.clear();
  CHECK(names(make_new_programme(f, "2026-12-05"), "afdelingen", "ten minste één"));
  CHECK(partner_key_summary(hengelo()) == "samen 100%");
  f = hengelo();
  f.partners[2].key = "";
  CHECK(partner_key_summary(f) == "samen 75,5%: nog 24,5% te verdelen");
}
