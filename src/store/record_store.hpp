/// Case records on disk: one YAML file per record, in folders by kind and month
/// (complaints/2026/11/TS-2026-11-0007.yaml), numbered per month under the lock.
///
/// Repository<T> is the only way commands reach records. Its queries (by month range, open
/// cases, by unit) are answered from the derived index (store/index.hpp), which checks the
/// files it answers for; without one (KEFU_INDEX=off, a read-only store) by reading the
/// folders they cover.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "core/time.hpp"
#include "store/codec.hpp"
#include "store/datadir.hpp"
#include "store/index.hpp"
#include "store/lock.hpp"
#include "store/members_io.hpp"
#include "store/memo.hpp"
#include "store/seal.hpp"
#include "store/yaml_io.hpp"

namespace kefu {

/// A kind of case record: its folder under the data directory and its ID prefix.
struct RecordKind {
  std::string_view folder;  // complaints
  std::string_view prefix;  // TS
  std::string_view zh;      // 投诉
};

/// What a query restricts to; empty fields do not restrict.
struct CaseQuery {
  std::optional<YearMonth> from;  // received in or after this month
  std::optional<YearMonth> to;    // received in or before this month
  bool open_only = false;         // cases not yet closed
  std::string unit;
};

class RecordStore {
 public:
  explicit RecordStore(const DataDir& dir) : dir_(dir) {}
  const DataDir& dir() const { return dir_; }

  /// complaints/2026/11/TS-2026-11-0007.yaml; RefusedError when the ID is not of this kind.
  std::filesystem::path path_for(const RecordKind& kind, const std::string& id) const;
  /// The same, relative to the data directory: <folder>/<yyyy>/<mm>/<ID>.yaml (the layout
  /// kefu-gen writes too). RefusedError when `id` is not one of `kind`'s.
  static std::string rel_path_for(const RecordKind& kind, const std::string& id);
  /// Why `id`, read from the file at `path`, is not that file's ID of this kind; nullopt when
  /// it is.
  static std::optional<std::string> id_mismatch(const RecordKind& kind, const std::string& id,
                                                const std::filesystem::path& path);
  /// Whether `id` is an ID of this kind, such as TS-2026-11-0007.
  static bool valid_id(const RecordKind& kind, const std::string& id);
  /// The record files of the months in [from, to] (all months when unset), in ID order; what
  /// could not be listed (a folder kefu may not read, a link or FIFO named like a record) goes
  /// to `problems`.
  std::vector<std::filesystem::path> files(const RecordKind& kind, std::optional<YearMonth> from,
                                           std::optional<YearMonth> to,
                                           std::vector<StoreError>& problems) const;
  /// A record file, sealed or not; StoreError when it is missing or cannot be read.
  StoredFile read(const std::filesystem::path& path) const;
  /// The same, nullopt when it does not exist; `limit` for files of many records.
  std::optional<StoredFile> read_if_exists(const std::filesystem::path& path,
                                           size_t limit = kRecordLimit) const;

  /// The write lock; every numbering and write happens while one is held. Taking it first
  /// finishes what a killed writer left unfinished (store/transaction.hpp).
  std::unique_ptr<StoreLock> lock() const;
  /// Before a command reads anything: when a killed writer left an intent behind, takes the
  /// lock for a moment so that it is finished (one stat when there is none).
  void settle() const;
  /// What recovery could not finish, for the command to report (exit 3).
  const std::vector<StoreError>& recovery_problems() const { return recovery_problems_; }
  /// How many temporary files of killed writers taking the lock removed.
  size_t cleaned_temporaries() const { return cleaned_; }
  /// The next free ID of the month (the caller holds the lock): one past the highest number in
  /// its folder. The highest is remembered in .kefu/numbers with the folder's mtime after each
  /// record this store creates, and the folder is listed again only when its mtime moved (a
  /// file added, removed or renamed by other hands) or the number is taken.
  std::string next_id(const RecordKind& kind, YearMonth month) const;
  /// Writes a new record; StoreError if the file exists already.
  void create(const std::filesystem::path& path, const std::string& content) const;
  /// Replaces a record read earlier, refusing when it changed on disk since (an editor saved it).
  void replace(const StoredFile& as_read, const std::string& content) const;

