// vth-planner: the command-line face of the core, for scripts, CI and anyone
// who wants the numbers without a browser. Messages are Dutch like the app.
#include "core/engine/engine.hpp"
#include "core/fields/field_pointer.hpp"
#include "core/io/programme_io.hpp"
#include "core/io/scenario_io.hpp"
#include "core/io/share_link.hpp"
#include "core/io/synthetic.hpp"
#include "core/model/dutch_format.hpp"
#include "core/model/utf8_text.hpp"
#include "core/model/version.hpp"
#include "core/output/report.hpp"
#include "core/output/results_export.hpp"
#include "core/scenario/scenario.hpp"
#include "core/scenario/sensitivity.hpp"

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInvalid = 1; // the file was read but is not a valid programme
constexpr int kExitUsage = 2;   // wrong arguments or unreadable file

void print_usage(std::FILE* out) {
  std::fprintf(
      out, "Gebruik:\n"
           "  vth-planner calc BESTAND [--format text|csv|json] [--scenario SCENARIOBESTAND | --link LINK]\n"
           "      rekent het programma door en toont de uitkomsten (standaard: text); met een\n"
           "      scenariobestand of een deellink (de hele link of het deel na s=) die van het scenario\n"
           "  vth-planner check BESTAND\n"
           "      controleert het bestand; toont fouten, bevindingen en het aantal aannames;\n"
           "      eindigt met code 1 als het bestand ongeldig is\n"
           "  vth-planner format BESTAND\n"
           "      schrijft een geldig programma in de vaste vorm (volgorde, getallen) naar standaarduitvoer\n"
           "  vth-planner sensitivity BESTAND\n"
           "      de tien invoerwaarden waarvan ±10%% de ODT-kosten en het fte-verschil het meest beweegt\n"
           "  vth-planner report BESTAND [--datum TEKST]\n"
           "      schrijft het afdrukbare rapport (HTML) naar standaarduitvoer\n"
           "  vth-planner synthetic REGELS [PARTNERS]\n"
           "      schrijft een synthetisch programma (voor benchmarks en tests)\n"
           "  vth-planner --version | --help\n"
           "\n"
           "BESTAND mag '-' zijn voor standaardinvoer.\n");
}

// Everything printed that can hold text from a file goes through here: a
// control character in a name must show, not steer the terminal (an ESC
// sequence could rewrite the line before it to say "geldig").
void print(std::FILE* to, const std::string& text) {
  const std::string safe = vth::visible_text(text, true);
  std::fwrite(safe.data(), 1, safe.size(), to);
}

enum class ReadStatus { Ok, Unreadable, Directory, TooLarge };

// Reads at most kMaxFileBytes + 1 bytes: a larger input (a 2 GB file,
// /dev/zero) is refused without being read into memory.
ReadStatus read_capped(const std::string& path, std::string& out) {
  std::FILE* in = stdin;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return ReadStatus::Directory;
    const auto size = std::filesystem::is_regular_file(path, ec) ? std::filesystem::file_size(path, ec) : 0;
    if (!ec && size > vth::kMaxFileBytes) return ReadStatus::TooLarge;
    in = std::fopen(path.c_str(), "rb");
    if (!in) return ReadStatus::Unreadable;
  }
  std::vector<char> chunk(1 << 20);
  bool failed = false;
  while (out.size() <= vth::kMaxFileBytes) {
    const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), in);
    out.append(chunk.data(), n);
    if (n < chunk.size()) {
      failed = std::ferror(in) != 0;
      break;
    }
  }
  if (in != stdin) std::fclose(in);
  if (out.size() > vth::kMaxFileBytes) return ReadStatus::TooLarge;
  return failed ? ReadStatus::Unreadable : ReadStatus::Ok;
}

void print_refusal(const std::string& path, const vth::Issues& issues) {
  std::string text = "'" + path + "' is geen geldig programmabestand (" + std::to_string(issues.size()) +
                     (issues.size() == 1 ? " fout" : " fouten") + "):\n";
  for (const auto& issue : issues) text += "  " + vth::format_issue(issue) + "\n";
  print(stderr, text);
}

