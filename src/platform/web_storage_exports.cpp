// Functions the page's JavaScript calls for the work kept in the browser
// (src/platform/web/vth_storage.js, src/ui/work_store.hpp): start-up with what
// the storage holds, other tabs' writes, and the answers of the programme store.

#include "web_app.hpp"
#include "web_hooks.hpp"

#include "ui/commands.hpp"
#include "ui/find.hpp"
#include "ui/key_figures.hpp"
#include "ui/sharing.hpp"
#include "ui/work_store.hpp"

#include "core/fields/registry.hpp"
#include "core/json/json_writer.hpp"

#include <emscripten.h>

#include <string>
#include <string_view>

namespace {

using vth::platform::web_app;

std::string g_reply;

} // namespace

extern "C" {

// Start-up: the page's address (for share links) and its fragment (a shared
// scenario and/or a view). The built-in programme opens with its stored
// scenarios; a link, or this tab's place before a reload, is opened on top.
// Returns a refused link's problems ([] when none).
// `app_content`: what "Opslaan als app" put in this file (ui/app_file.hpp), or "".
EMSCRIPTEN_KEEPALIVE const char* vth_start(const char* page_url, const char* fragment,
                                           const char* app_content) {
  auto& s = web_app().state;
  s.platform.page_url = page_url;
  const vth::Status started = vth::ui::start_up(
      s, {fragment, vth::platform::hooks::tab_state(), "enschede-puh-2025.json (ingebouwd)", app_content});
  vth::platform::hooks::mark("vth:programme-open");
  vth::platform::wake();
  vth::JsonWriter w;
  w.begin_array();
  for (const auto& i : started.issues())
    w.begin_object().key("pointer").string(i.pointer).key("message").string(i.message).end_object();
  w.end_array();
  g_reply = w.finish();
  return g_reply.c_str();
}

// "Opslaan als app" could not get the one-file version (the hosted site fetches it).
EMSCRIPTEN_KEEPALIVE void vth_app_not_saved(const char* why) {
  web_app().state.status = std::string("Niet opgeslagen als app: ") + why + ".";
  vth::platform::wake();
}

// Another tab wrote or removed a key of this site's storage.
EMSCRIPTEN_KEEPALIVE void vth_storage_changed(const char* key) {
  vth::ui::storage_changed(web_app().state, key);
  vth::platform::wake();
}

// `answer`: 1 stored, 0 refused because the storage is full, 2 refused otherwise.
EMSCRIPTEN_KEEPALIVE void vth_programme_stored(const char* id, int answer) {
  using vth::ui::ProgrammeStoreAnswer;
  vth::ui::programme_stored(web_app().state, id,
                            answer == 1   ? ProgrammeStoreAnswer::Stored
                            : answer == 0 ? ProgrammeStoreAnswer::Full
                                          : ProgrammeStoreAnswer::Failed);
  vth::platform::wake();
}

// A programme file read from the browser's storage (found == 0: it was not there).
EMSCRIPTEN_KEEPALIVE void vth_programme_loaded(const char* id, const char* bytes, std::size_t size,
                                               int found) {
  const auto text = found ? std::optional<std::string_view>(std::string_view(bytes, size)) : std::nullopt;
  (void)vth::ui::programme_loaded(web_app().state, id, text); // a refusal is shown in its dialog
  vth::platform::wake();
}

// What the tab holds, for tests to read: scenarios, the current one, questions
// and offers on screen, and how the storage is doing.
EMSCRIPTEN_KEEPALIVE const char* vth_app_state() {
  const auto& s = web_app().state;
  vth::JsonWriter w;
  w.begin_object();
  w.key("programma")
      .string(s.programme ? s.programme->municipality + " " + std::to_string(s.programme->year) : "");
  w.key("scenarios").begin_array();
  for (const auto& sc : s.scenarios) w.string(sc.name);
  w.end_array();
  w.key("huidig").integer(s.current);
  w.key("geopend").integer(s.opened);
  w.key("scherm").string(vth::ui::view_key(s.view));
  w.key("vraag").string(s.question.kind == vth::ui::Question::Kind::None ? "" : s.question.title);
  w.key("aanbod").boolean(s.resume_offer.has_value());
  w.key("linkoverzicht").boolean(!s.link_summary_uid.empty());
  w.key("laden").boolean(s.loading.id != 0);
  w.key("status").string(s.status);
  w.key("voorbeeld").string(s.entry_preview);
  w.key("geweigerd").string(s.field_error.field ? s.field_error.message : std::string());
  // The note as the field shows it (with what was typed).
  w.key("geweigerdNotitie")
      .string(s.field_error.field ? vth::ui::refusal_note_text(s.field_error) : std::string());
  w.key("opslagprobleem").string(vth::ui::storage_problem(s));
  w.key("ongedaan").integer(static_cast<std::int64_t>(s.undo_stack.size()));
  w.key("selectie").integer(static_cast<std::int64_t>(s.selection.rows.size()));
  // The WebGL context: lost now, and how often it was given back.
  w.key("webgl").begin_object().key("weg").boolean(web_app().context_lost);
  w.key("hersteld").integer(web_app().context_restores).end_object();
  if (s.paste) { // the preview of pasted rows or a CSV file, while it is open
    const auto& plan = s.paste->plan;
    w.key("plakken").begin_object();
    w.key("nieuw").integer(static_cast<std::int64_t>(plan.new_rows));
    w.key("vervangen").integer(static_cast<std::int64_t>(plan.replaced_rows));
    w.key("geweigerd").begin_array();
    for (const auto& r : plan.refused)
      w.begin_object()
          .key("regel")
          .integer(static_cast<std::int64_t>(r.line))
          .key("kolom")
          .string(r.column)
          .key("reden")
          .string(r.message)
          .end_object();
    w.end_array();
    w.end_object();
  }
  if (s.new_programme) { // the "Nieuw programma" form, while it is open: what Maken refused
    w.key("nieuw").begin_object().key("fouten").begin_array();
    for (const auto& p : s.new_programme->problems)
      w.begin_object().key("veld").string(p.field).key("melding").string(p.message).end_object();
    w.end_array().end_object();
  }
  if (s.find.open) { // Zoeken (Ctrl+F): its query, hits and the hit gone to
    w.key("zoeken").begin_object().key("vraag").string(s.find.query);
    w.key("totaal").integer(static_cast<std::int64_t>(s.find.result.total));
    w.key("samenvatting").string(vth::ui::find_summary(s));
    w.key("gekozen").integer(s.find.chosen).key("treffers").begin_array();
    for (const auto& hit : s.find.result.hits)
      w.begin_object()
          .key("waar")
          .string(hit.where)
          .key("titel")
          .string(hit.title)
          .key("tekst")
          .string(hit.match)
          .end_object();
    w.end_array().end_object();
  }
  if (s.jump.row && s.programme) { // the row gone to last (a hit, a finding): highlighted in its table
    const auto& t = vth::table(s.jump.row->table);
    const void* row = vth::row_by_id(*s.programme, s.jump.row->table, s.jump.row->row);
    w.key("sprong").begin_object().key("tabel").string(t.name);
    w.key("regel").string(row && t.row_name ? t.row_name(row) : std::string()).end_object();
  }
  if (s.presenting) // the page shown and whether it needs scrolling (a slide should fit)
    w.key("presentatie")
        .begin_object()
        .key("pagina")
        .integer(s.present_page)
        .key("schuift")
        .boolean(s.present_overflow)
        .end_object();
  if (s.programme) { // the Overzicht's key figures as drawn (caption, value, the line under it)
    w.key("kerncijfers").begin_array();
    for (const auto& f : vth::ui::key_figures(s))
      w.begin_object()
          .key("titel")
          .string(f.caption)
          .key("waarde")
          .string(f.value)
          .key("detail")
          .string(f.detail)
          .end_object();
    w.end_array();
  }
  w.key("werk").begin_array();
  for (const auto& work : vth::ui::stored_work(s)) {
    w.begin_object().key("titel").string(work.title).key("scenarios").begin_array();
    for (const auto& name : work.scenario_names) w.string(name);
    w.end_array().end_object();
  }
  w.end_array();
  w.end_object();
  g_reply = w.finish();
  return g_reply.c_str();
}

} // extern "C"
