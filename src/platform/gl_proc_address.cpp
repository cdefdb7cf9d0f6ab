// SDL asks EGL for the addresses of optional EGL extensions. Emscripten's own
// eglGetProcAddress answers from a table of every WebGL function, which puts
// all of them (twice: the C side and its JavaScript) into the page. The app
// calls WebGL directly (webgl_renderer.cpp, with the GLES3 headers) and
// never asks for an address, so this one answers that none is available; SDL
// then treats the extensions as absent, as it does on a browser without them.

extern "C" void* eglGetProcAddress(const char* /*name*/) { return nullptr; }
