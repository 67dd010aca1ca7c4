import Testing

@testable import TensorCore

/// One float16 bit pattern with NumPy's str and repr of the scalar.
struct HalfScalarCase: Decodable, Sendable {
  let bits: UInt16
  let str: String
  let repr: String
}

/// A double (as float.hex) with the float16 bits NumPy rounds it to.
struct HalfRoundingCase: Decodable, Sendable {
  let value: String
  let bits: UInt16
}

/// The print options a fixture array was printed under (absent keys are NumPy's defaults).
struct HalfPrintOptions: Decodable, Sendable {
  let precision: Int?
  let suppress: Bool?
  let sign: String?
  let floatmode: String?

  /// The same options as docbuild's `PrintOptions`, or nil for a value it does not model.
  var printOptions: PrintOptions? {
    var options = PrintOptions()
    if let precision { options.precision = precision }
    if let suppress { options.suppress = suppress }
    if let sign {
      guard sign.count == 1, let character = sign.first else { return nil }
      options.sign = character
    }
    if let floatmode {
      guard let mode = PrintOptions.FloatMode(rawValue: floatmode) else { return nil }
      options.floatMode = mode
    }
    return options
  }
}

/// A float16 array's bits with NumPy's element texts under some print options.
struct HalfArrayCase: Decodable, Sendable {
  let bits: [UInt16]
  let options: HalfPrintOptions
  let elements: [String]
}

/// Two halves with the bits of NumPy's `a + b`, `a - b`, `a * b`, `a / b` and `np.sqrt(a)`.
struct HalfArithmeticCase: Decodable, Sendable {
  let a: UInt16
  let b: UInt16
  let add: UInt16
  let subtract: UInt16
  let multiply: UInt16
  let divide: UInt16
  let sqrt: UInt16
}

/// A 1-D float16 array with the bits of NumPy's `np.sum`.
struct HalfSumCase: Decodable, Sendable {
  let bits: [UInt16]
  let sum: UInt16
}

/// The contents of `Fixtures/float16.json`, written by `Fixtures/make_float16_fixtures.py`.
struct HalfFixtureFile: Decodable, Sendable {
  let numpy: String
  let scalars: [HalfScalarCase]
  let roundings: [HalfRoundingCase]
  let arrays: [HalfArrayCase]
  let arithmetic: [HalfArithmeticCase]
  let sums: [HalfSumCase]
}

/// True when `value` is the half with these bits; any NaN matches any NaN (NumPy prints every NaN as `nan`).
private func isHalf(_ value: Double, bits: UInt16) -> Bool {
  let expected = HalfPrecision.value(bits: bits)
  if expected.isNaN || value.isNaN { return expected.isNaN && value.isNaN }
  return Float16(value).bitPattern == bits && Double(Float16(value)) == value
}

/// float16 rounding and printing against NumPy 2.4.
@Suite struct HalfPrecisionTests {
  static let file: Result<HalfFixtureFile, any Error> = Result {
    try loadFixture("float16.json", as: HalfFixtureFile.self)
  }

  @Test func fixtureLoads() throws {
    let file = try Self.file.get()
    #expect(file.numpy.hasPrefix("2.4"))
    #expect(file.scalars.count > 5000)
    #expect(file.roundings.count > 4000)
    #expect(file.arrays.count > 200)
    #expect(file.arithmetic.count >= 500)
    #expect(file.sums.count > 60)
  }

  /// Every scalar's str and repr; the failures are collected so one run lists them all.
  @Test func scalarTextMatchesNumPy() throws {
    let file = try Self.file.get()
    var mismatches: [String] = []
    for scalar in file.scalars {
      let value = HalfPrecision.value(bits: scalar.bits)
      let (str, repr) = (HalfPrecision.scalarText(value), HalfPrecision.scalarRepr(value))
      if str != scalar.str || repr != scalar.repr {
        mismatches.append("0x\(String(scalar.bits, radix: 16)): \(str) \(repr), NumPy \(scalar.str) \(scalar.repr)")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(10))")
  }

  @Test func roundingMatchesNumPy() throws {
    let file = try Self.file.get()
    var mismatches: [String] = []
    for rounding in file.roundings {
      guard let value = Double(rounding.value) else {
        mismatches.append("unparsed \(rounding.value)")
        continue
      }
      let bits = Float16(HalfPrecision.rounded(value)).bitPattern
      if bits != rounding.bits { mismatches.append("\(rounding.value): \(bits), NumPy \(rounding.bits)") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(10))")
  }

  @Test func arrayElementsMatchNumPy() throws {
    let file = try Self.file.get()
    var mismatches: [String] = []
    for array in file.arrays {
      let values = array.bits.map(HalfPrecision.value)
      guard let options = array.options.printOptions else {
        mismatches.append("unmodelled options \(array.options)")
        continue
      }
      let format = FloatArrayFormat(values: values, float16: true, options: options)
      let texts = values.map(format.format)
      if texts != array.elements { mismatches.append("\(texts), NumPy \(array.elements)") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(10))")
  }

  @Test func arithmeticMatchesNumPy() throws {
    let file = try Self.file.get()
    var mismatches: [String] = []
    for pair in file.arithmetic {
      let (a, b) = (HalfPrecision.value(bits: pair.a), HalfPrecision.value(bits: pair.b))
      let expected: [(HalfPrecision.Arithmetic, UInt16)] = [
        (.add, pair.add), (.subtract, pair.subtract), (.multiply, pair.multiply), (.divide, pair.divide),
      ]
      for (operation, bits) in expected where !isHalf(HalfPrecision.apply(operation, a, b), bits: bits) {
        mismatches.append("\(operation)(0x\(String(pair.a, radix: 16)), 0x\(String(pair.b, radix: 16)))")
      }
      if !isHalf(HalfPrecision.squareRoot(a), bits: pair.sqrt) {
        mismatches.append("sqrt(0x\(String(pair.a, radix: 16)))")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(10))")
  }

  @Test func sumMatchesNumPy() throws {
    let file = try Self.file.get()
    var mismatches: [String] = []
    for row in file.sums where !isHalf(HalfPrecision.sum(row.bits.map(HalfPrecision.value)), bits: row.sum) {
      mismatches.append("length \(row.bits.count): \(HalfPrecision.sum(row.bits.map(HalfPrecision.value)))")
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(10))")
  }

  /// Mathematics, not NumPy: the largest half is 65504, and a double at or past 65520 (halfway to 2^16) overflows.
  @Test func overflowEdge() {
    #expect(HalfPrecision.rounded(65519.99) == 65504)
    #expect(HalfPrecision.rounded(65520) == .infinity)
    #expect(HalfPrecision.rounded(-65520) == -.infinity)
    #expect(HalfPrecision.rounded(0x1p-25) == 0)
    #expect(HalfPrecision.rounded(0x1.0000000000001p-25) == 0x1p-24)
  }
}
