// The reader's own JSON tokenizer (src/core/json/json_parse.cpp) judged by an
// independent one: nlohmann/json, which the project used before. Both must
// accept exactly the same texts and, where they accept, read the same values;
// the intended differences are the reader's own rules on top of JSON (a key
// twice in one object, a NUL byte and nesting beyond the limit are refused;
// numbers keep their written text).
// Hand-picked edge cases, then thousands of mutated files.
#include "test_files.hpp"

#include "json_oracle.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>

using namespace vth;

using namespace vth::test_oracle;

TEST_CASE("the JSON tokenizer accepts and refuses what nlohmann/json does: edge cases") {
  const char* cases[] = {
      // literals, numbers
      "true",
      "false",
      "null",
      "tru",
      "nul",
      "nulls",
      "True",
      "0",
      "-0",
      "01",
      "-",
      "1.",
      ".5",
      "1e",
      "1e+",
      "1E-2",
      "-0.0e-0",
      "1e400",
      "-1e400",
      "1e-400",
      "+1",
      "0x10",
      "123456789012345678901234567890",
      "18446744073709551616",
      "-9223372036854775809",
      "1.7976931348623157e308",
      "1.8e308",
      // the least number that rounds to infinity is 2^1024 - 2^970 (the reader decides without strtod)
      "1.7976931348623158e308",
      "1.797693134862315807937289714053034150799e308",
      "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096"
      "330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730"
      "270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497"
      "792",
      "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096"
      "330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730"
      "270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497"
      "791",
      "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096"
      "330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730"
      "270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497"
      "791.99e0",
      "-0."
      "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096"
      "330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730"
      "270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497"
      "792e309",
      "0."
      "000017976931348623158079372897140530341507993413271003782693617377898044496829276475094664901797758720"
      "709633e313",
      "0."
      "000017976931348623158079372897140530341507993413271003782693617377898044496829276475094664901797758720"
      "709632e313",
      "100e307",
      "10e307",
      "0e999999999999999999999",
      "0.000e-999999999999999999999",
      "1e-999999999999999999999",
      "1e+0308",
      "1E309",
      "Infinity",
      "NaN",
      // strings and escapes
      "\"\"",
      "\"a\\\"b\"",
      "\"\\/\\b\\f\\n\\r\\t\\\\\"",
      "\"\\x\"",
      "\"\\u00e9\"",
      "\"\\u00E9\"",
      "\"\\u0000\"",
      "\"\\uD83D\\uDE00\"",
      "\"\\uD800\"",
      "\"\\uDC00\"",
      "\"\\uD800\\u0041\"",
      "\"\\uD800x\"",
      "\"\\u12\"",
      "\"\\uZZZZ\"",
      "\"tab\there\"",
      "\"line\nbreak\"",
      "\"open",
      "\"\\",
      // UTF-8: valid, overlong, surrogates, beyond U+10FFFF, truncated, stray continuation
      "\"\xC3\xA9\"",
      "\"\xE2\x82\xAC\"",
      "\"\xF0\x9F\x98\x80\"",
      "\"\xC0\x80\"",
      "\"\xC1\xBF\"",
      "\"\xE0\x80\x80\"",
      "\"\xE0\xA0\x80\"",
      "\"\xED\x9F\xBF\"",
      "\"\xED\xA0\x80\"",
      "\"\xF0\x80\x80\x80\"",
      "\"\xF0\x90\x80\x80\"",
      "\"\xF4\x8F\xBF\xBF\"",
      "\"\xF4\x90\x80\x80\"",
      "\"\xF5\x80\x80\x80\"",
      "\"\x80\"",
      "\"\xC3\"",
      "\"\xE2\x82\"",
      "\"\xE2\x82"
      "A\"", // a bad third byte
      "\"\xF0\x9F\x98"
      "A\"",                  // a bad fourth byte
      "\"\xF4\x8F\xBF\"",     // cut short before its fourth byte
      "\"\xE2\x82\xAC\xAC\"", // a stray continuation after a whole sequence
      "\xC3\xA9",
      // structure
      "[]",
      "{}",
      "[1,]",
      "[,1]",
      "{,}",
      "{\"a\":1,}",
      "{\"a\" 1}",
      "{\"a\":}",
      "{1:2}",
      "[1 2]",
      "[[[]]]",
      "[",
      "{",
      "]",
      "[1}",
      "{\"a\":[1,{\"b\":null}]}",
      " \t\r\n[ 1 , 2 ] \n",
      "[1]\f",
      "1 2",
      "[] x",
      "{} {}",
      "\xEF\xBB\xBF[1]",
      "\xEF\xBB\xBF",
      "",
      "   ",
  };
  const std::string deep = std::string(300, '[') + std::string(300, ']');
  CHECK(disagreement(deep) == ""); // refused by the reader's limit, accepted by nlohmann: expected
  JsonValue v;
  CHECK(parse_json(deep, v, open_limits())->message.find("dieper genest dan 200") != std::string::npos);
  for (const char* text : cases) {
    INFO("text: ", text);
    CHECK(disagreement(text) == "");
  }
}

