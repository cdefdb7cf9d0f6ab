// libFuzzer target: rows pasted from Excel or read from a CSV file
// (core/io/table_import) with any bytes, into every table. Beyond "no crash, no
// leak, no undefined behaviour": whatever the plan takes applies to the
// programme (materialise accepts its changes) and gives a programme that is
// written and read back as a valid file; every refusal says why.
#include "core/io/programme_io.hpp"
#include "core/io/synthetic.hpp"
#include "core/io/table_import.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const vth::Programme programme = vth::make_synthetic_programme(40, 5);
  if (size == 0) return 0;
  // The first byte picks the table; the rest is what was pasted.
  const auto tables = vth::tables();
  const vth::TableDef& t = tables[data[0] % tables.size()];
  vth::RowId parent = 0;
  if (t.parent && vth::row_count(programme, *t.parent) > 0)
    parent = vth::row_id_at(programme, *t.parent, {0, 0});
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  vth::ImportOptions options;
  options.max_rows = 2000;
  const vth::ImportPlan plan = vth::plan_import(programme, programme, {}, t.id, text, options, parent);
  for (const vth::ImportRefusal& r : plan.refused)
    if (r.message.empty()) std::abort();
  if (plan.changes.empty()) return 0;
  const auto applied = vth::materialise(programme, plan.changes);
  if (!applied) std::abort();                                             // the plan took what does not apply
  if (!vth::read_programme(vth::write_programme(*applied))) std::abort(); // not a valid file
  return 0;
}
