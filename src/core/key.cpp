/// Key register rules: who may borrow which key, until when, and what a return records.
#include "core/key.hpp"

#include <functional>

#include <fmt/format.h>

#include <algorithm>

#include "core/errors.hpp"
#include "core/money.hpp"
#include "core/text.hpp"

namespace kefu {

template <>
std::span<const EnumName<KeyKind>> enum_names<KeyKind>() {
  static constexpr EnumName<KeyKind> names[] = {
      {KeyKind::public_area, "public_area", "公共区域"},
      {KeyKind::equipment_room, "equipment_room", "设备房"},
      {KeyKind::storeroom, "storeroom", "部门库房"},
      {KeyKind::spare, "spare", "备用钥匙"},
  };
  return names;
}

template <>
std::span<const EnumName<KeyState>> enum_names<KeyState>() {
  static constexpr EnumName<KeyState> names[] = {
      {KeyState::in, "in", "在库"},
      {KeyState::out, "out", "借出"},
      {KeyState::lost, "lost", "遗失"},
      {KeyState::damaged, "damaged", "损坏"},
  };
  return names;
}

template <>
std::span<const EnumName<KeyPurpose>> enum_names<KeyPurpose>() {
  static constexpr EnumName<KeyPurpose> names[] = {
      {KeyPurpose::engineering, "engineering", "工程维修"},
      {KeyPurpose::inspection, "inspection", "巡查检查"},
      {KeyPurpose::cleaning, "cleaning", "保洁绿化"},
      {KeyPurpose::decoration, "decoration", "装修施工"},
      {KeyPurpose::emergency, "emergency", "紧急情况"},
      {KeyPurpose::other, "other", "其他"},
  };
  return names;
}

template <>
std::span<const EnumName<KeyCondition>> enum_names<KeyCondition>() {
  static constexpr EnumName<KeyCondition> names[] = {
      {KeyCondition::good, "good", "好"},
      {KeyCondition::damaged, "damaged", "损坏"},
      {KeyCondition::lost, "lost", "丢失"},
  };
  return names;
}

template <>
std::span<const EnumName<NotifiedParty>> enum_names<NotifiedParty>() {
  static constexpr EnumName<NotifiedParty> names[] = {
      {NotifiedParty::owner, "owner", "业主"},
      {NotifiedParty::emergency_contact, "emergency_contact", "紧急联系人"},
  };
  return names;
}

bool approval_exempt(KeyKind k) {
  return k == KeyKind::equipment_room || k == KeyKind::storeroom;
}

bool valid_key_code(const std::string& code) {
  if (code.empty() || code.size() > 40 || code.front() == '-' || code.front() == '_') return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '_'))
      return false;
  return true;
}

Key add_key(const NewKey& n, const std::string& by, DateTime now) {
  if (!valid_key_code(n.code))
    throw RefusedError("钥匙编号「" + n.code + "」无效：只可用英文字母、数字、- 和 _，如 GG-01");
  if (n.name.empty()) throw RefusedError("请用 --name 写明钥匙开启何处，如 3栋天台门");
  if (n.copies < 1) throw RefusedError("钥匙数量（--copies）至少为 1");
  if (n.kind == KeyKind::spare && n.unit.empty())
    throw RefusedError("业主备用钥匙须用 --unit 写明所属户号");
  if (n.kind != KeyKind::spare && !n.unit.empty())
    throw RefusedError("只有业主备用钥匙（--kind 备用钥匙）才属于某一户；公共钥匙请勿指定 --unit");
  Key k;
  k.code = n.code;
  k.name = n.name;
  k.kind = n.kind;
  k.unit = n.unit;
  k.copies = n.copies;
  k.location = n.location;
  k.note = n.note;
  add_history(k.history, now, by, "add",
              fmt::format("登记入册：{}（{}），{} 把", n.name, to_zh(n.kind), n.copies));
  return k;
}

