#pragma once

namespace vth {
inline constexpr const char* kVersion = "0.1.0";
}
