#include "core/model/dutch_format.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>

using namespace vth;

TEST_CASE("thousands are grouped with a dot") {
  CHECK(format_grouped(0) == "0");
  CHECK(format_grouped(999) == "999");
  CHECK(format_grouped(1000) == "1.000");
  CHECK(format_grouped(1234567) == "1.234.567");
  CHECK(format_grouped(-1234) == "-1.234");
  CHECK(format_grouped(std::numeric_limits<std::int64_t>::min()) == "-9.223.372.036.854.775.808");
}

TEST_CASE("hours use a decimal comma and round half away from zero") {
  CHECK(format_hours(1234500, 1) == "1.234,5");
  CHECK(format_hours(1234550, 1) == "1.234,6");
  CHECK(format_hours(-1234550, 1) == "-1.234,6");
  CHECK(format_hours(739000, 0) == "739");
  CHECK(format_hours(499, 0) == "0");
  CHECK(format_hours(500, 0) == "1");
  CHECK(format_hours(5, 2) == "0,01");
}

TEST_CASE("euros carry the euro sign and Dutch separators") {
  CHECK(format_euro(58025600, 0) == "€ 580.256");
  CHECK(format_euro(11099) == "€ 110,99");
  CHECK(format_euro(5) == "€ 0,05");
  CHECK(format_euro(-150) == "€ -1,50");
  CHECK(format_euro(18313350, 0) == "€ 183.134"); // 183.133,50 rounds up
}

TEST_CASE("percentages from basis points") {
  CHECK(format_percent(120200) == "12,02%");
  CHECK(format_percent(1000000, 0) == "100%");
  CHECK(format_percent(5, 4) == "0,0005%");
}

TEST_CASE("div_round rounds half away from zero in both directions") {
  CHECK(div_round(15, 10) == 2);
  CHECK(div_round(14, 10) == 1);
  CHECK(div_round(-15, 10) == -2);
  CHECK(div_round(-14, 10) == -1);
  CHECK(mul_div_round(1650000, 11099, 1000).value() == 18313350);
  CHECK_FALSE(mul_div_round(std::numeric_limits<std::int64_t>::max(), 4, 1).has_value());
}

TEST_CASE("dates in Dutch") {
  CHECK(vth::format_date(2026, 11, 27) == "27 november 2026");
  CHECK(vth::format_date(2025, 1, 1) == "1 januari 2025");
  CHECK(vth::format_date(2025, 13, 1) == "1-13-2025");
}
