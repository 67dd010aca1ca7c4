import Foundation
import Testing

@testable import TensorCore

/// The vector loops' plain-double fast paths (log_dd_fast and its callers, tan_lanes, asin_unit for asin and acos,
/// pow_fast_lanes, log_lanes and log_base_lanes, whose series runs in an order of their own, and on the paths with
/// FMA every fast path with a rounding test, in Sources/CKernels/elementary_lanes.h)
/// against the double-double path, which is the reference: on every code path this CPU has, every lane a loop decides
/// must equal the scalar function bit for bit, over seeded random inputs concentrated where the fast paths are
/// delicate (near 1, the table's seams, the ends of their ranges, every binade). Each loop must also decide most
/// inputs, or the comparison would prove little. DOCBUILD_ELEMENTARY_SAMPLES=N runs N inputs per function instead of
/// 120,000 (millions, after changing a fast path).
@Suite struct ElementaryFastPathTests {
  typealias Stream = ElementaryPropertyTests.BitStream

  static let count =
    ProcessInfo.processInfo.environment["DOCBUILD_ELEMENTARY_SAMPLES"].flatMap { Int($0) } ?? 120_000

  /// `count` inputs of `function` (see `input`), from a seeded stream.
  static func inputs(_ function: Elementary.UnaryFunction, seed: UInt64) -> [Double] {
    var stream = Stream(state: seed)
    return (0..<count).map { index in input(function, index) { Double(stream.next() >> 11) * 0x1p-53 } }
  }

  /// 2^e for e uniform in [low, high): every binade alike.
  static func binades(_ low: Double, _ high: Double, _ uniform: () -> Double) -> Double {
    Elementary.exp2(low + (high - low) * uniform())
  }

