#include "app_file.hpp"

#include "commands.hpp"
#include "scenarios.hpp"
#include "sharing.hpp"
#include "work_store.hpp"

#include "core/io/programme_io.hpp"
#include "core/io/scenario_io.hpp"
#include "core/json/json_parse.hpp"
#include "core/json/json_writer.hpp"

#include <vector>

namespace vth::ui {
namespace {

constexpr std::string_view kFormatKey = "vth-planner-app";
constexpr std::string_view kInThisFile = " (in dit bestand)";
// localStorage: "vth-planner:app-inhoud:<fingerprint of the content>" once its scenarios came in.
constexpr std::string_view kContentSeenPrefix = "vth-planner:app-inhoud:";

// The file name without the notes the app adds to it ("(ingebouwd)", "(in dit bestand)").
std::string plain_file_name(std::string name) {
  for (std::string_view note : {std::string_view(" (ingebouwd)"), kInThisFile})
    if (name.size() > note.size() && name.compare(name.size() - note.size(), note.size(), note) == 0)
      name.resize(name.size() - note.size());
  return name;
}

Status refuse_content(AppState& state, const std::string& why) {
  return refuse(state, "de inhoud van dit bestand", refusal(why));
}

} // namespace

std::optional<std::string> app_content(AppState& state, std::string& why_not) {
  if (!state.adopted) {
    why_not = "er is geen programma geopend";
    return std::nullopt;
  }
  const std::string programme = written_baseline(state);
  if (programme.size() > kMaxAppProgrammeBytes) {
    why_not = "dit programma is te groot om in de app mee te geven; deel het programmabestand (Opslaan) en "
              "de scenariobestanden";
    return std::nullopt;
  }
  // The scenarios against the fingerprint of exactly this text (written anew when the opened text was not
  // kept).
  const std::uint64_t id = text_fingerprint(programme);
  JsonWriter w;
  w.begin_object();
  w.key(kFormatKey).integer(1);
  w.key("programmabestand").string(plain_file_name(state.file_name));
  w.key("programma").string(programme);
  w.key("scenarios").begin_array();
  for (const OpenScenario& s : state.scenarios) w.string(write_scenario(*state.adopted, id, s, nullptr));
  w.end_array();
  w.key("huidig").integer(state.current);
  w.end_object();
  return w.finish();
}

Status open_app_content(AppState& state, std::string_view content) {
  JsonLimits limits;
  limits.max_string_bytes = kMaxAppProgrammeBytes + kMaxAppProgrammeBytes / 2; // escapes included
  limits.max_bytes = 4 * kMaxAppProgrammeBytes;
  JsonValue root;
  if (const auto issue = parse_json(content, root, limits)) return refuse_content(state, issue->message);
  const JsonValue* format = root.is_object() ? root.find(kFormatKey) : nullptr;
  if (!format || !format->is_number() || format->text() != "1")
    return refuse_content(state, "dit is geen inhoud van 'Opslaan als app' die deze versie kent");
  const JsonValue* programme = root.find("programma");
  const JsonValue* scenarios = root.find("scenarios");
  const JsonValue* name = root.find("programmabestand");
  if (!programme || !programme->is_string() || !scenarios || !scenarios->is_array())
    return refuse_content(state, "het programma of de lijst met scenario's ontbreekt");
  const std::string file_name =
      (name && name->is_string() ? name->text() : std::string("programma.json")) + std::string(kInThisFile);
  // Everything is read before anything opens: refused content leaves the app as it was.
  const std::string& text = programme->text();
  Result<Programme> read = read_programme(text);
  if (!read) return refuse(state, file_name, read.refusal());
  std::vector<Scenario> in_file;
  for (std::size_t i = 0; i < scenarios->size(); ++i) {
    const std::string what = "scenario " + std::to_string(i + 1) + " in dit bestand";
    if (!(*scenarios)[i].is_string()) return refuse_content(state, what + " is geen tekst");
    Result<ScenarioFile> scenario = read_scenario((*scenarios)[i].text(), *read, text_fingerprint(text));
    if (!scenario) return refuse(state, what, scenario.refusal());
    in_file.push_back(std::move(scenario->scenario));
  }
  if (Status opened = open_programme(state, text, file_name); !opened) return opened;
  // The file's scenarios come in once per browser; opened again, it goes on with the work
  // stored since (edited, renamed or deleted scenarios do not come back). Other content,
  // say a newer file from the coordinator, brings its scenarios in again.
  const StoreServices& store = state.platform.store;
  const std::string seen = std::string(kContentSeenPrefix) + work_id_text(text_fingerprint(content));
  if (store.get && store.get(seen)) return {};
  const JsonValue* current = root.find("huidig");
  const std::string wanted = current && current->is_number() ? current->text() : "-1";
  int show = -1;
  for (std::size_t i = 0; i < in_file.size(); ++i) {
    Result<int> added = add_scenario(state, std::move(in_file[i]));
    if (!added)
      return refuse(state, "scenario " + std::to_string(i + 1) + " in dit bestand", added.refusal());
    if (std::to_string(i) == wanted) show = *added;
  }
  switch_scenario(state, show);
  if (store.set) (void)store.set(seen, "1");
  return {};
}

std::string app_file_name(const AppState& state) {
  if (!state.adopted) return "vth-planner.html";
  return "vth-planner-" +
         file_name_part(state.adopted->municipality + "-" + std::to_string(state.adopted->year)) + ".html";
}

void save_as_app(AppState& state) {
  std::string why_not;
  const auto content = app_content(state, why_not);
  if (!content) {
    state.status = "Niet opgeslagen als app: " + why_not + ".";
    return;
  }
  if (!state.platform.save_app) return;
  const std::string name = app_file_name(state);
  state.platform.save_app(name, *content);
  state.status = "VTH-planner met dit programma en " + std::to_string(state.scenarios.size()) +
                 (state.scenarios.size() == 1 ? " scenario" : " scenario's") + " opgeslagen als " + name +
                 ": wie dat bestand opent (dubbelklikken), ziet dit programma.";
}

} // namespace vth::ui
