import Foundation
import Testing

@testable import TensorCore

/// The array form of the elementary functions (`Elementary.apply`, vector fast paths in C) must give the scalar
/// functions' bits on every code path this CPU has, and each plain-double fast path must agree with the double-double
/// path it short-cuts wherever it decides the rounding.
@Suite struct ElementaryArrayTests {
  typealias Stream = ElementaryPropertyTests.BitStream
  typealias T = ElementaryTables

  /// Values where the code changes branch or the mathematics is delicate: zeros, subnormals, the normal threshold,
  /// overflow and underflow thresholds, the fast paths' range limits, the logarithm's table seams, multiples of pi/2
  /// (Cody–Waite and Payne–Hanek), special values.
  static let edges: [Double] = {
    var values: [Double] = [
      0, .leastNonzeroMagnitude, 0x1p-1060, .leastNormalMagnitude, .leastNormalMagnitude.nextDown, 0x1p-27, 0x1p-26,
      0.35, 0.35.nextDown, 0.6875, 1, 1.375, 2, 22, 40, 708, 709.782712893384, 709.7827128933841, 710,
      745.1332191019411,
      745.1332191019412, 746, 0x1p19, 0x1p32, 0x1p52, 0x1p54, 1e22, 1e300, .greatestFiniteMagnitude, .infinity, .nan,
      .pi / 2, .pi, 3 * .pi / 2, 6_381_956_970_095_103 * 0x1p797, 1.5707963267948966,
    ]
    values += values.map { $0.nextUp } + values.map { $0.nextDown }
    return values + values.map { -$0 }
  }()

  /// Edge values, then random bit patterns and random values of moderate size (every NaN payload, subnormal and huge
  /// value has a chance), then a ramp over [-50, 50] where most fast paths decide.
  static func sample(count: Int, seed: UInt64) -> [Double] {
    var stream = Stream(state: seed)
    var values = edges
    for index in 0..<count { values.append(stream.double(index)) }
    for index in 0..<count { values.append(-50 + 100 * Double(index) / Double(count)) }
    return values
  }

  /// The vector paths this CPU can run: 0 (portable) up to the automatic choice.
  static let paths: [Int32] = Array(0...Int32(["portable", "avx2", "avx512"].firstIndex(of: Elementary.vectorPath)!))

  /// Expects `compute` of a fixture's rows (hex bit patterns: the inputs, then NumPy's result last) to give NumPy's
  /// bit pattern for every row on every vector path, a NaN's sign and payload included; `name` labels a differing row.
  static func expectNumPysBitsOnEveryPath(
    _ name: String, rows: [[String]], _ compute: ([[Double]]) -> [Double]
  ) {
    guard let columns = rows.first?.count, columns > 1, rows.allSatisfy({ $0.count == columns }) else {
      Issue.record("\(name): the fixture's rows are not inputs followed by a result")
      return
    }
    let inputs = (0..<columns - 1).map { column in rows.map { ElementaryTests.double($0[column]) } }
    for path in paths {
      let ours = Elementary.withVectorPath(path) { compute(inputs) }
      var differ = 0
      for (row, value) in zip(rows, ours) where value.bitPattern != ElementaryTests.double(row.last ?? "").bitPattern {
        differ += 1
        if differ <= 10 {
          let arguments = row.dropLast().map { "0x" + $0 }.joined(separator: ", ")
          Issue.record(
            "path \(path): \(name)(\(arguments)) = 0x\(String(value.bitPattern, radix: 16)), NumPy 0x\(row.last ?? "")")
        }
      }
      #expect(differ == 0 && ours.count == rows.count, "path \(path): \(differ) of \(rows.count) differ")
    }
  }

  @Test(.timeLimit(.minutes(10)), arguments: Elementary.UnaryFunction.allCases)
  func arrayMatchesScalar(_ function: Elementary.UnaryFunction) {
    let input = Self.sample(count: 20_000, seed: 11)
    let expected = input.map(function.scalar)
    for path in Self.paths {
      let output = Elementary.withVectorPath(path) { Elementary.apply(function, input) }
      var mismatches = 0
      for i in input.indices where output[i].bitPattern != expected[i].bitPattern {
        // NaN payloads may differ only between NaNs.
        if output[i].isNaN && expected[i].isNaN { continue }
        mismatches += 1
        if mismatches <= 3 {
          Issue.record("\(function) path \(path): \(input[i]) gives \(output[i]), scalar \(expected[i])")
        }
      }
      #expect(mismatches == 0, "\(function) on path \(path)")
    }
  }

