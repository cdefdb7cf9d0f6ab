// The large font has fewer characters than the text font (glyph_ranges.hpp): every text
// drawn in it (view and page titles, key figures) must have all of them, or the screen
// shows "?" where a character should be.
#include "ui_state.hpp"

#include "ui/glyph_ranges.hpp"
#include "ui/key_figures.hpp"
#include "ui/presentation.hpp"

#include "core/engine/engine.hpp"
#include "core/io/synthetic.hpp"
#include "core/model/dutch_format.hpp"

#include <doctest/doctest.h>

#include <cstdint>

using namespace vth;
using namespace vth::ui;

TEST_CASE("has_glyphs: each character of UTF-8 text within the ranges") {
  CHECK(has_glyphs(kLargeGlyphs, "€ 2.203.215 − 12,5 fte"));
  CHECK(has_glyphs(kTextGlyphs, "Energiebesparing Hengelo · Twente “ë”"));
  CHECK_FALSE(has_glyphs(kLargeGlyphs, "Ë")); // Latin-1 letters are in the text font only
  CHECK_FALSE(has_glyphs(kLargeGlyphs, "≤")); // and the signs of tables
  CHECK(has_glyphs(kTextGlyphs, "≤ ▲"));
  CHECK_FALSE(has_glyphs(kTextGlyphs, "\x7f"));     // not drawn: texts with it are refused
  CHECK_FALSE(has_glyphs(kTextGlyphs, "\xc3"));     // cut UTF-8
  CHECK_FALSE(has_glyphs(kTextGlyphs, "\xe2\x82")); // cut in the middle of €
  CHECK_FALSE(has_glyphs(kTextGlyphs, "\x80"));     // a continuation byte first
  CHECK_FALSE(has_glyphs(kTextGlyphs, "漢"));
  // Overlong forms, surrogates and leads beyond U+10FFFF are not UTF-8 (ImGui draws U+FFFD).
  CHECK_FALSE(has_glyphs(kTextGlyphs, "\xc1\x81"));         // 'A' in two bytes
  CHECK_FALSE(has_glyphs(kTextGlyphs, "\xe0\x80\xa0"));     // ' ' in three
  CHECK_FALSE(has_glyphs(kTextGlyphs, "\xf0\x80\x82\xac")); // '€' in four
  CHECK_FALSE(has_glyphs(kTextGlyphs, "\xed\xa0\x80"));     // U+D800
  CHECK_FALSE(has_glyphs(kTextGlyphs, "\xf8\x88\x80\x80\x80"));
  CHECK(has_glyphs(kTextGlyphs, "\xc2\xa0\xc3\xbf")); // U+00A0, U+00FF: the shortest forms
}

TEST_CASE("the large font has every character of the view and page titles") {
  for (View v : kViews) CHECK_MESSAGE(has_glyphs(kLargeGlyphs, view_title(v)), view_title(v));
  for (int page = 0; page < kPresentationPages; ++page)
    CHECK_MESSAGE(has_glyphs(kLargeGlyphs, page_title(page)), page_title(page));
}

TEST_CASE("the large font has every character of the key figures' values (their differences are drawn in the "
          "text font)") {
  const auto check_values = [](const std::vector<KeyFigure>& figures) {
    REQUIRE_FALSE(figures.empty());
    for (const KeyFigure& f : figures) CHECK_MESSAGE(has_glyphs(kLargeGlyphs, f.value), f.value);
  };
  test::Recorded recorded;
  AppState state = test::enschede_state(recorded);
  check_values(key_figures(state));
  REQUIRE(test::type(state, "/instellingen/odt_uurtarief", "120"));
  REQUIRE(test::type(state, "/afdelingen/0/beschikbare_fte", "-3"));
  check_values(key_figures(state));
  // Programmes of other sizes and shapes: shortages, large sums.
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const Programme p = make_synthetic_programme(40 * seed, 1 + seed % 7, seed);
    const Results r = calculate(p, analyse(p));
    check_values(key_figures(r, nullptr));
  }
  // The presentation's own figures use the same formats (presentation.cpp).
  for (const std::int64_t v :
       {std::int64_t{0}, std::int64_t{-5}, std::int64_t{999'999'999'999}, std::int64_t{-1'234'567}}) {
    CHECK(has_glyphs(kLargeGlyphs, format_euro(v, 0)));
    CHECK(has_glyphs(kLargeGlyphs, format_hours(v, 0) + " uur"));
    CHECK(has_glyphs(kLargeGlyphs, format_fixed(v, 3, 2) + " fte"));
  }
}
