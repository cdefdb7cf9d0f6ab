// libFuzzer target: the "Nieuw programma" form (core/scenario/new_programme) with
// any text in any field. Beyond "no crash, no leak, no undefined behaviour": a
// form that is taken gives a programme that is written and read back equal as a
// valid file; a refused form names a field and says why.
#include "core/io/programme_io.hpp"
#include "core/scenario/new_programme.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte: with partners or not; the rest: the fields, one per line.
  std::vector<std::string> fields;
  std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  while (!rest.empty() && fields.size() < 40) {
    const std::size_t end = std::min(rest.find('\n'), rest.size());
    fields.emplace_back(rest.substr(0, end));
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
  std::size_t next = 0;
  auto field = [&]() { return next < fields.size() ? fields[next++] : std::string(); };
  vth::NewProgrammeForm form;
  form.municipality = field();
  form.year = field();
  form.productive_hours = field();
  form.hourly_rate = field();
  form.with_partners = (data[0] & 1) != 0;
  const std::size_t departments = data[0] >> 1 & 7, partners = data[0] >> 4 & 7;
  for (std::size_t i = 0; i < departments; ++i) form.departments.push_back({field(), field()});
  for (std::size_t i = 0; i < partners; ++i) form.partners.push_back({field(), field()});
  (void)vth::partner_key_summary(form);
  const vth::NewProgramme made = vth::make_new_programme(form, "2026-12-05");
  for (const vth::FormProblem& p : made.problems)
    if (p.field.empty() || p.message.empty()) std::abort();
  if (!made.problems.empty()) return 0;
  const auto back = vth::read_programme(vth::write_programme(made.programme));
  if (!back || !(*back == made.programme)) std::abort(); // a taken form must be a valid file, as made
  return 0;
}
