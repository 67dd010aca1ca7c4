/// Which digits a Dragon4 cutoff counts.
enum DigitCutoffMode {
  /// Digits after the decimal point (NumPy's positional `precision`).
  case fractionLength
  /// Significant digits (NumPy's scientific `precision + 1`).
  case totalLength
}

/// Decimal digits of a finite, non-negative double: `0.d₁d₂… × 10^(exponent + 1)`, i.e. `exponent` is the power of
/// ten of the first digit.
struct DecimalDigits: Equatable {
  /// The digits, most significant first; never empty.
  var digits: [UInt8]
  /// The power of ten of the first digit.
  var exponent: Int
}

/// Steele & White / Burger & Dybvig's Dragon4 in "unique" mode, as NumPy runs it (Ryan Juckett's formulation with
/// IEEE round-half-even margins): the shortest digits that read back as the same double, cut off at `maxDigits`
/// (rounding the exact binary value, ties to even) and extended to at least `minDigits`. Its "exact" mode
/// (`unique=False`) instead prints the exact binary value's digits until they run out or reach `maxDigits`.
enum Dragon4 {
  /// The digits of `magnitude` (finite, sign ignored) under the given cutoffs; `nil` means no cutoff. With `exact`
  /// (NumPy's `DigitMode_Exact`), `minDigits` is not used and the digits stop early only where the exact value does
  /// (so `1.0` is the one digit `1` whatever the cutoff).
  static func digits(
    of magnitude: Double, cutoffMode: DigitCutoffMode, maxDigits: Int?, minDigits: Int?, exact: Bool = false,
    float32: Bool = false, float16: Bool = false
  ) -> DecimalDigits {
    let binary =
      float16
      ? BinaryFloat(float16: Float16(magnitude))
      : float32 ? BinaryFloat(float32: Float(magnitude)) : BinaryFloat(magnitude)
    if binary.mantissa == 0 { return DecimalDigits(digits: [0], exponent: 0) }
    return generate(binary, cutoffMode: cutoffMode, maxDigits: maxDigits, minDigits: minDigits, exact: exact)
  }

  /// A finite double as `mantissa × 2^exponent`, with what Dragon4 needs to know about its neighbours.
  private struct BinaryFloat {
    let mantissa: UInt64
    let exponent: Int
    /// The index of the highest set bit of `mantissa`.
    let mantissaBit: Int
    /// Whether the gap to the next double above is twice the gap below (at powers of two).
    let unequalMargins: Bool

    /// A float32 (NumPy's `Dragon4_PrintFloat_IEEE_binary32`): 23 fraction bits, exponent bias 127.
    init(float32 magnitude: Float) {
      self.init(bits: UInt64(magnitude.bitPattern), fractionBits: 23, exponentBits: 8)
    }

    /// A float16 (NumPy's `Dragon4_PrintFloat_IEEE_binary16`): 10 fraction bits, exponent bias 15.
    init(float16 magnitude: Float16) {
      self.init(bits: UInt64(magnitude.bitPattern), fractionBits: 10, exponentBits: 5)
    }

    /// A double: 52 fraction bits, exponent bias 1023.
    init(_ magnitude: Double) {
      self.init(bits: magnitude.bitPattern, fractionBits: 52, exponentBits: 11)
    }

    /// An IEEE binary format's non-negative finite value from its bits.
    private init(bits: UInt64, fractionBits: Int, exponentBits: Int) {
      let bias = (1 << (exponentBits - 1)) - 1
      let biasedExponent = Int((bits >> UInt64(fractionBits)) & ((1 << UInt64(exponentBits)) - 1))
      let fraction = bits & ((1 << UInt64(fractionBits)) - 1)
      if biasedExponent != 0 {
        mantissa = (1 << UInt64(fractionBits)) | fraction
        exponent = biasedExponent - bias - fractionBits
        mantissaBit = fractionBits
        // NumPy keeps Juckett's `exponent != 1` test here.
        unequalMargins = biasedExponent != 1 && fraction == 0
      } else {
        mantissa = fraction
        exponent = 1 - bias - fractionBits
        mantissaBit = 63 - fraction.leadingZeroBitCount
        unequalMargins = false
      }
    }
  }

