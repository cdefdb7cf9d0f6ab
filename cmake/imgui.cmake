# Dear ImGui compiled from Debian's source package (fetched by scripts/setup.sh):
# Debian's libimgui-dev ships only a native library, useless for WebAssembly.
set(IMGUI_DIR "" CACHE PATH "Unpacked Debian imgui source package")
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "IMGUI_DIR='${IMGUI_DIR}' bevat geen imgui.cpp; draai scripts/setup.sh")
endif()
find_package(SDL2 CONFIG REQUIRED)

add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
# No imgui.ini on disk: the browser has no such file, and layout is the app's job.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_FILE_FUNCTIONS
  IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_DEMO_WINDOWS
  # 32-bit indices: WebGL2 has no "base vertex" draw, so with 16-bit ones a window of more
  # than 65.536 vertices would draw wrong triangles (src/platform/webgl_renderer.cpp).
  "ImDrawIdx=unsigned int"
  # Items report their label and place (src/platform/web_locator.cpp): end-to-end
  # tests read where a button is and click it with the real mouse. Off until asked.
  IMGUI_ENABLE_TEST_ENGINE)
target_link_libraries(imgui PUBLIC SDL2::SDL2-static)
