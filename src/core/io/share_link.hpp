#pragma once
// Share links: a scenario (and, when small, its programme) in the URL
// fragment, which browsers never send to a server. Data only, never code:
// versioned, size-capped before and after decoding, checked for damage, and
// validated like a file. Format: docs/sharing.md.

#include "core/model/programme.hpp"
#include "core/model/result.hpp"
#include "core/scenario/scenario.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vth {

inline constexpr int kShareVersion = 2;                        // version 1 (values by position) is still read
inline constexpr std::size_t kMaxShareChars = 16'000;          // cap on the encoded text, before decoding
inline constexpr std::size_t kMaxShareBytes = 64 * 1024;       // cap on the decoded payload
inline constexpr std::size_t kMaxSharedProgrammeBytes = 8'000; // a programme this small travels in the link

struct ShareData {
  std::uint64_t programme_id = 0;       // fingerprint of the baseline's file
  Scenario scenario;                    // name, sender, note and changes
  std::optional<std::string> programme; // the programme file itself, when it is not the built-in one
  bool operator==(const ShareData&) const = default;
};

// Encodes against `baseline`: value changes of its scenario fields by their
// place in scenario_fields(), in a few bytes each; everything else (texts,
// rows added, deleted, moved, values of new rows) by table, row id and column.
std::string encode_share(const Programme& baseline, const ShareData& data);

// Decodes a payload made by encode_share. When the link carries a programme,
// that programme is the baseline; otherwise the open programme (`structure`,
// whose adopted version has fingerprint `baseline_id`) must be the one the link
// was made for. Every refusal says why, in Dutch.
// The changes are checked by applying them (materialise()).
Result<ShareData> decode_share(std::string_view payload, const Programme& baseline,
                               std::uint64_t baseline_id);

// What a link says about itself before its changes are read: the programme it
// belongs to and whether it carries that programme (so the interface can open
// the right programme first). Refused exactly as decode_share refuses a damaged link.
struct ShareHeader {
  std::uint64_t programme_id = 0;
  bool carries_programme = false;
};
Result<ShareHeader> peek_share(std::string_view payload);

// Building blocks, public for tests and the fuzz target.
namespace share_detail {
std::string base64url(const std::string& bytes);
std::optional<std::string> unbase64url(std::string_view text);
std::uint32_t crc32(std::string_view data);
} // namespace share_detail

// The pieces of a URL fragment "#s=...&view=...": both optional.
struct Fragment {
  std::string share; // the s= payload
  std::string view;  // the view= name
};
Fragment parse_fragment(std::string_view fragment);

// The fragment ("#s=...", with its view if any) of a share link pasted as text: one
// address, of the hosted site or of the one-file version on disk (the part before
// '#' does not matter: the payload says which programme it is for), or the bare
// fragment. White space around it is ignored; anything else (text with spaces, rows
// of a table, an address without a payload) is not a link: nullopt.
std::optional<std::string> pasted_link_fragment(std::string_view text);

} // namespace vth
