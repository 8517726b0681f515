/// kefu contact log|list — the register of calls and visits (客户来电来访登记).
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/list_filter.hpp"
#include "core/text.hpp"
#include "store/repair_store.hpp"
#include "store/special_store.hpp"

namespace kefu {
namespace {

struct ContactLogOptions {
  std::string type, channel = "phone", category, unit, name, phone, content, reply;
};

void contact_log(Context& ctx, const ContactLogOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  NewContact n;
  n.type = enum_arg<ContactType>(o.type, "来电来访类型");
  n.channel = enum_arg<Channel>(o.channel, "来源渠道");
  const auto& cats = ctx.config().contact_categories;
  if (std::find(cats.begin(), cats.end(), o.category) == cats.end()) {
    std::string list;
    for (const auto& c : cats) list += (list.empty() ? "" : "、") + c;
    throw RefusedError("类别「" + o.category + "」不在 kefu.yaml 的 contact_categories 中；可选：" +
                       list);
  }
  n.category = o.category;
  n.unit = o.unit;
  n.person = {o.name, o.phone};
  n.content = trim(o.content);
  n.reply = trim(o.reply);
  if (!o.unit.empty()) {
    auto unit = unit_arg(ctx, o.unit);
    if (n.person.name.empty()) n.person.name = unit.owner;
    if (n.person.phone.empty()) n.person.phone = unit.phone;
  }
  ContactRepository repo(ctx.store());
  auto id = repo.create(
      now, [&](const std::string& new_id) { return log_contact(new_id, n, by.id, now); });
  ctx.out << id << '\n';
  ctx.err << fmt::format("已登记{}（{}）{}\n", to_zh(n.type), to_zh(n.channel), id);
}

void contact_list(Context& ctx, const std::string& month_text, const std::string& type,
                  const FilterArgs& filter_args) {
  YearMonth month = month_text.empty() ? month_of(ctx.now()) : month_arg(month_text);
  ListFilter filter = filter_arg(filter_args, ctx.now());
  std::vector<RegisterLine> lines;
  std::string period = month.str();
  if (filter.dated() && month_text.empty()) {
    auto [from, to] = filter_months(filter, ctx.now());
    for (YearMonth m = from; m <= to; m = m.next()) {
      auto more = register_lines(ctx, m, "");
      lines.insert(lines.end(), std::make_move_iterator(more.begin()),
                   std::make_move_iterator(more.end()));
    }
    period = (filter.from ? format_date(*filter.from) : from.str()) + " 至 " +
             (filter.to ? format_date(*filter.to) : format_date(date_of(ctx.now())));
  } else {
    lines = register_lines(ctx, month, "");
  }
  std::erase_if(lines, [&](const RegisterLine& l) {
    return !filter_keeps(filter, l.at, {l.subject, l.name, l.unit, l.category}, {l.phone});
  });
  if (!type.empty()) {
    std::string key;
    if (type == "投诉" || type == "complaint")
      key = "complaint";
    else if (type == "报修" || type == "repair")
      key = "repair";
    else if (type == "特约服务" || type == "special")
      key = "special";
    else
      key = std::string(to_key(enum_arg<ContactType>(type, "类型")));
    std::erase_if(lines, [&](const RegisterLine& l) { return l.type != key; });
  }
  auto f = ctx.format();
  if (f != Format::table) {
    Json rows = Json::array();
    for (const auto& l : lines) {
      Json row{{"id", l.id},           {"kind", l.kind},
               {"type", l.type},       {"received_at", format_datetime(l.at)},
               {"channel", l.channel}, {"category", l.category},
               {"name", l.name},       {"unit", l.unit},
               {"phone", l.phone},     {"owner", l.owner},
               {"status", l.status},   {"subject", l.subject}};
      ctx.protect(row);
      rows.push_back(row);
    }
    print_rows(ctx.out, f, rows,
               {"id", "kind", "type", "received_at", "channel", "category", "name", "unit", "phone",
                "owner", "status", "subject"});
    return;
  }
  if (lines.empty()) {
    ctx.err << period << " 没有"
            << (filter.grep.empty() && filter.phone.empty() ? "" : "符合条件的")
            << "来电来访记录\n";
    return;
  }
  Table t{{"时间", "方式", "类型", "类别", "客户", "户号/地点", "电话", "编号", "接待人",
           "处理情况", "事由"},
          {}};
  for (const auto& l : lines)
    t.rows.push_back({format_short(l.at), std::string(to_zh(*parse_enum<Channel>(l.channel))),
                      l.type_zh, l.category, l.name, truncate_to(l.unit, 16), ctx.phone(l.phone),
                      l.id, ctx.staff_name(l.owner), l.status, truncate_to(l.subject, 30)});
  print_table(ctx.out, t);
  ctx.err << period << " 共 " << lines.size() << " 条\n";
}

}  // namespace

std::vector<RegisterLine> register_lines(Context& ctx, std::optional<YearMonth> month,
                                         const std::string& id) {
  CaseQuery q;
  if (month) q.from = q.to = *month;
  std::vector<RegisterLine> lines;
  auto want = [&](const RecordKind& kind) {
    return id.empty() || id.starts_with(std::string(kind.prefix) + "-");
  };
  // Each kind: one record by ID, or the month's records.
  auto gather = [&](auto repo, auto add) {
    if (!id.empty()) {
      add(repo.get(id).record);
      return;
    }
    auto result = repo.query(q);
    ctx.report_problems(result.problems);
    for (const auto& item : result.items) add(item.record);
  };
  bool known = false;
  if (want(kContactKind)) {
    known = true;
    gather(ContactRepository(ctx.store()), [&](const Contact& c) {
      lines.push_back({c.received_at, c.id, "contact", std::string(to_key(c.type)),
                       std::string(to_zh(c.type)), std::string(to_key(c.channel)), c.category,
                       c.person.name, c.unit, c.person.phone, c.owner,
                       c.reply.empty() ? "已登记" : truncate_to(c.reply, 20), c.content});
    });
  }
  if (want(kComplaintKind)) {
    known = true;
    gather(ComplaintRepository(ctx.store()), [&](const Complaint& c) {
      lines.push_back({c.received_at, c.id, "complaint", "complaint", "投诉",
                       std::string(to_key(c.channel)), c.category, c.complainant.name,
                       c.unit.empty() ? c.place : c.unit, c.complainant.phone, c.owner,
                       std::string(to_zh(c.status)), c.description});
    });
  }
  if (want(kRepairKind)) {
    known = true;
    gather(RepairRepository(ctx.store()), [&](const Repair& r) {
      if (r.is_converted() && id.empty()) return;  // its special service stands for it
      lines.push_back({r.received_at, r.id, "repair", "repair", "报修",
                       std::string(to_key(r.channel)), r.kind_zh(), r.requester.name,
                       r.unit.empty() ? r.place : r.unit, r.requester.phone, r.owner,
                       std::string(to_zh(r.status)), r.fault});
    });
  }
  if (want(kSpecialKind)) {
    known = true;
    gather(SpecialRepository(ctx.store()), [&](const SpecialService& x) {
      lines.push_back({x.received_at, x.id, "special", "special", "特约服务",
                       std::string(to_key(x.channel)), "有偿服务", x.requester.name, x.unit,
                       x.requester.phone, x.owner, std::string(to_zh(x.status)), x.what});
    });
  }
  if (!known)
    throw RefusedError(
        "编号「" + id +
        "」不是来电来访（LD-…）、投诉（TS-…）、报修（BX-…）或特约服务（TY-…）的编号");
  std::stable_sort(lines.begin(), lines.end(), [](const RegisterLine& a, const RegisterLine& b) {
    return a.at != b.at ? a.at < b.at : a.id < b.id;
  });
  return lines;
}

void add_contact_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("contact", "客户来电来访登记（咨询、建议、表扬、报事）");
  cmd->require_subcommand(1);
  cmd->footer(
      "投诉、报修与特约服务另用 complaint open、repair log、special open 登记，它们同样列入来电来访"
      "登记表。");

