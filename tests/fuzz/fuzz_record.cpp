/// libFuzzer target: every kind of record file the store reads must write back to a text that
/// reads back the same.
///
/// The first byte of the input picks the kind of file (its value modulo 8, so the digits '0'…'7'
/// in a seed file): 0 complaint, 1 repair, 2 call/visit, 3 key loan, 4 key, 5 bills, 6 payments,
/// 7 dun log; the digit '8' alone, a special service; '9' alone, a survey round; 'M' a move, 'Z' a
/// renovation, 'X' a patrol, 'L' lost property, 'D' a shift's duty record, 'V' a visitor, 'J' an
/// item lent, 'F' an owner visit. The rest is the file's text. It is parsed as the store parses
/// that file; refused (StoreError) is fine. Accepted, it is written as the store writes it, and the
/// written text is parsed and written again. The run aborts unless the second parse succeeds, the
/// two written texts are identical, and the two parses give the same JSON (the record's and the
/// unknown keys kept with it). The index's form of the file (what RecordIndex keeps of it: the
/// record in the binary form of store/codec.hpp and the unknown keys as JSON text) must give the
/// same record back. Any exception other than StoreError is a failure too. Before all that, a text
/// that store/yaml_block.hpp reads by lines must give exactly yaml-cpp's events (marks included).
///
/// KEFU_FUZZ_VERBOSE=1 prints why an input is refused: a seed that is refused tests little.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <typeinfo>

#include "../support/yaml_events.hpp"
#include "common.hpp"
#include "store/codec.hpp"
#include "store/complaint_store.hpp"
#include "store/fee_store.hpp"
#include "store/key_store.hpp"
#include "store/lobby_store.hpp"
#include "store/lost_store.hpp"
#include "store/move_store.hpp"
#include "store/patrol_store.hpp"
#include "store/renovation_store.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"
#include "store/survey_store.hpp"
#include "store/visit_store.hpp"

