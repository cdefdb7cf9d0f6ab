#include "scenario_io.hpp"

#include "programme_io.hpp"
#include "reader_detail.hpp"

#include "core/fields/field_pointer.hpp"
#include "core/json/json_parse.hpp"
#include "core/json/json_reader.hpp"
#include "core/json/json_writer.hpp"

#include <cstdio>

namespace vth {
namespace {

std::string hex64(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

constexpr const char* kKindKeys[] = {"waarde", "tekst", "regels-toevoegen", "regel-verwijderen",
                                     "regel-verplaatsen"};

void write_change(JsonWriter& w, const Programme& adopted, const Programme& current, const Change& c) {
  w.begin_object().key("soort").string(kKindKeys[static_cast<int>(c.kind)]);
  w.key("tabel").string(table_name(c.field.table));
  if (!table(c.field.table).single) w.key("rij").integer(c.field.row);
  const Column* col = c.field.column < table(c.field.table).columns.size() ? &column(c.field) : nullptr;
  switch (c.kind) {
  case ChangeKind::SetValue:
    w.key("veld").string(col->key).key("waarde");
    if (c.value)
      w.fixed(*c.value, col->spec.decimals);
    else
      w.null();
    break;
  case ChangeKind::SetText:
    w.key("veld").string(col->key).key("tekst").string(c.text);
    break;
  case ChangeKind::AddRows:
    w.key("aantal").integer(c.count).key("na").integer(c.after);
    if (c.parent_row) w.key("in").integer(c.parent_row);
    break;
  case ChangeKind::MoveRow:
    w.key("na").integer(c.after);
    if (c.parent_row) w.key("in").integer(c.parent_row);
    break;
  case ChangeKind::DeleteRow:
    break;
  }
  // For people reading the file; ignored when it is read.
  w.key("omschrijving").string(change_label(adopted, current, c));
  w.end_object();
}

// One change of a version-2 file.
std::optional<Change> read_change(ObjectReader& c) {
  Change out;
  const std::string kind = c.single_line("soort");
  int k = -1;
  for (int i = 0; i < 5; ++i)
    if (kind == kKindKeys[i]) k = i;
  if (k < 0) {
    if (!kind.empty())
      c.error("soort",
              "moet 'waarde', 'tekst', 'regels-toevoegen', 'regel-verwijderen' of 'regel-verplaatsen' zijn");
    return std::nullopt;
  }
  out.kind = static_cast<ChangeKind>(k);
  const std::string name = c.single_line("tabel");
  const auto id = table_by_name(name);
  if (!id) {
    if (!name.empty()) c.error("tabel", "'" + name + "' is geen tabel van een programma");
    return std::nullopt;
  }
  out.field.table = *id;
  const TableDef& t = table(*id);
  if (!t.single) out.field.row = static_cast<RowId>(c.integer("rij", 1, 2'000'000'000).value_or(0));
  c.value("omschrijving", false); // for people; not read
  auto row_id = [&](const char* key, bool required) {
    return static_cast<RowId>(c.integer(key, 0, 2'000'000'000, required).value_or(0));
  };
  switch (out.kind) {
  case ChangeKind::SetValue:
  case ChangeKind::SetText: {
    const std::string key = c.single_line("veld");
    const auto col = column_index(t, key);
    if (!col) {
      if (!key.empty()) c.error("veld", "'" + key + "' is geen veld van " + t.name);
      return std::nullopt;
    }
    out.field.column = *col;
    const Column& column_desc = t.columns[*col];
    if (out.kind == ChangeKind::SetText) {
      out.text = column_desc.kind == ValueKind::Text || column_desc.kind == ValueKind::Lines
                     ? c.string("tekst")
                     : c.single_line("tekst");
      break;
    }
    const JsonValue* raw = c.value("waarde");
    if (!raw) return std::nullopt;
    if (raw->is_null()) break; // n.v.t.: whether the field allows it is checked when it is applied
    std::string why;
    out.value = to_fixed(*raw, column_desc.spec, why);
    if (!out.value) {
      c.error("waarde", why);
      return std::nullopt;
    }
    break;
  }
  case ChangeKind::AddRows:
    out.count = static_cast<std::uint32_t>(c.integer("aantal", 1, 1'000'000).value_or(1));
    out.after = row_id("na", true);
    out.parent_row = row_id("in", t.parent.has_value());
    break;
  case ChangeKind::MoveRow:
    out.after = row_id("na", true);
    out.parent_row = row_id("in", t.parent.has_value());
    break;
  case ChangeKind::DeleteRow:
    break;
  }
  return out;
}

// One change of a version-1 file: a value addressed by its pointer in the programme file.
std::optional<Change> read_change_v1(ObjectReader& c, const Programme& base) {
  const std::string pointer = c.single_line("pointer");
  const auto field = field_at_pointer(base, pointer);
  const Column* col = field ? &column(*field) : nullptr;
  if (!pointer.empty() && (!col || !col->scenario || !field_exists(base, *field))) {
    c.error("pointer", "'" + pointer + "' is geen bewerkbaar getal in het programma");
    return std::nullopt;
  }
  const JsonValue* raw = c.value("waarde", col != nullptr);
  if (!col || !raw) return std::nullopt;
  if (raw->is_null()) return set_value(*field, std::nullopt);
  std::string why;
  auto value = to_fixed(*raw, col->spec, why);
  if (!value) {
    c.error("waarde", why);
    return std::nullopt;
  }
  return set_value(*field, value);
}

} // namespace

std::string write_scenario(const Programme& baseline, std::uint64_t baseline_id, const Scenario& scenario,
                           const std::string* programme_text) {
  const Result<Programme> current = materialise(baseline, scenario.changes);
  const Programme& labels = current ? *current : baseline;
  JsonWriter w;
  w.begin_object();
  w.key("schema").string(kScenarioSchema);
  w.key("versie").integer(kScenarioVersion);
  w.key("naam").string(scenario.name);
  if (!scenario.sender.empty()) w.key("afzender").string(scenario.sender);
  if (!scenario.note.empty()) w.key("notitie").string(scenario.note);
  w.key("programma_kenmerk").string(hex64(baseline_id));
  w.key("wijzigingen").begin_array();
  for (const Change& c : scenario.changes) write_change(w, baseline, labels, c);
  w.end_array();
  // The programme file as it was read or written, nested as JSON.
  if (programme_text) w.key("programma").raw(*programme_text);
  w.end_object();
  return w.finish();
}

Result<ScenarioFile> read_scenario(std::string_view text, const Programme& baseline,
                                   std::uint64_t baseline_id) {
  Issues issues;
  // A carried programme's long tables are streamed like a programme file's.
  reader::TableStreamer tables({"programma"}, issues);
  JsonValue root;
  if (auto refused = parse_json(text, root, programme_json_limits(), &tables))
    return Refusal{{std::move(*refused)}};
  ObjectReader r(root, "", issues);
  if (!r.ok()) return Refusal{std::move(issues)};
  const std::string schema = r.single_line("schema");
  if (!schema.empty() && schema != kScenarioSchema) {
    r.error("schema", schema == "vth-planner-programma"
                          ? "dit is een programmabestand, geen scenario (open het met 'Openen…')"
                          : "is '" + schema + "'; verwacht '" + kScenarioSchema + "'");
    return Refusal{std::move(issues)};
  }
  const auto version = r.integer("versie", 0, 1'000'000);
  if (version && *version != 1 && *version != kScenarioVersion) {
    r.error("versie",
            "versie " + std::to_string(*version) + " is onbekend; deze VTH-planner leest versie 1 en 2");
    return Refusal{std::move(issues)};
  }
  ScenarioFile out;
  out.scenario.name = r.single_line("naam");
  out.scenario.sender = r.single_line("afzender", false);
  out.scenario.note = r.string("notitie", false);
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
      if (!c.ok()) continue;
      auto change = version == 1 ? read_change_v1(c, base) : read_change(c);
      c.finish();
      if (change) out.scenario.changes.push_back(std::move(*change));
    }
  }
  r.finish();
  if (!issues.empty()) return Refusal{std::move(issues)};
  make_canonical(out.scenario.changes);
  if (const Result<Programme> applied = materialise(base, out.scenario.changes); !applied)
    return refusal(applied.message(), "/wijzigingen");
  return out;
}

} // namespace vth
