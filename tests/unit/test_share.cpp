// Share links and scenario files: round trips (also as a property over random
// scenarios with rows added, deleted and moved), the link lengths of PRODUCT.md,
// every refusal, and the version-1 links and files made before row ids existed.
#include "edit_helpers.hpp"
#include "test_files.hpp"

#include "core/engine/engine.hpp"
#include "core/io/programme_io.hpp"
#include "core/io/scenario_io.hpp"
#include "core/io/share_link.hpp"
#include "core/output/results_export.hpp"

#include <doctest/doctest.h>

#include <random>

using namespace vth;

namespace {

const std::string& enschede_text() {
  static const std::string text = test::read_repo_file("assets/programmes/enschede-puh-2025.json");
  return text;
}
const Programme& enschede() {
  static const Programme p = read_programme(enschede_text()).value();
  return p;
}
std::uint64_t enschede_id() { return text_fingerprint(enschede_text()); }

// `n` random valid value changes on random scenario fields of `p`.
ChangeList random_values(const Programme& p, std::mt19937_64& rng, std::size_t n) {
  const auto fields = scenario_fields(p);
  ChangeList changes;
  Programme now = p;
  for (int tries = 0; changes.size() < n && changes.size() < fields.size() && tries < 100'000; ++tries) {
    const FieldRef& f = fields[rng() % fields.size()];
    const Column& c = column(f);
    std::int64_t v = static_cast<std::int64_t>(
        rng() % static_cast<std::uint64_t>(std::min<std::int64_t>(c.spec.max, 5'000'000) + 1));
    if (c.whole_hours) v -= v % 1000;
    if (c.spec.unit == std::string("%")) v = static_cast<std::int64_t>(rng() % 1'000'001);
    const bool empty = c.kind == ValueKind::OptionalNumber && rng() % 5 == 0;
    const Change change = set_value(f, empty ? std::nullopt : std::optional<std::int64_t>(v));
    if (number_at(p, f) == change.value || !set_number_as_typed(now, f, change.value)) continue; // as a user
    changes = record(p, now, changes, change);
  }
  return changes;
}

std::string link(const ShareData& d) { return encode_share(enschede(), d); }

Refusal refused_link(std::string_view payload) {
  auto r = decode_share(payload, enschede(), enschede_id());
  REQUIRE_FALSE(r);
  return r.refusal();
}

std::string results_of(const Programme& p) { return results_to_json(calculate(p), p); }

// Results JSON without the findings' Dutch wording ("melding"): every figure and
// every finding's kind, place and numbers stay compared; the sentences that say
// them to people may be improved without changing what a link means.
std::string figures(const std::string& results_json) {
  std::string out;
  std::size_t start = 0;
  while (start < results_json.size()) {
    const std::size_t end = std::min(results_json.find('\n', start), results_json.size());
    const std::string_view line(results_json.data() + start, end - start);
    if (line.find("\"melding\": ") == std::string_view::npos) out.append(line).push_back('\n');
    start = end + 1;
  }
  return out;
}

} // namespace

TEST_CASE("share links round-trip and stay short: 0, 5, 25, 100 changes") {
  std::mt19937_64 rng(7);
  // The lengths of version 1 for the same cases (tests/data/v1): no longer than those plus 10%.
  for (std::size_t n : {0u, 5u, 25u, 100u}) {
    ShareData d{
        enschede_id(),
        {"Scenario met " + std::to_string(n) + " wijzigingen", random_values(enschede(), rng, n), "", ""},
        std::nullopt};
    const std::string text = link(d);
    MESSAGE(n << " wijzigingen: " << text.size() << " tekens");
    if (n <= 25) CHECK(text.size() <= 2000);
    auto back = decode_share(text, enschede(), enschede_id());
    REQUIRE(back);
    CHECK(*back == d);
  }
}

