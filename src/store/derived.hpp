/// Everything under .kefu/: the one place that names its paths, the one format version of what
/// is derived there, and the one switch (KEFU_INDEX=off) that leaves the derived data alone.
///
/// .kefu/ holds two sorts of file. The store's own machinery (the lock, temporary files,
/// transaction intents, sealed copies of records) is needed by every write. Derived data (the
/// index, parsed site files, kept results, remembered numbers) is a cache of what the record
/// files say: deleting it is always safe, and all of it is written in the one format
/// `format_version()` names, so that a change of any part of it (index tables, the codec, what
/// a kept result holds) is one bump of one constant.
#pragma once

#include <string>
#include <string_view>

namespace kefu::derived {

inline constexpr std::string_view kFolder = ".kefu";

// ---- the store's machinery ------------------------------------------------------------------
/// flock(2)ed by every writer (StoreLock).
inline constexpr std::string_view kLock = ".kefu/lock";
/// Where a file is written before it is linked or exchanged into place (StoreFiles).
inline constexpr std::string_view kTmp = ".kefu/tmp";
/// A multi-file write's intent while it is under way (Transaction).
inline constexpr std::string_view kIntent = ".kefu/intent";
/// Intents that could not be finished, for `kefu check` to report.
inline constexpr std::string_view kUnfinished = ".kefu/unfinished";
/// Copies of records as kefu sealed them, named by their seal (`kefu correct`).
inline constexpr std::string_view kSealed = ".kefu/sealed";
std::string sealed_copy(std::string_view seal_hash);

// ---- derived data ---------------------------------------------------------------------------
/// The record index (RecordIndex).
inline constexpr std::string_view kIndex = ".kefu/index.sqlite";
/// Per month folder, the highest number given out (RecordStore::next_id).
inline constexpr std::string_view kNumbers = ".kefu/numbers";
/// kefu.yaml, calendar.yaml and units/*.yaml as parsed, keyed by their content (DataDir).
inline constexpr std::string_view kParsed = ".kefu/parsed";
std::string parsed(std::string_view site_file);
/// Results computed from records and kept for later (memo.hpp).
inline constexpr std::string_view kKept = ".kefu/kept";
/// Each kept file whose checksum was found good, with its inode, size and ctime then (Memo).
inline constexpr std::string_view kKeptChecked = ".kefu/kept.checked";
std::string kept(std::string_view key);

/// `rel` (relative to the data directory) is .kefu/ or beneath it.
bool is_beneath(std::string_view rel);

/// The version of every derived format: the index's tables and digests, the codec, the parsed
/// site files and every kept result. Bump the one constant it comes from (kCodecVersion,
/// codec.hpp) with any change to any of them; everything derived is then made anew.
int format_version();
/// format_version() as the index's meta table and the kept files' heads carry it.
std::string format_tag();

/// KEFU_INDEX=off: every command reads and parses the files themselves, and nothing derived
/// (index, parsed site files, kept results, remembered numbers) is read or written.
bool off();

}  // namespace kefu::derived
