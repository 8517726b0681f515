/// Import spreadsheets: CSV (UTF-8, or GB18030 converted) and xlsx (minizip reads the zip from
/// memory, expat the XML of its parts).
#include "core/sheet.hpp"

#include <expat.h>
#include <fmt/format.h>
#include <minizip/unzip.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace kefu {
namespace {

/// What all the parts of one xlsx may inflate to together: a survey of 100 000 answers is
/// well under it, a zip bomb stops here.
constexpr uint64_t kMaxInflated = 100u << 20;
/// Rows with content, columns, and cells held (rows × their widths), past which an xlsx is
/// refused rather than read into memory.
constexpr size_t kMaxRows = 100'000;
constexpr int kMaxColumns = 1'000;
constexpr size_t kMaxCells = 4'000'000;
constexpr size_t kMaxSharedStrings = 4'000'000;
/// Excel's own bounds: row 1 048 576, column XFD.
constexpr long kMaxSheetRow = 1'048'576;
constexpr int kMaxSheetColumn = 16'384;

const std::string kSaveAgain = "；请在 Excel 中打开后“另存为 Excel 工作簿（*.xlsx）”再导入";

[[noreturn]] void corrupt(const std::string& name, const std::string& why) {
  throw RefusedError(name + " 已损坏，无法读取（" + why + "），未导入任何内容" + kSaveAgain);
}

// ---------------------------------------------------------------------------------------------
// CSV

ImportSheet read_csv(std::string bytes, const std::string& name) {
  auto decoded = decode_import_text(std::move(bytes), name);
  return {parse_csv(decoded.text, name), "csv", decoded.encoding};
}

// ---------------------------------------------------------------------------------------------
// The zip, read from memory through minizip's file functions.

struct MemoryFile {
  std::string_view bytes;
  uint64_t pos = 0;
};

voidpf ZCALLBACK mem_open(voidpf, const void* file, int mode) {
  return (mode & ZLIB_FILEFUNC_MODE_WRITE) ? nullptr : const_cast<void*>(file);
}
uLong ZCALLBACK mem_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* f = static_cast<MemoryFile*>(stream);
  uint64_t n = std::min<uint64_t>(size, f->bytes.size() - f->pos);
  std::memcpy(buf, f->bytes.data() + f->pos, n);
  f->pos += n;
  return static_cast<uLong>(n);
}
uLong ZCALLBACK mem_write(voidpf, voidpf, const void*, uLong) {
  return 0;
}
ZPOS64_T ZCALLBACK mem_tell(voidpf, voidpf stream) {
  return static_cast<MemoryFile*>(stream)->pos;
}
long ZCALLBACK mem_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* f = static_cast<MemoryFile*>(stream);
  uint64_t base = origin == ZLIB_FILEFUNC_SEEK_SET   ? 0
                  : origin == ZLIB_FILEFUNC_SEEK_CUR ? f->pos
                  : origin == ZLIB_FILEFUNC_SEEK_END ? f->bytes.size()
                                                     : UINT64_MAX;
  if (base == UINT64_MAX || offset > f->bytes.size() - base) return -1;
  f->pos = base + offset;
  return 0;
}
int ZCALLBACK mem_close(voidpf, voidpf) {
  return 0;
}
int ZCALLBACK mem_error(voidpf, voidpf) {
  return 0;
}

