#pragma once
// Draws Dear ImGui's frames with WebGL2 without ever waiting for the browser's GPU
// process (webgl_renderer.cpp says how and why). The WebGL2 context must be current.

#include <imgui.h>

namespace vth::platform {

// Makes the shader program, buffers and vertex array and sets the state they draw
// with. When the context is made and when a lost one is given back (the lost objects
// are forgotten, not deleted). False when the
// context is lost (again): nothing made, the next restore tries again.
bool renderer_create();
// The font atlas's pixels into its texture (after renderer_create(), and again when
// the atlas is rebuilt).
void renderer_upload_font();
// Whether the shader program linked: asked of the browser once, in a frame after the
// first that drew with it (earlier the answer would wait for the link); true otherwise.
bool program_linked();
// Clears the drawing buffer (width × height pixels) to `background` and draws the frame.
void renderer_draw(const ImDrawData& data, int width, int height, const ImVec4& background);

} // namespace vth::platform
