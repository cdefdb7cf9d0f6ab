#pragma once
// Pieces shared by the programme reader's files (programme_reader*.cpp).

#include "json_reader.hpp"
#include "programme.hpp"
#include "programme_io_specs.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vth::reader {

// Reads "bron" and "aanname" of a record; `fields` are the names an
// assumption may be about.
void read_provenance(ObjectReader& r, Provenance& p, std::initializer_list<const char*> fields,
                     Issues& issues);

template <typename Fn>
void for_each_in(ObjectReader& r, const char* key, bool required, Issues& issues, Fn each) {
  const Json* arr = r.array(key, required);
  if (!arr) return;
  if (arr->size() > specs::kMaxLinesPerTable) {
    issues.push_back(
        {r.child(key), "heeft meer dan " + std::to_string(specs::kMaxLinesPerTable) + " regels"});
    return;
  }
  for (std::size_t i = 0; i < arr->size(); ++i) each((*arr)[i], r.child(key) + "/" + std::to_string(i));
}

void check_unique(const std::vector<std::pair<std::string, std::string>>& ids, const char* what,
                  Issues& issues);

std::optional<PrintedTotal> read_printed(ObjectReader& parent, const char* key, Issues& issues);

// The long tables (/werk and the four ODT product tables), read element by
// element while the file is parsed and left out of the document tree.
struct StreamedTables {
  std::vector<WorkLine> work;
  std::vector<OdtLine> odt[4];
};

// The parser callback that reads those elements into `tables` (see json_parse.hpp).
nlohmann::json::parser_callback_t table_streamer(StreamedTables& tables, Issues& issues);

void read_work(ObjectReader& root, Programme& p, StreamedTables& tables, Issues& issues);
void read_odt_parts(ObjectReader& odt, Programme& p, StreamedTables& tables, Issues& issues);

} // namespace vth::reader