  /// The derived index, opened on first use; nullptr when there is none to use.
  RecordIndex* index() const;
  /// Kept results (memo.hpp), stamped by the index: nullptr when there is no index.
  const Memo* memo() const { return index() ? &memo_ : nullptr; }
  /// How the index shows progress while it parses many files (set before it is opened).
  void set_index_progress(Progress p) { progress_ = std::move(p); }
  /// From now on, read the files themselves (`kefu check` judges the files, not the index).
  void bypass_index() const {
    index_opened_ = true;
    index_.reset();
  }

 private:
  const DataDir& dir_;
  mutable std::unique_ptr<RecordIndex> index_;
  Memo memo_{dir_.files()};
  mutable bool index_opened_ = false;
  Progress progress_;
  mutable std::vector<StoreError> recovery_problems_;
  mutable size_t cleaned_ = 0;
  /// The file next_id() numbered and its number, remembered once create() has written it.
  mutable std::filesystem::path numbered_;
  mutable int number_ = 0;
};

/// A record with what was read alongside it: keys kefu does not know, and the file.
template <class T>
struct Loaded {
  T record;
  Json extra;  // unknown keys, written back unchanged
  StoredFile file;
};

/// Records of a query, plus the files that could not be read (each a StoreError), so one
/// malformed file does not hide every other record.
template <class T>
struct QueryResult {
  std::vector<Loaded<T>> items;
  std::vector<StoreError> problems;

  /// The records alone, for core functions over them.
  std::vector<T> records() const {
    std::vector<T> out;
    out.reserve(items.size());
    for (const auto& i : items) out.push_back(i.record);
    return out;
  }
};

/// Specialised per record type: how it maps to YAML/JSON and what the queries need of it.
///   static const RecordKind& kind();
///   static T from_yaml(const YamlReader&);
///   static Json to_json(const T&);
///   static const std::string& id(const T&);
///   static DateTime received_at(const T&);
///   static bool is_open(const T&);
///   static const std::string& unit(const T&);
template <class T>
struct RecordTraits;

/// Index rows as records; nullopt when there are none (SQLite failed) or a body does not
/// decode, so that the caller reads the files instead.
template <class T>
std::optional<QueryResult<T>> from_index(std::optional<std::vector<IndexRow>> rows) {
  if (!rows) return std::nullopt;
  QueryResult<T> out;
  try {
    for (auto& row : *rows) {
      if (row.problem) {
        out.problems.push_back(std::move(*row.problem));
        continue;
      }
      Json extra = row.extra.empty() ? Json::object() : Json::parse(row.extra);
      out.items.push_back(
          {decode<T>(row.body), std::move(extra), StoredFile{row.path, row.name, {}, row.seal}});
    }
  } catch (const std::exception&) {
    return std::nullopt;
  }
  return out;
}

template <class T>
class Repository {
  using Traits = RecordTraits<T>;

 public:
  explicit Repository(const RecordStore& store) : store_(store) {}

  /// The record with this ID; RefusedError when there is none.
  Loaded<T> get(const std::string& id) const {
    auto file = store_.read_if_exists(store_.path_for(Traits::kind(), id));
    if (!file)
      throw RefusedError("没有编号为 " + id + " 的" + std::string(Traits::kind().zh) + "记录");
    return parse(std::move(*file));
  }

  /// The records of a query, from the index when there is one.
  QueryResult<T> query(const CaseQuery& q) const {
    if (auto* index = store_.index())
      if (auto out = from_index<T>(index->select(folder(), {q.from, q.to, q.open_only, q.unit})))
        return std::move(*out);
    return scan(q);
  }

  /// A fold of the path and content of every record received in the months [from, to],
  /// after the index's freshness checks: it changes whenever one of those files does. For
  /// values computed from those records and kept in the index. nullopt without an index, or
  /// when a file in scope does not parse.
  std::optional<uint64_t> stamp(YearMonth from, YearMonth to) const {
    auto* index = store_.index();
    if (!index) return std::nullopt;
    auto units = index->stamps(folder(), {from, to, false, ""});
    if (!units) return std::nullopt;
    uint64_t h = 1469598103934665603ull;
    for (const auto& [unit, v] : *units) {
      h = (h ^ content_hash(unit)) * 1099511628211ull;
      h = (h ^ v) * 1099511628211ull;
    }
    return h;
  }

