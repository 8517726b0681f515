/// The two kinds of failure kefu reports, each mapped once to an exit status in main.
#pragma once

#include <stdexcept>
#include <string>

namespace kefu {

/// Input that kefu refuses: unknown staff, illegal state change, bad value. Exit status 2.
class RefusedError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The store itself is at fault: malformed file, lock not obtained, I/O error. Exit status 3.
/// Carries the position in the file when there is one, printed as file:line:column.
class StoreError : public std::runtime_error {
 public:
  StoreError(std::string file, int line, int column, const std::string& reason)
      : std::runtime_error(reason), file_(std::move(file)), line_(line), column_(column) {}
  explicit StoreError(const std::string& reason) : StoreError("", 0, 0, reason) {}

  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  /// "file:line:column: reason", or as much of it as is known.
  std::string where_and_why() const;

 private:
  std::string file_;
  int line_;
  int column_;
};

}  // namespace kefu