/// One xlsx's zip: its parts by name, inflated in chunks within kMaxInflated.
class Zip {
 public:
  Zip(std::string_view bytes, const std::string& name) : file_{bytes, 0}, name_(name) {
    zlib_filefunc64_def io{mem_open, mem_read,  mem_write, mem_tell,
                           mem_seek, mem_close, mem_error, nullptr};
    zip_ = ::unzOpen2_64(&file_, &io);
    if (!zip_) corrupt(name_, "压缩包不完整或已损坏");
  }
  ~Zip() { ::unzClose(zip_); }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  /// Gives the part's inflated bytes to `sink` chunk by chunk; false when there is no such part.
  bool read(const std::string& part, const std::function<void(std::string_view)>& sink) {
    if (part.empty() || part.size() >= 256) return false;  // minizip's longest name
    int err = ::unzLocateFile(zip_, part.c_str(), 2);      // 2: as Windows does, any case
    if (err == UNZ_END_OF_LIST_OF_FILE) return false;
    if (err != UNZ_OK) corrupt(name_, "压缩包目录已损坏");
    unz_file_info64 info{};
    if (::unzGetCurrentFileInfo64(zip_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
      corrupt(name_, "压缩包目录已损坏");
    if (info.flag & 1)
      throw RefusedError(name_ + " 中的 " + part + " 已加密，无法读取，未导入任何内容" +
                         kSaveAgain);
    if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
      corrupt(name_, part + " 的压缩方式不受支持");
    if (info.uncompressed_size > kMaxInflated - inflated_) too_large();
    if (::unzOpenCurrentFile(zip_) != UNZ_OK) corrupt(name_, part + " 无法解压");
    struct Close {
      unzFile z;
      bool done = false;
      ~Close() {
        if (!done) ::unzCloseCurrentFile(z);
      }
    } close{zip_};
    std::vector<char> buf(64 * 1024);
    uint64_t got = 0;
    for (;;) {
      int n = ::unzReadCurrentFile(zip_, buf.data(), static_cast<unsigned>(buf.size()));
      if (n < 0) corrupt(name_, part + " 解压出错");
      if (n == 0) break;
      got += static_cast<unsigned>(n);
      inflated_ += static_cast<unsigned>(n);
      if (inflated_ > kMaxInflated) too_large();
      sink(std::string_view(buf.data(), static_cast<size_t>(n)));
    }
    close.done = true;
    if (::unzCloseCurrentFile(zip_) != UNZ_OK || got != info.uncompressed_size)
      corrupt(name_, part + " 校验失败，内容不完整或已损坏");
    return true;
  }

 private:
  [[noreturn]] void too_large() const {
    throw RefusedError(
        fmt::format("{} 解压后超过 {} MB（内容异常，可能是恶意构造的文件），未导入任何内容", name_,
                    kMaxInflated >> 20));
  }

  MemoryFile file_;
  const std::string& name_;
  unzFile zip_ = nullptr;
  uint64_t inflated_ = 0;
};

// ---------------------------------------------------------------------------------------------
// XML, through expat, with namespaces: a name is "uri|local", and the handlers see the local one.

/// The part after the namespace.
std::string_view local_name(const char* qualified) {
  std::string_view s(qualified);
  size_t bar = s.rfind('|');
  return bar == std::string_view::npos ? s : s.substr(bar + 1);
}

/// The value of the attribute with this local name (and, when `in_namespace`, some namespace).
const char* attribute(const char** attrs, std::string_view local, bool in_namespace = false) {
  for (size_t i = 0; attrs[i]; i += 2) {
    std::string_view q(attrs[i]);
    if (local_name(attrs[i]) == local && (q.find('|') != std::string_view::npos) == in_namespace)
      return attrs[i + 1];
  }
  return nullptr;
}

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view element, const char** attrs) = 0;
  virtual void end(std::string_view element) = 0;
  virtual void text(std::string_view) {}
};

/// Thrown at a document type declaration.
struct DoctypeFound {};

/// What a callback threw, kept while expat unwinds, thrown again once it has returned.
struct XmlRun {
  XML_Parser parser;
  XmlHandler* handler;
  std::exception_ptr error;
};

template <class F>
void guarded(void* data, F&& f) {
  auto* run = static_cast<XmlRun*>(data);
  if (run->error) return;
  try {
    f(*run->handler);
  } catch (...) {
    run->error = std::current_exception();
    XML_StopParser(run->parser, XML_FALSE);
  }
}

void XMLCALL on_start(void* data, const XML_Char* element, const XML_Char** attrs) {
  guarded(data, [&](XmlHandler& h) { h.start(local_name(element), attrs); });
}
void XMLCALL on_end(void* data, const XML_Char* element) {
  guarded(data, [&](XmlHandler& h) { h.end(local_name(element)); });
}
void XMLCALL on_text(void* data, const XML_Char* s, int len) {
  guarded(data, [&](XmlHandler& h) { h.text(std::string_view(s, static_cast<size_t>(len))); });
}

