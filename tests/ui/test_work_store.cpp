// Work kept in the browser (ui/work_store.hpp), with the browser's storage in
// memory (platform/native/memory_store.hpp): reloads, two tabs, declined
// offers, full and disabled storage, links and files opened on top of work,
// large programmes and the one-slot autosave of the version before. Nothing
// typed may be lost in any of them.
#include "ui_state.hpp"

#include "platform/native/memory_store.hpp"

#include "ui/app_file.hpp"
#include "ui/scenarios.hpp"
#include "ui/sharing.hpp"
#include "ui/view_tables.hpp"
#include "ui/work_store.hpp"

#include "core/io/programme_io.hpp"
#include "core/io/synthetic.hpp"
#include "core/output/results_export.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace vth;
using namespace vth::ui;
using vth::platform::MemoryBrowser;

namespace {

const std::string& enschede_text() {
  static const std::string text = test::read_repo_file("assets/programmes/enschede-puh-2025.json");
  return text;
}

// A browser tab: a fresh AppState started as the page starts it.
struct Tab {
  AppState state;
  int number = 0;
};

// `app_content`: what "Opslaan als app" put in the page (ui/app_file.hpp).
std::unique_ptr<Tab> open_tab(MemoryBrowser& browser, int number, std::string fragment = "",
                              std::string app_content = "") {
  auto tab = std::make_unique<Tab>();
  tab->number = number;
  tab->state.platform.builtin_programme = enschede_text();
  tab->state.builtin_id = text_fingerprint(enschede_text());
  browser.connect(tab->state, number);
  const Status started = start_up(tab->state, {std::move(fragment), browser.tab_state(number),
                                               "enschede-puh-2025.json (ingebouwd)", std::move(app_content)});
  REQUIRE(started);
  browser.deliver(tab->state, number);
  return tab;
}

// The frame after a change: the page writes what changed.
void frame(MemoryBrowser& browser, Tab& tab) {
  browser.deliver(tab.state, tab.number);
  persist_work(tab.state);
}

std::string results_of(const AppState& s) { return results_to_json(s.results, *s.programme); }

std::vector<std::string> names(const AppState& s) {
  std::vector<std::string> out;
  for (const auto& sc : s.scenarios) out.push_back(sc.name);
  return out;
}

std::string small_programme_text(const std::string& municipality) {
  Programme p = make_synthetic_programme(5, 3); // small enough to travel in a link
  p.municipality = municipality;
  return write_programme(p);
}

} // namespace

TEST_CASE("a reload goes on where the tab was: scenario, view, values") {
  MemoryBrowser browser;
  auto tab = open_tab(browser, 1);
  REQUIRE(test::type(tab->state, "/odt/toezicht/4/aantal", "+10%"));
  tab->state.view = View::Odt;
  frame(browser, *tab);
  const std::string before = results_of(tab->state);

  auto reloaded = open_tab(browser, 1); // the same tab number: its sessionStorage survives
  CHECK(names(reloaded->state) == std::vector<std::string>{"Scenario 1"});
  CHECK(reloaded->state.current == 0);
  CHECK(reloaded->state.view == View::Odt);
  CHECK(results_of(reloaded->state) == before);
  CHECK_FALSE(reloaded->state.resume_offer);
}

TEST_CASE("a new tab shows the programme's stored scenarios, and both tabs hear each other's changes") {
  MemoryBrowser browser;
  auto a = open_tab(browser, 1);
  REQUIRE(test::type(a->state, "/odt/toezicht/4/aantal", "400"));
  frame(browser, *a);
  auto b = open_tab(browser, 2);
  REQUIRE(names(b->state) == std::vector<std::string>{"Scenario 1"});
  CHECK(b->state.current == -1); // a new tab starts on the adopted programme

  // B changes the scenario; A hears of it and shows the new value.
  switch_scenario(b->state, 0);
  REQUIRE(test::type(b->state, "/odt/toezicht/4/kental", "12"));
  frame(browser, *b);
  frame(browser, *a);
  CHECK(results_of(a->state) == results_of(b->state));
  CHECK(a->state.status.find("bijgewerkt vanuit een ander tabblad") != std::string::npos);

  // A new scenario in A appears in B; a deletion in B disappears from A.
  new_scenario(a->state, "Meer toezicht");
  REQUIRE(test::type(a->state, "/afdelingen/0/beschikbare_fte", "+1"));
  frame(browser, *a);
  frame(browser, *b);
  CHECK(names(b->state) == std::vector<std::string>{"Scenario 1", "Meer toezicht"});
  delete_scenario(b->state, 1);
  frame(browser, *b);
  frame(browser, *a);
  CHECK(names(a->state) == std::vector<std::string>{"Scenario 1"});
  CHECK(a->state.current == -1); // it was on screen in A: A shows the adopted programme
}

