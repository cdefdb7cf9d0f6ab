#pragma once
// Reading test data and shipped programme files from the repository.

#include <cstdio>
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

// A gzip-compressed file of the repository, decompressed by the system's gzip
// (test data that would otherwise make the repository large).
inline std::string read_gzip_repo_file(const std::string& relative) {
  const std::string command = "gzip -dc '" + std::string(VTH_SOURCE_DIR) + "/" + relative + "'";
  std::FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("kan " + relative + " niet uitpakken");
  std::string out;
  char buffer[65536];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  if (pclose(pipe) != 0) throw std::runtime_error("kan " + relative + " niet uitpakken");
  return out;
}

} // namespace test
