/// A non-negative integer of any size, with just the operations exact float-to-decimal conversion needs.
///
/// Every finite double is a dyadic rational, so Dragon4 can track it, its neighbours' midpoints and powers of ten as
/// ratios of these integers and never round.
struct BigUInt: Comparable {
  /// Little-endian base-2^32 limbs without high zero limbs; zero has none.
  private(set) var limbs: [UInt32]

  /// The integer `value`.
  init(_ value: UInt64) {
    limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
    trimHighZeros()
  }

  /// 2 raised to `exponent` (which must be non-negative).
  static func powerOfTwo(_ exponent: Int) -> BigUInt {
    var result = BigUInt(1)
    result.shiftLeft(by: exponent)
    return result
  }

  /// Whether this is zero.
  var isZero: Bool { limbs.isEmpty }

  /// Whether this is even.
  var isEven: Bool { (limbs.first ?? 0) & 1 == 0 }

  private mutating func trimHighZeros() {
    while limbs.last == 0 { limbs.removeLast() }
  }

  /// Multiplies by 2^bits.
  mutating func shiftLeft(by bits: Int) {
    guard !isZero, bits > 0 else { return }
    let limbShift = bits / 32
    let bitShift = bits % 32
    var shifted = [UInt32](repeating: 0, count: limbShift)
    shifted.reserveCapacity(limbShift + limbs.count + 1)
    if bitShift == 0 {
      shifted.append(contentsOf: limbs)
    } else {
      var carry: UInt32 = 0
      for limb in limbs {
        shifted.append((limb << UInt32(bitShift)) | carry)
        carry = limb >> UInt32(32 - bitShift)
      }
      shifted.append(carry)
    }
    limbs = shifted
    trimHighZeros()
  }

  /// Multiplies by a small factor.
  mutating func multiply(by factor: UInt32) {
    var carry: UInt64 = 0
    for index in limbs.indices {
      let product = UInt64(limbs[index]) * UInt64(factor) + carry
      limbs[index] = UInt32(truncatingIfNeeded: product)
      carry = product >> 32
    }
    if carry != 0 { limbs.append(UInt32(carry)) }
    trimHighZeros()
  }

  /// Multiplies by 10^exponent (which must be non-negative).
  mutating func multiplyByPowerOfTen(_ exponent: Int) {
    var remaining = exponent
    while remaining >= 9 {
      multiply(by: 1_000_000_000)
      remaining -= 9
    }
    var factor: UInt32 = 1
    for _ in 0..<remaining { factor *= 10 }
    multiply(by: factor)
  }

  /// The sum of two integers.
  static func + (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
    var result = BigUInt(0)
    let count = max(lhs.limbs.count, rhs.limbs.count)
    result.limbs.reserveCapacity(count + 1)
    var carry: UInt64 = 0
    for index in 0..<count {
      let left = index < lhs.limbs.count ? UInt64(lhs.limbs[index]) : 0
      let right = index < rhs.limbs.count ? UInt64(rhs.limbs[index]) : 0
      let sum = left + right + carry
      result.limbs.append(UInt32(truncatingIfNeeded: sum))
      carry = sum >> 32
    }
    if carry != 0 { result.limbs.append(UInt32(carry)) }
    return result
  }

  /// Subtracts a value that is not larger than this one.
  mutating func subtract(_ other: BigUInt) {
    var borrow: Int64 = 0
    for index in limbs.indices {
      let right = index < other.limbs.count ? Int64(other.limbs[index]) : 0
      var difference = Int64(limbs[index]) - right - borrow
      borrow = 0
      if difference < 0 {
        difference += 1 << 32
        borrow = 1
      }
      limbs[index] = UInt32(difference)
    }
    trimHighZeros()
  }

  /// Replaces this value by its remainder modulo `divisor` and returns the quotient, which the caller guarantees
  /// is a single decimal digit (Dragon4 keeps the value below ten times the scale).
  mutating func divideReturningDigit(by divisor: BigUInt) -> Int {
    var quotient = 0
    while self >= divisor {
      subtract(divisor)
      quotient += 1
    }
    return quotient
  }

  static func < (lhs: BigUInt, rhs: BigUInt) -> Bool {
    if lhs.limbs.count != rhs.limbs.count { return lhs.limbs.count < rhs.limbs.count }
    for index in lhs.limbs.indices.reversed() where lhs.limbs[index] != rhs.limbs[index] {
      return lhs.limbs[index] < rhs.limbs[index]
    }
    return false
  }
}
