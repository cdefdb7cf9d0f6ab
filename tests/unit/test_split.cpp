#include "core/engine/split.hpp"
#include "core/model/fixed_point.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <numeric>
#include <random>

using vth::split_largest_remainder;

TEST_CASE("largest remainder: the source's regional projects") {
  // 6.150 uur over Enschede 12,02% and the rest: Enschede's exact share is 739,23.
  auto parts = split_largest_remainder(6150, {120'200, 879'800});
  REQUIRE(parts);
  CHECK((*parts)[0] == 739);
  CHECK((*parts)[1] == 5411);
}

TEST_CASE("largest remainder: ties go to the earlier weight, deterministically") {
  auto parts = split_largest_remainder(10, {1, 1, 1});
  REQUIRE(parts);
  CHECK(*parts == std::vector<std::int64_t>{4, 3, 3});
}

TEST_CASE("largest remainder: refuses what cannot be divided") {
  CHECK_FALSE(split_largest_remainder(10, {}).has_value());
  CHECK_FALSE(split_largest_remainder(10, {0, 0}).has_value());
  CHECK_FALSE(split_largest_remainder(10, {5, -1}).has_value());
  CHECK_FALSE(split_largest_remainder(-1, {1}).has_value());
  auto zero = split_largest_remainder(0, {3, 4});
  REQUIRE(zero);
  CHECK(*zero == std::vector<std::int64_t>{0, 0});
}

TEST_CASE("largest remainder property: random keys always sum exactly, none negative, each within one unit") {
  std::mt19937_64 rng(20251127);
  for (int round = 0; round < 5000; ++round) {
    const std::size_t n = 1 + rng() % 20;
    std::vector<std::int64_t> weights(n);
    for (auto& w : weights) w = static_cast<std::int64_t>(rng() % (round % 3 == 0 ? 3 : 1'000'000));
    if (std::accumulate(weights.begin(), weights.end(), std::int64_t{0}) == 0) weights[0] = 1;
    const auto total = static_cast<std::int64_t>(rng() % (round % 2 ? 100 : 10'000'000'000LL));
    auto parts = split_largest_remainder(total, weights);
    REQUIRE(parts);
    const std::int64_t wsum = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::int64_t p = (*parts)[i];
      CHECK(p >= 0);
      sum += p;
      // |p - total*w/W| < 1, checked in integers: |p*W - total*w| < W.
      const vth::Int128 diff =
          static_cast<vth::Int128>(p) * wsum - static_cast<vth::Int128>(total) * weights[i];
      CHECK((diff < 0 ? -diff : diff) < wsum);
      if (weights[i] == 0) CHECK(p == 0);
    }
    CHECK(sum == total);
  }
}
