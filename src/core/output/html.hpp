#pragma once
// Small pieces of accessible HTML shared by the report and the page's screen
// reader mirror: escaping and tables with a caption and header cells.

#include "results_tables.hpp"

#include <string>
#include <string_view>

namespace vth {

// Text safe inside HTML/SVG elements and quoted attributes.
std::string html_escape(std::string_view text);

// A table with <caption>, <th scope="col"> headers and a row header per row;
// numbers right-aligned (class "n"). At most `max_rows` rows, with a note
// saying how many were left out.
std::string table_to_html(const Table& table, std::size_t max_rows = SIZE_MAX);

} // namespace vth
