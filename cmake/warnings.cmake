# Warnings as the project's own code should meet them; third-party code
# (ImGui, SDL) is compiled without them.
function(vth_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion -Werror=return-type)
endfunction()
