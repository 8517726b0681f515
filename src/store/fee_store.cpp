/// Bills, payments and dun logs as YAML files.
#include "store/fee_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/money.hpp"
#include "store/codec.hpp"
#include "store/index.hpp"
#include "store/members_io.hpp"
#include "store/memo.hpp"

namespace kefu {
namespace fs = std::filesystem;
namespace {

std::string ym_path(YearMonth m) {
  return fmt::format("{:04}/{:02}", m.year, m.month);
}

YearMonth month_field(const YamlReader& r, const char* key) {
  auto s = r.str(key);
  auto m = parse_month(s);
  if (!m) r.fail(r.node(key), std::string(key) + " 应为月份，如 2026-11，而不是「" + s + "」");
  return *m;
}

template <class T, class F>
FeeFile<T> parse_fee_file(StoredFile file, const char* month_key, const char* list_key,
                          F parse_one) {
  FeeFile<T> out;
  auto doc = parse_yaml(file.name, file.bytes);
  if (doc.root.IsDefined() && !doc.root.IsNull()) {
    YamlReader r(file.name, doc.root);
    out.month = month_field(r, month_key);
    out.building = r.str_or("building");
    if (r.has(list_key)) {
      auto list = r.node(list_key);
      if (!list.IsSequence()) r.fail(list, std::string(list_key) + " 应为列表");
      for (const auto& item : list) out.records.push_back(parse_one(r.sub(item), out.month));
    }
    out.extra = r.unknown_keys({month_key, "building", list_key});
  }
  out.file = std::move(file);
  return out;
}

/// fees/bills/2026/11/3.yaml → 2026-11.
std::optional<YearMonth> folder_month(const fs::path& path) {
  auto mdir = path.parent_path();
  return parse_month(mdir.parent_path().filename().string() + "-" + mdir.filename().string());
}

Bill parse_bill(const YamlReader& r, YearMonth period) {
  Bill b = read_record<Bill>(r);
  b.period = period;
  return b;
}

Payment parse_payment(const YamlReader& r) {
  return read_record<Payment>(r);
}

/// A fee file's building is its file's name: kefu writes it back there.
template <class T>
void check_building(FeeFile<T>& f) {
  auto stem = f.file->path.stem().string();
  if (f.building.empty()) f.building = stem;
  if (f.building != stem)
    throw StoreError(f.file->name, 1, 1,
                     "文件中的 building「" + f.building + "」与文件名不符，应为 " + stem);
}

template <class T, class F>
std::string fee_file_yaml(const FeeFile<T>& f, const char* month_key, const char* list_key,
                          F to_json) {
  Json j = Json{{month_key, f.month.str()}, {"building", f.building}};
  Json list = Json::array();
  for (const auto& r : f.records) list.push_back(to_json(r));
  j[list_key] = list;
  for (const auto& [k, v] : f.extra.items()) j[k] = v;
  return emit_yaml(j);
}

void write_fee(Transaction& t, const RecordStore& store, const fs::path& path,
               const std::optional<StoredFile>& as_read, const std::string& content) {
  if (as_read)
    t.replace(as_read->name, as_read->bytes, content);
  else
    t.create(store.dir().rel(path), content);
}

/// fees/<kind>/yyyy/mm folders, each with its month, and what could not be listed.
std::vector<std::pair<YearMonth, std::string>> fee_months(const StoreFiles& files,
                                                          const std::string& kind,
                                                          std::vector<StoreError>& problems) {
  std::vector<std::pair<YearMonth, std::string>> out;
  auto top = "fees/" + kind;
  auto years = files.list(top);
  for (auto& p : years.problems) problems.push_back(std::move(p));
  for (const auto& y : years.dirs) {
    auto months = files.list(top + "/" + y);
    for (auto& p : months.problems) problems.push_back(std::move(p));
    for (const auto& m : months.dirs)
      if (auto ym = parse_month(y + "-" + m); ym && m.size() == 2)
        out.emplace_back(*ym, top + "/" + y + "/" + m);
  }
  return out;
}

}  // namespace

const DunLog* FeeData::dun_log(const std::string& unit) const {
  for (const auto& l : dun_logs)
    if (l.unit == unit) return &l;
  return nullptr;
}

void check_read(const YamlReader& r, BillItem& i) {
  if (!r.has("name")) i.name = i.item;
}

void check_read(const YamlReader& r, Payment& p) {
  if (p.amount == 0 || (p.amount < 0 && !deposit_movement(p)))
    r.fail(r.node("amount"),
           deposit_movement(p) ? "押金金额不应为零（退还押金为负数）" : "缴费金额应大于零");
  if (p.method == PayMethod::deposit && p.deposit.empty())
    r.fail(r.node("method"), "押金抵扣（deposit）的缴费应以 deposit 写明装修编号");
}

void check_read(const YamlReader& r, DunEntry& e) {
  if (e.level < 1) r.fail(r.map(), "level 应为正整数");
}

Json bill_to_json(const Bill& b) {
  return members_json(b);
}

Json payment_to_json(const Payment& p) {
  return members_json(p);
}

Json dun_entry_to_json(const DunEntry& e) {
  return members_json(e);
}

std::string FeeStore::bill_rel(YearMonth period, const std::string& building) {
  return "fees/bills/" + ym_path(period) + "/" + building + ".yaml";
}

std::string FeeStore::payment_rel(YearMonth month, const std::string& building) {
  return "fees/payments/" + ym_path(month) + "/" + building + ".yaml";
}

std::string FeeStore::dun_rel(const std::string& unit) {
  return "fees/dun/" + unit + ".yaml";
}

fs::path FeeStore::bill_path(YearMonth period, const std::string& building) const {
  return store_.dir().root() / bill_rel(period, building);
}

fs::path FeeStore::payment_path(YearMonth month, const std::string& building) const {
  return store_.dir().root() / payment_rel(month, building);
}

fs::path FeeStore::dun_path(const std::string& unit) const {
  return store_.dir().root() / dun_rel(unit);
}

BillFile FeeStore::read_bills(YearMonth period, const std::string& building) const {
  auto file = store_.read_if_exists(bill_path(period, building), kBulkLimit);
  BillFile f = file ? parse_bills(std::move(*file)) : BillFile{};
  f.month = period;
  if (f.building.empty()) f.building = building;
  return f;
}

PaymentFile FeeStore::read_payments(YearMonth month, const std::string& building) const {
  auto file = store_.read_if_exists(payment_path(month, building), kBulkLimit);
  PaymentFile f = file ? parse_payments(std::move(*file)) : PaymentFile{};
  f.month = month;
  if (f.building.empty()) f.building = building;
  return f;
}

BillFile FeeStore::parse_bills(StoredFile file) {
  auto period = folder_month(file.path).value_or(YearMonth{});
  // Each bill's period is its file's: the one in the file, checked against the folder.
  BillFile f =
      parse_fee_file<Bill>(std::move(file), "period", "bills",
                           [](const YamlReader& r, YearMonth m) { return parse_bill(r, m); });
  if (f.month != period)
    throw StoreError(f.file->name, 1, 1, "文件中的 period 与其所在文件夹的月份不符");
  check_building(f);
  return f;
}

PaymentFile FeeStore::parse_payments(StoredFile file) {
  PaymentFile f =
      parse_fee_file<Payment>(std::move(file), "month", "payments",
                              [](const YamlReader& r, YearMonth) { return parse_payment(r); });
  if (auto m = folder_month(f.file->path)) f.month = *m;
  check_building(f);
  return f;
}

DunLog FeeStore::read_dun(const std::string& unit, std::optional<StoredFile>* as_read) const {
  auto file = store_.read_if_exists(dun_path(unit));
  if (!file) return DunLog{unit, {}, {}};
  auto log = parse_dun(*file);
  if (as_read) *as_read = std::move(*file);
  return log;
}

DunLog FeeStore::parse_dun(const StoredFile& file) {
  DunLog log;
  log.unit = file.path.stem().string();
  auto unit = log.unit;
  auto doc = parse_yaml(file.name, file.bytes);
  if (doc.root.IsDefined() && !doc.root.IsNull()) {
    YamlReader r(file.name, doc.root);
    read_members(r, log);
    if (!r.has("unit")) log.unit = unit;
    if (log.unit != unit)
      r.fail(r.node("unit"), "文件中的户号「" + log.unit + "」与文件名不符，应为 " + unit);
    auto extra = r.unknown_keys({"unit", "entries"});
    if (!extra.empty()) log.extra = extra.dump();
  }
  return log;
}

std::string bill_file_yaml(const BillFile& f) {
  return fee_file_yaml(f, "period", "bills", bill_to_json);
}

std::string payment_file_yaml(const PaymentFile& f) {
  return fee_file_yaml(f, "month", "payments", payment_to_json);
}

std::string dun_file_yaml(const DunLog& log) {
  Json j = members_json(log);
  if (!log.extra.empty()) {
    const Json extra = Json::parse(log.extra);
    for (auto it = extra.begin(); it != extra.end(); ++it) j[it.key()] = it.value();
  }
  return emit_yaml(j);
}

void FeeStore::write(Transaction& t, const BillFile& f) const {
  write_fee(t, store_, bill_path(f.month, f.building), f.file, bill_file_yaml(f));
}

void FeeStore::write(Transaction& t, const PaymentFile& f) const {
  write_fee(t, store_, payment_path(f.month, f.building), f.file, payment_file_yaml(f));
}

void FeeStore::write(Transaction& t, const DunLog& log,
                     const std::optional<StoredFile>& as_read) const {
  write_fee(t, store_, dun_path(log.unit), as_read, dun_file_yaml(log));
}

IndexedFolder FeeStore::bill_folder() {
  return {"fees/bills", true,
          [](const StoredFile& file) {
            auto f = parse_bills(file);
            return IndexEntry{f.building, false, encode(f.records), ""};
          },
          kBulkLimit};
}

IndexedFolder FeeStore::payment_folder() {
  return {"fees/payments", true,
          [](const StoredFile& file) {
            auto f = parse_payments(file);
            return IndexEntry{f.building, false, encode(f.records), ""};
          },
          kBulkLimit};
}

IndexedFolder FeeStore::dun_folder() {
  return {"fees/dun", false, [](const StoredFile& file) {
            auto log = parse_dun(file);
            return IndexEntry{log.unit, false, encode(log), ""};
          }};
}

namespace {

/// The decoded bodies of an index answer; problems go to `problems`.
template <class T>
std::optional<std::vector<T>> decoded(
    const std::optional<std::vector<IndexRow>>& rows, std::vector<StoreError>& problems,
    std::vector<std::pair<std::string, SealState>>* unsealed = nullptr) {
  if (!rows) return std::nullopt;
  std::vector<T> out;
  try {
    for (const auto& row : *rows) {
      if (row.problem) {
        problems.push_back(*row.problem);
        continue;
      }
      out.push_back(decode<T>(row.body));
      if (unsealed && row.seal != SealState::intact) unsealed->emplace_back(row.name, row.seal);
    }
  } catch (const CodecError&) {
    return std::nullopt;
  }
  return out;
}

}  // namespace

namespace {

/// A building's ledgers replayed with everything known, and the latest moment any of its bills
/// or payments carries: the ledgers as of any moment from then on are the same.
struct BuildingLedgers {
  DateTime latest{};
  std::vector<Ledger> ledgers;
};

template <class V>
void members(V& v, BuildingLedgers& x) {
  v("latest", x.latest), v("ledgers", x.ledgers);
}

BuildingLedgers replay(const FeeData& data) {
  BuildingLedgers out;
  std::map<std::string, std::vector<Bill>> bills;
  std::map<std::string, std::vector<Payment>> payments;
  for (const auto& b : data.bills) {
    bills[b.unit].push_back(b);
    for (const auto& i : b.items) out.latest = std::max(out.latest, i.at);
  }
  for (const auto& p : data.payments) {
    payments[p.unit].push_back(p);
    out.latest = std::max(out.latest, p.at);
  }
  std::set<std::string> units;
  for (const auto& [u, _] : bills) units.insert(u);
  for (const auto& [u, _] : payments) units.insert(u);
  for (const auto& u : units) out.ledgers.push_back(compute_ledger(u, bills[u], payments[u]));
  return out;
}

}  // namespace

std::optional<std::map<std::string, Ledger>> FeeStore::ledgers(
    const std::string& building, std::optional<DateTime> as_of) const {
  auto* index = store_.index();
  if (!index) return std::nullopt;
  IndexScope scope;
  scope.unit = building;
  auto bill_stamps = index->stamps(bill_folder(), scope);
  auto payment_stamps = index->stamps(payment_folder(), scope);
  if (!bill_stamps || !payment_stamps) return std::nullopt;
  std::set<std::string> buildings;
  for (const auto& [b, _] : *bill_stamps) buildings.insert(b);
  for (const auto& [b, _] : *payment_stamps) buildings.insert(b);
  std::map<std::string, Ledger> out;
  for (const auto& b : buildings) {
    auto stamp = fmt::format("{:016x}{:016x}", (*bill_stamps)[b], (*payment_stamps)[b]);
    // Replayed with everything known, the ledgers are the same at any time: `as_of` is
    // judged below, with the latest moment they carry.
    auto got = remember<BuildingLedgers>(store_.memo(), "ledgers " + b, stamp, DateTime{}, nullptr,
                                         [&](Validity&) -> std::optional<BuildingLedgers> {
                                           auto data = load(b, std::nullopt, true, false);
                                           if (!data.problems.empty()) return std::nullopt;
                                           return replay(data);
                                         });
    if (!got) return std::nullopt;
    if (as_of && got->latest > *as_of) return std::nullopt;  // replay as of then instead
    for (auto& L : got->ledgers) {
      auto unit = L.unit;
      // A unit billed in one building's files and paying in another's: replay them together.
      if (!out.emplace(unit, std::move(L)).second) return std::nullopt;
    }
  }
  return out;
}

FeeData FeeStore::load(const std::string& building, std::optional<YearMonth> only_period,
                       bool with_payments, bool with_dun) const {
  if (auto* index = store_.index()) {
    FeeData out;
    IndexScope bills_scope;
    bills_scope.unit = building;
    if (only_period) bills_scope.from = bills_scope.to = only_period;
    auto bills = decoded<std::vector<Bill>>(index->select(bill_folder(), bills_scope), out.problems,
                                            &out.unsealed);
    std::optional<std::vector<std::vector<Payment>>> payments;
    if (with_payments) {
      IndexScope all;
      all.unit = building;
      payments = decoded<std::vector<Payment>>(index->select(payment_folder(), all), out.problems,
                                               &out.unsealed);
    }
    if (bills && (!with_payments || payments)) {
      for (auto& file : *bills)
        for (auto& b : file) out.bills.push_back(std::move(b));
      if (payments)
        for (auto& file : *payments)
          for (auto& p : file) out.payments.push_back(std::move(p));
      if (with_dun)
        for (auto& l : dun_logs(out.problems, &out.unsealed))
          if (building.empty() || building_of(store_.dir(), l.unit) == building)
            out.dun_logs.push_back(std::move(l));
      return out;
    }
  }
  FeeData out;
  const auto& files = store_.dir().files();
  auto each_month = [&](const char* kind, auto fn) {
    for (const auto& [m, rel] : fee_months(files, kind, out.problems)) {
      auto listing = files.list(rel);
      for (auto& p : listing.problems) out.problems.push_back(std::move(p));
      for (const auto& name : listing.files) {
        auto b = name.substr(0, name.size() - 5);
        if (!building.empty() && b != building) continue;
        try {
          fn(m, b);
        } catch (const StoreError& e) {
          out.problems.push_back(e);
        }
      }
    }
  };
  auto note_seal = [&](const auto& f) {
    if (f.file && f.file->seal != SealState::intact)
      out.unsealed.emplace_back(f.file->name, f.file->seal);
  };
  each_month("bills", [&](YearMonth m, const std::string& b) {
    if (only_period && m != *only_period) return;
    auto f = read_bills(m, b);
    note_seal(f);
    for (auto& bill : f.records) out.bills.push_back(std::move(bill));
  });
  if (with_payments)
    each_month("payments", [&](YearMonth m, const std::string& b) {
      auto f = read_payments(m, b);
      note_seal(f);
      for (auto& p : f.records) out.payments.push_back(std::move(p));
    });
  if (with_dun) {
    auto logs = dun_logs(out.problems, &out.unsealed);
    for (auto& l : logs)
      if (building.empty() || building_of(store_.dir(), l.unit) == building)
        out.dun_logs.push_back(std::move(l));
  }
  return out;
}

std::vector<DunLog> FeeStore::dun_logs(
    std::vector<StoreError>& problems,
    std::vector<std::pair<std::string, SealState>>* unsealed) const {
  if (auto* index = store_.index()) {
    std::vector<StoreError> found;
    if (auto logs = decoded<DunLog>(index->select(dun_folder(), {}), found, unsealed)) {
      problems.insert(problems.end(), found.begin(), found.end());
      return *logs;
    }
  }
  std::vector<DunLog> out;
  auto listing = store_.dir().files().list("fees/dun");
  for (auto& p : listing.problems) problems.push_back(std::move(p));
  for (const auto& name : listing.files) {
    try {
      std::optional<StoredFile> file;
      out.push_back(read_dun(name.substr(0, name.size() - 5), &file));
      if (unsealed && file && file->seal != SealState::intact)
        unsealed->emplace_back(file->name, file->seal);
    } catch (const StoreError& e) {
      problems.push_back(e);
    }
  }
  return out;
}

std::vector<std::pair<std::string, SealState>> FeeStore::unsealed_for(YearMonth period) const {
  if (auto* index = store_.index()) {
    IndexScope bills;
    bills.from = bills.to = period;
    IndexScope payments;
    payments.from = period;
    auto a = index->unsealed(bill_folder(), bills);
    auto b = index->unsealed(payment_folder(), payments);
    if (a && b) {
      a->insert(a->end(), b->begin(), b->end());
      return *a;
    }
  }
  auto data = load("", period, true, false);
  std::vector<std::pair<std::string, SealState>> out;
  for (auto& [name, seal] : data.unsealed) {
    auto m = folder_month(store_.dir().root() / name);
    if (!m || *m < period) continue;
    if (name.starts_with("fees/bills/") && *m != period) continue;
    out.emplace_back(name, seal);
  }
  return out;
}

std::string FeeStore::next_payment_id(YearMonth month) const {
  int highest = 0;
  auto prefix = "JF-" + month.str() + "-";
  auto listing = store_.dir().files().list("fees/payments/" + ym_path(month));
  if (!listing.problems.empty()) throw listing.problems.front();  // never number past it
  for (const auto& name : listing.files) {
    auto f = read_payments(month, name.substr(0, name.size() - 5));
    for (const auto& p : f.records)
      if (p.id.starts_with(prefix))
        highest = std::max(highest, std::atoi(p.id.c_str() + prefix.size()));
  }
  return fmt::format("{}{:04}", prefix, highest + 1);
}

std::string building_of(const DataDir& dir, const std::string& unit) {
  if (auto u = dir.find_unit(unit); u && !u->building.empty()) return u->building;
  return unit.substr(0, unit.find('-'));
}

}  // namespace kefu
