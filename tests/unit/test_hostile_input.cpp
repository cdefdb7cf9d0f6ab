// Files and texts that arrive by mail and by link: each is read exactly or
// refused with a Dutch message that says where, and none can make the reader
// allocate or recurse without bound (docs/programme-format.md, "Vijandige
// bestanden"). The large cases live in tests/hostile/ (generated) and run
// against the CLI and the browser.
#include "test_files.hpp"

#include "core/io/programme_io.hpp"
#include "core/io/scenario_io.hpp"
#include "core/io/share_link.hpp"
#include "core/json/json_parse.hpp"
#include "core/json/json_writer.hpp"
#include "core/model/utf8_text.hpp"
#include "core/output/results_tables.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>

using namespace vth;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string minimal() { return test::read_repo_file("tests/data/minimal.json"); }

// The minimal programme with one piece of its text replaced.
std::string with(const std::string& from, const std::string& to) {
  std::string text = minimal();
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// The single issue of a refused file.
Issue refusal_of(const std::string& text) {
  const Result<Programme> r = read_programme(text);
  REQUIRE_FALSE(r);
  REQUIRE_FALSE(r.issues().empty());
  return r.issues().front();
}

} // namespace

TEST_CASE("numbers are read exactly from their decimal text, never rounded through a double") {
  CHECK(
      contains(refusal_of(with("\"aantal\": 300", "\"aantal\": 1000.0004")).message, "meer dan 3 decimalen"));
  CHECK(refusal_of(with("\"aantal\": 300", "\"aantal\": 1000.0004")).pointer == "/werk/0/aantal");
  const Result<Programme> ok = read_programme(with("\"aantal\": 300", "\"aantal\": 1.5e2"));
  REQUIRE(ok);
  CHECK(ok->work[0].count == 150'000);
  CHECK(read_programme(with("\"sleutel\": 12.02", "\"sleutel\": 12.0200000")));
  CHECK(contains(refusal_of(with("\"aantal\": 300", "\"aantal\": 1e400")).message, "te groot"));
  CHECK(decimal_to_fixed("1000.0004", 3).too_many_decimals);
  CHECK(decimal_to_fixed("0.1e-2", 3).value == 1);
  CHECK(decimal_to_fixed("-12.5", 3).value == -12'500);
  CHECK(decimal_to_fixed("99999999999999999999", 0).too_large);
}

TEST_CASE("decimal_to_fixed: every way of writing a value gives it, one digit more is refused") {
  // From the rule, not from the reader: a whole number of units (S, its digits) and the
  // units' decimals d, written as JSON writes numbers in many ways (leading zeros in the
  // fraction, trailing zeros, the point anywhere with the exponent making up for it).
  const std::string int64_max = "9223372036854775807";
  std::mt19937 random(20261207);
  const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  // S × 10^-d written with `fraction` digits after the point and `zeros` more at the end.
  const auto write = [&](const std::string& s, int d, int fraction, int zeros) {
    std::string mantissa = s + std::string(static_cast<std::size_t>(zeros), '0');
    if (static_cast<int>(mantissa.size()) <= fraction)
      mantissa.insert(0, static_cast<std::size_t>(fraction + 1) - mantissa.size(), '0');
    if (fraction > 0) mantissa.insert(mantissa.size() - static_cast<std::size_t>(fraction), ".");
    const int exponent = fraction - zeros - d; // mantissa × 10^exponent = S × 10^-d
    // One pick per statement: the order of evaluation within an expression is the compiler's.
    if (exponent == 0 && pick(2)) return mantissa;
    const std::string e = pick(2) ? "e" : "E";
    const std::string sign = exponent < 0 ? "-" : pick(2) ? "+" : "";
    const std::string leading_zeros(static_cast<std::size_t>(pick(3)), '0'); // 1e05 is 1e5
    return mantissa + e + sign + leading_zeros + std::to_string(exponent < 0 ? -exponent : exponent);
  };
  for (int n = 0; n < 20000; ++n) {
    std::string s(1, static_cast<char>('1' + pick(9)));
    for (int k = pick(22); k > 0; --k) s += static_cast<char>('0' + pick(10));
    const int d = pick(7);
    const bool minus = pick(2);
    const int fraction = pick(static_cast<int>(s.size()) + 6);
    const int zeros = pick(4);
    const std::string text = (minus ? "-" : "") + write(s, d, fraction, zeros);
    CAPTURE(text);
    CAPTURE(d);
    const DecimalRead read = decimal_to_fixed(text, d);
    CHECK_FALSE(read.too_many_decimals);
    if (s.size() > int64_max.size() || (s.size() == int64_max.size() && s > int64_max)) {
      CHECK(read.too_large);
    } else {
      REQUIRE_FALSE(read.too_large);
      const std::int64_t units = std::stoll(s);
      CHECK(read.value == (minus ? -units : units));
    }
    // A non-zero digit one place further than d allows: refused for its decimals, however large.
    const int fraction_more = pick(static_cast<int>(s.size()) + 6);
    CHECK(decimal_to_fixed(write(s + "7", d + 1, fraction_more, 0), d).too_many_decimals);
  }
  CHECK(decimal_to_fixed("-0.000e5", 2).value == 0);
  CHECK(decimal_to_fixed("0", 0).value == 0);
  CHECK(decimal_to_fixed("9223372036854775807", 0).value == INT64_MAX);
  CHECK(decimal_to_fixed("-9223372036854775807", 0).value == -INT64_MAX);
  CHECK(decimal_to_fixed("922337203685477580.8", 1).too_large);
  CHECK(decimal_to_fixed("1e18", 0).value == 1'000'000'000'000'000'000);
  CHECK(decimal_to_fixed("1e19", 0).too_large); // too large by its exponent alone
  CHECK(decimal_to_fixed("1e1000000000000", 0).too_large);
  CHECK(decimal_to_fixed("1e-1000000000000", 0).too_many_decimals);
}

TEST_CASE("a key twice in one object is refused with its pointer, not silently the last") {
  const Issue i = refusal_of(with("\"aantal\": 300", "\"aantal\": 300, \"aantal\": 3000"));
  CHECK(i.pointer == "/werk/0/aantal");
  CHECK(contains(i.message, "meer dan eens"));
  CHECK(refusal_of(with("\"gemeente\": \"Testgemeente\"", "\"gemeente\": \"A\", \"gemeente\": \"B\""))
            .pointer == "/gemeente");
}

TEST_CASE("encodings: UTF-16 and UTF-32 are named as such, a UTF-8 byte order mark is fine") {
  using namespace std::string_literals;
  CHECK(contains(refusal_of("\xFF\xFE\x00\x00{\x00\x00\x00"s).message, "UTF-32"));
  CHECK(contains(refusal_of("\x00\x00\xFE\xFF\x00\x00\x00{"s).message, "UTF-32"));
  CHECK(contains(refusal_of("\xFF\xFE{\x00"s).message, "UTF-16"));
  CHECK(read_programme("\xEF\xBB\xBF" + minimal()));
}

TEST_CASE("control and invisible characters in texts are refused with the character and the field") {
  const struct {
    const char* text;
    const char* code;
  } cases[] = {{"Ver\\u0000gunnen", "U+0000"}, {"\\u001b[2KVergunnen", "U+001B"},
               {"Ver\\u202Egunnen", "U+202E"}, {"Ver\\u200Bgunnen", "U+200B"},
               {"Ver\\u0085gunnen", "U+0085"}, {"Ver\\tgunnen", "U+0009"},
               {"Ver\\u2066gunnen", "U+2066"}, {"Ver\\uFEFFgunnen", "U+FEFF"}};
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const Issue i = refusal_of(with("\"naam\": \"Vergunnen\"", std::string("\"naam\": \"") + c.text + "\""));
    CHECK(i.pointer == "/afdelingen/0/naam");
    CHECK(contains(i.message, c.code));
  }
  // A description may have a line break and a tab; a name may not.
  CHECK(read_programme(with("Kappen van bomen", "Kappen\\nvan\\tbomen")));
  // An invisible character in a key is refused too (as an unknown field, shown safely by every printer).
  CHECK(refusal_of(with("\"naam\": \"Vergunnen\"", "\"naam\": \"Vergunnen\", \"na\\u200Bam\": 1")).pointer ==
        "/afdelingen/0/na\xE2\x80\x8B"
        "am");
}

TEST_CASE("limits hold before anything is allocated for what they limit") {
  CHECK(
      contains(refusal_of(with("Testgemeente", std::string(70'000, 'x'))).message, "meer dan 65.536 bytes"));
  CHECK(contains(refusal_of(with("\"jaar\": 2025", "\"jaar\": " + std::string(100, '9'))).message,
                 "meer dan 64 tekens"));
  CHECK(contains(refusal_of(std::string(5'000, '[') + std::string(5'000, ']')).message,
                 "dieper genest dan 64"));
  std::string zeros = "\"x\": [0";
  for (int i = 0; i < 500'001; ++i) zeros += ",0";
  CHECK(contains(refusal_of(with("\"versie\": 1,", "\"versie\": 1, " + zeros + "],")).message,
                 "meer dan 500.000 waarden"));
}

TEST_CASE("every reader refuses deep nesting before recursing: a scenario file, an embedded programme") {
  const Result<Programme> base = read_programme(minimal());
  REQUIRE(base);
  const std::string deep =
      "{\"schema\": \"vth-planner-scenario\", \"programma\": " + std::string(5'000, '[') +
      std::string(5'000, ']') + "}";
  const auto r = read_scenario(deep, *base, 0);
  REQUIRE_FALSE(r);
  REQUIRE(r.issues().size() == 1);
  CHECK(contains(r.issues()[0].message, "dieper genest dan 64"));
}

TEST_CASE("share links: unknown flags and names with control characters or broken UTF-8 are refused") {
  const Result<Programme> base = read_programme(minimal());
  REQUIRE(base);
  const Programme& p = *base;
  const auto payload_with = [&](const std::string& name, std::uint8_t flags) {
    ShareData d;
    d.programme_id = programme_fingerprint(p);
    d.scenario.name = name;
    std::string bytes = *share_detail::unbase64url(encode_share(p, d));
    bytes[3] = static_cast<char>(flags);
    bytes.resize(bytes.size() - 4);
    const std::uint32_t crc = share_detail::crc32(bytes);
    for (int i = 0; i < 4; ++i) bytes += static_cast<char>((crc >> (8 * i)) & 0xFF);
    return share_detail::base64url(bytes);
  };
  const auto refused = [&](const std::string& payload) {
    const auto r = decode_share(payload, p, programme_fingerprint(p));
    return r ? std::string() : r.message();
  };
  CHECK(refused(payload_with("Meer toezicht", 0)).empty());
  CHECK(contains(refused(payload_with("Meer toezicht", 0x80)), "vlag 128"));
  CHECK(contains(refused(payload_with("Meer\xFFtoezicht", 0)), "geen geldige UTF-8"));
  CHECK(contains(refused(payload_with(std::string("Meer\0toezicht", 13), 0)), "U+0000"));
  CHECK(contains(refused(payload_with("Meer \xE2\x80\xAE toezicht", 0)), "U+202E"));
}

TEST_CASE("what is printed shows control characters instead of acting on them") {
  CHECK(visible_text("a\x1b[2Kb", true) == "a\\u{001B}[2Kb");
  CHECK(visible_text("a\xE2\x80\xAE"
                     "b",
                     true) == "a\\u{202E}b");
  CHECK(visible_text("a\nb\tc", true) == "a\nb\tc");
  CHECK(visible_text("a\xFF", true) == "a\\u{FFFD}");
  JsonWriter w;
  w.string("a\xE2\x80\xAE"
           "b\x1b");
  CHECK(w.finish() == "\"a\\u202eb\\u001b\"\n");
}

TEST_CASE("spreadsheet exports neutralise formulas in text cells and keep numbers numbers") {
  Table t{"Test", {"Naam", "Uren"}, {}};
  for (const char* name : {"=HYPERLINK(\"http://x\";\"klik\")", "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3"})
    t.rows.push_back({Cell::str(name), Cell::hours(-12'500)});
  const std::string csv = table_to_csv(t);
  const std::string tsv = table_to_tsv(t);
  for (const std::string& out : {csv, tsv}) {
    CHECK(contains(out, "'=HYPERLINK"));
    CHECK(contains(out, "'+cmd"));
    CHECK(contains(out, "'@SUM"));
    CHECK(contains(out, "'-2+3"));
    CHECK(contains(out, "-12,5"));
    CHECK_FALSE(contains(out, "'-12,5"));
  }
}
