#pragma once
// A problem found in input, with where it is: a JSON pointer into the file
// (RFC 6901, e.g. "/odt/toezicht/3/kental") and a Dutch message.

#include <string>
#include <vector>

namespace vth {

struct Issue {
  std::string pointer;
  std::string message;
  bool operator==(const Issue&) const = default;
};

using Issues = std::vector<Issue>;

// "/odt/toezicht/3/kental: ..." as one line for the CLI and dialogs.
std::string format_issue(const Issue& issue);

// Escapes one reference token of a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string pointer_token(const std::string& key);

} // namespace vth
