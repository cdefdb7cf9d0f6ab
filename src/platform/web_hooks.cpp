#include "web_hooks.hpp"

#include "core/model/dutch_format.hpp"

#include <emscripten.h>

// The JavaScript side lives in src/platform/web/vth_hooks.js (--pre-js);
// these calls only forward to it.
EM_JS(void, vth_js_install, (), { Module.vthInstall(); });
EM_JS(void, vth_js_frame, (double count), { Module.vthFrame(count); });
EM_JS(void, vth_js_fatal, (const char* message), { Module.vthFatal(UTF8ToString(message)); });
EM_JS(void, vth_js_copy, (const char* text), { Module.vthCopy(UTF8ToString(text)); });
EM_JS(void, vth_js_download, (const char* name, const char* text),
      { Module.vthDownload(UTF8ToString(name), UTF8ToString(text)); });
EM_JS(void, vth_js_open_dialog, (), { Module.vthOpenDialog(); });
EM_JS(void, vth_js_fullscreen, (int on), { Module.vthFullscreen(on ? true : false); });
EM_JS(void, vth_js_open_html, (const char* html), { Module.vthOpenHtml(UTF8ToString(html)); });
EM_JS(void, vth_js_mirror, (const char* html, const char* announce),
      { Module.vthMirror(UTF8ToString(html), UTF8ToString(announce)); });
// Year, month and day packed in one number: 20261127.
EM_JS(int, vth_js_today, (), {
  const d = new Date();
  return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
});
EM_JS(int, vth_js_store, (const char* text), { return Module.vthStore(UTF8ToString(text)) ? 1 : 0; });

namespace vth::platform::hooks {

void install() { vth_js_install(); }
void frame_rendered(unsigned long frame_count) { vth_js_frame(static_cast<double>(frame_count)); }
void fatal(const char* message) { vth_js_fatal(message); }
void copy_text(const char* text) { vth_js_copy(text); }
void download(const char* file_name, const char* text) { vth_js_download(file_name, text); }
void open_file_dialog() { vth_js_open_dialog(); }
bool store_autosave(const char* text) { return vth_js_store(text) == 1; }
void set_fullscreen(bool on) { vth_js_fullscreen(on ? 1 : 0); }
void open_html(const char* html) { vth_js_open_html(html); }
void set_mirror(const char* html, const char* announce) { vth_js_mirror(html, announce); }
std::string today() {
  const int ymd = vth_js_today();
  return format_date(ymd / 10000, ymd / 100 % 100, ymd % 100);
}

} // namespace vth::platform::hooks
