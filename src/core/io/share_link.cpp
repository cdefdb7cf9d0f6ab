#include "share_link.hpp"

#include "core/model/utf8_text.hpp"
#include "programme_io.hpp"

#include <algorithm>
#include <unordered_map>

namespace vth {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr std::uint8_t kMagic[2] = {'V', 'T'};
constexpr std::uint8_t kFlagProgramme = 1;

} // namespace

namespace share_detail {

std::string base64url(const std::string& bytes) {
  std::string out;
  std::uint32_t acc = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    acc = (acc << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += kAlphabet[(acc >> bits) & 0x3F];
    }
  }
  if (bits > 0) out += kAlphabet[(acc << (6 - bits)) & 0x3F];
  return out;
}

std::optional<std::string> unbase64url(std::string_view text) {
  std::string out;
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    int v = -1;
    if (c >= 'A' && c <= 'Z')
      v = c - 'A';
    else if (c >= 'a' && c <= 'z')
      v = c - 'a' + 26;
    else if (c >= '0' && c <= '9')
      v = c - '0' + 52;
    else if (c == '-')
      v = 62;
    else if (c == '_')
      v = 63;
    else
      return std::nullopt;
    acc = ((acc << 6) | static_cast<std::uint32_t>(v)) & 0xFFFFFF;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return out;
}

std::uint32_t crc32(std::string_view data) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : data) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

} // namespace share_detail