TEST_CASE("two tabs typing in the same scenario at once: both versions are kept") {
  MemoryBrowser browser;
  auto a = open_tab(browser, 1);
  REQUIRE(test::type(a->state, "/odt/toezicht/4/aantal", "400"));
  frame(browser, *a);
  auto b = open_tab(browser, 2);
  switch_scenario(b->state, 0);

  // Both type before either hears of the other.
  REQUIRE(test::type(a->state, "/odt/toezicht/4/kental", "12"));
  REQUIRE(test::type(b->state, "/odt/toezicht/4/kental", "13"));
  persist_work(a->state);
  persist_work(b->state); // finds A's newer record: keeps both
  CHECK(names(b->state) == std::vector<std::string>{"Scenario 1", "Scenario 1 (dit tabblad)"});
  CHECK(b->state.current == 1); // B keeps seeing what it typed
  CHECK(b->state.status.find("Beide versies zijn bewaard") != std::string::npos);
  const std::string b_typed = results_of(b->state);
  // B's undo works on its own version.
  CHECK(undo(b->state));
  CHECK(b->state.current == 1);
  CHECK(redo(b->state));
  CHECK(results_of(b->state) == b_typed);
  frame(browser, *b);
  frame(browser, *a);
  frame(browser, *b);
  CHECK(names(a->state) == names(b->state));
  switch_scenario(a->state, 1);
  CHECK(results_of(a->state) == b_typed);
  switch_scenario(a->state, 0);
  switch_scenario(b->state, 0);
  CHECK(results_of(a->state) == results_of(b->state)); // A's version, in both tabs
}

