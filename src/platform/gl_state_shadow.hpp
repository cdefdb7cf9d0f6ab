#pragma once
// The WebGL state Dear ImGui's OpenGL3 backend saves before each frame's drawing and
// restores after it (viewport, scissor box, blend functions and equations), answered
// from a copy kept here instead of asking the browser (gl_state_shadow.cpp says why).

namespace vth::platform {

// The copy at WebGL's defaults, with the viewport and scissor box set to the drawing
// buffer's size (what WebGL starts them at, set here so that the copy knows them).
// When the context is made and when a lost one is restored.
void start_gl_state_shadow(int width, int height);

} // namespace vth::platform
