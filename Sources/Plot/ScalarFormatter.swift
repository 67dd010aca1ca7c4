/// Tick label text as matplotlib's default `ScalarFormatter` writes it (useOffset on, offset threshold 4, power
/// limits (-5, 6), no math text, Unicode minus): the labels, and the offset/scale text shown at the axis end
/// (`1e6`, `+1e3`, `1e−3+1.001`).
public struct ScalarFormatter: Sendable {
  /// The label of each tick passed in.
  public var labels: [String]
  /// The text drawn at the end of the axis ("" when there is none).
  public var offsetText: String

  /// Formats `ticks` (all the locator's ticks, drawn or not) for an axis showing `view`.
  public init(ticks: [Double], view: (Double, Double)) {
    let (vmin, vmax) = view.0 <= view.1 ? view : (view.1, view.0)
    guard !ticks.isEmpty else {
      labels = []
      offsetText = ""
      return
    }
    let inside = ticks.filter { vmin <= $0 && $0 <= vmax }
    let offset = Self.offset(of: inside)
    let order = Self.orderOfMagnitude(inside, offset: offset, view: (vmin, vmax))
    let scale = PowersOfTen.power(order)
    let decimals = Self.fractionDigits(ticks, view: (vmin, vmax), offset: offset, scale: scale)
    labels = ticks.map { tick in
      var x = (tick - offset) / scale
      if x.magnitude < 1e-8 { x = 0 }
      return Self.minus(DecimalText.fixed(x, fractionDigits: decimals))
    }
    var text = ""
    if order != 0 { text += "1e\(order)" }
    if offset != 0 { text += (offset > 0 ? "+" : "") + Self.dataText(offset) }
    offsetText = Self.minus(text)
  }

  /// matplotlib's `fix_minus`: a hyphen becomes U+2212 MINUS SIGN.
  static func minus(_ text: String) -> String {
    text.replacingOccurrences(of: "-", with: "\u{2212}")
  }

  /// `_compute_offset`: a round number subtracted from every label when the ticks share their leading digits
  /// (from four of them on).
  private static func offset(of locs: [Double]) -> Double {
    guard let lmin = locs.min(), let lmax = locs.max(), lmin != lmax, !(lmin <= 0 && 0 <= lmax) else { return 0 }
    let absMin = Swift.min(lmin.magnitude, lmax.magnitude)
    let absMax = Swift.max(lmin.magnitude, lmax.magnitude)
    let sign = lmin < 0 ? -1.0 : 1.0
    // ceil(log10(absMax)), exactly.
    let floorLog = PowersOfTen.floorLog10(absMax)
    let ceilLog = PowersOfTen.power(floorLog) == absMax ? floorLog : floorLog + 1
    var oom = ceilLog
    while oom > -400,
      pythonFloorDivide(absMin, PowersOfTen.power(oom)) == pythonFloorDivide(absMax, PowersOfTen.power(oom))
    {
      oom -= 1
    }
    oom += 1
    if (absMax - absMin) / PowersOfTen.power(oom) <= 1e-2 {
      oom = ceilLog
      while oom > -400,
        !(pythonFloorDivide(absMax, PowersOfTen.power(oom)) - pythonFloorDivide(absMin, PowersOfTen.power(oom)) > 1)
      {
        oom -= 1
      }
      oom += 1
    }
    let leading = pythonFloorDivide(absMax, PowersOfTen.power(oom))
    return leading >= 1000 ? sign * leading * PowersOfTen.power(oom) : 0
  }

  /// `_set_order_of_magnitude`: the power of ten factored out of the labels (outside 1e-5 … 1e6).
  private static func orderOfMagnitude(_ locs: [Double], offset: Double, view: (Double, Double)) -> Int {
    guard let largest = locs.map(\.magnitude).max() else { return 0 }
    let oom: Int
    if offset != 0 {
      oom = PowersOfTen.floorLog10(view.1 - view.0)
    } else {
      oom = largest == 0 ? 0 : PowersOfTen.floorLog10(largest)
    }
    return oom <= -5 || oom >= 6 ? oom : 0
  }

  /// `_set_format`: the fewest decimals that show every tick to a thousandth of the ticks' spread.
  private static func fractionDigits(
    _ ticks: [Double], view: (Double, Double), offset: Double, scale: Double
  ) -> Int {
    var values = ticks.count < 2 ? ticks + [view.0, view.1] : ticks
    values = values.map { ($0 - offset) / scale }
    var range = (values.max() ?? 0) - (values.min() ?? 0)
    if range == 0 { range = values.map(\.magnitude).max() ?? 0 }
    if range == 0 { range = 1 }
    if ticks.count < 2 { values.removeLast(2) }
    let rangeOrder = PowersOfTen.floorLog10(range)
    var digits = Swift.max(0, 3 - rangeOrder)
    let threshold = 1e-3 * PowersOfTen.power(rangeOrder)
    while digits >= 0 {
      let worst = values.map { ($0 - roundHalfEven($0, decimals: digits)).magnitude }.max() ?? 0
      if worst < threshold { digits -= 1 } else { break }
    }
    return digits + 1
  }

  /// NumPy's `np.round(x, decimals)`: scale by 10^decimals, round half to even, scale back.
  static func roundHalfEven(_ x: Double, decimals: Int) -> Double {
    if decimals >= 0 {
      let factor = PowersOfTen.power(decimals)
      return (x * factor).rounded(.toNearestOrEven) / factor
    }
    let factor = PowersOfTen.power(-decimals)
    return (x / factor).rounded(.toNearestOrEven) * factor
  }

  /// `format_data` for the offset: a significand rounded to 10 places and a power of ten (`1e3`, `1.5e3`, `-2`).
  private static func dataText(_ value: Double) -> String {
    let exponent = PowersOfTen.floorLog10(value.magnitude)
    let significand = roundHalfEven(value / PowersOfTen.power(exponent), decimals: 10)
    var text: String
    if significand == significand.rounded(.down) {
      text = DecimalText.fixed(significand, fractionDigits: 0)
    } else {
      // "%1.10g" of a value already rounded to 10 places: ten decimals, trailing zeros dropped.
      text = DecimalText.fixed(significand, fractionDigits: 9)
      while text.hasSuffix("0") { text.removeLast() }
    }
    return exponent == 0 ? text : "\(text)e\(exponent)"
  }
}
