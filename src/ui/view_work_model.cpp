// Recent werk's table: every programme whose work this browser keeps, with its
// scenarios and when it was last changed or opened.

#include "view_models.hpp"

#include "work_store.hpp"

#include "core/model/dutch_format.hpp"

#include <cstdio>
#include <ctime>

namespace vth::ui {

std::string format_moment(std::int64_t ms) {
  if (ms <= 0) return "–";
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm local{};
  if (!localtime_r(&seconds, &local)) return "–";
  char text[32];
  std::snprintf(text, sizeof text, "%d-%d-%d %02d:%02d", local.tm_mday, local.tm_mon + 1,
                local.tm_year + 1900, local.tm_hour, local.tm_min);
  return text;
}

TableModel stored_work_model(AppState& state) {
  const std::vector<StoredWork>& list = stored_work_list(state);
  TableModel m{"werk",
               "Recent werk",
               {{"Programma", 2.0f},
                {"Bestand", 2.0f, ColumnKind::WrappedText},
                {"Scenario's", 3.0f, ColumnKind::WrappedText},
                {"Laatst gewijzigd", 1.6f},
                {"Laatst geopend", 1.6f},
                {"", 1.1f, ColumnKind::Action},
                {"", 1.3f, ColumnKind::Action}},
               list.size()};
  m.row = [&state, &list](std::size_t i) {
    const StoredWork& w = list[i];
    std::string names;
    for (const std::string& n : w.scenario_names) names += (names.empty() ? "" : ", ") + n;
    const std::size_t count = w.scenario_names.size();
    TableRow row;
    row.cells = {text_cell(w.title + (w.builtin ? " (ingebouwd)" : "")),
                 text_cell(w.programme_stored ? w.file_name : w.file_name + " (bestand niet bewaard)",
                           w.programme_stored ? Tone::Plain : Tone::Alert),
                 text_cell(count == 0 ? "geen" : std::to_string(count) + ": " + names),
                 text_cell(format_moment(w.changed_ms)),
                 text_cell(format_moment(w.opened_ms)),
                 state.adopted && w.id == state.baseline_id ? text_cell("geopend", Tone::Muted)
                                                            : text_cell(""),
                 text_cell("")};
    return row;
  };
  return m;
}

} // namespace vth::ui
