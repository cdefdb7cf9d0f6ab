#pragma once
// The column lists of the programme's tables (registry.cpp builds the tables from
// them; included there only). A new field is one line in its table's list here;
// the rules for adding one are at the top of registry.cpp.
//
// constexpr data: the lists are made by the compiler, not at start-up.

#include "registry.hpp"
#include "specs.hpp"

#include <optional>
#include <string_view>

namespace vth::registry_columns {

using namespace specs;

// ---- Columns from members ----------------------------------------------------

template <class M> struct MemberOf;
template <class C, class V> struct MemberOf<V C::*> {
  using Row = C;
  using Value = V;
};

template <auto M> constexpr Column number(const char* key, const char* label, FixedSpec spec) {
  using Row = typename MemberOf<decltype(M)>::Row;
  Column c{key, label, ValueKind::Number, spec};
  c.number = [](const void* r) -> std::optional<std::int64_t> { return static_cast<const Row*>(r)->*M; };
  c.set_number = [](void* r, std::optional<std::int64_t> v) { static_cast<Row*>(r)->*M = v.value_or(0); };
  return c;
}

template <auto M> constexpr Column optional_number(const char* key, const char* label, FixedSpec spec) {
  using Row = typename MemberOf<decltype(M)>::Row;
  Column c{key, label, ValueKind::OptionalNumber, spec};
  c.required = false;
  c.number = [](const void* r) { return static_cast<const Row*>(r)->*M; };
  c.set_number = [](void* r, std::optional<std::int64_t> v) { static_cast<Row*>(r)->*M = v; };
  return c;
}

template <auto M>
constexpr Column text_column(const char* key, const char* label, ValueKind kind, bool required) {
  using Row = typename MemberOf<decltype(M)>::Row;
  Column c{key, label, kind};
  c.required = required;
  c.text = [](const void* r) { return static_cast<const Row*>(r)->*M; };
  c.set_text = [](void* r, std::string_view t) { static_cast<Row*>(r)->*M = std::string(t); };
  return c;
}
template <auto M> constexpr Column line(const char* key, const char* label, bool required = true) {
  return text_column<M>(key, label, ValueKind::Line, required);
}
template <auto M> constexpr Column text(const char* key, const char* label, bool required = true) {
  return text_column<M>(key, label, ValueKind::Text, required);
}

template <auto M> constexpr Column lines(const char* key, const char* label, bool required) {
  using Row = typename MemberOf<decltype(M)>::Row;
  Column c{key, label, ValueKind::Lines};
  c.required = required;
  c.text = [](const void* r) {
    std::string out;
    for (const std::string& s : static_cast<const Row*>(r)->*M) out += (out.empty() ? "" : "\n") + s;
    return out;
  };
  c.set_text = [](void* r, std::string_view t) {
    auto& list = static_cast<Row*>(r)->*M;
    list.clear();
    while (!t.empty()) {
      const std::size_t end = t.find('\n');
      list.emplace_back(t.substr(0, end));
      t = end == std::string_view::npos ? std::string_view() : t.substr(end + 1);
    }
  };
  return c;
}

// What a scenario changes: the numbers of what-if questions (and whether they are assumptions).
constexpr Column in_scenario(Column c) {
  c.scenario = true;
  c.assumable = true;
  return c;
}
// The scenario fields of version 1, which share links number (Column::numbered).
// Never for a new column: links made before it existed would read other fields.
constexpr Column numbered_in_links(Column c) {
  c = in_scenario(c);
  c.numbered = true;
  return c;
}
constexpr Column assumable(Column c) {
  c.assumable = true;
  return c;
}
constexpr Column label_first(Column c) {
  c.label_first = true;
  return c;
}

// ---- Choices -----------------------------------------------------------------

constexpr const char* kWorkKinds[] = {"aantal", "fte", "uren", "percentage"};
constexpr const char* kFinancings[] = {"verdeelsleutel", "extern", "begroting"};
constexpr const char* kGoalKinds[] = {"regulier", "focuspunt"};

template <class E, std::size_t N>
std::optional<E> enum_of(std::string_view key, const char* const (&keys)[N]) {
  for (std::size_t i = 0; i < N; ++i)
    if (key == keys[i]) return static_cast<E>(i);
  return std::nullopt;
}

constexpr Column work_kind_column() {
  Column c{"soort", "soort", ValueKind::Choice};
  c.choices = kWorkKinds;
  c.text = [](const void* r) { return std::string(work_kind_key(static_cast<const WorkLine*>(r)->kind)); };
  c.set_text = [](void* r, std::string_view t) {
    if (auto k = enum_of<WorkKind>(t, kWorkKinds)) static_cast<WorkLine*>(r)->kind = *k;
  };
  return c;
}

constexpr Column financing_column() {
  Column c{"financiering", "financiering", ValueKind::Choice};
  c.choices = kFinancings;
  c.assumable = true;
  c.text = [](const void* r) {
    return std::string(financing_key(static_cast<const RegionalItem*>(r)->financing));
  };
  c.set_text = [](void* r, std::string_view t) {
    if (auto f = enum_of<Financing>(t, kFinancings)) static_cast<RegionalItem*>(r)->financing = *f;
  };
  return c;
}

template <int K> constexpr Column depth_column(const char* key, const char* label) {
  Column c{key, label, ValueKind::Line};
  c.in_file = false; // the file has them as the list "diepgang"
  c.text = [](const void* r) { return static_cast<const ProtocolItem*>(r)->depth[K]; };
  c.set_text = [](void* r, std::string_view t) { static_cast<ProtocolItem*>(r)->depth[K] = std::string(t); };
  return c;
}

template <WorkKind K> constexpr bool work_of_kind(const void* r) {
  return static_cast<const WorkLine*>(r)->kind == K;
}
template <WorkKind K> constexpr Column work_size(Column c) {
  c = numbered_in_links(c);
  c.applies = work_of_kind<K>;
  return c;
}

constexpr Column year_column() {
  Column c{"jaar", "jaar", ValueKind::Number, kYear};
  c.number = [](const void* r) -> std::optional<std::int64_t> {
    return static_cast<const Programme*>(r)->year;
  };
  c.set_number = [](void* r, std::optional<std::int64_t> v) {
    static_cast<Programme*>(r)->year = static_cast<int>(v.value_or(0));
  };
  return c;
}

constexpr Column regional_hours() {
  Column c = numbered_in_links(optional_number<&RegionalItem::hours>("uren", "uren", kHours));
  c.whole_hours = true;
  return c;
}

// Energy and SPUK lines: a value the line does not have is part of its shape
// (kental × aantal, or uren, or a cost without hours), not an empty field.
constexpr Column energy_value(Column c) {
  c = numbered_in_links(c);
  c.listed_when_empty = false;
  return c;
}

constexpr Column kMetaColumns[] = {
    line<&Programme::municipality>("gemeente", "gemeente"),
    year_column(),
    line<&Programme::title>("titel", "titel"),
};

constexpr Column kSettingsColumns[] = {
    numbered_in_links(number<&Settings::productive_hours_per_fte>(
        "productieve_uren_per_fte", "Productieve uren per fte", kProductiveHours)),
    numbered_in_links(number<&Settings::odt_hourly_rate>("odt_uurtarief", "ODT-uurtarief", kRate)),
};

constexpr Column kDepartmentColumns[] = {
    line<&Department::id>("id", "id"),
    line<&Department::name>("naam", "naam"),
    label_first(
        numbered_in_links(number<&Department::available_fte>("beschikbare_fte", "Beschikbare fte", kFte))),
};

constexpr Column kWorkColumns[] = {
    line<&WorkLine::id>("id", "id"),
    assumable(line<&WorkLine::department>("afdeling", "afdeling")),
    text<&WorkLine::group>("groep", "groep", false),
    text<&WorkLine::description>("omschrijving", "omschrijving"),
    work_kind_column(),
    work_size<WorkKind::Count>(number<&WorkLine::count>("aantal", "aantal", kCount)),
    work_size<WorkKind::Count>(number<&WorkLine::hours_per_item>("kental", "kental", kHoursPerItem)),
    work_size<WorkKind::Fte>(number<&WorkLine::fte>("fte", "fte", kFte)),
    work_size<WorkKind::Hours>(number<&WorkLine::hours>("uren", "uren", kHours)),
    work_size<WorkKind::Percentage>(number<&WorkLine::percentage>("percentage", "percentage", kPercentage)),
    text<&WorkLine::note>("opmerking", "opmerking", false),
};

constexpr Column kOdtColumns[] = {
    line<&OdtLine::code>("code", "code"),
    line<&OdtLine::product>("product", "product"),
    numbered_in_links(number<&OdtLine::count>("aantal", "aantal", kCount)),
    numbered_in_links(number<&OdtLine::hours_per_item>("kental", "kental", kHoursPerItem)),
    assumable(optional_number<&OdtLine::printed_hours>("gedrukt_totaal", "gedrukt totaal", kHours)),
};

constexpr Column kHoursItemColumns[] = {
    line<&HoursItem::id>("id", "id"),
    line<&HoursItem::name>("naam", "naam"),
    text<&HoursItem::description>("omschrijving", "omschrijving", false),
    numbered_in_links(number<&HoursItem::hours>("uren", "uren", kHours)),
};

constexpr Column kRegionalColumns[] = {
    line<&RegionalItem::code>("code", "code"),
    line<&RegionalItem::name>("naam", "naam"),
    text<&RegionalItem::summary>("samenvatting", "samenvatting", false),
    regional_hours(),
    financing_column(),
    text<&RegionalItem::financing_text>("financiering_tekst", "financiering (tekst)", false),
    text<&RegionalItem::status>("status", "status", false),
};

constexpr Column kPartnerColumns[] = {
    line<&Partner::id>("id", "id"),
    line<&Partner::name>("naam", "naam"),
    label_first(numbered_in_links(number<&Partner::key>("sleutel", "Verdeelsleutel", kPercentage))),
};

constexpr Column kEnergyColumns[] = {
    line<&EnergyLine::product>("product", "product"),
    energy_value(optional_number<&EnergyLine::hours_per_item>("kental", "kental", kHoursPerItem)),
    energy_value(optional_number<&EnergyLine::count>("aantal", "aantal", kCount)),
    energy_value(optional_number<&EnergyLine::hours>("uren", "uren", kHours)),
    assumable(optional_number<&EnergyLine::printed_cost>("kosten", "kosten", kEuros)),
    energy_value(
        optional_number<&EnergyLine::cost_without_hours>("kosten_zonder_uren", "kosten zonder uren", kEuros)),
};

constexpr Column kProtocolGroupColumns[] = {
    line<&ProtocolGroup::number>("nummer", "nummer"),
    line<&ProtocolGroup::name>("naam", "naam"),
};

constexpr Column kProtocolItemColumns[] = {
    line<&ProtocolItem::number>("nummer", "nummer"),
    line<&ProtocolItem::name>("naam", "naam"),
    depth_column<0>("rk1", "diepgang RK1"),
    depth_column<1>("rk2", "diepgang RK2"),
    depth_column<2>("rk3", "diepgang RK3"),
    depth_column<3>("rk4", "diepgang RK4"),
    assumable(text<&ProtocolItem::theme>("thema", "thema")),
};

constexpr Column kGoalColumns[] = {
    line<&Goal::id>("id", "id"),
    [] {
      Column c = line<&Goal::kind>("soort", "soort");
      c.kind = ValueKind::Choice;
      c.choices = kGoalKinds;
      return c;
    }(),
    line<&Goal::title>("titel", "titel"),
    assumable(text<&Goal::aim>("hoofddoel", "hoofddoel")),
    lines<&Goal::indicators>("indicatoren", "indicatoren", false),
};

constexpr Column kActivityColumns[] = {
    text<&GoalActivity::approach>("aanpak", "aanpak", false),
    text<&GoalActivity::activity>("activiteit", "activiteit"),
    assumable(lines<&GoalActivity::departments>("afdelingen", "afdelingen", true)),
};

constexpr Column kFocusColumns[] = {
    line<&FocusPoint::title>("titel", "titel"),
    text<&FocusPoint::text>("tekst", "tekst", false),
};

constexpr Column kSourceNoteColumns[] = {
    line<&SourceNote::pointer>("pointer", "pointer"),
    text<&SourceNote::text>("tekst", "tekst"),
};

} // namespace vth::registry_columns