namespace {

using share_detail::base64url;
using share_detail::crc32;
using share_detail::unbase64url;

void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

void put_string(std::string& out, const std::string& s) {
  put_varint(out, s.size());
  out += s;
}

std::uint64_t zigzag(std::int64_t v) {
  return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
std::int64_t unzigzag(std::uint64_t v) {
  return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

// Reads the payload front to back; any read past the end fails the reader.
struct Reader {
  std::string_view data;
  std::size_t at = 0;
  bool ok = true;

  std::uint8_t byte() {
    if (at >= data.size()) {
      ok = false;
      return 0;
    }
    return static_cast<std::uint8_t>(data[at++]);
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const std::uint8_t b = byte();
      if (!ok) return 0;
      v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
    ok = false; // more than ten bytes: not a varint we wrote
    return 0;
  }
  std::string string(std::size_t max) {
    const std::uint64_t n = varint();
    if (!ok || n > max || n > data.size() - at) {
      ok = false;
      return {};
    }
    std::string s(data.substr(at, static_cast<std::size_t>(n)));
    at += static_cast<std::size_t>(n);
    return s;
  }
};

} // namespace

namespace {

constexpr std::uint8_t kFlagAbout = 2; // version 2: sender and note follow the name
constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMaxNoteBytes = 2000;

void put_value(std::string& out, const std::optional<std::int64_t>& value) {
  if (value) {
    out += static_cast<char>(1);
    put_varint(out, zigzag(*value));
  } else {
    out += static_cast<char>(0);
  }
}

std::optional<std::int64_t> read_value(Reader& r) {
  const std::uint8_t tag = r.byte();
  if (tag == 1) return unzigzag(r.varint());
  if (tag != 0) r.ok = false;
  return std::nullopt;
}

// The changes that are not values of the baseline's scenario fields, in the
// order of the list: kind, table, row, and what the kind needs.
void put_other(std::string& out, const Change& c) {
  out += static_cast<char>(c.kind);
  out += static_cast<char>(c.field.table);
  put_varint(out, c.field.row);
  switch (c.kind) {
  case ChangeKind::SetValue:
    out += static_cast<char>(c.field.column);
    put_value(out, c.value);
    break;
  case ChangeKind::SetText:
    out += static_cast<char>(c.field.column);
    put_string(out, c.text);
    break;
  case ChangeKind::AddRows:
    put_varint(out, c.count);
    put_varint(out, c.after);
    put_varint(out, c.parent_row);
    break;
  case ChangeKind::MoveRow:
    put_varint(out, c.after);
    put_varint(out, c.parent_row);
    break;
  case ChangeKind::DeleteRow:
    break;
  }
}

std::optional<Change> read_other(Reader& r) {
  Change c;
  const std::uint8_t kind = r.byte();
  const std::uint8_t t = r.byte();
  if (!r.ok || kind > static_cast<std::uint8_t>(ChangeKind::MoveRow) || t >= kTableCount) return std::nullopt;
  c.kind = static_cast<ChangeKind>(kind);
  c.field.table = static_cast<TableId>(t);
  const std::uint64_t row = r.varint();
  if (row > 2'000'000'000u) return std::nullopt;
  c.field.row = static_cast<RowId>(row);
  auto small = [&](std::uint64_t max) -> std::uint32_t {
    const std::uint64_t v = r.varint();
    if (v > max) r.ok = false;
    return static_cast<std::uint32_t>(v);
  };
  switch (c.kind) {
  case ChangeKind::SetValue:
    c.field.column = r.byte();
    c.value = read_value(r);
    break;
  case ChangeKind::SetText:
    c.field.column = r.byte();
    c.text = r.string(kMaxShareBytes);
    break;
  case ChangeKind::AddRows:
    c.count = small(1'000'000);
    c.after = small(2'000'000'000u);
    c.parent_row = small(2'000'000'000u);
    break;
  case ChangeKind::MoveRow:
    c.after = small(2'000'000'000u);
    c.parent_row = small(2'000'000'000u);
    break;
  case ChangeKind::DeleteRow:
    break;
  }
  if (!r.ok) return std::nullopt;
  return c;
}

} // namespace

std::string encode_share(const Programme& baseline, const ShareData& d) {
  const std::vector<FieldRef> fields = link_fields(baseline);
  std::vector<std::pair<std::size_t, std::optional<std::int64_t>>> numbered;
  std::vector<const Change*> others;
  for (const Change& c : d.scenario.changes) {
    // scenario_fields() is sorted by (table, position, column); a value of the
    // baseline's own rows is found by its FieldRef.
    const auto it =
        c.kind == ChangeKind::SetValue && !adds_row(d.scenario.changes, {c.field.table, c.field.row})
            ? std::find(fields.begin(), fields.end(), c.field)
            : fields.end();
    if (it != fields.end())
      numbered.emplace_back(static_cast<std::size_t>(it - fields.begin()), c.value);
    else
      others.push_back(&c);
  }
  std::sort(numbered.begin(), numbered.end());
  const bool about = !d.scenario.sender.empty() || !d.scenario.note.empty();

  std::string out(reinterpret_cast<const char*>(kMagic), 2);
  out += static_cast<char>(kShareVersion);
  out += static_cast<char>((d.programme ? kFlagProgramme : 0) | (about ? kFlagAbout : 0));
  for (int i = 0; i < 8; ++i) out += static_cast<char>((d.programme_id >> (8 * i)) & 0xFF);
  put_string(out, d.scenario.name);
  if (about) {
    put_string(out, d.scenario.sender);
    put_string(out, d.scenario.note);
  }
  put_varint(out, numbered.size());
  std::size_t previous = 0;
  for (const auto& [field, value] : numbered) {
    put_varint(out, field - previous); // sorted: small deltas, mostly one byte
    previous = field;
    put_value(out, value);
  }
  put_varint(out, others.size());
  for (const Change* c : others) put_other(out, *c);
  if (d.programme) put_string(out, *d.programme);
  const std::uint32_t crc = crc32(out);
  for (int i = 0; i < 4; ++i) out += static_cast<char>((crc >> (8 * i)) & 0xFF);
  return base64url(out);
}

namespace {

// A link's outer layer, checked before anything inside it is read: size caps,
// base64url, magic bytes, version, CRC and the flags this version knows.
struct Envelope {
  std::string bytes; // the decoded payload without its CRC
  int version = 0;
  std::uint8_t flags = 0;
  std::uint64_t programme_id = 0;
};

Result<Envelope> open_envelope(std::string_view payload) {
  if (payload.size() > kMaxShareChars)
    return refusal("de link is te lang (" + std::to_string(payload.size()) + " tekens; hoogstens " +
                   std::to_string(kMaxShareChars) + ")");
  auto bytes = unbase64url(payload);
  if (!bytes) return refusal("de link is beschadigd: er staan tekens in die er niet in horen");
  if (bytes->size() > kMaxShareBytes) return refusal("de link bevat te veel gegevens");
  if (bytes->size() < 2 + 2 + 8 + 4) return refusal("de link is beschadigd of afgebroken (te kort)");
  std::uint32_t stored = 0;
  for (int i = 0; i < 4; ++i)
    stored |= static_cast<std::uint32_t>(
                  static_cast<unsigned char>((*bytes)[bytes->size() - 4 + static_cast<std::size_t>(i)]))
              << (8 * i);
  bytes->resize(bytes->size() - 4);
  const std::string& body = *bytes;
  if (static_cast<unsigned char>(body[0]) != kMagic[0] || static_cast<unsigned char>(body[1]) != kMagic[1])
    return refusal("dit is geen VTH-planner-link");
  Envelope e;
  e.version = static_cast<unsigned char>(body[2]);
  if (e.version != 1 && e.version != kShareVersion)
    return refusal("de link heeft versie " + std::to_string(e.version) +
                   "; deze VTH-planner leest versie 1 en " + std::to_string(kShareVersion));
  if (crc32(body) != stored) return refusal("de link is beschadigd of gewijzigd (de controlesom klopt niet)");
  e.flags = static_cast<std::uint8_t>(body[3]);
  // A flag this version does not know means a meaning it cannot honour.
  const std::uint8_t known = e.version == 1 ? kFlagProgramme : kFlagProgramme | kFlagAbout;
  if (e.flags & ~known)
    return refusal("de link gebruikt een onderdeel dat deze VTH-planner niet kent (vlag " +
                   std::to_string(e.flags) + "); werk VTH-planner bij of vraag een nieuwe link");
  for (int i = 0; i < 8; ++i)
    e.programme_id |=
        static_cast<std::uint64_t>(static_cast<unsigned char>(body[4 + static_cast<std::size_t>(i)]))
        << (8 * i);
  e.bytes = std::move(*bytes);
  return e;
}

} // namespace

Result<ShareHeader> peek_share(std::string_view payload) {
  Result<Envelope> e = open_envelope(payload);
  if (!e) return e.refusal();
  return ShareHeader{e->programme_id, (e->flags & kFlagProgramme) != 0};
}

Result<ShareData> decode_share(std::string_view payload, const Programme& baseline,
                               std::uint64_t baseline_id) {
  Result<Envelope> envelope = open_envelope(payload);
  if (!envelope) return envelope.refusal();
  const std::string_view body = envelope->bytes;
  const int version = envelope->version;
  const std::uint8_t flags = envelope->flags;
  ShareData d;
  d.programme_id = envelope->programme_id;
  Reader r{body, 4 + 8}; // after magic, version, flags and fingerprint
  d.scenario.name = r.string(kMaxNameBytes);
  if (flags & kFlagAbout) {
    d.scenario.sender = r.string(kMaxNameBytes);
    d.scenario.note = r.string(kMaxNoteBytes);
  }
  const std::uint64_t count = r.varint();
  if (!r.ok || count > kMaxShareBytes) return refusal("de link is beschadigd (onleesbare inhoud)");
  std::vector<std::pair<std::uint64_t, std::optional<std::int64_t>>> numbered;
  std::uint64_t field = 0;
  for (std::uint64_t i = 0; i < count && r.ok; ++i) {
    const std::uint64_t delta = r.varint();
    if (delta > kMaxShareBytes * 1000ULL) r.ok = false;
    field += delta;
    numbered.emplace_back(field, read_value(r));
  }
  ChangeList others;
  if (version >= 2) {
    const std::uint64_t n = r.varint();
    if (!r.ok || n > kMaxShareBytes) return refusal("de link is beschadigd (onleesbare inhoud)");
    for (std::uint64_t i = 0; i < n && r.ok; ++i) {
      auto c = read_other(r);
      if (!c)
        r.ok = false;
      else
        others.push_back(std::move(*c));
    }
  }
  if (flags & kFlagProgramme) d.programme = r.string(kMaxShareBytes);
  if (!r.ok || r.at != body.size()) return refusal("de link is beschadigd (onleesbare inhoud)");
  for (const std::string* text : {&d.scenario.name, &d.scenario.sender})
    if (const std::string why = text_problem(*text, false); !why.empty())
      return refusal("de naam van het scenario of de afzender in de link " + why);
  if (const std::string why = text_problem(d.scenario.note, true); !why.empty())
    return refusal("de notitie in de link " + why);

  // The fields are numbered against the programme the link was made for.
  std::optional<Programme> carried;
  if (d.programme) {
    Result<Programme> read = read_programme(*d.programme);
    if (!read) return refusal("het programma in de link is ongeldig: " + format_issue(read.issues().front()));
    if (text_fingerprint(*d.programme) != d.programme_id)
      return refusal("de link is beschadigd (programma en kenmerk horen niet bij elkaar)");
    carried = std::move(*read);
  } else if (baseline_id != d.programme_id) {
    return refusal("deze link hoort bij een ander programma dan het programma dat hier open is");
  }
  const Programme& base = carried ? *carried : baseline;
  const std::vector<FieldRef> fields = link_fields(base);
  for (const auto& [number, value] : numbered) {
    if (number >= fields.size()) return refusal("de link noemt een waarde die dit programma niet heeft");
    d.scenario.changes.push_back(set_value(fields[static_cast<std::size_t>(number)], value));
  }
  for (Change& c : others) d.scenario.changes.push_back(std::move(c));
  make_canonical(d.scenario.changes);
  if (const Result<Programme> applied = materialise(base, d.scenario.changes); !applied)
    return refusal("de link bevat een wijziging die niet past: " + applied.message());
  return d;
}

Fragment parse_fragment(std::string_view fragment) {
  Fragment f;
  if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
  while (!fragment.empty()) {
    const std::size_t amp = fragment.find('&');
    const std::string_view part = fragment.substr(0, amp);
    if (part.rfind("s=", 0) == 0)
      f.share = std::string(part.substr(2));
    else if (part.rfind("view=", 0) == 0)
      f.view = std::string(part.substr(5));
    if (amp == std::string_view::npos) break;
    fragment.remove_prefix(amp + 1);
  }
  return f;
}

std::optional<std::string> pasted_link_fragment(std::string_view text) {
  constexpr std::string_view space = " \t\r\n";
  const std::size_t first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return std::nullopt;
  text = text.substr(first, text.find_last_not_of(space) - first + 1);
  if (text.find_first_of(space) != std::string_view::npos) return std::nullopt;
  const std::size_t hash = text.find('#');
  if (hash == std::string_view::npos) return std::nullopt;
  const std::string_view fragment = text.substr(hash);
  if (parse_fragment(fragment).share.empty()) return std::nullopt;
  return std::string(fragment);
}

} // namespace vth
