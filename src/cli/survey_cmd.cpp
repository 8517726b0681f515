/// kefu survey open|answer|import|close|list|show|result|opinions — satisfaction survey rounds
/// (顾客满意度调查, §2.2.6, R6).
#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "core/sheet.hpp"
#include "core/survey.hpp"
#include "core/text.hpp"
#include "forms/render.hpp"
#include "store/atomic_file.hpp"
#include "store/opinion_store.hpp"
#include "store/survey_store.hpp"

namespace kefu {

std::vector<Survey> survey_rounds(Context& ctx) {
  auto result = SurveyRepository(ctx.store()).query(CaseQuery{});
  ctx.report_problems(result.problems);
  return result.records();
}

namespace {

/// A subcommand whose one argument is a round's ID (DC-…).
void id_command(CLI::App* parent, const char* name, const char* help,
                std::function<void(const std::string&)> run) {
  auto id = std::make_shared<std::string>();
  auto* c = parent->add_subcommand(name, help);
  c->add_option("ID", *id, "调查编号，如 DC-2026-10-0001")->required();
  c->callback([id, run = std::move(run)] { run(*id); });
}

/// A rating as staff write it: 满意 基本满意 不满意 (or the English keys); nullopt for a blank
/// cell or "-" (the item not answered).
std::optional<CallbackResult> rating_arg(const std::string& text, const std::string& item) {
  auto t = trim(text);
  if (t.empty() || t == "-" || t == "—" || t == "未答") return std::nullopt;
  auto r = parse_enum<CallbackResult>(t);
  if (!r)
    throw RefusedError("「" + item + "」的评价「" + t + "」无效，可选：" +
                       enum_choices<CallbackResult>() + "，不答留空");
  return r;
}

// ---- open, close ------------------------------------------------------------------------------

struct SurveyOpenOptions {
  std::string name, from, to;
  std::vector<std::string> items, buildings;
};

void survey_open(Context& ctx, const SurveyOpenOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  NewSurvey n;
  n.name = o.name;
  n.from = o.from.empty() ? date_of(now) : date_arg(o.from, now, "开始日期");
  n.to = date_arg(o.to, now, "结束日期");
  n.items = o.items.empty() ? ctx.config().survey_items : o.items;
  auto units = ctx.dir().all_units();
  std::set<std::string> known;
  for (const auto& u : units) known.insert(u.building);
  for (const auto& b : o.buildings) {
    if (!known.count(b))
      throw RefusedError(fmt::format("units/ 中没有楼栋「{}」；有：{}", b, fmt::join(known, "、")));
    if (std::find(n.buildings.begin(), n.buildings.end(), b) == n.buildings.end())
      n.buildings.push_back(b);
  }
  for (const auto& u : units)
    if (n.buildings.empty() ||
        std::find(n.buildings.begin(), n.buildings.end(), u.building) != n.buildings.end())
      ++n.population;
  if (n.population == 0) throw RefusedError("调查范围内没有住户：请先在 units/ 中登记住户");
  auto id = SurveyRepository(ctx.store()).create(now, [&](const std::string& new_id) {
    return open_survey(new_id, n, by.id, now);
  });
  ctx.out << id << '\n';
  ctx.err << fmt::format("已开始调查 {}「{}」：{} 至 {}，{} 户，项目：{}\n", id, trim(n.name),
                         format_date(n.from), format_date(n.to), n.population,
                         fmt::join(n.items, "、"));
}

void survey_close(Context& ctx, const std::string& id) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  auto s =
      SurveyRepository(ctx.store()).update(id, [&](Survey& rec) { close_survey(rec, by.id, now); });
  auto r = survey_result(s, now);
  ctx.err << fmt::format("调查 {} 已结束：收回 {} 份答卷（{} 户）\n", id, r.responses,
                         r.population);
}

// ---- answers ----------------------------------------------------------------------------------

struct SurveyAnswerOptions {
  std::string id, unit, opinion, at;
  std::vector<std::string> ratings;
};

void survey_answer(Context& ctx, const SurveyAnswerOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  auto unit = unit_arg(ctx, o.unit);
  SurveyAnswer a;
  a.unit = unit.id;
  a.building = unit.building;
  a.at = time_arg(o.at, now, "答卷时间");
  a.by = by.id;
  a.opinion = trim(o.opinion);
  for (const auto& r : o.ratings) {
    auto eq = r.find('=');
    if (eq == std::string::npos)
      throw RefusedError("评价「" + r + "」应写作 项目=评价，如 客户服务=满意");
    auto item = trim(r.substr(0, eq));
    if (a.ratings.count(item)) throw RefusedError("「" + item + "」评价了两次");
    if (auto rating = rating_arg(r.substr(eq + 1), item)) a.ratings[item] = *rating;
  }
  auto s = SurveyRepository(ctx.store()).update(o.id, [&](Survey& rec) {
    add_answers(rec, {a}, by.id, now);
  });
  auto r = survey_result(s, now);
  std::string missing;
  for (const auto& item : s.items)
    if (!a.ratings.count(item)) missing += (missing.empty() ? "" : "、") + item;
  ctx.err << fmt::format("已录入 {} 的答卷{}；{} 已收回 {} 份（{} 户）\n", a.unit,
                         missing.empty() ? "" : "（未答：" + missing + "）", s.id, r.responses,
                         r.population);
}

/// The columns of an import sheet, by heading: the unit, the date and the opinion, each in
/// English or Chinese; every other heading that is an item of the round.
struct Columns {
  std::optional<size_t> unit, date, opinion;
  std::vector<std::pair<std::string, size_t>> items;
  std::vector<std::string> ignored;
};

Columns columns_of(const Survey& s, const std::vector<std::string>& head, const std::string& name,
                   int line) {
  const std::vector<std::string> kUnit{"unit", "户号", "房号"},
      kDate{"date", "at", "日期", "答卷日期", "调查日期"},
      kOpinion{"opinion", "意见", "意见建议", "意见或建议"};
  auto is = [](const std::vector<std::string>& names, const std::string& h) {
    return std::find(names.begin(), names.end(), h) != names.end();
  };
  Columns c;
  std::set<std::string> seen;
  for (size_t i = 0; i < head.size(); ++i) {
    const auto& h = head[i];
    if (h.empty()) continue;
    if (!seen.insert(h).second)
      throw RefusedError(fmt::format("{} 第{}行：列「{}」出现了两次", name, line, h));
    if (is(kUnit, h))
      c.unit = i;
    else if (is(kDate, h))
      c.date = i;
    else if (is(kOpinion, h))
      c.opinion = i;
    else if (std::find(s.items.begin(), s.items.end(), h) != s.items.end())
      c.items.push_back({h, i});
    else
      c.ignored.push_back(h);
  }
  if (!c.unit) throw RefusedError(fmt::format("{} 第{}行：缺少「户号」列", name, line));
  std::string missing;
  for (const auto& item : s.items)
    if (std::none_of(c.items.begin(), c.items.end(),
                     [&](const auto& x) { return x.first == item; }))
      missing += (missing.empty() ? "" : "、") + item;
  if (!missing.empty())
    throw RefusedError(
        fmt::format("{} 第{}行：缺少本次调查项目的列：{}（列名须与项目名称一致；本次项目：{}）",
                    name, line, missing, fmt::join(s.items, "、")));
  return c;
}

struct SurveyImportOptions {
  std::string id, file, date;
  bool dry_run = false;
};

void survey_import(Context& ctx, const SurveyImportOptions& o) {
  const auto& by = ctx.actor();
  DateTime now = ctx.now();
  std::string name = std::filesystem::path(o.file).filename().string();
  std::string bytes;
  try {
    bytes = read_file(o.file, o.file);
  } catch (const StoreError&) {
    throw RefusedError("无法读取文件 " + o.file);
  }
  auto sheet = read_import_sheet(std::move(bytes), name);
  ctx.err << encoding_note(name, sheet.encoding);
  if (sheet.rows.empty()) throw RefusedError(name + " 是空表，未导入任何内容");
  std::optional<DateTime> default_at;
  if (!o.date.empty()) default_at = time_arg(o.date, now, "答卷日期");

  std::vector<std::string> ignored;
  // The rows as answers of the round as it stands; RefusedError listing every bad row.
  auto answers_of = [&](const Survey& rec) {
    auto c = columns_of(rec, sheet.rows.front().second, name, sheet.rows.front().first);
    ignored = c.ignored;
    std::vector<SurveyAnswer> answers;
    std::vector<std::string> errors;
    Survey trial = rec;  // each row checked against the round with the rows before it
    for (size_t r = 1; r < sheet.rows.size(); ++r) {
      const auto& [line, cells] = sheet.rows[r];
      auto cell = [&](std::optional<size_t> i) {
        return i && *i < cells.size() ? cells[*i] : std::string();
      };
      auto bad = [&](const std::string& why) {
        errors.push_back(fmt::format("{} 第{}行：{}", name, line, why));
      };
      try {
        SurveyAnswer a;
        a.unit = cell(c.unit);
        if (a.unit.empty()) {
          bad("户号为空");
          continue;
        }
        auto unit = ctx.dir().find_unit(a.unit);
        if (!unit) {
          bad("户号「" + a.unit + "」不在 units/ 的住户资料中");
          continue;
        }
        a.building = unit->building;
        auto date = cell(c.date);
        if (!date.empty()) {
          auto t = parse_datetime(date);
          if (!t) {
            bad("答卷日期「" + date + "」无效，应如 2026-10-09");
            continue;
          }
          a.at = *t;
        } else {
          a.at = default_at.value_or(now);
        }
        a.by = by.id;
        a.file = name;
        a.opinion = cell(c.opinion);
        for (const auto& [item, i] : c.items)
          if (auto rating = rating_arg(cell(i), item)) a.ratings[item] = *rating;
        if (auto why = answer_problem(trial, a, now)) {
          bad(*why +
              (date.empty() && !default_at ? "（表中没有日期列时，用 --date 写明答卷日期）" : ""));
          continue;
        }
        trial.answers.push_back(a);
        answers.push_back(std::move(a));
      } catch (const RefusedError& e) {
        bad(e.what());
      }
    }
    if (!errors.empty()) {
      std::string text;
      size_t shown = std::min<size_t>(errors.size(), 20);
      for (size_t i = 0; i < shown; ++i) text += "\n  " + errors[i];
      if (errors.size() > shown) text += fmt::format("\n  …另有 {} 处", errors.size() - shown);
      throw RefusedError(
          fmt::format("{} 有 {} 处错误，未导入任何答卷：{}", name, errors.size(), text));
    }
    if (answers.empty()) throw RefusedError(name + " 没有答卷行，未导入任何内容");
    return answers;
  };
  SurveyRepository repo(ctx.store());
  size_t count = 0;
  Survey s;
  if (o.dry_run) {
    s = repo.get(o.id).record;
    count = answers_of(s).size();
  } else {
    s = repo.update(o.id, [&](Survey& rec) {
      auto answers = answers_of(rec);
      count = answers.size();
      add_answers(rec, std::move(answers), by.id, now);
    });
  }
  auto r = survey_result(s, now);
  std::string how = sheet.format == "xlsx" ? "xlsx" : "CSV";
  ctx.err << fmt::format(
      "{}{} 的 {} 份答卷（{}）{}", o.dry_run ? "检查无误，可导入 " : "已导入 ", name, count, how,
      o.dry_run ? "" : fmt::format("；{} 已收回 {} 份（{} 户）", s.id, r.responses, r.population));
  if (!ignored.empty()) ctx.err << fmt::format("；未导入的列：{}", fmt::join(ignored, "、"));
  ctx.err << '\n';
}

// ---- views ------------------------------------------------------------------------------------

Json count_json(const std::string& name, const RatingCount& c,
                std::optional<std::optional<double>> previous) {
  Json j{{"name", name},
         {"satisfied", c.satisfied},
         {"basically_satisfied", c.basic},
         {"unsatisfied", c.unsatisfied},
         {"answered", c.answered()},
         {"rate", rate_json(c.rate())}};
  if (previous) j["previous_rate"] = rate_json(*previous);
  return j;
}

}  // namespace

