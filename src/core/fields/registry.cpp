// The tables and columns of a programme (registry.hpp). Adding a field to a
// programme is one line in a column list here (and the member in
// core/model/programme.hpp); the reader, the writer, labels, scenarios and
// share links take it from here. docs/architecture.md shows an example.
//
// Two rules keep links and scenario files of earlier versions meaning what
// they meant: a new column goes at the end of its table's list (links address
// a column by its place), and only the columns of version 1 are
// numbered_in_links() (links number values by those fields).
//
// Everything here is constexpr: the tables are data in the binary, made by the
// compiler, not code run at start-up (3,7 KB less to download, and nothing to
// build before the first frame).

#include "registry.hpp"

#include "specs.hpp"

#include <array>

namespace vth {
namespace {

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

// ---- Tables from their rows ----------------------------------------------------

const Provenance kNoProvenance{};

// A table's names; its rows and columns are set by the functions below.
constexpr TableDef def(TableId id, const char* key, const char* path, const char* name, const char* noun) {
  TableDef t{};
  t.id = id;
  t.key = key;
  t.path = path;
  t.name = name;
  t.noun = noun;
  return t;
}

// Common to every table whose rows have an id and provenance.
template <class Row> constexpr void row_basics(TableDef& t) {
  t.row_id = [](const void* r) { return static_cast<const Row*>(r)->row_id; };
  t.set_id = [](void* r, RowId id) { static_cast<Row*>(r)->row_id = id; };
  t.source = [](const void* r) -> const Provenance& { return static_cast<const Row*>(r)->source; };
  t.edit_source = [](void* r) -> Provenance& { return static_cast<Row*>(r)->source; };
}

// A table of rows directly in the programme; `Get` gives its Rows.
template <class Row, class Get> struct Flat {
  static constexpr TableDef make(TableDef t) {
    row_basics<Row>(t);
    t.parent_count = [](const Programme&) -> std::size_t { return 1; };
    t.count = [](const Programme& p, std::size_t) { return Get::rows(p).size(); };
    t.row = [](const Programme& p, RowPos at) -> const void* { return &Get::rows(p)[at.index]; };
    t.edit = [](Programme& p, RowPos at) -> void* { return &Get::rows(p).edit(at.index); };
    t.insert_empty = [](Programme& p, std::size_t, std::size_t at, RowId first, std::size_t n) {
      std::vector<Row> made(n);
      for (std::size_t i = 0; i < n; ++i) made[i].row_id = first + static_cast<RowId>(i);
      Get::rows(p).insert(at, std::move(made));
    };
    t.erase = [](Programme& p, RowPos at) { Get::rows(p).erase(at.index); };
    t.move = [](Programme& p, RowPos from, RowPos to) { Get::rows(p).move(from.index, to.index); };
    t.copy_values = [](Programme& p, RowPos from, RowPos to) {
      Row copy = Get::rows(p)[from.index];
      copy.row_id = Get::rows(p)[to.index].row_id;
      Get::rows(p).edit(to.index) = std::move(copy);
    };
    return t;
  }
};

// A table whose rows live in the rows of a parent table; `Get` gives the
// parents' Rows and, of one parent, its children's.
template <class Row, class Get> struct Nested {
  static constexpr TableDef make(TableDef t) {
    row_basics<Row>(t);
    t.parent_count = [](const Programme& p) { return Get::parents(p).size(); };
    t.count = [](const Programme& p, std::size_t g) { return Get::children(Get::parents(p)[g]).size(); };
    t.row = [](const Programme& p, RowPos at) -> const void* {
      return &Get::children(Get::parents(p)[at.parent])[at.index];
    };
    t.edit = [](Programme& p, RowPos at) -> void* {
      return &Get::children(Get::parents(p).edit(at.parent)).edit(at.index);
    };
    t.insert_empty = [](Programme& p, std::size_t g, std::size_t at, RowId first, std::size_t n) {
      std::vector<Row> made(n);
      for (std::size_t i = 0; i < n; ++i) made[i].row_id = first + static_cast<RowId>(i);
      Get::children(Get::parents(p).edit(g)).insert(at, std::move(made));
    };
    t.erase = [](Programme& p, RowPos at) { Get::children(Get::parents(p).edit(at.parent)).erase(at.index); };
    t.move = [](Programme& p, RowPos from, RowPos to) {
      auto& parents = Get::parents(p);
      Row row = Get::children(parents[from.parent])[from.index];
      Get::children(parents.edit(from.parent)).erase(from.index);
      Get::children(parents.edit(to.parent)).insert(to.index, std::move(row));
    };
    t.copy_values = [](Programme& p, RowPos from, RowPos to) {
      auto& parents = Get::parents(p);
      Row copy = Get::children(parents[from.parent])[from.index];
      copy.row_id = Get::children(parents[to.parent])[to.index].row_id;
      Get::children(parents.edit(to.parent)).edit(to.index) = std::move(copy);
    };
    return t;
  }
};

// A table of one row, without an id.
template <class Row, class Get> constexpr TableDef single(TableDef t) {
  t.single = true;
  t.parent_count = [](const Programme&) -> std::size_t { return 1; };
  t.count = [](const Programme&, std::size_t) -> std::size_t { return 1; };
  t.row = [](const Programme& p, RowPos) -> const void* { return &Get::row(p); };
  t.edit = [](Programme& p, RowPos) -> void* { return &Get::row(p); };
  t.row_id = [](const void*) -> RowId { return 0; };
  t.set_id = [](void*, RowId) {};
  t.source = [](const void* r) -> const Provenance& { return Get::source(*static_cast<const Row*>(r)); };
  if constexpr (Get::kHasSource)
    t.edit_source = [](void* r) -> Provenance& { return Get::source(*static_cast<Row*>(r)); };
  return t;
}

template <class T, std::size_t N> constexpr std::span<const Column> cols(const T (&c)[N]) { return {c, N}; }

#define VTH_ROWS(Name, expr)                                                                                 \
  struct Name {                                                                                              \
    static const auto& rows(const Programme& p) { return p.expr; }                                           \
    static auto& rows(Programme& p) { return p.expr; }                                                       \
  }
VTH_ROWS(DepartmentRows, departments);
VTH_ROWS(WorkRows, work);
VTH_ROWS(PermitRows, odt.parts[0]);
VTH_ROWS(SupervisionRows, odt.parts[1]);
VTH_ROWS(EnforcementRows, odt.parts[2]);
VTH_ROWS(AdviceRows, odt.parts[3]);
VTH_ROWS(LocalProjectRows, odt.local_projects);
VTH_ROWS(WorkStockRows, odt.work_stock);
VTH_ROWS(ProjectRows, regional.projects);
VTH_ROWS(ServiceRows, regional.services);
VTH_ROWS(PartnerRows, regional.partners);
VTH_ROWS(EnergyRows, energy.lines);
VTH_ROWS(SpukRows, spuk.lines);
VTH_ROWS(ProtocolGroupRows, protocol.groups);
VTH_ROWS(GoalRows, goals);
VTH_ROWS(FocusRows, vrt_focus);
VTH_ROWS(SourceNoteRows, source_notes);
#undef VTH_ROWS

struct ProtocolItemRows {
  static const auto& parents(const Programme& p) { return p.protocol.groups; }
  static auto& parents(Programme& p) { return p.protocol.groups; }
  static const auto& children(const ProtocolGroup& g) { return g.items; }
  static auto& children(ProtocolGroup& g) { return g.items; }
};
struct ActivityRows {
  static const auto& parents(const Programme& p) { return p.goals; }
  static auto& parents(Programme& p) { return p.goals; }
  static const auto& children(const Goal& g) { return g.activities; }
  static auto& children(Goal& g) { return g.activities; }
};
struct MetaRow {
  static const Programme& row(const Programme& p) { return p; }
  static Programme& row(Programme& p) { return p; }
  static const Provenance& source(const Programme&) { return kNoProvenance; }
  static constexpr bool kHasSource = false; // the programme's own name, year and title
};
struct SettingsRow {
  static const Settings& row(const Programme& p) { return p.settings; }
  static Settings& row(Programme& p) { return p.settings; }
  static const Provenance& source(const Settings& s) { return s.source; }
  static Provenance& source(Settings& s) { return s.source; }
  static constexpr bool kHasSource = true;
};

template <class Row> std::string name_of(const void* r) { return static_cast<const Row*>(r)->name; }
std::string code_and(const std::string& code, const std::string& name) {
  return code.empty() ? name : name.empty() ? code : code + " " + name;
}

constexpr TableDef odt_part_table(TableId id, const char* key, const char* path, const char* name) {
  TableDef t = def(id, key, path, name, "regel");
  t.columns = cols(kOdtColumns);
  t.row_name = [](const void* r) {
    const auto* l = static_cast<const OdtLine*>(r);
    return code_and(l->code, l->product);
  };
  return t;
}

constexpr TableDef regional_table(TableId id, const char* key, const char* path, const char* name,
                                  const char* noun) {
  TableDef t = def(id, key, path, name, noun);
  t.columns = cols(kRegionalColumns);
  t.row_name = [](const void* r) {
    const auto* it = static_cast<const RegionalItem*>(r);
    return code_and(it->code, it->name);
  };
  return t;
}

// An energy or SPUK line: kental × aantal, or hours given directly, or a cost without hours.
TableDef::RowProblem energy_shape(const void* r) {
  const auto* l = static_cast<const EnergyLine*>(r);
  if (l->hours_per_item.has_value() != l->count.has_value())
    return {l->count ? "kental" : "aantal", "kental en aantal horen samen: geef beide of geen van beide"};
  if (!l->hours && !l->count && !l->cost_without_hours)
    return {"uren", "geef uren, kental en aantal, of kosten_zonder_uren"};
  return {};
}

constexpr std::array<TableDef, kTableCount> make_tables() {
  std::array<TableDef, kTableCount> all{};
  auto put = [&](TableDef t) { all[static_cast<std::size_t>(t.id)] = t; };

  TableDef meta = def(TableId::Meta, "", "", "Programma", "programma");
  meta.columns = cols(kMetaColumns);
  meta.row_name = [](const void*) { return std::string(); };
  put(single<Programme, MetaRow>(meta));

  TableDef settings = def(TableId::Settings, "instellingen", "/instellingen", "Instellingen", "instelling");
  settings.columns = cols(kSettingsColumns);
  settings.row_name = [](const void*) { return std::string(); };
  put(single<Settings, SettingsRow>(settings));

  TableDef departments = def(TableId::Departments, "afdelingen", "/afdelingen", "Afdelingen", "afdeling");
  departments.columns = cols(kDepartmentColumns);
  departments.row_name = name_of<Department>;
  put(Flat<Department, DepartmentRows>::make(departments));

  TableDef work = def(TableId::Work, "werk", "/werk", "Werk van de gemeente", "werkregel");
  work.columns = cols(kWorkColumns);
  work.row_name = [](const void* r) { return static_cast<const WorkLine*>(r)->description; };
  work.kind_of = [](const void* r) {
    return std::string(work_kind_key(static_cast<const WorkLine*>(r)->kind));
  };
  put(Flat<WorkLine, WorkRows>::make(work));

  put(Flat<OdtLine, PermitRows>::make(
      odt_part_table(TableId::OdtPermits, "vergunningen", "/odt/vergunningen", "ODT: vergunningen")));
  put(Flat<OdtLine, SupervisionRows>::make(
      odt_part_table(TableId::OdtSupervision, "toezicht", "/odt/toezicht", "ODT: toezicht")));
  put(Flat<OdtLine, EnforcementRows>::make(
      odt_part_table(TableId::OdtEnforcement, "handhaving", "/odt/handhaving", "ODT: handhaving")));
  put(Flat<OdtLine, AdviceRows>::make(
      odt_part_table(TableId::OdtAdvice, "advies", "/odt/advies", "ODT: advies")));

  TableDef local = def(TableId::LocalProjects, "lokale_projecten", "/odt/lokale_projecten",
                       "Lokale projecten", "lokaal project");
  local.columns = cols(kHoursItemColumns);
  local.row_name = [](const void* r) { return "Lokaal project " + static_cast<const HoursItem*>(r)->name; };
  put(Flat<HoursItem, LocalProjectRows>::make(local));

  TableDef stock =
      def(TableId::WorkStock, "werkvoorraad", "/odt/werkvoorraad", "Werkvoorraad", "werkvoorraad");
  stock.columns = cols(kHoursItemColumns);
  stock.row_name = [](const void* r) { return "Werkvoorraad " + static_cast<const HoursItem*>(r)->name; };
  put(Flat<HoursItem, WorkStockRows>::make(stock));

  put(Flat<RegionalItem, ProjectRows>::make(regional_table(TableId::RegionalProjects, "projecten",
                                                           "/regionaal/projecten", "Regionale projecten",
                                                           "regionaal project")));
  put(Flat<RegionalItem, ServiceRows>::make(regional_table(TableId::RegionalServices, "diensten",
                                                           "/regionaal/diensten", "Regionale diensten",
                                                           "regionale dienst")));

  TableDef partners = def(TableId::Partners, "partners", "/regionaal/partners", "Partners", "partner");
  partners.columns = cols(kPartnerColumns);
  partners.row_name = name_of<Partner>;
  put(Flat<Partner, PartnerRows>::make(partners));

  TableDef energy = def(TableId::Energy, "regels", "/energie/regels", "Energie", "regel");
  energy.columns = cols(kEnergyColumns);
  energy.row_problem = energy_shape;
  energy.row_name = [](const void* r) { return "Energie: " + static_cast<const EnergyLine*>(r)->product; };
  put(Flat<EnergyLine, EnergyRows>::make(energy));

  TableDef spuk = def(TableId::Spuk, "regels", "/spuk_the/regels", "SPUK THE", "regel");
  spuk.columns = cols(kEnergyColumns);
  spuk.row_problem = energy_shape;
  spuk.row_name = [](const void* r) { return "SPUK THE: " + static_cast<const EnergyLine*>(r)->product; };
  put(Flat<EnergyLine, SpukRows>::make(spuk));

  TableDef groups = def(TableId::ProtocolGroups, "onderdelen", "/toezichtprotocol/onderdelen",
                        "Toezichtprotocol", "onderdeel");
  groups.columns = cols(kProtocolGroupColumns);
  groups.row_name = [](const void* r) {
    const auto* g = static_cast<const ProtocolGroup*>(r);
    return code_and(g->number, g->name);
  };
  put(Flat<ProtocolGroup, ProtocolGroupRows>::make(groups));

  TableDef items =
      def(TableId::ProtocolItems, "items", "/toezichtprotocol/onderdelen", "Toezichtprotocol: items", "item");
  items.parent = TableId::ProtocolGroups;
  items.columns = cols(kProtocolItemColumns);
  items.row_name = [](const void* r) {
    const auto* it = static_cast<const ProtocolItem*>(r);
    return code_and(it->number, it->name);
  };
  put(Nested<ProtocolItem, ProtocolItemRows>::make(items));

  TableDef goals = def(TableId::Goals, "lijst", "/doelen/lijst", "Doelen", "doel");
  goals.columns = cols(kGoalColumns);
  goals.row_name = [](const void* r) { return static_cast<const Goal*>(r)->title; };
  put(Flat<Goal, GoalRows>::make(goals));

  TableDef activities =
      def(TableId::Activities, "activiteiten", "/doelen/lijst", "Doelen: activiteiten", "activiteit");
  activities.parent = TableId::Goals;
  activities.columns = cols(kActivityColumns);
  activities.row_name = [](const void* r) { return static_cast<const GoalActivity*>(r)->activity; };
  put(Nested<GoalActivity, ActivityRows>::make(activities));

  TableDef focus =
      def(TableId::VrtFocus, "vrt_focuspunten", "/vrt_focuspunten", "VRT-focuspunten", "focuspunt");
  focus.columns = cols(kFocusColumns);
  focus.row_name = [](const void* r) { return static_cast<const FocusPoint*>(r)->title; };
  put(Flat<FocusPoint, FocusRows>::make(focus));

  TableDef notes =
      def(TableId::SourceNotes, "bronopmerkingen", "/bronopmerkingen", "Bronopmerkingen", "opmerking");
  notes.columns = cols(kSourceNoteColumns);
  notes.row_name = [](const void* r) { return static_cast<const SourceNote*>(r)->text; };
  put(Flat<SourceNote, SourceNoteRows>::make(notes));
  return all;
}

} // namespace

std::span<const TableDef> tables() {
  static constexpr std::array<TableDef, kTableCount> all = make_tables();
  return all;
}

const TableDef& table(TableId id) { return tables()[static_cast<std::size_t>(id)]; }

TableId odt_table(OdtPart part) {
  return static_cast<TableId>(static_cast<int>(TableId::OdtPermits) + static_cast<int>(part));
}

std::string table_name(TableId id) {
  const TableDef& t = table(id);
  if (t.id == TableId::Meta) return "programma";
  std::string name = std::string(t.path).substr(1);
  if (t.parent) name += std::string("/") + t.key;
  return name;
}

std::optional<TableId> table_by_name(std::string_view name) {
  for (const TableDef& t : tables())
    if (table_name(t.id) == name) return t.id;
  return std::nullopt;
}

const Column& column(const FieldRef& field) { return table(field.table).columns[field.column]; }

FieldRef field_of(TableId t, RowId row, std::string_view key) {
  return {t, row, column_index(table(t), key).value_or(0)};
}

std::optional<ColumnIndex> column_index(const TableDef& t, std::string_view key) {
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    if (key == t.columns[i].key) return static_cast<ColumnIndex>(i);
  return std::nullopt;
}

} // namespace vth
