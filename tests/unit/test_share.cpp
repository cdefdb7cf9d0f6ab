// Share links and scenario files: round trips (also as a property over random
// scenarios), the link lengths of PRODUCT.md, and every refusal.
#include "test_files.hpp"

#include "core/fields/edit.hpp"
#include "core/io/programme_io.hpp"
#include "core/io/scenario_io.hpp"
#include "core/io/share_link.hpp"

#include <doctest/doctest.h>

#include <random>

using namespace vth;

namespace {

const Programme& enschede() {
  static const Programme p =
      *read_programme(test::read_repo_file("assets/programmes/enschede-puh-2025.json")).programme;
  return p;
}

// `n` random valid changes on random editable fields of `p`.
Changes random_changes(const Programme& p, std::mt19937_64& rng, std::size_t n) {
  const auto fields = editable_pointers(p);
  Changes changes;
  while (changes.size() < n && changes.size() < fields.size()) {
    const std::string& ptr = fields[rng() % fields.size()];
    const FieldInfo f = *find_field(p, ptr);
    std::int64_t v = static_cast<std::int64_t>(
        rng() % static_cast<std::uint64_t>(std::min<std::int64_t>(f.spec.max, 5'000'000) + 1));
    if (f.whole_hours) v -= v % 1000;
    if (f.spec.unit == std::string("%")) v = static_cast<std::int64_t>(rng() % 1'000'001);
    changes[ptr] = (f.may_be_empty && rng() % 5 == 0) ? std::nullopt : std::optional<std::int64_t>(v);
  }
  return changes;
}

std::string link(const ShareData& d) { return encode_share(enschede(), d); }

ShareError refusal(std::string_view payload) {
  auto r = decode_share(payload, enschede());
  REQUIRE(std::holds_alternative<ShareError>(r));
  return std::get<ShareError>(r);
}

} // namespace

TEST_CASE("share links round-trip and stay short: 0, 5, 25, 100 changes") {
  std::mt19937_64 rng(7);
  for (std::size_t n : {0u, 5u, 25u, 100u}) {
    ShareData d{programme_fingerprint(enschede()), "Scenario met " + std::to_string(n) + " wijzigingen",
                random_changes(enschede(), rng, n), std::nullopt};
    const std::string text = link(d);
    MESSAGE(n << " wijzigingen: " << text.size() << " tekens");
    if (n <= 25) CHECK(text.size() <= 2000);
    auto back = decode_share(text, enschede());
    REQUIRE(std::holds_alternative<ShareData>(back));
    CHECK(std::get<ShareData>(back) == d);
  }
}

TEST_CASE("property: random scenarios survive link and file round trips unchanged") {
  std::mt19937_64 rng(11);
  for (int round = 0; round < 200; ++round) {
    Scenario s{"Scenario " + std::to_string(round) + (round % 3 ? " ë/€" : ""),
               random_changes(enschede(), rng, rng() % 60)};
    ShareData d{programme_fingerprint(enschede()), s.name, s.changes, std::nullopt};
    auto back = decode_share(encode_share(enschede(), d), enschede());
    REQUIRE(std::holds_alternative<ShareData>(back));
    CHECK(std::get<ShareData>(back).changes == s.changes);
    const bool carry = round % 4 == 0;
    const ScenarioRead read = read_scenario(write_scenario(enschede(), s, carry), enschede());
    for (const auto& i : read.issues) MESSAGE(format_issue(i));
    REQUIRE(read.scenario);
    CHECK(*read.scenario == s);
    CHECK(read.programme.has_value() == carry);
    if (carry) CHECK(*read.programme == enschede());
  }
}

