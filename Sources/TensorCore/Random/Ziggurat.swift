/// NumPy's ziggurat samplers for the modern Generator (Marsaglia & Tsang 2000, 256 layers; tables in
/// `ZigguratTables`).
extension BitSource {
  /// `random_standard_normal`: one 64-bit draw gives the layer (8 bits), the sign (1 bit) and a 52-bit position.
  mutating func standardNormal() -> Double {
    while true {
      var bits = nextUInt64()
      let layer = Int(bits & 0xff)
      bits >>= 8
      let negative = bits & 1 == 1
      let position = (bits >> 1) & 0x000f_ffff_ffff_ffff
      var x = Double(position) * ZigguratTables.wi[layer]
      if negative { x = -x }
      if position < ZigguratTables.ki[layer] { return x }
      if layer == 0 {
        // The tail beyond r, by Marsaglia's exponential rejection; 1 - U keeps log away from 0.
        while true {
          let tail = -ZigguratTables.normalInverseR * GlibcMath.log1p(-nextDouble())
          let height = -GlibcMath.log1p(-nextDouble())
          if height + height > tail * tail {
            return (position >> 8) & 1 == 1 ? -(ZigguratTables.normalR + tail) : ZigguratTables.normalR + tail
          }
        }
      }
      let below = ZigguratTables.fi[layer - 1]
      let edge = ZigguratTables.fi[layer]
      if (below - edge) * nextDouble() + edge < GlibcMath.exp(-0.5 * x * x) { return x }
    }
  }

  /// `random_standard_exponential`: one 64-bit draw gives the layer (8 bits after 3 dropped) and a 53-bit position.
  mutating func standardExponential() -> Double {
    while true {
      let bits = nextUInt64() >> 3
      let layer = Int(bits & 0xff)
      let position = bits >> 8
      let x = Double(position) * ZigguratTables.we[layer]
      if position < ZigguratTables.ke[layer] { return x }
      if layer == 0 { return ZigguratTables.exponentialR - GlibcMath.log1p(-nextDouble()) }
      let below = ZigguratTables.fe[layer - 1]
      let edge = ZigguratTables.fe[layer]
      if (below - edge) * nextDouble() + edge < GlibcMath.exp(-x) { return x }
    }
  }
}

/// NumPy's float32 ziggurats (`random_standard_normal_f`, `random_standard_exponential_f`): a 23-bit position from
/// one 32-bit draw, float arithmetic, tables `ZigguratTables.*Float`, glibc's `log1pf` in the tails and `expf` in
/// the exponential's wedges.
extension BitSource {
  /// `next_float`: the top 24 bits of a 32-bit draw over 2^24.
  mutating func nextFloat() -> Float { Float(nextUInt32() >> 8) * (1.0 / 16_777_216.0) }

  /// `random_standard_normal_f`: the layer (8 bits), the sign (1 bit), then the position (23 bits).
  mutating func standardNormalFloat() -> Float {
    while true {
      let bits = nextUInt32()
      let layer = Int(bits & 0xff)
      let negative = (bits >> 8) & 1 == 1
      let position = (bits >> 9) & 0x007f_ffff
      var x = Float(position) * ZigguratTables.wiFloat[layer]
      if negative { x = -x }
      if position < ZigguratTables.kiFloat[layer] { return x }
      if layer == 0 {
        // The tail beyond r, by Marsaglia's exponential rejection in float; 1 - U keeps log away from 0.
        while true {
          let tail = -ZigguratTables.normalInverseRFloat * GlibcMath.log1pf(-nextFloat())
          let height = -GlibcMath.log1pf(-nextFloat())
          if height + height > tail * tail {
            return (position >> 8) & 1 == 1
              ? -(ZigguratTables.normalRFloat + tail) : ZigguratTables.normalRFloat + tail
          }
        }
      }
      let below = ZigguratTables.fiFloat[layer - 1]
      let edge = ZigguratTables.fiFloat[layer]
      // The density is C's double exp of -0.5 * x * x, computed in double (0.5 is a double constant).
      if Double((below - edge) * nextFloat() + edge) < GlibcMath.exp(-0.5 * Double(x) * Double(x)) { return x }
    }
  }

  /// `random_standard_exponential_f`: one bit dropped, the layer (8 bits), then the position (23 bits).
  mutating func standardExponentialFloat() -> Float {
    while true {
      let bits = nextUInt32() >> 1
      let layer = Int(bits & 0xff)
      let position = bits >> 8
      let x = Float(position) * ZigguratTables.weFloat[layer]
      if position < ZigguratTables.keFloat[layer] { return x }
      if layer == 0 { return ZigguratTables.exponentialRFloat - GlibcMath.log1pf(-nextFloat()) }
      let below = ZigguratTables.feFloat[layer - 1]
      let edge = ZigguratTables.feFloat[layer]
      if (below - edge) * nextFloat() + edge < GlibcMath.expf(-x) { return x }
    }
  }
}
