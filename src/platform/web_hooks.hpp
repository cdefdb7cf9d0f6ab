#pragma once
// The bridge to the page's JavaScript (web/*.js): readiness for the loading
// screen and the test hook window.vth, and fatal errors shown in Dutch.

namespace vth::platform::hooks {

// Registers the wake-up listeners and exposes window.vth.
void install();
// Reports a rendered frame; the first one marks the app ready.
void frame_rendered(unsigned long frame_count);
// Replaces the canvas by a Dutch error message.
void fatal(const char* message);

} // namespace vth::platform::hooks
