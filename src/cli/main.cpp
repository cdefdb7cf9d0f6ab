// vth-planner: the command-line face of the core, for scripts, CI and anyone
// who wants the numbers without a browser. Messages are Dutch like the app.
#include "core/dutch_format.hpp"
#include "core/engine.hpp"
#include "core/programme_io.hpp"
#include "core/report.hpp"
#include "core/results_export.hpp"
#include "core/sensitivity.hpp"
#include "core/synthetic.hpp"
#include "core/version.hpp"

#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInvalid = 1; // the file was read but is not a valid programme
constexpr int kExitUsage = 2;   // wrong arguments or unreadable file

void print_usage(std::FILE* out) {
  std::fprintf(
      out, "Gebruik:\n"
           "  vth-planner calc BESTAND [--format text|csv|json]\n"
           "      rekent het programma door en toont de uitkomsten (standaard: text)\n"
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

bool read_file(const std::string& path, std::string& out) {
  if (path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return !in.bad();
}

// Reads and validates; prints the problems and returns nullopt when invalid.
std::optional<vth::Programme> load(const std::string& path, int& exit_code) {
  std::string text;
  if (!read_file(path, text)) {
    std::fprintf(stderr, "Kan '%s' niet lezen: bestaat het bestand en mag het gelezen worden?\n",
                 path.c_str());
    exit_code = kExitUsage;
    return std::nullopt;
  }
  vth::ReadResult read = vth::read_programme(text);
  if (!read.programme) {
    std::fprintf(stderr, "'%s' is geen geldig programmabestand (%zu %s):\n", path.c_str(), read.issues.size(),
                 read.issues.size() == 1 ? "fout" : "fouten");
    for (const auto& issue : read.issues) std::fprintf(stderr, "  %s\n", vth::format_issue(issue).c_str());
    exit_code = kExitInvalid;
    return std::nullopt;
  }
  return std::move(read.programme);
}

int run_calc(const std::vector<std::string>& args) {
  std::string path, format = "text";
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format" && i + 1 < args.size())
      format = args[++i];
    else if (args[i].rfind("--format=", 0) == 0)
      format = args[i].substr(9);
    else if (path.empty())
      path = args[i];
    else {
      std::fprintf(stderr, "Onverwacht argument '%s'.\n", args[i].c_str());
      return kExitUsage;
    }
  }
  if (path.empty() || (format != "text" && format != "csv" && format != "json")) {
    std::fprintf(stderr, "calc heeft een BESTAND nodig en --format text, csv of json.\n\n");
    print_usage(stderr);
    return kExitUsage;
  }
  int code = kExitOk;
  auto programme = load(path, code);
  if (!programme) return code;
  const vth::Results results = vth::calculate(*programme);
  const std::string out = format == "json"  ? vth::results_to_json(results, *programme)
                          : format == "csv" ? vth::results_to_csv(results)
                                            : vth::results_to_text(results);
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
  std::printf("'%s' is geldig: %s %d, %zu werkregels.\n", args[0].c_str(), programme->municipality.c_str(),
              programme->year, programme->work.size());
  std::printf("%zu bevindingen (verschillen met de bron en andere inconsistenties):\n",
              results.findings.size());
  for (const auto& f : results.findings) {
    std::string where = f.section;
    if (f.line > 0) where += (where.empty() ? "" : ", ") + std::string("regel ") + std::to_string(f.line);
    std::printf("  [%s] %s%s%s\n      %s\n", f.kind.c_str(), f.pointer.c_str(), where.empty() ? "" : " — ",
                where.c_str(), f.message.c_str());
  }
  std::printf("%zu waarden zijn aannames (niet uit de bron); zie 'calc' voor de lijst.\n",
              results.assumptions->size());
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
  std::printf("Gevoeligheid: elke invoerwaarde ±10%% (%zu waarden geprobeerd).\n", r.inputs_tried);
  std::printf("\nTotale ODT-kosten van de gemeente (verschil bij -10%% / +10%%):\n");
  for (const auto& s : r.by_cost)
    std::printf("  %14s %14s  %s (%s)\n", vth::format_euro(s.cost_low, 0).c_str(),
                vth::format_euro(s.cost_high, 0).c_str(), s.label.c_str(), s.pointer.c_str());
  std::printf("\nTotaal fte-verschil (verschil bij -10%% / +10%%):\n");
  for (const auto& s : r.by_gap)
    std::printf("  %10s %10s fte  %s (%s)\n", vth::format_fixed(s.gap_low, 3, 2).c_str(),
                vth::format_fixed(s.gap_high, 3, 2).c_str(), s.label.c_str(), s.pointer.c_str());
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
  std::fprintf(stderr, "Onbekende opdracht '%s'.\n\n", command.c_str());
  print_usage(stderr);
  return kExitUsage;
}
