#pragma once
// Pieces shared by the programme reader's files (programme_reader.cpp,
// reader_tables.cpp, reader_rows.cpp) and the scenario file reader, which
// reads a programme nested under "/programma".

#include "core/fields/column_io.hpp"
#include "core/fields/registry.hpp"
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

// Calls `each(element, pointer)` for every element of an array member.
template <typename Fn> void for_each_in(ObjectReader& r, const char* key, bool required, Fn each) {
  const JsonValue* arr = r.array(key, required);
  if (!arr) return;
  for (std::size_t i = 0; i < arr->size(); ++i) each((*arr)[i], r.child(key) + "/" + std::to_string(i));
}

// Reads the rows of a table of the registry from the array `key` of `parent`:
// every column, the id and the provenance of each, then `check(reader, row)`.
template <class Row, class Check>
void read_rows(ObjectReader& parent, const char* key, bool required, TableId table_id, Rows<Row>& out,
               Issues& issues, std::initializer_list<const char*> also, Check check) {
  const TableDef& t = table(table_id);
  for_each_in(parent, key, required, [&](const JsonValue& j, const std::string& ptr) {
    ObjectReader o(j, ptr, issues);
    Row row;
    if (o.ok()) {
      read_row(o, t, &row, issues, also);
      if (t.row_problem)
        if (const auto problem = t.row_problem(&row); problem.column)
          o.error(problem.column, problem.message);
    }
    check(o, row);
    o.finish();
    out.push_back(std::move(row));
  });
}
template <class Row>
void read_rows(ObjectReader& parent, const char* key, bool required, TableId table_id, Rows<Row>& out,
               Issues& issues) {
  read_rows(parent, key, required, table_id, out, issues, {}, [](ObjectReader&, Row&) {});
}

// Reports the second and later use of a name that must be unique (ids, codes).
void check_unique(const std::vector<std::pair<std::string, std::string>>& ids, const char* what,
                  Issues& issues);

std::optional<PrintedTotal> read_printed(ObjectReader& parent, const char* key, Issues& issues,
                                         bool with_scope = false);

// Gives every row without an id one ("rij"): a file without ids numbers each
// table's rows 1, 2, 3, ... in file order, so that what was addressed by
// position (share links and scenario files of version 1) is addressed by id
// now. An id used twice in one table is refused.
void assign_row_ids(Programme& p, Issues& issues);

// The long tables (/werk and the four ODT product tables), read element by
// element while the file is parsed and never kept as a tree.
class TableStreamer : public JsonStreamer {
public:
  // `root`: the keys of the programme object in the document ({} for a
  // programme file, {"programma"} inside a scenario file).
  TableStreamer(std::vector<std::string> root, Issues& issues);

  int stream_array(const std::vector<std::string>& path) override;
  std::optional<Issue> element(int token, std::size_t index, JsonValue&& element) override;

  Rows<WorkLine> work;
  Rows<OdtLine> odt[4];
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
