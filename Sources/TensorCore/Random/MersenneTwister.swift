/// The MT19937 Mersenne Twister (Matsumoto & Nishimura, 1998), as NumPy's legacy `RandomState` and CPython's
/// `random` module run it.
public struct MersenneTwister: Sendable {
  private static let stateSize = 624
  private static let shiftSize = 397
  private static let matrixA: UInt32 = 0x9908_b0df
  private static let upperMask: UInt32 = 0x8000_0000
  private static let lowerMask: UInt32 = 0x7fff_ffff

  private var state: [UInt32]
  /// The next word of `state` to temper; `stateSize` means the block must be regenerated first.
  private var position: Int

  /// The generator after `init_genrand(seed)`, which is what NumPy's `mt19937_seed` (and so `np.random.seed(int)`)
  /// does for an integer seed.
  init(seed: UInt32) {
    var state = [UInt32](repeating: 0, count: Self.stateSize)
    state[0] = seed
    for index in 1..<Self.stateSize {
      let previous = state[index - 1]
      state[index] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(index)
    }
    self.state = state
    position = Self.stateSize
  }

  /// The generator after `init_by_array(key)`: how CPython's `random.seed(n)` seeds it (the 32-bit words of
  /// `abs(n)`, least significant first) and how NumPy seeds it from an array of words.
  public init(key: [UInt32]) {
    self.init(seed: 19_650_218)
    let key = key.isEmpty ? [0] : key
    var i = 1
    var j = 0
    for _ in 0..<Swift.max(Self.stateSize, key.count) {
      let previous = state[i - 1]
      state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
      i += 1
      j += 1
      if i >= Self.stateSize {
        state[0] = state[Self.stateSize - 1]
        i = 1
      }
      if j >= key.count { j = 0 }
    }
    for _ in 0..<(Self.stateSize - 1) {
      let previous = state[i - 1]
      state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= Self.stateSize {
        state[0] = state[Self.stateSize - 1]
        i = 1
      }
    }
    // The most significant bit set: a non-zero initial state whatever the key.
    state[0] = Self.upperMask
  }

  /// The next 32 random bits (`genrand_int32`).
  public mutating func next() -> UInt32 {
    if position >= Self.stateSize { regenerate() }
    var word = state[position]
    position += 1
    word ^= word >> 11
    word ^= (word << 7) & 0x9d2c_5680
    word ^= (word << 15) & 0xefc6_0000
    word ^= word >> 18
    return word
  }

  /// A double in [0, 1) with 53 random bits from two words (NumPy's `random_standard_uniform`).
  mutating func nextDouble() -> Double {
    let high = Double(next() >> 5)
    let low = Double(next() >> 6)
    return (high * 67_108_864.0 + low) / 9_007_199_254_740_992.0
  }

  private mutating func regenerate() {
    for index in 0..<Self.stateSize {
      let mixed = (state[index] & Self.upperMask) | (state[(index + 1) % Self.stateSize] & Self.lowerMask)
      let twisted = (mixed >> 1) ^ (mixed & 1 == 0 ? 0 : Self.matrixA)
      state[index] = state[(index + Self.shiftSize) % Self.stateSize] ^ twisted
    }
    position = 0
  }
}
