#include "entry.hpp"

#include "dutch_number.hpp"

#include "core/model/dutch_format.hpp"

#include <cstring>

namespace vth {
namespace {

enum class Op { Set, Add, Subtract, Multiply };
enum class Unit { None, Euro, Percent, Hours, Fte, Other };

bool unit_is(const Column& c, const char* unit) { return std::strcmp(c.spec.unit, unit) == 0; }

Unit unit_of(const Column& c) {
  if (unit_is(c, "€")) return Unit::Euro;
  if (unit_is(c, "%")) return Unit::Percent;
  if (unit_is(c, "uur")) return Unit::Hours;
  if (unit_is(c, "fte")) return Unit::Fte;
  return Unit::None;
}

const char* unit_name(Unit u) {
  switch (u) {
  case Unit::Euro:
    return "een bedrag in euro";
  case Unit::Percent:
    return "een percentage";
  case Unit::Hours:
    return "uren";
  case Unit::Fte:
    return "fte";
  case Unit::None:
  case Unit::Other:
    break;
  }
  return "een aantal";
}

// Spaces, tabs and non-breaking spaces at both ends.
std::string_view trim(std::string_view s) {
  auto space_at = [&](std::size_t i) -> std::size_t { // bytes of a space starting at i, or 0
    if (s[i] == ' ' || s[i] == '\t') return 1;
    if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0)
      return 2;
    return 0;
  };
  while (!s.empty() && space_at(0)) s.remove_prefix(space_at(0));
  while (!s.empty()) {
    if (s.back() == ' ' || s.back() == '\t')
      s.remove_suffix(1);
    else if (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 &&
             static_cast<unsigned char>(s.back()) == 0xA0)
      s.remove_suffix(2);
    else
      break;
  }
  return s;
}

bool take_prefix(std::string_view& s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  s = trim(s);
  return true;
}

bool take_suffix(std::string_view& s, std::string_view suffix) {
  if (s.size() < suffix.size() || s.substr(s.size() - suffix.size()) != suffix) return false;
  s.remove_suffix(suffix.size());
  s = trim(s);
  return true;
}

Op take_op(std::string_view& s) {
  if (take_prefix(s, "+")) return Op::Add;
  if (take_prefix(s, "-") || take_prefix(s, "\xE2\x88\x92")) return Op::Subtract; // also U+2212 −
  if (take_prefix(s, "x") || take_prefix(s, "X") || take_prefix(s, "*") || take_prefix(s, "\xC3\x97"))
    return Op::Multiply; // also ×
  return Op::Set;
}

Unit take_unit(std::string_view& s) {
  if (take_prefix(s, "\xE2\x82\xAC") || take_suffix(s, "\xE2\x82\xAC")) return Unit::Euro;
  if (take_suffix(s, "%")) return Unit::Percent;
  if (take_suffix(s, "uren") || take_suffix(s, "uur")) return Unit::Hours;
  if (take_suffix(s, "fte")) return Unit::Fte;
  return Unit::None;
}

std::int64_t pow10(int n) {
  std::int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

std::string plain(const Column& c, std::int64_t v) { return format_trimmed(v, c.spec.decimals); }

} // namespace

std::string entry_text(const Column& c, std::int64_t value) {
  const Unit unit = unit_of(c);
  // At least the decimals the tables show (€ 120,50, 12,50%, 9,50 fte), so a
  // field reads as the same value does in a copy or the mirror.
  const int least = unit == Unit::Percent || unit == Unit::Euro || unit == Unit::Fte ? 2 : 0;
  int decimals = c.spec.decimals;
  for (std::int64_t v = value; decimals > least && v % 10 == 0; v /= 10) --decimals;
  const std::string n = format_fixed(value, c.spec.decimals, decimals);
  if (unit == Unit::Percent) return n + "%";
  if (unit == Unit::Euro) return "€ " + n;
  return n;
}

std::string value_problem(const Column& c, std::int64_t value) {
  std::string why = range_error(value, c.spec);
  if (why.empty() && c.whole_hours && value % 1000 != 0) why = "moet een heel aantal uren zijn";
  return why;
}

Result<Entry> read_entry(std::string_view text, const Column& c, std::optional<std::int64_t> current) {
  std::string_view s = trim(text);
  if (s.empty()) {
    if (c.kind == ValueKind::OptionalNumber) return Entry{};
    return refusal("vul een getal in");
  }
  const Op op = take_op(s);
  const Unit typed = take_unit(s);
  const Unit field = unit_of(c);
  if (!s.empty() && (s[0] == '+' || s[0] == '-'))
    return refusal("is geen getal (twee tekens voor het getal)");
  if (s.empty()) return refusal("vul een getal in");

  const bool percent_change = (op == Op::Add || op == Op::Subtract) && typed == Unit::Percent;
  if (percent_change && field == Unit::Percent)
    return refusal("in een percentageveld is '" + std::string(trim(text)) +
                   "' dubbelzinnig: typ +2 voor 2 procentpunt erbij, of x1,1 voor 10% meer");
  if (op == Op::Multiply && typed != Unit::None) return refusal("een factor heeft geen eenheid (typ x1,1)");
  if (!percent_change && typed != Unit::None && typed != field) {
    if (typed == Unit::Percent && op == Op::Set)
      return refusal(std::string("een percentage past niet in dit veld (") + unit_name(field) +
                     "); bedoelt u een wijziging, typ dan bijvoorbeeld +10% of -10%");
    return refusal(std::string("dit veld bevat ") + unit_name(field) + ", geen " + unit_name(typed));
  }

  const int decimals = op == Op::Multiply ? 6 : percent_change ? 4 : c.spec.decimals;
  const Result<std::int64_t> number = parse_dutch_number(s, decimals);
  if (!number) return number.refusal();

  Entry out;
  std::int64_t result = *number;
  bool rounded = false;
  if (op != Op::Set) {
    if (!current) return refusal("er staat nog geen waarde in dit veld; typ een getal");
    Int128 exact = 0, den = 1;
    std::string how = plain(c, *current);
    switch (op) {
    case Op::Add:
    case Op::Subtract: {
      const int sign = op == Op::Add ? 1 : -1;
      if (percent_change) {
        den = 100 * pow10(4);
        exact = static_cast<Int128>(*current) * (den + sign * *number);
        how += (sign > 0 ? " + " : " − ") + format_trimmed(*number, 4) + "%";
      } else {
        exact = static_cast<Int128>(*current) + sign * static_cast<Int128>(*number);
        how += (sign > 0 ? " + " : " − ") + plain(c, *number);
      }
      break;
    }
    case Op::Multiply:
      den = pow10(6);
      exact = static_cast<Int128>(*current) * *number;
      how += " × " + format_trimmed(*number, 6);
      break;
    case Op::Set:
      break;
    }
    // The field's precision: half away from zero, and said so.
    Int128 value = div_round_128(exact, den);
    rounded = value * den != exact;
    if (c.whole_hours && value % 1000 != 0) {
      value = div_round_128(value, 1000) * 1000;
      rounded = true;
    }
    const auto fits = fit_int64(value);
    if (!fits) return refusal(how + " is te groot");
    result = *fits;
    out.explanation = how + " = " + plain(c, result) + (rounded ? " (afgerond)" : "");
    if (const std::string why = value_problem(c, result); !why.empty())
      return refusal(out.explanation + ": " + why);
  } else if (const std::string why = value_problem(c, result); !why.empty()) {
    return refusal(why);
  }
  out.value = result;
  return out;
}

} // namespace vth
