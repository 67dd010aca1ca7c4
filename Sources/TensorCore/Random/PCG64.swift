/// PCG64 (O'Neill's 128-bit LCG with the XSL-RR output function), as NumPy's `PCG64` bit generator runs it.
struct PCG64: Sendable {
  private static let multiplier: UInt128 = 0x2360_ed05_1fc6_5da4_4385_df64_9fcc_f645

  private var state: UInt128
  private let increment: UInt128
  /// The high half of the last 64-bit output, which NumPy hands out as the next 32-bit draw (`has_uint32`).
  private var bufferedWord: UInt32?

  /// `pcg64_set_seed`: `seed` and `stream` are each two 64-bit words, high word first.
  init(seed: UInt128, stream: UInt128) {
    increment = stream << 1 | 1
    state = 0
    step()
    state &+= seed
    step()
  }

  /// The last half word buffered, which NumPy's state keeps (`uinteger`) after the draw that used it.
  private var lastBufferedWord: UInt32 = 0

  /// The 128-bit state, the increment, whether a half word is buffered and the last one buffered, as NumPy's
  /// `bit_generator.state` shows them (`has_uint32`, `uinteger`).
  var stateWords: (state: UInt128, increment: UInt128, hasBuffered: Bool, buffered: UInt32) {
    (state, increment, bufferedWord != nil, lastBufferedWord)
  }

  private mutating func step() {
    state = state &* Self.multiplier &+ increment
  }

  /// The next 64 bits: advance, then XSL-RR of the new state.
  mutating func next() -> UInt64 {
    step()
    let folded = UInt64(truncatingIfNeeded: state >> 64) ^ UInt64(truncatingIfNeeded: state)
    let rotation = Int(truncatingIfNeeded: state >> 122)
    return folded >> rotation | folded << ((64 - rotation) & 63)
  }
}

extension PCG64: BitSource {
  /// The low half of a fresh 64-bit output, or the high half that the previous 32-bit draw left behind.
  mutating func nextUInt32() -> UInt32 {
    if let word = bufferedWord {
      bufferedWord = nil
      return word
    }
    let bits = next()
    bufferedWord = UInt32(truncatingIfNeeded: bits >> 32)
    lastBufferedWord = UInt32(truncatingIfNeeded: bits >> 32)
    return UInt32(truncatingIfNeeded: bits)
  }

  mutating func nextUInt64() -> UInt64 { next() }

  mutating func nextDouble() -> Double {
    Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
  }
}
