/// The first `count` significant decimal digits of a finite, nonzero double's magnitude, rounded from its exact binary
/// value (ties to even), and the power of ten of the first digit: `significantDigits(of: 5e-324, count: 2)` is
/// `([4, 9], -324)`. Exact integer arithmetic (Dragon4), so the result is the same on every machine.
public func significantDigits(of value: Double, count: Int) -> (digits: [UInt8], exponent: Int) {
  // Dragon4's exact mode rounds the exact value at the cutoff instead of stopping at unique digits.
  var decimal = Dragon4.digits(
    of: value.magnitude, cutoffMode: .totalLength, maxDigits: count, minDigits: nil, exact: true)
  // A carry past 9s (9.96 -> 10), or an exact value with fewer digits, leaves fewer digits: pad with zeros.
  while decimal.digits.count < count { decimal.digits.append(0) }
  return (decimal.digits, decimal.exponent)
}
