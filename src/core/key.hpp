/// The key register (钥匙管理, §3.4, R9): the keys the centre holds, their loans and returns.
///
/// A key is lent to one borrower at a time. A loan is due back the same day by the site's
/// cut-off (18:00 by default; returned at 18:00 exactly is on time), never overnight, unless
/// its purpose is engineering repair with an explicit return time (§3.4.3). A public-area key
/// needs a management staff member's consent and the estate manager's approval (§3.4.2); an
/// owner's spare key is used only in an emergency, after notifying the owner or, when the
/// owner cannot be reached, the unit's emergency contact (§3.4.5).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/complaint.hpp"
#include "core/config.hpp"
#include "core/enums.hpp"
#include "core/key_rules.hpp"
#include "core/members.hpp"
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
  bool operator==(const Key&) const = default;
};
/// The members of a key, in the order of its file (see core/members.hpp).
template <class V>
void members(V& v, Key& x) {
  using namespace field;
  v("code", x.code, required), v("name", x.name), v("kind", x.kind, required);
  v("unit", x.unit), v("copies", x.copies), v("location", x.location), v("state", x.state);
  v("loan", x.loan), v("note", x.note), v("history", x.history);
}

/// True when `code` can name a key (and its file): ASCII letters, digits, '-', '_'.
bool valid_key_code(const std::string& code);

struct NewKey {
  std::string code, name, unit, location, note;
  KeyKind kind = KeyKind::public_area;
  int copies = 1;
};
Key add_key(const NewKey& n, const std::string& by, DateTime now);

/// What was held against the loan: a cash amount, or nothing. Never an identity document.
struct Deposit {
  std::optional<int64_t> cash_fen;  // ¥100.00 → 10000
  bool none() const { return !cash_fen; }
  bool operator==(const Deposit&) const = default;
};
template <class V>
void members(V& v, Deposit& x) {
  v("cash", x.cash_fen, field::money, field::Says{"押金金额「", "」无效，应如 100.00"});
}

/// The identity document a borrower showed at the desk (R9): its type and the last four
/// characters of its number, nothing more. The document is handed straight back —
/// 《居民身份证法》第十五条 forbids any organisation to hold (扣押) a resident ID card.
struct IdCheck {
  std::string type;   // 身份证, 护照, 港澳居民来往内地通行证 …
  std::string last4;  // "123X"; empty only in a loan recorded without a number
  /// A loan recorded when kefu still took ID documents as a deposit (its file had
  /// deposit.id_document): the document may be in the drawer still, to be handed back.
  bool held = false;
  bool operator==(const IdCheck&) const = default;
};
/// Only ever the last four characters are kept, whatever a hand edit put there.
template <class V>
void members(V& v, IdCheck& x) {
  v("type", x.type), v("last4", x.last4), v("held", x.held, field::omit_empty);
}

/// The GB 11643 check character of a 身份证 number from its first 17 digits: '0'–'9' or 'X'.
char id_card_check_char(std::string_view first17);
/// True for an 18-character 身份证 number whose 18th character is its check character.
bool valid_id_card_number(std::string_view number);
/// The ID check given on the command line: `type` (--id-doc; "身份证 440301…" also carries the
/// number) and `number` (--id-number: the whole number or its last four). A whole 18-character
/// 身份证 number must pass its check character. Only the last four characters are kept;
/// nullopt when neither is given; RefusedError naming the problem otherwise.
std::optional<IdCheck> id_check_from(const std::string& type, const std::string& number);
/// What kefu keeps of an old deposit.id_document ("身份证 440301199001011234"): the type and the
/// last four characters, marked as held.
IdCheck id_check_from_held_document(std::string_view text);
/// "身份证 尾号123X" (or just the type when no number was noted).
std::string id_check_zh(const IdCheck& c);