/// Parses the part `part` of the zip into `handler`; false when the zip has no such part.
/// Malformed XML, and any document type declaration (no part of an xlsx has one, and entities
/// are how XML blows up), are refused.
bool parse_part(Zip& zip, const std::string& part, XmlHandler& handler, const std::string& name) {
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(
      XML_ParserCreateNS(nullptr, '|'), &XML_ParserFree);
  if (!parser) throw std::bad_alloc();
  XmlRun run{parser.get(), &handler, nullptr};
  XML_SetUserData(parser.get(), &run);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  XML_SetStartDoctypeDeclHandler(
      parser.get(), [](void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        guarded(data, [](XmlHandler&) -> void { throw DoctypeFound{}; });
      });
  auto feed = [&](const char* s, size_t n, bool last) {
    if (XML_Parse(parser.get(), s, static_cast<int>(n), last) == XML_STATUS_OK) return;
    if (run.error) {
      try {
        std::rethrow_exception(run.error);
      } catch (const DoctypeFound&) {
        corrupt(name, part + " 含有文档类型声明（DOCTYPE）");
      }
    }
    corrupt(name,
            fmt::format("{} 第{}行的 XML 有误：{}", part, XML_GetCurrentLineNumber(parser.get()),
                        XML_ErrorString(XML_GetErrorCode(parser.get()))));
  };
  bool found =
      zip.read(part, [&](std::string_view chunk) { feed(chunk.data(), chunk.size(), false); });
  if (found) feed("", 0, true);
  return found;
}

/// The text of OOXML's escapes: "_x000D_" is a carriage return, "_x005F_" an underscore.
std::string unescape_xstring(std::string s) {
  if (s.find("_x") == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned cp = 0;
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_' &&
        std::from_chars(s.data() + i + 2, s.data() + i + 6, cp, 16).ptr == s.data() + i + 6 &&
        !(cp >= 0xD800 && cp <= 0xDFFF)) {
      if (cp < 0x80) {
        out += static_cast<char>(cp);
      } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      }
      i += 6;
    } else {
      out += s[i];
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The parts of a workbook

/// A path inside the zip: `target` resolved against the folder `base` ("xl"), as in a .rels.
std::string resolve(std::string_view base, std::string_view target) {
  std::vector<std::string_view> parts;
  std::string joined;
  if (target.starts_with('/'))
    joined = std::string(target.substr(1));
  else
    joined = base.empty() ? std::string(target) : std::string(base) + "/" + std::string(target);
  std::string_view rest(joined);
  while (!rest.empty()) {
    size_t slash = rest.find('/');
    std::string_view seg = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (seg.empty() || seg == ".") continue;
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
      continue;
    }
    parts.push_back(seg);
  }
  std::string out;
  for (auto seg : parts) {
    if (!out.empty()) out += '/';
    out += seg;
  }
  return out;
}

std::string folder_of(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

/// A .rels part: relationship id → (type, target resolved against `base`).
class Relationships : public XmlHandler {
 public:
  explicit Relationships(std::string base) : base_(std::move(base)) {}
  struct Link {
    std::string id, type, target;
  };
  std::vector<Link> links;

  void start(std::string_view element, const char** attrs) override {
    if (element != "Relationship") return;
    const char* mode = attribute(attrs, "TargetMode");
    if (mode && std::string_view(mode) == "External") return;
    const char* id = attribute(attrs, "Id");
    const char* type = attribute(attrs, "Type");
    const char* target = attribute(attrs, "Target");
    if (id && type && target) links.push_back({id, type, resolve(base_, target)});
  }
  void end(std::string_view) override {}

  const Link* of_type(std::string_view suffix) const {
    for (const auto& l : links)
      if (std::string_view(l.type).ends_with(suffix)) return &l;
    return nullptr;
  }
  const Link* by_id(std::string_view id) const {
    for (const auto& l : links)
      if (l.id == id) return &l;
    return nullptr;
  }

 private:
  std::string base_;
};

/// workbook.xml: the sheets' relationship ids in order, and the date system.
class Workbook : public XmlHandler {
 public:
  std::vector<std::string> sheet_ids;
  bool date1904 = false;

  void start(std::string_view element, const char** attrs) override {
    if (element == "sheet") {
      if (const char* id = attribute(attrs, "id", true)) sheet_ids.emplace_back(id);
    } else if (element == "workbookPr") {
      const char* d = attribute(attrs, "date1904");
      date1904 = d && (std::string_view(d) == "1" || std::string_view(d) == "true");
    }
  }
  void end(std::string_view) override {}
};

/// sharedStrings.xml: each <si>'s text, its runs joined, phonetic guides (<rPh>) left out.
class SharedStrings : public XmlHandler {
 public:
  explicit SharedStrings(const std::string& name) : name_(name) {}
  std::vector<std::string> strings;

  void start(std::string_view element, const char**) override {
    if (element == "si") {
      in_si_ = true;
      current_.clear();
      if (strings.size() >= kMaxSharedStrings)
        throw RefusedError(
            fmt::format("{} 的文字单元格超过 {} 个，未导入任何内容；请分成几个文件导入", name_,
                        kMaxSharedStrings));
    } else if (element == "rPh") {
      ++phonetic_;
    } else if (element == "t" && in_si_ && phonetic_ == 0) {
      in_t_ = true;
    }
  }
  void end(std::string_view element) override {
    if (element == "si" && in_si_) {
      strings.push_back(unescape_xstring(std::move(current_)));
      current_.clear();
      in_si_ = false;
    } else if (element == "rPh" && phonetic_ > 0) {
      --phonetic_;
    } else if (element == "t") {
      in_t_ = false;
    }
  }
  void text(std::string_view s) override {
    if (in_t_) current_ += s;
  }

 private:
  const std::string& name_;
  std::string current_;
  bool in_si_ = false, in_t_ = false;
  int phonetic_ = 0;
};

enum class DateKind { none, date, time };

/// Whether a number format shows a date or a time of day: its first section, with quoted
/// text, escaped characters and [bracketed] colours and locales left out, has y, d or m
/// (date) or h or s (time). Elapsed times ([h]:mm) are times too.
DateKind kind_of_format(std::string_view code) {
  bool date = false, time = false, month = false;
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      std::string_view inside = code.substr(i + 1, close - i - 1);
      if (!inside.empty() && std::strchr("hHmMsS", inside[0])) time = true;
      i = close;
    } else {
      switch (c | 0x20) {
        case 'y':
        case 'd':
          date = true;
          break;
        case 'm':
          month = true;
          break;
        case 'h':
        case 's':
          time = true;
          break;
        default:
          break;
      }
    }
  }
  if (date || (month && !time)) return DateKind::date;
  return time ? DateKind::time : DateKind::none;
}

