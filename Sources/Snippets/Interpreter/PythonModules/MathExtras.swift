import Foundation
import TensorCore

/// More of `math`: the integer helpers, the C library's float functions CPython calls directly (glibc's, ported in
/// `GlibcMath`), and the ones CPython computes itself (`gamma`, `lgamma`, `dist`: `CPythonMath`).
extension MathModule {
  static let extraFunctions: Set<String> = [
    "lcm", "isqrt", "frexp", "ldexp", "modf", "remainder", "fmod", "cbrt", "exp2", "erfc", "gamma", "lgamma", "dist",
    "nextafter", "ulp",
  ]

  /// One of `extraFunctions`, or nil for another name.
  static func extraCall(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard extraFunctions.contains(name) else { return nil }
    if !call.keywords.isEmpty { throw PythonError.type("math.\(name)() takes no keyword arguments") }
    let arguments = call.positional
    func count(_ expected: Int) throws(PythonError) {
      guard arguments.count == expected else {
        throw PythonError.type(
          expected == 1
            ? "math.\(name)() takes exactly one argument (\(arguments.count) given)"
            : "\(name) expected \(expected) arguments, got \(arguments.count)")
      }
    }
    func real(_ value: Value) throws(PythonError) -> Double { try MathModule.real(value) }
    func integer(_ value: Value) throws(PythonError) -> BigInt { try MathModule.integer(value) }
    let domain = PythonError.value("math domain error")
    let range = PythonError("OverflowError", "math range error")
    switch name {
    case "lcm":
      var result = BigInt(1)
      for argument in arguments {
        var value = try integer(argument)
        if value.compare(BigInt(0)) < 0 { value = -value }
        if value.isZero || result.isZero {
          result = BigInt(0)
          continue
        }
        var a = result
        var b = value
        while !b.isZero { (a, b) = (b, a.floorDivMod(b).1) }
        try BigInt.checkSize(bits: result.bitWidth + value.bitWidth)
        result = result.floorDivMod(a).0 * value
      }
      return .integer(result)
    case "isqrt":
      try count(1)
      let n = try integer(arguments[0])
      if n.compare(BigInt(0)) < 0 { throw PythonError.value("isqrt() argument must be nonnegative") }
      // Newton's iteration from a power of two above the root: exact for any size.
      if n.isZero { return .int(0) }
      var x = try BigInt(2).power((n.bitWidth + 1) / 2)
      while true {
        let y = (x + n.floorDivMod(x).0).floorDivMod(BigInt(2)).0
        if y.compare(x) >= 0 { return .integer(x) }
        x = y
      }
    case "frexp":
      try count(1)
      let x = try real(arguments[0])
      if x == 0 || !x.isFinite { return try .makeTuple([.float(x), .int(0)]) }
      // frexp, scalbn, copysign, fmod and remainder below are exact by IEEE 754 (no rounding, or one rounding of an
      // exact result): the same bits from every C library.
      let (mantissa, exponent) = Foundation.frexp(x)
      return try .makeTuple([.float(mantissa), .int(exponent)])
    case "ldexp":
      try count(2)
      let x = try real(arguments[0])
      guard let exponent = arguments[1].bigInteger else {
        throw PythonError.type("Expected an int as second argument to ldexp.")
      }
      if x == 0 || !x.isFinite { return .float(x) }
      let clamped =
        exponent.asInt.map { Swift.max(-100_000, Swift.min(100_000, $0)) }
        ?? (exponent.compare(BigInt(0)) < 0 ? -100_000 : 100_000)
      let result = Foundation.scalbn(x, clamped)
      if result.isInfinite { throw range }
      return .float(result)
    case "modf":
      try count(1)
      let x = try real(arguments[0])
      if x.isInfinite { return try .makeTuple([.float(Foundation.copysign(0, x)), .float(x)]) }
      let whole = x.rounded(.towardZero)
      return try .makeTuple([.float(Foundation.copysign(x - whole, x)), .float(whole)])
    case "remainder", "fmod":
      try count(2)
      let x = try real(arguments[0])
      let y = try real(arguments[1])
      if x.isNaN || y.isNaN { return .float(x.isNaN ? x : y) }
      if x.isInfinite || y == 0 { throw domain }
      if y.isInfinite { return .float(x) }
      return .float(name == "fmod" ? Foundation.fmod(x, y) : Foundation.remainder(x, y))
    case "cbrt":
      try count(1)
      return .float(GlibcMath.cbrt(try real(arguments[0])))
    case "exp2":
      try count(1)
      let x = try real(arguments[0])
      let result = GlibcMath.exp2(x)
      if result.isInfinite, x.isFinite { throw range }
      return .float(result)
    case "gamma", "lgamma":
      try count(1)
      let x = try real(arguments[0])
      do {
        return .float(name == "gamma" ? try CPythonMath.gamma(x) : try CPythonMath.lgamma(x))
      } catch {
        throw error == .domain ? domain : range
      }
    // Exact by IEEE 754: the neighbouring double, as C's nextafter steps (toward y; y itself when equal, so the
    // sign of a zero y is kept).
    case "nextafter":
      try count(2)
      let x = try real(arguments[0])
      let y = try real(arguments[1])
      if x.isNaN || y.isNaN { return .float(.nan) }
      if x == y { return .float(y) }
      return .float(y > x ? x.nextUp : x.nextDown)
    case "ulp":
      // CPython's math_ulp: the gap to the next double away from zero, or below the largest finite one.
      try count(1)
      let x = Swift.abs(try real(arguments[0]))
      if !x.isFinite { return .float(x) }
      let next = x.nextUp
      return .float(next.isInfinite ? x - x.nextDown : next - x)
    case "dist":
      guard arguments.count == 2 else { throw PythonError.type("dist expected 2 arguments, got \(arguments.count)") }
      let p = try Interpreter.iterationItems(arguments[0])
      let q = try Interpreter.iterationItems(arguments[1])
      guard p.count == q.count else {
        throw PythonError.value("both points must have the same number of dimensions")
      }
      var ps: [Double] = []
      var qs: [Double] = []
      for (a, b) in zip(p, q) {
        ps.append(try real(a))
        qs.append(try real(b))
      }
      return .float(CPythonMath.dist(ps, qs))
    default:
      try count(1)
      return .float(GlibcMath.erfc(try real(arguments[0])))
    }
  }

  /// `math.hypot(*coordinates)`: CPython's own vector norm, for any number of arguments.
  static func hypot(_ call: CallArguments) throws(PythonError) -> Value {
    if !call.keywords.isEmpty { throw PythonError.type("math.hypot() takes no keyword arguments") }
    var coordinates: [Double] = []
    coordinates.reserveCapacity(call.positional.count)
    for argument in call.positional {
      coordinates.append(try MathModule.real(argument))
    }
    return .float(CPythonMath.hypot(coordinates))
  }
}
