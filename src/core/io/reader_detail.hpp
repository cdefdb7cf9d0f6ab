#pragma once
// Pieces shared by the programme reader's files (programme_reader.cpp,
// reader_tables.cpp, reader_common.cpp) and the scenario file reader, which
// reads a programme nested under "/programma".

#include "core/fields/specs.hpp"
#include "core/json/json_parse.hpp"
#include "core/json/json_reader.hpp"
#include "core/model/programme.hpp"
#include "core/model/utf8_text.hpp"

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

// Calls `each(element, pointer)` for every element of an array member.
template <typename Fn>
void for_each_in(ObjectReader& r, const char* key, bool required, Issues& issues, Fn each) {
  const JsonValue* arr = r.array(key, required);
  if (!arr) return;
  (void)issues;
  for (std::size_t i = 0; i < arr->size(); ++i) each((*arr)[i], r.child(key) + "/" + std::to_string(i));
}

void check_unique(const std::vector<std::pair<std::string, std::string>>& ids, const char* what,
                  Issues& issues);

std::optional<PrintedTotal> read_printed(ObjectReader& parent, const char* key, Issues& issues,
                                         bool with_scope = false);

// The long tables (/werk and the four ODT product tables), read element by
// element while the file is parsed and never kept as a tree.
class TableStreamer : public JsonStreamer {
public:
  // `root`: the keys of the programme object in the document ({} for a
  // programme file, {"programma"} inside a scenario file).
  TableStreamer(std::vector<std::string> root, Issues& issues);

  int stream_array(const std::vector<std::string>& path) override;
  std::optional<Issue> element(int token, std::size_t index, JsonValue&& element) override;

  std::vector<WorkLine> work;
  std::vector<OdtLine> odt[4];
  std::size_t issues_before = 0; // issues already recorded when parsing began

private:
  std::vector<std::string> root_;
  std::string prefix_; // JSON pointer of the programme object
  Issues& issues_;
};

// Reads a programme from its tree (whose long tables `tables` has taken);
// `pointer` is where the programme object stands in the document.
std::optional<Programme> read_programme_tree(const JsonValue& root, TableStreamer& tables,
                                             const std::string& pointer, Issues& issues);

void read_work(ObjectReader& root, Programme& p, TableStreamer& tables, Issues& issues);
void read_odt_parts(ObjectReader& odt, Programme& p, TableStreamer& tables);

} // namespace vth::reader
