#include "issues.hpp"

namespace vth {

std::string pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

std::string format_issue(const Issue& issue) {
  return (issue.pointer.empty() ? std::string("(bestand)") : issue.pointer) + ": " + issue.message;
}

} // namespace vth
