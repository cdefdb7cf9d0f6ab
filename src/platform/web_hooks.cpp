#include "web_hooks.hpp"

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
EM_JS(int, vth_js_store, (const char* text), { return Module.vthStore(UTF8ToString(text)) ? 1 : 0; });

namespace vth::platform::hooks {

void install() { vth_js_install(); }
void frame_rendered(unsigned long frame_count) { vth_js_frame(static_cast<double>(frame_count)); }
void fatal(const char* message) { vth_js_fatal(message); }
void copy_text(const char* text) { vth_js_copy(text); }
void download(const char* file_name, const char* text) { vth_js_download(file_name, text); }
void open_file_dialog() { vth_js_open_dialog(); }
bool store_autosave(const char* text) { return vth_js_store(text) == 1; }

} // namespace vth::platform::hooks
