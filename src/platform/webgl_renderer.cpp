// Dear ImGui's draw lists on WebGL2: one shader program, one vertex array, the font
// atlas as the only texture. In place of ImGui's OpenGL3 backend, for two reasons
// (docs/performance.md, stop 30):
//
// - It never asks the browser's GPU process anything. Every question (a uniform's or
//   attribute's location, a compile or link status, the state to restore) waits until
//   the GPU process has done all that was sent before: at start-up the link of the
//   shaders and the browser's own drawing, tens to more than a hundred milliseconds
//   with a software renderer. So the attributes have fixed locations in the shader,
//   the projection is a constant vertex attribute instead of a uniform, the texture
//   is unit 0 (every sampler's default), and the program is made and its link status
//   asked by web/loader.js while the wasm arrives (the browser keeps the answer, so the
//   first frame's useProgram and program_linked() after it do not wait again).
// - Nothing else draws with WebGL in this app, so the state (blending, scissor test,
//   program, vertex array) is set once when the objects are made, not saved and
//   restored around every frame.
#include "webgl_renderer.hpp"

#include <GLES3/gl3.h>
#include <emscripten/em_js.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cstdint>
#include <cstdio>
#include <vector>

// The program web/loader.js made for this context right after making it (compiled
// and linked while the wasm arrived), given a name in Emscripten's table of GL objects
// as glCreateProgram would; after a lost context, a new one made the same way. A
// context lost meanwhile takes the loader's program with it: 0, and made anew later.
EM_JS(GLuint, vth_js_take_shader_program, (bool lost), {
  const prepared = Module.shaderProgram;
  Module.shaderProgram = null;
  if (lost) return 0;
  if (!prepared && typeof Module.makeShaderProgram != 'function') {
    // An older page (its inline loader, from a cache) beside this index.js: it makes no program.
    Module.showError('De pagina is maar half bijgewerkt (een oud deel uit de cache van de browser).',
                     'Laad de pagina opnieuw, zo nodig met Ctrl+F5.');
    return 0;
  }
  const program = prepared || Module.makeShaderProgram(GLctx);
  const name = GL.getNewId(GL.programs);
  program.name = name;
  program.maxUniformLength = program.maxAttributeLength = program.maxUniformBlockNameLength = 0;
  program.uniformIdCounter = 1;
  GL.programs[name] = program;
  return name;
});

namespace vth::platform {
namespace {

// The shader program is made by web/loader.js (the GLSL is there): attributes at
// fixed locations, matching the vertex layout set below.
constexpr GLuint kToClip = 3; // the constant attribute

struct Objects {
  GLuint program = 0;
  GLuint vertex_array = 0;
  GLuint vertices = 0;
  GLuint indices = 0;
  GLuint atlas = 0;
  bool unchecked = false; // linked, its status not yet asked
  bool drawn = false;     // a frame has drawn with this program
};

Objects g_gl;

// Lost, and its loss perhaps not yet reported: every answer is "no" then.
bool context_lost() { return emscripten_is_webgl_context_lost(emscripten_webgl_get_current_context()); }

} // namespace

bool renderer_create() {
  g_gl = Objects{}; // the names of a lost context's objects mean nothing now
  // A lost context makes no objects (and Emscripten's glGen* would throw).
  const bool lost = context_lost();
  g_gl.program = vth_js_take_shader_program(lost);
  if (lost) return false;
  g_gl.unchecked = g_gl.program != 0; // 0: the page said why nothing can be drawn

  glGenVertexArrays(1, &g_gl.vertex_array);
  glGenBuffers(1, &g_gl.vertices);
  glGenBuffers(1, &g_gl.indices);
  glBindVertexArray(g_gl.vertex_array);
  glBindBuffer(GL_ARRAY_BUFFER, g_gl.vertices);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_gl.indices); // part of the vertex array's state
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  const auto offset = [](std::size_t bytes) { return reinterpret_cast<const void*>(bytes); };
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), offset(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert),
                        offset(offsetof(ImDrawVert, col)));

  // ImGui's blending: colour over what is there; the canvas itself stays opaque.
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glEnable(GL_SCISSOR_TEST);
  glActiveTexture(GL_TEXTURE0);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1); // the atlas's rows are bytes
  ImGui::GetIO().BackendRendererName = "vth_webgl2";
  // Sent now rather than when this task ends (after the programme and the font atlas),
  // so that the GPU process can link meanwhile. (Measured with SwiftShader, whose GPU
  // process is mostly busy drawing the page: no clear difference; docs/performance.md.)
  glFlush();
  return true;
}

