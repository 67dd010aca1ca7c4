import Testing

@testable import TensorCore

/// One operation against one operand: hashes of NumPy's float16 results over every bit pattern on the other side.
struct HalfDivisionRow: Decodable, Sendable {
  let operation: String
  let operand: UInt16
  /// NumPy's results of `every half <op> operand`.
  let as_divisor: String
  /// NumPy's results of `operand <op> every half`.
  let as_dividend: String
}

/// The contents of `Fixtures/float16_division.json`, written by `Fixtures/make_float16_division_fixtures.py`.
struct HalfDivisionFile: Decodable, Sendable {
  let numpy: String
  let hashes: [HalfDivisionRow]
  /// (dividend bits, divisor bits, NumPy's float32 `//` bits, NumPy's float32 `%` bits), NaN as 0x7FC00000.
  let float32: [[UInt32]]
}

/// docbuild's float16 `//`, `%` and `np.fmod` against NumPy 2.4's half loops on every bit pattern against 64 chosen
/// operands on either side, and its float32 `//` and `%` against NumPy's on 3,000 pairs.
@Suite struct HalfDivisionTests {
  static let file: Result<HalfDivisionFile, any Error> = Result {
    try loadFixture("float16_division.json", as: HalfDivisionFile.self)
  }

  static let everyHalf: Tensor = HalfFunctionTests.halves((0...UInt16.max).map { $0 })

  /// The script's `weighted_hash`: each result mixed over 64 bits, weighted by a power of 0x100000001B3.
  static func weightedHash(_ bits: [UInt16]) -> String {
    var (sum, weight): (UInt64, UInt64) = (0, 1)
    for value in bits {
      weight = weight &* 0x100_0000_01B3
      var mixed = UInt64(value) &* 0x9E37_79B9_7F4A_7C15
      mixed ^= mixed >> 29
      sum = sum &+ mixed &* weight
    }
    let digits = String(sum, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  static func apply(_ operation: String, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    switch operation {
    case "floor_divide": try a.floorDivided(by: b)
    case "remainder": try a.remainder(b)
    default: try Tensor.truncatedRemainder(a, b)
    }
  }

  @Test func fixtureIsNumPys() throws {
    let file = try Self.file.get()
    #expect(file.numpy.hasPrefix("2.4"))
    #expect(file.hashes.count == 3 * 64 && file.float32.count > 3000)
  }

  @Test(arguments: ["floor_divide", "remainder", "fmod"])
  func everyHalfAgainstTheChosenOperands(operation: String) throws {
    var differ: [String] = []
    for row in try Self.file.get().hashes where row.operation == operation {
      let operand = HalfFunctionTests.halves([row.operand])
      let asDivisor = try Self.apply(operation, Self.everyHalf, operand)
      let asDividend = try Self.apply(operation, operand, Self.everyHalf)
      #expect(asDivisor.dtype == .float16 && asDividend.dtype == .float16)
      if Self.weightedHash(HalfFunctionTests.bits(asDivisor)) != row.as_divisor {
        differ.append("x \(operation) 0x\(String(row.operand, radix: 16))")
      }
      if Self.weightedHash(HalfFunctionTests.bits(asDividend)) != row.as_dividend {
        differ.append("0x\(String(row.operand, radix: 16)) \(operation) x")
      }
    }
    #expect(differ.isEmpty, "\(differ.count) rows differ from NumPy: \(differ.prefix(8))")
  }

  @Test func float32DivisionIsNumPys() throws {
    let pairs = try Self.file.get().float32
    func floats(_ column: Int) -> Tensor {
      Tensor(shape: [pairs.count], storage: .float64(pairs.map { Double(Float(bitPattern: $0[column])) }))
        .tagged(.float32)
    }
    let (a, b) = (floats(0), floats(1))
    func bits(_ t: Tensor) -> [UInt32] { t.doubles.map { $0.isNaN ? 0x7FC0_0000 : Float($0).bitPattern } }
    let quotients = bits(try a.floorDivided(by: b))
    let remainders = bits(try a.remainder(b))
    var differ: [String] = []
    for (index, pair) in pairs.enumerated() where quotients[index] != pair[2] || remainders[index] != pair[3] {
      differ.append("0x\(String(pair[0], radix: 16)), 0x\(String(pair[1], radix: 16))")
    }
    #expect(differ.isEmpty, "\(differ.count) pairs differ from NumPy: \(differ.prefix(8))")
  }
}
