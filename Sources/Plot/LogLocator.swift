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
    var (vmin, vmax) = low <= high ? (low, high) : (high, low)
    if vmin <= 0 { vmin = 1e-300 }
    guard vmax > 0, vmin.isFinite, vmax.isFinite else { return [] }
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
      return [emin - 1, emax + 1]
    case 1:
      let mid = Int(((efmin + efmax) / 2).rounded(.toNearestOrEven))
      stride = Swift.max(mid - (emin - 1), (emax + 1) - mid)
      return [mid - stride, mid, mid + stride]
    default:
      stride = (available - 1) / (request - 1)
      if Double(stride) < Double(available) / Double(request) { stride = available / request }
      let olo = Swift.max(available - stride * request, 0)
      let ohi = Swift.min(available - stride * (request - 1), stride)
      var offset = ((-emin) % stride + stride) % stride
      if !(olo <= offset && offset < ohi) { offset = olo }
      return Array(Swift.stride(from: emin + offset - stride, through: emax + stride, by: stride))
    }
  }

  /// The minor ticks (2…9 times each decade) between the decades around the view, drawn unlabelled; none when the view
  /// spans ten decades or more, as matplotlib's `subs='auto'`.
  public static func minorTicks(_ low: Double, _ high: Double) -> [Double] {
    var (vmin, vmax) = low <= high ? (low, high) : (high, low)
    if vmin <= 0 { vmin = 1e-300 }
    guard vmax > 0, vmin.isFinite, vmax.isFinite else { return [] }
    let emin = Int(log10(vmin).rounded(.up))
    let emax = Int(log10(vmax).rounded(.down))
    guard emax - emin + 1 < 10 else { return [] }
    var ticks: [Double] = []
    for decade in (emin - 1)...(emax) {
      for sub in 2...9 { ticks.append(Double(sub) * PowersOfTen.power(decade)) }
    }
    return ticks
  }
}
