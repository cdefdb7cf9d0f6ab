#include "core/fields/dutch_number.hpp"

#include <doctest/doctest.h>

using vth::parse_dutch_number;

namespace {

std::int64_t ok(std::string_view text, int decimals) {
  auto r = parse_dutch_number(text, decimals);
  if (!r) FAIL_CHECK("'" << text << "' geweigerd: " << r.message());
  return r ? *r : -999;
}

std::string refused(std::string_view text, int decimals) {
  auto r = parse_dutch_number(text, decimals);
  return r ? "(geaccepteerd)" : r.message();
}

} // namespace

TEST_CASE("Dutch notation as users type it") {
  CHECK(ok("1.234,5", 3) == 1'234'500);
  CHECK(ok("1234,5", 3) == 1'234'500);
  CHECK(ok("12,02", 4) == 120'200);
  CHECK(ok("1.234.567,89", 2) == 123'456'789);
  CHECK(ok("1\xC2\xA0"
           "234",
           0) == 1234);               // a non-breaking space groups too
  CHECK(ok("1.500", 3) == 1'500'000); // a Dutch thousands separator
  CHECK(ok("12.02", 4) == 120'200);   // a lone decimal point that cannot group thousands
  CHECK(ok(",5", 3) == 500);
  CHECK(ok("-3", 3) == -3'000); // the sign is parsed; what a sign means is the field's (entry.hpp)
  CHECK(ok("  42  ", 0) == 42);
  CHECK(ok("007", 0) == 7);
  CHECK(ok("1 234 567,5", 1) == 12'345'675); // spaces that group thousands
  CHECK(ok("1\xE2\x80\xAF"
           "234",
           0) == 1234); // a narrow no-break space (U+202F) too
  CHECK(ok("- 1 234", 0) == -1234);
}

TEST_CASE("a space inside a number only groups thousands: two numbers are never read as one") {
  const std::string why = "is geen getal (een spatie mag alleen duizendtallen scheiden: 1 234,5)";
  CHECK(refused("12 13", 0) == why);
  CHECK(refused("12 13 14 15", 0) == why); // two Excel cells pasted into one field
  CHECK(refused("1 2345", 0) == why);
  CHECK(refused("1234 567", 0) == why);
  CHECK(refused("1 23,5", 1) == why);
  CHECK(refused("1,5 5", 1) == why);
  CHECK(refused("12\t13", 0) == "bevat een tab of een nieuwe regel: typ of plak één getal");
  CHECK(refused("12\n", 0).empty() == false);
}

TEST_CASE("what is not a number is refused with a reason") {
  CHECK(refused("", 3) == "vul een getal in");
  CHECK(refused("abc", 3) == "is geen getal");
  CHECK(refused("1,2,3", 3) == "bevat meer dan één komma");
  CHECK(refused("12.34,5", 3).find("groepen van drie") != std::string::npos);
  CHECK(refused("1.2.3", 3).find("komma") != std::string::npos);
  CHECK(refused("1,2345", 3) == "heeft te veel decimalen (hoogstens 3)");
  CHECK(refused("99999999999999999999", 3) == "is te groot");
  CHECK(refused("1e5", 3) == "is geen getal");
  CHECK(refused("--1", 3) == "is geen getal");
  CHECK(refused("12 uur", 3) == "is geen getal"); // units are the field's: read_entry()
}
