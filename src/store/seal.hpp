/// The seal on every record file kefu writes (R12: registers are not altered silently).
///
/// A record's file ends with a line `seal: sha256:<hex>`, the SHA-256 (nettle) of every byte
/// before that line. kefu writes it with each write; a file whose bytes no longer match it was
/// changed by other hands since, and is shown as hand-edited until a correction is recorded
/// (`kefu correct`). The seal tells an edit made in an editor from one made by kefu; it is
/// not a signature: someone who recomputes it on purpose can forge it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace kefu {

enum class SealState {
  intact,   // the bytes are those kefu wrote
  broken,   // changed since kefu wrote them
  missing,  // no seal: written by hand, or by a kefu that did not seal
};

/// A file as kefu read it: the exact bytes, so a later write can tell whether it changed, and
/// what its seal says of them.
struct StoredFile {
  std::filesystem::path path;
  std::string name;  // relative to the data directory, for messages
  std::string bytes;
  SealState seal = SealState::missing;
};

/// `body` with its seal line appended.
std::string sealed(std::string body);
/// What the file's seal says of its bytes.
SealState seal_state(std::string_view bytes);
/// Hex SHA-256 of the bytes.
std::string sha256_hex(std::string_view bytes);
/// The hash the file's seal line names (whether or not the bytes still match it).
std::optional<std::string> seal_hash(std::string_view bytes);

/// Where a copy of a record as kefu sealed it is kept (.kefu/sealed/<hash>), so that a hand
/// edit found later can be told field by field. Derived and best-effort: one copy per record
/// (its last sealed version), written without sync; losing it only means a correction cannot
/// say what a hand edit changed.
std::string sealed_copy_path(std::string_view hash);

/// 已封签 / 手工改动 / 无封签, for people.
const char* seal_zh(SealState s);
/// intact / broken / missing, for scripts.
const char* seal_key(SealState s);

}  // namespace kefu
