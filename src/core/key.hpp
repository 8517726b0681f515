/// The key register (钥匙管理, §3.4, R9): the keys the centre holds, their loans and returns.
///
/// A key is lent to one borrower at a time. A loan is due back the same day by the site's
/// cut-off (18:00 by default; returned at 18:00 exactly is on time), never overnight, unless
/// its purpose is engineering repair with an explicit return time (§3.4.3). A public-area key
/// needs a management staff member's consent and the estate manager's approval (§3.4.2); an
/// owner's spare key is used only in an emergency, after notifying the owner or, when the
/// owner cannot be reached, the unit's emergency contact (§3.4.5).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/enums.hpp"
#include "core/key_rules.hpp"
#include "core/time.hpp"
#include "core/unit.hpp"

namespace kefu {

enum class KeyKind { public_area, equipment_room, storeroom, spare };
enum class KeyState { in, out, lost, damaged };
enum class KeyPurpose { engineering, inspection, cleaning, decoration, emergency, other };
enum class KeyCondition { good, damaged, lost };
enum class NotifiedParty { owner, emergency_contact };

template <>
std::span<const EnumName<KeyKind>> enum_names<KeyKind>();
template <>
std::span<const EnumName<KeyState>> enum_names<KeyState>();
template <>
std::span<const EnumName<KeyPurpose>> enum_names<KeyPurpose>();
template <>
std::span<const EnumName<KeyCondition>> enum_names<KeyCondition>();
template <>
std::span<const EnumName<NotifiedParty>> enum_names<NotifiedParty>();

/// True for the kinds §3.4.2 exempts from consent and approval (设备房, 部门库房).
bool approval_exempt(KeyKind k);

/// One key of the register (keys/<code>.yaml).
struct Key {
  std::string code;  // GG-01: letters, digits, '-', '_'
  std::string name;  // what it opens: 3栋天台门
  KeyKind kind = KeyKind::public_area;
  std::string unit;  // the unit of an owner's spare key
  int copies = 1;
  std::string location;  // where it hangs: 钥匙柜A-03
  KeyState state = KeyState::in;
  std::string loan;  // the open loan (JY-…) while the key is out
  std::string note;
  std::vector<HistoryEntry> history;
};

/// True when `code` can name a key (and its file): ASCII letters, digits, '-', '_'.
bool valid_key_code(const std::string& code);

struct NewKey {
  std::string code, name, unit, location, note;
  KeyKind kind = KeyKind::public_area;
  int copies = 1;
};
Key add_key(const NewKey& n, const std::string& by, DateTime now);

/// What was held against the loan: an ID document, a cash amount, or nothing (staff).
struct Deposit {
  std::string id_document;          // 身份证 440301…
  std::optional<int64_t> cash_fen;  // ¥100.00 → 10000
  bool none() const { return id_document.empty() && !cash_fen; }
};

/// §3.4.5: who was told before an owner's spare key was used.
struct EmergencyNotice {
  NotifiedParty party = NotifiedParty::owner;
  std::string name;
  std::string phone;
  std::string note;
};

/// One loan (借用钥匙登记): keyloans/yyyy/mm/JY-yyyy-mm-NNNN.yaml.
struct KeyLoan {
  std::string id;
  std::string key;       // code
  std::string key_name;  // as it was when lent, so the register reads the same later
  KeyKind key_kind = KeyKind::public_area;
  std::string unit;  // spare keys
  Person borrower;
  bool borrower_is_staff = false;
  std::string purpose;
  KeyPurpose category = KeyPurpose::other;
  DateTime lent_at{};
  std::string lent_by;  // staff id who handed it over
  DateTime due_at{};    // agreed at lending: the cut-off of the day, or --until
  std::string consent_by;
  std::string approved_by;
  Deposit deposit;
  bool emergency = false;
  std::optional<EmergencyNotice> notice;
  std::optional<DateTime> returned_at;
  std::string returned_by;  // the person who brought it back
  std::string received_by;  // staff id who took it back
  std::optional<KeyCondition> condition;
  bool late = false;
  std::optional<bool> deposit_refunded;
  std::string return_note;
  std::vector<HistoryEntry> history;
};

/// The cut-off of a day: 2026-11-26 → 2026-11-26T18:00.
DateTime key_cutoff(Date d, const KeyRules& rules);
/// Out, and past its due time (a loan due 18:00 is overdue from 18:00:01).
bool loan_overdue(const KeyLoan& l, DateTime now);
/// "工程维修：更换水泵" or "engineering" → engineering; nullopt when the text names no category.
std::optional<KeyPurpose> purpose_from_text(const std::string& text);

/// Everything `key lend` needs, with staff already looked up on the roster by the caller.
struct LendRequest {
  Person borrower;
  bool borrower_is_staff = false;
  std::string purpose;
  std::optional<KeyPurpose> category;  // --category, else read from the purpose text
  const StaffMember* consent_by = nullptr;
  const StaffMember* approved_by = nullptr;
  Deposit deposit;
  std::optional<DateTime> until;  // engineering repair only
  bool emergency = false;
  std::optional<NotifiedParty> notified;
  std::string notify_note;
  std::optional<Unit> unit;  // the spare key's unit, for its owner and contact
};

/// Checks every rule, then marks the key out and returns the new loan. Throws RefusedError
/// naming the reason, leaving the key as it was.
KeyLoan lend_key(Key& key, const std::string& loan_id, const LendRequest& r, const KeyRules& rules,
                 const std::string& by, DateTime now);

struct ReturnRequest {
  std::string returned_by;  // empty: the borrower
  KeyCondition condition = KeyCondition::good;
  bool keep_deposit = false;
  std::string note;
};

/// Closes the loan and puts the key back (or marks it damaged or lost).
void return_key(Key& key, KeyLoan& loan, const ReturnRequest& r, const std::string& by,
                DateTime now);

/// "身份证 440301…" / "现金 100.00" / "无（本处员工）".
std::string deposit_zh(const Deposit& d);

}  // namespace kefu
