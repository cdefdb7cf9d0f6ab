#include "split.hpp"

#include "core/model/fixed_point.hpp"

#include <algorithm>
#include <numeric>

namespace vth {

std::optional<std::vector<std::int64_t>> split_largest_remainder(std::int64_t total,
                                                                 const std::vector<std::int64_t>& weights) {
  if (total < 0) return std::nullopt;
  Int128 sum = 0;
  for (std::int64_t w : weights) {
    if (w < 0) return std::nullopt;
    sum += w;
  }
  if (sum == 0) return std::nullopt;

  std::vector<std::int64_t> parts(weights.size());
  std::vector<Int128> remainders(weights.size());
  Int128 assigned = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const Int128 exact = static_cast<Int128>(total) * weights[i]; // share × sum
    parts[i] = static_cast<std::int64_t>(exact / sum);
    remainders[i] = exact % sum;
    assigned += parts[i];
  }
  // Hand out the units lost to flooring, largest remainder first.
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  auto left = static_cast<std::int64_t>(static_cast<Int128>(total) - assigned);
  for (std::size_t k = 0; left > 0; ++k, --left) ++parts[order[k]];
  return parts;
}

} // namespace vth