// Reads and validates; prints the problems and returns nullopt when invalid.
// `text_out` receives the file's bytes (a scenario or link names its programme by them).
std::optional<vth::Programme> load(const std::string& path, int& exit_code, std::string* text_out = nullptr) {
  std::string text;
  switch (read_capped(path, text)) {
  case ReadStatus::Ok:
    break;
  case ReadStatus::Unreadable:
    print(stderr, "Kan '" + path + "' niet lezen: bestaat het bestand en mag het gelezen worden?\n");
    exit_code = kExitUsage;
    return std::nullopt;
  case ReadStatus::Directory:
    print(stderr, "Kan '" + path + "' niet lezen: dat is een map, geen bestand.\n");
    exit_code = kExitUsage;
    return std::nullopt;
  case ReadStatus::TooLarge:
    print_refusal(path, {vth::file_too_large_issue()});
    exit_code = kExitInvalid;
    return std::nullopt;
  }
  vth::Result<vth::Programme> read = vth::read_programme(text);
  if (!read) {
    print_refusal(path, read.issues());
    exit_code = kExitInvalid;
    return std::nullopt;
  }
  if (text_out) *text_out = std::move(text);
  return std::move(*read);
}

// The scenario of a scenario file or a share link, applied to the programme
// (whose file text is `text`); prints why not and returns false when refused.
bool apply_scenario(vth::Programme& programme, const std::string& text, const std::string& scenario_path,
                    const std::string& link) {
  const std::uint64_t id = vth::text_fingerprint(text);
  vth::Scenario scenario;
  if (!scenario_path.empty()) {
    std::string file;
    if (read_capped(scenario_path, file) != ReadStatus::Ok) {
      print(stderr, "Kan '" + scenario_path + "' niet lezen.\n");
      return false;
    }
    vth::Result<vth::ScenarioFile> read = vth::read_scenario(file, programme, id);
    if (!read) {
      print_refusal(scenario_path, read.issues());
      return false;
    }
    if (read->programme) programme = std::move(*read->programme);
    scenario = std::move(read->scenario);
  } else {
    const vth::Fragment f =
        vth::parse_fragment(link.substr(link.find('#') == std::string::npos ? 0 : link.find('#')));
    const std::string payload = f.share.empty() ? link : f.share;
    vth::Result<vth::ShareData> d = vth::decode_share(payload, programme, id);
    if (!d) {
      print(stderr, "De link is geweigerd: " + d.message() + "\n");
      return false;
    }
    if (d->programme) programme = vth::read_programme(*d->programme).value();
    scenario = std::move(d->scenario);
  }
  vth::Result<vth::Programme> applied = vth::materialise(programme, scenario.changes);
  if (!applied) {
    print(stderr, "Het scenario past niet op het programma: " + applied.message() + "\n");
    return false;
  }
  programme = std::move(*applied);
  return true;
}

int run_calc(const std::vector<std::string>& args) {
  std::string path, format = "text", scenario, link;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format" && i + 1 < args.size())
      format = args[++i];
    else if (args[i] == "--scenario" && i + 1 < args.size())
      scenario = args[++i];
    else if (args[i] == "--link" && i + 1 < args.size())
      link = args[++i];
    else if (args[i].rfind("--format=", 0) == 0)
      format = args[i].substr(9);
    else if (path.empty())
      path = args[i];
    else {
      print(stderr, "Onverwacht argument '" + args[i] + "'.\n");
      return kExitUsage;
    }
  }
  if (path.empty() || (format != "text" && format != "csv" && format != "json")) {
    std::fprintf(stderr, "calc heeft een BESTAND nodig en --format text, csv of json.\n\n");
    print_usage(stderr);
    return kExitUsage;
  }
  int code = kExitOk;
  std::string text;
  auto programme = load(path, code, &text);
  if (!programme) return code;
  if ((!scenario.empty() || !link.empty()) && !apply_scenario(*programme, text, scenario, link))
    return kExitInvalid;
  const vth::Results results = vth::calculate(*programme);
  if (format == "text") {
    print(stdout, vth::results_to_text(results));
    return kExitOk;
  }
  // JSON escapes every control and invisible character itself; CSV neutralises its text cells.
  const std::string out =
      format == "json" ? vth::results_to_json(results, *programme) : vth::results_to_csv(results);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

// For commands that take exactly one file: loads it or sets the exit code.
std::optional<vth::Programme> load_single(const std::vector<std::string>& args, int& exit_code) {
  if (args.size() != 1) {
    print_usage(stderr);
    exit_code = kExitUsage;
    return std::nullopt;
  }
  return load(args[0], exit_code);
}