TEST_CASE("the JSON tokenizer refuses a number beyond a double exactly where nlohmann/json does") {
  // Numbers near 2^1024 - 2^970 (the least that rounds to infinity), written in many ways: the
  // digits of that limit cut at a random place, nudged up or down, with the decimal point moved
  // and the exponent making up for it, leading and trailing zeros.
  const std::string least =
      "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649"
      "017977587207096330286416692887910946555547851940402630657488671505820681908902000708383"
      "676273854845817711531764475730270069855571366959622842914819860834936475292719074168444"
      "365510704342711559699508093042880177904174497792";
  REQUIRE(least.size() == 309);
  std::mt19937 random(20261206);
  int refused = 0;
  for (int n = 0; n < 4000; ++n) {
    std::string digits = least.substr(0, 1 + random() % least.size());
    if (random() % 3 == 0) { // nudge the last digit
      char& last = digits.back();
      last = static_cast<char>(random() % 2 ? std::min(last + 1, int{'9'}) : std::max(last - 1, int{'0'}));
    }
    if (random() % 4 == 0) digits += std::string(random() % 4, '0') + std::to_string(random() % 10);
    // value = 0.digits × 10^309 (+ a shift of the order of magnitude now and then)
    const long shift = random() % 5 == 0 ? static_cast<long>(random() % 3) - 1 : 0;
    const long point = static_cast<long>(random() % (digits.size() + 3)) - 1; // digits before the point
    std::string mantissa;
    if (point <= 0)
      mantissa = "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
    else if (static_cast<std::size_t>(point) >= digits.size())
      mantissa = digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0');
    else
      mantissa = digits.substr(0, static_cast<std::size_t>(point)) + "." +
                 digits.substr(static_cast<std::size_t>(point));
    const long exponent = 309 - point + shift;
    const std::string text = (random() % 2 ? "-" : "") + mantissa + (random() % 2 ? "e" : "E") +
                             (exponent >= 0 && random() % 2 ? "+" : "") + std::to_string(exponent);
    INFO("text: ", text);
    CHECK(disagreement(text) == "");
    JsonValue v;
    if (parse_json(text, v, open_limits())) ++refused;
  }
  // Both sides of the limit were tried.
  CHECK(refused > 500);
  CHECK(refused < 3500);
}

TEST_CASE("the JSON tokenizer refuses what the reader adds to JSON, and says where") {
  JsonValue v;
  CHECK(parse_json("{\"a\":1,\"b\":2,\"a\":3}", v)->pointer == "/a");
  CHECK(parse_json("{\"\":1,\"\":2}", v)->pointer == "/");
  CHECK(parse_json("[1,2]\n x", v)
            ->message.find("na het einde van het JSON-document staat nog iets, bij regel 2, kolom 2") !=
        std::string::npos);
  CHECK(parse_json("{\"a\": tru}", v)->message == "geen geldige JSON bij regel 1, kolom 10");
  CHECK(parse_json("[1, 2", v)->message.find("houdt onverwacht op") != std::string::npos);
  CHECK(parse_json("[\"\xC3\xA9\xFF\"]", v)->message.find("geen geldige UTF-8 is, bij regel 1, kolom 4") !=
        std::string::npos);
  CHECK(parse_json("[1e999]", v)->message.find("te groot") != std::string::npos);
  CHECK(parse_json("[1, \"a\0b\"]", v)->message.find("NUL-teken") ==
        std::string::npos); // a literal's NUL ends the C string
  CHECK(parse_json(std::string("[1, \"a\0b\"]", 10), v)->message.find("NUL-teken bij regel 1, kolom 7") !=
        std::string::npos);
}

