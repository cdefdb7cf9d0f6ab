#pragma once
// Calls from C++ into the page's JavaScript (src/platform/web/vth_hooks.js).

#include "ui/app_state.hpp"

#include <string>

namespace vth::platform::hooks {

// Registers the wake-up, paste, file and drag-and-drop listeners.
void install();
// Reports a rendered frame; the first one marks the app ready.
void frame_rendered(unsigned long frame_count);
// Replaces the canvas by a Dutch error message.
void fatal(const char* message);
// A point of the start-up on the browser's performance timeline (docs/performance.md:
// where the milliseconds to the first frame go). Local only, like everything else.
void mark(const char* name);
// Puts text on the system clipboard (navigator.clipboard).
void copy_text(const char* text);
// Offers text as a file download.
void download(const char* file_name, const char* text);
// While a text field is being typed in (`on`), the page's text input element has the
// focus at (x, y) in CSS pixels, so that composed text (dead keys, IME, an on-screen
// keyboard) arrives through vth_text_input(); otherwise the canvas has it.
void text_input(bool on, float x, float y);
// Opens the browser's file picker; the chosen file arrives through vth_open_bytes().
void open_file_dialog();
// The browser's storage (src/platform/web/vth_storage.js) as ui::StoreServices.
void connect_storage(ui::StoreServices& store);
// This tab's place before a reload (sessionStorage), or "".
std::string tab_state();

// "Opslaan als app": offers the one-file version with `content` inside as a download.
void save_app(const char* file_name, const char* content);
// Enters or leaves the browser's full screen (Fullscreen API); refusals are ignored.
void set_fullscreen(bool on);
// Opens an HTML document (the report) in a new tab; `print`: with the print dialog on it.
// False when no tab could be opened (a blocked pop-up) and the document was downloaded instead.
bool open_html(const char* html, bool print);
// Replaces the screen reader mirror's content; announces `announce` when not empty.
void set_mirror(const char* html, const char* announce);
// Today's date, "2026-11-27", from the browser's clock (the local day).
std::string today();

} // namespace vth::platform::hooks
