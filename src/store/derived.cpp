/// The paths under .kefu/, the derived format's version and KEFU_INDEX=off; see derived.hpp.
#include "store/derived.hpp"

#include <cctype>
#include <cstdlib>

#include <fmt/format.h>

#include "store/codec.hpp"

namespace kefu::derived {

namespace {

/// A name fit for a file: letters, digits and '-' kept, anything else '_'. A name that lost
/// more than its spaces gets the key's hash too, so that two keys never share a file.
std::string file_name(std::string_view key) {
  std::string name(key);
  bool lossy = false;
  for (char& c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') continue;
    if (c != ' ') lossy = true;
    c = '_';
  }
  if (lossy) name += fmt::format("-{:016x}", content_hash(key));
  return name;
}

}  // namespace

std::string sealed_copy(std::string_view seal_hash) {
  return fmt::format("{}/{}", kSealed, seal_hash);
}

std::string parsed(std::string_view site_file) {
  std::string key(site_file);
  for (char& c : key)
    if (c == '/') c = '_';
  return fmt::format("{}/{}.bin", kParsed, key);
}

std::string kept(std::string_view key) {
  return fmt::format("{}/{}.txt", kKept, file_name(key));
}

bool is_beneath(std::string_view rel) {
  return rel == kFolder ||
         (rel.starts_with(kFolder) && rel.size() > kFolder.size() && rel[kFolder.size()] == '/');
}

int format_version() {
  return kCodecVersion;
}

std::string format_tag() {
  return fmt::format("derived {}", format_version());
}

bool off() {
  const char* env = std::getenv("KEFU_INDEX");
  return env && std::string_view(env) == "off";
}

}  // namespace kefu::derived
