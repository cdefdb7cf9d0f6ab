#include "web_hooks.hpp"

#include "core/model/dutch_format.hpp"

#include <emscripten.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

// The JavaScript side lives in src/platform/web/vth_hooks.js (--pre-js);
// these calls only forward to it.
EM_JS(void, vth_js_install, (), { Module.vthInstall(); });
EM_JS(void, vth_js_frame, (double count), { Module.vthFrame(count); });
EM_JS(void, vth_js_fatal, (const char* message), { Module.vthFatal(UTF8ToString(message)); });
EM_JS(void, vth_js_mark, (const char* name), { performance.mark(UTF8ToString(name)); });
EM_JS(void, vth_js_copy, (const char* text), { Module.vthCopy(UTF8ToString(text)); });
EM_JS(void, vth_js_download, (const char* name, const char* text),
      { Module.vthDownload(UTF8ToString(name), UTF8ToString(text)); });
EM_JS(void, vth_js_open_dialog, (), { Module.vthOpenDialog(); });
EM_JS(void, vth_js_save_app, (const char* name, const char* content),
      { Module.vthSaveApp(UTF8ToString(name), UTF8ToString(content)); });
EM_JS(void, vth_js_fullscreen, (int on), { Module.vthFullscreen(on ? true : false); });
EM_JS(int, vth_js_open_html, (const char* html, int print),
      { return Module.vthOpenHtml(UTF8ToString(html), print ? true : false) ? 1 : 0; });
EM_JS(void, vth_js_mirror, (const char* html, const char* announce),
      { Module.vthMirror(UTF8ToString(html), UTF8ToString(announce)); });
// Year, month and day packed in one number: 20261127.
EM_JS(int, vth_js_today, (), {
  const d = new Date();
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
});
// Storage (vth_storage.js). Texts come back as malloc'd copies that take() frees.
// The bodies are JavaScript, which clang-format would break.
// clang-format off
EM_JS(char*, vth_js_store_get, (const char* key), {
  return Module.vthHeapString(Module.vthStorage.get(UTF8ToString(key)));
});
EM_JS(int, vth_js_store_set, (const char* key, const char* value), {
  return Module.vthStorage.set(UTF8ToString(key), UTF8ToString(value));
});
EM_JS(void, vth_js_store_remove, (const char* key), { Module.vthStorage.remove(UTF8ToString(key)); });
EM_JS(char*, vth_js_store_keys, (), { return Module.vthHeapString(Module.vthStorage.keys()); });
// Stored as a Blob (vthStorage.putProgramme says why), with its bytes as an ArrayBuffer to fall
// back on. The file being opened is stored from the page's own File or buffer instead of copied
// out of the wasm memory again (vthOpenBytes); anything else is copied from there into a Blob.
EM_JS(void, vth_js_put_programme, (const char* id, const char* bytes, size_t size), {
  const opening = Module.vthOpening;
  if (opening && opening.ptr === bytes && opening.bytes.length === size) {
    Module.vthStorage.putProgramme(UTF8ToString(id), opening.file || new Blob([opening.bytes]), opening.buffer);
  } else {
    const blob = new Blob([HEAPU8.subarray(bytes, bytes + size)]);
    Module.vthStorage.putProgramme(UTF8ToString(id), blob, () => blob.arrayBuffer());
  }
});
EM_JS(void, vth_js_load_programme, (const char* id), { Module.vthStorage.loadProgramme(UTF8ToString(id)); });
EM_JS(void, vth_js_remove_programme, (const char* id), { Module.vthStorage.removeProgramme(UTF8ToString(id)); });
EM_JS(char*, vth_js_tab_state, (), { return Module.vthHeapString(Module.vthStorage.tabState()); });
EM_JS(void, vth_js_set_tab_state, (const char* text), { Module.vthStorage.setTabState(UTF8ToString(text)); });
EM_JS(double, vth_js_now, (), { return Date.now(); });
EM_JS(char*, vth_js_new_id, (), { return Module.vthHeapString(Module.vthStorage.newId()); });
EM_JS(void, vth_js_text_input, (int on, double x, double y), { Module.vthTextInput(on !== 0, x, y); });
// clang-format on

namespace vth::platform::hooks {

void install() { vth_js_install(); }
void frame_rendered(unsigned long frame_count) { vth_js_frame(static_cast<double>(frame_count)); }
void fatal(const char* message) { vth_js_fatal(message); }
void mark(const char* name) { vth_js_mark(name); }
void copy_text(const char* text) { vth_js_copy(text); }
void download(const char* file_name, const char* text) { vth_js_download(file_name, text); }
void open_file_dialog() { vth_js_open_dialog(); }
void text_input(bool on, float x, float y) { vth_js_text_input(on ? 1 : 0, x, y); }
namespace {

// A text JavaScript allocated with malloc, taken over and freed.
std::optional<std::string> take(char* ptr) {
  if (!ptr) return std::nullopt;
  std::string text(ptr);
  std::free(ptr);
  return text;
}

} // namespace

void connect_storage(ui::StoreServices& store) {
  store.get = [](const std::string& key) { return take(vth_js_store_get(key.c_str())); };
  store.set = [](const std::string& key, const std::string& value) {
    const int result = vth_js_store_set(key.c_str(), value.c_str());
    return result == 0   ? ui::StoreWrite::Done
           : result == 1 ? ui::StoreWrite::Full
                         : ui::StoreWrite::Unavailable;
  };
  store.remove = [](const std::string& key) { vth_js_store_remove(key.c_str()); };
  store.keys = [] {
    std::vector<std::string> keys;
    const std::string all = take(vth_js_store_keys()).value_or("");
    std::size_t start = 0;
    while (start < all.size()) {
      const std::size_t end = std::min(all.find('\n', start), all.size());
      keys.push_back(all.substr(start, end - start));
      start = end + 1;
    }
    return keys;
  };
  store.put_programme = [](const std::string& id, std::string_view text) {
    vth_js_put_programme(id.c_str(), text.data(), text.size());
  };
  store.load_programme = [](const std::string& id) { vth_js_load_programme(id.c_str()); };
  store.remove_programme = [](const std::string& id) { vth_js_remove_programme(id.c_str()); };
  store.set_tab_state = [](const std::string& text) { vth_js_set_tab_state(text.c_str()); };
  store.now_ms = [] { return static_cast<std::int64_t>(vth_js_now()); };
  store.new_id = [] { return take(vth_js_new_id()).value_or(""); };
}

std::string tab_state() { return take(vth_js_tab_state()).value_or(""); }
void set_fullscreen(bool on) { vth_js_fullscreen(on ? 1 : 0); }
void save_app(const char* file_name, const char* content) { vth_js_save_app(file_name, content); }
bool open_html(const char* html, bool print) { return vth_js_open_html(html, print ? 1 : 0) != 0; }
void set_mirror(const char* html, const char* announce) { vth_js_mirror(html, announce); }
std::string today() {
  const int ymd = vth_js_today();
  char iso[16];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", ymd / 10000, ymd / 100 % 100, ymd % 100);
  return iso;
}

} // namespace vth::platform::hooks
