/// Writes of several files that every later command sees whole or not at all.
///
/// A command that changes more than one file (a key and its loan, a period's bills of every
/// building, the dun notices and logs of a morning) writes them as one Transaction. Under the
/// store lock it first checks that each file it replaces is still as it was read, then writes
/// its intent — every file's old and new bytes — to .kefu/intent, synced; then each file, each
/// whole (store/files.hpp); then removes the intent. A command killed in between leaves the
/// intent behind, and the next command, before it reads or writes anything, takes the lock and
/// finishes the writes (recover()): a file already as intended is left, one still as it was
/// is written. A file that is neither was changed by hand since; it is left as it is, the rest
/// is finished, and the intent is kept in .kefu/unfinished/ for `kefu check` to report.
///
/// A single file needs no intent: one rename or link is atomic already. Records (create,
/// replace) are sealed on the way (store/seal.hpp); documents (put) are not.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "store/files.hpp"

namespace kefu {

class Transaction {
 public:
  explicit Transaction(const StoreFiles& files) : files_(files) {}

  /// A new record; the commit is refused (StoreError) if the name is taken by then.
  void create(std::string rel, std::string content);
  /// A record read earlier as `as_read`; refused if it changed on disk since.
  void replace(std::string rel, std::string as_read, std::string content);
  /// A document kefu makes (a notice): written whatever is there.
  void put(std::string rel, std::string content);

  bool empty() const { return ops_.empty(); }
  size_t size() const { return ops_.size(); }

  /// Writes every file, all or none; the caller holds the store lock.
  void commit();

 private:
  enum class Kind { create, replace, put };
  struct Op {
    Kind kind;
    std::string rel;
    std::optional<std::string> old;  // unset: the file was not there
    std::string content;
  };
  void apply(const Op& op) const;
  void undo(const Op& op) const;

  const StoreFiles& files_;
  std::vector<Op> ops_;
};

/// Finishes what a killed writer left in .kefu/intent and clears .kefu/tmp/; run under the
/// lock by every command before it reads or writes records. Returns what it could not finish.
/// `cleaned` counts the temporary files removed.
std::vector<StoreError> recover(const StoreFiles& files, size_t* cleaned = nullptr);
/// Whether a killed writer left an intent behind (one stat).
bool has_intent(const StoreFiles& files);
/// The intents kept in .kefu/unfinished/, each a StoreError for `kefu check`.
std::vector<StoreError> unfinished(const StoreFiles& files);

}  // namespace kefu
