#include "touch_gestures.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace vth::platform {
namespace {

// Further than this (CSS pixels) is a swipe, not a tap with a trembling finger.
constexpr float kSwipeThreshold = 10.0f;
// Momentum fades as on phones: the speed falls to a third every 325 ms.
constexpr float kMomentumTimeConstantMs = 325.0f;
constexpr float kMomentumStop = 0.02f; // pixels per millisecond
// Held this long without moving, a finger asks for the cell's menu (as on phones and tablets).
constexpr Uint32 kLongPressMs = 500;

ImVec2 finger_position(const SDL_TouchFingerEvent& f) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  return ImVec2(f.x * size.x, f.y * size.y);
}

bool from_touch(const SDL_Event& e) {
  switch (e.type) {
  case SDL_MOUSEMOTION:
    return e.motion.which == SDL_TOUCH_MOUSEID;
  case SDL_MOUSEBUTTONDOWN:
  case SDL_MOUSEBUTTONUP:
    return e.button.which == SDL_TOUCH_MOUSEID;
  default:
    return false;
  }
}

// The window under the finger that can scroll: the hovered one or the nearest parent
// with something to scroll (a table inside a view, the view itself).
ImGuiWindow* scrollable_under_finger() {
  ImGuiWindow* w = ImGui::GetCurrentContext()->HoveredWindow;
  while (w && w->ScrollMax.y <= 0.0f && w->ScrollMax.x <= 0.0f && (w->Flags & ImGuiWindowFlags_ChildWindow))
    w = w->ParentWindow;
  return w && (w->ScrollMax.y > 0.0f || w->ScrollMax.x > 0.0f) ? w : nullptr;
}

float distance(float ax, float ay, float bx, float by) { return std::hypot(ax - bx, ay - by); }

} // namespace

bool TouchGestures::has_momentum() const {
  return mode_ == Mode::None && window_ &&
         (std::fabs(velocity_x_) > kMomentumStop || std::fabs(velocity_y_) > kMomentumStop);
}

bool TouchGestures::take(const SDL_Event& e, float zoom) {
  if (from_touch(e)) return mode_ == Mode::Scrolling || mode_ == Mode::Pinching || mode_ == Mode::LongPress;
  if (e.type != SDL_FINGERDOWN && e.type != SDL_FINGERMOTION && e.type != SDL_FINGERUP) return false;
  const ImVec2 p = finger_position(e.tfinger);
  const SDL_FingerID id = e.tfinger.fingerId;
  if (e.type == SDL_FINGERDOWN) {
    if (mode_ == Mode::None) {
      mode_ = Mode::Pending;
      finger_ = id;
      start_x_ = last_x_ = p.x;
      start_y_ = last_y_ = p.y;
      last_time_ = press_time_ = e.tfinger.timestamp;
      velocity_x_ = velocity_y_ = 0.0f; // a finger on the screen stops the momentum
      window_ = nullptr;
    } else if (mode_ == Mode::Pending || mode_ == Mode::Scrolling) {
      mode_ = Mode::Pinching;
      release_press_ = true;
      second_ = id;
      second_x_ = p.x;
      second_y_ = p.y;
      pinch_start_distance_ = std::max(1.0f, distance(last_x_, last_y_, p.x, p.y));
      pinch_start_zoom_ = zoom;
    }
    return true;
  }
  if (e.type == SDL_FINGERMOTION) {
    if (mode_ == Mode::Pinching) {
      if (id == finger_) last_x_ = p.x, last_y_ = p.y;
      if (id == second_) second_x_ = p.x, second_y_ = p.y;
      const float ratio = distance(last_x_, last_y_, second_x_, second_y_) / pinch_start_distance_;
      // In the zoom buttons' steps of 10 %, within their range.
      zoom_asked_ = std::clamp(std::round(pinch_start_zoom_ * ratio * 10.0f) / 10.0f, 0.5f, 3.0f);
      return true;
    }
    if (id != finger_ || mode_ == Mode::LongPress) return true;
    if (mode_ == Mode::Pending && distance(start_x_, start_y_, p.x, p.y) > kSwipeThreshold) {
      mode_ = Mode::Scrolling;
      release_press_ = true;
      pending_dx_ += p.x - start_x_;
      pending_dy_ += p.y - start_y_;
    } else if (mode_ == Mode::Scrolling) {
      pending_dx_ += p.x - last_x_;
      pending_dy_ += p.y - last_y_;
      const float dt = static_cast<float>(std::max<Uint32>(1, e.tfinger.timestamp - last_time_));
      move_interval_ = dt;
      // Smoothed, so that one uneven event does not throw the page.
      velocity_x_ = 0.8f * (p.x - last_x_) / dt + 0.2f * velocity_x_;
      velocity_y_ = 0.8f * (p.y - last_y_) / dt + 0.2f * velocity_y_;
    }
    last_x_ = p.x;
    last_y_ = p.y;
    last_time_ = e.tfinger.timestamp;
    return true;
  }
  // SDL_FINGERUP
  if (mode_ == Mode::Scrolling && id == finger_) {
    // A finger that rested before lifting throws nothing: resting is a pause clearly longer
    // than those between its moves (a slow device sends fewer moves, further apart).
    const float rest = static_cast<float>(e.tfinger.timestamp - last_time_);
    if (rest > std::max(100.0f, 2.0f * move_interval_)) velocity_x_ = velocity_y_ = 0.0f;
    momentum_time_ = e.tfinger.timestamp;
    mode_ = Mode::None;
  } else if (mode_ == Mode::Pinching && (id == finger_ || id == second_)) {
    mode_ = Mode::None; // the other finger's moves are not a swipe
    window_ = nullptr;
    velocity_x_ = velocity_y_ = 0.0f;
  } else if ((mode_ == Mode::Pending || mode_ == Mode::LongPress) && id == finger_) {
    mode_ = Mode::None; // a tap: SDL's mouse events made it a click; a long press: its menu is open
  }
  return true;
}

