import Testing

@testable import TensorCore

/// A float64 dot product past 10,000 elements carries NumPy's bits under both kernel sets: OpenBLAS's threaded ddot
/// gives the first (n + 1) / 2 elements to one of NumPy's two threads and the rest to the other, each summed by the
/// kernel alone, and adds the two results to 0 in turn. docbuild summed the whole vector as one thread does, so a
/// million-element `np.dot` in DeepLearning.AI's vector operations lab printed other last digits than NumPy.
/// The table is `python3 Tests/SnippetsTests/Fixtures/make_session36_reach_fixtures.py --threaded-dots` (NumPy run
/// with OPENBLAS_CORETYPE=SkylakeX and =Haswell on a two-core AVX-512 machine).
struct ThreadedDotTests {
  /// (k, NumPy's `x[:k] @ y[:k]` with the SkylakeX kernels, with the Haswell kernels), x and y the first k elements
  /// of the matmul-bits pools.
  static let products: [(k: Int, skylakeX: Double, haswell: Double)] = [
    (10000, 6858.315293700021, 6858.315293700033),
    (10001, 6858.316418699363, 6858.316418699364),
    (10016, 7126.238586075009, 7126.238586075007),
    (10033, 7269.831254879814, 7269.831254879815),
    (16384, 7765.614534566177, 7765.614534566181),
    (20001, -842.0460554582532, -842.0460554582314),
    (32768, 2770.020235916868, 2770.020235916856),
    (50000, 12042.53532080254, 12042.535320802575),
    (99999, -14423.063834208328, -14423.063834208308),
    (120000, -15983.833534554535, -15983.833534554431),
  ]

  static let x = MatmulBitsTests.pool(200 * 600, 2_654_435_761)
  static let y = MatmulBitsTests.pool(2000 * 700, 2_246_822_519)

  @Test(arguments: products)
  func dotProductHasNumpysBits(k: Int, skylakeX: Double, haswell: Double) throws {
    let left = Tensor(shape: [k], storage: .float64(Array(Self.x[0..<k])))
    let right = Tensor(shape: [k], storage: .float64(Array(Self.y[0..<k])))
    let (onSkylake, _) = try ProductKernels.run(with: .skylakeX) { try left.matmul(right).doubles[0] }
    let (onHaswell, _) = try ProductKernels.run(with: .haswell) { try left.matmul(right).doubles[0] }
    #expect(onSkylake.bitPattern == skylakeX.bitPattern, "SkylakeX: \(onSkylake) against NumPy's \(skylakeX)")
    #expect(onHaswell.bitPattern == haswell.bitPattern, "Haswell: \(onHaswell) against NumPy's \(haswell)")
  }
}
