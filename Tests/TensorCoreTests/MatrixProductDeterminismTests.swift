import Testing

@testable import TensorCore

/// The float matrix product's contract (issue "same bytes on every machine"): every element of C is summed in one
/// order fixed by the shapes alone. With operands in row-major order it is the order of NumPy's OpenBLAS on AVX-512
/// x86-64 (docs/04-numbers.md): the chain `acc = fma(a[i,p], b[p,j], acc)` for p = 0, 1, …, k-1 from acc = +0, except
/// in the small-matrix kernel's last m mod 8 columns (eight chains added in a tree) and, past 100^3 multiply-adds,
/// k summed in blocks; with A read transposed (`X.T @ B`, the backward pass's aᵀ @ g) the plain chain, in the same
/// blocks past 100^3; with both read transposed, the plain chain. The reference below writes that
/// definition with Swift's correctly rounded `addingProduct`, independent of the kernel's blocking, vector path and
/// packing. Products with a unit outer extent (matrix · vector, vector · vector) follow the orders of NumPy's gemv and
/// ddot instead (MatmulBitsTests, VectorDotTests, which hold all of these to NumPy's own bits).
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

  static func reference(
    _ a: [Double], _ b: [Double], n: Int, k: Int, m: Int, rowMajor: Bool = false, blocked: Bool = false
  ) -> [Double] {
    func chain(_ i: Int, _ j: Int, _ range: Range<Int>) -> Double {
      var accumulator = 0.0
      for p in range { accumulator.addProduct(a[i * k + p], b[p * m + j]) }
      return accumulator
    }
    var c = [Double](repeating: 0, count: n * m)
    let small = n * k * m <= 1_000_000
    let tailStart = m & ~7
    for i in 0..<n {
      for j in 0..<m {
        if rowMajor && small && j >= tailStart && m - tailStart <= 4 && k >= 16 {
          var l = [Double](repeating: 0, count: 8)
          for p in 0..<k { l[p % 8].addProduct(a[i * k + p], b[p * m + j]) }
          let neighbours = m - tailStart == 4 || i < n & ~3
          c[i * m + j] =
            neighbours
            ? ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7]))
            : ((l[0] + l[4]) + (l[2] + l[6])) + ((l[1] + l[5]) + (l[3] + l[7]))
        } else if (rowMajor || blocked) && !small {
          var start = 0
          var sum = 0.0
          while start < k {
            let left = k - start
            let block = left >= 768 ? 384 : left > 384 ? (left + 1) / 2 : left
            let part = chain(i, j, start..<(start + block))
            sum = start == 0 ? part : sum + part
            start += block
          }
          c[i * m + j] = sum
        } else {
          c[i * m + j] = chain(i, j, 0..<k)
        }
      }
    }
    return c
  }

  static func bits(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }

  /// Shapes around every blocking edge: tiles of 6×8 and 8×16, the direct/packed threshold, the unpacked paths'
  /// limits (B of 128×128; on AVX2 at most 48 columns, tiles cut to four or fewer columns, rows past a tile's height),
  /// inner blocks of 256, row blocks of 96; the small-matrix kernel's last columns, k split in blocks past 100^3
  /// multiply-adds, and an inner extent of 1.
  static let shapes: [(Int, Int, Int)] = [
    (2, 3, 4), (7, 1, 9), (64, 64, 64), (6, 8, 8), (13, 257, 17),
    (97, 300, 33), (5, 40, 300), (100, 513, 9), (64, 1, 200), (8, 16, 16), (9, 17, 15),
    (17, 128, 128), (23, 128, 129), (31, 129, 130), (3, 700, 21), (21, 40, 12), (10, 20, 10), (40, 900, 40),
    (70, 500, 33), (10, 10, 10), (11, 10, 13), (13, 9, 48), (25, 17, 47), (9, 100, 36), (7, 30, 5), (8, 12, 49),
    (5, 200, 4),
  ]

  @Test(arguments: shapes)
  func productIsTheOrderedFusedChain(shape: (Int, Int, Int)) throws {
    let (n, k, m) = shape
    let a = Self.values(n * k, seed: UInt64(n * 1000 + k))
    let b = Self.values(k * m, seed: UInt64(m * 1000 + k + 7))
    let ordered = Self.bits(Self.reference(a, b, n: n, k: k, m: m, rowMajor: true))
    let expected = Self.bits(Self.reference(a, b, n: n, k: k, m: m))
    let leftTransposed = Self.bits(Self.reference(a, b, n: n, k: k, m: m, blocked: true))
    let left = Tensor(shape: [n, k], storage: .float64(a))
    let right = Tensor(shape: [k, m], storage: .float64(b))
    #expect(Self.bits(try left.matmul(right).doubles) == ordered)
    // Transposed operands read in place (the backward pass's g @ bᵀ and aᵀ @ g) follow the same chain.
    let leftStoredTransposed = try left.T.copy()
    let rightStoredTransposed = try right.T.copy()
    let viaTransposes = try MatrixProduct.evaluate(
      leftStoredTransposed, rightStoredTransposed, transposeA: true, transposeB: true)
    #expect(Self.bits(viaTransposes.doubles) == expected)
    // Every path this CPU has (portable, AVX2, AVX-512) gives the same bits, operands in place or transposed.
    for path in MatrixProductPath.available {
      let product = try MatrixProductPath.withPath(path) { try left.matmul(right).doubles }
      #expect(Self.bits(product) == ordered, "path \(path)")
      let transposed = try MatrixProductPath.withPath(path) {
        try MatrixProduct.evaluate(leftStoredTransposed, rightStoredTransposed, transposeA: true, transposeB: true)
      }
      #expect(Self.bits(transposed.doubles) == expected, "path \(path), transposed")
      let leftOnly = try MatrixProductPath.withPath(path) {
        try MatrixProduct.evaluate(leftStoredTransposed, right, transposeA: true)
      }
      #expect(Self.bits(leftOnly.doubles) == leftTransposed, "path \(path), A transposed")
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
