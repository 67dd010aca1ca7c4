import Foundation

/// An arbitrary-precision integer for Python ints that leave 64 bits (`2 ** 70`); small ints stay `Value.int`.
///
/// Sign and magnitude, the magnitude in little-endian 32-bit limbs with no high zero limbs (zero has none). Sizes are
/// bounded by `maxBits`, so `2 ** 10 ** 9` is an error at the statement rather than minutes of work.
struct BigInt: Sendable, Hashable {
  /// The most bits a snippet's integer may have: every such int has at most 4300 digits, the most CPython converts
  /// to text by default, so any int a snippet holds can be printed.
  static let maxBits = 14_280
  /// CPython's default limit on digits converted between int and str (`sys.get_int_max_str_digits()`).
  static let maxStringDigits = 4300

  private(set) var negative: Bool
  private(set) var limbs: [UInt32]

  init(_ value: Int) {
    negative = value < 0
    var magnitude = value.magnitude
    limbs = []
    while magnitude != 0 {
      limbs.append(UInt32(truncatingIfNeeded: magnitude))
      magnitude >>= 32
    }
  }

  /// The non-negative integer whose little-endian 32-bit words are `limbs` (high zero words allowed).
  init(magnitude limbs: [UInt32]) { self.init(negative: false, limbs: limbs) }

  private init(negative: Bool, limbs: [UInt32]) {
    var limbs = limbs
    while limbs.last == 0 { limbs.removeLast() }
    self.limbs = limbs
    self.negative = limbs.isEmpty ? false : negative
  }

  var isZero: Bool { limbs.isEmpty }

  /// The value as an `Int` when it fits.
  var asInt: Int? {
    if limbs.count > 2 { return nil }
    var magnitude: UInt64 = 0
    for (position, limb) in limbs.enumerated() { magnitude |= UInt64(limb) << (32 * UInt64(position)) }
    if negative {
      if magnitude <= UInt64(Int.max) { return -Int(magnitude) }
      return magnitude == UInt64(Int.max) + 1 ? Int.min : nil
    }
    return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil
  }

  /// The number of bits of the magnitude.
  var bitWidth: Int {
    guard let top = limbs.last else { return 0 }
    return (limbs.count - 1) * 32 + (32 - top.leadingZeroBitCount)
  }

  /// Fails when a result would exceed `maxBits`.
  static func checkSize(bits: Int) throws(PythonError) {
    if bits > maxBits {
      var error = PythonError(
        "MemoryError",
        "integer too large: snippets hold integers of at most \(maxBits) bits (4,298 digits, about what Python prints)")
      error.isLimit = true
      throw error
    }
  }

  // MARK: Magnitudes