/// Excel's built-in number formats that show dates or times (ids 27–36 and 50–58 are those of
/// Chinese Excel: 年月日, and 时分 for 32–35, 55, 56).
DateKind kind_of_builtin(long id) {
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || id == 36 ||
      (id >= 50 && id <= 54) || id == 57 || id == 58)
    return DateKind::date;
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || (id >= 32 && id <= 35) || id == 55 ||
      id == 56)
    return DateKind::time;
  return DateKind::none;
}

std::optional<long> to_long(std::string_view s) {
  long v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

/// styles.xml: for each cell style (<cellXfs>'s <xf>, in order), whether it shows a date.
class Styles : public XmlHandler {
 public:
  std::vector<DateKind> kinds;

  void start(std::string_view element, const char** attrs) override {
    if (element == "numFmts") {
      in_num_fmts_ = true;
    } else if (element == "numFmt" && in_num_fmts_) {
      const char* id = attribute(attrs, "numFmtId");
      const char* code = attribute(attrs, "formatCode");
      if (auto n = id ? to_long(id) : std::nullopt; n && code) custom_[*n] = code;
    } else if (element == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (element == "xf" && in_cell_xfs_) {
      const char* id = attribute(attrs, "numFmtId");
      ids_.push_back(id ? to_long(id).value_or(0) : 0);
    }
  }
  void end(std::string_view element) override {
    if (element == "cellXfs") in_cell_xfs_ = false;
    if (element == "numFmts") in_num_fmts_ = false;
  }
  void finish() {
    for (long id : ids_) {
      auto it = custom_.find(id);
      kinds.push_back(it != custom_.end() ? kind_of_format(it->second) : kind_of_builtin(id));
    }
  }

 private:
  std::map<long, std::string> custom_;
  std::vector<long> ids_;
  bool in_cell_xfs_ = false, in_num_fmts_ = false;
};

/// A number as Excel shows it in General format: at most 15 significant digits.
std::string format_number(const std::string& v) {
  double x = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
  if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(x)) return v;
  if (x == 0) return "0";
  return fmt::format("{:.15g}", x);
}

/// An Excel date serial as kefu writes times: "2026-10-09", "2026-10-09T14:30", or "14:30"
/// for a time of day alone; nullopt when it is no date Excel would show.
std::optional<std::string> format_serial(const std::string& v, DateKind kind, bool date1904) {
  double x = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
  if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(x) || x < 0 ||
      x >= 2958466)  // 10000-01-01
    return std::nullopt;
  long long minutes = std::llround(x * 1440);
  long long day = minutes / 1440;
  int hh = static_cast<int>(minutes % 1440 / 60), mm = static_cast<int>(minutes % 60);
  if (kind == DateKind::time && day == 0) return fmt::format("{:02}:{:02}", hh, mm);
  using namespace std::chrono;
  // Day 1 of the 1900 system is 1900-01-01, and Excel counts a 29 February 1900 as day 60.
  sys_days epoch = date1904   ? sys_days(year(1904) / 1 / 1)
                   : day < 61 ? sys_days(year(1899) / 12 / 31)
                              : sys_days(year(1899) / 12 / 30);
  year_month_day ymd(epoch + days(day));
  std::string out =
      fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  if (hh != 0 || mm != 0) out += fmt::format("T{:02}:{:02}", hh, mm);
  return out;
}