int run_check(const std::vector<std::string>& args) {
  int code = kExitOk;
  auto programme = load_single(args, code);
  if (!programme) return code;
  const vth::Results results = vth::calculate(*programme);
  std::string text = "'" + args[0] + "' is geldig: " + programme->municipality + " " +
                     std::to_string(programme->year) + ", " + std::to_string(programme->work.size()) +
                     " werkregels.\n" + std::to_string(results.findings.size()) +
                     " bevindingen (verschillen met de bron en andere inconsistenties):\n";
  for (const auto& f : results.findings) {
    std::string where = f.section;
    if (f.line > 0) where += (where.empty() ? "" : ", ") + std::string("regel ") + std::to_string(f.line);
    text += "  [" + f.kind + "] " + f.pointer + (where.empty() ? "" : " — ") + where + "\n      " +
            f.message + "\n";
  }
  text += std::to_string(results.assumptions->size()) +
          " waarden zijn aannames (niet uit de bron); zie 'calc' voor de lijst.\n";
  print(stdout, text);
  return kExitOk;
}

int run_format(const std::vector<std::string>& args) {
  int code = kExitOk;
  auto programme = load_single(args, code);
  if (!programme) return code;
  const std::string out = vth::write_programme(*programme);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

int run_sensitivity(const std::vector<std::string>& args) {
  int code = kExitOk;
  auto programme = load_single(args, code);
  if (!programme) return code;
  const vth::SensitivityResult r = vth::sensitivity(*programme);
  std::string text =
      "Gevoeligheid: elke invoerwaarde ±10% (" + std::to_string(r.inputs_tried) +
      " waarden geprobeerd).\n\nTotale ODT-kosten van de gemeente (verschil bij -10% / +10%):\n";
  char row[64];
  for (const auto& s : r.by_cost) {
    std::snprintf(row, sizeof row, "  %14s %14s  ", vth::format_euro(s.cost_low, 0).c_str(),
                  vth::format_euro(s.cost_high, 0).c_str());
    text += row + s.label + " (" + vth::field_pointer(*programme, s.field) + ")\n";
  }
  text += "\nTotaal fte-verschil (verschil bij -10% / +10%):\n";
  for (const auto& s : r.by_gap) {
    std::snprintf(row, sizeof row, "  %10s %10s fte  ", vth::format_fixed(s.gap_low, 3, 2).c_str(),
                  vth::format_fixed(s.gap_high, 3, 2).c_str());
    text += row + s.label + " (" + vth::field_pointer(*programme, s.field) + ")\n";
  }
  print(stdout, text);
  return kExitOk;
}

// The printable report of the programme as it is (no scenario), as HTML.
int run_report(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  std::string date;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--datum" && i + 1 < args.size())
      date = args[++i];
    else
      files.push_back(args[i]);
  }
  int code = kExitOk;
  auto programme = load_single(files, code);
  if (!programme) return code;
  if (date.empty()) {
    const std::time_t now = std::time(nullptr);
    const std::tm* t = std::localtime(&now);
    date = vth::format_date(t->tm_year + 1900, t->tm_mon + 1, t->tm_mday);
  }
  const vth::Results results = vth::calculate(*programme);
  const vth::SensitivityResult sensitivity = vth::sensitivity(*programme);
  vth::ReportInput in;
  in.programme = &*programme;
  in.results = &results;
  in.scenario_name = "Vastgesteld programma";
  in.sensitivity = &sensitivity;
  in.date = date;
  in.file_name = files[0].substr(files[0].find_last_of('/') + 1);
  const std::string out = vth::report_html(in);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

int run_synthetic(const std::vector<std::string>& args) {
  if (args.empty() || args.size() > 2) {
    print_usage(stderr);
    return kExitUsage;
  }
  try {
    const std::size_t lines = std::stoul(args[0]);
    const std::size_t partners = args.size() == 2 ? std::stoul(args[1]) : 15;
    if (lines > 5'000'000 || partners > 1000) throw std::out_of_range("te groot");
    const std::string out = vth::write_programme(vth::make_synthetic_programme(lines, partners));
    std::fwrite(out.data(), 1, out.size(), stdout);
    return kExitOk;
  } catch (const std::exception&) {
    std::fprintf(stderr,
                 "REGELS (hoogstens 5.000.000) en PARTNERS (hoogstens 1.000) moeten getallen zijn.\n");
    return kExitUsage;
  }
}

} // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    print_usage(stderr);
    return kExitUsage;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    print_usage(stdout);
    return kExitOk;
  }
  if (command == "--version") {
    std::printf("vth-planner %s\n", vth::kVersion);
    return kExitOk;
  }
  if (command == "calc") return run_calc(args);
  if (command == "check") return run_check(args);
  if (command == "synthetic") return run_synthetic(args);
  if (command == "format") return run_format(args);
  if (command == "sensitivity") return run_sensitivity(args);
  if (command == "report") return run_report(args);
  print(stderr, "Onbekende opdracht '" + command + "'.\n\n");
  print_usage(stderr);
  return kExitUsage;
}
