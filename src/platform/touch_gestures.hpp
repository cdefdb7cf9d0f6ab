#pragma once
// Touch as on any web page on a tablet: a tap is a click (SDL makes mouse events of
// it), a swipe scrolls what is under the finger and goes on a little after the finger
// lifts (momentum), two fingers pinch the interface's zoom, and a finger held still
// for half a second is a right-click (the cell menu: Kopieer). Dear ImGui knows none
// of this: a swipe would be a press dragged over the table. Once a finger has moved
// further than a tap, its press is taken back (released away from every item, so no
// button is clicked) and its moves scroll instead.

#include <SDL.h>

namespace vth::platform {

class TouchGestures {
public:
  // Looks at an SDL event first; true when the gesture took it (ImGui must not see it).
  bool take(const SDL_Event& event, float zoom);
  // After ImGui::NewFrame: scrolls the window under the gesture by what the finger moved
  // (and the momentum after it), and makes a held finger a right-click. True while
  // further frames are needed (momentum, a finger held that may become a long press).
  bool apply_scroll();
  // The zoom a pinch asks for (0 when no pinch changed it since the last call).
  float take_zoom();

private:
  enum class Mode { None, Pending, Scrolling, Pinching, LongPress };
  Mode mode_ = Mode::None;
  SDL_FingerID finger_ = 0;
  float start_x_ = 0, start_y_ = 0, last_x_ = 0, last_y_ = 0;
  float pending_dx_ = 0, pending_dy_ = 0; // moved since the last frame (CSS pixels)
  float velocity_x_ = 0, velocity_y_ = 0; // pixels per millisecond, for the momentum
  Uint32 last_time_ = 0, momentum_time_ = 0;
  Uint32 press_time_ = 0;       // when the finger came down (SDL ticks)
  int frames_wanted_ = 0;       // the right-click of a long press takes a few frames to arrive
  float move_interval_ = 16.0f; // milliseconds between the finger's last two moves
  bool release_press_ = false;  // take the press back on the next frame
  void* window_ = nullptr;      // the ImGui window being scrolled
  // Pinch: the distance between the two fingers at its start, and the zoom then.
  SDL_FingerID second_ = 0;
  float second_x_ = 0, second_y_ = 0;
  float pinch_start_distance_ = 0, pinch_start_zoom_ = 1, zoom_asked_ = 0;
  bool has_momentum() const;
  void long_press();
};

} // namespace vth::platform