/// The column of a cell reference ("AB12" → 28); 0 when it is none.
int column_of(std::string_view ref) {
  int col = 0;
  size_t i = 0;
  for (; i < ref.size() && i < 4; ++i) {
    char c = ref[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    col = col * 26 + (c - 'A' + 1);
  }
  return i == 0 || i == 4 || col > kMaxSheetColumn ? 0 : col;
}

/// A worksheet's rows: <sheetData>'s <row>s and their <c>ells.
class Worksheet : public XmlHandler {
 public:
  Worksheet(const std::string& name, const std::vector<std::string>& strings,
            const std::vector<DateKind>& styles, bool date1904)
      : name_(name), strings_(strings), styles_(styles), date1904_(date1904) {}
  CsvRows rows;

  void start(std::string_view element, const char** attrs) override {
    if (element == "sheetData") {
      in_data_ = true;
    } else if (!in_data_) {
    } else if (element == "row") {
      const char* r = attribute(attrs, "r");
      long n = row_ + 1;
      if (r) {
        auto v = to_long(r);
        if (!v || *v < 1 || *v > kMaxSheetRow) corrupt(name_, fmt::format("行号 {} 无效", r));
        n = *v;
      }
      if (n <= row_) corrupt(name_, fmt::format("第{}行出现在第{}行之后", n, row_));
      row_ = n;
      cells_.clear();
      column_ = 0;
    } else if (element == "c") {
      const char* r = attribute(attrs, "r");
      int col = r ? column_of(r) : column_ + 1;
      if (col < 1 || col > kMaxSheetColumn)
        corrupt(name_, fmt::format("单元格位置 {} 无效", r ? r : "?"));
      column_ = col;
      const char* t = attribute(attrs, "t");
      type_ = t ? t : "n";
      const char* s = attribute(attrs, "s");
      auto style = s ? to_long(s) : std::optional<long>(0);
      date_ = style && *style >= 0 && static_cast<size_t>(*style) < styles_.size()
                  ? styles_[static_cast<size_t>(*style)]
                  : DateKind::none;
      value_.clear();
      inline_.clear();
      in_cell_ = true;
    } else if (!in_cell_) {
    } else if (element == "v") {
      in_v_ = true;
    } else if (element == "is") {
      in_is_ = true;
    } else if (element == "rPh") {
      ++phonetic_;
    } else if (element == "t" && in_is_ && phonetic_ == 0) {
      in_t_ = true;
    }
  }

  void end(std::string_view element) override {
    if (element == "sheetData") {
      in_data_ = false;
    } else if (element == "row" && in_data_) {
      end_row();
    } else if (element == "c" && in_cell_) {
      end_cell();
      in_cell_ = in_v_ = in_is_ = in_t_ = false;
      phonetic_ = 0;
    } else if (element == "v") {
      in_v_ = false;
    } else if (element == "is") {
      in_is_ = false;
    } else if (element == "rPh" && phonetic_ > 0) {
      --phonetic_;
    } else if (element == "t") {
      in_t_ = false;
    }
  }

  void text(std::string_view s) override {
    if (in_v_) value_ += s;
    if (in_t_) inline_ += s;
  }

 private:
  std::string reference() const {
    std::string letters;
    for (int c = column_; c > 0; c = (c - 1) / 26)
      letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row_);
  }

  std::string cell_text() {
    if (type_ == "s") {
      auto index = to_long(trim(value_));
      if (!index || *index < 0)
        corrupt(name_, fmt::format("单元格 {} 的共享字符串编号“{}”无效", reference(), value_));
      if (static_cast<size_t>(*index) >= strings_.size())
        corrupt(name_, fmt::format("单元格 {} 引用的共享字符串编号 {} 超出范围（共 {} 个）",
                                   reference(), *index, strings_.size()));
      return strings_[static_cast<size_t>(*index)];
    }
    if (type_ == "inlineStr") return unescape_xstring(inline_);
    if (type_ == "str") return unescape_xstring(value_);
    if (type_ == "b") return trim(value_) == "1" ? "TRUE" : trim(value_).empty() ? "" : "FALSE";
    if (type_ != "n") return value_;  // "e" (#N/A …), "d" (an ISO 8601 date as text)
    std::string v = trim(value_);
    if (v.empty()) return v;
    if (date_ != DateKind::none)
      if (auto d = format_serial(v, date_, date1904_)) return *d;
    return format_number(v);
  }

  void end_cell() {
    std::string shown = trim(cell_text());
    if (shown.empty()) return;
    if (column_ > kMaxColumns)
      throw RefusedError(fmt::format(
          "{} 的工作表在单元格 {} 有内容，超过了 {} 列，未导入任何内容；请删去多余的列后再导入",
          name_, reference(), kMaxColumns));
    if (cells_.size() < static_cast<size_t>(column_)) cells_.resize(static_cast<size_t>(column_));
    cells_[static_cast<size_t>(column_ - 1)] = std::move(shown);
  }

  void end_row() {
    if (cells_.empty()) return;
    cells_held_ += cells_.size();
    if (rows.size() >= kMaxRows || cells_held_ > kMaxCells)
      throw RefusedError(fmt::format(
          "{} 的工作表超过 {} 行或 {} 个单元格有内容，未导入任何内容；请分成几个文件导入", name_,
          kMaxRows, kMaxCells));
    rows.emplace_back(static_cast<int>(row_), std::move(cells_));
    cells_.clear();
  }

  const std::string& name_;
  const std::vector<std::string>& strings_;
  const std::vector<DateKind>& styles_;
  bool date1904_;
  long row_ = 0;
  int column_ = 0;
  std::vector<std::string> cells_;
  size_t cells_held_ = 0;
  std::string type_, value_, inline_;
  DateKind date_ = DateKind::none;
  bool in_data_ = false, in_cell_ = false, in_v_ = false, in_is_ = false, in_t_ = false;
  int phonetic_ = 0;
};

