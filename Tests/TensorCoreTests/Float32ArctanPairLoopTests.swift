import CKernels
import Testing

@testable import TensorCore

/// The float32 `np.arctan2` kernel (Sources/CKernels/numpy_trig_f32_lanes.h) gives the same bits and leaves the same
/// pairs undecided on every code path this CPU has: the AVX-512 loop, which takes two vectors of 16 pairs an iteration
/// and skips the zero-argument branch in vectors with no lane out of SVML's main range, against the one-vector loops
/// of the AVX2 and portable paths, over more than 10^6 pairs whose vectors mix every kind of lane. NumPy's own bits
/// for the kernel are proved by Fixtures/prove_svml_trig_f32.py (svml_trig_f32_proof.txt).
@Suite struct Float32ArctanPairLoopTests {
  /// float32 values at the kernel's edges: zeros, infinities, NaNs (payloads and signs), subnormals, the smallest
  /// normal, SVML's main range [2^-125, 2^123) and its neighbours, one and the largest float.
  static let specials: [Float] = {
    let (low, high): (Float, Float) = (0x1p-125, 0x1p123)
    let positive: [Float] = [
      0, .infinity, .nan, Float(bitPattern: 0x7FC1_2345), .leastNonzeroMagnitude, .leastNormalMagnitude.nextDown,
      .leastNormalMagnitude, low.nextDown, low, low.nextUp, high.nextDown, high, high.nextUp, 1,
      .greatestFiniteMagnitude,
      3,
    ]
    return positive + positive.map { -$0 }
  }()

  /// `count` (y, x) pairs as docbuild holds float32 values (in doubles): every pair of specials, then seeded random
  /// bit patterns and tutorial-sized values with a special in about one lane in 40, so that vectors mix lanes in and
  /// out of the main range at every position.
  static func pairs(count: Int) -> (y: [Double], x: [Double]) {
    var y: [Double] = [], x: [Double] = []
    for a in specials {
      for b in specials {
        y.append(Double(a))
        x.append(Double(b))
      }
    }
    var stream = ElementaryPropertyTests.BitStream(state: 0x5EED_A7A2)
    while y.count < count {
      let bits = stream.next()
      let kind = bits % 4
      func value(_ word: UInt64) -> Float {
        if word % 40 == 0 { return specials[Int(word >> 8) % specials.count] }
        if kind == 0 { return Float(bitPattern: UInt32(truncatingIfNeeded: word >> 16)) }
        return Float(Int64(truncatingIfNeeded: word >> 20) % 20_000) / 1000
      }
      y.append(Double(value(stream.next())))
      x.append(Double(value(stream.next())))
    }
    return (y, x)
  }

  /// The kernel's results (meaningless at undecided pairs, zeroed there) and the undecided indices, on `path`.
  static func run(_ y: [Double], _ x: [Double], path: Int32) -> (values: [Double], undecided: [Int]) {
    Elementary.withVectorPath(path) {
      var values = [Double](repeating: 0, count: y.count)
      var undecided = [UInt32](repeating: 0, count: y.count)
      let left = y.withUnsafeBufferPointer { ys in
        x.withUnsafeBufferPointer { xs in
          values.withUnsafeMutableBufferPointer { out in
            undecided.withUnsafeMutableBufferPointer { indices in
              docbuild_numpy_atan2_float32(
                ys.baseAddress, xs.baseAddress, out.baseAddress, y.count, indices.baseAddress)
            }
          }
        }
      }
      let indices = undecided.prefix(left).map(Int.init)
      for i in indices { values[i] = 0 }
      return (values, indices)
    }
  }

  @Test(.timeLimit(.minutes(5))) func everyPathGivesTheSameBits() {
    let paths = ElementaryArrayTests.paths
    // An odd count leaves a partial last vector on every path.
    let (y, x) = Self.pairs(count: 1_048_583)
    let reference = Self.run(y, x, path: 0)
    // The pairs outside SVML's main range are left undecided (docbuild refuses them): some, not most.
    #expect(reference.undecided.count > 1000 && reference.undecided.count < y.count / 4)
    #expect(reference.undecided == reference.undecided.sorted())
    for path in paths.dropFirst() {
      let ours = Self.run(y, x, path: path)
      let sameUndecided = ours.undecided == reference.undecided
      #expect(
        sameUndecided,
        "path \(path): \(ours.undecided.count) pairs undecided, portable \(reference.undecided.count)")
      let differ = y.indices.filter { ours.values[$0].bitPattern != reference.values[$0].bitPattern }
      for i in differ.prefix(5) {
        let pair = "np.arctan2(np.float32(\(Float(y[i]))), np.float32(\(Float(x[i]))))"
        Issue.record("\(pair) on path \(path): \(ours.values[i]), portable \(reference.values[i])")
      }
      #expect(differ.isEmpty, "path \(path): \(differ.count) of \(y.count) pairs differ")
    }
    // Each result is a float32 value (a NaN included: the conversion back to double is exact).
    #expect(reference.values.allSatisfy { Double(Float($0)).bitPattern == $0.bitPattern })
  }

  /// Special pairs whose results the mathematics and C99 fix, through the kernel on every path: SVML's zero branch
  /// and its infinities and NaNs, in vectors that are otherwise all in the main range.
  @Test func zeroAndInfiniteArgumentsInMixedVectors() {
    // The float32 values nearest pi and pi / 2 (Swift's Float.pi is rounded toward zero instead).
    let pi = Float(bitPattern: 0x4049_0FDB), halfPi = Float(bitPattern: 0x3FC9_0FDB)
    let cases: [(y: Float, x: Float, expected: Float)] = [
      (0, 1, 0), (-0.0, 1, -0.0), (0, -1, pi), (-0.0, -1, -pi), (0, 0, 0), (-0.0, 0, -0.0), (0, -0.0, pi),
      (-0.0, -0.0, -pi), (1, 0, halfPi), (-1, -0.0, -halfPi), (.infinity, 1, halfPi), (1, .infinity, 0),
      (-1, -.infinity, -pi),
    ]
    for path in ElementaryArrayTests.paths {
      for (k, c) in cases.enumerated() {
        // The special pair at position k of 40 in-range pairs (two AVX-512 vectors and a partial one).
        var y = [Double](repeating: 0.5, count: 40), x = [Double](repeating: 2, count: 40)
        (y[k], x[k]) = (Double(c.y), Double(c.x))
        let result = Self.run(y, x, path: path)
        #expect(result.undecided.isEmpty)
        #expect(
          Float(result.values[k]).bitPattern == c.expected.bitPattern,
          "arctan2(\(c.y), \(c.x)) on path \(path): \(result.values[k])")
        #expect(Float(result.values[(k + 1) % 40]) == Float(result.values[(k + 2) % 40]))
      }
    }
  }
}