void renderer_upload_font() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
  if (g_gl.atlas == 0) glGenTextures(1, &g_gl.atlas);
  glBindTexture(GL_TEXTURE_2D, g_gl.atlas);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(g_gl.atlas)));
}

bool program_linked() {
  // Not before a frame has drawn with it (after a lost context the program is new and
  // its link not yet asked: the answer would wait for it). Nor on a context lost
  // meanwhile (its loss not yet reported): the browser answers "no" then.
  if (!g_gl.unchecked || !g_gl.drawn || context_lost()) return true;
  g_gl.unchecked = false;
  GLint linked = GL_FALSE;
  glGetProgramiv(g_gl.program, GL_LINK_STATUS, &linked);
  if (linked == GL_TRUE) return true;
  GLint length = 0;
  glGetProgramiv(g_gl.program, GL_INFO_LOG_LENGTH, &length);
  std::vector<char> log(static_cast<std::size_t>(length > 0 ? length : 0) + 1, '\0');
  if (length > 0) glGetProgramInfoLog(g_gl.program, length, nullptr, log.data());
  std::fprintf(stderr, "WebGL-programma niet gelinkt: %s\n", log.data());
  return false;
}

void renderer_draw(const ImDrawData& data, int width, int height, const ImVec4& background) {
  if (width <= 0 || height <= 0 || data.DisplaySize.x <= 0.0f || data.DisplaySize.y <= 0.0f) return;
  g_gl.drawn = true;
  glViewport(0, 0, width, height);
  // The browser checks that the program linked: an answer it has since web/loader.js
  // asked (else it would wait for the GPU process here, 10-55 ms with SwiftShader).
  glUseProgram(g_gl.program);
  glDisable(GL_SCISSOR_TEST); // the whole canvas
  glClearColor(background.x, background.y, background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  glEnable(GL_SCISSOR_TEST);
  // ImGui's pixels from DisplayPos (top left) to DisplayPos + DisplaySize; y points down.
  const float left = data.DisplayPos.x, top = data.DisplayPos.y;
  const float right = left + data.DisplaySize.x, bottom = top + data.DisplaySize.y;
  // ImGui's pixels to the drawing buffer's, as the viewport maps them (at a fractional
  // devicePixelRatio not quite ImGui's FramebufferScale, which SDL rounds).
  const ImVec2 scale(static_cast<float>(width) / data.DisplaySize.x,
                     static_cast<float>(height) / data.DisplaySize.y);
  glVertexAttrib4f(kToClip, 2.0f / (right - left), 2.0f / (top - bottom), (right + left) / (left - right),
                   (top + bottom) / (bottom - top));

  // 32-bit indices (cmake/imgui.cmake): WebGL2 draws no "base vertex", so a list of more
  // than 65.536 vertices could not be drawn with 16-bit ones.
  static_assert(sizeof(ImDrawIdx) == 4);
  GLuint bound = g_gl.atlas;
  glBindTexture(GL_TEXTURE_2D, bound);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    // Nothing to upload (Emscripten would hand WebGL the rest of the heap for size 0).
    if (list.VtxBuffer.Size == 0 || list.IdxBuffer.Size == 0) continue;
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.VtxBuffer.Size) * sizeof(ImDrawVert),
                 list.VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.IdxBuffer.Size) * sizeof(ImDrawIdx),
                 list.IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback) { // the app adds none; ImGui's own would come here
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(&list, &cmd);
        continue;
      }
      // The clip rectangle in the canvas's pixels, y up as WebGL counts.
      const float x0 = (cmd.ClipRect.x - left) * scale.x, y0 = (cmd.ClipRect.y - top) * scale.y;
      const float x1 = (cmd.ClipRect.z - left) * scale.x, y1 = (cmd.ClipRect.w - top) * scale.y;
      if (x1 <= x0 || y1 <= y0) continue;
      glScissor(static_cast<GLint>(x0), static_cast<GLint>(static_cast<float>(height) - y1),
                static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
      const auto texture = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.GetTexID()));
      if (texture != bound) glBindTexture(GL_TEXTURE_2D, bound = texture);
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), GL_UNSIGNED_INT,
                     reinterpret_cast<const void*>(cmd.IdxOffset * sizeof(ImDrawIdx)));
    }
  }
}

} // namespace vth::platform
