/// The YAML mapping of keys and loans, and the lend/return writes.
#include "store/key_store.hpp"

#include <algorithm>

#include "core/money.hpp"
#include "store/members_io.hpp"
#include "store/transaction.hpp"

namespace kefu {
namespace fs = std::filesystem;

void check_read(const YamlReader& r, Key& k) {
  if (!valid_key_code(k.code))
    r.fail(r.node("code"),
           "钥匙编号「" + k.code + "」无效：只可用英文字母、数字、- 和 _，如 GG-01");
  if (!k.loan.empty() && !RecordStore::valid_id(kKeyLoanKind, k.loan))
    r.fail(r.node("loan"), "借用登记编号「" + k.loan + "」无效，应如 JY-2026-11-0001");
  if (k.state == KeyState::out && k.loan.empty())
    r.fail(r.node("state"), "钥匙登记为借出（out），但没有写明借用登记编号 loan");
}

void check_read(const YamlReader&, IdCheck& c) {
  // Only ever the last four characters, whatever a hand edit put there.
  if (c.last4.size() > 4) c.last4 = c.last4.substr(c.last4.size() - 4);
}

void check_read(const YamlReader& r, KeyLoan& l) {
  if (!valid_key_code(l.key))
    r.fail(r.node("key"), "钥匙编号「" + l.key + "」无效：只可用英文字母、数字、- 和 _，如 GG-01");
  if (r.has("deposit")) {
    // Written before kefu stopped taking ID documents as a deposit: kept as the check it
    // should have been (type, last four), marked as held so that its return is asked for.
    auto d = r.sub(r.node("deposit"));
    if (auto held = d.str_or("id_document"); !held.empty() && !l.id_checked)
      l.id_checked = id_check_from_held_document(held);
  }
}

Key RecordTraits<Key>::from_yaml(const YamlReader& r) {
  return read_record<Key>(r);
}

Json RecordTraits<Key>::to_json(const Key& k) {
  return members_json(k);
}

KeyLoan RecordTraits<KeyLoan>::from_yaml(const YamlReader& r) {
  return read_record<KeyLoan>(r);
}

Json RecordTraits<KeyLoan>::to_json(const KeyLoan& l) {
  return members_json(l);
}

fs::path KeyRegister::path_for(const std::string& code) const {
  return store_.dir().root() / rel_path_for(code);
}

std::string KeyRegister::rel_path_for(const std::string& code) {
  if (!valid_key_code(code))
    throw RefusedError("钥匙编号「" + code + "」无效：只可用英文字母、数字、- 和 _，如 GG-01");
  return "keys/" + code + ".yaml";
}

Loaded<Key> KeyRegister::parse(StoredFile file) {
  auto loaded = Repository<Key>::parse(std::move(file));
  auto stem = loaded.file.path.stem().string();
  if (loaded.record.code != stem) {
    auto doc = parse_yaml(loaded.file.name, loaded.file.bytes);
    YamlReader(loaded.file.name, doc.root)
        .fail(doc.root["code"],
              "文件中的钥匙编号 " + loaded.record.code + " 与文件名不符，应为 " + stem);
  }
  return loaded;
}

Loaded<Key> KeyRegister::get(const std::string& code) const {
  auto file = store_.read_if_exists(path_for(code));
  if (!file)
    throw RefusedError("钥匙「" + code + "」不在钥匙登记册中（keys/）；登记请用 kefu key add");
  return parse(std::move(*file));
}

IndexedFolder KeyRegister::folder() {
  return {"keys", false, [](const StoredFile& file) {
            auto loaded = parse(file);
            return IndexEntry{loaded.record.unit, loaded.record.state == KeyState::out,
                              encode(loaded.record),
                              loaded.extra.empty() ? std::string() : loaded.extra.dump()};
          }};
}

KeyList KeyRegister::all() const {
  if (auto* index = store_.index())
    if (auto rows = from_index<Key>(index->select(folder(), {})))
      return {std::move(rows->items), std::move(rows->problems)};
  return scan();
}

KeyList KeyRegister::scan() const {
  KeyList out;
  auto listing = store_.dir().files().list("keys");
  out.problems = std::move(listing.problems);
  for (const auto& f : listing.files) {
    try {
      out.items.push_back(parse(store_.read(store_.dir().root() / "keys" / f)));
    } catch (const StoreError& e) {
      out.problems.push_back(e);
    }
  }
  return out;
}

void KeyRegister::add(const Key& key) const {
  auto path = path_for(key.code);
  auto guard = store_.lock();
  if (store_.dir().files().stat(store_.dir().rel(path)).is != PathStat::Is::absent)
    throw RefusedError("钥匙编号 " + key.code + " 已在登记册中（" + store_.dir().rel(path) + "）");
  store_.create(path, emit_yaml(RecordTraits<Key>::to_json(key)));
}

Loaded<KeyLoan> KeyRegister::open_loan(const Loaded<Key>& key) const {
  const auto& k = key.record;
  auto path = store_.path_for(kKeyLoanKind, k.loan);
  auto file = store_.read_if_exists(path);
  if (!file)
    throw StoreError(
        key.file.name, 0, 0,
        "钥匙登记为借出，但借用登记 " + k.loan + " 不存在（" + store_.dir().rel(path) + "）");
  auto loan = KeyLoanRepository::parse(std::move(*file));
  if (loan.record.key != k.code)
    throw StoreError(loan.file.name, 0, 0,
                     "借用登记 " + k.loan + " 记的是钥匙 " + loan.record.key + "，不是 " + k.code);
  return loan;
}

KeyLoan KeyRegister::lend(const std::string& code, DateTime now,
                          const std::function<KeyLoan(Key&, const std::string&)>& make) const {
  auto guard = store_.lock();
  auto key = get(code);
  auto id = store_.next_id(kKeyLoanKind, month_of(now));
  KeyLoan loan = make(key.record, id);  // may refuse: nothing written yet
  auto loan_path = store_.path_for(kKeyLoanKind, id);
  // The loan and the key's state, seen together or not at all.
  Transaction t(store_.dir().files());
  t.create(store_.dir().rel(loan_path), emit_yaml(RecordTraits<KeyLoan>::to_json(loan)));
  t.replace(key.file.name, key.file.bytes, Repository<Key>::serialize(key));
  t.commit();
  return loan;
}

KeyLoan KeyRegister::give_back(const std::string& code,
                               const std::function<void(Key&, KeyLoan&)>& change) const {
  auto guard = store_.lock();
  auto key = get(code);
  if (key.record.state != KeyState::out)
    throw RefusedError("钥匙 " + code + "（" + key.record.name + "）未借出（当前为「" +
                       std::string(to_zh(key.record.state)) + "」），无需归还");
  auto loan = open_loan(key);
  change(key.record, loan.record);  // may refuse: nothing written yet
  Transaction t(store_.dir().files());
  t.replace(loan.file.name, loan.file.bytes, KeyLoanRepository::serialize(loan));
  t.replace(key.file.name, key.file.bytes, Repository<Key>::serialize(key));
  t.commit();
  return loan.record;
}

}  // namespace kefu