Json survey_round_json(const Survey& s, const SurveyResult& r) {
  return Json{{"id", s.id},
              {"name", s.name},
              {"from", format_date(s.from)},
              {"to", format_date(s.to)},
              {"status", to_key(s.status)},
              {"population", r.population},
              {"responses", r.responses},
              {"response_rate", rate_json(r.response_rate())},
              {"good", r.overall.good()},
              {"answered", r.overall.answered()},
              {"rate", rate_json(r.overall.rate())}};
}

namespace {

std::optional<double> rate_of(const std::vector<NamedCount>& rows, const std::string& name) {
  for (const auto& r : rows)
    if (r.name == name) return r.count.rate();
  return std::nullopt;
}

/// A round's results as JSON, compared with the round before it.
Json result_json(Context& ctx, const Survey& s, const std::vector<Survey>& rounds) {
  DateTime now = ctx.now();
  auto r = survey_result(s, now);
  const Survey* prev = previous_round(rounds, s);
  std::optional<SurveyResult> p;
  if (prev) p = survey_result(*prev, now);
  auto prev_of = [&](const std::vector<NamedCount> SurveyResult::*rows,
                     const std::string& name) -> std::optional<std::optional<double>> {
    if (!p) return std::nullopt;
    return rate_of((*p).*rows, name);
  };
  Json items = Json::array(), buildings = Json::array();
  for (const auto& x : r.by_item)
    items.push_back(count_json(x.name, x.count, prev_of(&SurveyResult::by_item, x.name)));
  for (const auto& x : r.by_building)
    buildings.push_back(count_json(x.name, x.count, prev_of(&SurveyResult::by_building, x.name)));
  std::optional<std::optional<double>> prev_overall;
  if (p) prev_overall = p->overall.rate();
  Json j = survey_round_json(s, r);
  j["items"] = items;
  j["buildings"] = buildings;
  j["overall"] = count_json("总体", r.overall, prev_overall);
  j["opinions"] = r.opinions;
  j["previous"] = prev ? survey_round_json(*prev, *p) : Json(nullptr);
  return j;
}

/// "+2.50" percentage points, or "—" when either side is missing.
std::string change(const Json& row) {
  if (!row.contains("previous_rate") || row["rate"].is_null() || row["previous_rate"].is_null())
    return "—";
  double d = (row["rate"].get<double>() - row["previous_rate"].get<double>()) * 100.0;
  return fmt::format("{:+.2f}", d);
}

std::vector<std::string> count_cells(const Json& x) {
  return {x["name"],
          std::to_string(x["satisfied"].get<int>()),
          std::to_string(x["basically_satisfied"].get<int>()),
          std::to_string(x["unsatisfied"].get<int>()),
          percent(x["rate"]),
          x.contains("previous_rate") ? percent(x["previous_rate"]) : "—",
          change(x)};
}

void print_result_table(Context& ctx, const Json& j) {
  ctx.out << fmt::format("{} {}（{} 至 {}，{}）\n", j["name"].get<std::string>(),
                         j["id"].get<std::string>(), j["from"].get<std::string>(),
                         j["to"].get<std::string>(),
                         to_zh(*parse_enum<SurveyStatus>(j["status"].get<std::string>())));
  ctx.out << fmt::format("收回答卷 {} 户 / 调查 {} 户，回收率 {}\n", j["responses"].get<int>(),
                         j["population"].get<int>(), percent(j["response_rate"]));
  if (!j["previous"].is_null())
    ctx.out << fmt::format(
        "上一轮：{} {}（{} 至 {}），满意率 {}\n", j["previous"]["name"].get<std::string>(),
        j["previous"]["id"].get<std::string>(), j["previous"]["from"].get<std::string>(),
        j["previous"]["to"].get<std::string>(), percent(j["previous"]["rate"]));
  ctx.out << '\n';
  const std::vector<std::string> head{"", "满意", "基本满意", "不满意", "满意率", "上一轮", "变化"};
  auto table = [&](const char* first, const Json& rows) {
    Table t{head, {}};
    t.headings[0] = first;
    for (const auto& x : rows) t.rows.push_back(count_cells(x));
    return t;
  };
  auto items = table("项目", j["items"]);
  items.rows.push_back(count_cells(j["overall"]));
  print_table(ctx.out, items);
  if (!j["buildings"].empty()) {
    ctx.out << '\n';
    print_table(ctx.out, table("楼栋", j["buildings"]));
  }
  ctx.out << "\n满意率 = （满意 + 基本满意）÷ 作答项次，不答的项目不计；总体为全部项目合计。\n";
  if (j["opinions"].get<int>() > 0)
    ctx.out << fmt::format("答卷中有 {} 条意见或建议：kefu survey opinions {} 列出\n",
                           j["opinions"].get<int>(), j["id"].get<std::string>());
}

const std::vector<std::string> kResultCsvKeys = {
    "group",       "name",     "satisfied", "basically_satisfied",
    "unsatisfied", "answered", "rate",      "previous_rate"};

void print_result_csv(Context& ctx, const Json& j) {
  Json rows = Json::array();
  auto add = [&](const char* group, const Json& x) {
    Json row = x;
    row["group"] = group;
    if (!row.contains("previous_rate")) row["previous_rate"] = nullptr;
    rows.push_back(row);
  };
  for (const auto& x : j["items"]) add("item", x);
  for (const auto& x : j["buildings"]) add("building", x);
  add("overall", j["overall"]);
  print_csv(ctx.out, kResultCsvKeys, rows);
}

/// The latest of `rounds` whose period has begun.
Survey round_arg(Context& ctx, const std::vector<Survey>& rounds) {
  const Survey* best = nullptr;
  for (const auto& r : rounds)
    if (r.from <= date_of(ctx.now()) &&
        (!best || r.to > best->to || (r.to == best->to && r.id > best->id)))
      best = &r;
  if (!best) throw RefusedError("还没有满意度调查；kefu survey open 开始一轮");
  return *best;
}

/// The round `id` (read first, so that a faulty file is reported once) or the latest begun, and
/// every round, to find the one before it.
std::pair<Survey, std::vector<Survey>> round_and_rounds(Context& ctx, const std::string& id) {
  if (!id.empty()) {
    auto s = SurveyRepository(ctx.store()).get(id).record;
    return {std::move(s), survey_rounds(ctx)};
  }
  auto rounds = survey_rounds(ctx);
  auto s = round_arg(ctx, rounds);
  return {std::move(s), std::move(rounds)};
}

void survey_result(Context& ctx, const std::string& id) {
  auto [s, rounds] = round_and_rounds(ctx, id);
  auto j = result_json(ctx, s, rounds);
  switch (ctx.format()) {
    case Format::table:
      return print_result_table(ctx, j);
    case Format::csv:
      return print_result_csv(ctx, j);
    default:
      return print_rows(ctx.out, ctx.format(), j, {});
  }
}

void survey_list(Context& ctx) {
  auto rounds = survey_rounds(ctx);
  std::sort(rounds.begin(), rounds.end(), [](const Survey& a, const Survey& b) {
    return a.from != b.from ? a.from < b.from : a.id < b.id;
  });
  std::vector<Json> views;
  for (const auto& s : rounds) views.push_back(survey_round_json(s, survey_result(s, ctx.now())));
  print_case_list(
      ctx.out, ctx.err, ctx.format(), views,
      {"id", "name", "from", "to", "status", "population", "responses", "response_rate", "rate"},
      [&](const std::vector<Json>& vs) {
        Table t{{"编号", "名称", "调查期", "状态", "调查户数", "收回", "回收率", "满意率"}, {}};
        for (const auto& v : vs)
          t.rows.push_back(
              {v["id"], v["name"],
               v["from"].get<std::string>() + " 至 " + v["to"].get<std::string>(),
               std::string(to_zh(*parse_enum<SurveyStatus>(v["status"].get<std::string>()))),
               std::to_string(v["population"].get<int>()),
               std::to_string(v["responses"].get<int>()), percent(v["response_rate"]),
               percent(v["rate"])});
        return t;
      },
      "满意度调查");
}

void survey_show(Context& ctx, const std::string& id) {
  auto loaded = SurveyRepository(ctx.store()).get(id);
  ctx.warn_unsealed(loaded.file, id);
  const auto& s = loaded.record;
  if (ctx.format() != Format::table) {
    Json v = RecordTraits<Survey>::to_json(s);
    for (const auto& [k, x] : loaded.extra.items()) v[k] = x;
    v["seal"] = seal_key(loaded.file.seal);
    return print_rows(ctx.out, ctx.format(), v,
                      {"id", "name", "from", "to", "status", "population"});
  }
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) ctx.out << pad_right(label, 10) << value << '\n';
  };
  line("调查编号", s.id);
  line("名称", s.name);
  line("状态", std::string(to_zh(s.status)));
  line("调查期", format_date(s.from) + " 至 " + format_date(s.to));
  line("范围", s.buildings.empty() ? std::string("全部楼栋")
                                   : fmt::format("{} 栋", fmt::join(s.buildings, "、")));
  line("调查户数", std::to_string(s.population));
  line("收回答卷", std::to_string(s.answers.size()));
  line("问卷项目", fmt::format("{}", fmt::join(s.items, "、")));
  line("发起人", ctx.staff_name(s.owner));
  print_history(ctx, s.history);
}