  /// Pairs of sample values (each value against a shuffled partner), with exact cases of pow (y = 0, ±1, 2, 0.5,
  /// x = 1) and bases near 1 and exponents near the overflow and underflow limits.
  @Test(.timeLimit(.minutes(10)), arguments: Elementary.BinaryFunction.allCases)
  func binaryArrayMatchesScalar(_ function: Elementary.BinaryFunction) {
    var x = Self.sample(count: 20_000, seed: 14)
    var stream = Stream(state: 15)
    var y = x.map { _ in stream.double(Int(stream.next() % 2)) }
    for special in [0, 1, -1, 2, 0.5, 1e-300, 1023.5, -1074.5, 700, -745] {
      x += [1, 1.0.nextUp, 1.0.nextDown, 2, 0.5, 10, 3.7, Double(bitPattern: 0x0000_1268_8b70_e62b), 1e300]
      y += Array(repeating: special, count: 9)
    }
    for i in x.indices where i % 3 == 0 { x[i] = Swift.abs(x[i]) }  // pow's usual case, a positive base
    let expected = x.indices.map { function.scalar(x[$0], y[$0]) }
    for path in Self.paths {
      var output = [Double](repeating: 0, count: x.count)
      Elementary.withVectorPath(path) {
        x.withUnsafeBufferPointer { xs in
          y.withUnsafeBufferPointer { ys in
            output.withUnsafeMutableBufferPointer { Elementary.apply(function, xs, ys, into: $0) }
          }
        }
      }
      var mismatches = 0
      for i in x.indices where output[i].bitPattern != expected[i].bitPattern {
        if output[i].isNaN && expected[i].isNaN { continue }
        mismatches += 1
        if mismatches <= 3 {
          Issue.record("\(function) path \(path): (\(x[i]), \(y[i])) gives \(output[i]), scalar \(expected[i])")
        }
      }
      #expect(mismatches == 0, "\(function) on path \(path)")
    }
  }

  /// Odd lengths and offsets: the tail after the last whole vector goes through the scalar function too.
  @Test func shortAndOddLengths() {
    let input = Self.sample(count: 40, seed: 12)
    for length in [0, 1, 2, 3, 5, 7, 9, 15, 17, 33] {
      let slice = Array(input[3..<(3 + length)])
      #expect(Elementary.apply(.exp, slice).map(\.bitPattern) == slice.map { Elementary.exp($0).bitPattern })
      #expect(Elementary.apply(.tanh, slice).map(\.bitPattern) == slice.map { Elementary.tanh($0).bitPattern })
    }
  }

  /// Wherever a fast path decides (returns a value), it equals the double-double path's result. 100,000 inputs per
  /// function here; DOCBUILD_ELEMENTARY_SAMPLES=N runs N (millions, for a change to a fast path).
  @Test(.timeLimit(.minutes(10))) func fastPathsAgreeWithSlowPaths() {
    var stream = Stream(state: 13)
    let count = ProcessInfo.processInfo.environment["DOCBUILD_ELEMENTARY_SAMPLES"].flatMap { Int($0) } ?? 100_000
    var decided = [0, 0, 0, 0, 0, 0, 0, 0, 0]
    for index in 0..<count {
      let raw = stream.double(index)
      // exp and log over their whole fast ranges; the hyperbolic functions over [0.35, 40).
      let x = raw.isFinite ? raw.truncatingRemainder(dividingBy: 708) : 1
      if let fast = Elementary.expFast(x) {
        decided[0] += 1
        #expect(fast.bitPattern == Elementary.expSlow(x).bitPattern, "exp(\(x))")
      }
      let positive = Swift.abs(raw)
      if let fast = Elementary.logFast(positive) {
        decided[1] += 1
        #expect(fast.bitPattern == Elementary.logSlow(positive).bitPattern, "log(\(positive))")
      }
      if let fast = Elementary.logBaseFast(positive, T.invLn2Hi, T.invLn2Lo, 1, 0) {
        decided[5] += 1
        #expect(fast.bitPattern == Elementary.log2Slow(positive).bitPattern, "log2(\(positive))")
      }
      if let fast = Elementary.logBaseFast(positive, T.invLn10Hi, T.invLn10Lo, T.log10Of2Hi, T.log10Of2Lo) {
        decided[6] += 1
        #expect(fast.bitPattern == Elementary.log10Slow(positive).bitPattern, "log10(\(positive))")
      }
      // expm1 over [-40, 40] and near its 2^-5 limit.
      for y in [x.truncatingRemainder(dividingBy: 40), x * 0x1p-10] {
        if Swift.abs(y) >= 0x1p-5, y > -40, let fast = Elementary.expm1Fast(y) {
          decided[8] += 1
          #expect(fast.bitPattern == Elementary.expm1Slow(y).bitPattern, "expm1(\(y))")
        }
      }
      // exp2 over its whole fast range, and at integers, where it is exact.
      let e = raw.isFinite ? raw.truncatingRemainder(dividingBy: 1020) : 1
      for y in [e, e.rounded(.towardZero)] {
        if let fast = Elementary.exp2Fast(y) {
          decided[7] += 1
          #expect(fast.bitPattern == Elementary.exp2Slow(y).bitPattern, "exp2(\(y))")
        }
      }
      // The hyperbolic functions over [2^-26, 40), every binade of small arguments as likely as [1, 40).
      let uniform = Double(stream.next() >> 11) * 0x1p-53
      let a = index % 2 == 0 ? 40 * uniform : Swift.max(0x1p-26, Elementary.exp2(-26 * uniform))
      if a >= 0x1p-5, a < 22, let fast = Elementary.tanhFast(a) {
        decided[2] += 1
        #expect(fast.bitPattern == Elementary.tanhSlow(a).bitPattern, "tanh(\(a))")
      }
      if a >= 0x1p-4, let fast = Elementary.hyperbolicFast(a, sine: true) {
        decided[3] += 1
        #expect(fast.bitPattern == Elementary.sinhSlow(a).bitPattern, "sinh(\(a))")
      }
      if let fast = Elementary.hyperbolicFast(a, sine: false) {
        decided[4] += 1
        #expect(fast.bitPattern == Elementary.coshSlow(a).bitPattern, "cosh(\(a))")
      }
    }
    // The fast paths must decide most inputs, or the comparison proves little.
    #expect(decided.allSatisfy { $0 > count / 3 }, "\(decided)")
  }

