// Stand-in for imgui/examples/libs/emscripten/emscripten_mainloop_stub.h, which
// Debian's source package (+ds) leaves out. The example writes its loop body
// between these two macros; in the browser that body becomes the callback of
// emscripten_set_main_loop (the browser owns the loop, a while loop would hang).
#pragma once
#include <emscripten.h>
#include <functional>

static std::function<void()> stock_loop_body;
static void stock_loop_step() { stock_loop_body(); }

#define EMSCRIPTEN_MAINLOOP_BEGIN stock_loop_body = [&]() { do
#define EMSCRIPTEN_MAINLOOP_END                                                                    \
  while (0);                                                                                       \
  };                                                                                               \
  emscripten_set_main_loop(stock_loop_step, 0, true)
