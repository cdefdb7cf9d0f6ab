#include "sharing.hpp"

#include "commands.hpp"
#include "scenarios.hpp"

#include "core/io/programme_io.hpp"
#include "core/io/scenario_io.hpp"
#include "core/io/share_link.hpp"
#include "core/json/json_parse.hpp"
#include "core/json/json_writer.hpp"

namespace vth::ui {
namespace {

// Stored work holds the programme file as one text (up to kMaxKeptProgrammeBytes).
JsonLimits autosave_limits() {
  JsonLimits limits = programme_json_limits();
  limits.max_string_bytes = kMaxKeptProgrammeBytes + 1024;
  return limits;
}

std::string text_of(const JsonValue& o, const char* key) {
  const JsonValue* v = o.find(key);
  return v && v->is_string() ? v->text() : std::string();
}
int int_of(const JsonValue& o, const char* key, int fallback) {
  const JsonValue* v = o.find(key);
  const DecimalRead read = v && v->is_number() ? decimal_to_fixed(v->text(), 0) : DecimalRead{};
  return read.value && *read.value >= -1 && *read.value < 1'000'000 ? static_cast<int>(*read.value)
                                                                    : fallback;
}
bool bool_of(const JsonValue& o, const char* key) {
  const JsonValue* v = o.find(key);
  return v && v->is_boolean() && v->boolean();
}

Status refuse_link(AppState& state, const std::string& why) { return refuse(state, "de link", refusal(why)); }

} // namespace

// The adopted programme written out: only for an explicit request (saving a
// scenario with its programme) when the opened text was too large to keep.
std::string written_baseline(const AppState& state) {
  if (state.baseline_text) return *state.baseline_text;
  return write_programme(*state.adopted);
}

std::optional<std::string> share_payload(AppState& state, std::string& why_not) {
  if (!state.programme) {
    why_not = "er is geen programma geopend";
    return std::nullopt;
  }
  ShareData d;
  d.programme_id = state.baseline_id;
  if (state.current >= 0) d.scenario = state.scenarios[static_cast<std::size_t>(state.current)];
  if (!state.builtin_programme) {
    if (!state.baseline_text || state.baseline_text->size() > kMaxSharedProgrammeBytes) {
      why_not = "dit programma is te groot om in een link mee te sturen; deel het programmabestand (Opslaan) "
                "en het scenariobestand";
      return std::nullopt;
    }
    d.programme = *state.baseline_text;
  }
  // Fields are numbered against the adopted programme.
  return encode_share(*state.adopted, d);
}

Status open_fragment(AppState& state, std::string_view fragment) {
  const Fragment f = parse_fragment(fragment);
  if (!f.view.empty()) {
    const auto view = view_by_key(f.view);
    if (view) state.view = *view;
    if (!view && f.share.empty())
      return refuse_link(state, "de link noemt een onbekend scherm '" + f.view + "'");
  }
  if (f.share.empty() || !state.programme) return {};
  Result<ShareData> d = decode_share(f.share, *state.adopted, state.baseline_id);
  if (!d) return refuse_link(state, d.message());
  if (d->programme) {
    const View view = state.view;
    if (Status opened = open_programme(state, *d->programme, "programma uit de link"); !opened) return opened;
    state.view = view;
  }
  if (Result<int> added = add_scenario(state, std::move(d->scenario)); !added)
    return refuse_link(state, added.message());
  return {};
}

std::string current_scenario_file(AppState& state, bool include_programme) {
  Scenario s{current_scenario_name(state), {}, {}, {}};
  if (state.current >= 0) s = state.scenarios[static_cast<std::size_t>(state.current)];
  if (!include_programme) return write_scenario(*state.adopted, state.baseline_id, s, nullptr);
  const std::string text = written_baseline(state);
  return write_scenario(*state.adopted, state.baseline_id, s, &text);
}

Status open_scenario_file(AppState& state, std::string_view text, const std::string& file_name) {
  if (!state.adopted) return refusal("open eerst een programma");
  Result<ScenarioFile> read = read_scenario(text, *state.adopted, state.baseline_id);
  if (!read) return refuse(state, file_name, read.refusal());
  if (read->programme) {
    const std::string programme_text = write_programme(*read->programme);
    if (Status opened = open_programme(state, programme_text, file_name); !opened) return opened;
  }
  if (Result<int> added = add_scenario(state, std::move(read->scenario)); !added)
    return refuse(state, file_name, added.refusal());
  return {};
}

Status open_any_file(AppState& state, std::string_view text, const std::string& file_name) {
  const bool scenario = text.substr(0, 4096).find("\"vth-planner-scenario\"") != std::string_view::npos;
  return scenario ? open_scenario_file(state, text, file_name) : open_programme(state, text, file_name);
}

std::string autosave_text(AppState& state) {
  JsonWriter w;
  w.begin_object();
  w.key("schema").string("vth-planner-autosave");
  w.key("versie").integer(1);
  w.key("ingebouwd").boolean(state.builtin_programme);
  // A programme too large to keep is not stored (browser storage holds ~5 MB).
  if (!state.builtin_programme && state.baseline_text) w.key("programma").string(*state.baseline_text);
  w.key("scenarios").begin_array();
  for (const auto& s : state.scenarios)
    w.string(write_scenario(*state.adopted, state.baseline_id, s, nullptr));
  w.end_array();
  w.key("huidig").integer(state.current);
  w.key("scherm").string(view_key(state.view));
  w.end_object();
  return w.finish();
}

bool autosave_has_work(std::string_view text) {
  JsonValue root;
  if (parse_json(text, root, autosave_limits()) || !root.is_object()) return false;
  const JsonValue* scenarios = root.find("scenarios");
  return scenarios && scenarios->is_array() && !scenarios->empty();
}

Status restore_autosave(AppState& state, std::string_view text) {
  JsonValue root;
  const JsonValue* scenarios = nullptr;
  if (!parse_json(text, root, autosave_limits()) && root.is_object() &&
      text_of(root, "schema") == "vth-planner-autosave")
    scenarios = root.find("scenarios");
  if (!scenarios || !scenarios->is_array())
    return refusal("de opgeslagen gegevens in de browser zijn onleesbaar en zijn genegeerd");
  if (const JsonValue* programme = root.find("programma"); programme && programme->is_string()) {
    if (Status opened = open_programme(state, programme->text(), "hersteld programma"); !opened)
      return opened;
  } else if (!bool_of(root, "ingebouwd") && !state.builtin_programme) {
    return refusal(
        "het programma van het opgeslagen werk was te groot voor de browseropslag; open het bestand "
        "opnieuw");
  }
  Issues problems;
  const int offset = static_cast<int>(state.scenarios.size()); // scenarios already open (from a link) stay
  for (std::size_t i = 0; i < scenarios->size(); ++i) {
    const JsonValue& s = (*scenarios)[i];
    if (!s.is_string()) continue;
    Result<ScenarioFile> read = read_scenario(s.text(), *state.adopted, state.baseline_id);
    if (read) {
      Scenario sc = std::move(read->scenario);
      sc.name = unique_scenario_name(state, sc.name);
      state.scenarios.push_back(std::move(sc));
    } else {
      problems.insert(problems.end(), read.issues().begin(), read.issues().end());
    }
  }
  const int current = int_of(root, "huidig", -1);
  if (current >= 0 && offset + current < static_cast<int>(state.scenarios.size()))
    switch_scenario(state, offset + current);
  if (const auto view = view_by_key(text_of(root, "scherm"))) state.view = *view;
  ++state.revision;
  if (!problems.empty()) return Refusal{std::move(problems)};
  return {};
}

} // namespace vth::ui
