// glibc 2.36's expf (Szabolcs Nagy's, from Arm's optimized routines), operation for operation as its x86-64 FMA
// build runs it (the `ifunc` every CPU with FMA gets): e^x = 2^(k/32) * 2^r with 2^(k/32) from a 32-entry table and a
// cubic in r, all in double, rounded to float once at the end; the cubic's three `a * b + c` are fused.

extension GlibcMath {
  /// e^x for a float x, as glibc's `expf` gives it (NumPy's float32 exponential ziggurat compares with it).
  public static func expf(_ x: Float) -> Float {
    let top = (x.bitPattern >> 20) & 0x7ff
    if top >= 0x42b {
      // |x| >= 88, or x is NaN or infinite.
      if x == -.infinity { return 0 }
      if top >= 0x7f8 { return x + x }
      if x > 0x1.62e42ep6 { return .infinity }
      if x < -0x1.9fe368p6 { return 0 }
    }
    let z = ExpFloatTable.inverseLn2Scaled * Double(x)
    var kd = z + ExpFloatTable.shift
    let ki = kd.bitPattern
    kd -= ExpFloatTable.shift
    let r = z - kd
    let scale = Double(bitPattern: ExpFloatTable.powers[Int(ki % 32)] &+ (ki << 47))
    let cubic = ExpFloatTable.c1.addingProduct(ExpFloatTable.c0, r)
    let square = r * r
    var y = 1.0.addingProduct(ExpFloatTable.c2, r)
    y = y.addingProduct(cubic, square)
    return Float(y * scale)
  }
}

/// The constants of glibc's `__exp2f_data` that `expf` reads.
private enum ExpFloatTable {
  /// 32 / ln 2.
  static let inverseLn2Scaled = 0x1.71547652b82fep+0 * 32.0
  /// 1.5 * 2^52: adding it rounds to an integer, held in the low bits.
  static let shift = 0x1.8p+52
  /// The cubic's coefficients, scaled for r in units of 1/32.
  static let c0 = 0x1.c6af84b912394p-5 / 32 / 32 / 32
  static let c1 = 0x1.ebfce50fac4f3p-3 / 32 / 32
  static let c2 = 0x1.62e42ff0c52d6p-1 / 32
  /// The bits of 2^(i/32), less i << 47 (what `ki << 47` adds back with the exponent).
  static let powers: [UInt64] = [
    0x3ff0_0000_0000_0000, 0x3fef_d9b0_d315_8574, 0x3fef_b558_6cf9_890f, 0x3fef_9301_d012_5b51,
    0x3fef_72b8_3c7d_517b, 0x3fef_5487_3168_b9aa, 0x3fef_387a_6e75_6238, 0x3fef_1e9d_f51f_dee1,
    0x3fef_06fe_0a31_b715, 0x3fee_f1a7_373a_a9cb, 0x3fee_dea6_4c12_3422, 0x3fee_ce08_6061_892d,
    0x3fee_bfda_d536_2a27, 0x3fee_b42b_569d_4f82, 0x3fee_ab07_dd48_5429, 0x3fee_a47e_b03a_5585,
    0x3fee_a09e_667f_3bcd, 0x3fee_9f75_e8ec_5f74, 0x3fee_a114_73eb_0187, 0x3fee_a589_994c_ce13,
    0x3fee_ace5_422a_a0db, 0x3fee_b737_b0cd_c5e5, 0x3fee_c491_82a3_f090, 0x3fee_d503_b23e_255d,
    0x3fee_e89f_995a_d3ad, 0x3fee_ff76_f2fb_5e47, 0x3fef_199b_dd85_529c, 0x3fef_3720_dcef_9069,
    0x3fef_5818_dcfb_a487, 0x3fef_7c97_337b_9b5f, 0x3fef_a4af_a2a4_90da, 0x3fef_d076_5b6e_4540,
  ]
}
