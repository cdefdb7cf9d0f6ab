#pragma once
// Render only when something happens: after each input, resize or change the
// app draws a few frames (ImGui needs one or two to settle hover and layout),
// then the browser main loop is paused so an idle tab uses no CPU.

namespace vth::platform {

inline constexpr int kSettleFrames = 6;

class FramePacer {
public:
  // Something happened: make sure the next few frames are drawn.
  void wake() { pending_ = kSettleFrames; }
  // Called at the start of a loop iteration: true when a frame must be drawn.
  bool should_render() const { return pending_ > 0; }
  void frame_done() {
    if (pending_ > 0) --pending_;
  }

private:
  int pending_ = kSettleFrames;
};

} // namespace vth::platform
