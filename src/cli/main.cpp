// vth-planner: the command-line face of the core, for scripts, CI and anyone
// who wants the numbers without a browser.
#include "core/version.hpp"

#include <cstdio>
#include <cstring>

namespace {

void print_usage(std::FILE* out) {
  std::fprintf(out, "Gebruik: vth-planner <opdracht> [opties]\n"
                    "\n"
                    "Opdrachten:\n"
                    "  --version    toon de versie\n"
                    "  --help       toon deze hulp\n");
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    print_usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (std::strcmp(argv[1], "--version") == 0) {
    std::printf("vth-planner %s\n", vth::kVersion);
    return 0;
  }
  std::fprintf(stderr, "Onbekende opdracht '%s'.\n\n", argv[1]);
  print_usage(stderr);
  return 2;
}