  /// An input from the hard ranges of `function` (one with a fast path of the loops' own), chosen by `index`.
  static func input(_ function: Elementary.UnaryFunction, _ index: Int, _ uniform: () -> Double) -> Double {
    let sign: Double = index % 2 == 0 ? 1 : -1
    switch (function, index % 6) {
    case (.log1p, 0), (.log1p, 1): return sign * binades(-7, index % 2 == 0 ? 64 : 0, uniform)  // beyond 2^-7
    case (.log1p, 2): return -1 + binades(-53, 0, uniform)  // near -1
    case (.log1p, 3): return sign * 0x1p-7 * (1 + (uniform() - 0.5) * 0x1p-20)  // the small branch's edge
    case (.log1p, 4):  // 1 + x near the table's seams 0.6875 * 2^k * (1 + j/128)
      let seam = 0.6875 * (1 + Double(Int(uniform() * 128)) / 128) * Elementary.exp2(Double(Int(uniform() * 12)))
      return seam * (1 + (uniform() - 0.5) * 0x1p-40) - 1
    case (.log1p, _): return sign * uniform() * 0x1p-6  // where the table's centre is 1
    case (.asinh, 0), (.asinh, 1): return sign * binades(-26, 32, uniform)
    case (.asinh, 2), (.asinh, 3): return sign * binades(-8, 3, uniform)
    case (.asinh, _): return sign * 0x1p-26 * (1 + uniform() * 0x1p-10)
    case (.acosh, 0), (.acosh, 1): return 1 + binades(-52, 0, uniform)  // near 1, where the result is small
    case (.acosh, 2), (.acosh, 3): return binades(0, 32, uniform)
    case (.acosh, _): return 1 + uniform() * 0x1p-40
    case (.atanh, 0), (.atanh, 1): return sign * binades(-27, 0, uniform)
    case (.atanh, 2), (.atanh, 3): return sign * (1 - binades(-53, -1, uniform))  // near 1
    case (.atanh, _): return sign * binades(-27, -20, uniform)
    case (.tan, 0), (.tan, 1): return sign * binades(-27, 19, uniform)
    case (.tan, 2):  // near multiples of pi/2, where tan is near 0 or a pole
      let n = Double(Int(uniform() * 100_000))
      return sign * (n * ElementaryTables.halfPiHi + (uniform() - 0.5) * 0x1p-20)
    case (.tan, 3):  // near the table's points k pi/2 + i/64, where u changes sign
      let n = Double(Int(uniform() * 1000))
      let i = Double(Int(uniform() * 103)) - 51
      return sign * (n * ElementaryTables.halfPiHi + i / 64 + (uniform() - 0.5) * 0x1p-30)
    case (.tan, 4):  // within an ulp or two of n pi/2, where the reduction needs all of pi/2's three pieces
      let n = Double(Int(uniform() * 300_000) + 1)
      return sign * (n * ElementaryTables.halfPiHi + n * ElementaryTables.halfPiLo)
    case (.log, 0), (.log2, 0), (.log10, 0), (.log, 1), (.log2, 1), (.log10, 1): return binades(-1022, 1023, uniform)
    case (.log, 2), (.log2, 2), (.log10, 2): return 1 + sign * binades(-53, -6, uniform)  // near 1, where r is all
    case (.log, 3), (.log2, 3), (.log10, 3):  // near the table's seams 0.6875 * 2^k * (1 + j/128)
      let seam =
        0.6875 * (1 + Double(Int(uniform() * 128)) / 128) * Elementary.exp2(Double(Int(uniform() * 2000)) - 1000)
      return seam * (1 + (uniform() - 0.5) * 0x1p-40)
    case (.log, 4), (.log2, 4), (.log10, 4):  // near powers of two and ten, where the result is near an integer
      let base = index % 4 == 0 ? 10.0 : 2.0
      return Foundation.pow(base, Double(Int(uniform() * 600)) - 300) * (1 + (uniform() - 0.5) * 0x1p-30)
    case (.log, _), (.log2, _), (.log10, _): return 1 + (uniform() - 0.5) * 0x1p-6  // the centre-1 interval
    case (.asin, 0), (.asin, 1): return sign * binades(-26, 0, uniform)
    case (.acos, 0), (.acos, 1): return sign * binades(-200, 0, uniform)
    case (.asin, 2), (.acos, 2): return sign * (1 - binades(-53, -1, uniform))  // near 1, where the root is small
    case (.asin, 3), (.acos, 3):  // near the table's points j/128, in x below the diagonal and in sqrt(1 - x^2) above
      let point = Double(Int(uniform() * 92)) / 128
      let x = index % 4 == 3 ? (1 - point * point).squareRoot() : point
      return sign * x * (1 + (uniform() - 0.5) * 0x1p-30)
    case (.asin, 4), (.acos, 4): return sign * 0x1.6a09e667f3bcdp-1 * (1 + (uniform() - 0.5) * 0x1p-30)  // diagonal
    case (.asin, _), (.acos, _):  // where the nearest point changes, (j + 1/2)/128
      return sign * (Double(Int(uniform() * 91)) + 0.5) / 128 * (1 + (uniform() - 0.5) * 0x1p-40)
    // The functions whose lanes mirror a Swift fast path, over their lanes' ranges (their fused multiply-adds on the
    // FMA paths round differently from the Swift code, so their decided lanes are held to the scalar function here).
    case (.exp, _): return sign * 708 * uniform()
    case (.exp2, _): return sign * 1021 * uniform()
    case (.expm1, _), (.tanh, _), (.sinh, _), (.cosh, _): return sign * binades(-3, 4.3, uniform)
    case (.atan, _): return sign * binades(-27, 54, uniform)
    default: return sign * uniform() * 8
    }
  }

  /// The vector paths this CPU can run: 0 (portable) up to the automatic choice.
  static let paths: [Int32] = Array(0...Int32(["portable", "avx2", "avx512"].firstIndex(of: Elementary.vectorPath)!))