  auto log = std::make_shared<ContactLogOptions>();
  auto* l = cmd->add_subcommand("log", "登记一次来电来访；在标准输出打印新编号");
  l->add_option("--type", log->type,
                "类型：咨询 建议 表扬 报事 其他（inquiry suggestion praise report other）")
      ->required();
  l->add_option("--channel", log->channel, "方式：电话 来访 邮件 信函 在线")->capture_default_str();
  l->add_option("--category", log->category, "类别，取自 kefu.yaml 的 contact_categories")
      ->required();
  l->add_option("--unit", log->unit, "户号");
  l->add_option("--name", log->name, "客户姓名（默认为该户业主）");
  l->add_option("--phone", log->phone, "联系电话（默认为该户登记电话）");
  l->add_option("--content", log->content, "来电来访内容")->required();
  l->add_option("--reply", log->reply, "答复或转交情况");
  l->footer(
      "例：kefu --by zhangmin contact log --type 咨询 --category 收费 --unit 1-1-101 --content "
      "询问物业费标准 --reply 已告知");
  l->callback([&ctx, log] { contact_log(ctx, *log); });

  struct ListArgs {
    std::string month, type;
    FilterArgs filter;
  };
  auto list = std::make_shared<ListArgs>();
  auto* ls = cmd->add_subcommand(
      "list", "一个月的全部来电来访：登记、投诉、报修与特约服务合为一册，按时间排列");
  ls->add_option("--month", list->month, "月份，如 2026-11（默认本月）");
  ls->add_option("--type", list->type, "只列一种：咨询 建议 表扬 报事 其他 投诉 报修 特约服务");
  add_filter_options(ls, list->filter, "事由、客户、户号/地点与类别");
  ls->callback([&ctx, list] { contact_list(ctx, list->month, list->type, list->filter); });
}

}  // namespace kefu
