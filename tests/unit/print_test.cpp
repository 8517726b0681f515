/// Forms on A4: lines wrapped to the form's width, tables kept as tables, and the HTML of a form.
#include <doctest/doctest.h>

#include <sstream>

#include "core/text.hpp"
#include "forms/print.hpp"

using namespace kefu;

namespace {

int widest(const std::string& text) {
  std::istringstream in(text);
  int w = 0;
  for (std::string line; std::getline(in, line);) w = std::max(w, display_width(line));
  return w;
}

}  // namespace

TEST_CASE("a form's width and orientation come from its template") {
  CHECK(form_columns("key_register.txt") == 120);
  CHECK(form_landscape("key_register.txt"));
  CHECK(form_columns("complaint_record.txt") == 80);
  CHECK_FALSE(form_landscape("complaint_record.txt"));
  CHECK(form_columns("monthly_report.html") == 0);
}

TEST_CASE("lines that fit are kept as they are") {
  std::string text = "翠湖花园 客户服务中心\n投诉处理记录\n\n编号：TS-2026-11-0007\n";
  CHECK(fit_columns(text, 80) == text);
  CHECK(fit_columns("无换行", 80) == "无换行");
}

TEST_CASE("a table's free-text column wraps in its place") {
  std::string text =
      "序号  时间         编号             事由\n"
      "1     11-01 09:08  LD-2026-11-0001  安全秩序：表扬护卫员帮助老人提重物回家\n";
  auto fitted = fit_columns(text, 60);
  CHECK(widest(fitted) <= 60);
  CHECK(fitted ==
        "序号  时间         编号             事由\n"
        "1     11-01 09:08  LD-2026-11-0001  安全秩序：表扬护卫员帮助\n"
        "                                    老人提重物回家\n");
  // Narrower than 24 columns, it goes on under the row, from the second column.
  CHECK(fit_columns(text, 52) ==
        "序号  时间         编号             事由\n"
        "1     11-01 09:08  LD-2026-11-0001\n"
        "      安全秩序：表扬护卫员帮助老人提重物回家\n");
}

TEST_CASE("a table too wide for its last column goes on under its second column") {
  std::string text =
      "序号  借出时间     物品    借用人  归还时间     接收人  状况\n"
      "1     11-19 11:02  雨伞    郑海燕  11-19 14:02  李丽    完好\n";
  auto fitted = fit_columns(text, 44);
  CHECK(widest(fitted) <= 44);
  // Cut before 归还时间, whose column (11 wide) would end past 44: the heading and the rows
  // alike.
  CHECK(fitted ==
        "序号  借出时间     物品    借用人\n"
        "      归还时间     接收人  状况\n"
        "1     11-19 11:02  雨伞    郑海燕\n"
        "      11-19 14:02  李丽    完好\n");
}

TEST_CASE("label lines break between their cells, prose between characters") {
  auto fitted =
      fit_columns("送达时间：2026-06-05T16:22（已超过期限）    签收人：____________\n", 50);
  CHECK(fitted == "送达时间：2026-06-05T16:22（已超过期限）\n签收人：____________\n");
  auto prose =
      fit_columns("    截至 2026年11月26日，贵户尚有以下费用未缴纳，最早欠费为2026年7月。\n", 40);
  CHECK(widest(prose) <= 40);
  CHECK(prose.starts_with("    截至 2026年11月26日，"));
  CHECK(prose.find("\n    ") != std::string::npos);  // continued at its indent
  // A number is never cut.
  auto money = fit_columns("应缴 物业管理费 300.00、车位管理费 150.00、水费 46.24\n", 30);
  CHECK(widest(money) <= 30);
  CHECK(money.find("150.00") != std::string::npos);
  CHECK(money.find("46.24") != std::string::npos);
}

TEST_CASE("the HTML of a form: A4 in its orientation, tables with borders, text escaped") {
  std::string text =
      "翠湖花园 客户服务中心\n借用钥匙登记表    2026年11月\n\n"
      "序号  钥匙编号  借用人  备注\n"
      "1     GG-01     刘工    <天台>&灯管\n"
      "                        已换好\n\n"
      "共 1 次借用\n";
  auto html = form_html(text, true);
  CHECK(html.find("size: A4 landscape") != std::string::npos);
  CHECK(html.find("<h1>借用钥匙登记表    2026年11月</h1>") != std::string::npos);
  CHECK(html.find("<th>序号</th><th>钥匙编号</th><th>借用人</th><th>备注</th>") !=
        std::string::npos);
  CHECK(
      html.find("<td>1</td><td>GG-01</td><td>刘工</td><td>&lt;天台&gt;&amp;灯管<br>已换好</td>") !=
      std::string::npos);
  CHECK(html.find("<p>共 1 次借用</p>") != std::string::npos);
  CHECK(html.find("border: 0.75pt solid") != std::string::npos);
  CHECK(form_html(text, false).find("size: A4 portrait") != std::string::npos);
}
