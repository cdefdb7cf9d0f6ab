#pragma once
// The WebGL state Dear ImGui's OpenGL3 backend saves before each frame's drawing and
// restores after it (viewport, scissor box, blend functions and equations), answered
// from a copy kept here instead of asking the browser (gl_state_shadow.cpp says why).

namespace vth::platform {

// A lost and restored context starts from WebGL's defaults again: so does the copy.
void reset_gl_state_shadow();

} // namespace vth::platform
