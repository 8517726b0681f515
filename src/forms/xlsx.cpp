#include "forms/xlsx.hpp"

#include <dlfcn.h>

#include <string>

#include "core/errors.hpp"

#ifndef KEFU_XLSXWRITER_SONAME
#define KEFU_XLSXWRITER_SONAME "libxlsxwriter.so.4"
#endif

namespace kefu {

namespace {

template <class F>
void bind(void* lib, F& fn, const char* name) {
  fn = reinterpret_cast<F>(::dlsym(lib, name));
  if (!fn)
    throw RefusedError(std::string("无法生成 xlsx：libxlsxwriter 缺少函数 ") + name +
                       "；请重新安装 libxlsxwriter");
}

XlsxApi load() {
  void* lib = ::dlopen(KEFU_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    const char* why = ::dlerror();
    throw RefusedError(std::string("无法生成 xlsx：载入 " KEFU_XLSXWRITER_SONAME " 失败（") +
                       (why ? why : "未知原因") +
                       "）；请安装 libxlsxwriter（Debian：apt-get install libxlsxwriter4）");
  }
  XlsxApi a{};
  bind(lib, a.workbook_new, "workbook_new");
  bind(lib, a.workbook_add_format, "workbook_add_format");
  bind(lib, a.workbook_add_worksheet, "workbook_add_worksheet");
  bind(lib, a.workbook_close, "workbook_close");
  bind(lib, a.format_set_bold, "format_set_bold");
  bind(lib, a.format_set_num_format, "format_set_num_format");
  bind(lib, a.worksheet_write_string, "worksheet_write_string");
  bind(lib, a.worksheet_write_number, "worksheet_write_number");
  bind(lib, a.worksheet_set_column, "worksheet_set_column");
  return a;
}

}  // namespace

const XlsxApi& xlsx_api() {
  static const XlsxApi api = load();
  return api;
}

}  // namespace kefu
