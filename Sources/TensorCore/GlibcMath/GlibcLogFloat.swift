// glibc 2.36's logf (Szabolcs Nagy's, from Arm's optimized routines), operation for operation as its x86-64 FMA build
// runs it: x = 2^k z with z near one of 16 table points c, log(x) = log1p(z/c - 1) + log(c) + k ln 2, the log1p from a
// cubic, all in double with every `a * b + c` fused, rounded to float once at the end. Checked against the C library's
// logf for every positive finite float.

extension GlibcMath {
  /// The natural logarithm of a float x, as glibc's `logf` gives it (NumPy's float32 gamma sampler takes it).
  public static func logf(_ x: Float) -> Float {
    var ix = x.bitPattern
    if ix &- 0x0080_0000 >= 0x7f80_0000 - 0x0080_0000 {
      // x is below the smallest normal, infinite or NaN.
      if ix << 1 == 0 { return -.infinity }
      if ix == 0x7f80_0000 { return x }
      if ix & 0x8000_0000 != 0 || ix << 1 >= 0xff00_0000 { return .nan }
      // A subnormal: scaled into the normal range, its exponent taken back.
      ix = (x * 0x1p23).bitPattern &- (23 << 23)
    }
    let offset = ix &- 0x3f33_0000
    let index = Int((offset >> 19) % 16)
    let k = Double(Int32(bitPattern: offset) >> 23)
    let z = Double(Float(bitPattern: ix &- (offset & (0x1ff << 23))))
    let r = (-1.0).addingProduct(z, LogFloatTable.inverseCenters[index])
    let y0 = LogFloatTable.logCenters[index].addingProduct(k, LogFloatTable.ln2)
    let r2 = r * r
    var y = LogFloatTable.a2.addingProduct(LogFloatTable.a1, r)
    y = y.addingProduct(LogFloatTable.a0, r2)
    y = (y0 + r).addingProduct(y, r2)
    return Float(y)
  }
}

/// The constants of glibc's `__logf_data`.
private enum LogFloatTable {
  /// 1/c for the 16 subintervals of [0x3f330000, 2 * 0x3f330000) as floats.
  static let inverseCenters: [Double] = [
    0x1.661ec79f8f3bep+0, 0x1.571ed4aaf883dp+0, 0x1.49539f0f010bp+0, 0x1.3c995b0b80385p+0,
    0x1.30d190c8864a5p+0, 0x1.25e227b0b8eap+0, 0x1.1bb4a4a1a343fp+0, 0x1.12358f08ae5bap+0,
    0x1.0953f419900a7p+0, 0x1p+0, 0x1.e608cfd9a47acp-1, 0x1.ca4b31f026aap-1,
    0x1.b2036576afce6p-1, 0x1.9c2d163a1aa2dp-1, 0x1.886e6037841edp-1, 0x1.767dcf5534862p-1,
  ]
  /// log(c) for the same points.
  static let logCenters: [Double] = [
    -0x1.57bf7808caadep-2, -0x1.2bef0a7c06ddbp-2, -0x1.01eae7f513a67p-2, -0x1.b31d8a68224e9p-3,
    -0x1.6574f0ac07758p-3, -0x1.1aa2bc79c81p-3, -0x1.a4e76ce8c0e5ep-4, -0x1.1973c5a611cccp-4,
    -0x1.252f438e10c1ep-5, 0x0p+0, 0x1.aa5aa5df25984p-5, 0x1.c5e53aa362eb4p-4,
    0x1.526e57720db08p-3, 0x1.bc2860d22477p-3, 0x1.1058bc8a07ee1p-2, 0x1.4043057b6ee09p-2,
  ]
  static let ln2 = 0x1.62e42fefa39efp-1
  /// log1p(r) ≈ r + a2 r^2 + a1 r^3 + a0 r^4.
  static let a0 = -0x1.00ea348b88334p-2
  static let a1 = 0x1.5575b0be00b6ap-2
  static let a2 = -0x1.ffffef20a4123p-2
}
