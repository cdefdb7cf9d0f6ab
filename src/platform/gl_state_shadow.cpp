// Dear ImGui's OpenGL3 backend saves the GL state it changes before it draws a frame
// and restores it afterwards (ImGui_ImplOpenGL3_RenderDrawData), for apps that draw
// with GL themselves. Most of what it asks the browser answers on the page's side,
// but the viewport, the scissor box and the four blend functions and two blend
// equations it asks of the GPU process: eight round trips a frame, each waiting until
// the GPU process has done everything sent before, the previous frame's drawing
// included. With a software renderer that made each frame wait ~60 ms (an edit of
// the 100.000-line programme until its frame was drawn: docs/performance.md, stop 29).
//
// The setters of those values come through here (--wrap, src/platform/CMakeLists.txt)
// and are remembered; glGetIntegerv answers them from what was set, and asks the
// browser only for a value nobody has set yet (the viewport and scissor box start as
// the canvas's size, unknown here) and for everything else.
#include "gl_state_shadow.hpp"

#include <GLES3/gl3.h>

#include <array>
#include <cstring>

extern "C" {
void __real_glGetIntegerv(GLenum name, GLint* data);
void __real_glViewport(GLint x, GLint y, GLsizei width, GLsizei height);
void __real_glScissor(GLint x, GLint y, GLsizei width, GLsizei height);
void __real_glBlendFunc(GLenum source, GLenum destination);
void __real_glBlendFuncSeparate(GLenum source_rgb, GLenum destination_rgb, GLenum source_alpha,
                                GLenum destination_alpha);
void __real_glBlendEquation(GLenum mode);
void __real_glBlendEquationSeparate(GLenum mode_rgb, GLenum mode_alpha);
}

namespace vth::platform {
namespace {

struct Shadow {
  bool viewport_known = false;
  bool scissor_known = false;
  std::array<GLint, 4> viewport{};
  std::array<GLint, 4> scissor{};
  // WebGL's defaults (WebGL 2.0 = OpenGL ES 3.0, table 6.x): nothing blended in.
  GLint blend_src_rgb = GL_ONE, blend_dst_rgb = GL_ZERO, blend_src_alpha = GL_ONE, blend_dst_alpha = GL_ZERO;
  GLint blend_equation_rgb = GL_FUNC_ADD, blend_equation_alpha = GL_FUNC_ADD;
};

Shadow g_shadow;

} // namespace

void reset_gl_state_shadow() { g_shadow = Shadow{}; }

} // namespace vth::platform

using vth::platform::g_shadow;

extern "C" void __wrap_glGetIntegerv(GLenum name, GLint* data) {
  const auto copy4 = [&](bool known, const std::array<GLint, 4>& value) {
    if (!known) return false;
    std::memcpy(data, value.data(), sizeof(GLint) * 4);
    return true;
  };
  bool answered = true;
  switch (name) {
  case GL_VIEWPORT:
    answered = copy4(g_shadow.viewport_known, g_shadow.viewport);
    break;
  case GL_SCISSOR_BOX:
    answered = copy4(g_shadow.scissor_known, g_shadow.scissor);
    break;
  case GL_BLEND_SRC_RGB:
    *data = g_shadow.blend_src_rgb;
    break;
  case GL_BLEND_DST_RGB:
    *data = g_shadow.blend_dst_rgb;
    break;
  case GL_BLEND_SRC_ALPHA:
    *data = g_shadow.blend_src_alpha;
    break;
  case GL_BLEND_DST_ALPHA:
    *data = g_shadow.blend_dst_alpha;
    break;
  case GL_BLEND_EQUATION_RGB:
    *data = g_shadow.blend_equation_rgb;
    break;
  case GL_BLEND_EQUATION_ALPHA:
    *data = g_shadow.blend_equation_alpha;
    break;
  default:
    answered = false;
  }
  if (!answered) __real_glGetIntegerv(name, data);
}

extern "C" void __wrap_glViewport(GLint x, GLint y, GLsizei width, GLsizei height) {
  g_shadow.viewport = {x, y, width, height};
  g_shadow.viewport_known = true;
  __real_glViewport(x, y, width, height);
}

extern "C" void __wrap_glScissor(GLint x, GLint y, GLsizei width, GLsizei height) {
  g_shadow.scissor = {x, y, width, height};
  g_shadow.scissor_known = true;
  __real_glScissor(x, y, width, height);
}

extern "C" void __wrap_glBlendFunc(GLenum source, GLenum destination) {
  g_shadow.blend_src_rgb = g_shadow.blend_src_alpha = static_cast<GLint>(source);
  g_shadow.blend_dst_rgb = g_shadow.blend_dst_alpha = static_cast<GLint>(destination);
  __real_glBlendFunc(source, destination);
}

extern "C" void __wrap_glBlendFuncSeparate(GLenum source_rgb, GLenum destination_rgb, GLenum source_alpha,
                                           GLenum destination_alpha) {
  g_shadow.blend_src_rgb = static_cast<GLint>(source_rgb);
  g_shadow.blend_dst_rgb = static_cast<GLint>(destination_rgb);
  g_shadow.blend_src_alpha = static_cast<GLint>(source_alpha);
  g_shadow.blend_dst_alpha = static_cast<GLint>(destination_alpha);
  __real_glBlendFuncSeparate(source_rgb, destination_rgb, source_alpha, destination_alpha);
}

extern "C" void __wrap_glBlendEquation(GLenum mode) {
  g_shadow.blend_equation_rgb = g_shadow.blend_equation_alpha = static_cast<GLint>(mode);
  __real_glBlendEquation(mode);
}

extern "C" void __wrap_glBlendEquationSeparate(GLenum mode_rgb, GLenum mode_alpha) {
  g_shadow.blend_equation_rgb = static_cast<GLint>(mode_rgb);
  g_shadow.blend_equation_alpha = static_cast<GLint>(mode_alpha);
  __real_glBlendEquationSeparate(mode_rgb, mode_alpha);
}
