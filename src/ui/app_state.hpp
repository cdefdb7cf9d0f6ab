#pragma once
// Everything the interface draws from. Views read it and request changes;
// they never own data of their own, so a frame can be drawn from scratch.

#include "core/programme.hpp"
#include "core/results.hpp"

#include <optional>
#include <string>

namespace vth::ui {

enum class Theme { Light, Dark };

struct AppState {
  Theme theme = Theme::Light;
  float dpi_scale = 1.0f; // devicePixelRatio the fonts were rasterised for

  std::optional<Programme> programme; // the open programme; empty until one is loaded
  std::string load_error;             // why the embedded programme could not be opened
  // Derived from `programme` by recalculate(), never per frame.
  Results results;
  std::string results_json = "{}"; // what window.vth.results() hands to tests
};

// Opens a programme from JSON text; on failure the current one stays and
// `load_error` says why. Returns true when accepted.
bool open_programme(AppState& state, std::string_view json_text);

// Recomputes results (and their JSON) from the programme: call after every change.
void recalculate(AppState& state);

// Draws one whole frame of the interface (between ImGui::NewFrame and Render).
void draw_app(AppState& state);

// Applies the colours and spacing of the chosen theme.
void apply_theme(Theme theme);

} // namespace vth::ui
