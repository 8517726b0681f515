/// The axis of a trend chart; see chart.hpp.
#include "core/chart.hpp"

#include <algorithm>
#include <cmath>

namespace kefu {

namespace {
/// The least of 1, 2, 5 × 10ⁿ not below `x` (> 0).
double nice_step(double x) {
  double p = std::pow(10.0, std::floor(std::log10(x)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * p >= x * (1 - 1e-9)) return m * p;
  return 10 * p;
}
}  // namespace

ChartScale chart_scale(const std::vector<double>& values, double target, bool from_zero) {
  constexpr int kSteps = 4;  // a nice step a quarter of the span, or less
  if (from_zero) {
    double top = std::max(target, 0.0);
    for (double v : values) top = std::max(top, v);
    double hi = 0.05;
    if (top > hi) {
      double step = nice_step(top / kSteps);
      hi = std::ceil(top / step - 1e-9) * step;
    }
    return {0.0, hi};
  }
  double bottom = std::min(target, 1.0);
  for (double v : values) bottom = std::min(bottom, v);
  double lo = 0.5;
  if (bottom < lo) {
    double step = nice_step((1.0 - std::max(bottom, 0.0)) / kSteps);
    lo = std::max(0.0, std::floor(std::max(bottom, 0.0) / step + 1e-9) * step);
  }
  return {lo, 1.0};
}

}  // namespace kefu