  private static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
    if a.count != b.count { return a.count < b.count ? -1 : 1 }
    for position in stride(from: a.count - 1, through: 0, by: -1) where a[position] != b[position] {
      return a[position] < b[position] ? -1 : 1
    }
    return 0
  }

  private static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(max(a.count, b.count) + 1)
    var carry: UInt64 = 0
    for position in 0..<max(a.count, b.count) {
      let sum =
        UInt64(position < a.count ? a[position] : 0) + UInt64(position < b.count ? b[position] : 0) + carry
      result.append(UInt32(truncatingIfNeeded: sum))
      carry = sum >> 32
    }
    if carry != 0 { result.append(UInt32(carry)) }
    return result
  }

  /// `a - b` for `a >= b`.
  private static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var result = a
    var borrow: Int64 = 0
    for position in 0..<a.count {
      var difference = Int64(a[position]) - Int64(position < b.count ? b[position] : 0) - borrow
      borrow = difference < 0 ? 1 : 0
      if difference < 0 { difference += 1 << 32 }
      result[position] = UInt32(difference)
    }
    while result.last == 0 { result.removeLast() }
    return result
  }

  private static func multiplyMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    if a.isEmpty || b.isEmpty { return [] }
    var result = [UInt32](repeating: 0, count: a.count + b.count)
    for i in 0..<a.count {
      var carry: UInt64 = 0
      let x = UInt64(a[i])
      if x == 0 { continue }
      for j in 0..<b.count {
        let t = x * UInt64(b[j]) + UInt64(result[i + j]) + carry
        result[i + j] = UInt32(truncatingIfNeeded: t)
        carry = t >> 32
      }
      result[i + b.count] = UInt32(carry)
    }
    while result.last == 0 { result.removeLast() }
    return result
  }

  /// Divides a magnitude by a small divisor, returning the quotient and remainder.
  private static func divideMagnitude(_ a: [UInt32], by divisor: UInt32) -> ([UInt32], UInt32) {
    var quotient = a
    var remainder: UInt64 = 0
    for position in stride(from: a.count - 1, through: 0, by: -1) {
      let current = (remainder << 32) | UInt64(a[position])
      quotient[position] = UInt32(current / UInt64(divisor))
      remainder = current % UInt64(divisor)
    }
    while quotient.last == 0 { quotient.removeLast() }
    return (quotient, UInt32(remainder))
  }

  private static func shiftLeft(_ a: [UInt32], by bits: Int) -> [UInt32] {
    if a.isEmpty { return a }
    let limbShift = bits / 32
    let bitShift = UInt32(bits % 32)
    var result = [UInt32](repeating: 0, count: limbShift) + a + [0]
    if bitShift != 0 {
      for position in stride(from: result.count - 1, through: limbShift, by: -1) {
        let low: UInt32 = position > limbShift ? result[position - 1] >> (32 - bitShift) : 0
        result[position] = (result[position] << bitShift) | low
      }
    }
    while result.last == 0 { result.removeLast() }
    return result
  }

  private static func bit(_ a: [UInt32], _ index: Int) -> Bool {
    (a[index / 32] >> UInt32(index % 32)) & 1 == 1
  }

  /// Truncating division of magnitudes (Knuth's algorithm D with 32-bit digits).
  private static func divideMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> ([UInt32], [UInt32]) {
    if compareMagnitudes(a, b) < 0 { return ([], a) }
    if b.count == 1 {
      let (quotient, remainder) = divideMagnitude(a, by: b[0])
      return (quotient, remainder == 0 ? [] : [remainder])
    }
    let shift = b.last!.leadingZeroBitCount
    let v = shiftLeft(b, by: shift)
    var u = shiftLeft(a, by: shift)
    if u.count == a.count { u.append(0) }
    while u.count < a.count + 1 { u.append(0) }
    let n = v.count
    let m = u.count - n
    var quotient = [UInt32](repeating: 0, count: m)
    let base: UInt64 = 1 << 32
    for j in stride(from: m - 1, through: 0, by: -1) {
      let numerator = (UInt64(u[j + n]) << 32) | UInt64(u[j + n - 1])
      var qhat = numerator / UInt64(v[n - 1])
      var rhat = numerator % UInt64(v[n - 1])
      while qhat >= base || qhat * UInt64(v[n - 2]) > ((rhat << 32) | UInt64(u[j + n - 2])) {
        qhat -= 1
        rhat += UInt64(v[n - 1])
        if rhat >= base { break }
      }
      var borrow: Int64 = 0
      var carry: UInt64 = 0
      for i in 0..<n {
        let product = qhat * UInt64(v[i]) + carry
        carry = product >> 32
        let t = Int64(u[i + j]) - borrow - Int64(product & 0xFFFF_FFFF)
        u[i + j] = UInt32(truncatingIfNeeded: t)
        borrow = t < 0 ? 1 : 0
      }
      let t = Int64(u[j + n]) - borrow - Int64(carry)
      u[j + n] = UInt32(truncatingIfNeeded: t)
      if t < 0 {
        qhat -= 1
        var addCarry: UInt64 = 0
        for i in 0..<n {
          let sum = UInt64(u[i + j]) + UInt64(v[i]) + addCarry
          u[i + j] = UInt32(truncatingIfNeeded: sum)
          addCarry = sum >> 32
        }
        u[j + n] = UInt32(truncatingIfNeeded: UInt64(u[j + n]) + addCarry)
      }
      quotient[j] = UInt32(qhat)
    }
    while quotient.last == 0 { quotient.removeLast() }
    var remainder = Array(u[0..<n])
    // Undo the normalising shift.
    if shift != 0 {
      for position in 0..<remainder.count {
        let high: UInt32 = position + 1 < remainder.count ? remainder[position + 1] << UInt32(32 - shift) : 0
        remainder[position] = (remainder[position] >> UInt32(shift)) | high
      }
    }
    while remainder.last == 0 { remainder.removeLast() }
    return (quotient, remainder)
  }

  // MARK: Arithmetic

  static prefix func - (value: BigInt) -> BigInt { BigInt(negative: !value.negative, limbs: value.limbs) }

  static func + (a: BigInt, b: BigInt) -> BigInt {
    if a.negative == b.negative { return BigInt(negative: a.negative, limbs: addMagnitudes(a.limbs, b.limbs)) }
    if compareMagnitudes(a.limbs, b.limbs) >= 0 {
      return BigInt(negative: a.negative, limbs: subtractMagnitudes(a.limbs, b.limbs))
    }
    return BigInt(negative: b.negative, limbs: subtractMagnitudes(b.limbs, a.limbs))
  }

  static func - (a: BigInt, b: BigInt) -> BigInt { a + -b }

  static func * (a: BigInt, b: BigInt) -> BigInt {
    BigInt(negative: a.negative != b.negative, limbs: multiplyMagnitudes(a.limbs, b.limbs))
  }

  /// Python's floor division and modulo: the quotient rounds toward negative infinity, the remainder takes the
  /// divisor's sign. The caller rules out a zero divisor.
  func floorDivMod(_ divisor: BigInt) -> (BigInt, BigInt) {
    let (q, r) = BigInt.divideMagnitudes(limbs, divisor.limbs)
    var quotient = BigInt(negative: negative != divisor.negative, limbs: q)
    var remainder = BigInt(negative: negative, limbs: r)
    if !remainder.isZero, remainder.negative != divisor.negative {
      quotient = quotient - BigInt(1)
      remainder = remainder + divisor
    }
    return (quotient, remainder)
  }

  /// Python's `&`, `|` and `^` (`which` is the operator's symbol) on ints of any size, in two's complement with one
  /// limb more than the wider operand, so the top limb holds only the sign.
  func bitwise(_ which: Character, _ other: BigInt) -> BigInt {
    let width = Swift.max(limbs.count, other.limbs.count) + 1
    func twosComplement(_ value: BigInt) -> [UInt32] {
      var words = value.negative ? BigInt.subtractMagnitudes(value.limbs, [1]) : value.limbs
      words += [UInt32](repeating: 0, count: width - words.count)
      return value.negative ? words.map { ~$0 } : words
    }
    let (a, b) = (twosComplement(self), twosComplement(other))
    var result = [UInt32](repeating: 0, count: width)
    for position in 0..<width {
      result[position] =
        which == "&" ? a[position] & b[position] : which == "|" ? a[position] | b[position] : a[position] ^ b[position]
    }
    guard result[width - 1] & 0x8000_0000 != 0 else { return BigInt(negative: false, limbs: result) }
    return BigInt(negative: true, limbs: BigInt.addMagnitudes(result.map { ~$0 }, [1]))
  }

  /// `self >> count` for a non-negative count: the floor of self / 2^count, as Python's arithmetic shift.
  func shiftedRight(_ count: Int) -> BigInt {
    if count >= bitWidth { return negative ? BigInt(-1) : BigInt(0) }
    let (quotient, _) = floorDivMod(BigInt(negative: false, limbs: BigInt.shiftLeft([1], by: count)))
    return quotient
  }

  /// `self << count` for a non-negative count, refusing results over `maxBits`.
  func shiftedLeft(_ count: Int) throws(PythonError) -> BigInt {
    if isZero { return self }
    let (bits, overflowed) = bitWidth.addingReportingOverflow(count)
    try BigInt.checkSize(bits: overflowed ? Int.max : bits)
    return BigInt(negative: negative, limbs: BigInt.shiftLeft(limbs, by: count))
  }

  /// `self ** exponent` for a non-negative exponent, refusing results over `maxBits`.
  func power(_ exponent: Int) throws(PythonError) -> BigInt {
    if exponent == 0 { return BigInt(1) }
    if isZero { return self }
    if limbs == [1] { return negative && exponent % 2 == 1 ? self : BigInt(1) }
    let (estimate, overflowed) = (bitWidth - 1).multipliedReportingOverflow(by: exponent)
    if overflowed { try BigInt.checkSize(bits: Int.max) }
    try BigInt.checkSize(bits: estimate)
    var result = BigInt(1)
    var factor = self
    var remaining = exponent
    while remaining > 0 {
      if remaining & 1 == 1 { result = result * factor }
      remaining >>= 1
      if remaining > 0 { factor = factor * factor }
    }
    // The estimate above is a lower bound; the result is at most twice as long, so this check is cheap to reach.
    try BigInt.checkSize(bits: result.bitWidth)
    return result
  }

  static func < (a: BigInt, b: BigInt) -> Bool { a.compare(b) < 0 }

  /// -1, 0 or 1.
  func compare(_ other: BigInt) -> Int {
    if negative != other.negative { return negative ? -1 : 1 }
    let magnitude = BigInt.compareMagnitudes(limbs, other.limbs)
    return negative ? -magnitude : magnitude
  }

  // MARK: Conversions

  /// The nearest double, ties to even, as Python's `float(n)`; nil when it overflows.
  var double: Double? {
    let bits = bitWidth
    if bits <= 64 {
      var magnitude: UInt64 = 0
      for (position, limb) in limbs.enumerated() { magnitude |= UInt64(limb) << (32 * UInt64(position)) }
      let value = Double(magnitude)
      return negative ? -value : value
    }
    if bits > 1024 { return nil }
    // The top 64 bits, with a sticky bit for anything below, round exactly as the whole magnitude would.
    let drop = bits - 64
    var top: UInt64 = 0
    for index in 0..<64 where BigInt.bit(limbs, drop + index) { top |= 1 << UInt64(index) }
    var sticky = false
    for index in 0..<drop where BigInt.bit(limbs, index) {
      sticky = true
      break
    }
    if sticky { top |= 1 }
    // scalbn rounds once, as IEEE 754 defines it: the same bits from every C library.
    let value = scalbn(Double(top), drop)
    if value.isInfinite { return nil }
    return negative ? -value : value
  }

  /// The exact integer value of a finite double (Python's `int(x)` after truncation).
  init(exactly value: Double) {
    let magnitude = value.magnitude
    if magnitude < 0x1p63 {
      self.init(Int(value))
      return
    }
    let exponent = Int(magnitude.exponent) - 52
    let significand = BigInt(Int(magnitude.significandBitPattern | (1 << 52)))
    self.init(negative: value < 0, limbs: BigInt.shiftLeft(significand.limbs, by: exponent))
  }

  /// Python's `a / b`, correctly rounded, for ints too large to convert to doubles exactly.
  static func trueDivide(_ a: BigInt, _ b: BigInt) -> Double? {
    // Scale so the quotient has at least 66 bits, then round once with a sticky bit.
    let shift = max(0, 66 - (a.bitWidth - b.bitWidth))
    let (q, r) = divideMagnitudes(shiftLeft(a.limbs, by: shift), b.limbs)
    var sticky = q
    if !r.isEmpty { sticky[0] |= 1 }
    guard let value = BigInt(negative: false, limbs: sticky).double else { return nil }
    let result = scalbn(value, -shift)  // rounded once by IEEE 754's rule, on every C library
    if result.isInfinite { return nil }
    return a.negative != b.negative ? -result : result
  }

  /// The decimal text (at most 4,299 digits, by `maxBits`).
  func decimal() -> String {
    var chunks: [UInt32] = []
    var magnitude = limbs
    while !magnitude.isEmpty {
      let (quotient, remainder) = BigInt.divideMagnitude(magnitude, by: 1_000_000_000)
      chunks.append(remainder)
      magnitude = quotient
    }
    var text = String(chunks.last ?? 0)
    for chunk in chunks.dropLast().reversed() {
      let digits = String(chunk)
      text += String(repeating: "0", count: 9 - digits.count) + digits
    }
    return negative ? "-" + text : text
  }

  /// The magnitude's digits in `radix` (2 to 36), lowercase, without a sign or prefix: `format(2**70, 'x')`.
  func magnitudeDigits(radix: Int) -> String {
    guard !limbs.isEmpty else { return "0" }
    // Divides by the largest power of the radix that fits a limb, then writes each chunk's digits.
    var chunkDigits = 1
    var chunkBase = radix
    while chunkBase <= Int(UInt32.max) / radix {
      chunkBase *= radix
      chunkDigits += 1
    }
    var chunks: [UInt32] = []
    var magnitude = limbs
    while !magnitude.isEmpty {
      let (quotient, remainder) = BigInt.divideMagnitude(magnitude, by: UInt32(chunkBase))
      chunks.append(remainder)
      magnitude = quotient
    }
    var text = String(chunks.last ?? 0, radix: radix)
    for chunk in chunks.dropLast().reversed() {
      let digits = String(chunk, radix: radix)
      text += String(repeating: "0", count: chunkDigits - digits.count) + digits
    }
    return text
  }

  /// Parses digits in `radix` (no sign, no underscores); nil for an empty or invalid text.
  init?(digits: Substring, radix: Int) throws(PythonError) {
    guard !digits.isEmpty else { return nil }
    if radix == 10, digits.count > BigInt.maxStringDigits {
      throw PythonError(
        "ValueError",
        "Exceeds the limit (4300 digits) for integer string conversion: value has \(digits.count) digits; use "
          + "sys.set_int_max_str_digits() to increase the limit")
    }
    var result: [UInt32] = []
    for character in digits {
      guard let digit = character.hexDigitValue, digit < radix else { return nil }
      // result = result * radix + digit
      var carry = UInt64(digit)
      for position in 0..<result.count {
        let t = UInt64(result[position]) * UInt64(radix) + carry
        result[position] = UInt32(truncatingIfNeeded: t)
        carry = t >> 32
      }
      if carry != 0 { result.append(UInt32(carry)) }
      if result.count * 32 > BigInt.maxBits + 32 { try BigInt.checkSize(bits: result.count * 32) }
    }
    self.init(negative: false, limbs: result)
  }
}
