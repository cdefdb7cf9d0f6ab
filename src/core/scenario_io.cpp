#include "scenario_io.hpp"

#include "edit.hpp"
#include "json_parse.hpp"
#include "json_reader.hpp"
#include "programme_io.hpp"

#include <cstdio>

namespace vth {
namespace {

using OJson =
    nlohmann::json; // sorted keys: these files are for machines, and one JSON type keeps the wasm small

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
  OJson root;
  root["schema"] = kScenarioSchema;
  root["versie"] = 1;
  root["naam"] = scenario.name;
  root["programma_kenmerk"] = hex64(baseline_id);
  OJson changes = OJson::array();
  for (const auto& [pointer, value] : scenario.changes) {
    const auto field = find_field(baseline, pointer);
    if (!field) continue;
    OJson c;
    c["pointer"] = pointer;
    c["waarde"] = value ? OJson(from_fixed(*value, field->spec.decimals)) : OJson(nullptr);
    changes.push_back(std::move(c));
  }
  root["wijzigingen"] = std::move(changes);
  if (programme_text) {
    // Parsed back so that the file nests it as JSON; ordered_json keeps the writer's key order.
    OJson programme = OJson::parse(*programme_text, nullptr, false);
    if (!programme.is_discarded()) root["programma"] = std::move(programme);
  }
  return root.dump(2, ' ', false, OJson::error_handler_t::replace) + "\n";
}

ScenarioRead read_scenario(std::string_view text, const Programme& baseline) {
  return read_scenario(text, baseline, programme_fingerprint(baseline));
}

ScenarioRead read_scenario(std::string_view text, const Programme& baseline, std::uint64_t baseline_id) {
  ScenarioRead out;
  Issues& issues = out.issues;
  if (text.size() > kMaxFileBytes) {
    issues.push_back(file_too_large_issue());
    return out;
  }
  Json root;
  if (!parse_json(text, root).ok()) {
    // The programme reader gives the precise Dutch message for malformed JSON.
    issues = read_programme(text).issues;
    if (issues.empty()) issues.push_back({"", "geen geldige JSON"});
    return out;
  }
  ObjectReader r(root, "", issues);
  if (!r.ok()) return out;
  const std::string schema = r.string("schema");
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
  scenario.name = r.string("naam");
  const std::string id = r.string("programma_kenmerk");
  if (const Json* p = r.object("programma", false)) {
    ReadResult carried = read_programme(p->dump());
    for (auto& issue : carried.issues) issues.push_back({"/programma" + issue.pointer, issue.message});
    out.programme = std::move(carried.programme);
  }
  const Programme& base = out.programme ? *out.programme : baseline;
  // A carried programme belongs to the changes by being in the same file.
  if (!out.programme && !id.empty() && id != hex64(baseline_id))
    r.error("programma_kenmerk",
            out.programme ? "hoort niet bij het programma in dit bestand"
                          : "dit scenario hoort bij een ander programma dan het programma dat open is");
  if (const Json* list = r.array("wijzigingen")) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string ptr = "/wijzigingen/" + std::to_string(i);
      ObjectReader c((*list)[i], ptr, issues);
      const std::string pointer = c.string("pointer");
      const auto field = find_field(base, pointer);
      if (!pointer.empty() && !field)
        c.error("pointer", "'" + pointer + "' is geen bewerkbaar getal in het programma");
      const Json* raw = c.value("waarde", field.has_value());
      if (field && raw) {
        const Json& v = *raw;
        if (v.is_null() && field->may_be_empty)
          scenario.changes[pointer] = std::nullopt;
        else {
          std::string why;
          auto value = to_fixed(v, field->spec, why);
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