namespace kefu::fuzz {
namespace {

StoredFile stored(const char* path, const std::string& text) {
  return StoredFile{path, path, text};
}

/// A case record (or a key): Repository<T>::parse and ::serialize.
template <class T>
struct RecordFile {
  const char* path;
  StoredFile file_of(const std::string& text) const { return stored(path, text); }
  Loaded<T> parse(const std::string& text) const {
    return Repository<T>::parse(stored(path, text));
  }
  std::string write(const Loaded<T>& l) const { return Repository<T>::serialize(l); }
  Json json(const Loaded<T>& l) const {
    return Json{{"record", RecordTraits<T>::to_json(l.record)}, {"extra", l.extra}};
  }
  IndexedFolder folder() const { return Repository<T>::folder(); }
  Loaded<T> from_index(const IndexEntry& e, const Loaded<T>&) const {
    return {decode<T>(e.body), e.extra.empty() ? Json::object() : Json::parse(e.extra), {}};
  }
};

/// A key: read and written as a record, kept in the index by KeyRegister.
struct KeyFile : RecordFile<Key> {
  /// Read as the register reads it, from the file its code names (keys/<code>.yaml), so that
  /// any code in the input is covered.
  StoredFile file_of(const std::string& text) const {
    auto code = Repository<Key>::parse(stored(path, text)).record.code;
    auto named = "keys/" + code + ".yaml";
    return StoredFile{named, named, text};
  }
  Loaded<Key> parse(const std::string& text) const { return KeyRegister::parse(file_of(text)); }
  IndexedFolder folder() const { return KeyRegister::folder(); }
};

/// A building's bills of a period. The period in the file must be its folder's, 2026-11 here.
struct BillsFile {
  const char* path = "fees/bills/2026/11/3.yaml";
  StoredFile file_of(const std::string& text) const { return stored(path, text); }
  BillFile parse(const std::string& text) const {
    return FeeStore::parse_bills(stored(path, text));
  }
  std::string write(const BillFile& f) const { return bill_file_yaml(f); }
  Json json(const BillFile& f) const {
    Json bills = Json::array();
    for (const auto& b : f.records)
      bills.push_back({{"period", b.period.str()}, {"bill", bill_to_json(b)}});
    return Json{
        {"month", f.month.str()}, {"building", f.building}, {"bills", bills}, {"extra", f.extra}};
  }
  IndexedFolder folder() const { return FeeStore::bill_folder(); }
  BillFile from_index(const IndexEntry& e, BillFile f) const {
    f.records = decode<std::vector<Bill>>(e.body);
    return f;
  }
};

/// A building's payments received in a month.
struct PaymentsFile {
  const char* path = "fees/payments/2026/11/3.yaml";
  StoredFile file_of(const std::string& text) const { return stored(path, text); }
  PaymentFile parse(const std::string& text) const {
    return FeeStore::parse_payments(stored(path, text));
  }
  std::string write(const PaymentFile& f) const { return payment_file_yaml(f); }
  Json json(const PaymentFile& f) const {
    Json payments = Json::array();
    for (const auto& p : f.records) payments.push_back(payment_to_json(p));
    return Json{{"month", f.month.str()},
                {"building", f.building},
                {"payments", payments},
                {"extra", f.extra}};
  }
  IndexedFolder folder() const { return FeeStore::payment_folder(); }
  PaymentFile from_index(const IndexEntry& e, PaymentFile f) const {
    f.records = decode<std::vector<Payment>>(e.body);
    return f;
  }
};

/// A unit's dun log.
struct DunFile {
  const char* path = "fees/dun/3-2-1102.yaml";
  StoredFile file_of(const std::string& text) const { return stored(path, text); }
  DunLog parse(const std::string& text) const { return FeeStore::parse_dun(stored(path, text)); }
  std::string write(const DunLog& log) const { return dun_file_yaml(log); }
  Json json(const DunLog& log) const {
    Json entries = Json::array();
    for (const auto& e : log.entries) entries.push_back(dun_entry_to_json(e));
    return Json{{"unit", log.unit}, {"entries", entries}};
  }
  IndexedFolder folder() const { return FeeStore::dun_folder(); }
  DunLog from_index(const IndexEntry& e, const DunLog&) const { return decode<DunLog>(e.body); }
};

/// JSON text for a report, whatever bytes its strings hold.
std::string dumped(const Json& j) {
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// The value at a JSON pointer of a patch: a string as its bytes, anything else as JSON text.
std::string at(const Json& j, const std::string& pointer) {
  try {
    const Json::json_pointer p(pointer);
    if (!j.contains(p)) return "(nothing)";
    return j[p].is_string() ? j[p].get<std::string>() : dumped(j[p]);
  } catch (const std::exception&) {
    return "(nothing)";
  }
}

template <class File>
void round_trip(const char* kind, const File& file, const std::string& text) {
  decltype(file.parse(text)) first;
  try {
    first = file.parse(text);
  } catch (const StoreError& e) {
    // Refused: what the reader cannot keep, it should refuse.
    if (std::getenv("KEFU_FUZZ_VERBOSE"))
      std::fprintf(stderr, "refused: %s\n", e.where_and_why().c_str());
    return;
  }
  const std::string written = file.write(first);
  decltype(file.parse(text)) second;
  try {
    second = file.parse(written);
  } catch (const StoreError& e) {
    report(std::string(kind) + ": what kefu wrote does not read back");
    show("input", text);
    show("written", written);
    show("refused", e.where_and_why());
    std::abort();
  }
  const std::string rewritten = file.write(second);
  const Json a = file.json(first), b = file.json(second);
  if (a != b) {
    report(std::string(kind) + ": what kefu wrote reads back as a different record");
    show("input", text);
    show("written", written);
    for (const auto& op : Json::diff(a, b)) {
      const auto path = op["path"].get<std::string>();
      show(("read as " + path).c_str(), at(a, path));
      show(("read back as " + path).c_str(), at(b, path));
    }
    std::abort();
  }
  if (written != rewritten) {
    report(std::string(kind) + ": the same record is written as two different texts");
    show("input", text);
    show("written", written);
    show("written again", rewritten);
    std::abort();
  }
  std::string why;
  try {
    const Json kept = file.json(file.from_index(file.folder().digest(file.file_of(text)), first));
    if (kept != a)
      why = "differs (JSON patch from the file's record): " + dumped(Json::diff(a, kept));
  } catch (const std::exception& e) {
    why = std::string("fails: ") + typeid(e).name() + ": " + e.what();
  }
  if (!why.empty()) {
    report(std::string(kind) + ": the index's form of the file does not give the record back");
    show("input", text);
    show("index", why);
    std::abort();
  }
}

}  // namespace
}  // namespace kefu::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kefu;
  using namespace kefu::fuzz;
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  // Read by lines (store/yaml_block.hpp), a text gives yaml-cpp's events, marks included.
  if (auto by_lines = testing::block_events(text)) {
    auto yaml_cpp = testing::yaml_cpp_events(text);
    if (by_lines != yaml_cpp) {
      report("read by lines, the text gives other events than yaml-cpp's");
      show("by lines", *by_lines);
      show("yaml-cpp", yaml_cpp ? *yaml_cpp : "(refused)");
      show("input", text);
      std::abort();
    }
  }
  try {
    if (data[0] == '8') {  // after the eight kinds of the modulo, which the seeds keep
      round_trip("special service",
                 RecordFile<SpecialService>{"specials/2026/11/TY-2026-11-0001.yaml"}, text);
      return 0;
    }
    if (data[0] == '9') {
      round_trip("survey round", RecordFile<Survey>{"surveys/2026/11/DC-2026-11-0001.yaml"}, text);
      return 0;
    }
    if (data[0] == 'Z') {
      round_trip("renovation", RecordFile<Renovation>{"renovations/2026/07/ZX-2026-07-0001.yaml"},
                 text);
      return 0;
    }
    if (data[0] == 'X') {
      round_trip("patrol", RecordFile<Patrol>{"patrols/2026/11/XS-2026-11-0001.yaml"}, text);
      return 0;
    }
    if (data[0] == 'L') {
      round_trip("lost property", RecordFile<LostItem>{"lost/2026/11/SW-2026-11-0001.yaml"}, text);
      return 0;
    }
    if (data[0] == 'D') {
      round_trip("duty", RecordFile<Duty>{"shifts/2026/11/ZB-2026-11-0001.yaml"}, text);
      return 0;
    }
    if (data[0] == 'V') {
      round_trip("visitor", RecordFile<Visitor>{"visitors/2026/11/FK-2026-11-0001.yaml"}, text);
      return 0;
    }
    if (data[0] == 'J') {
      round_trip("item loan", RecordFile<ItemLoan>{"loans/2026/11/JW-2026-11-0001.yaml"}, text);
      return 0;
    }
    if (data[0] == 'F') {
      round_trip("owner visit", RecordFile<Visit>{"visits/2026/11/ZF-2026-11-0001.yaml"}, text);
      return 0;
    }
    if (data[0] == 'M') {
      round_trip("move", RecordFile<Move>{"moves/2026/11/BQ-2026-11-0001.yaml"}, text);
      return 0;
    }
    switch (data[0] % 8) {
      case 0:
        round_trip("complaint", RecordFile<Complaint>{"complaints/2026/11/TS-2026-11-0001.yaml"},
                   text);
        break;
      case 1:
        round_trip("repair", RecordFile<Repair>{"repairs/2026/11/BX-2026-11-0001.yaml"}, text);
        break;
      case 2:
        round_trip("contact", RecordFile<Contact>{"contacts/2026/11/LD-2026-11-0001.yaml"}, text);
        break;
      case 3:
        round_trip("key loan", RecordFile<KeyLoan>{"keyloans/2026/11/JY-2026-11-0001.yaml"}, text);
        break;
      case 4:
        round_trip("key", KeyFile{{"keys/GG-01.yaml"}}, text);
        break;
      case 5:
        round_trip("bills", BillsFile{}, text);
        break;
      case 6:
        round_trip("payments", PaymentsFile{}, text);
        break;
      default:
        round_trip("dun log", DunFile{}, text);
        break;
    }
  } catch (const std::exception& e) {
    report(std::string("an exception other than StoreError escaped: ") + typeid(e).name());
    show("what", e.what());
    show("input", std::string(reinterpret_cast<const char*>(data), size));
    std::abort();
  } catch (...) {
    report("something not a std::exception was thrown");
    show("input", std::string(reinterpret_cast<const char*>(data), size));
    std::abort();
  }
  return 0;
}
