/// NumPy's legacy global `RandomState` (`np.random.seed`, `np.random.rand`, `np.random.randn`), bit for bit: MT19937,
/// 53-bit uniform doubles, and the polar Box–Muller gaussian that caches its second value.
///
/// NumPy seeds an unseeded state from OS entropy; ours must be reproducible, so `RandomState()` is seeded with 0,
/// exactly as after `np.random.seed(0)`.
public struct RandomState: Sendable {
  /// The seed of a state nobody seeded (NumPy would use OS entropy here).
  public static let defaultSeed = 0

  var generator: MersenneTwister
  /// The second value of the last polar Box–Muller pair, returned by the next gaussian draw (`has_gauss`).
  private var cachedGaussian: Double?

  /// The generator seeded with `defaultSeed`, made once: every chapter's interpreter starts from it, and a chapter
  /// that calls `np.random.seed(0)` returns to it (seeding runs 624 steps; a copy shares the words until the first
  /// draw copies them).
  private static let defaultGenerator = MersenneTwister(seed: UInt32(defaultSeed))

  /// A state seeded with `defaultSeed`.
  public init() {
    generator = Self.defaultGenerator
  }

  /// A state as after `np.random.seed(seed)`.
  public init(seed: Int) throws {
    self.init()
    try self.seed(seed)
  }

  /// `np.random.seed(seed)`: restarts the generator and forgets a cached gaussian.
  public mutating func seed(_ seed: Int) throws {
    guard let word = UInt32(exactly: seed) else { throw RandomError.seedOutOfRange(seed) }
    generator = seed == Self.defaultSeed ? Self.defaultGenerator : MersenneTwister(seed: word)
    cachedGaussian = nil
  }

  /// `np.random.seed([k0, k1, …])`: NumPy seeds from a 1-d array of words with MT19937's `init_by_array`, which
  /// differs from seeding with one int even for a single word (`seed([3])` is not `seed(3)`).
  public mutating func seed(key: [UInt32]) {
    generator = MersenneTwister(key: key)
    cachedGaussian = nil
  }

  /// `np.random.rand()` with no arguments, which returns a Python float.
  public mutating func rand() -> Double {
    generator.nextDouble()
  }

  /// `np.random.randn()` with no arguments, which returns a Python float.
  public mutating func randn() -> Double {
    if let cached = cachedGaussian {
      cachedGaussian = nil
      return cached
    }
    var x1: Double
    var x2: Double
    var radiusSquared: Double
    repeat {
      x1 = 2.0 * generator.nextDouble() - 1.0
      x2 = 2.0 * generator.nextDouble() - 1.0
      radiusSquared = x1 * x1 + x2 * x2
    } while radiusSquared >= 1.0 || radiusSquared == 0.0
    let factor = (-2.0 * GlibcMath.log(radiusSquared) / radiusSquared).squareRoot()
    cachedGaussian = factor * x1
    return factor * x2
  }

  /// `np.random.rand(*shape)`: uniform [0, 1) float64 values in row-major order. An empty shape gives a 0-d NumPy
  /// scalar; NumPy's no-argument call returns a Python float instead, which `rand()` provides.
  public mutating func rand(shape: [Int]) throws -> Tensor {
    let count = try Self.elementCount(shape)
    var values = [Double]()
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(generator.nextDouble()) }
    return Tensor(shape: shape, storage: .float64(values), isScalar: shape.isEmpty)
  }

  /// `np.random.randn(*shape)`: standard normal float64 values in row-major order. An empty shape gives a 0-d NumPy
  /// scalar; NumPy's no-argument call returns a Python float instead, which `randn()` provides.
  public mutating func randn(shape: [Int]) throws -> Tensor {
    let count = try Self.elementCount(shape)
    var values = [Double]()
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(randn()) }
    return Tensor(shape: shape, storage: .float64(values), isScalar: shape.isEmpty)
  }

  static func elementCount(_ shape: [Int]) throws -> Int {
    if shape.contains(where: { $0 < 0 }) { throw RandomError.negativeDimension(shape: shape) }
    let count = try Shape.checkedCount(shape)
    try ResourceMeter.chargeAllocation(elements: count, itemSize: 8)
    return count
  }
}
