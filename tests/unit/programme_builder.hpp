#pragma once
// Small programmes built in code for the engine tests: each test states only
// the values it is about.

#include "core/model/programme.hpp"

namespace test {

inline vth::Programme minimal_programme() {
  vth::Programme p;
  p.municipality = "Testgemeente";
  p.year = 2025;
  p.title = "Testprogramma";
  p.settings.productive_hours_per_fte = 1'300'000; // 1.300 uur
  p.settings.odt_hourly_rate = 11'099;             // € 110,99
  p.departments.push_back({0, "v", "Vergunnen", 10'000, {}});
  p.regional.own_partner = "a";
  p.regional.partners.push_back({0, "a", "A", 600'000, {}});
  p.regional.partners.push_back({0, "b", "B", 400'000, {}});
  return p;
}

inline vth::WorkLine count_line(const char* id, std::int64_t count_milli, std::int64_t kental_milli) {
  vth::WorkLine w;
  w.id = id;
  w.department = "v";
  w.description = id;
  w.kind = vth::WorkKind::Count;
  w.count = count_milli;
  w.hours_per_item = kental_milli;
  return w;
}

inline vth::OdtLine odt_line(const char* code, std::int64_t count, std::int64_t kental,
                             std::int64_t printed) {
  vth::OdtLine l;
  l.code = code;
  l.product = code;
  l.count = count * 1000;
  l.hours_per_item = kental * 1000;
  l.printed_hours = printed * 1000;
  return l;
}

} // namespace test
