/// NumPy's bounded integer draws (`distributions.c`): Lemire's multiply-and-reject for the modern Generator, masked
/// rejection for the legacy RandomState, and `random_interval` for the legacy shuffle.
extension BitSource {
  /// A uniform integer in [0, range] by Lemire's method, as `random_bounded_uint64` without masking: 32-bit draws
  /// while the range fits in 32 bits, 64-bit draws above.
  mutating func lemireBounded(_ range: UInt64) -> UInt64 {
    if range == 0 { return 0 }
    if range == UInt64(UInt32.max) { return UInt64(nextUInt32()) }
    if range < UInt64(UInt32.max) {
      let exclusive = UInt32(range) &+ 1
      var product = UInt64(nextUInt32()) &* UInt64(exclusive)
      var leftover = UInt32(truncatingIfNeeded: product)
      if leftover < exclusive {
        let threshold = (UInt32.max &- UInt32(range)) % exclusive
        while leftover < threshold {
          product = UInt64(nextUInt32()) &* UInt64(exclusive)
          leftover = UInt32(truncatingIfNeeded: product)
        }
      }
      return product >> 32
    }
    if range == UInt64.max { return nextUInt64() }
    let exclusive = range &+ 1
    var product = nextUInt64().multipliedFullWidth(by: exclusive)
    if product.low < exclusive {
      let threshold = (UInt64.max &- range) % exclusive
      while product.low < threshold {
        product = nextUInt64().multipliedFullWidth(by: exclusive)
      }
    }
    return product.high
  }

  /// A uniform integer in [0, range] by masked rejection, as the legacy `randint` draws.
  mutating func maskedBounded(_ range: UInt64) -> UInt64 {
    if range == 0 { return 0 }
    if range == UInt64(UInt32.max) { return UInt64(nextUInt32()) }
    let mask = Self.mask(covering: range)
    if range < UInt64(UInt32.max) {
      while true {
        let value = UInt64(nextUInt32()) & mask
        if value <= range { return value }
      }
    }
    if range == UInt64.max { return nextUInt64() }
    while true {
      let value = nextUInt64() & mask
      if value <= range { return value }
    }
  }

  /// `random_interval`: a uniform integer in [0, maximum] by masked rejection, 32-bit draws below 2^32.
  mutating func interval(_ maximum: UInt64) -> UInt64 {
    if maximum == 0 { return 0 }
    let mask = Self.mask(covering: maximum)
    if maximum <= UInt64(UInt32.max) {
      while true {
        let value = UInt64(nextUInt32()) & mask
        if value <= maximum { return value }
      }
    }
    while true {
      let value = nextUInt64() & mask
      if value <= maximum { return value }
    }
  }

  /// The smallest all-ones mask at least `value`.
  static func mask(covering value: UInt64) -> UInt64 {
    value == 0 ? 0 : UInt64.max >> value.leadingZeroBitCount
  }
}