TEST_CASE("declining the offer of more recent work deletes nothing; Recent werk goes back to it") {
  MemoryBrowser browser;
  const std::string hengelo = small_programme_text("Hengelo");
  {
    auto tab = open_tab(browser, 1);
    REQUIRE(open_programme(tab->state, hengelo, "hengelo-2025.json"));
    frame(browser, *tab); // the programme file goes to the programme store
    REQUIRE(test::type(tab->state, "/instellingen/odt_uurtarief", "120"));
    frame(browser, *tab);
  }
  auto tab = open_tab(browser, 2); // a new tab, no link
  REQUIRE(tab->state.resume_offer);
  CHECK(tab->state.builtin_programme); // nothing opened unasked
  tab->state.resume_offer.reset();     // "Niet nu"
  REQUIRE(test::type(tab->state, "/odt/toezicht/4/aantal", "400"));
  frame(browser, *tab);

  const std::vector<StoredWork> work = stored_work(tab->state);
  REQUIRE(work.size() == 2);
  const auto h =
      std::find_if(work.begin(), work.end(), [](const StoredWork& w) { return w.title == "Hengelo 2025"; });
  REQUIRE(h != work.end());
  CHECK(h->scenario_names == std::vector<std::string>{"Scenario 1"});
  open_work(tab->state, h->id);
  frame(browser, *tab); // the programme store answers
  CHECK(tab->state.programme->municipality == "Hengelo");
  REQUIRE(tab->state.scenarios.size() == 1);
  switch_scenario(tab->state, 0);
  CHECK(tab->state.results.odt_hourly_rate == 12'000);
  // And back to the built-in programme without a reload, its scenario there.
  open_work(tab->state, tab->state.builtin_id);
  CHECK(tab->state.builtin_programme);
  CHECK(names(tab->state) == std::vector<std::string>{"Scenario 1"});
}

TEST_CASE("a full storage is said, the work stays in the tab, and is written once there is room") {
  MemoryBrowser browser;
  auto tab = open_tab(browser, 1);
  frame(browser, *tab);
  browser.capacity = 0; // everything refused from now on
  REQUIRE(test::type(tab->state, "/odt/toezicht/4/aantal", "400"));
  frame(browser, *tab);
  CHECK(tab->state.storage.full);
  CHECK(storage_problem(tab->state).find("vol") != std::string::npos);
  CHECK(tab->state.scenarios.size() == 1);
  // Opening another programme keeps the unsaved work in memory; going back brings it.
  REQUIRE(open_programme(tab->state, small_programme_text("Borne"), "borne.json"));
  open_work(tab->state, tab->state.builtin_id);
  REQUIRE(tab->state.scenarios.size() == 1);
  switch_scenario(tab->state, 0);
  CHECK(tab->state.results.odt.total_hours > tab->state.adopted_results.odt.total_hours);
  // Room again: the next change writes everything.
  browser.capacity = std::numeric_limits<std::size_t>::max();
  REQUIRE(test::type(tab->state, "/odt/toezicht/4/kental", "12"));
  frame(browser, *tab);
  CHECK_FALSE(tab->state.storage.full);
  CHECK(storage_problem(tab->state).empty());
  auto reloaded = open_tab(browser, 1);
  CHECK(results_of(reloaded->state) == results_of(tab->state));
}

TEST_CASE("without storage the tab still keeps every programme's work while it is open") {
  MemoryBrowser browser;
  browser.unavailable = true;
  auto tab = open_tab(browser, 1);
  REQUIRE(test::type(tab->state, "/odt/toezicht/4/aantal", "400"));
  frame(browser, *tab);
  CHECK(tab->state.storage.unavailable);
  CHECK_FALSE(storage_problem(tab->state).empty());
  REQUIRE(open_programme(tab->state, small_programme_text("Losser"), "losser.json"));
  open_work(tab->state, tab->state.builtin_id);
  CHECK(names(tab->state) == std::vector<std::string>{"Scenario 1"});
}

TEST_CASE("a link opened in a new tab with stored work: the stored scenarios and the linked one") {
  MemoryBrowser browser;
  auto a = open_tab(browser, 1);
  REQUIRE(test::type(a->state, "/odt/toezicht/4/aantal", "400"));
  frame(browser, *a);
  new_scenario(a->state, "Voor het PHO");
  REQUIRE(test::type(a->state, "/instellingen/odt_uurtarief", "115"));
  const std::string link = share_link(a->state);
  frame(browser, *a);
  delete_scenario(a->state, 1); // the sender's own copy is gone: the link still has it
  frame(browser, *a);

  auto b = open_tab(browser, 2, link.substr(link.find('#')));
  CHECK(names(b->state) == std::vector<std::string>{"Scenario 1", "Voor het PHO"});
  CHECK(b->state.current == 1);
  CHECK(b->state.results.odt_hourly_rate == 11'500);
  CHECK(b->state.link_summary_uid == b->state.scenarios[1].uid);
  // The same link again adds nothing.
  REQUIRE(open_fragment(b->state, link.substr(link.find('#')), true));
  CHECK(b->state.scenarios.size() == 2);
}

TEST_CASE("a link carrying another programme, pasted into a running tab, asks first and loses nothing") {
  MemoryBrowser browser;
  auto sender = open_tab(browser, 9);
  REQUIRE(open_programme(sender->state, small_programme_text("Tubbergen"), "tubbergen.json"));
  REQUIRE(test::type(sender->state, "/instellingen/odt_uurtarief", "99"));
  const std::string link = share_link(sender->state);
  REQUIRE(link.find("#s=") != std::string::npos);
  MemoryBrowser partner; // another person's browser
  auto tab = open_tab(partner, 1);
  REQUIRE(test::type(tab->state, "/odt/toezicht/4/aantal", "400"));
  frame(partner, *tab);
  const std::string before = results_of(tab->state);

  REQUIRE(open_fragment(tab->state, link.substr(link.find('#')), true));
  CHECK(tab->state.question.kind == Question::Kind::OpenLink);
  CHECK(tab->state.question.text.find("Tubbergen") != std::string::npos);
  CHECK(results_of(tab->state) == before); // nothing changed until the answer
  CHECK(tab->state.undo_stack.size() == 1);

  // "Openen": the link's programme and scenario; the work before is kept, its history too.
  REQUIRE(open_link(tab->state, tab->state.question.link, false));
  tab->state.question = {};
  CHECK(tab->state.programme->municipality == "Tubbergen");
  CHECK(tab->state.results.odt_hourly_rate == 9'900);
  open_work(tab->state, tab->state.builtin_id);
  REQUIRE(tab->state.scenarios.size() == 1);
  switch_scenario(tab->state, 0);
  CHECK(results_of(tab->state) == before);
  CHECK(tab->state.undo_stack.size() == 1);
}

TEST_CASE("work on a programme over 3 MB is stored and restored after a reload") {
  MemoryBrowser browser;
  const std::string big = write_programme(make_synthetic_programme(15'000, 15));
  REQUIRE(big.size() > 3 * 1024 * 1024);
  {
    auto tab = open_tab(browser, 1);
    REQUIRE(open_programme(tab->state, big, "groot.json"));
    frame(browser, *tab);
    REQUIRE(test::type(tab->state, "/instellingen/odt_uurtarief", "+10%"));
    frame(browser, *tab);
    CHECK_FALSE(tab->state.storage.programme_missing);
  }
  auto reloaded = open_tab(browser, 1);
  // Its file was read from the programme store (asynchronously: open_tab() delivered the answer).
  CHECK(reloaded->state.loading.id == 0);
  REQUIRE(reloaded->state.programme);
  CHECK(reloaded->state.file_name == "groot.json");
  CHECK(reloaded->state.current == 0);
  CHECK(reloaded->state.scenarios.size() == 1);
}

TEST_CASE("a programme file the store refuses is said; its scenarios are still kept") {
  MemoryBrowser browser;
  browser.programme_store_full = true;
  auto tab = open_tab(browser, 1);
  REQUIRE(open_programme(tab->state, small_programme_text("Wierden"), "wierden.json"));
  frame(browser, *tab);
  CHECK(tab->state.storage.programme_missing);
  CHECK(storage_problem(tab->state).find("programmabestand") != std::string::npos);
  CHECK(storage_problem(tab->state).find("(opslag vol)") != std::string::npos);
  REQUIRE(test::type(tab->state, "/instellingen/odt_uurtarief", "101"));
  frame(browser, *tab);
  // Reopening the file later brings its scenarios back.
  auto later = open_tab(browser, 2);
  REQUIRE(open_programme(later->state, small_programme_text("Wierden"), "wierden.json"));
  CHECK(names(later->state) == std::vector<std::string>{"Scenario 1"});
}

TEST_CASE("a programme file the store refuses for another reason than a full storage is said as such") {
  MemoryBrowser browser;
  browser.programme_store_fails = true;
  auto tab = open_tab(browser, 1);
  REQUIRE(open_programme(tab->state, small_programme_text("Wierden"), "wierden.json"));
  frame(browser, *tab);
  CHECK(tab->state.storage.programme_missing);
  const std::string problem = storage_problem(tab->state);
  CHECK(problem.find("de opslag van de browser weigerde het") != std::string::npos);
  CHECK(problem.find("vol") == std::string::npos);
  // Stored on a later opening: the problem is gone.
  browser.programme_store_fails = false;
  REQUIRE(open_programme(tab->state, small_programme_text("Wierden"), "wierden.json"));
  frame(browser, *tab);
  CHECK_FALSE(tab->state.storage.programme_missing);
  CHECK(storage_problem(tab->state).empty());
}

TEST_CASE("the one-slot autosave of the version before is taken over, then removed") {
  MemoryBrowser browser;
  // An autosave as version 1 of this app wrote it, with one scenario on the built-in programme.
  const std::string scenario =
      "{\"schema\": \"vth-planner-scenario\", \"versie\": 1, \"naam\": \"Oud werk\", \"programma_kenmerk\": "
      "\"" +
      work_id_text(text_fingerprint(enschede_text())) +
      "\", \"wijzigingen\": [{\"pointer\": \"/odt/toezicht/4/aantal\", \"waarde\": 450}]}";
  std::string escaped;
  for (char c : scenario) escaped += c == '"' ? std::string("\\\"") : std::string(1, c);
  browser.local[kLegacyAutosaveKey] =
      "{\"schema\": \"vth-planner-autosave\", \"versie\": 1, \"ingebouwd\": true, "
      "\"scenarios\": [\"" +
      escaped + "\"], \"huidig\": 0, \"scherm\": \"odt\"}";
  auto tab = open_tab(browser, 1);
  CHECK(names(tab->state) == std::vector<std::string>{"Oud werk"});
  CHECK(browser.local.count(kLegacyAutosaveKey) == 0);
}

TEST_CASE("discarding work is for work that is not open, and takes its file along") {
  MemoryBrowser browser;
  auto tab = open_tab(browser, 1);
  REQUIRE(open_programme(tab->state, small_programme_text("Dinkelland"), "dinkelland.json"));
  frame(browser, *tab);
  const std::uint64_t dinkelland = tab->state.baseline_id;
  CHECK_FALSE(discard_work(tab->state, dinkelland)); // open: refused
  open_work(tab->state, tab->state.builtin_id);
  CHECK(browser.programmes.count(work_id_text(dinkelland)) == 1);
  REQUIRE(discard_work(tab->state, dinkelland));
  CHECK(browser.programmes.count(work_id_text(dinkelland)) == 0);
  for (const StoredWork& w : stored_work(tab->state)) CHECK(w.id != dinkelland);
}

TEST_CASE("garbage in the storage is kept, never deleted, and never breaks start-up") {
  MemoryBrowser browser;
  const std::string id = work_id_text(text_fingerprint(enschede_text()));
  browser.local["vth-planner:scenario:" + id + ":x"] = "{niet eens json";
  browser.local["vth-planner:werk:" + id] = "[]";
  browser.local[kLegacyAutosaveKey] = "\x01\x02";
  auto tab = open_tab(browser, 1, "#view=odt");
  CHECK(tab->state.programme);
  CHECK(tab->state.view == View::Odt);
  CHECK(tab->state.scenarios.empty());
  CHECK(tab->state.status.find("niet worden gelezen") != std::string::npos);
  CHECK(browser.local.count("vth-planner:scenario:" + id + ":x") == 1);
}

TEST_CASE("Opslaan als app: the file opens on its programme and scenarios, in any browser, once") {
  MemoryBrowser coordinator;
  auto a = open_tab(coordinator, 1);
  const std::string borne = small_programme_text("Borne");
  REQUIRE(open_programme(a->state, borne, "borne-2025.json"));
  new_scenario(a->state, "Krap");
  REQUIRE(test::type(a->state, "/instellingen/odt_uurtarief", "120"));
  new_scenario(a->state, "Ruim");
  REQUIRE(test::type(a->state, "/instellingen/odt_uurtarief", "95"));
  switch_scenario(a->state, 0);
  const Results krap = a->state.results;
  std::string why;
  const auto content = app_content(a->state, why);
  REQUIRE(content);
  CHECK(app_file_name(a->state) == "vth-planner-borne-2025.html");
  CHECK(file_name_part("Súdwest-Fryslân 2026 (concept)") == "s-dwest-frysl-n-2026-concept");

  // A partner's browser that never saw Borne: the file's programme, both scenarios, "Krap" on screen.
  MemoryBrowser partner;
  auto b = open_tab(partner, 1, "", *content);
  REQUIRE(b->state.programme);
  CHECK(b->state.programme->municipality == "Borne");
  CHECK(b->state.baseline_id == text_fingerprint(borne)); // the sender's own text: links still match
  CHECK(b->state.file_name == "borne-2025.json (in dit bestand)");
  CHECK(names(b->state) == std::vector<std::string>{"Krap", "Ruim"});
  CHECK(b->state.current == 0);
  CHECK(results_to_json(b->state.results, *b->state.programme) == results_to_json(krap, *a->state.programme));
  CHECK_FALSE(b->state.builtin_programme); // a link from it carries Borne for partners with the plain file
  CHECK(share_link(b->state).size() > 300);
  frame(partner, *b);

  // Opened again later, and again (not a reload): the work stored since, the file's
  // scenarios not again (an edited one does not come back beside it).
  REQUIRE(test::type(b->state, "/instellingen/odt_uurtarief", "130"));
  frame(partner, *b);
  for (int n : {2, 3}) {
    auto again = open_tab(partner, n, "", *content);
    CHECK(names(again->state) == std::vector<std::string>{"Krap", "Ruim"});
    switch_scenario(again->state, 0);
    CHECK(again->state.results.odt_hourly_rate == 13'000); // the partner's own edit
    CHECK_FALSE(again->state.resume_offer);
    frame(partner, *again);
  }
}

TEST_CASE("Opslaan als app: content that is not the app's is refused and Enschede opens as always") {
  for (const std::string& bad :
       {std::string("{"), std::string(R"({"vth-planner-app": 2})"),
        std::string(R"({"vth-planner-app": 1, "programma": 5, "scenarios": []})"),
        std::string(R"({"vth-planner-app": 1, "programma": "{}", "scenarios": []})"),
        std::string(R"({"vth-planner-app": 1, "programma": "x", "scenarios": [1]})")}) {
    CAPTURE(bad);
    MemoryBrowser browser;
    AppState s;
    s.platform.builtin_programme = enschede_text();
    s.builtin_id = text_fingerprint(enschede_text());
    browser.connect(s, 1);
    const Status started = start_up(s, {"", "", "enschede-puh-2025.json (ingebouwd)", bad});
    CHECK_FALSE(started);
    REQUIRE(s.programme);
    CHECK(s.programme->municipality == "Enschede");
    CHECK(s.baseline_id == s.builtin_id);
  }
}
