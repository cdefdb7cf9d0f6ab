// The grammar of what a user types into a number field (docs/interface.md,
// "Invoer in een getalveld"): values, changes of the value there, units.
#include "core/fields/entry.hpp"
#include "core/fields/registry.hpp"

#include <doctest/doctest.h>

using namespace vth;

namespace {

const Column& col(TableId t, const char* key) { return table(t).columns[*column_index(table(t), key)]; }
const Column& count() { return col(TableId::Work, "aantal"); } // 3 decimals, no unit
const Column& hours() { return col(TableId::Work, "uren"); }   // uur
const Column& fte() { return col(TableId::Departments, "beschikbare_fte"); }
const Column& tariff() { return col(TableId::Settings, "odt_uurtarief"); } // €
const Column& key() { return col(TableId::Partners, "sleutel"); }          // %
const Column& pool() { return col(TableId::RegionalProjects, "uren"); }    // whole hours, may be empty

std::optional<std::int64_t> value(std::string_view text, const Column& c, std::optional<std::int64_t> now) {
  const Result<Entry> r = read_entry(text, c, now);
  if (!r) FAIL_CHECK("'" << text << "' geweigerd: " << r.message());
  return r ? r->value : std::optional<std::int64_t>(-999);
}

std::string refused(std::string_view text, const Column& c, std::optional<std::int64_t> now) {
  const Result<Entry> r = read_entry(text, c, now);
  return r ? "(geaccepteerd)" : r.message();
}

std::string how(std::string_view text, const Column& c, std::optional<std::int64_t> now) {
  const Result<Entry> r = read_entry(text, c, now);
  return r ? r->explanation : "(geweigerd: " + r.message() + ")";
}

} // namespace

TEST_CASE("plain values in the field's unit") {
  CHECK(value("394", count(), 1) == 394'000);
  CHECK(value(" 1.234,5 ", count(), 1) == 1'234'500);
  CHECK(value("7 uur", hours(), 1) == 7'000);
  CHECK(value("7 uren", hours(), 1) == 7'000);
  CHECK(value("9,5 fte", fte(), 1) == 9'500);
  CHECK(value("€ 110,99", tariff(), 1) == 11'099);
  CHECK(value("110,99 €", tariff(), 1) == 11'099);
  CHECK(value("12,02%", key(), 1) == 120'200);
  CHECK(value("12,02", key(), 1) == 120'200);
  CHECK(value("", pool(), 1'000'000) == std::nullopt); // empty: n.v.t., where the field may be empty
  CHECK(how("394", count(), 1).empty());
}

TEST_CASE("changes of the value that is there: +n%, -n%, +n, -n, xf, *f") {
  CHECK(value("+10%", count(), 394'000) == 433'400);
  CHECK(how("+10%", count(), 394'000) == "394 + 10% = 433,4");
  CHECK(value("-5%", count(), 394'000) == 374'300);
  CHECK(value("+ 25", count(), 394'000) == 419'000);
  CHECK(value("-3", count(), 394'000) == 391'000);
  CHECK(value("\xE2\x88\x92"
              "3",
              count(), 394'000) == 391'000); // the minus sign U+2212
  CHECK(value("x1,1", count(), 394'000) == 433'400);
  CHECK(value("*1,1", count(), 394'000) == 433'400);
  CHECK(value("X 2", count(), 394'000) == 788'000);
  CHECK(value("\xC3\x97"
              "0,5",
              count(), 394'000) == 197'000); // ×
  CHECK(how("x1,1", count(), 394'000) == "394 × 1,1 = 433,4");
  CHECK(value("+2,5 uur", hours(), 10'000) == 12'500);
  CHECK(value("+€ 5", tariff(), 11'099) == 11'599);
  CHECK(value("-0,5 fte", fte(), 9'500) == 9'000);
  // Rounded to the field's decimals, half away from zero, and said so.
  CHECK(value("x1,0001", count(), 7'777) == 7'778);
  CHECK(how("x1,0001", count(), 7'777) == "7,777 × 1,0001 = 7,778 (afgerond)");
  // Whole hours stay whole.
  CHECK(value("+10%", pool(), 1'234'000) == 1'357'000);
  CHECK(how("+10%", pool(), 1'234'000) == "1.234 + 10% = 1.357 (afgerond)");
  // In a percentage field a plain +n or -n is in percentage points.
  CHECK(value("+2", key(), 120'200) == 140'200);
  CHECK(value("x1,1", key(), 120'200) == 132'220);
}

TEST_CASE("what is not exactly a number in the field's unit is refused with the reason") {
  CHECK(refused("50%", fte(), 9'500).find("een percentage past niet in dit veld (fte)") != std::string::npos);
  CHECK(refused("50%", count(), 394'000).find("percentage past niet") != std::string::npos);
  CHECK(refused("+10%", key(), 120'200).find("dubbelzinnig") != std::string::npos);
  CHECK(refused("€ 5", count(), 1) == "dit veld bevat een aantal, geen een bedrag in euro");
  CHECK(refused("5 uur", fte(), 1) == "dit veld bevat fte, geen uren");
  CHECK(refused("x1,1%", count(), 1) == "een factor heeft geen eenheid (typ x1,1)");
  CHECK(refused("+-3", count(), 1) == "is geen getal (twee tekens voor het getal)");
  CHECK(refused("++3", count(), 1) == "is geen getal (twee tekens voor het getal)");
  CHECK(refused("+", count(), 1) == "vul een getal in");
  CHECK(refused("10 stuks", count(), 1) == "is geen getal");
  CHECK(refused("1,2345", count(), 1) == "heeft te veel decimalen (hoogstens 3)");
  CHECK(refused("", count(), 1) == "vul een getal in");
  CHECK(refused("+10%", pool(), std::nullopt) == "er staat nog geen waarde in dit veld; typ een getal");
  CHECK(refused("-500", count(), 394'000) == "394 − 500 = -106: mag niet negatief zijn");
  CHECK(refused("x1000000", key(), 120'200).find("is te groot (hoogstens 100 %)") != std::string::npos);
  CHECK(refused("10,5", pool(), 1) == "moet een heel aantal uren zijn");
  CHECK(refused("101%", key(), 1) == "is te groot (hoogstens 100 %)");
}

TEST_CASE("the field shows a value as it is typed back") {
  CHECK(entry_text(count(), 433'400) == "433,4");
  CHECK(entry_text(tariff(), 12'050) == "€ 120,50");
  CHECK(entry_text(key(), 120'200) == "12,02%");
  CHECK(entry_text(fte(), 9'500) == "9,50");
  for (std::int64_t v : {0LL, 1LL, 433'400LL, 1'234'567LL})
    CHECK(value(entry_text(count(), v), count(), 1) == v);
}
