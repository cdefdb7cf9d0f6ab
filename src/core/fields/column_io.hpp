#pragma once
// How the registry's columns are read from and written to a programme file:
// one function for every table, so that a column added to the registry is in
// the file without further code. The tables' own structure (nesting, printed
// totals, references between tables) is the programme reader's and writer's
// (core/io).

#include "registry.hpp"

#include "core/json/json_reader.hpp"
#include "core/json/json_writer.hpp"

#include <initializer_list>

namespace vth {

// The key of a row's id in the file.
inline constexpr const char* kRowIdKey = "rij";

// Reads the row's id (when the file has one), every column in the file and its
// provenance ("bron", "aanname" about the assumable columns and `also`).
void read_row(ObjectReader& r, const TableDef& t, void* row, Issues& issues,
              std::initializer_list<const char*> also = {});

// Writes the id, every column the row has and, with `with_source`, its provenance.
void write_row_columns(JsonWriter& w, const TableDef& t, const void* row);
void write_provenance(JsonWriter& w, const Provenance& p);

// "bron", "aanname" and "eigen_invoer" of any record; `fields` and `more` are the names an
// assumption may be about, `own_fields` (default: the same) those the user may have typed.
void read_provenance(ObjectReader& r, Provenance& p, std::initializer_list<const char*> fields,
                     Issues& issues, const std::vector<const char*>& more = {},
                     const std::vector<const char*>* own_fields = nullptr);

} // namespace vth