  private static func generate(
    _ binary: BinaryFloat, cutoffMode: DigitCutoffMode, maxDigits: Int?, minDigits: Int?, exact: Bool
  ) -> DecimalDigits {
    let (mantissa, exponent, mantissaBit, unequalMargins) = (
      binary.mantissa, binary.exponent, binary.mantissaBit, binary.unequalMargins
    )
    // value = scaledValue / scale; the margins are half the distance to the neighbouring doubles, on the same scale.
    // Everything carries an extra factor 2 (4 with unequal margins) so the half-gaps stay integers.
    let isEven = mantissa & 1 == 0
    let extraShift = unequalMargins ? 2 : 1
    var scaledValue = BigUInt(mantissa)
    var scale: BigUInt
    var marginLow: BigUInt
    if exponent > 0 {
      scaledValue.shiftLeft(by: exponent + extraShift)
      scale = BigUInt(UInt64(1) << extraShift)
      marginLow = BigUInt.powerOfTwo(exponent)
    } else {
      scaledValue.shiftLeft(by: extraShift)
      scale = BigUInt.powerOfTwo(-exponent + extraShift)
      marginLow = BigUInt(1)
    }
    func marginHigh() -> BigUInt { unequalMargins ? marginLow + marginLow : marginLow }

    // An estimate of floor(log10(value)) + 1 that is exact or one too small (Burger & Dybvig).
    let log10Of2 = 0.30102999566398119521373889472449
    let estimate = Double(mantissaBit + exponent) * log10Of2 - 0.69
    // ceil(estimate), without libm: Int(_:) truncates toward zero.
    var digitExponent = Int(estimate)
    if Double(digitExponent) < estimate { digitExponent += 1 }
    if let maxDigits, cutoffMode == .fractionLength, digitExponent <= -maxDigits {
      // Start at the last printable digit; the value then rounds there.
      digitExponent = -maxDigits + 1
    }
    if digitExponent > 0 {
      scale.multiplyByPowerOfTen(digitExponent)
    } else if digitExponent < 0 {
      scaledValue.multiplyByPowerOfTen(-digitExponent)
      marginLow.multiplyByPowerOfTen(-digitExponent)
    }
    if scaledValue >= scale {
      digitExponent += 1
    } else {
      scaledValue.multiply(by: 10)
      marginLow.multiply(by: 10)
    }

    // Exponents of the last digit allowed and of the last digit required.
    let bufferLimit = 16_384
    var lastAllowedExponent = digitExponent - bufferLimit
    var lastRequiredExponent = digitExponent
    if let maxDigits {
      let desired = cutoffMode == .totalLength ? digitExponent - maxDigits : -maxDigits
      lastAllowedExponent = max(lastAllowedExponent, desired)
    }
    if let minDigits {
      let desired = cutoffMode == .totalLength ? digitExponent - minDigits : -minDigits
      lastRequiredExponent = min(lastRequiredExponent, desired)
    }
    let firstDigitExponent = digitExponent - 1

    var digits: [UInt8] = []
    var outputDigit = 0
    var low = false
    var high = false
    // Exact mode: every digit of the binary value until the remainder is zero or the cutoff is reached, then
    // rounded to nearest (no margins).
    while exact {
      digitExponent -= 1
      outputDigit = scaledValue.divideReturningDigit(by: scale)
      if scaledValue.isZero || digitExponent == lastAllowedExponent { break }
      digits.append(UInt8(outputDigit))
      scaledValue.multiply(by: 10)
    }
    while !exact {
      digitExponent -= 1
      outputDigit = scaledValue.divideReturningDigit(by: scale)
      let lowComparison = compare(scaledValue, marginLow)
      let highComparison = compare(scaledValue + marginHigh(), scale)
      low = isEven ? lowComparison <= 0 : lowComparison < 0
      high = isEven ? highComparison >= 0 : highComparison > 0
      if ((low || high) && digitExponent <= lastRequiredExponent) || digitExponent == lastAllowedExponent { break }
      digits.append(UInt8(outputDigit))
      scaledValue.multiply(by: 10)
      marginLow.multiply(by: 10)
    }

    var roundDown = low
    if low == high {
      // Both roundings are legal (or neither margin was reached): round to nearest, ties to an even digit.
      let doubled = scaledValue + scaledValue
      let comparison = compare(doubled, scale)
      roundDown = comparison < 0 || (comparison == 0 && outputDigit % 2 == 0)
    }
    var result = DecimalDigits(digits: digits, exponent: firstDigitExponent)
    if roundDown {
      result.digits.append(UInt8(outputDigit))
    } else if outputDigit < 9 {
      result.digits.append(UInt8(outputDigit + 1))
    } else {
      roundUpAfterNine(&result)
    }
    return result
  }

  /// Rounds a digit string up when its dropped last digit was a 9 that rounded up: trailing 9s vanish.
  private static func roundUpAfterNine(_ result: inout DecimalDigits) {
    while let last = result.digits.last {
      result.digits.removeLast()
      if last != 9 {
        result.digits.append(last + 1)
        return
      }
    }
    result.digits = [1]
    result.exponent += 1
  }

  private static func compare(_ lhs: BigUInt, _ rhs: BigUInt) -> Int {
    lhs < rhs ? -1 : (rhs < lhs ? 1 : 0)
  }
}
