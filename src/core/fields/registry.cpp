// The tables and columns of a programme (registry.hpp). Adding a field to a
// programme is one line in a column list of registry_columns.hpp (and the member in
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

#include "registry_columns.hpp"
#include "specs.hpp"

#include <array>

namespace vth {
namespace {

using namespace specs;
using namespace registry_columns;

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
