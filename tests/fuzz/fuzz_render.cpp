/// libFuzzer target: a form template rendered through forms/render (kainjow::mustache).
///
/// The input up to its first NUL byte is the template. What follows the NUL, when it is a JSON
/// object, is the data; otherwise the data is a fixed one shaped like a complaint form's (site
/// block, lists of callbacks and history, empty and null values, text holding mustache tags).
/// Refusing a template is fine (StoreError, RefusedError); a crash, a hang, any other exception,
/// or more output than the template and data can account for is not.
///
/// A section repeats its body once per element of a list, and sections nest, so a template of
/// n sections over lists of k elements does k^n times its work: within the fuzzer's input size
/// that is no bound at all. Lists are therefore cut to two elements when the template has at
/// most eight section tags, and to one otherwise, which makes rendering linear in the template.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <typeinfo>

#include "common.hpp"
#include "core/errors.hpp"
#include "forms/render.hpp"

namespace kefu::fuzz {
namespace {

const Json& fixed_data() {
  static const Json data = Json::parse(R"({
    "site": {"name": "翠湖花园", "address": "深圳市南山区翠湖路8号", "phone": "0755-86000000",
             "office": "管理处"},
    "id": "TS-2026-11-0001", "received_at": "2026-11-01 11:27", "weekday": "周日",
    "channel": "电话", "complainant": "许*", "phone": "137****1130", "unit": "1-1-701",
    "place": "", "involved": ["工程部", "保安部"], "category": "装修管理", "severity": "一般",
    "description": "邻居装修{{unit}}占用公共走廊\n堆放材料 <b>&amp;</b> {{#late}}x{{/late}}",
    "owner": "lili", "assigned_to": null, "late": true, "overdue": false, "amount": 12345,
    "ratio": 0.5, "none": [], "empty": {},
    "callbacks": [
      {"at": "2026-11-13 06:18", "by": "chenjing", "result": "满意", "signed_by": "许娜", "note": ""},
      {"at": "2026-11-14 09:00", "by": "lili", "result": "不满意", "signed_by": "", "note": "再查"}
    ],
    "history": [
      {"at": "2026-11-01 11:27", "by": "lili", "action": "open", "note": "受理投诉"},
      {"at": "2026-11-02 15:18", "by": "lili", "action": "close", "note": "已处理\r\n完毕"}
    ],
    "rows": [{"name": "钥匙", "name_pad": "钥匙  ", "n": 1}, {"name": "key", "name_pad": "key   ", "n": 2}]
  })");
  return data;
}

/// Cuts every list to at most `keep` elements; returns the longest string left (numbers and
/// other scalars count as their JSON text, which is how they are rendered).
size_t cut_lists(Json& v, size_t keep) {
  size_t longest = 0;
  if (v.is_array() && v.size() > keep)
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(keep), v.end());
  if (v.is_structured()) {
    for (auto& item : v) longest = std::max(longest, cut_lists(item, keep));
  } else if (v.is_string()) {
    longest = v.get_ref<const std::string&>().size();
  } else {
    longest = v.dump().size();
  }
  return longest;
}

}  // namespace
}  // namespace kefu::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kefu;
  using namespace kefu::fuzz;
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto nul = input.find('\0');
  const std::string tpl = input.substr(0, nul);
  Json values = fixed_data();
  if (nul != std::string::npos) {
    Json given = Json::parse(input.substr(nul + 1), nullptr, false);
    if (given.is_object()) values = std::move(given);
  }
  const auto sections =
      std::count(tpl.begin(), tpl.end(), '#') + std::count(tpl.begin(), tpl.end(), '^');
  const size_t passes = sections <= 8 ? size_t(1) << sections : 1;
  const size_t longest = cut_lists(values, sections <= 8 ? 2 : 1);
  try {
    const std::string out = render_mustache("fuzz.txt", tpl, values);
    if (out.size() > passes * (tpl.size() + 1) * (longest + 32)) {
      report("more output than the template and data account for");
      show("template", tpl);
      show("data", values.dump(-1, ' ', false, Json::error_handler_t::replace));
      std::abort();
    }
  } catch (const StoreError&) {
  } catch (const RefusedError&) {
  } catch (const std::exception& e) {
    report(std::string("an exception other than StoreError or RefusedError escaped: ") +
           typeid(e).name());
    show("what", e.what());
    show("template", tpl);
    show("data", values.dump(-1, ' ', false, Json::error_handler_t::replace));
    std::abort();
  } catch (...) {
    report("something not a std::exception was thrown");
    show("template", tpl);
    std::abort();
  }
  return 0;
}
