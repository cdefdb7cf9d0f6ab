#pragma once
// Reading test data and shipped programme files from the repository.

#include <fstream>
#include <sstream>
#include <string>

namespace test {

inline std::string read_repo_file(const std::string& relative) {
  std::ifstream in(std::string(VTH_SOURCE_DIR) + "/" + relative, std::ios::binary);
  if (!in) throw std::runtime_error("kan " + relative + " niet openen");
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

} // namespace test
