/// The first `count` significant decimal digits of a finite, nonzero double's magnitude, rounded from its exact binary
/// value (ties to even), and the power of ten of the first digit: `significantDigits(of: 5e-324, count: 2)` is
/// `([4, 9], -324)`. Exact integer arithmetic (Dragon4), so the result is the same on every machine.
public func significantDigits(of value: Double, count: Int) -> (digits: [UInt8], exponent: Int) {
  // With the cutoff equal to the minimum, Dragon4 rounds the exact value instead of stopping at unique digits.
  var decimal = Dragon4.digits(of: value.magnitude, cutoffMode: .totalLength, maxDigits: count, minDigits: count)
  // A carry past 9s (9.96 -> 10) leaves fewer digits: pad with zeros.
  while decimal.digits.count < count { decimal.digits.append(0) }
  return (decimal.digits, decimal.exponent)
}
