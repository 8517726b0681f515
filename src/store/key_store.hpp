/// The key register on disk: one file per key (keys/<code>.yaml) and one file per loan
/// (keyloans/yyyy/mm/JY-yyyy-mm-NNNN.yaml).
///
/// A key's file says whether it is out and which loan holds it, so lending and returning read
/// one key file and at most one loan file whatever the size of the history, and `kefu due`
/// reads the register (hundreds of keys) rather than every loan ever made. Both files are
/// written as one Transaction (store/transaction.hpp), so no later command sees one without
/// the other, even when the writer was killed between them. `kefu check` reports any
/// disagreement a hand edit may have made.
#pragma once

#include "core/key.hpp"
#include "store/complaint_store.hpp"
#include "store/record_store.hpp"

namespace kefu {

inline constexpr RecordKind kKeyLoanKind{"keyloans", "JY", "借用钥匙"};

template <>
struct RecordTraits<KeyLoan> {
  static const RecordKind& kind() { return kKeyLoanKind; }
  static KeyLoan from_yaml(const YamlReader& r);
  static Json to_json(const KeyLoan& l);
  static const std::string& id(const KeyLoan& l) { return l.id; }
  static DateTime received_at(const KeyLoan& l) { return l.lent_at; }
  static bool is_open(const KeyLoan& l) { return !l.returned_at; }
  static const std::string& unit(const KeyLoan& l) { return l.unit; }
};

/// Keys are not case records (no month, no number), but they map to YAML the same way; only
/// Repository<Key>::parse and ::serialize are used, by KeyRegister.
template <>
struct RecordTraits<Key> {
  static Key from_yaml(const YamlReader& r);
  static Json to_json(const Key& k);
};

using KeyLoanRepository = Repository<KeyLoan>;

/// Every key file, in code order, with the ones that could not be read.
struct KeyList {
  std::vector<Loaded<Key>> items;
  std::vector<StoreError> problems;
};

class KeyRegister {
 public:
  explicit KeyRegister(const RecordStore& store) : store_(store) {}

  std::filesystem::path path_for(const std::string& code) const;
  /// keys/<code>.yaml, relative to the data directory; RefusedError for a code kefu refuses.
  static std::string rel_path_for(const std::string& code);
  /// RefusedError when there is no such key.
  Loaded<Key> get(const std::string& code) const;
  KeyList all() const;
  /// The same, read from the files (kefu check).
  KeyList scan() const;
  /// How the index keeps the register: keys/, one file per key.
  static IndexedFolder folder();
  /// A key file as the register reads it: its code must be its file's name.
  static Loaded<Key> parse(StoredFile file);
  /// Writes a new key file; RefusedError when the code is taken.
  void add(const Key& key) const;
  /// Under the lock: reads the key, makes the loan through `make(key, id)` (which may refuse
  /// and changes the key), writes the loan and then the key. Returns the loan.
  KeyLoan lend(const std::string& code, DateTime now,
               const std::function<KeyLoan(Key&, const std::string&)>& make) const;
  /// Under the lock: reads the key and its open loan, changes both through `change`, writes
  /// the loan and then the key. Returns the closed loan.
  KeyLoan give_back(const std::string& code,
                    const std::function<void(Key&, KeyLoan&)>& change) const;
  /// The open loan of a key that is out; StoreError when the files disagree.
  Loaded<KeyLoan> open_loan(const Loaded<Key>& key) const;

 private:
  const RecordStore& store_;
};

}  // namespace kefu