TEST_CASE("version-1 links and scenario files still open and give the same results") {
  // Made with the code before row ids (commit 08d2008); the results are what that code computed.
  for (const char* name : {"enschede-0", "enschede-5", "enschede-25", "enschede-100", "enschede-empty"}) {
    CAPTURE(name);
    const std::string payload = test::read_repo_file(std::string("tests/data/v1/") + name + ".link");
    const std::string v1_length = std::to_string(payload.size());
    auto d = decode_share(payload, enschede(), enschede_id());
    REQUIRE(d);
    const Programme scenario = materialise(enschede(), d->scenario.changes).value();
    CHECK(figures(results_of(scenario)) ==
          figures(test::read_gzip_repo_file(std::string("tests/data/v1/") + name + ".results.json.gz")));
    // The same scenario as a version-2 link: at most 10% longer.
    const std::string v2 = encode_share(enschede(), *d);
    CHECK(v2.size() <= payload.size() * 11 / 10);
    MESSAGE(name << ": versie 1 " << payload.size() << " tekens, versie 2 " << v2.size());
  }
  for (const char* name : {"enschede", "enschede-empty"}) {
    CAPTURE(name);
    auto read = read_scenario(test::read_repo_file(std::string("tests/data/v1/") + name + ".scenario.json"),
                              enschede(), enschede_id());
    for (const auto& i : read.issues()) MESSAGE(format_issue(i));
    REQUIRE(read);
    const Programme scenario = materialise(enschede(), read->scenario.changes).value();
    CHECK(figures(results_of(scenario)) ==
          figures(
              test::read_gzip_repo_file(std::string("tests/data/v1/") + name + ".scenario.results.json.gz")));
  }
  // A small programme carried in a link and in a scenario file.
  const Programme minimal = read_programme(test::read_repo_file("tests/data/minimal.json")).value();
  auto carried =
      decode_share(test::read_repo_file("tests/data/v1/minimal-carried.link"), enschede(), enschede_id());
  REQUIRE(carried);
  REQUIRE(carried->programme);
  const Programme base = read_programme(*carried->programme).value();
  CHECK(results_of(materialise(base, carried->scenario.changes).value()) ==
        test::read_gzip_repo_file("tests/data/v1/minimal-carried.results.json.gz"));
  auto file = read_scenario(test::read_repo_file("tests/data/v1/minimal-carried.scenario.json"), enschede(),
                            enschede_id());
  REQUIRE(file);
  REQUIRE(file->programme);
  CHECK(results_of(materialise(*file->programme, file->scenario.changes).value()) ==
        test::read_gzip_repo_file("tests/data/v1/minimal-carried.scenario.results.json.gz"));
}

