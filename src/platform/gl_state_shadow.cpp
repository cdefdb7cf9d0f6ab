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
// browser for everything else. The viewport and scissor box start as the drawing
// buffer's size, which the copy does not know: start_gl_state_shadow() sets them.
#include "gl_state_shadow.hpp"

#include <GLES3/gl3.h>

#include <array>
#include <cstring>
#include <optional>

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

using Box = std::array<GLint, 4>;

// The blend values the copy keeps, in the order of Shadow::blend.
constexpr std::array<GLenum, 6> kBlendNames = {GL_BLEND_SRC_RGB,      GL_BLEND_DST_RGB,
                                               GL_BLEND_SRC_ALPHA,    GL_BLEND_DST_ALPHA,
                                               GL_BLEND_EQUATION_RGB, GL_BLEND_EQUATION_ALPHA};

struct Shadow {
  std::optional<Box> viewport; // none until set: it starts as the canvas's size
  std::optional<Box> scissor;
  // WebGL's defaults (WebGL 2.0 = OpenGL ES 3.0): nothing blended in.
  std::array<GLint, 6> blend = {GL_ONE, GL_ZERO, GL_ONE, GL_ZERO, GL_FUNC_ADD, GL_FUNC_ADD};
};

Shadow g_shadow;

void remember_blend_function(GLenum source_rgb, GLenum destination_rgb, GLenum source_alpha,
                             GLenum destination_alpha) {
  g_shadow.blend[0] = static_cast<GLint>(source_rgb);
  g_shadow.blend[1] = static_cast<GLint>(destination_rgb);
  g_shadow.blend[2] = static_cast<GLint>(source_alpha);
  g_shadow.blend[3] = static_cast<GLint>(destination_alpha);
}

void remember_blend_equation(GLenum mode_rgb, GLenum mode_alpha) {
  g_shadow.blend[4] = static_cast<GLint>(mode_rgb);
  g_shadow.blend[5] = static_cast<GLint>(mode_alpha);
}

// The copy's answer for `name`, or false when the browser must be asked.
bool answer(GLenum name, GLint* data) {
  const std::optional<Box>* box = name == GL_VIEWPORT      ? &g_shadow.viewport
                                  : name == GL_SCISSOR_BOX ? &g_shadow.scissor
                                                           : nullptr;
  if (box) {
    if (!*box) return false;
    std::memcpy(data, (*box)->data(), sizeof(Box));
    return true;
  }
  for (std::size_t i = 0; i < kBlendNames.size(); ++i)
    if (kBlendNames[i] == name) {
      *data = g_shadow.blend[i];
      return true;
    }
  return false;
}

} // namespace

} // namespace vth::platform

using namespace vth::platform;

extern "C" void __wrap_glGetIntegerv(GLenum name, GLint* data) {
  if (!answer(name, data)) __real_glGetIntegerv(name, data);
}

extern "C" void __wrap_glViewport(GLint x, GLint y, GLsizei width, GLsizei height) {
  g_shadow.viewport = Box{x, y, width, height};
  __real_glViewport(x, y, width, height);
}

extern "C" void __wrap_glScissor(GLint x, GLint y, GLsizei width, GLsizei height) {
  g_shadow.scissor = Box{x, y, width, height};
  __real_glScissor(x, y, width, height);
}

extern "C" void __wrap_glBlendFunc(GLenum source, GLenum destination) {
  remember_blend_function(source, destination, source, destination);
  __real_glBlendFunc(source, destination);
}

extern "C" void __wrap_glBlendFuncSeparate(GLenum source_rgb, GLenum destination_rgb, GLenum source_alpha,
                                           GLenum destination_alpha) {
  remember_blend_function(source_rgb, destination_rgb, source_alpha, destination_alpha);
  __real_glBlendFuncSeparate(source_rgb, destination_rgb, source_alpha, destination_alpha);
}

extern "C" void __wrap_glBlendEquation(GLenum mode) {
  remember_blend_equation(mode, mode);
  __real_glBlendEquation(mode);
}

extern "C" void __wrap_glBlendEquationSeparate(GLenum mode_rgb, GLenum mode_alpha) {
  remember_blend_equation(mode_rgb, mode_alpha);
  __real_glBlendEquationSeparate(mode_rgb, mode_alpha);
}

void vth::platform::start_gl_state_shadow(int width, int height) {
  g_shadow = Shadow{};
  __wrap_glViewport(0, 0, width, height);
  __wrap_glScissor(0, 0, width, height);
}
