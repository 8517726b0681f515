/// libxlsxwriter, loaded when an xlsx is first asked for rather than at every start: with the
/// libcrypto, minizip and zlib it pulls in, linking it outright cost every kefu command about
/// 3 ms of dynamic loading, a third of `complaint open`.
#pragma once

#include <xlsxwriter.h>

namespace kefu {

struct XlsxApi {
  decltype(&::workbook_new) workbook_new;
  decltype(&::workbook_add_format) workbook_add_format;
  decltype(&::workbook_add_worksheet) workbook_add_worksheet;
  decltype(&::workbook_close) workbook_close;
  decltype(&::format_set_bold) format_set_bold;
  decltype(&::format_set_num_format) format_set_num_format;
  decltype(&::worksheet_write_string) worksheet_write_string;
  decltype(&::worksheet_write_number) worksheet_write_number;
  decltype(&::worksheet_set_column) worksheet_set_column;
};

/// The library's functions; throws RefusedError when it cannot be loaded.
const XlsxApi& xlsx_api();

}  // namespace kefu
