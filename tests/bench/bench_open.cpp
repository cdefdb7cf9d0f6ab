// Opening the 100.000-line programme, step by step, as the interface does it:
// the JSON text parsed (elements dropped as they come: the tokenizer and the
// tree of each element only), read into a programme (parse + validation),
// analysed, calculated, and the file's fingerprint. Built natively and as wasm
// (run under Node.js) by ./bench.sh; the wasm figures are what the browser pays
// after the file's bytes are in memory. Prints "<step> median_ms=<x> min_ms=<y> runs=<n>".

#include "core/engine/engine.hpp"
#include "core/io/programme_io.hpp"
#include "core/io/synthetic.hpp"
#include "core/json/json_parse.hpp"
#include "core/scenario/scenario.hpp"

#include "bench_timer.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace {

// Streams /werk and the ODT tables like the reader, but drops their elements.
class DropElements : public vth::JsonStreamer {
public:
  int stream_array(const std::vector<std::string>& path) override {
    return !path.empty() && (path[0] == "werk" || path[0] == "odt") ? 0 : -1;
  }
  std::optional<vth::Issue> element(int, std::size_t, vth::JsonValue&& e) override {
    count += e.size();
    return std::nullopt;
  }
  std::int64_t count = 0;
};

} // namespace

using bench::measure;

int main() {
  using namespace vth;
  const std::string text = write_programme(make_synthetic_programme(100000, 15));
  std::printf("file: %.1f MB\n", static_cast<double>(text.size()) / 1048576.0);
  measure("parse_json_100k", 5, [&] {
    JsonValue root;
    DropElements drop;
    const auto issue = parse_json(text, root, programme_json_limits(), &drop);
    return issue ? -1 : drop.count;
  });
  measure("read_programme_100k", 5, [&] {
    const auto read = read_programme(text);
    return read ? static_cast<std::int64_t>(read->work.size()) : -1;
  });
  const auto read = read_programme(text);
  if (!read) return 1;
  measure("analyse_100k", 5, [&] { return analyse(*read) ? 1 : 0; });
  const AnalysisPtr analysis = analyse(*read);
  measure("calculate_100k", 5, [&] { return calculate(*read, analysis).odt.total_hours; });
  measure("fingerprint_100k", 5, [&] { return static_cast<std::int64_t>(text_fingerprint(text) & 0xFFFF); });
  return 0;
}
