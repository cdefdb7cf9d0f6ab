// Every change of the canvas's size makes the browser reallocate WebGL's drawing
// buffer, and the first one after the context was made waits for the browser's GPU
// process to finish setting it up (tens to more than a hundred milliseconds at the
// start, with a software renderer). SDL changes it twice when it makes the window:
// to 1 × 1, to see whether the page's style sizes the canvas (web/app.css always
// does: the whole window), then to that style size × devicePixelRatio, which
// web/loader.js already gave the buffer when it made the context. Both calls come
// through here (--wrap, src/platform/CMakeLists.txt) and cost nothing when the
// buffer already has the size asked for. The 1 × 1 probe is answered without
// resizing: the canvas's style size does not depend on its buffer size, so SDL
// reads the same style size either way (docs/performance.md, stop 30). (Only a page
// whose stylesheet failed to load would differ: its canvas keeps the loader's size.)
#include <emscripten/html5.h>

namespace {
bool g_probe_seen = false;
} // namespace

extern "C" EMSCRIPTEN_RESULT __real_emscripten_set_canvas_element_size(const char* target, int width,
                                                                       int height);

extern "C" EMSCRIPTEN_RESULT __wrap_emscripten_set_canvas_element_size(const char* target, int width,
                                                                       int height) {
  // SDL's probe is the first size ever set (Emscripten_CreateWindow); later a 1 × 1
  // window is a real size and is set.
  const bool probe = !g_probe_seen && width == 1 && height == 1;
  g_probe_seen = true;
  if (probe) return EMSCRIPTEN_RESULT_SUCCESS;
  int current_width = 0, current_height = 0;
  if (emscripten_get_canvas_element_size(target, &current_width, &current_height) ==
          EMSCRIPTEN_RESULT_SUCCESS &&
      current_width == width && current_height == height)
    return EMSCRIPTEN_RESULT_SUCCESS;
  return __real_emscripten_set_canvas_element_size(target, width, height);
}
