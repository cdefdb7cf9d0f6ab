// Zoeken (Ctrl+F) over the reference programme: every word must occur, case and
// accents do not matter, and each hit says where it is and where it goes.
#include "test_files.hpp"

#include "core/engine/engine.hpp"
#include "core/io/programme_io.hpp"
#include "core/output/search.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace vth;

namespace {

struct Enschede {
  Programme programme;
  Results results;
};

const Enschede& enschede() {
  static const Enschede e = [] {
    Result<Programme> r = read_programme(test::read_repo_file("assets/programmes/enschede-puh-2025.json"));
    if (!r) throw std::runtime_error("Enschede-programma ongeldig");
    Results results = calculate(*r);
    return Enschede{std::move(*r), std::move(results)};
  }();
  return e;
}

SearchResult find(std::string_view query, std::size_t limit = 200) {
  const Enschede& e = enschede();
  return search_programme(e.programme, e.results.findings, *e.results.assumptions, query, limit);
}

bool has_row(const SearchResult& r, TableId table) {
  return std::any_of(r.hits.begin(), r.hits.end(),
                     [&](const SearchHit& h) { return h.row && h.row->table == table; });
}

} // namespace

TEST_CASE("fold_for_search: lower case, Latin-1 accents gone, other text kept") {
  CHECK(fold_for_search("Coördinatie") == "coordinatie");
  CHECK(fold_for_search("ÉÉN Beëindiging Façade Œ") == "een beeindiging facade Œ");
  CHECK(fold_for_search("Straße ÿ Æ × ÷") == "strasse y ae × ÷");
  CHECK(fold_for_search("€ 110,99") == "€ 110,99");
  CHECK(fold_for_search(std::string_view("\xC3", 1)) == std::string("\xC3", 1)); // a cut sequence stays
}

TEST_CASE("search: a code finds its ODT lines, with the table and the row to go to") {
  const SearchResult r = find("a3.02.05");
  REQUIRE(r.total >= 2);
  CHECK(r.total == r.hits.size());
  for (const SearchHit& h : r.hits) {
    if (h.kind != SearchHit::Kind::Row) continue; // a finding about the code may follow the rows
    REQUIRE(h.row);
    CHECK(h.title.find("A3.02.05") == 0);
    CHECK(h.where.rfind("ODT", 0) == 0);
  }
  CHECK(has_row(r, TableId::OdtSupervision));
  // The row goes where the hit says: its product is the one shown.
  const SearchHit& first = r.hits.front();
  const void* row = row_by_id(enschede().programme, first.row->table, first.row->row);
  REQUIRE(row != nullptr);
  CHECK(table(first.row->table).row_name(row) == first.title);
}

TEST_CASE("search: accents and case do not matter; every word must occur") {
  const SearchResult plain = find("coordinatie odt");
  REQUIRE(plain.total >= 1);
  CHECK(has_row(plain, TableId::Work));
  const auto coord = std::find_if(plain.hits.begin(), plain.hits.end(), [](const SearchHit& h) {
    return h.match.find("Coördinatie/ODT/kwaliteit") != std::string::npos;
  });
  REQUIRE(coord != plain.hits.end());
  CHECK(coord->match.rfind("omschrijving: ", 0) == 0);
  CHECK(find("COÖRDINATIE ODT").total == plain.total);
  CHECK(find("coordinatie odt xyzzy-nergens").total == 0);
  CHECK(find("   ").total == 0);
  CHECK(find("").hits.empty());
}

TEST_CASE("search: departments, partners, goals, protocol items and assumptions are found") {
  CHECK(has_row(find("bestemmen"), TableId::Departments));
  CHECK(has_row(find("financiën"), TableId::Goals));
  const SearchResult assumed = find("gangbare norm");
  const auto a = std::find_if(assumed.hits.begin(), assumed.hits.end(),
                              [](const SearchHit& h) { return h.kind == SearchHit::Kind::Assumption; });
  REQUIRE(a != assumed.hits.end());
  CHECK(a->pointer == "/instellingen/productieve_uren_per_fte");
  CHECK(a->where == "Aanname");
  CHECK(a->title.find('/') == std::string::npos); // a label people read, not the pointer
  for (const Partner& partner : enschede().programme.regional.partners)
    CHECK(has_row(find(partner.name), TableId::Partners));
  CHECK(has_row(find("bouwvergunning aanwezig"), TableId::ProtocolItems));
}

TEST_CASE("search: findings are found by their message; a long list is cut at the limit and counted") {
  const Enschede& e = enschede();
  REQUIRE(!e.results.findings.empty());
  const Finding& f = e.results.findings.front();
  const SearchResult r = find(f.message.substr(0, std::min<std::size_t>(f.message.size(), 25)));
  CHECK(std::any_of(r.hits.begin(), r.hits.end(), [&](const SearchHit& h) {
    return h.kind == SearchHit::Kind::Finding && h.pointer == f.pointer && h.where == "Bevinding";
  }));
  const SearchResult all = find("e", 10); // almost every row has an e
  CHECK(all.hits.size() == 10);
  CHECK(all.total > 100);
  CHECK(find("e").hits.size() == std::min<std::size_t>(all.total, 200));
}

TEST_CASE("search: the matched text is cut around the match, on one line") {
  const SearchResult r = find("vervang door de formatie");
  REQUIRE(r.total >= 1);
  for (const SearchHit& h : r.hits) {
    INFO(h.match);
    CHECK(h.match.find("ervang door de") !=
          std::string::npos); // the words apart: "vervang door de eigen formatie"
    CHECK(h.match.find("formatie") != std::string::npos);
    CHECK(h.match.find('\n') == std::string::npos);
  }
}