/// §3.4.5: who was told before an owner's spare key was used.
struct EmergencyNotice {
  NotifiedParty party = NotifiedParty::owner;
  std::string name;
  std::string phone;
  std::string note;
  bool operator==(const EmergencyNotice&) const = default;
};
template <class V>
void members(V& v, EmergencyNotice& x) {
  v("party", x.party, field::required), v("name", x.name), v("phone", x.phone);
  v("note", x.note);
}

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
  std::optional<IdCheck> id_checked;
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
  bool operator==(const KeyLoan&) const = default;
};
/// The members of a loan, in the order of its file (see core/members.hpp). A file from before
/// kefu stopped holding ID documents may have deposit.id_document: read as an ID check.
template <class V>
void members(V& v, KeyLoan& x) {
  using namespace field;
  v("id", x.id, required), v("key", x.key, required), v("key_name", x.key_name);
  v("key_kind", x.key_kind, required), v("unit", x.unit), v("borrower", x.borrower);
  v("borrower_is_staff", x.borrower_is_staff), v("purpose", x.purpose);
  v("category", x.category), v("lent_at", x.lent_at, required);
  v("lent_by", x.lent_by, required), v("due_at", x.due_at, required);
  v("consent_by", x.consent_by), v("approved_by", x.approved_by);
  v("id_checked", x.id_checked), v("deposit", x.deposit), v("emergency", x.emergency);
  v("notified", x.notice), v("returned_at", x.returned_at), v("returned_by", x.returned_by);
  v("received_by", x.received_by), v("condition", x.condition), v("late", x.late);
  v("deposit_refunded", x.deposit_refunded), v("return_note", x.return_note);
  v("history", x.history);
}

/// The cut-off of a day: 2026-11-26 → 2026-11-26T18:00.
DateTime key_cutoff(Date d, const KeyRules& rules);
/// Out, and past its due time (a loan due 18:00 is overdue from 18:00:01).
bool loan_overdue(const KeyLoan& l, DateTime now);
/// Returned after its due time, or out and past it: 逾期归还或未还.
bool loan_late(const KeyLoan& l, DateTime now);
/// An owner's spare key taken out (动用业主备用钥匙, §3.4.5). The manual allows it only in an
/// emergency, after notice, and kefu refuses a spare-key loan without --emergency; but the figure
/// counts the use of the key itself, so a loan written by hand without the flag still counts,
/// and a public-area key lent in an emergency (already under 紧急情况 by purpose) does not.
bool spare_key_used(const KeyLoan& l);

/// §3.4.6 (钥匙使用与缺损情况, 每月上报): a month's key loans counted once, for `key report` and
/// the monthly quality report alike. The lists point into the loans given.
struct KeyMonthStats {
  int loans = 0;
  int returned = 0;
  int returned_by_other = 0;               // brought back by someone other than the borrower
  std::map<KeyKind, int> by_kind;          // every kind, zero included
  std::map<KeyPurpose, int> by_category;   // every purpose, zero included
  std::vector<const KeyLoan*> late;        // loan_late at `now`
  std::vector<const KeyLoan*> damaged;     // returned damaged
  std::vector<const KeyLoan*> lost;        // reported lost
  std::vector<const KeyLoan*> spare_used;  // spare_key_used
  int still_out() const { return loans - returned; }
};

/// The statistics of `loans` as known at `now`, of those `counted` takes (all when empty): the
/// one place each figure is counted (key report, the monthly report, 借用钥匙登记表).
KeyMonthStats key_loan_stats(const std::vector<KeyLoan>& loans, DateTime now,
                             const std::function<bool(const KeyLoan&)>& counted = {});
/// The loans lent in month `m`, as known at `now`; loans of other months are left out.
KeyMonthStats key_month_stats(const std::vector<KeyLoan>& loans, YearMonth m, DateTime now);

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
  std::optional<IdCheck> id_check;
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
  bool keep_deposit = false;  // the cash deposit; an identity document is never kept
  std::string note;
};

/// Closes the loan and puts the key back (or marks it damaged or lost). RefusedError when asked
/// to keep a deposit the loan has none of in cash.
void return_key(Key& key, KeyLoan& loan, const ReturnRequest& r, const std::string& by,
                DateTime now);

/// "现金 ¥100.00" / "无".
std::string deposit_zh(const Deposit& d);

}  // namespace kefu
