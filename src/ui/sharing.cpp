#include "sharing.hpp"

#include "commands.hpp"
#include "paste.hpp"
#include "scenarios.hpp"
#include "work_store.hpp"

#include "core/io/programme_io.hpp"
#include "core/io/scenario_io.hpp"
#include "core/io/share_link.hpp"
#include "core/json/json_parse.hpp"
#include "core/json/json_writer.hpp"

namespace vth::ui {
namespace {

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

namespace {

// The summary a partner sees at once when a link opens (draw_link_summary).
Status add_linked_scenario(AppState& state, std::string_view payload) {
  Result<ShareData> d = decode_share(payload, *state.adopted, state.baseline_id);
  if (!d) return refuse_link(state, d.message());
  Result<int> added = add_scenario(state, std::move(d->scenario));
  if (!added) return refuse_link(state, added.message());
  state.link_summary_uid = state.scenarios[static_cast<std::size_t>(*added)].uid;
  return {};
}

std::string scenarios_count(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " scenario" : " scenario's");
}

bool is_known_work(const AppState& state, std::uint64_t id) {
  if (id == state.builtin_id) return true;
  for (const StoredWork& w : stored_work(state))
    if (w.id == id) return w.programme_stored;
  return false;
}

} // namespace

Status open_link(AppState& state, std::string_view payload, bool ask) {
  if (!state.adopted) return refusal("er is geen programma geopend");
  Result<ShareHeader> header = peek_share(payload);
  if (!header) return refuse_link(state, header.message());
  if (header->programme_id == state.baseline_id) return add_linked_scenario(state, payload);
  const std::string keep = "Uw huidige werk (" + work_title(*state.adopted) + ", " +
                           scenarios_count(state.scenarios.size()) +
                           ") blijft bewaard en staat onder Recent werk.";
  if (header->carries_programme) {
    // The carried programme is the baseline of such a link: it decodes whatever is open.
    Result<ShareData> d = decode_share(payload, *state.adopted, state.baseline_id);
    if (!d) return refuse_link(state, d.message());
    if (ask) {
      Result<Programme> carried = read_programme(*d->programme);
      const std::string title = carried ? work_title(*carried) : std::string("een ander programma");
      state.question = {Question::Kind::OpenLink,
                        "Link met een ander programma",
                        "Deze link bevat het programma " + title + " met het scenario '" + d->scenario.name +
                            "'. " + keep,
                        "Programma uit de link openen",
                        std::string(payload),
                        0,
                        {}};
      return {};
    }
    if (Status opened = open_programme(state, *d->programme, "programma uit de link"); !opened) return opened;
    return add_linked_scenario(state, payload);
  }
  if (!is_known_work(state, header->programme_id))
    return refuse_link(state,
                       "deze link hoort bij een ander programma dan het programma dat hier open is, en "
                       "deze browser kent dat programma niet; open eerst dat programmabestand, of vraag "
                       "de afzender om een scenariobestand met programma");
  if (ask) {
    std::string title = "een ander programma";
    for (const StoredWork& w : stored_work(state))
      if (w.id == header->programme_id) title = w.title;
    state.question = {Question::Kind::OpenLink,
                      "Link voor een ander programma",
                      "Deze link hoort bij " + title +
                          ". Dat programma openen en het scenario erbij zetten? " + keep,
                      "Openen",
                      std::string(payload),
                      0,
                      {}};
    return {};
  }
  open_work(state, header->programme_id);
  if (state.loading.id == header->programme_id) {
    state.loading.link = std::string(payload); // added once the programme is read
    return {};
  }
  return add_linked_scenario(state, payload);
}

Status open_fragment(AppState& state, std::string_view fragment, bool ask) {
  const Fragment f = parse_fragment(fragment);
  if (!f.view.empty()) {
    const auto view = view_by_key(f.view);
    if (view) state.view = *view;
    if (!view && f.share.empty())
      return refuse_link(state, "de link noemt een onbekend scherm '" + f.view + "'");
  }
  if (f.share.empty() || !state.programme) return {};
  const View view = state.view; // the link's view, also after its programme opens
  const Status opened = open_link(state, f.share, ask);
  if (!f.view.empty()) state.view = view;
  return opened;
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
  if (is_table_file(file_name, text)) { // a CSV file of a table: its rows are previewed (paste.hpp)
    if (Status begun = begin_paste(state, std::string(text), file_name); !begun)
      return refuse(state, file_name, begun.refusal());
    return {};
  }
  const bool scenario = text.substr(0, 4096).find("\"vth-planner-scenario\"") != std::string_view::npos;
  return scenario ? open_scenario_file(state, text, file_name) : open_programme(state, text, file_name);
}

} // namespace vth::ui