/// The answers of a round with an opinion in their own words, and the opinion record each
/// became (opinion add --source survey:DC-…), if any.
void survey_opinions(Context& ctx, const std::string& id) {
  auto s = SurveyRepository(ctx.store()).get(id).record;
  std::map<std::string, std::string> made;  // unit → YJ-…
  auto opinions = OpinionRepository(ctx.store()).query(CaseQuery{});
  ctx.report_problems(opinions.problems);
  for (const auto& o : opinions.items)
    if (o.record.source == OpinionSource::survey && o.record.source_id == s.id)
      made[o.record.unit] = o.record.id;
  std::vector<Json> views;
  for (const auto& a : s.answers) {
    if (trim(a.opinion).empty() || a.at > ctx.now()) continue;
    auto it = made.find(a.unit);
    views.push_back(Json{{"unit", a.unit},
                         {"at", format_datetime(a.at)},
                         {"opinion", a.opinion},
                         {"opinion_id", it == made.end() ? "" : it->second}});
  }
  print_case_list(
      ctx.out, ctx.err, ctx.format(), views, {"unit", "at", "opinion", "opinion_id"},
      [&](const std::vector<Json>& vs) {
        Table t{{"户号", "答卷日期", "意见编号", "意见或建议"}, {}};
        for (const auto& v : vs)
          t.rows.push_back({v["unit"], v["at"].get<std::string>().substr(0, 10),
                            v["opinion_id"].get<std::string>().empty() ? "未登记" : v["opinion_id"],
                            truncate_to(v["opinion"].get<std::string>(), 40)});
        return t;
      },
      "答卷意见");
  if (ctx.format() == Format::table && std::any_of(views.begin(), views.end(), [](const Json& v) {
        return v["opinion_id"].get<std::string>().empty();
      }))
    ctx.err << fmt::format(
        "未登记的意见请交责任部门：kefu opinion add --source survey:{} --unit 户号 --dept 部门\n",
        s.id);
}

}  // namespace

