/// Fee files on disk, laid out so that one period's bills and one unit's history are each a
/// handful of small files at 5,000 units × 10 years:
///
///   fees/bills/2026/11/3.yaml      the bills of period 2026-11 for building 3 (all its units)
///   fees/payments/2026/11/3.yaml   the payments received in 2026-11 from building 3's units
///   fees/dun/3-2-1102.yaml         one unit's dun log (催费记录), append-only
///   fees/notices/2026-12-25/…      rendered 催费通知书 (documents, not records)
///
/// A period for the whole estate is one folder (a file per building); one unit's history is
/// its building's files, about 25 KB a month each for a 200-unit building.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/fee.hpp"
#include "store/record_store.hpp"
#include "store/transaction.hpp"

namespace kefu {

/// One file of bills or payments: the records in it and the file as read (for change detection).
template <class T>
struct FeeFile {
  YearMonth month;
  std::string building;
  std::vector<T> records;
  Json extra = Json::object();     // unknown top-level keys, written back
  std::optional<StoredFile> file;  // unset: not on disk yet
};

using BillFile = FeeFile<Bill>;
using PaymentFile = FeeFile<Payment>;

/// Everything read for a query, plus files that could not be read.
struct FeeData {
  std::vector<Bill> bills;
  std::vector<Payment> payments;
  std::vector<DunLog> dun_logs;
  std::vector<StoreError> problems;
  /// The files read whose seal is not intact (store/seal.hpp): hand-edited, or never sealed.
  std::vector<std::pair<std::string, SealState>> unsealed;

  const DunLog* dun_log(const std::string& unit) const;
};

class FeeStore {
 public:
  explicit FeeStore(const RecordStore& store) : store_(store) {}

  std::filesystem::path bill_path(YearMonth period, const std::string& building) const;
  std::filesystem::path payment_path(YearMonth month, const std::string& building) const;
  std::filesystem::path dun_path(const std::string& unit) const;
  /// The same, relative to the data directory (the layout kefu-gen writes too).
  static std::string bill_rel(YearMonth period, const std::string& building);
  static std::string payment_rel(YearMonth month, const std::string& building);
  static std::string dun_rel(const std::string& unit);

  /// The file, or an empty one when absent. StoreError when it cannot be read.
  BillFile read_bills(YearMonth period, const std::string& building) const;
  PaymentFile read_payments(YearMonth month, const std::string& building) const;
  DunLog read_dun(const std::string& unit, std::optional<StoredFile>* as_read = nullptr) const;

  /// Adds the file to `t`, which the caller commits under its lock: a new file, or a
  /// replacement refused if the file changed since it was read.
  void write(Transaction& t, const BillFile& f) const;
  void write(Transaction& t, const PaymentFile& f) const;
  void write(Transaction& t, const DunLog& log, const std::optional<StoredFile>& as_read) const;

  /// Bills and payments of one building (empty: all), optionally only one period's bills,
  /// and the dun logs of the units read (all when `with_dun`).
  FeeData load(const std::string& building, std::optional<YearMonth> only_period = std::nullopt,
               bool with_payments = true, bool with_dun = true) const;

  /// Parsing a file read already (what the index keeps of each).
  static BillFile parse_bills(StoredFile file);
  static PaymentFile parse_payments(StoredFile file);
  static DunLog parse_dun(const StoredFile& file);
  /// The folders the index keeps: bills and payments by building, dun logs by unit.
  static IndexedFolder bill_folder();
  static IndexedFolder payment_folder();
  static IndexedFolder dun_folder();

  /// Every unit's ledger (of one building, or all) as known at `as_of`, from the ledgers the
  /// index keeps per building for the exact bill and payment files on disk. nullopt when they
  /// cannot serve (no index, a file that does not parse, a record dated after `as_of`): the
  /// caller then replays load()'s records.
  std::optional<std::map<std::string, Ledger>> ledgers(const std::string& building,
                                                       std::optional<DateTime> as_of) const;

  /// The bill files of `period` and the payment files of it and later months whose seal is not
  /// intact (hand-edited, or never sealed): what the period's collection rate rests on.
  std::vector<std::pair<std::string, SealState>> unsealed_for(YearMonth period) const;
  /// Every dun log on disk; those not sealed intact go to `unsealed` when given.
  std::vector<DunLog> dun_logs(
      std::vector<StoreError>& problems,
      std::vector<std::pair<std::string, SealState>>* unsealed = nullptr) const;

  /// JF-2026-11-0001: the next free payment number of the month (caller holds the lock).
  std::string next_payment_id(YearMonth month) const;

  const RecordStore& records() const { return store_; }

 private:
  const RecordStore& store_;
};

Json bill_to_json(const Bill& b);
Json payment_to_json(const Payment& p);
Json dun_entry_to_json(const DunEntry& e);

/// The text of a bills or payments file, exactly as FeeStore::write writes it.
std::string bill_file_yaml(const BillFile& f);
std::string payment_file_yaml(const PaymentFile& f);
/// The text of a unit's dun log, exactly as FeeStore::write writes it.
std::string dun_file_yaml(const DunLog& log);

/// "3-2-1102" → its building as the units/ files say, else the part before the first '-'.
std::string building_of(const DataDir& dir, const std::string& unit);

}  // namespace kefu
