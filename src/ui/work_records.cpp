#include "work_records.hpp"

#include "work_store.hpp"

#include "core/json/json_parse.hpp"
#include "core/json/json_writer.hpp"

#include <algorithm>

namespace vth::ui {

std::string work_key(std::uint64_t id) { return std::string(kWorkPrefix) + work_id_text(id); }
std::string scenario_prefix(std::uint64_t id) {
  return std::string(kScenarioPrefix) + work_id_text(id) + ":";
}
std::string scenario_key(std::uint64_t id, const std::string& uid) { return scenario_prefix(id) + uid; }

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

std::int64_t now_ms(const AppState& state) {
  return state.platform.store.now_ms ? state.platform.store.now_ms() : 0;
}

std::optional<JsonValue> parse_record(std::string_view text, const char* schema) {
  JsonLimits limits;
  limits.max_bytes = kMaxRecordBytes;
  limits.max_string_bytes = kMaxRecordBytes;
  JsonValue root;
  if (parse_json(text, root, limits) || !root.is_object()) return std::nullopt;
  const JsonValue* s = root.find("schema");
  if (!s || !s->is_string() || s->text() != schema) return std::nullopt;
  return root;
}

std::string text_of(const JsonValue& o, const char* key) {
  const JsonValue* v = o.find(key);
  return v && v->is_string() ? v->text() : std::string();
}
std::int64_t int_of(const JsonValue& o, const char* key) {
  const JsonValue* v = o.find(key);
  const DecimalRead read = v && v->is_number() ? decimal_to_fixed(v->text(), 0) : DecimalRead{};
  return read.value.value_or(0);
}
bool bool_of(const JsonValue& o, const char* key) {
  const JsonValue* v = o.find(key);
  return v && v->is_boolean() && v->boolean();
}

std::optional<ScenarioRecord> read_scenario_record(std::string_view stored) {
  const auto root = parse_record(stored, kScenarioRecordSchema);
  if (!root) return std::nullopt;
  ScenarioRecord r;
  r.rev = static_cast<int>(std::clamp<std::int64_t>(int_of(*root, "rev"), 0, 1'000'000'000));
  r.created_ms = int_of(*root, "aangemaakt");
  r.changed_ms = int_of(*root, "gewijzigd");
  r.text = text_of(*root, "scenario");
  if (r.rev <= 0 || r.text.empty()) return std::nullopt;
  return r;
}

std::string scenario_record_text(const ScenarioRecord& r, const std::string& tab) {
  JsonWriter w;
  w.begin_object();
  w.key("schema").string(kScenarioRecordSchema);
  w.key("versie").integer(1);
  w.key("rev").integer(r.rev);
  w.key("aangemaakt").integer(r.created_ms);
  w.key("gewijzigd").integer(r.changed_ms);
  w.key("tabblad").string(tab);
  w.key("scenario").string(r.text);
  w.end_object();
  return w.finish();
}

std::optional<WorkRecord> read_work_record(std::string_view stored) {
  const auto root = parse_record(stored, kWorkSchema);
  if (!root) return std::nullopt;
  return WorkRecord{text_of(*root, "titel"),     text_of(*root, "bestand"),
                    bool_of(*root, "ingebouwd"), bool_of(*root, "programma_bewaard"),
                    int_of(*root, "bytes"),      int_of(*root, "gewijzigd"),
                    int_of(*root, "geopend")};
}

std::string work_record_text(const WorkRecord& r) {
  JsonWriter w;
  w.begin_object();
  w.key("schema").string(kWorkSchema);
  w.key("versie").integer(1);
  w.key("titel").string(r.title);
  w.key("bestand").string(r.file_name);
  w.key("ingebouwd").boolean(r.builtin);
  w.key("programma_bewaard").boolean(r.programme_stored);
  w.key("bytes").integer(r.bytes);
  w.key("gewijzigd").integer(r.changed_ms);
  w.key("geopend").integer(r.opened_ms);
  w.end_object();
  return w.finish();
}

std::optional<WorkRecord> get_work_record(const AppState& state, std::uint64_t id) {
  const auto text = state.platform.store.get(work_key(id));
  return text ? read_work_record(*text) : std::nullopt;
}

} // namespace vth::ui
