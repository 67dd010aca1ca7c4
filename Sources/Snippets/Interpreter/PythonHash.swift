import Foundation

/// CPython's `hash()` for the values whose hash is the same in every process: ints and bools (their value modulo the
/// Mersenne prime 2**61 - 1), finite and infinite floats (`_Py_HashDouble`, so `hash(2.0) == hash(2)`), and tuples
/// of such values (the xxHash-based `tuplehash`). A str's hash changes with PYTHONHASHSEED, None's and a NaN's with an
/// address, so those have none here. Sets place their elements by these hashes (`SetBox`).
enum PythonHash {
  /// 61, CPython's `_PyHASH_BITS` on 64-bit builds.
  private static let bits = 61
  /// 2**61 - 1, CPython's `_PyHASH_MODULUS`.
  private static let modulus: UInt64 = (1 << 61) - 1
  /// `hash(float('inf'))`.
  private static let infinity = 314_159

  /// The hash of `value`, or nil when CPython's would vary between processes or the value is not handled here.
  static func of(_ value: Value) -> Int? {
    switch value {
    case .bool(let flag): return flag ? 1 : 0
    case .int(let number) where number.magnitude < modulus: return number == -1 ? -2 : number
    case .int(let number): return integer(negative: number < 0, limbs: limbs(of: number.magnitude))
    case .bigInt(let number): return integer(negative: number.negative, limbs: number.limbs)
    case .float(let number): return double(number)
    case .tuple(let items):
      var lanes: [Int] = []
      for item in items {
        guard let lane = of(item) else { return nil }
        lanes.append(lane)
      }
      return tuple(lanes)
    case .tensor(let tensor) where tensor.isScalar && !tensor.dtype.isComplex:
      // NumPy's integer, bool and float scalars hash as the Python number of the same value.
      guard let number = try? value.pythonNumber(for: "hash") else { return nil }
      if case .tensor = number { return nil }
      return of(number)
    case .set(let set) where set.isFrozen: return set.frozenHash
    case .object(let object):
      // A namedtuple hashes as the tuple of its items.
      guard let items = object.namedTupleItems else { return nil }
      return of(.tuple(items))
    default: return nil
    }
  }

  /// `frozenset_hash`: the shuffled bits of every element's hash xor-ed together (so the order does not count),
  /// then the size and a final dispersal; nil when an element's hash varies between processes.
  static func frozenset(_ hashes: [Int]) -> Int {
    func shuffle(_ h: UInt) -> UInt { ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167 }
    var hash: UInt = 0
    for element in hashes { hash ^= shuffle(UInt(bitPattern: element)) }
    hash ^= (UInt(hashes.count) &+ 1) &* 1_927_868_237
    hash ^= (hash >> 11) ^ (hash >> 25)
    hash = hash &* 69069 &+ 907_133_923
    if hash == UInt.max { hash = 590_923_713 }
    return Int(bitPattern: hash)
  }

  private static func limbs(of magnitude: UInt) -> [UInt32] {
    [UInt32(truncatingIfNeeded: magnitude), UInt32(truncatingIfNeeded: magnitude >> 32)]
  }

  /// `long_hash`: the magnitude modulo 2**61 - 1, most significant limb first (a shift by 32 bits is a rotation
  /// within 61 bits, since 2**61 is 1 modulo the prime), then the sign; -1 is -2.
  private static func integer(negative: Bool, limbs: [UInt32]) -> Int {
    var x: UInt64 = 0
    for limb in limbs.reversed() {
      x = ((x << 32) & modulus) | (x >> UInt64(bits - 32))
      x += UInt64(limb)
      if x >= modulus { x -= modulus }
    }
    let signed = negative ? -Int(x) : Int(x)
    return signed == -1 ? -2 : signed
  }

  /// `_Py_HashDouble` for a number that is not NaN: the value as a fraction m·2**e reduced modulo 2**61 - 1, 28 bits
  /// of the mantissa at a time, then rotated by the exponent.
  private static func double(_ value: Double) -> Int? {
    if value.isNaN { return nil }
    if value.isInfinite { return value > 0 ? infinity : -infinity }
    // The magnitude's fraction and exponent (Swift's frexp drops the sign, as the loop needs anyway); frexp is exact.
    var (mantissa, exponent) = frexp(Swift.abs(value))
    let sign = value < 0 ? -1 : 1
    var x: UInt64 = 0
    while mantissa != 0 {
      x = ((x << 28) & modulus) | (x >> UInt64(bits - 28))
      mantissa *= 268_435_456.0
      exponent -= 28
      let integral = UInt64(mantissa)
      mantissa -= Double(integral)
      x += integral
      if x >= modulus { x -= modulus }
    }
    let shift = exponent >= 0 ? exponent % bits : bits - 1 - ((-1 - exponent) % bits)
    x = ((x << UInt64(shift)) & modulus) | (x >> UInt64(bits - shift))
    let signed = Int(x) * sign
    return signed == -1 ? -2 : signed
  }

  /// `tuplehash` (xxHash's round over each item's hash, then the length).
  private static func tuple(_ lanes: [Int]) -> Int {
    let prime1: UInt64 = 11_400_714_785_074_694_791
    let prime2: UInt64 = 14_029_467_366_897_019_727
    let prime5: UInt64 = 2_870_177_450_012_600_261
    var accumulator = prime5
    for lane in lanes {
      accumulator = accumulator &+ UInt64(bitPattern: Int64(lane)) &* prime2
      accumulator = (accumulator << 31) | (accumulator >> 33)
      accumulator = accumulator &* prime1
    }
    accumulator = accumulator &+ (UInt64(lanes.count) ^ (prime5 ^ 3_527_539))
    if accumulator == UInt64.max { return 1_546_275_796 }
    return Int(Int64(bitPattern: accumulator))
  }
}
