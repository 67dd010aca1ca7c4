/// Tick positions for a linear axis as matplotlib's `AutoLocator` (a `MaxNLocator` with `nbins='auto'` and steps
/// 1, 2, 2.5, 5, 10) picks them, and the axis limits its autoscaling sets. The algorithm follows matplotlib 3.11's
/// `ticker.py` and `transforms.nonsingular`; `Tests/fixtures/matplotlib_ticks.py` records matplotlib's own choices.
public enum LinearLocator {
  /// The steps within one decade, extended a decade down and one step up, as `MaxNLocator._staircase` makes them.
  static let staircase: [Double] = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20]

  /// The fewest ticks a locator aims for inside the view (`min_n_ticks`).
  static let minimumTicks = 2

  /// The number of intervals `nbins='auto'` allows on an axis `length` points long: one tick label per three font
  /// sizes along x, two along y (`Axis.get_tick_space`), between 1 and 9.
  public static func binCount(axisLength: Double, fontSize: Double, horizontal: Bool) -> Int {
    let size = fontSize * (horizontal ? 3 : 2)
    let space = (axisLength / size).rounded(.down)
    return Int(Swift.min(Swift.max(space, 1), 9))
  }

  /// `transforms.nonsingular`: widens an empty or degenerate interval so it can be drawn; non-finite ends give
  /// (-expander, expander).
  public static func nonsingular(
    _ low: Double, _ high: Double, expander: Double, tiny: Double = 1e-15
  ) -> (Double, Double) {
    guard low.isFinite, high.isFinite else { return (-expander, expander) }
    var (vmin, vmax) = low <= high ? (low, high) : (high, low)
    let largest = Swift.max(vmin.magnitude, vmax.magnitude)
    if largest < (1e6 / tiny) * Double.leastNormalMagnitude {
      vmin = -expander
      vmax = expander
    } else if vmax - vmin <= largest * tiny {
      if vmax == 0 && vmin == 0 {
        vmin = -expander
        vmax = expander
      } else {
        vmin -= expander * vmin.magnitude
        vmax += expander * vmax.magnitude
      }
    }
    return (vmin, vmax)
  }

  /// The ticks for the view (vmin, vmax), including the one just outside each end that matplotlib computes (the axis
  /// then draws only those inside, `visible(_:in:)`).
  public static func ticks(_ low: Double, _ high: Double, bins: Int) -> [Double] {
    let (vmin, vmax) = nonsingular(low, high, expander: 1e-13, tiny: 1e-14)
    // A span past the largest double has no decade to step by; such an axis gets no ticks rather than garbage.
    guard (vmax - vmin).isFinite, bins > 0 else { return [] }
    return rawTicks(vmin, vmax, bins: bins)
  }

  /// `scale_range`: the decade of one bin, and an offset that keeps far-from-zero ranges precise.
  private static func scaleRange(_ vmin: Double, _ vmax: Double, bins: Int) -> (scale: Double, offset: Double) {
    let span = (vmax - vmin).magnitude
    let mean = (vmax + vmin) / 2
    var offset = 0.0
    if !(mean.magnitude / span < 100) {
      let magnitude = PowersOfTen.power(PowersOfTen.floorLog10(mean.magnitude))
      offset = mean < 0 ? -magnitude : magnitude
    }
    return (PowersOfTen.power(PowersOfTen.floorLog10(span / Double(bins))), offset)
  }

  /// `MaxNLocator`'s own default steps (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10), which contour levels use, as its
  /// `_staircase` extends them: a tenth of each but the last, the steps, and ten times the second.
  static let finerStaircase: [Double] =
    [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8].map { 0.1 * $0 } + [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 15]

  static func rawTicks(
    _ vmin: Double, _ vmax: Double, bins: Int, minimumTicks: Int = minimumTicks, steps staircase: [Double] = staircase
  ) -> [Double] {
    let (scale, offset) = scaleRange(vmin, vmax, bins: bins)
    let low = vmin - offset
    let high = vmax - offset
    let steps = staircase.map { $0 * scale }
    let rawStep = (high - low) / Double(bins)
    let firstLarge = steps.firstIndex { $0 >= rawStep } ?? steps.count - 1
    var ticks: [Double] = []
    for step in steps[...firstLarge].reversed() where step > 0 {
      let bestLow = pythonFloorDivide(low, step) * step
      let edge = EdgeInteger(step: step, offset: offset)
      let first = edge.lessOrEqual(low - bestLow)
      let last = edge.greaterOrEqual(high - bestLow)
      // Steps are at most a decade below the bin width, so a sane range has a few dozen ticks at most.
      guard last >= first, last - first <= 1000 else { continue }
      ticks = stride(from: first, through: last, by: 1).map { $0 * step + bestLow }
      let inside = ticks.filter { $0 <= high && $0 >= low }.count
      if inside >= minimumTicks { break }
    }
    return ticks.map { $0 + offset }
  }

  /// Which ticks the axis draws: those within the view, with a relative slack of 1e-10 of its length
  /// (`_interval_contains_close`).
  public static func visible(_ ticks: [Double], in view: (Double, Double)) -> [Double] {
    let (a, b) = view.0 <= view.1 ? view : (view.1, view.0)
    let slack = (b - a) * 1e-10
    return ticks.filter { a - slack <= $0 && $0 <= b + slack }
  }
}

/// Python's `x // y` for floats (floor of the exact quotient, as CPython's `float_floor_div` computes it).
func pythonFloorDivide(_ x: Double, _ y: Double) -> Double {
  pythonDivMod(x, y).quotient
}

/// CPython's `divmod` for floats: the remainder takes the divisor's sign, the quotient is an exact integer.
func pythonDivMod(_ x: Double, _ y: Double) -> (quotient: Double, remainder: Double) {
  var remainder = x.truncatingRemainder(dividingBy: y)
  var quotient = (x - remainder) / y
  if remainder != 0 {
    if (y < 0) != (remainder < 0) {
      remainder += y
      quotient -= 1
    }
  } else {
    remainder = (0.0).sign == y.sign ? 0.0 : -0.0
  }
  var floored: Double
  if quotient != 0 {
    floored = quotient.rounded(.down)
    if quotient - floored > 0.5 { floored += 1 }
  } else {
    floored = y.sign == x.sign ? 0.0 : -0.0
  }
  return (floored, remainder)
}

/// `_Edge_integer`: the integer multiples of a step just inside an edge, allowing for rounding when the offset is
/// large compared with the step.
private struct EdgeInteger {
  let step: Double
  let offset: Double

  init(step: Double, offset: Double) {
    self.step = step
    self.offset = offset.magnitude
  }

  private func isClose(_ fraction: Double, to edge: Double) -> Bool {
    var tolerance = 1e-10
    if offset > 0 {
      // 10^(log10(offset/step) - 12) = offset/step × 1e-12, computed without libm.
      tolerance = Swift.min(0.4999, Swift.max(1e-10, offset / step * 1e-12))
    }
    return (fraction - edge).magnitude < tolerance
  }

  /// The largest n with n·step ≤ x.
  func lessOrEqual(_ x: Double) -> Double {
    let (quotient, remainder) = pythonDivMod(x, step)
    return isClose(remainder / step, to: 1) ? quotient + 1 : quotient
  }

  /// The smallest n with n·step ≥ x.
  func greaterOrEqual(_ x: Double) -> Double {
    let (quotient, remainder) = pythonDivMod(x, step)
    return isClose(remainder / step, to: 0) ? quotient : quotient + 1
  }
}
