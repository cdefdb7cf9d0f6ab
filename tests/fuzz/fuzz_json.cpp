// The reader's own JSON tokenizer against nlohmann/json on any bytes: both
// accept with the same values, or both refuse (tests/unit/json_oracle.hpp).
#include "../unit/json_oracle.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::string why = vth::test_oracle::disagreement(text);
  if (!why.empty()) {
    std::fprintf(stderr, "JSON tokenizer disagrees with nlohmann/json: %s\n", why.c_str());
    std::abort();
  }
  return 0;
}