Json survey_form_data(Context& ctx, const std::string& id) {
  auto [s, rounds] = round_and_rounds(ctx, id);
  auto j = result_json(ctx, s, rounds);
  auto rows = [&](const Json& list, const char* first, bool with_overall) {
    Json out = Json::array();
    auto add = [&](const Json& x) {
      auto c = count_cells(x);
      out.push_back(Json{{"name", c[0]},
                         {"satisfied", c[1]},
                         {"basic", c[2]},
                         {"unsatisfied", c[3]},
                         {"rate", c[4]},
                         {"previous", c[5]},
                         {"change", c[6]}});
    };
    for (const auto& x : list) add(x);
    if (with_overall) add(j["overall"]);
    Json heading = pad_columns(out, {{"name", first},
                                     {"satisfied", "满意"},
                                     {"basic", "基本满意"},
                                     {"unsatisfied", "不满意"},
                                     {"rate", "满意率"},
                                     {"previous", "上一轮"}});
    heading["change"] = "变化";
    return Json{{"heading", heading}, {"rows", out}};
  };
  Json previous =
      j["previous"].is_null()
          ? Json("无")
          : Json(fmt::format(
                "{} {}（{} 至 {}），满意率 {}", j["previous"]["name"].get<std::string>(),
                j["previous"]["id"].get<std::string>(), j["previous"]["from"].get<std::string>(),
                j["previous"]["to"].get<std::string>(), percent(j["previous"]["rate"])));
  return Json{{"site", site_json(ctx.dir())},
              {"id", s.id},
              {"name", s.name},
              {"period", format_date(s.from) + " 至 " + format_date(s.to)},
              {"status", to_zh(s.status)},
              {"as_of", format_datetime(ctx.now())},
              {"population", std::to_string(j["population"].get<int>())},
              {"responses", std::to_string(j["responses"].get<int>())},
              {"response_rate", percent(j["response_rate"])},
              {"overall_rate", percent(j["overall"]["rate"])},
              {"previous", previous},
              {"opinions", std::to_string(j["opinions"].get<int>())},
              {"by_item", rows(j["items"], "项目", true)},
              {"by_building", rows(j["buildings"], "楼栋", false)}};
}

