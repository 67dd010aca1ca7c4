import TensorCore

/// Tick positions for a log axis as matplotlib's `LogLocator` (base 10, major ticks at decades, `numticks='auto'`)
/// picks them, and its handling of limits that a log axis cannot show.
public enum LogLocator {
  /// log10 without the platform libm (TensorCore's correctly rounded one).
  static func log10(_ x: Double) -> Double { Elementary.log10(x) }

  /// 10^x without the platform libm; exact for integer x in the double range.
  static func exp10(_ x: Double) -> Double {
    if x == x.rounded(), x.magnitude < 400 { return PowersOfTen.power(Int(x)) }
    return Elementary.pow(10, x)
  }

  /// `LogLocator.nonsingular`: non-finite or non-positive data gives the initial range (1, 10); a single value is
  /// widened to the decades around it.
  public static func nonsingular(_ low: Double, _ high: Double) -> (Double, Double) {
    var (vmin, vmax) = low <= high ? (low, high) : (high, low)
    guard vmin.isFinite, vmax.isFinite, vmax > 0 else { return (1, 10) }
    if vmin <= 0 { vmin = 1e-300 }
    if vmin == vmax {
      vmin = decadeBelow(vmin)
      vmax = decadeAbove(vmax)
    }
    return (vmin, vmax)
  }

  /// The largest power of ten strictly below x (`_decade_less`).
  private static func decadeBelow(_ x: Double) -> Double {
    let k = PowersOfTen.floorLog10(x)
    return PowersOfTen.power(PowersOfTen.power(k) == x ? k - 1 : k)
  }

  /// The smallest power of ten strictly above x (`_decade_greater`).
  private static func decadeAbove(_ x: Double) -> Double {
    PowersOfTen.power(PowersOfTen.floorLog10(x) + 1)
  }

  /// The decade exponents of the major ticks for the view (vmin, vmax) with `requested` ticks at most
  /// (`np.clip(tick space, 2, 9)`), including one just beyond each end.
  public static func majorDecades(_ low: Double, _ high: Double, requested: Int) -> [Int] {
    plan(low, high, requested: requested)?.decades ?? []
  }

  /// `LogLocator.tick_values`' choice of decades: which, the stride between them, and how many decades the view
  /// spans (nil for a view a log axis cannot show).
  private static func plan(_ low: Double, _ high: Double, requested: Int) -> (
    decades: [Int], stride: Int, available: Int
  )? {
    var (vmin, vmax) = low <= high ? (low, high) : (high, low)
    if vmin <= 0 { vmin = 1e-300 }
    guard vmax > 0, vmin.isFinite, vmax.isFinite else { return nil }
    let (efmin, efmax) = (log10(vmin), log10(vmax))
    let emin = Int(efmin.rounded(.up))
    let emax = Int(efmax.rounded(.down))
    let available = emax - emin + 1
    var request = Swift.min(Swift.max(requested, 2), 9)
    var stride = available / (request + 1) + 1
    let needed = (available + stride - 1) / stride
    if needed <= request { request = needed }
    switch request {
    case ...0:
      return ([emin - 1, emax + 1], emax - emin + 2, available)
    case 1:
      let mid = Int(((efmin + efmax) / 2).rounded(.toNearestOrEven))
      stride = Swift.max(mid - (emin - 1), (emax + 1) - mid)
      return ([mid - stride, mid, mid + stride], stride, available)
    default:
      stride = (available - 1) / (request - 1)
      if Double(stride) < Double(available) / Double(request) { stride = available / request }
      let olo = Swift.max(available - stride * request, 0)
      let ohi = Swift.min(available - stride * (request - 1), stride)
      var offset = ((-emin) % stride + stride) % stride
      if !(olo <= offset && offset < ohi) { offset = olo }
      return (Array(Swift.stride(from: emin + offset - stride, through: emax + stride, by: stride)), stride, available)
    }
  }

  /// The minor ticks (2…9 times each decade around the view), as `LogLocator(subs='auto')`: none when the view spans
  /// ten decades or more, or when the major ticks skip decades.
  public static func minorTicks(_ low: Double, _ high: Double, requested: Int) -> [Double] {
    guard let plan = plan(low, high, requested: requested), plan.available < 10 else { return [] }
    guard plan.stride == 1 || plan.available <= 1 else { return [] }
    let (vmin, vmax) = low <= high ? (Swift.max(low, 1e-300), high) : (Swift.max(high, 1e-300), low)
    let emin = Int(log10(vmin).rounded(.up))
    let emax = Int(log10(vmax).rounded(.down))
    var ticks: [Double] = []
    for decade in (emin - 1)..<(emax + 1) {
      for sub in 2...9 { ticks.append(Double(sub) * PowersOfTen.power(decade)) }
    }
    return ticks
  }
}

/// Log tick labels as matplotlib's `LogFormatterSciNotation` writes them: `10^k` at decades, `c×10^k` between them
/// when the view spans few decades (`minor_thresholds` (1, 0.4)), nothing otherwise.
public enum LogFormatter {
  /// The coefficients that get labels for the view: only decades when more than one decade boundary is crossed, 1 2 3
  /// 4 6 10 when it spans more than 0.4 of a decade, every one below that.
  public static func labelledCoefficients(_ view: (Double, Double)) -> Set<Int> {
    let (vmin, vmax) = view.0 <= view.1 ? view : (view.1, view.0)
    guard vmin > 0 else { return [1] }
    let lmin = Elementary.log(vmin) / Elementary.log(10)
    let lmax = Elementary.log(vmax) / Elementary.log(10)
    let ticks = lmax.rounded(.down) - lmin.nextDown.rounded(.down)
    if ticks > 1 { return [1] }
    if (lmax - lmin).magnitude > 0.4 { return [1, 2, 3, 4, 6, 10] }
    return Set(1...10)
  }

  /// The label of the tick at `x` (> 0) as runs of text and superscript; empty when the tick is unlabelled.
  public static func label(_ x: Double, labelled: Set<Int>) -> [(text: String, superscript: Bool)] {
    guard x > 0, x.isFinite else { return [] }
    let fx = Elementary.log(x) / Elementary.log(10)
    let nearest = fx.rounded(.toNearestOrEven)
    let isDecade = isCloseToInteger(fx)
    let exponent = isDecade ? nearest : fx.rounded(.down)
    let coefficient = Int(Elementary.pow(10, fx - exponent).rounded(.toNearestOrEven))
    guard labelled.contains(coefficient) else { return [] }
    let power = ScalarFormatter.minus(String(Int(exponent)))
    if isDecade { return [("10", false), (power, true)] }
    return [("\(coefficient)\u{D7}10", false), (power, true)]
  }

  /// Python's `math.isclose(x, round(x))`: within a relative 1e-9.
  private static func isCloseToInteger(_ x: Double) -> Bool {
    let rounded = x.rounded(.toNearestOrEven)
    return (x - rounded).magnitude <= 1e-9 * Swift.max(x.magnitude, rounded.magnitude)
  }
}