  @Test(
    .timeLimit(.minutes(10)),
    arguments: [
      Elementary.UnaryFunction.log1p, .asinh, .acosh, .atanh, .tan, .log, .log2, .log10, .asin, .acos, .exp, .exp2,
      .expm1, .tanh, .sinh, .cosh, .atan,
    ])
  func decidedLanesEqualTheAccuratePath(_ function: Elementary.UnaryFunction) {
    let input = Self.inputs(function, seed: 21)
    // asin and acos: the double-double path itself, not the scalar function (whose own fast path decides most
    // inputs), so that the loops' rounding test is held to the path it must also cover.
    let reference: (Double) -> Double =
      switch function {
      case .asin: Elementary.asinSlow
      case .acos: Elementary.acosSlow
      default: function.scalar
      }
    let expected = input.map(reference)
    for path in Self.paths {
      let output = Elementary.withVectorPath(path) { Elementary.vectorDecisions(function, input) }
      var decided = 0
      var mismatches = 0
      for i in input.indices {
        guard let value = output[i] else { continue }
        decided += 1
        if value.bitPattern != expected[i].bitPattern {
          mismatches += 1
          if mismatches <= 3 {
            Issue.record(
              "\(function) path \(path): \(input[i]) (\(String(input[i].bitPattern, radix: 16))) gives \(value), accurate \(expected[i])"
            )
          }
        }
      }
      #expect(mismatches == 0, "\(function) on path \(path)")
      #expect(decided > input.count * 9 / 10, "\(function) on path \(path) decided \(decided) of \(input.count)")
    }
  }
  /// A pair (x, y) from pow's hard ranges, chosen by `index`: mostly y = t / log x for an exponent t up to the fast
  /// path's limit 705, since its error grows with |y log x|.
  static func powInput(_ index: Int, _ uniform: () -> Double) -> (Double, Double) {
    let sign: Double = index % 2 == 0 ? 1 : -1
    let exponent = sign * binades(-30, 9.46, uniform)  // |y log x| up to 704
    func over(_ x: Double) -> (Double, Double) { (x, exponent / Elementary.log(x)) }
    switch index % 8 {
    case 0: return over(binades(-1022, 1023, uniform))
    case 1:  // the table's interval around 1 (c = 1), where |r| reaches 2^-7 and the error bound is widest
      return over(1 + (uniform() < 0.5 ? 1 : -1) * binades(-52, -7, uniform))
    case 2:  // near the table's seams 0.6875 * 2^k * (1 + j/128)
      let seam = 0.6875 * (1 + Double(Int(uniform() * 128)) / 128) * Elementary.exp2(Double(Int(uniform() * 40)) - 20)
      return over(seam * (1 + (uniform() - 0.5) * 0x1p-40))
    case 3:  // small integers to integer and half-integer powers: exact results and results near midpoints
      let x = Double(2 + Int(uniform() * 30))
      let y = Double(Int(uniform() * 80) - 40) / (uniform() < 0.5 ? 1 : 2)
      return (x, y)
    case 4: return (uniform() * 10, uniform() * 10 - 5)  // the benchmark's range
    case 5:  // the scalar function's exact cases, and a negative base (which the fast path must leave)
      let ys: [Double] = [1, -1, 2, 0.5, 3, -2]
      let x = binades(-500, 500, uniform) * (uniform() < 0.1 ? -1 : 1)
      return (x, ys[Int(uniform() * 6)])
    case 6:  // |y log x| near the fast path's upper limit
      let x = binades(-60, 60, uniform)
      return (x, sign * (704 + uniform()) / Elementary.log(x))
    default:  // |y log x| near the lower limit 2^-400
      let x = binades(-60, 60, uniform)
      return (x, sign * binades(-420, -380, uniform) / Elementary.log(x))
    }
  }

  @Test(.timeLimit(.minutes(10))) func powDecidedLanesEqualTheScalarFunction() {
    var stream = Stream(state: 23)
    let pairs = (0..<Self.count).map { index in Self.powInput(index) { Double(stream.next() >> 11) * 0x1p-53 } }
    let x = pairs.map(\.0)
    let y = pairs.map(\.1)
    let expected = pairs.map { Elementary.pow($0.0, $0.1) }
    for path in Self.paths {
      let output = Elementary.withVectorPath(path) { Elementary.powFastDecisions(x, y) }
      var decided = 0
      var mismatches = 0
      for i in x.indices {
        guard let value = output[i] else { continue }
        decided += 1
        if value.bitPattern != expected[i].bitPattern {
          mismatches += 1
          if mismatches <= 3 {
            Issue.record("pow path \(path): (\(x[i]), \(y[i])) gives \(value), accurate \(expected[i])")
          }
        }
      }
      #expect(mismatches == 0, "pow on path \(path)")
      // Every case but the last (|y log x| near 2^-400, left to the double-double lanes) is mostly decided.
      #expect(decided > x.count * 3 / 4, "pow on path \(path) decided \(decided) of \(x.count)")
    }
  }
}