const char* read_cutoff(std::string_view text, int& minutes) {
  auto t = parse_datetime("2000-01-01T" + std::string(text));
  if (!t) return " 应为当日归还时限，如 \"18:00\"";
  minutes = static_cast<int>((*t - DateTime{date_of(*t)}).count() / 60);
  return nullptr;
}

std::string format_cutoff(const int& minutes) {
  return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

DateTime key_cutoff(Date d, const KeyRules& rules) {
  return start_of_day(d) + std::chrono::minutes{rules.cutoff_minutes};
}

bool loan_overdue(const KeyLoan& l, DateTime now) {
  return !l.returned_at && now > l.due_at;
}

bool loan_late(const KeyLoan& l, DateTime now) {
  return l.late || loan_overdue(l, now);
}

bool spare_key_used(const KeyLoan& l) {
  return l.key_kind == KeyKind::spare;
}

KeyMonthStats key_loan_stats(const std::vector<KeyLoan>& loans, DateTime now,
                             const std::function<bool(const KeyLoan&)>& counted) {
  KeyMonthStats s;
  for (const auto& n : enum_names<KeyKind>()) s.by_kind[n.value] = 0;
  for (const auto& n : enum_names<KeyPurpose>()) s.by_category[n.value] = 0;
  for (const auto& l : loans) {
    if (counted && !counted(l)) continue;
    ++s.loans;
    ++s.by_kind[l.key_kind];
    ++s.by_category[l.category];
    if (l.returned_at) {
      ++s.returned;
      if (l.returned_by != l.borrower.name) ++s.returned_by_other;
    }
    if (loan_late(l, now)) s.late.push_back(&l);
    if (l.condition == KeyCondition::damaged) s.damaged.push_back(&l);
    if (l.condition == KeyCondition::lost) s.lost.push_back(&l);
    if (spare_key_used(l)) s.spare_used.push_back(&l);
  }
  return s;
}

KeyMonthStats key_month_stats(const std::vector<KeyLoan>& loans, YearMonth m, DateTime now) {
  return key_loan_stats(loans, now, [m](const KeyLoan& l) { return month_of(l.lent_at) == m; });
}

std::optional<KeyPurpose> purpose_from_text(const std::string& text) {
  if (auto p = parse_enum<KeyPurpose>(text)) return p;
  for (const auto& n : enum_names<KeyPurpose>())
    if (text.starts_with(n.zh)) return n.value;
  return std::nullopt;
}

std::string deposit_zh(const Deposit& d) {
  return d.cash_fen ? "现金 ¥" + format_money(*d.cash_fen) : "无";
}

char id_card_check_char(std::string_view first17) {
  // GB 11643-1999: weights 2^(17-i) mod 11; the sum mod 11 picks the character.
  static constexpr int kWeights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return "10X98765432"[sum % 11];
}

namespace {

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_id_card(const std::string& type) {
  return type == "身份证" || type == "居民身份证";
}

/// The last four characters of `s` (all of it when shorter).
std::string last_four(std::string_view s) {
  return std::string(s.substr(s.size() > 4 ? s.size() - 4 : 0));
}

}  // namespace

bool valid_id_card_number(std::string_view n) {
  return n.size() == 18 && all_digits(n.substr(0, 17)) && id_card_check_char(n) == n[17];
}

std::optional<IdCheck> id_check_from(const std::string& type_text, const std::string& number_text) {
  std::string type = trim(type_text), number;
  for (char c : number_text)
    if (c != ' ' && c != '\t') number += c;
  // "--id-doc '身份证 440301…'", as kefu used to ask for it: the number follows the type.
  if (auto space = type.find(' '); space != std::string::npos) {
    if (!number.empty())
      throw RefusedError("证件号码请只写在 --id-number 中，--id-doc 只写证件类型，如 身份证");
    number = trim(type.substr(space + 1));
    type = trim(type.substr(0, space));
  }
  // "--id-doc 440301…": a number where the type was asked for.
  if (number.empty() && !type.empty() && std::all_of(type.begin(), type.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == 'X' || c == 'x';
      }))
    std::swap(type, number);
  if (type.empty() && number.empty()) return std::nullopt;
  if (type.empty()) type = "身份证";
  if (number.empty())
    throw RefusedError("请用 --id-number 写明所核验证件（" + type +
                       "）的号码或其末四位；kefu 只登记末四位，证件当场交还借用人，不得扣押");
  for (auto& c : number)
    if (c == 'x') c = 'X';
  bool alnum = std::all_of(number.begin(), number.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
  if (!alnum) throw RefusedError("证件号码只可含英文字母和数字（" + type + "），请核对后重新输入");
  if (is_id_card(type)) {
    bool last4_form = number.size() == 4 && all_digits(number.substr(0, 3)) &&
                      (number[3] == 'X' || (number[3] >= '0' && number[3] <= '9'));
    if (number.size() == 18) {
      if (!all_digits(number.substr(0, 17)) ||
          (number[17] != 'X' && !all_digits(number.substr(17))))
        throw RefusedError("身份证号码应为 17 位数字加一位数字或 X，请核对证件后重新输入");
      if (!valid_id_card_number(number))
        throw RefusedError(
            fmt::format("身份证号码的校验位不符（GB 11643）：按前 17 位末位应为 {}，输入的是 {}；"
                        "请核对证件后重新输入，或只写末四位",
                        id_card_check_char(number), number[17]));
    } else if (!last4_form) {
      throw RefusedError(
          "身份证号码应为 18 位（末位可为 X），或只写末四位；第一代 15 位身份证已停止使用");
    }
  } else if (number.size() < 4) {
    throw RefusedError("证件号码至少写末四位（" + type + "）");
  }
  return IdCheck{type, last_four(number), false};
}

IdCheck id_check_from_held_document(std::string_view text) {
  std::string t = trim(text), type = t, number;
  if (auto space = t.find(' '); space != std::string::npos) {
    type = trim(t.substr(0, space));
    number = trim(t.substr(space + 1));
  } else if (!t.empty() && (all_digits(t) || all_digits(t.substr(0, t.size() - 1)))) {
    type = "身份证";
    number = t;
  }
  return IdCheck{type, last_four(number), true};
}

std::string id_check_zh(const IdCheck& c) {
  return c.last4.empty() ? c.type : c.type + " 尾号" + c.last4;
}

namespace {

std::string hhmm(const KeyRules& rules) {
  return format_cutoff(rules.cutoff_minutes);
}

std::string key_label(const Key& k) {
  return k.code + "（" + k.name + "）";
}

void check_public_area_approval(const Key& key, const LendRequest& r) {
  std::vector<std::string> missing;
  if (!r.consent_by)
    missing.push_back("管理人员同意（--consent-by 客户主管或管理处经理）");
  else if (r.consent_by->role != Role::supervisor && r.consent_by->role != Role::manager)
    throw RefusedError(
        fmt::format("公共区域钥匙 {}须经管理人员同意：{} "
                    "是{}，不是客户主管或管理处经理，不能表示同意（手册 §3.4.2）",
                    key_label(key), r.consent_by->name, to_zh(r.consent_by->role)));
  if (!r.approved_by)
    missing.push_back("管理处经理批准（--approved-by）");
  else if (r.approved_by->role != Role::manager)
    throw RefusedError(fmt::format(
        "公共区域钥匙 {}须经管理处经理批准：{} 是{}，不是管理处经理，不能批准（手册 §3.4.2）",
        key_label(key), r.approved_by->name, to_zh(r.approved_by->role)));
  if (!missing.empty()) {
    std::string list;
    for (const auto& m : missing) list += (list.empty() ? "" : "、") + m;
    throw RefusedError("公共区域钥匙 " + key_label(key) +
                       "借用须经管理人员同意、管理处经理批准后方可办理（手册 §3.4.2）；缺少：" +
                       list);
  }
}

std::optional<EmergencyNotice> check_spare_key(const Key& key, const LendRequest& r) {
  if (!r.emergency)
    throw RefusedError("业主备用钥匙 " + key_label(key) +
                       "只能在紧急情况（着火、跑水等）下动用：请加 --emergency，并用 --notified "
                       "写明已事先通知业主或其紧急联系人（手册 §3.4.5）");
  if (!r.notified)
    throw RefusedError(
        "动用业主备用钥匙 " + key_label(key) +
        "前须事先通知业主本人；联系不上时须通知其紧急联系人：请用 --notified "
        "业主(owner) 或 --notified 紧急联系人(emergency_contact) 记录（手册 §3.4.5）");
  if (!r.unit)
    throw RefusedError("备用钥匙 " + key_label(key) + " 所属户号「" + key.unit +
                       "」不在 units/ 的住户资料中");
  EmergencyNotice n;
  n.party = *r.notified;
  n.note = r.notify_note;
  if (n.party == NotifiedParty::owner) {
    n.name = r.unit->owner;
    n.phone = r.unit->phone;
  } else {
    if (r.unit->emergency_contact.name.empty())
      throw RefusedError("户 " + r.unit->id +
                         " 未登记紧急联系人（units/ 中的 emergency_contact），"
                         "不能记为已通知紧急联系人；请先补录，或通知业主本人");
    n.name = r.unit->emergency_contact.name;
    n.phone = r.unit->emergency_contact.phone;
  }
  return n;
}

}  // namespace

KeyLoan lend_key(Key& key, const std::string& loan_id, const LendRequest& r, const KeyRules& rules,
                 const std::string& by, DateTime now) {
  if (key.state == KeyState::out)
    throw RefusedError("钥匙 " + key_label(key) + " 已借出（借用登记 " + key.loan +
                       "），尚未归还，不能再借");
  if (key.state == KeyState::lost)
    throw RefusedError("钥匙 " + key_label(key) + "已登记遗失，不能借出");
  if (r.borrower.name.empty()) throw RefusedError("请用 --to 写明借用人姓名");
  if (r.purpose.empty()) throw RefusedError("请用 --purpose 写明借用事由");

  std::optional<EmergencyNotice> notice;
  if (key.kind == KeyKind::spare)
    notice = check_spare_key(key, r);
  else if (key.kind == KeyKind::public_area)
    check_public_area_approval(key, r);

  KeyPurpose category =
      r.category ? *r.category : purpose_from_text(r.purpose).value_or(KeyPurpose::other);
  if (r.emergency) category = KeyPurpose::emergency;

  DateTime due{};
  DateTime cutoff = key_cutoff(date_of(now), rules);
  if (r.until) {
    if (category != KeyPurpose::engineering)
      throw RefusedError("钥匙须当日 " + hhmm(rules) +
                         " 前归还，不得过夜使用；只有工程维修（--category 工程维修）可用 --until "
                         "约定归还时间（手册 §3.4.3）");
    if (*r.until <= now)
      throw RefusedError("约定归还时间 " + format_datetime(*r.until) + " 不晚于借出时间 " +
                         format_datetime(now));
    due = *r.until;
  } else if (now < cutoff) {
    due = cutoff;
  } else if (r.emergency) {
    due = end_of_day(date_of(now));  // an emergency after the cut-off: back before midnight
  } else {
    throw RefusedError(fmt::format(
        "已过当日 {} 的归还时限，钥匙不得过夜使用，今日不能再借出（手册 §3.4.3）；工程维修请用 "
        "--category 工程维修 --until 约定归还时间",
        hhmm(rules)));
  }

  if (r.deposit.cash_fen && *r.deposit.cash_fen < rules.cash_deposit_fen)
    throw RefusedError("现金押金 ¥" + format_money(*r.deposit.cash_fen) + " 少于规定的 ¥" +
                       format_money(rules.cash_deposit_fen));
  if (!r.borrower_is_staff) {
    std::vector<std::string> missing;
    if (rules.id_check_required && !r.id_check)
      missing.push_back(
          "出示证件核验（--id-doc 证件类型 --id-number 号码或末四位；只登记末四位，"
          "证件当场交还，不得扣押）");
    if (rules.cash_deposit_required && !r.deposit.cash_fen)
      missing.push_back("交现金押金 ¥" + format_money(rules.cash_deposit_fen) + "（--cash）");
    if (!missing.empty()) {
      std::string list;
      for (const auto& m : missing) list += (list.empty() ? "" : "，并") + m;
      throw RefusedError("借用人 " + r.borrower.name + " 不是本处员工，须" + list);
    }
  }

  KeyLoan l;
  l.id = loan_id;
  l.key = key.code;
  l.key_name = key.name;
  l.key_kind = key.kind;
  l.unit = key.unit;
  l.borrower = r.borrower;
  l.borrower_is_staff = r.borrower_is_staff;
  l.purpose = r.purpose;
  l.category = category;
  l.lent_at = now;
  l.lent_by = by;
  l.due_at = due;
  l.consent_by = r.consent_by ? r.consent_by->id : "";
  l.approved_by = r.approved_by ? r.approved_by->id : "";
  l.id_checked = r.id_check;
  if (l.id_checked) l.id_checked->held = false;
  l.deposit = r.deposit;
  l.emergency = r.emergency;
  l.notice = notice;
  std::string note =
      fmt::format("借给 {}，事由：{}；{}押金：{}；应于 {} 前归还", r.borrower.name, r.purpose,
                  r.id_check ? "核验证件：" + id_check_zh(*r.id_check) + "（已交还）；" : "",
                  deposit_zh(r.deposit), format_datetime(due));
  if (notice)
    note += fmt::format("；紧急动用，事先已通知{} {}{}", to_zh(notice->party), notice->name,
                        notice->note.empty() ? "" : "：" + notice->note);
  add_history(l.history, now, by, "lend", note);

  key.state = KeyState::out;
  key.loan = loan_id;
  add_history(key.history, now, by, "lend", loan_id + " " + note);
  return l;
}

void return_key(Key& key, KeyLoan& loan, const ReturnRequest& r, const std::string& by,
                DateTime now) {
  if (loan.returned_at)
    throw RefusedError("借用登记 " + loan.id + " 已于 " + format_datetime(*loan.returned_at) +
                       " 归还");
  if (now < loan.lent_at)
    throw RefusedError("归还时间 " + format_datetime(now) + " 早于借出时间 " +
                       format_datetime(loan.lent_at));
  if (r.keep_deposit && !loan.deposit.cash_fen)
    throw RefusedError("借用登记 " + loan.id +
                       " 没有现金押金，无可暂扣（--keep-deposit 只暂扣现金押金；证件只核验登记，"
                       "不得扣押）");
  loan.returned_at = now;
  loan.returned_by = r.returned_by.empty() ? loan.borrower.name : r.returned_by;
  loan.received_by = by;
  loan.condition = r.condition;
  loan.late = now > loan.due_at;
  if (!loan.deposit.none()) loan.deposit_refunded = !r.keep_deposit;
  loan.return_note = r.note;

  std::string note = r.condition == KeyCondition::lost ? "报失" : "归还";
  note += "，钥匙状况：" + std::string(to_zh(r.condition));
  if (loan.returned_by != loan.borrower.name)
    note += "；由 " + loan.returned_by + " 代为" +
            (r.condition == KeyCondition::lost ? "报失" : "归还") + "，非借用人本人";
  if (loan.late) note += "；逾期（应于 " + format_datetime(loan.due_at) + " 前归还）";
  if (loan.deposit_refunded) note += *loan.deposit_refunded ? "；押金已退还" : "；押金暂扣";
  if (loan.id_checked && loan.id_checked->held)
    note += "；借出时所押证件（" + id_check_zh(*loan.id_checked) + "）已退还借用人";
  if (!r.note.empty()) note += "；" + r.note;
  add_history(loan.history, now, by, "return", note);

  key.state = r.condition == KeyCondition::good   ? KeyState::in
              : r.condition == KeyCondition::lost ? KeyState::lost
                                                  : KeyState::damaged;
  key.loan.clear();
  add_history(key.history, now, by, "return", loan.id + " " + note);
}

}  // namespace kefu