  /// Like stamp(), for each month in [from, to] (every month when unset) that holds records,
  /// in month order; nullopt as for stamp().
  std::optional<std::vector<std::pair<YearMonth, uint64_t>>> month_stamps(
      std::optional<YearMonth> from, std::optional<YearMonth> to) const {
    auto* index = store_.index();
    if (!index) return std::nullopt;
    auto months = index->stamps(folder(), {from, to, false, ""}, RecordIndex::StampBy::month);
    if (!months) return std::nullopt;
    std::vector<std::pair<YearMonth, uint64_t>> out;
    for (const auto& [yyyymm, v] : *months) {
      int n = std::stoi(yyyymm);
      out.push_back({YearMonth{n / 100, static_cast<unsigned>(n % 100)}, v});
    }
    return out;
  }

  /// The records of a query read from their files (what `kefu check` reads), telling
  /// `progress`, when given, of each file read ("检查").
  QueryResult<T> scan(const CaseQuery& q, const Progress& progress = nullptr) const {
    QueryResult<T> out;
    auto paths = store_.files(Traits::kind(), q.from, q.to, out.problems);
    ProgressStep step{"检查", Traits::kind().folder, 0, paths.size(), kFiles, 0, false};
    for (const auto& path : paths) {
      if (progress) progress(step);  // the files read before this one
      step.files_read = ++step.done;
      try {
        auto loaded = parse(store_.read(path));
        const T& r = loaded.record;
        if (q.open_only && !Traits::is_open(r)) continue;
        if (!q.unit.empty() && Traits::unit(r) != q.unit) continue;
        out.items.push_back(std::move(loaded));
      } catch (const StoreError& e) {
        out.problems.push_back(e);
      }
    }
    if (progress) {
      step.end = true;
      progress(step);
    }
    return out;
  }

  /// Numbers and writes a new record made by `make(id)`; returns the ID.
  std::string create(DateTime received, const std::function<T(const std::string&)>& make) const {
    auto guard = store_.lock();
    auto id = store_.next_id(Traits::kind(), month_of(received));
    T record = make(id);
    store_.create(store_.path_for(Traits::kind(), id), emit_yaml(Traits::to_json(record)));
    return id;
  }

  /// Loads, changes through `change` (which may refuse), and writes back, under the lock.
  T update(const std::string& id, const std::function<void(T&)>& change) const {
    auto guard = store_.lock();
    auto loaded = get(id);
    change(loaded.record);
    store_.replace(loaded.file, serialize(loaded));
    return loaded.record;
  }

  /// How the index keeps this kind: its folder, and what it notes of each file.
  static const IndexedFolder& folder() {
    static const IndexedFolder f{
        std::string(Traits::kind().folder), true, [](const StoredFile& file) {
          auto loaded = parse(file);
          return IndexEntry{Traits::unit(loaded.record), Traits::is_open(loaded.record),
                            encode(loaded.record),
                            loaded.extra.empty() ? std::string() : loaded.extra.dump()};
        }};
    return f;
  }

  static Loaded<T> parse(StoredFile file) {
    auto doc = parse_yaml(file.name, file.bytes);
    if (!doc.root.IsDefined() || doc.root.IsNull()) throw StoreError(file.name, 1, 1, "文件为空");
    YamlReader reader(file.name, doc.root);
    T record = Traits::from_yaml(reader);
    if constexpr (requires { Traits::kind(); }) {
      // The file's name is the record's number: a number that does not match is a hand edit
      // kefu would otherwise write to, or read as, another record.
      if (auto why = RecordStore::id_mismatch(Traits::kind(), Traits::id(record), file.path))
        reader.fail(reader.node("id"), *why);
    }
    Json extra = Json::object();
    for (const auto& kv : doc.root) {
      const auto& key = kv.first.Scalar();
      if (!is_file_key<T>(key)) extra[key] = yaml_to_json(kv.second);
    }
    return {std::move(record), std::move(extra), std::move(file)};
  }

  static std::string serialize(const Loaded<T>& loaded) {
    Json j = Traits::to_json(loaded.record);
    for (const auto& [k, v] : loaded.extra.items()) j[k] = v;
    return emit_yaml(j);
  }

 private:
  const RecordStore& store_;
};

}  // namespace kefu
