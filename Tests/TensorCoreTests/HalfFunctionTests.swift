import Testing

@testable import TensorCore

/// One float function over every finite half: NumPy's results as a hash, and a sample of (input, result) bits.
struct HalfFunctionCase: Decodable, Sendable {
  let name: String
  let count: Int
  let fnv1a64: String
  let sample: [[UInt16]]
}

/// The contents of `Fixtures/float16_ufuncs.json`, written by `Fixtures/make_float16_ufunc_fixtures.py`.
struct HalfFunctionFile: Decodable, Sendable {
  let numpy: String
  let functions: [HalfFunctionCase]
}

/// The float16 functions docbuild computes (float64, rounded to float32, then to half) against NumPy 2.4's half
/// loops, on all 63,488 finite halves each.
@Suite struct HalfFunctionTests {
  static let file: Result<HalfFunctionFile, any Error> = Result {
    try loadFixture("float16_ufuncs.json", as: HalfFunctionFile.self)
  }

  /// Every finite half in increasing bit order, as NumPy's fixture script lists them.
  static let finiteHalves: Tensor = {
    let values = (0...UInt16.max).map { HalfPrecision.value(bits: $0) }.filter(\.isFinite)
    return Tensor(shape: [values.count], storage: .float64(values)).tagged(.float16)
  }()

  /// The bits of a float16 result, NaNs as NumPy's fixture writes them.
  static func bits(_ tensor: Tensor) -> [UInt16] {
    tensor.doubles.map { $0.isNaN ? 0x7E00 : Float16($0).bitPattern }
  }

  static func fnv1a64(_ bits: [UInt16]) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for value in bits {
      for byte in [UInt8(value & 0xFF), UInt8(value >> 8)] {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
      }
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  @Test func fixtureCoversTheSupportedFunctions() throws {
    let file = try Self.file.get()
    #expect(file.numpy.hasPrefix("2.4"))
    let names = Set(file.functions.map(\.name))
    #expect(names == Set(NarrowEvaluation.halfThroughFloat.map(\.rawValue) + ["tanh"]))
    #expect(file.functions.allSatisfy { $0.count == 63_488 && $0.sample.count > 60 })
  }

  @Test(arguments: try! HalfFunctionTests.file.get().functions.map(\.name))
  func everyFiniteHalfMatchesNumPy(name: String) throws {
    let fixture = try #require(try Self.file.get().functions.first { $0.name == name })
    let result =
      name == "tanh"
      ? try Self.finiteHalves.tanh()
      : try Self.finiteHalves.apply(try #require(MathFunction(rawValue: name)))
    #expect(result.dtype == .float16)
    let bits = Self.bits(result)
    #expect(bits.count == fixture.count)
    let inputs = Self.bits(Self.finiteHalves)
    var mismatches: [String] = []
    for pair in fixture.sample {
      if let index = inputs.firstIndex(of: pair[0]), bits[index] != pair[1] {
        mismatches.append(
          "0x\(String(pair[0], radix: 16)) → 0x\(String(bits[index], radix: 16)), NumPy 0x\(String(pair[1], radix: 16))"
        )
      }
    }
    #expect(mismatches.isEmpty, "\(name): \(mismatches.prefix(10))")
    #expect(Self.fnv1a64(bits) == fixture.fnv1a64, "\(name): the results differ from NumPy's on some half")
  }
}