// The press becomes a right-click where the finger is: taken back as for a swipe
// (released away from every item, so nothing is clicked), then the right button
// pressed and released there. Dear ImGui takes one button change a frame.
void TouchGestures::long_press() {
  mode_ = Mode::LongPress;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  io.AddMouseButtonEvent(0, false);
  ImGui::ClearActiveID();
  io.AddMousePosEvent(last_x_, last_y_);
  io.AddMouseButtonEvent(1, true);
  io.AddMouseButtonEvent(1, false);
  frames_wanted_ = 4;
}

bool TouchGestures::apply_scroll() {
  if (mode_ == Mode::Pending && SDL_GetTicks() - press_time_ >= kLongPressMs) long_press();
  // A finger held still: frames go on, so that the time of a long press is noticed.
  const bool more_frames = mode_ == Mode::Pending || frames_wanted_-- > 0;
  if (frames_wanted_ < 0) frames_wanted_ = 0;
  if (release_press_) {
    // The press becomes no click: released away from every item, and a field it
    // activated is left without a change.
    release_press_ = false;
    if (!window_) window_ = scrollable_under_finger();
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    io.AddMouseButtonEvent(0, false);
    ImGui::ClearActiveID();
  }
  auto* window = static_cast<ImGuiWindow*>(window_);
  if (!window) {
    pending_dx_ = pending_dy_ = 0.0f;
    return more_frames;
  }
  if (has_momentum()) {
    const Uint32 now = SDL_GetTicks();
    const float dt = static_cast<float>(now - momentum_time_);
    momentum_time_ = now;
    pending_dx_ += velocity_x_ * dt;
    pending_dy_ += velocity_y_ * dt;
    const float fade = std::exp(-dt / kMomentumTimeConstantMs);
    velocity_x_ *= fade;
    velocity_y_ *= fade;
  }
  if (pending_dx_ != 0.0f) ImGui::SetScrollX(window, window->Scroll.x - pending_dx_);
  if (pending_dy_ != 0.0f) ImGui::SetScrollY(window, window->Scroll.y - pending_dy_);
  pending_dx_ = pending_dy_ = 0.0f;
  return has_momentum() || more_frames;
}

float TouchGestures::take_zoom() {
  const float z = zoom_asked_;
  zoom_asked_ = 0.0f;
  return z;
}

} // namespace vth::platform
