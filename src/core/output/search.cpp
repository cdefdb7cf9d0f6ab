#include "search.hpp"

#include "core/fields/field_pointer.hpp"
#include "core/model/utf8_text.hpp"

#include <algorithm>
#include <cstdint>

namespace vth {
namespace {

// Latin-1 letters U+00C0–U+00DF (and U+00E0–U+00FF, 32 further) without their accents;
// null keeps the character (×, ÷).
constexpr const char* kLatin1Base[32] = {"a", "a",     "a", "a", "a", "a", "ae", "c", "e",  "e", "e",
                                         "e", "i",     "i", "i", "i", "d", "n",  "o", "o",  "o", "o",
                                         "o", nullptr, "o", "u", "u", "u", "u",  "y", "th", "ss"};

// The folded text and, for every byte of it, the byte of `text` it came from:
// a match in the folded text is cut out of the original.
struct Folded {
  std::string text;
  std::vector<std::uint32_t> from;
};

Folded fold(std::string_view text) {
  Folded out;
  out.text.reserve(text.size());
  out.from.reserve(text.size());
  const auto put = [&](std::string_view s, std::size_t at) {
    out.text.append(s);
    out.from.insert(out.from.end(), s.size(), static_cast<std::uint32_t>(at));
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      const char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      put(std::string_view(&lower, 1), i);
      ++i;
      continue;
    }
    // Two-byte sequences C3 80–C3 BF are U+00C0–U+00FF.
    if (c == 0xC3 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      const unsigned cp = 0xC0u + (next & 0x3Fu);
      const char* base = cp == 0xFF ? "y" : kLatin1Base[(cp - 0xC0u) % 32u];
      if ((next & 0xC0u) == 0x80u && base) {
        put(base, i);
        i += 2;
        continue;
      }
    }
    put(text.substr(i, 1), i); // any other byte as it is (UTF-8 of other scripts, invalid bytes)
    ++i;
  }
  return out;
}

std::vector<std::string> query_words(std::string_view query) {
  std::vector<std::string> words;
  const std::string folded = fold(query).text;
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && (folded[i] == ' ' || folded[i] == '\t' || folded[i] == '\n')) ++i;
    std::size_t end = i;
    while (end < folded.size() && folded[end] != ' ' && folded[end] != '\t' && folded[end] != '\n') ++end;
    if (end > i) words.emplace_back(folded.substr(i, end - i));
    i = end;
  }
  return words;
}

// The texts of one thing to search (a row's columns, a finding's message) with their labels.
struct Searched {
  std::vector<std::pair<std::string, std::string>> texts; // label, text
};

std::size_t back_to_char_start(std::string_view text, std::size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0u) == 0x80u) --at;
  return at;
}

// About 70 characters of `text` around the byte `at`, on one line.
std::string cut_around(std::string_view text, std::size_t at) {
  std::size_t begin = at > 30 ? back_to_char_start(text, at - 30) : 0;
  std::string cut = begin > 0 ? "…" : "";
  std::string rest = shorten(text.substr(begin), 70);
  std::replace_if(
      rest.begin(), rest.end(), [](char c) { return c == '\n' || c == '\t' || c == '\r'; }, ' ');
  return cut + rest;
}

// Whether every word occurs in one of the texts; `match` says where the first one did.
bool matches(const Searched& s, const std::vector<std::string>& words, std::string& match) {
  std::vector<Folded> folded;
  folded.reserve(s.texts.size());
  for (const auto& [label, text] : s.texts) folded.push_back(fold(text));
  for (std::size_t w = 0; w < words.size(); ++w) {
    bool found = false;
    for (std::size_t t = 0; t < folded.size() && !found; ++t) {
      const std::size_t at = folded[t].text.find(words[w]);
      if (at == std::string::npos) continue;
      found = true;
      if (w == 0) {
        const auto& [label, text] = s.texts[t];
        match = (label.empty() ? "" : label + ": ") + cut_around(text, folded[t].from[at]);
      }
    }
    if (!found) return false;
  }
  return true;
}

} // namespace

std::string fold_for_search(std::string_view text) { return fold(text).text; }

SearchResult search_programme(const Programme& p, std::span<const Finding> findings,
                              std::span<const Assumption> assumptions, std::string_view query,
                              std::size_t limit) {
  SearchResult result;
  const std::vector<std::string> words = query_words(query);
  if (words.empty()) return result;
  const auto add = [&](SearchHit hit) {
    ++result.total;
    if (result.hits.size() < limit) result.hits.push_back(std::move(hit));
  };
  for (const TableDef& t : tables()) {
    for_each_row(p, t, [&](RowPos, const void* row) {
      Searched s;
      for (const Column& c : t.columns) {
        if (c.is_number() || !c.text || !c.applies_to(row)) continue;
        std::string text = c.text(row);
        if (!text.empty()) s.texts.emplace_back(c.label, std::move(text));
      }
      // The name last: it is mostly made of the columns (code and product), whose label says more.
      const std::string name = t.row_name ? t.row_name(row) : std::string();
      if (!name.empty()) s.texts.emplace_back("", name);
      SearchHit hit;
      if (!matches(s, words, hit.match)) return;
      hit.kind = SearchHit::Kind::Row;
      hit.row = RowRef{t.id, t.row_id ? t.row_id(row) : 0};
      hit.where = t.name;
      hit.title = name.empty() ? t.name : name;
      add(std::move(hit));
    });
  }
  // A finding or an assumption: found by its texts, it goes to the value it is about.
  const auto add_about = [&](SearchHit::Kind kind, const std::string& pointer, const char* where,
                             const Searched& s) {
    SearchHit hit;
    if (!matches(s, words, hit.match)) return;
    hit.kind = kind;
    hit.pointer = pointer;
    hit.where = where;
    hit.title = place_label(p, pointer);
    add(std::move(hit));
  };
  for (const Finding& f : findings)
    add_about(SearchHit::Kind::Finding, f.pointer, "Bevinding",
              Searched{{{"", f.message}, {"bron", f.section}, {"soort", f.kind}}});
  for (const Assumption& a : assumptions)
    add_about(SearchHit::Kind::Assumption, a.pointer, "Aanname",
              Searched{{{"", a.reason}, {"", place_label(p, a.pointer)}}});
  return result;
}

} // namespace vth
