/// A stream of random bits as NumPy's `bitgen_t` offers them: 32-bit words, 64-bit words and 53-bit doubles.
///
/// NumPy's distributions are written once against that interface; so are ours, for PCG64 (the modern `Generator`) and
/// MT19937 (the legacy `RandomState`).
protocol BitSource {
  /// `next_uint32`.
  mutating func nextUInt32() -> UInt32
  /// `next_uint64`.
  mutating func nextUInt64() -> UInt64
  /// `next_double`: a double in [0, 1) with 53 random bits.
  mutating func nextDouble() -> Double
}

extension MersenneTwister: BitSource {
  mutating func nextUInt32() -> UInt32 { next() }

  /// NumPy's `mt19937_next64`: the first word is the high half.
  mutating func nextUInt64() -> UInt64 {
    let high = UInt64(next())
    return high << 32 | UInt64(next())
  }
}