TEST_CASE("the JSON tokenizer agrees with nlohmann/json on thousands of mutated programme files") {
  const std::string seeds[] = {
      test::read_repo_file("tests/data/minimal.json"),
      "{\"a\":[1,-2.5e3,true,null,\"\\u00e9\\uD83D\\uDE00\xC3\xA9\"],\"b\":{\"c\":{}}}"};
  // Bytes that change the grammar, and bytes that change the UTF-8.
  // (From an array: a string literal would end at its NUL.)
  static const char bytes[] =
      "{}[],:\"\\/-+.eE0123456789tfnu \t\r\n\x00\x7F\x80\x82\x98\xBF\xC0\xC3\xE0\xE2\xED\xF0\xF4\xF5\xFF";
  const std::string interesting(bytes, sizeof bytes - 1);
  std::mt19937_64 random(20261206);
  int accepted = 0, compared = 0;
  for (int round = 0; round < 6000; ++round) {
    std::string text = seeds[round % 2];
    const int edits = 1 + static_cast<int>(random() % 3);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = random() % text.size();
      const char byte = interesting[random() % interesting.size()];
      switch (random() % 3) {
      case 0:
        text[at] = byte;
        break;
      case 1:
        text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), byte);
        break;
      default:
        text.erase(at, 1 + random() % 4);
      }
      if (text.empty()) text = "x";
    }
    const std::string why = disagreement(text);
    ++compared;
    JsonValue v;
    if (!parse_json(text, v, open_limits())) ++accepted;
    if (!why.empty()) {
      INFO("text: ", text);
      FAIL_CHECK(why);
    }
  }
  // Both kinds of outcome occur, so the comparison is not one-sided.
  CHECK(accepted > 300);
  CHECK(compared - accepted > 300);
}

TEST_CASE("the tokenizer's text limit counts the bytes as written, up to the closing quote") {
  JsonLimits small;
  small.max_string_bytes = 8; // a text of at most 7 bytes between its quotes
  JsonValue v;
  CHECK_FALSE(parse_json("[\"1234567\"]", v, small));
  CHECK(v[0].text() == "1234567");
  CHECK(parse_json("[\"12345678\"]", v, small)->message.find("meer dan 8 bytes bij regel 1, kolom 2") !=
        std::string::npos);
  CHECK_FALSE(parse_json("[\"1\\u00e9\"]", v, small)); // 7 bytes as written, an escape among them
  CHECK(parse_json("[\"12\\u00e9\"]", v, small)->message.find("meer dan 8 bytes") != std::string::npos);
  CHECK_FALSE(parse_json("[\"12345\xC3\xA9\"]", v, small)); // UTF-8 counts its bytes
  CHECK(parse_json("[\"123456\xC3\xA9\"]", v, small)->message.find("meer dan 8 bytes") != std::string::npos);
  CHECK(parse_json("[\"1234567", v, small)->message.find("houdt onverwacht op") != std::string::npos);
}

// Each value keeps its key (json_value.hpp): keys, lookups and the check for a key twice,
// in small objects (pairs compared) and large ones (sorted), nested and at the root.
TEST_CASE("keys stay with their values, and a key twice is found in small and large objects") {
  for (const int n : {1, 2, 16, 17, 40}) {
    CAPTURE(n);
    std::string text = "{\"outer\": {";
    for (int i = 0; i < n; ++i)
      text += (i ? "," : "") + std::string("\"k") + std::to_string(i) + "\": " + std::to_string(i);
    text += "}, \"list\": [{\"x\": 1}, 2]}";
    JsonValue v;
    REQUIRE_FALSE(parse_json(text, v));
    REQUIRE(v.size() == 2);
    CHECK(v.key(0) == "outer");
    CHECK(v.key(1) == "list");
    const JsonValue& outer = *v.find("outer");
    REQUIRE(outer.size() == static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
      CHECK(outer.key(i) == "k" + std::to_string(i));
      CHECK(outer.find("k" + std::to_string(i))->text() == std::to_string(i));
    }
    CHECK(outer.find("k" + std::to_string(n)) == nullptr);
    CHECK(v.find("list")->find("x") == nullptr); // an array has no keys
    CHECK((*v.find("list"))[0].find("x")->text() == "1");
    // The same object with its last key written twice: refused, at that key.
    if (n < 2) continue;
    std::string twice = text;
    twice.replace(twice.find("\"k" + std::to_string(n - 1) + "\""), 2 + std::to_string(n - 1).size() + 1,
                  "\"k0\"");
    const auto error = parse_json(twice, v);
    REQUIRE(error);
    CHECK(error->pointer == "/outer/k0");
  }
}
