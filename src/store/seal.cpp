/// Seals: SHA-256 from nettle over the bytes before the seal line.
#include "store/seal.hpp"

#include <nettle/sha2.h>
#include "store/derived.hpp"

#include <cstdint>

namespace kefu {
namespace {

constexpr std::string_view kSealKey = "seal: sha256:";

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()));
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, sizeof digest, digest);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * sizeof digest);
  for (uint8_t b : digest) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

std::string sealed(std::string body) {
  if (!body.empty() && body.back() != '\n') body += '\n';
  auto hash = sha256_hex(body);
  body.append(kSealKey).append(hash).append("\n");
  return body;
}

namespace {

/// Where the last line that starts with the seal's key begins; npos when there is none.
size_t seal_line(std::string_view bytes) {
  size_t at = std::string_view::npos;
  for (size_t from = bytes.size(); from > 0;) {
    auto p = bytes.rfind(kSealKey, from - 1);
    if (p == std::string_view::npos) break;
    if (p == 0 || bytes[p - 1] == '\n') {
      at = p;
      break;
    }
    from = p;
  }
  return at;
}

}  // namespace

std::optional<std::string> seal_hash(std::string_view bytes) {
  auto at = seal_line(bytes);
  if (at == std::string_view::npos) return std::nullopt;
  auto hex = bytes.substr(at + kSealKey.size(), 64);
  if (hex.size() != 64 || hex.find_first_not_of("0123456789abcdef") != std::string_view::npos)
    return std::nullopt;
  return std::string(hex);
}

std::string sealed_copy_path(std::string_view hash) {
  return derived::sealed_copy(hash);
}

SealState seal_state(std::string_view bytes) {
  auto at = seal_line(bytes);
  if (at == std::string_view::npos) return SealState::missing;
  auto line = bytes.substr(at);
  auto hex = line.substr(kSealKey.size());
  bool whole = hex.size() == 65 && hex[64] == '\n';
  if (!whole || sha256_hex(bytes.substr(0, at)) != hex.substr(0, 64)) return SealState::broken;
  return SealState::intact;
}

const char* seal_key(SealState s) {
  switch (s) {
    case SealState::intact:
      return "intact";
    case SealState::broken:
      return "broken";
    case SealState::missing:
      return "missing";
  }
  return "";
}

const char* seal_zh(SealState s) {
  switch (s) {
    case SealState::intact:
      return "已封签";
    case SealState::broken:
      return "有手工改动";
    case SealState::missing:
      return "无封签";
  }
  return "";
}

}  // namespace kefu