TEST_CASE("property: random scenarios with rows added, deleted and moved survive link and file round trips") {
  std::mt19937_64 rng(11);
  for (int round = 0; round < 150; ++round) {
    CAPTURE(round);
    Scenario s{"Scenario " + std::to_string(round) + (round % 3 ? " ë/€" : ""),
               random_values(enschede(), rng, rng() % 40), round % 2 ? "Coördinator" : "",
               round % 5 ? "" : "Let op:\nalleen een test"};
    // Structure: a new work line with its values and text, a deleted ODT line, a moved partner.
    Programme now = materialise(enschede(), s.changes).value();
    const RowId fresh = fresh_row_id(enschede(), now, s.changes, TableId::Work);
    s.changes = record(enschede(), now, s.changes,
                       add_rows(TableId::Work, fresh, 1, now.work[rng() % now.work.size()].row_id));
    now = materialise(enschede(), s.changes).value();
    s.changes = record(enschede(), now, s.changes,
                       set_text({TableId::Work, fresh, *column_index(table(TableId::Work), "omschrijving")},
                                "Nieuw werk " + std::to_string(round)));
    now = materialise(enschede(), s.changes).value();
    s.changes = record(enschede(), now, s.changes,
                       set_text({TableId::Work, fresh, *column_index(table(TableId::Work), "afdeling")},
                                now.departments[0].id));
    now = materialise(enschede(), s.changes).value();
    s.changes = record(enschede(), now, s.changes,
                       set_value({TableId::Work, fresh, *column_index(table(TableId::Work), "aantal")},
                                 static_cast<std::int64_t>(rng() % 100'000)));
    now = materialise(enschede(), s.changes).value();
    const auto& toezicht = now.odt.parts[1];
    s.changes = record(enschede(), now, s.changes,
                       delete_row({TableId::OdtSupervision, toezicht[rng() % toezicht.size()].row_id}));
    now = materialise(enschede(), s.changes).value();
    const auto& partners = now.regional.partners;
    s.changes = record(enschede(), now, s.changes,
                       move_row({TableId::Partners, partners[rng() % partners.size()].row_id}, 0));
    now = materialise(enschede(), s.changes).value();

    ShareData d{enschede_id(), s, std::nullopt};
    auto back = decode_share(encode_share(enschede(), d), enschede(), enschede_id());
    for (const auto& i : back.issues()) MESSAGE(format_issue(i));
    REQUIRE(back);
    CHECK(back->scenario == s);
    const bool carry = round % 4 == 0;
    const std::string text = carry ? write_programme(enschede()) : std::string();
    auto read = read_scenario(write_scenario(enschede(), enschede_id(), s, carry ? &text : nullptr),
                              enschede(), enschede_id());
    for (const auto& i : read.issues()) MESSAGE(format_issue(i));
    REQUIRE(read);
    CHECK(read->scenario == s);
    CHECK(read->programme.has_value() == carry);
    if (carry) CHECK(*read->programme == enschede());
    // Applied and saved, the file reopens with the same results.
    const auto again = read_programme(write_programme(now));
    for (const auto& i : again.issues()) MESSAGE(format_issue(i));
    REQUIRE(again);
    const Programme& reopened = *again;
    CHECK(results_of(reopened) == results_of(now));
  }
}

TEST_CASE("a small programme travels inside the link and opens without it") {
  const std::string text = test::read_repo_file("tests/data/minimal.json");
  const Programme minimal = read_programme(text).value();
  ShareData d{text_fingerprint(text),
              {"Klein", {set_value(test::field(minimal, "/werk/0/aantal"), 350'000)}, "", ""},
              text};
  auto back = decode_share(encode_share(minimal, d), enschede(), enschede_id()); // where Enschede is built in
  REQUIRE(back);
  CHECK(back->scenario.changes.at(0).value == 350'000);
}

TEST_CASE("damaged, tampered, oversized, foreign and unknown-version links are refused with a reason") {
  ShareData d{enschede_id(),
              {"Test", {set_value(test::field(enschede(), "/odt/toezicht/4/aantal"), 400'000)}, "", ""},
              std::nullopt};
  const std::string good = link(d);
  std::string flipped = good;
  flipped[good.size() / 2] = flipped[good.size() / 2] == 'A' ? 'B' : 'A';
  CHECK(refused_link(flipped).message().find("controlesom") != std::string::npos);
  CHECK(refused_link(good.substr(0, good.size() - 3)).message().find("beschadigd") != std::string::npos);
  CHECK(refused_link(good + "!").message().find("tekens") != std::string::npos);
  CHECK(refused_link("").message().find("te kort") != std::string::npos);
  CHECK(refused_link(std::string(kMaxShareChars + 1, 'A')).message().find("te lang") != std::string::npos);

  // Rebuild payloads with a correct checksum, as a tamperer would.
  auto bytes = *share_detail::unbase64url(good);
  auto reseal = [](std::string body) {
    body.resize(body.size() - 4);
    const std::uint32_t crc = share_detail::crc32(body);
    for (int i = 0; i < 4; ++i) body += static_cast<char>((crc >> (8 * i)) & 0xFF);
    return share_detail::base64url(body);
  };
  std::string v3 = bytes;
  v3[2] = 3;
  CHECK(refused_link(reseal(v3)).message() == "de link heeft versie 3; deze VTH-planner leest versie 1 en 2");
  std::string other = bytes;
  other[5] ^= 0x55; // the programme fingerprint
  CHECK(refused_link(reseal(other)).message().find("ander programma") != std::string::npos);
  CHECK(refused_link(share_detail::base64url("hallo wereld, dit is geen link"))
            .message()
            .find("geen VTH-planner-link") != std::string::npos);

  // A value out of range, sealed correctly, is refused like a typed one.
  ShareData bad{
      d.programme_id,
      {"Te veel", {set_value(test::field(enschede(), "/regionaal/partners/0/sleutel"), 2'000'000)}, "", ""},
      std::nullopt};
  CHECK(refused_link(link(bad)).message().find("niet past") != std::string::npos);
  CHECK(refused_link(link(bad)).message().find("hoogstens 100 %") != std::string::npos);
  // A change of a row that is not there.
  ShareData gone{d.programme_id, {"Weg", {delete_row({TableId::Work, 9999})}, "", ""}, std::nullopt};
  CHECK(refused_link(link(gone)).message().find("bestaat niet") != std::string::npos);
}

TEST_CASE("scenario files are validated like programme files") {
  const FieldRef field = test::field(enschede(), "/odt/toezicht/4/aantal");
  const std::string ok =
      write_scenario(enschede(), enschede_id(), {"A", {set_value(field, 400'000)}, "", ""}, nullptr);
  CHECK(ok.find("\"tabel\": \"odt/toezicht\"") != std::string::npos);
  CHECK(ok.find("\"omschrijving\": \"A3.02.05 Periodieke controle standaard – aantal\"") !=
        std::string::npos); // a label for people reading the file
  auto bad_value = ok;
  bad_value.replace(bad_value.find("400"), 3, "-40");
  auto r = read_scenario(bad_value, enschede(), enschede_id());
  REQUIRE_FALSE(r);
  CHECK(format_issue(r.issues().at(0)) == "/wijzigingen/0/waarde: mag niet negatief zijn");
  auto bad_field = ok;
  bad_field.replace(bad_field.find("\"veld\": \"aantal\""), 16, "\"veld\": \"onzin\"");
  r = read_scenario(bad_field, enschede(), enschede_id());
  CHECK(format_issue(r.issues().at(0)) == "/wijzigingen/0/veld: 'onzin' is geen veld van ODT: toezicht");
  const std::string minimal_text = test::read_repo_file("tests/data/minimal.json");
  const Programme minimal = read_programme(minimal_text).value();
  r = read_scenario(ok, minimal, text_fingerprint(minimal_text));
  CHECK(r.issues().at(0).message.find("ander programma") != std::string::npos);
  r = read_scenario(minimal_text, enschede(), enschede_id());
  CHECK(r.issues().at(0).message.find("programmabestand, geen scenario") != std::string::npos);
  CHECK_FALSE(read_scenario("{", enschede(), enschede_id()).issues().empty());
  // A version-1 pointer that names no number.
  char id[17];
  std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(enschede_id()));
  const std::string v1 = "{\"schema\": \"vth-planner-scenario\", \"versie\": 1, \"naam\": \"A\", "
                         "\"programma_kenmerk\": \"" +
                         std::string(id) +
                         "\", \"wijzigingen\": "
                         "[{\"pointer\": \"/odt/toezicht/4/onzin\", \"waarde\": 1}]}";
  r = read_scenario(v1, enschede(), enschede_id());
  CHECK(r.issues().at(0).pointer == "/wijzigingen/0/pointer");
}

TEST_CASE("fragments carry a scenario and a view") {
  auto f = parse_fragment("#s=abc_-&view=regionaal");
  CHECK(f.share == "abc_-");
  CHECK(f.view == "regionaal");
  f = parse_fragment("#view=odt");
  CHECK(f.share.empty());
  CHECK(f.view == "odt");
}

TEST_CASE("a pasted share link is recognised from any address, a pasted table is not") {
  // The hosted site, the one-file version on disk (Windows and Linux paths), the bare fragment.
  CHECK(pasted_link_fragment("https://vth.example.nl/planner/#s=VFQC&view=odt") == "#s=VFQC&view=odt");
  CHECK(pasted_link_fragment("file:///C:/Users/an/Documents/vth-planner.html#s=VFQC") == "#s=VFQC");
  CHECK(pasted_link_fragment("  file:///home/an/vth-planner.html#view=regionaal&s=VFQC\r\n") ==
        "#view=regionaal&s=VFQC");
  CHECK(pasted_link_fragment("#s=VFQC") == "#s=VFQC");
  // Not a link: no payload, text around it, rows of a table, nothing.
  CHECK_FALSE(pasted_link_fragment("https://vth.example.nl/planner/#view=odt"));
  CHECK_FALSE(pasted_link_fragment("https://vth.example.nl/planner/"));
  CHECK_FALSE(pasted_link_fragment("Kijk eens: https://vth.example.nl/#s=VFQC"));
  CHECK_FALSE(pasted_link_fragment("12\t13\r\n14\t#s=15\r\n"));
  CHECK_FALSE(pasted_link_fragment(" \r\n"));
  CHECK_FALSE(pasted_link_fragment("#s="));
}

// The fingerprint names stored work and links: its values may never change. FNV-1a 64
// from the offset 1469598103934665603 the first version used (the published offset basis
// has one digit more: 14695981039346656037; kept, or every stored work would lose its
// name). Values from a separate computation (Python), then random texts of many lengths
// against the plain loop.
TEST_CASE("text fingerprint: the same values as ever, for every length") {
  CHECK(text_fingerprint("") == 0x14650fb0739d0383ULL);
  CHECK(text_fingerprint("a") == 0x44bd8ad473cd9906ULL);
  CHECK(text_fingerprint("foobar") == 0x88fad7c0a8ff07f2ULL);
  const auto byte_by_byte = [](std::string_view text) {
    std::uint64_t h = 1469598103934665603ULL;
    for (const unsigned char c : text) h = (h ^ c) * 0x100000001b3ULL;
    return h;
  };
  std::mt19937 random(29);
  std::string text;
  std::vector<std::size_t> sizes = {64, 4097, 1000000};
  for (std::size_t size = 0; size <= 17; ++size) sizes.push_back(size);
  for (const std::size_t size : sizes) {
    text.resize(size);
    for (char& c : text) c = static_cast<char>(random());
    CAPTURE(size);
    CHECK(text_fingerprint(text) == byte_by_byte(text));
  }
  CHECK(enschede_id() == byte_by_byte(enschede_text()));
}
