#include "web_hooks.hpp"

#include <emscripten.h>

// The JavaScript side lives in src/platform/web/vth_hooks.js (--pre-js);
// these calls only forward to it.
EM_JS(void, vth_js_install, (), { Module.vthInstall(); });
EM_JS(void, vth_js_frame, (double count), { Module.vthFrame(count); });
EM_JS(void, vth_js_fatal, (const char* message), { Module.vthFatal(UTF8ToString(message)); });

namespace vth::platform::hooks {

void install() { vth_js_install(); }
void frame_rendered(unsigned long frame_count) { vth_js_frame(static_cast<double>(frame_count)); }
void fatal(const char* message) { vth_js_fatal(message); }

} // namespace vth::platform::hooks
