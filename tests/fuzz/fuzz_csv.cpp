/// libFuzzer target: the CSV of `kefu fee import`, from bytes to rows, and the parsers its
/// cells go through (amounts, quantities and readings, rates, periods). Refusing is fine
/// (RefusedError, StoreError); a crash, a hang or any other exception is not, and neither is an
/// amount or quantity that does not come back from its printed form.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <typeinfo>

#include "common.hpp"
#include "core/csv.hpp"
#include "core/errors.hpp"
#include "core/money.hpp"
#include "core/time.hpp"
#include "core/unit.hpp"

namespace kefu::fuzz {
namespace {

void check_cell(const std::string& input, const std::string& cell) {
  if (auto fen = parse_money(cell); fen && parse_money(format_money(*fen)) != fen) {
    report("an amount does not read back from its printed form");
    show("input", input);
    show("cell", cell);
    show("printed", format_money(*fen));
    std::abort();
  }
  if (auto q = parse_area(cell); q && parse_area(format_area(*q)) != q) {
    report("a quantity does not read back from its printed form");
    show("input", input);
    show("cell", cell);
    show("printed", format_area(*q));
    std::abort();
  }
  if (auto rate = parse_rate(cell)) charge_fen(*rate, parse_area(cell).value_or(0));
  if (auto m = parse_month(cell); m && parse_month(m->str()) != m) {
    report("a period does not read back from its printed form");
    show("input", input);
    show("cell", cell);
    show("printed", m->str());
    std::abort();
  }
}

}  // namespace
}  // namespace kefu::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kefu;
  using namespace kefu::fuzz;
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    for (const auto& [line, cells] : parse_import_csv(text, "readings.csv")) {
      if (line < 1) {
        report("a row starts before the first line");
        show("input", text);
        std::abort();
      }
      for (const auto& cell : cells) check_cell(text, cell);
    }
  } catch (const RefusedError&) {
  } catch (const StoreError&) {
  } catch (const std::exception& e) {
    report(std::string("an exception other than RefusedError or StoreError escaped: ") +
           typeid(e).name());
    show("what", e.what());
    show("input", text);
    std::abort();
  } catch (...) {
    report("something not a std::exception was thrown");
    show("input", text);
    std::abort();
  }
  return 0;
}
