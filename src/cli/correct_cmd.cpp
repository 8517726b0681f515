/// kefu correct — a correction of a record, recorded in its history and sealed (R12).
///
/// The registers are not altered (§3.3.8: 不能随意更改，涂抹其内容): a record's history is
/// append-only, and a change to what it says is a new entry that names who, when, why, and
/// which fields changed from what to what. `--set` makes the change through kefu; `--accept`
/// adopts a change someone made in an editor (a broken or missing seal), with what it
/// changed when kefu still has the record as it last sealed it. Either way the file is sealed
/// again, so that `kefu check` no longer lists it.
#include <fmt/format.h>

#include <type_traits>

#include "cli/commands.hpp"
#include "core/key.hpp"
#include "store/complaint_store.hpp"
#include "store/fee_store.hpp"
#include "store/key_store.hpp"
#include "store/lobby_store.hpp"
#include "store/lost_store.hpp"
#include "store/move_store.hpp"
#include "store/opinion_store.hpp"
#include "store/patrol_store.hpp"
#include "store/renovation_store.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"
#include "store/survey_store.hpp"
#include "store/visit_store.hpp"

namespace kefu {
namespace {

struct CorrectArgs {
  std::string id, why;
  std::vector<std::string> sets;
  bool accept = false;
  bool all = false;
  bool quiet = false;  // one summary line instead of a line per record (--all)
};

/// A JSON value as the text a correction records: strings as they are, null as empty.
std::string text_of(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "";
  return v.dump();
}

/// Every leaf that differs between `a` and `b`, as dotted paths (callbacks.0.result).
void diff(const Json& a, const Json& b, const std::string& at, std::vector<FieldChange>& out) {
  auto join = [&](const std::string& k) { return at.empty() ? k : at + "." + k; };
  if (a.is_object() && b.is_object()) {
    for (const auto& [k, v] : a.items()) diff(v, b.contains(k) ? b[k] : Json(), join(k), out);
    for (const auto& [k, v] : b.items())
      if (!a.contains(k)) diff(Json(), v, join(k), out);
    return;
  }
  if (a.is_array() && b.is_array()) {
    for (size_t i = 0; i < std::max(a.size(), b.size()); ++i)
      diff(i < a.size() ? a[i] : Json(), i < b.size() ? b[i] : Json(), join(std::to_string(i)),
           out);
    return;
  }
  if (a != b)
    out.push_back(
        {at, a.is_structured() ? a.dump() : text_of(a), b.is_structured() ? b.dump() : text_of(b)});
}

/// Sets the dotted `field` of `j` from the text `value`, keeping the value's JSON type.
void set_field(Json& j, const std::string& field, const std::string& value) {
  if (field.empty()) throw RefusedError("--set 应写作 字段=新值，如 --set severity=重大");
  Json* at = &j;
  size_t start = 0;
  std::string first;
  for (;;) {
    auto dot = field.find('.', start);
    auto part = field.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (first.empty()) first = part;
    if (at->is_object() && at->contains(part)) {
      at = &(*at)[part];
    } else if (at->is_array() && !part.empty() &&
               part.find_first_not_of("0123456789") == std::string::npos &&
               std::stoul(part) < at->size()) {
      at = &(*at)[std::stoul(part)];
    } else {
      throw RefusedError("记录中没有字段「" + field +
                         "」；字段名见记录文件，嵌套的用 . 连接，如 "
                         "callbacks.0.result");
    }
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (first == "id" || first == "code" || first == "history")
    throw RefusedError("「" + first + "」不能更正：编号决定记录所在的文件，处理经过只可追加");
  if (at->is_structured())
    throw RefusedError("「" + field + "」不是单个值；请指明其中的字段，如 " + field + ".0.result");
  std::string why;
  if (!is_clean_text(value, &why)) throw RefusedError("新值" + why);
  if (at->is_boolean()) {
    if (value == "true" || value == "是")
      *at = true;
    else if (value == "false" || value == "否")
      *at = false;
    else
      throw RefusedError("「" + field + "」应为 true 或 false");
  } else if (at->is_number_integer()) {
    try {
      size_t used = 0;
      auto n = std::stoll(value, &used);
      if (used != value.size()) throw std::invalid_argument(value);
      *at = n;
    } catch (const std::exception&) {
      throw RefusedError("「" + field + "」应为整数");
    }
  } else {
    *at = value;
  }
}

std::string changes_text(const std::vector<FieldChange>& changes) {
  std::string s;
  for (const auto& c : changes)
    s += (s.empty() ? "" : "；") + c.field + "：" + (c.from.empty() ? "（空）" : c.from) + " → " +
         (c.to.empty() ? "（空）" : c.to);
  return s;
}

template <class T>
void correct(Context& ctx, const std::filesystem::path& path, const CorrectArgs& a) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  auto guard = ctx.store().lock();
  auto file = ctx.store().read_if_exists(path);
  if (!file) throw RefusedError("没有编号为 " + a.id + " 的记录");
  auto seal = file->seal;
  auto loaded = Repository<T>::parse(*file);
  Json j = RecordTraits<T>::to_json(loaded.record);
  for (const auto& [k, v] : loaded.extra.items()) j[k] = v;

  std::vector<FieldChange> changes;
  std::string note = a.why;
  if (a.accept) {
    if (seal == SealState::intact)
      throw RefusedError(a.id + " 的封签完好，没有手工改动可接受；要更正内容请用 --set 字段=新值");
    // The record as kefu last sealed it: the copy its seal line names, or the index's.
    std::optional<Json> before;
    if (auto hash = seal_hash(file->bytes)) try {
        if (auto copy = ctx.dir().files().read(sealed_copy_path(*hash), kRecordLimit))
          if (seal_state(*copy) == SealState::intact)
            before = RecordTraits<T>::to_json(
                Repository<T>::parse(StoredFile{file->path, file->name, *copy}).record);
      } catch (const StoreError&) {
      }
    if (!before)
      if (auto* index = ctx.store().index())
        if (auto body = index->sealed_body(file->name)) try {
            before = RecordTraits<T>::to_json(decode<T>(*body));
          } catch (const CodecError&) {
          }
    if (before) {
      Json known = RecordTraits<T>::to_json(loaded.record);
      diff(*before, known, "", changes);
      note += "（接受手工改动）";
    } else {
      note += seal == SealState::missing ? "（接受无封签的记录）"
                                         : "（接受手工改动；改动前的内容已无从查考）";
    }
  }
  if (!a.accept && a.sets.empty())
    throw RefusedError("请用 --set 字段=新值 指明更正的内容，或用 --accept 接受手工改动");
  const Json as_read = j;
  for (const auto& s : a.sets) {
    auto eq = s.find('=');
    if (eq == std::string::npos)
      throw RefusedError("--set 应写作 字段=新值，如 --set severity=重大");
    set_field(j, s.substr(0, eq), s.substr(eq + 1));
  }

  // The corrected record must read as any record does.
  StoredFile as_corrected{file->path, file->name, emit_yaml(j), SealState::missing};
  Loaded<T> corrected;
  try {
    corrected = Repository<T>::parse(std::move(as_corrected));
  } catch (const StoreError& e) {
    throw RefusedError("更正后的记录无效：" + std::string(e.what()) + "；未写入");
  }
  if (!a.sets.empty()) {
    // What changed, as the file now says it (重大 is written major).
    Json after = RecordTraits<T>::to_json(corrected.record);
    for (const auto& [k, v] : corrected.extra.items()) after[k] = v;
    auto before_sets = changes.size();
    diff(as_read, after, "", changes);
    if (changes.size() == before_sets) throw RefusedError("记录已是所给的值，无须更正");
  }
  corrected.record.history.push_back({now, by.id, "correct", note, changes});
  ctx.store().replace(*file, Repository<T>::serialize(corrected));
  if (a.quiet) return;
  ctx.err << "已登记 " << a.id << " 的更正"
          << (changes.empty() ? std::string() : "：" + changes_text(changes)) << "；原因：" << a.why
          << '\n';
}

/// A fee file or a dun log (many records in one file, no history of their own): a hand edit is
/// adopted with a `corrections:` entry at the top of the file, and the file sealed again.
void correct_fee_file(Context& ctx, const std::string& rel, const CorrectArgs& a) {
  const bool bills = rel.starts_with("fees/bills/"), payments = rel.starts_with("fees/payments/"),
             dun = rel.starts_with("fees/dun/");
  if (!bills && !payments && !dun)
    throw RefusedError("「" + rel + "」不是记录编号，也不是 fees/ 下的收费文件或催费记录");
  if (!a.sets.empty() || !a.accept)
    throw RefusedError("收费文件与催费记录请在编辑器中改好，再用 --accept 登记这次更正");
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  auto guard = ctx.store().lock();
  auto file = ctx.store().read_if_exists(ctx.dir().root() / rel, kBulkLimit);
  if (!file) throw RefusedError("没有文件 " + rel);
  if (file->seal == SealState::intact) throw RefusedError(rel + " 的封签完好，没有手工改动可接受");
  // What changed, as the files say it, from the copy kept when kefu last sealed it.
  std::vector<FieldChange> changes;
  std::string note = a.why;
  std::optional<std::string> copy;
  if (auto hash = seal_hash(file->bytes)) try {
      copy = ctx.dir().files().read(sealed_copy_path(*hash), kBulkLimit);
    } catch (const StoreError&) {
    }
  if (copy && seal_state(*copy) == SealState::intact) {
    diff(yaml_to_json(parse_yaml(rel, *copy).root), yaml_to_json(parse_yaml(rel, file->bytes).root),
         "", changes);
    note += "（接受手工改动）";
  } else {
    note += file->seal == SealState::missing ? "（接受无封签的文件）"
                                             : "（接受手工改动；改动前的内容已无从查考）";
  }
  Json entry{{"at", format_datetime(now)}, {"by", by.id}, {"note", note}};
  if (!changes.empty()) {
    Json list = Json::array();
    for (const auto& c : changes)
      list.push_back(Json{{"field", c.field}, {"from", c.from}, {"to", c.to}});
    entry["changes"] = list;
  }
  auto add = [&](Json& extra) {
    if (!extra.contains("corrections") || !extra["corrections"].is_array())
      extra["corrections"] = Json::array();
    extra["corrections"].push_back(entry);
  };
  std::string text;
  if (bills) {
    auto f = FeeStore::parse_bills(*file);
    add(f.extra);
    text = bill_file_yaml(f);
  } else if (payments) {
    auto f = FeeStore::parse_payments(*file);
    add(f.extra);
    text = payment_file_yaml(f);
  } else {
    auto log = FeeStore::parse_dun(*file);
    Json extra = log.extra.empty() ? Json::object() : Json::parse(log.extra);
    add(extra);
    log.extra = extra.dump();
    text = dun_file_yaml(log);
  }
  ctx.store().replace(*file, text);
  if (a.quiet) return;
  ctx.err << "已登记 " << rel << " 的更正"
          << (changes.empty() ? std::string() : "：" + changes_text(changes)) << "；原因：" << a.why
          << '\n';
}

/// Every record and fee file without a seal (written by hand, or by a kefu that did not seal),
/// adopted one by one with the same reason: how a store from before seals is taken over.
/// Records whose seal is broken are left to be looked at one by one.
void accept_all_unsealed(Context& ctx, CorrectArgs a) {
  if (!a.accept || !a.sets.empty() || !a.id.empty())
    throw RefusedError(
        "--all 只与 --accept 同用，且不给编号：kefu correct --accept --all --why 原因");
  a.quiet = true;
  size_t accepted = 0, broken = 0;
  auto each = [&](const auto& items, auto correct_one) {
    for (const auto& item : items) {
      if (item.file.seal == SealState::broken) ++broken;
      if (item.file.seal != SealState::missing) continue;
      correct_one(item);
      ++accepted;
    }
  };
  const auto& store = ctx.store();
  auto one = [&](auto& item, const std::string& id, auto tag) {
    using T = typename decltype(tag)::type;
    a.id = id;
    correct<T>(ctx, item.file.path, a);
  };
  each(Repository<Complaint>(store).scan({}).items,
       [&](const auto& i) { one(i, i.record.id, std::type_identity<Complaint>{}); });
  each(Repository<Repair>(store).scan({}).items,
       [&](const auto& i) { one(i, i.record.id, std::type_identity<Repair>{}); });
  each(Repository<Contact>(store).scan({}).items,
       [&](const auto& i) { one(i, i.record.id, std::type_identity<Contact>{}); });
  each(Repository<Opinion>(store).scan({}).items,
       [&](const auto& i) { one(i, i.record.id, std::type_identity<Opinion>{}); });
  each(Repository<KeyLoan>(store).scan({}).items,
       [&](const auto& i) { one(i, i.record.id, std::type_identity<KeyLoan>{}); });
  each(Repository<Move>(store).scan({}).items,
       [&](const auto& i) { one(i, i.record.id, std::type_identity<Move>{}); });
  each(Repository<Visit>(store).scan({}).items,
       [&](const auto& i) { one(i, i.record.id, std::type_identity<Visit>{}); });
  each(KeyRegister(store).scan().items,
       [&](const auto& i) { one(i, i.record.code, std::type_identity<Key>{}); });
  std::vector<StoreError> problems;
  std::vector<std::pair<std::string, SealState>> unsealed;
  check_fee_files(ctx, problems, unsealed);
  for (const auto& [name, seal] : unsealed) {
    if (seal == SealState::broken) {
      ++broken;
      continue;
    }
    correct_fee_file(ctx, name, a);
    ++accepted;
  }
  ctx.err << fmt::format("已为 {} 个无封签的记录登记更正并封签；原因：{}\n", accepted, a.why);
  if (broken)
    ctx.err << fmt::format(
        "另有 {} 个记录有手工改动，须逐一核对后用 kefu correct 编号 --accept 登记"
        "（kefu check 列出）\n",
        broken);
}

/// A record ID or key code, and its file.
void run_correct(Context& ctx, const CorrectArgs& a) {
  if (a.why.empty()) throw RefusedError("请用 --why 写明更正的原因（登记于处理经过中）");
  if (a.all) return accept_all_unsealed(ctx, a);
  if (a.id.empty()) throw RefusedError("请给出要更正的记录编号");
  const auto& store = ctx.store();
  if (a.id.find('/') != std::string::npos) return correct_fee_file(ctx, a.id, a);
  auto is = [&](const RecordKind& k) { return a.id.starts_with(std::string(k.prefix) + "-"); };
  if (is(kComplaintKind))
    correct<Complaint>(ctx, store.path_for(kComplaintKind, a.id), a);
  else if (is(kRepairKind))
    correct<Repair>(ctx, store.path_for(kRepairKind, a.id), a);
  else if (is(kSpecialKind))
    correct<SpecialService>(ctx, store.path_for(kSpecialKind, a.id), a);
  else if (is(kContactKind))
    correct<Contact>(ctx, store.path_for(kContactKind, a.id), a);
  else if (is(kOpinionKind))
    correct<Opinion>(ctx, store.path_for(kOpinionKind, a.id), a);
  else if (is(kSurveyKind))
    correct<Survey>(ctx, store.path_for(kSurveyKind, a.id), a);
  else if (is(kRenovationKind))
    correct<Renovation>(ctx, store.path_for(kRenovationKind, a.id), a);
  else if (is(kMoveKind))
    correct<Move>(ctx, store.path_for(kMoveKind, a.id), a);
  else if (is(kVisitKind))
    correct<Visit>(ctx, store.path_for(kVisitKind, a.id), a);
  else if (is(kDutyKind))
    correct<Duty>(ctx, store.path_for(kDutyKind, a.id), a);
  else if (is(kVisitorKind))
    correct<Visitor>(ctx, store.path_for(kVisitorKind, a.id), a);
  else if (is(kItemLoanKind))
    correct<ItemLoan>(ctx, store.path_for(kItemLoanKind, a.id), a);
  else if (is(kPatrolKind))
    correct<Patrol>(ctx, store.path_for(kPatrolKind, a.id), a);
  else if (is(kLostKind))
    correct<LostItem>(ctx, store.path_for(kLostKind, a.id), a);
  else if (is(kKeyLoanKind))
    correct<KeyLoan>(ctx, store.path_for(kKeyLoanKind, a.id), a);
  else
    correct<Key>(ctx, KeyRegister(store).path_for(a.id), a);
}

}  // namespace

void add_correct_command(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<CorrectArgs>();
  auto* cmd = app.add_subcommand(
      "correct", "更正一条记录并登记于处理经过（谁、何时、为何、哪些字段由何改为何），重新封签");
  cmd->add_option("ID", a->id,
                  "记录编号（TS- BX- LD- JY-）、钥匙编号，或 fees/ 下的收费文件、催费记录（如 "
                  "fees/bills/2026/11/3.yaml，只可 --accept）");
  cmd->add_option("--why", a->why, "更正的原因")->required();
  cmd->add_option("--set", a->sets,
                  "字段=新值，可多次；嵌套字段用 . 连接，如 callbacks.0.result=不满意");
  cmd->add_flag("--accept", a->accept,
                "接受在编辑器中所做的手工改动（kefu check 列为「有手工改动」或「无封签」的记录）");
  cmd->add_flag(
      "--all", a->all,
      "与 --accept 同用：一次接受所有无封签的记录（接管旧版 kefu 或手工建立的数据目录时）；"
      "有手工改动的仍须逐一核对");
  cmd->footer(
      "台账不得随意更改、涂抹（手册 §3.3.8）：记录可以手工编辑，但 kefu "
      "会发现（封签不符），直到用本"
      "命令登记更正。\n"
      "例：kefu correct TS-2026-11-0007 --set severity=重大 --why 业主补充说明涉及电梯安全\n"
      "    kefu correct BX-2026-11-0003 --accept --why 更正笔误的完工时间\n"
      "    kefu correct fees/bills/2026/11/3.yaml --accept --why 按物价局批复更正单价");
  cmd->callback([&ctx, a] { run_correct(ctx, *a); });
}

}  // namespace kefu
