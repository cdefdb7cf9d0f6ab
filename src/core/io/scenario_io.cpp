#include "scenario_io.hpp"

#include "core/fields/edit.hpp"
#include "core/json/json_parse.hpp"
#include "core/json/json_reader.hpp"
#include "core/json/json_writer.hpp"
#include "programme_io.hpp"
#include "reader_detail.hpp"

#include <cstdio>

namespace vth {
namespace {

std::string hex64(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

} // namespace

std::string write_scenario(const Programme& baseline, const Scenario& scenario, bool include_programme) {
  const std::string text = include_programme ? write_programme(baseline) : std::string();
  return write_scenario(baseline, programme_fingerprint(baseline), scenario,
                        include_programme ? &text : nullptr);
}

std::string write_scenario(const Programme& baseline, std::uint64_t baseline_id, const Scenario& scenario,
                           const std::string* programme_text) {
  JsonWriter w;
  w.begin_object();
  w.key("schema").string(kScenarioSchema);
  w.key("versie").integer(1);
  w.key("naam").string(scenario.name);
  w.key("programma_kenmerk").string(hex64(baseline_id));
  w.key("wijzigingen").begin_array();
  for (const auto& [pointer, value] : scenario.changes) {
    const auto field = find_field(baseline, pointer);
    if (!field) continue;
    w.begin_object().key("pointer").string(pointer).key("waarde");
    if (value)
      w.fixed(*value, field->spec.decimals);
    else
      w.null();
    w.end_object();
  }
  w.end_array();
  // The programme file as it was read or written, nested as JSON.
  if (programme_text) w.key("programma").raw(*programme_text);
  w.end_object();
  return w.finish();
}

ScenarioRead read_scenario(std::string_view text, const Programme& baseline) {
  return read_scenario(text, baseline, programme_fingerprint(baseline));
}

ScenarioRead read_scenario(std::string_view text, const Programme& baseline, std::uint64_t baseline_id) {
  ScenarioRead out;
  Issues& issues = out.issues;
  // A carried programme's long tables are streamed like a programme file's.
  reader::TableStreamer tables({"programma"}, issues);
  JsonValue root;
  if (auto refused = parse_json(text, root, programme_json_limits(), &tables)) {
    issues.push_back(std::move(*refused));
    return out;
  }
  ObjectReader r(root, "", issues);
  if (!r.ok()) return out;
  const std::string schema = r.single_line("schema");
  if (!schema.empty() && schema != kScenarioSchema) {
    r.error("schema", schema == "vth-planner-programma"
                          ? "dit is een programmabestand, geen scenario (open het met 'Openen…')"
                          : "is '" + schema + "'; verwacht '" + kScenarioSchema + "'");
    return out;
  }
  const auto version = r.integer("versie", 0, 1'000'000);
  if (version && *version != 1) {
    r.error("versie", "versie " + std::to_string(*version) + " is onbekend; deze VTH-planner leest versie 1");
    return out;
  }
  Scenario scenario;
  scenario.name = r.single_line("naam");
  const std::string id = r.single_line("programma_kenmerk");
  if (const JsonValue* p = r.object("programma", false))
    out.programme = reader::read_programme_tree(*p, tables, r.child("programma"), issues);
  const Programme& base = out.programme ? *out.programme : baseline;
  // A carried programme belongs to the changes by being in the same file.
  if (!r.has("programma") && !id.empty() && id != hex64(baseline_id))
    r.error("programma_kenmerk", "dit scenario hoort bij een ander programma dan het programma dat open is");
  if (const JsonValue* list = r.array("wijzigingen")) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      ObjectReader c((*list)[i], "/wijzigingen/" + std::to_string(i), issues);
      const std::string pointer = c.single_line("pointer");
      const auto field = find_field(base, pointer);
      if (!pointer.empty() && !field)
        c.error("pointer", "'" + pointer + "' is geen bewerkbaar getal in het programma");
      const JsonValue* raw = c.value("waarde", field.has_value());
      if (field && raw) {
        if (raw->is_null() && field->may_be_empty) {
          scenario.changes[pointer] = std::nullopt;
        } else {
          std::string why;
          auto value = to_fixed(*raw, field->spec, why);
          if (!value)
            c.error("waarde", why);
          else if (field->whole_hours && *value % 1000 != 0)
            c.error("waarde", "moet een heel aantal uren zijn");
          else
            scenario.changes[pointer] = *value;
        }
      }
      c.finish();
    }
  }
  r.finish();
  if (issues.empty()) out.scenario = std::move(scenario);
  return out;
}

} // namespace vth
