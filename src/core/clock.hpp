/// The one way time enters kefu: a clock that `--now` / KEFU_NOW can fix.
#pragma once

#include <optional>

#include "core/time.hpp"

namespace kefu {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual DateTime now() const = 0;
};

/// Local wall-clock time of the machine.
class SystemClock : public Clock {
 public:
  DateTime now() const override;
};

/// A fixed instant, for `--now`, cron replays and tests.
class FixedClock : public Clock {
 public:
  explicit FixedClock(DateTime t) : t_(t) {}
  DateTime now() const override { return t_; }

 private:
  DateTime t_;
};

}  // namespace kefu
