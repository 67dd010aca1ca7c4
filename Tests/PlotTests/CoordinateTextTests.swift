import Testing

@testable import Plot

/// The fast coordinate text against the exact decimal expansion it stands in for.
struct CoordinateTextTests {
  /// Values that stress the rounding: ties of the hundredths (k/8, k/200 when binary-exact), decimals written with a
  /// trailing 5, values a few ulps from a tie, negatives, tiny and large magnitudes, and a pseudo-random spread.
  static func values() -> [Double] {
    var values: [Double] = [0, -0.0, 0.005, -0.005, 0.015, 0.125, -0.125, 0.375, 2.675, 1.005, 1e-300, -1e-300]
    for k in -400...400 {
      values.append(Double(k) / 8)
      values.append(Double(k) / 200)
      values.append(Double(k) / 1000 + 0.0005)
      values.append((Double(k) * 0.01 + 0.005).nextUp)
      values.append((Double(k) * 0.01 + 0.005).nextDown)
    }
    // A linear congruential generator: a fixed spread of magnitudes from 1e-6 to 1e12, either sign.
    var state: UInt64 = 15
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let mantissa = Double(state >> 11) / Double(1 << 53)
      let exponent = Int(state % 19) - 6
      var power = 1.0
      for _ in 0..<abs(exponent) { power *= 10 }
      let magnitude = mantissa * (exponent < 0 ? 1 / power : power)
      values.append(state & 1 == 0 ? magnitude : -magnitude)
    }
    return values
  }

  @Test func fastTextEqualsTheExactExpansion() {
    var mismatches: [String] = []
    var fast = 0
    for value in Self.values() {
      let exact = DecimalText.exactCoordinate(value)
      if let text = DecimalText.fastCoordinate(value) {
        fast += 1
        if text != exact { mismatches.append("\(value): \(text) != \(exact)") }
      }
      #expect(DecimalText.coordinate(value) == exact)
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    // The 20,000 spread values and most of the others take the fast path; ties and near-ties do not.
    #expect(fast > 20_000)
  }
}
