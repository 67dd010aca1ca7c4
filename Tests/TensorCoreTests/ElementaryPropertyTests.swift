import TestSupport
import Testing

@testable import TensorCore

/// Properties every elementary function must have on any bits at all (a seeded stream of random bit patterns, so
/// NaN payloads, subnormals and huge values included): no crash, symmetry exactly where the mathematics has it,
/// results inside the function's range, and monotonicity between neighbouring doubles.
@Suite struct ElementaryPropertyTests {
  /// SplitMix64's bits, so the inputs are the same on every run and machine.
  struct BitStream {
    var bits: SplitMix64
    init(state: UInt64) { bits = SplitMix64(seed: state) }
    mutating func next() -> UInt64 { bits.next() }
    /// A double from random bits, every other one rescaled to a magnitude below 2^12 where most outputs change.
    mutating func double(_ index: Int) -> Double {
      let x = Double(bitPattern: next())
      guard index % 2 == 0, x.isFinite else { return x }
      return Double(sign: x.sign, exponent: Int(next() % 80) - 68, significand: 1 + Double(next() >> 12) * 0x1p-52)
    }
  }

  static let count = 20_000
  static let halfPi = ElementaryTables.halfPiHi

  /// f(-x) = -f(x) (odd) or f(x) (even), bit for bit, as the mathematics and C99 require.
  @Test(arguments: [
    ("sin", true), ("tan", true), ("tanh", true), ("sinh", true), ("asin", true), ("atan", true), ("asinh", true),
    ("atanh", true), ("cos", false), ("cosh", false),
  ])
  func symmetry(_ name: String, _ odd: Bool) throws {
    let f = try #require(Self.unary[name])
    var stream = BitStream(state: 1)
    for index in 0..<Self.count {
      let x = stream.double(index)
      let (a, b) = (f(x), f(-x))
      let expected = odd ? -a : a
      #expect(b.bitPattern == expected.bitPattern || (a.isNaN && b.isNaN), "\(name)(\(x)) = \(a), at -x \(b)")
    }
  }

  /// Results stay inside the function's range, NaN exactly outside its domain, and the order of neighbouring
  /// inputs is kept by increasing functions.
  @Test(arguments: [
    "exp", "expm1", "exp2", "log", "log1p", "log2", "log10", "tanh", "sinh", "asinh", "atan",
    "acosh", "atanh", "asin", "sin", "cos", "acos",
  ])
  func rangeAndOrder(_ name: String) throws {
    let f = try #require(Self.unary[name])
    let (domain, range, increasing) = try #require(Self.shape[name])
    var stream = BitStream(state: 2)
    for index in 0..<Self.count {
      let x = stream.double(index)
      let y = f(x)
      if x.isNaN || !domain.contains(x) {
        #expect(y.isNaN, "\(name)(\(x)) = \(y), expected NaN")
        continue
      }
      #expect(range.contains(y), "\(name)(\(x)) = \(y) is outside \(range)")
      if increasing {
        let next = x.nextUp
        if domain.contains(next) { #expect(f(next) >= y, "\(name) decreases after \(x)") }
      }
    }
  }

  static let unary: [String: @Sendable (Double) -> Double] = [
    "exp": Elementary.exp, "expm1": Elementary.expm1, "exp2": Elementary.exp2, "log": Elementary.log,
    "log1p": Elementary.log1p, "log2": Elementary.log2, "log10": Elementary.log10, "tanh": Elementary.tanh,
    "sinh": Elementary.sinh, "cosh": Elementary.cosh, "sin": Elementary.sin, "cos": Elementary.cos,
    "tan": Elementary.tan, "asin": Elementary.asin, "acos": Elementary.acos, "atan": Elementary.atan,
    "asinh": Elementary.asinh, "acosh": Elementary.acosh, "atanh": Elementary.atanh,
  ]

  /// Domain (NaN outside), closed range of results, and whether the function never decreases.
  static let shape: [String: (ClosedRange<Double>, ClosedRange<Double>, Bool)] = [
    "exp": (-.infinity ... .infinity, 0 ... .infinity, true),
    "expm1": (-.infinity ... .infinity, -1 ... .infinity, true),
    "exp2": (-.infinity ... .infinity, 0 ... .infinity, true),
    "log": (-0.0 ... .infinity, -.infinity ... .infinity, true),
    "log1p": (-1 ... .infinity, -.infinity ... .infinity, true),
    "log2": (-0.0 ... .infinity, -.infinity ... .infinity, true),
    "log10": (-0.0 ... .infinity, -.infinity ... .infinity, true),
    "tanh": (-.infinity ... .infinity, -1...1, true),
    "sinh": (-.infinity ... .infinity, -.infinity ... .infinity, true),
    "asinh": (-.infinity ... .infinity, -.infinity ... .infinity, true),
    "atan": (-.infinity ... .infinity, -halfPi...halfPi, true),
    "acosh": (1 ... .infinity, 0 ... .infinity, true),
    "atanh": (-1...1, -.infinity ... .infinity, true),
    "asin": (-1...1, -halfPi...halfPi, true),
    "sin": (-Double.greatestFiniteMagnitude ... .greatestFiniteMagnitude, -1...1, false),
    "cos": (-Double.greatestFiniteMagnitude ... .greatestFiniteMagnitude, -1...1, false),
    "acos": (-1...1, 0...ElementaryTables.piHi, false),
  ]

  /// pow, atan2 and hypot on random pairs: no crash, and the symmetries C99 fixes.
  @Test func binaryFunctions() {
    var stream = BitStream(state: 3)
    for index in 0..<Self.count {
      let x = stream.double(index)
      let y = stream.double(index + 1)
      let h = Elementary.hypot(x, y)
      #expect(h.bitPattern == Elementary.hypot(y, -x).bitPattern || (h.isNaN && Elementary.hypot(y, -x).isNaN))
      #expect(h.isNaN || h >= Swift.max(Swift.abs(x), Swift.abs(y)))
      let angle = Elementary.atan2(y, x)
      let mirrored = Elementary.atan2(-y, x)
      #expect(mirrored.bitPattern == (-angle).bitPattern || (angle.isNaN && mirrored.isNaN))
      #expect(angle.isNaN || Swift.abs(angle) <= ElementaryTables.piHi)
      let p = Elementary.pow(Swift.abs(x), y)
      #expect(p.isNaN == (x.isNaN || y.isNaN) || Swift.abs(x) == 1 || y == 0)
      #expect(p.isNaN || p >= 0)
    }
  }
}
