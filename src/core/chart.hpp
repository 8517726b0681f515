/// The monthly report's trend charts: the axis each KPI is drawn on.
#pragma once

#include <vector>

namespace kefu {

/// The value axis of a KPI's trend chart: from `lo` to `hi` (rates, 0.5 = 50%). Rework
/// (`from_zero`) starts at 0 and reaches 5% or, when a month or the target is above it, that
/// maximum rounded up to a nice step (1, 2 or 5 × 10ⁿ, a quarter of the span or less); the
/// other rates end at 100% and start at 50% or, below it, at the minimum rounded down likewise.
/// No value is drawn off its axis.
struct ChartScale {
  double lo = 0, hi = 1;
  bool operator==(const ChartScale&) const = default;
};
ChartScale chart_scale(const std::vector<double>& values, double target, bool from_zero);

}  // namespace kefu
