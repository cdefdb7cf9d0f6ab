#include "paste.hpp"

#include "scenarios.hpp"
#include "structure.hpp"

#include <cctype>

namespace vth::ui {

std::string count_text(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string one_line_paste(std::string_view text) {
  const auto breaks = [](char c) { return c == '\r' || c == '\n' || c == '\t'; };
  while (!text.empty() && breaks(text.back())) text.remove_suffix(1);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!breaks(text[i])) {
      out += text[i];
    } else if (i == 0 || !breaks(text[i - 1])) {
      out += ' ';
    }
  }
  return out;
}

bool is_table_file(std::string_view file_name, std::string_view text) {
  const auto dot = file_name.rfind('.');
  std::string ext(dot == std::string_view::npos ? "" : file_name.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext != "csv" && ext != "tsv" && ext != "txt") return false;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const auto first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] != '{' && text[first] != '[';
}

std::optional<AppState::PasteTarget> paste_target(const AppState& state) {
  const auto& shown = state.tables_shown;
  const auto same = [](const AppState::PasteTarget& a, const AppState::PasteTarget& b) {
    return a.table == b.table && a.parent_row == b.parent_row;
  };
  // The table chosen last, while it is on screen (or when nothing is drawn: a test without frames).
  if (state.paste_target && (shown.empty() || std::any_of(shown.begin(), shown.end(), [&](const auto& t) {
                               return same(t, *state.paste_target);
                             })))
    return state.paste_target;
  if (shown.size() == 1) return shown.front(); // the one table on screen, even without rows
  return std::nullopt;
}

Status begin_paste(AppState& state, std::string text, std::string source) {
  if (!state.programme || !state.adopted) return refusal("open eerst een programma");
  const auto target = paste_target(state);
  if (!target)
    return refusal("kies eerst met \xE2\x89\xA1 een regel in de tabel waar de regels heen moeten "
                   "(of klik in een invoerveld om één getal te plakken)");
  state.paste = AppState::PastePreview{*target, std::move(text), std::move(source), {}, {}};
  replan_paste(state);
  return {};
}

void replan_paste(AppState& state) {
  if (!state.paste || !state.programme || !state.adopted) return;
  AppState::PastePreview& p = *state.paste;
  const ChangeList* changes = current_changes(state);
  p.plan = plan_import(*state.adopted, *state.programme, changes ? *changes : ChangeList{}, p.target.table,
                       p.text, p.options, p.target.parent_row);
}

Status confirm_paste(AppState& state) {
  if (!state.paste) return refusal("er is niets om te plakken");
  const AppState::PastePreview p = std::move(*state.paste);
  state.paste.reset();
  if (p.plan.changes.empty()) return refusal("er is niets overgenomen: niets nieuws of alles geweigerd");
  const TableDef& t = table(p.target.table);
  std::string label = std::string(p.source) + " in " + t.name + ": " +
                      count_text(p.plan.new_rows, "nieuwe regel", "nieuwe regels") + ", " +
                      count_text(p.plan.replaced_rows, "regel vervangen", "regels vervangen");
  if (Status done = apply_changes(state, p.plan.changes, label); !done) return done;
  state.status =
      label + (p.plan.refused.empty() ? "." : "; " + std::to_string(p.plan.refused.size()) + " geweigerd.");
  return {};
}

} // namespace vth::ui
