#pragma once
// "Nieuw programma": a municipality's programme made from a short form
// (gemeente, jaar, afdelingen with their fte, productive hours per fte, the
// ODT tariff, and the partners of the regional split or "alleen eigen deel"),
// with every other table empty for the user to fill. The form is read as the
// user typed it: every field understood exactly (the same notation as a value
// field: "1.300", "€ 105,50", "45,5%") or refused with the place and reason.
// Everything in it is the user's own input, dated. docs/interface.md: "Nieuw programma".

#include "core/model/programme.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace vth {

struct NewProgrammeForm {
  std::string municipality;
  std::string year;
  std::string productive_hours; // per fte
  std::string hourly_rate;      // the ODT tariff
  struct Department {
    std::string name;
    std::string fte; // available fte
  };
  std::vector<Department> departments;
  // Off: "alleen eigen deel" (the municipality takes the regional pools whole, key 100%).
  bool with_partners = false;
  struct Partner {
    std::string name;
    std::string key; // share of the regional pool, "45,5%"
  };
  // With partners: the first is the municipality itself (its name is the gemeente).
  std::vector<Partner> partners;
};

// A field of the form that is wrong, and why (in Dutch, naming the place).
struct FormProblem {
  std::string field; // "gemeente", "jaar", "afdelingen/1/naam", "partners/2/sleutel", "partners"
  std::string message;
};

struct NewProgramme {
  Programme programme; // valid when `problems` is empty
  std::vector<FormProblem> problems;
};

// `iso_date`: today, the date of the own input ("2026-12-05").
NewProgramme make_new_programme(const NewProgrammeForm& form, std::string_view iso_date);

// The sum of the partner keys as typed, "100%" or what is missing ("nog 4,5% te verdelen"); "" when
// unreadable.
std::string partner_key_summary(const NewProgrammeForm& form);

} // namespace vth