void add_survey_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "survey", "顾客满意度调查（§2.2.6）：开始一轮、逐户录入或从表格导入答卷、统计满意率");
  cmd->require_subcommand(1);

  auto open = std::make_shared<SurveyOpenOptions>();
  auto* o = cmd->add_subcommand("open", "开始一轮满意度调查；在标准输出打印新编号");
  o->add_option("--name", open->name, "调查名称，如 2026年第四季度顾客满意度调查")->required();
  o->add_option("--from", open->from, "调查开始日期，如 2026-10-08（默认为今天）");
  o->add_option("--to", open->to, "调查结束日期，如 2026-10-31")->required();
  o->add_option("--item", open->items,
                "问卷项目，可重复，按问卷顺序（默认为 kefu.yaml 的 survey_items）");
  o->add_option("--building", open->buildings, "调查的楼栋，可重复（默认为全部楼栋）");
  o->footer(
      "例：kefu --by zhangmin survey open --name 2026年第四季度顾客满意度调查 \\\n"
      "         --from 2026-10-08 --to 2026-10-31\n"
      "调查户数为开始时范围内 units/ 中的住户数，回收率以此为分母。");
  o->callback([&ctx, open] { survey_open(ctx, *open); });

  auto ans = std::make_shared<SurveyAnswerOptions>();
  auto* a = cmd->add_subcommand("answer", "在前台录入一户的答卷");
  a->add_option("ID", ans->id, "调查编号，如 DC-2026-10-0001")->required();
  a->add_option("UNIT", ans->unit, "户号，如 3-2-1102")->required();
  a->add_option("RATING", ans->ratings, "各项评价：项目=满意|基本满意|不满意；不答的项目不写");
  a->add_option("--opinion", ans->opinion, "答卷上的意见或建议（原话）");
  a->add_option("--at", ans->at, "答卷时间，如 2026-10-09 或 2026-10-09T10:00（默认为当前时间）");
  a->footer(
      "例：kefu --by lili survey answer DC-2026-10-0001 1-1-101 客户服务=满意 \\\n"
      "         工程维修=基本满意 秩序维护=满意 --opinion \"地库照明太暗\"");
  a->callback([&ctx, ans] { survey_answer(ctx, *ans); });

  auto imp = std::make_shared<SurveyImportOptions>();
  auto* i = cmd->add_subcommand("import", "从调查公司或纸质统计的表格（CSV 或 xlsx）导入答卷");
  i->add_option("ID", imp->id, "调查编号")->required();
  i->add_option("FILE", imp->file, "CSV（UTF-8 或 GBK/GB18030，自动转换）或 xlsx（第一张工作表）")
      ->required();
  i->add_option("--date", imp->date, "表中没有日期列时答卷的日期，如 2026-10-20（默认为今天）");
  i->add_flag("--dry-run", imp->dry_run, "只检查，不导入");
  i->footer(
      "第一行为列名：户号（必有）、各调查项目（列名与项目名称一致，每格 满意/基本满意/不满意，"
      "不答留空）、日期、意见（可选）；其他列不导入，并列出其名。\n"
      "任何一行有误即列出行号与原因，全部不导入。\n"
      "例：kefu --by lili survey import DC-2026-10-0001 第四季度调查.xlsx");
  i->callback([&ctx, imp] { survey_import(ctx, *imp); });

  id_command(cmd, "close", "结束一轮调查，不再录入答卷",
             [&ctx](const std::string& id) { survey_close(ctx, id); });
  auto* l = cmd->add_subcommand("list", "列出各轮调查及其回收率、满意率");
  l->callback([&ctx] { survey_list(ctx); });
  id_command(cmd, "show", "显示一轮调查的设置与处理经过（--format json 含全部答卷）",
             [&ctx](const std::string& id) { survey_show(ctx, id); });

  auto result_id = std::make_shared<std::string>();
  auto* r = cmd->add_subcommand("result",
                                "统计一轮调查：回收率，各项目、各楼栋及总体满意率，与上一轮比较");
  r->add_option("ID", *result_id, "调查编号（默认为已开始的最近一轮）");
  r->footer(
      "满意率 = （满意 + 基本满意）÷ 作答项次。上一轮为调查期在本轮开始前结束的最近一轮。\n"
      "可打印的汇总表：kefu render survey 调查编号");
  r->callback([&ctx, result_id] { survey_result(ctx, *result_id); });

  id_command(cmd, "opinions", "列出答卷中的意见或建议，及是否已登记为意见",
             [&ctx](const std::string& id) { survey_opinions(ctx, id); });

  cmd->footer(
      "流程：open 开始 → answer 逐户录入 / import 导入表格 → close 结束 → result 统计、"
      "render survey 汇总表 → 答卷中的意见用 opinion add --source survey:DC-… --unit 户号 "
      "登记并交责任部门。\n"
      "月度报告的顾客满意率依据 kefu.yaml 的 satisfaction_measure：callbacks 回访（默认）、"
      "survey 最近一轮已结束的调查、both 两者并列。");
}

}  // namespace kefu
