#pragma once
// Whether Dear ImGui's shader program linked, asked after the first frame instead of
// while it is made (gl_shader_check.cpp says why).

namespace vth::platform {

// True when no program waits to be checked or the one waiting linked; asks the browser once.
bool unchecked_program_linked();
// A lost context took the program with it: nothing to check until the next is made.
void forget_unchecked_program();

} // namespace vth::platform
