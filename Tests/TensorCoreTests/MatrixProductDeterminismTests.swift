import Testing

@testable import TensorCore

/// The float matrix product's contract (issue "same bytes on every machine"): every element of C is the chain
/// `acc = fma(a[i,p], b[p,j], acc)` for p = 0, 1, …, k-1 from acc = +0, so the bits follow from the inputs alone.
/// The reference below is that definition written with Swift's correctly rounded `addingProduct`, independent of the
/// kernel's blocking, vector path and packing. Products with a unit outer extent (matrix · vector, vector · vector)
/// follow the orders of NumPy's gemv and ddot instead (MatmulBitsTests, VectorDotTests).
struct MatrixProductDeterminismTests {
  /// Deterministic values with varied exponents and signs, so a different summation order would show in the bits.
  static func values(_ count: Int, seed: UInt64) -> [Double] {
    var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    return (0..<count).map { _ in
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      let mantissa = Double(state >> 11) / Double(1 << 53) - 0.5
      let scale = [1.0, 1e-3, 1e3, 3.0e-8, 7.0][Int(state % 5)]
      return mantissa * scale
    }
  }

  static func reference(_ a: [Double], _ b: [Double], n: Int, k: Int, m: Int) -> [Double] {
    var c = [Double](repeating: 0, count: n * m)
    for i in 0..<n {
      for j in 0..<m {
        var accumulator = 0.0
        for p in 0..<k { accumulator.addProduct(a[i * k + p], b[p * m + j]) }
        c[i * m + j] = accumulator
      }
    }
    return c
  }

  static func bits(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }

  /// Shapes around every blocking edge: tiles of 6×8 and 8×16, the direct/packed threshold, the AVX-512 path's
  /// unpacked limit (B of 128×128), inner blocks of 256, row blocks of 96; and an inner extent of 1.
  static let shapes: [(Int, Int, Int)] = [
    (2, 3, 4), (7, 1, 9), (64, 64, 64), (6, 8, 8), (13, 257, 17),
    (97, 300, 33), (5, 40, 300), (100, 513, 9), (64, 1, 200), (8, 16, 16), (9, 17, 15),
    (17, 128, 128), (23, 128, 129), (31, 129, 130), (3, 700, 21),
  ]

  @Test(arguments: shapes)
  func productIsTheOrderedFusedChain(shape: (Int, Int, Int)) throws {
    let (n, k, m) = shape
    let a = Self.values(n * k, seed: UInt64(n * 1000 + k))
    let b = Self.values(k * m, seed: UInt64(m * 1000 + k + 7))
    let expected = Self.bits(Self.reference(a, b, n: n, k: k, m: m))
    let left = Tensor(shape: [n, k], storage: .float64(a))
    let right = Tensor(shape: [k, m], storage: .float64(b))
    #expect(Self.bits(try left.matmul(right).doubles) == expected)
    // Transposed operands read in place (the backward pass's g @ bᵀ and aᵀ @ g) follow the same chain.
    let leftStoredTransposed = try left.T.copy()
    let rightStoredTransposed = try right.T.copy()
    let viaTransposes = try MatrixProduct.evaluate(
      leftStoredTransposed, rightStoredTransposed, transposeA: true, transposeB: true)
    #expect(Self.bits(viaTransposes.doubles) == expected)
    // Every path this CPU has (portable, AVX2, AVX-512) gives the same bits, operands in place or transposed.
    for path in MatrixProductPath.available {
      let product = try MatrixProductPath.withPath(path) { try left.matmul(right).doubles }
      #expect(Self.bits(product) == expected, "path \(path)")
      let transposed = try MatrixProductPath.withPath(path) {
        try MatrixProduct.evaluate(leftStoredTransposed, rightStoredTransposed, transposeA: true, transposeB: true)
      }
      #expect(Self.bits(transposed.doubles) == expected, "path \(path), transposed")
      let leftOnly = try MatrixProductPath.withPath(path) {
        try MatrixProduct.evaluate(leftStoredTransposed, right, transposeA: true)
      }
      #expect(Self.bits(leftOnly.doubles) == expected, "path \(path), A transposed")
    }
  }

  /// Vector · vector follows the order docs/04-numbers.md gives for NumPy's ddot, written out here once more with
  /// Swift's fused multiply-add (VectorDotTests checks the same products against NumPy's bits).
  @Test(arguments: [0, 1, 15, 16, 17, 31, 32, 33, 48, 1000, 1007])
  func vectorDotVectorIsTheDdotOrder(length n: Int) throws {
    let a = Self.values(n, seed: 3)
    let b = Self.values(n, seed: 4)
    let blocked = n & ~15
    var expected = 0.0
    if blocked > 0 {
      var lanes = [[Double]](repeating: [0, 0, 0, 0], count: 4)
      var i = 0
      let wide = blocked & ~31
      if wide > 0 {
        var wideLanes = [[Double]](repeating: [Double](repeating: 0, count: 8), count: 4)
        while i < wide {
          for k in 0..<4 { for l in 0..<8 { wideLanes[k][l].addProduct(a[i + 8 * k + l], b[i + 8 * k + l]) } }
          i += 32
        }
        for k in 0..<4 { for l in 0..<4 { lanes[k][l] = wideLanes[k][l] + wideLanes[k][l + 4] } }
      }
      while i < blocked {
        for k in 0..<4 { for l in 0..<4 { lanes[k][l].addProduct(a[i + 4 * k + l], b[i + 4 * k + l]) } }
        i += 16
      }
      let folded = (0..<4).map { l in ((lanes[0][l] + lanes[1][l]) + lanes[2][l]) + lanes[3][l] }
      expected = (folded[0] + folded[2]) + (folded[1] + folded[3])
    }
    for p in blocked..<n { expected.addProduct(b[p], a[p]) }
    let product = try Tensor(shape: [n], storage: .float64(a)).matmul(Tensor(shape: [n], storage: .float64(b)))
    #expect(product.doubles.map(\.bitPattern) == [expected.bitPattern])
  }
}