ImportSheet read_xlsx(const std::string& bytes, const std::string& name) {
  Zip zip(bytes, name);
  const std::string no_sheet = name + " 中没有工作表，不是可以导入的 Excel 工作簿，未导入任何内容";

  // The workbook part, as the package's relationships name it.
  std::string workbook_part = "xl/workbook.xml";
  Relationships package("");
  if (parse_part(zip, "_rels/.rels", package, name))
    if (const auto* doc = package.of_type("/officeDocument")) workbook_part = doc->target;
  Workbook workbook;
  if (!parse_part(zip, workbook_part, workbook, name)) throw RefusedError(no_sheet);
  std::string base = folder_of(workbook_part);
  std::string rels_part = (base.empty() ? "" : base + "/") + "_rels/" +
                          workbook_part.substr(workbook_part.rfind('/') + 1) + ".rels";
  Relationships links(base);
  parse_part(zip, rels_part, links, name);

  const Relationships::Link* sheet = nullptr;
  for (const auto& id : workbook.sheet_ids) {
    const auto* l = links.by_id(id);
    if (l && l->type.ends_with("/worksheet")) {
      sheet = l;
      break;
    }
  }
  if (!sheet) throw RefusedError(no_sheet);

  SharedStrings strings(name);
  if (const auto* l = links.of_type("/sharedStrings")) parse_part(zip, l->target, strings, name);
  Styles styles;
  if (const auto* l = links.of_type("/styles")) parse_part(zip, l->target, styles, name);
  styles.finish();

  Worksheet worksheet(name, strings.strings, styles.kinds, workbook.date1904);
  if (!parse_part(zip, sheet->target, worksheet, name))
    corrupt(name, "缺少工作表 " + sheet->target);
  return {std::move(worksheet.rows), "xlsx", "UTF-8"};
}

}  // namespace

ImportSheet read_import_sheet(std::string bytes, const std::string& name) {
  if (bytes.starts_with("PK\x03\x04")) return read_xlsx(bytes, name);
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
    throw RefusedError(name +
                       " 是旧版 Excel（.xls）文件或设置了打开密码的工作簿，无法读取，未导入任何内容"
                       "；请在 Excel 中取消密码后“另存为 Excel 工作簿（*.xlsx）”或“CSV UTF-8"
                       "（逗号分隔）”再导入");
  return read_csv(std::move(bytes), name);
}

}  // namespace kefu
