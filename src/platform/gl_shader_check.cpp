// Dear ImGui's OpenGL3 backend asks, right after compiling its two shaders and linking
// them, whether that worked and for the logs (ImGui_ImplOpenGL3_CreateDeviceObjects):
// six questions to the browser's GPU process, each waiting until it has done everything
// sent before. At start-up, with a software renderer, they held the first frame up by
// 30-100 ms (docs/performance.md, stop 30), and the backend only prints the answer.
//
// Those questions come through here (--wrap, src/platform/CMakeLists.txt) and are
// answered "compiled, linked, no log"; the program is remembered and its real link
// status asked once after the first frame, when the answer costs no waiting for a
// frame yet to be shown. A program that did not link (a shader that failed to compile
// does not link either) ends the app with a message: nothing could be drawn.
#include "gl_shader_check.hpp"

#include <GLES3/gl3.h>

#include <cstdio>
#include <vector>

extern "C" {
void __real_glGetShaderiv(GLuint shader, GLenum name, GLint* data);
void __real_glGetProgramiv(GLuint program, GLenum name, GLint* data);
}

namespace vth::platform {
namespace {
GLuint g_unchecked_program = 0; // linked, its status not yet asked
} // namespace

void forget_unchecked_program() { g_unchecked_program = 0; }

bool unchecked_program_linked() {
  if (g_unchecked_program == 0) return true;
  const GLuint program = g_unchecked_program;
  g_unchecked_program = 0;
  GLint linked = GL_FALSE;
  __real_glGetProgramiv(program, GL_LINK_STATUS, &linked);
  if (linked == GL_TRUE) return true;
  GLint length = 0;
  __real_glGetProgramiv(program, GL_INFO_LOG_LENGTH, &length);
  std::vector<char> log(static_cast<std::size_t>(length > 0 ? length : 0) + 1, '\0');
  if (length > 0) glGetProgramInfoLog(program, length, nullptr, log.data());
  std::fprintf(stderr, "WebGL-programma niet gelinkt: %s\n", log.data());
  return false;
}

} // namespace vth::platform

// Only ImGui's backend compiles shaders in this app: these answers are for it.
extern "C" void __wrap_glGetShaderiv(GLuint shader, GLenum name, GLint* data) {
  if (name == GL_COMPILE_STATUS) {
    *data = GL_TRUE; // the program's link status tells (a shader that failed does not link)
  } else if (name == GL_INFO_LOG_LENGTH) {
    *data = 0;
  } else {
    __real_glGetShaderiv(shader, name, data);
  }
}

extern "C" void __wrap_glGetProgramiv(GLuint program, GLenum name, GLint* data) {
  if (name == GL_LINK_STATUS) {
    vth::platform::g_unchecked_program = program;
    *data = GL_TRUE;
  } else if (name == GL_INFO_LOG_LENGTH && program == vth::platform::g_unchecked_program) {
    *data = 0;
  } else {
    __real_glGetProgramiv(program, name, data);
  }
}
