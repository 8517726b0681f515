/// What the fuzz targets share: showing bytes unambiguously, and failing loudly.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace kefu::fuzz {

/// The bytes as a C string literal's body: printable ASCII as is, \n \r \t \\ \" and \xNN for
/// everything else (UTF-8 too), so a report names every byte.
inline std::string shown(std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\\' || c == '"')
      out += {'\\', static_cast<char>(c)};
    else if (c >= 0x20 && c < 0x7f)
      out += static_cast<char>(c);
    else
      out += {'\\', 'x', hex[c >> 4], hex[c & 15]};
  }
  return out;
}

/// Starts a failure report on stderr: its first line says what kind of failure it is. The
/// caller adds the details with show() and ends with std::abort(), which libFuzzer records as
/// a crash with the input that caused it.
inline void report(const std::string& kind) {
  std::fprintf(stderr, "FUZZ FAILURE: %s\n", kind.c_str());
}

/// A labelled part of a failure report.
inline void show(const char* label, std::string_view text) {
  std::fprintf(stderr, "  %s: \"%s\"\n", shown(label).c_str(), shown(text).c_str());
}

}  // namespace kefu::fuzz
