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