TEST_CASE("a small programme travels inside the link and opens without it") {
  const Programme minimal = *read_programme(test::read_repo_file("tests/data/minimal.json")).programme;
  ShareData d{
      programme_fingerprint(minimal), "Klein", {{"/werk/0/aantal", 350'000}}, write_programme(minimal)};
  const std::string text = encode_share(minimal, d);
  auto back = decode_share(text, enschede()); // opened where Enschede is the built-in programme
  REQUIRE(std::holds_alternative<ShareData>(back));
  CHECK(std::get<ShareData>(back).changes.at("/werk/0/aantal") == 350'000);
}

TEST_CASE("damaged, tampered, oversized, foreign and unknown-version links are refused with a reason") {
  ShareData d{programme_fingerprint(enschede()), "Test", {{"/odt/toezicht/4/aantal", 400'000}}, std::nullopt};
  const std::string good = link(d);
  std::string flipped = good;
  flipped[good.size() / 2] = flipped[good.size() / 2] == 'A' ? 'B' : 'A';
  CHECK(refusal(flipped).message.find("controlesom") != std::string::npos);
  CHECK(refusal(good.substr(0, good.size() - 3)).message.find("beschadigd") != std::string::npos);
  CHECK(refusal(good + "!").message.find("tekens") != std::string::npos);
  CHECK(refusal("").message.find("te kort") != std::string::npos);
  CHECK(refusal(std::string(kMaxShareChars + 1, 'A')).message.find("te lang") != std::string::npos);

  // Rebuild payloads with a correct checksum, as a tamperer would.
  auto bytes = *share_detail::unbase64url(good);
  auto reseal = [](std::string body) {
    body.resize(body.size() - 4);
    const std::uint32_t crc = share_detail::crc32(body);
    for (int i = 0; i < 4; ++i) body += static_cast<char>((crc >> (8 * i)) & 0xFF);
    return share_detail::base64url(body);
  };
  std::string v2 = bytes;
  v2[2] = 2;
  CHECK(refusal(reseal(v2)).message == "de link heeft versie 2; deze VTH-planner leest versie 1");
  std::string other = bytes;
  other[5] ^= 0x55; // the programme fingerprint
  CHECK(refusal(reseal(other)).message.find("ander programma") != std::string::npos);
  CHECK(refusal(share_detail::base64url("hallo wereld, dit is geen link"))
            .message.find("geen VTH-planner-link") != std::string::npos);

  // A value out of range, sealed correctly, is refused like a typed one.
  ShareData bad{d.programme_id, "Te veel", {{"/regionaal/partners/0/sleutel", 2'000'000}}, std::nullopt};
  CHECK(refusal(link(bad)).message.find("ongeldige waarde") != std::string::npos);
}

TEST_CASE("scenario files are validated like programme files") {
  const std::string ok = write_scenario(enschede(), {"A", {{"/odt/toezicht/4/aantal", 400'000}}}, false);
  auto bad_value = ok;
  bad_value.replace(bad_value.find("400"), 3, "-40");
  auto r = read_scenario(bad_value, enschede());
  REQUIRE_FALSE(r.scenario);
  CHECK(format_issue(r.issues.at(0)) == "/wijzigingen/0/waarde: mag niet negatief zijn");
  auto bad_pointer = ok;
  bad_pointer.replace(bad_pointer.find("/odt/toezicht/4/aantal"), 22, "/odt/toezicht/4/onzin");
  r = read_scenario(bad_pointer, enschede());
  CHECK(r.issues.at(0).pointer == "/wijzigingen/0/pointer");
  const Programme minimal = *read_programme(test::read_repo_file("tests/data/minimal.json")).programme;
  r = read_scenario(ok, minimal);
  CHECK(r.issues.at(0).message.find("ander programma") != std::string::npos);
  r = read_scenario(test::read_repo_file("tests/data/minimal.json"), enschede());
  CHECK(r.issues.at(0).message.find("programmabestand, geen scenario") != std::string::npos);
  CHECK_FALSE(read_scenario("{", enschede()).issues.empty());
}

TEST_CASE("fragments carry a scenario and a view") {
  auto f = parse_fragment("#s=abc_-&view=regionaal");
  CHECK(f.share == "abc_-");
  CHECK(f.view == "regionaal");
  f = parse_fragment("#view=odt");
  CHECK(f.share.empty());
  CHECK(f.view == "odt");
}
