/// NumPy's `SeedSequence`: hashes the entropy words of a seed into a pool of four 32-bit words, then draws the bit
/// generator's state from the pool (O'Neill's seed_seq hash, as `numpy.random.bit_generator` implements it).
struct SeedSequence: Sendable {
  private static let poolSize = 4
  private static let initA: UInt32 = 0x43b0_d7e5
  private static let multiplierA: UInt32 = 0x931e_8875
  private static let initB: UInt32 = 0x8b51_f9dd
  private static let multiplierB: UInt32 = 0x58f3_8ded
  private static let mixLeft: UInt32 = 0xca01_f9dd
  private static let mixRight: UInt32 = 0x4973_f715

  private var pool: [UInt32]

  /// The pool of a spawned sequence (`get_assembled_entropy`): the seed's words, padded with zeros to the pool's
  /// four words when there are fewer, then the spawn key's words (one per child index below 2^32).
  init(entropy: [UInt32], spawnKey: [UInt32]) {
    let padding = spawnKey.isEmpty ? 0 : max(0, Self.poolSize - entropy.count)
    self.init(entropy: entropy + Array(repeating: 0, count: padding) + spawnKey)
  }

  /// The pool mixed from `entropy`: the 32-bit words of the seed integers, least significant first.
  init(entropy: [UInt32]) {
    var hashConstant = Self.initA
    func hashMix(_ value: UInt32) -> UInt32 {
      var value = value ^ hashConstant
      hashConstant &*= Self.multiplierA
      value &*= hashConstant
      return value ^ (value >> 16)
    }
    func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
      let result = Self.mixLeft &* x &- Self.mixRight &* y
      return result ^ (result >> 16)
    }
    var pool = (0..<Self.poolSize).map { hashMix($0 < entropy.count ? entropy[$0] : 0) }
    for source in 0..<Self.poolSize {
      for destination in 0..<Self.poolSize where source != destination {
        pool[destination] = mix(pool[destination], hashMix(pool[source]))
      }
    }
    for source in Self.poolSize..<max(Self.poolSize, entropy.count) {
      for destination in 0..<Self.poolSize {
        pool[destination] = mix(pool[destination], hashMix(entropy[source]))
      }
    }
    self.pool = pool
  }

  /// The 32-bit words of a non-negative integer seed, least significant first (`_int_to_uint32_array`); 0 is one word.
  static func words(of seed: UInt64) -> [UInt32] {
    var words: [UInt32] = []
    var rest = seed
    repeat {
      words.append(UInt32(truncatingIfNeeded: rest))
      rest >>= 32
    } while rest > 0
    return words
  }

  /// `generate_state(count, np.uint32)`.
  func generateWords(_ count: Int) -> [UInt32] {
    var hashConstant = Self.initB
    var words: [UInt32] = []
    words.reserveCapacity(count)
    for index in 0..<count {
      var value = pool[index % Self.poolSize] ^ hashConstant
      hashConstant &*= Self.multiplierB
      value &*= hashConstant
      words.append(value ^ (value >> 16))
    }
    return words
  }

  /// `generate_state(count, np.uint64)`: pairs of 32-bit words, the first of each pair the low half.
  func generateLongs(_ count: Int) -> [UInt64] {
    let words = generateWords(2 * count)
    return (0..<count).map { UInt64(words[2 * $0]) | UInt64(words[2 * $0 + 1]) << 32 }
  }
}
