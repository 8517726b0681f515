/// What every command shares: the global options, the clock, the data directory, the acting
/// staff member, the output streams and the exit status being built up.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cli/output.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/errors.hpp"
#include "store/datadir.hpp"
#include "store/record_store.hpp"

namespace kefu {

class Context;

struct GlobalOptions {
  std::string data;
  std::string now;
  std::string by;
  std::string format = "table";
  bool reveal = false;
};

class Context {
 public:
  Context(std::ostream& out_stream, std::ostream& err_stream) : out(out_stream), err(err_stream) {}

  GlobalOptions opts;
  std::ostream& out;
  std::ostream& err;

  /// --now, else KEFU_NOW, else the system clock.
  DateTime now();
  const DataDir& dir();
  const RecordStore& store();
  const Config& config() { return dir().config(); }
  /// The staff member acting (--by or KEFU_USER), who must be on the roster.
  const StaffMember& actor();
  /// A staff member named on the command line; RefusedError naming `what` if unknown.
  const StaffMember& staff(const std::string& id_or_name, const std::string& what);
  /// The name to show for a staff id (the id itself when not on the roster).
  std::string staff_name(const std::string& id);
  Format format();

  /// Prints each unreadable file as file:line:column and makes the exit status 3.
  void report_problems(const std::vector<StoreError>& problems);
  /// Raises the exit status to at least `s` (1: something needs attention).
  void raise_status(int s) { status_ = std::max(status_, s); }
  int status() const { return status_; }
  /// Masks phone numbers unless --reveal was given (R12).
  void protect(Json& value) const {
    if (!opts.reveal) mask_phones(value);
  }
  std::string phone(const std::string& p) const;
  /// Says on stderr that the record `id` read from `file` was changed by hand since kefu
  /// sealed it, or was never sealed (R12), and how to record it.
  void warn_unsealed(const StoredFile& file, const std::string& id);
  /// Warnings printed once the command is done (uncovered calendar years).
  void finish();

 private:
  std::unique_ptr<Clock> clock_;
  std::unique_ptr<DataDir> dir_;
  std::unique_ptr<RecordStore> store_;
  int status_ = 0;
};

/// A file a user asked for with -o: refused (RefusedError) when it lies among the data
/// directory's records or site files (kefu.yaml, units/, complaints/ …, .kefu/), or exists
/// already and `force` was not given; then written whole.
void write_output_file(Context& ctx, const std::filesystem::path& path, const std::string& text,
                       bool force);
/// The first of those checks alone, for a file written otherwise (an xlsx).
void check_output_path(Context& ctx, const std::filesystem::path& path);
/// The same for a folder that files will be written into.
void check_output_folder(Context& ctx, const std::filesystem::path& dir);

}  // namespace kefu
