#pragma once
// An AppState as the browser has it after start-up, without the browser: the
// Enschede programme opened, the platform services recording what they get.

#include "ui/commands.hpp"

#include "core/fields/edit.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace test {

inline std::string read_repo_file(const std::string& relative) {
  std::ifstream in(std::string(VTH_SOURCE_DIR) + "/" + relative, std::ios::binary);
  if (!in) throw std::runtime_error("kan " + relative + " niet openen");
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Recorded {
  std::string copied;
  std::string saved_name, saved_text;
  std::string mirror;
};

// `recorded` must outlive the state's platform calls.
inline vth::ui::AppState enschede_state(Recorded& recorded) {
  vth::ui::AppState state;
  state.platform.copy_text = [&recorded](const std::string& text) { recorded.copied = text; };
  state.platform.save_file = [&recorded](const std::string& name, const std::string& text) {
    recorded.saved_name = name;
    recorded.saved_text = text;
  };
  state.platform.set_mirror = [&recorded](const std::string& html, const std::string&) {
    recorded.mirror = html;
  };
  const std::string text = read_repo_file("assets/programmes/enschede-puh-2025.json");
  if (!vth::ui::open_programme(state, text, "enschede-puh-2025.json"))
    throw std::runtime_error("Enschede niet geopend");
  state.builtin_programme = true;
  return state;
}

// The field a JSON pointer into the programme on screen names (tests write pointers down).
inline vth::FieldRef field(const vth::ui::AppState& state, std::string_view pointer) {
  const auto f = vth::field_for_pointer(*state.programme, pointer);
  if (!f) throw std::runtime_error(std::string(pointer) + ": " + f.message());
  return *f;
}

// An edit as the user types it into the field at `pointer`.
inline vth::Status type(vth::ui::AppState& state, std::string_view pointer, std::string_view text) {
  return vth::ui::edit_value(state, field(state, pointer), text);
}

} // namespace test