  /// The fast paths of atan, atan2, asin and acos agree with the double-double paths wherever they decide: arguments over every
  /// binade of atan's fast range, near 1 (where atan switches to pi/2 - atan(1/a)) and near the table's points i/64,
  /// and pairs over all four quadrants with exponents up to 60 apart, near the diagonal and near the axes.
  @Test(.timeLimit(.minutes(10))) func atanFastPathsAgreeWithSlowPaths() {
    var stream = Stream(state: 17)
    let count = ProcessInfo.processInfo.environment["DOCBUILD_ELEMENTARY_SAMPLES"].flatMap { Int($0) } ?? 100_000
    var decided = [0, 0, 0, 0]
    func uniform() -> Double { Double(stream.next() >> 11) * 0x1p-53 }
    for index in 0..<count {
      let a: Double
      switch index % 4 {
      case 0: a = Elementary.exp2(-27 + 81 * uniform())  // 2^-27 ..< 2^54, every binade alike
      case 1: a = 1 + (uniform() - 0.5) * 0x1p-20
      case 2: a = (Double(stream.next() % 65) + (uniform() - 0.5) * 0x1p-30) / 64
      default: a = 1 / ((Double(stream.next() % 64) + 1 + (uniform() - 0.5) * 0x1p-30) / 64)
      }
      if a >= 0x1p-27, a < 0x1p54, let fast = Elementary.atanFast(a) {
        decided[0] += 1
        #expect(fast.bitPattern == Elementary.atanSlow(a).bitPattern, "atan(\(a))")
      }
      // asin and acos: over [2^-30, 1) with every binade alike, near 1, and near the diagonal sqrt(1/2).
      let s: Double
      switch index % 3 {
      case 0: s = Elementary.exp2(-30 * uniform())
      case 1: s = 1 - Elementary.exp2(-53 * uniform())
      default: s = 0.7071067811865476 + (uniform() - 0.5) * 0x1p-20
      }
      if s >= 0x1p-26, s < 1, let fast = Elementary.asinFast(s) {
        decided[2] += 1
        #expect(fast.bitPattern == Elementary.asinSlow(s).bitPattern, "asin(\(s))")
      }
      let negative = index % 2 == 0
      if s < 1, let fast = Elementary.acosFast(s, negative: negative) {
        decided[3] += 1
        let x = negative ? -s : s
        #expect(fast.bitPattern == Elementary.acosSlow(x).bitPattern, "acos(\(x))")
      }
      let y = Elementary.exp2(60 * uniform() - 30) * (stream.next() % 2 == 0 ? 1 : -1)
      let ratio = index % 3 == 0 ? 1 + (uniform() - 0.5) * 0x1p-25 : Elementary.exp2(120 * uniform() - 60)
      let x = y * ratio * (stream.next() % 2 == 0 ? 1 : -1)
      for (u, v) in [(y, x), (x * 0x1p-900, y * 0x1p-900), (y * 0x1p900, x * 0x1p900)] {
        if let fast = Elementary.atan2Fast(u, v) {
          decided[1] += 1
          #expect(fast.bitPattern == Elementary.atan2Slow(u, v).bitPattern, "atan2(\(u), \(v))")
        }
      }
    }
    #expect(
      decided[0] > count * 9 / 10 && decided[1] > count * 2 && decided[2] > count * 8 / 10
        && decided[3] > count * 9 / 10, "\(decided)")
  }
}
