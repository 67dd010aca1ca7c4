import Testing

@testable import TensorCore

/// One float function over every finite half: NumPy's results as a hash (refused inputs as 0xFFFF), the inputs
/// docbuild refuses (from prove_float16_functions.py), and a sample of (input, result) bits.
struct HalfFunctionCase: Decodable, Sendable {
  let name: String
  let count: Int
  let refused: [UInt16]
  let fnv1a64: String
  let sample: [[UInt16]]
}

/// The contents of `Fixtures/float16_ufuncs.json`, written by `Fixtures/make_float16_ufunc_fixtures.py`.
struct HalfFunctionFile: Decodable, Sendable {
  let numpy: String
  let functions: [HalfFunctionCase]
  /// (base bits, exponent bits, NumPy's `base ** exponent` bits, or 0xFFFF where docbuild must refuse).
  let powers: [[UInt16]]
}

/// The float16 functions docbuild computes against NumPy 2.4's half loops, on all 63,488 finite halves each: the
/// accepted inputs give NumPy's bits, exactly the proof's refused inputs are refused.
@Suite struct HalfFunctionTests {
  static let file: Result<HalfFunctionFile, any Error> = Result {
    try loadFixture("float16_ufuncs.json", as: HalfFunctionFile.self)
  }

  /// The fixture's marker for a refused input.
  static let refusedMarker: UInt16 = 0xFFFF

  /// Every finite half in increasing bit order, as NumPy's fixture script lists them.
  static let finiteHalfBits: [UInt16] = (0...UInt16.max).filter { HalfPrecision.value(bits: $0).isFinite }

  /// A float16 array of these bit patterns.
  static func halves(_ bits: [UInt16]) -> Tensor {
    Tensor(shape: [bits.count], storage: .float64(bits.map(HalfPrecision.value(bits:)))).tagged(.float16)
  }

  /// A Python number, weak in NumPy 2's promotion.
  static func pythonNumber(_ storage: Storage) -> Tensor {
    var number = Tensor(shape: [], storage: storage, isScalar: true)
    number.isPythonScalar = true
    return number
  }

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

  /// docbuild's float16 function named as in the fixture.
  static func apply(_ name: String, _ x: Tensor) throws -> Tensor {
    switch name {
    case "exp": return try x.exp()
    case "log": return try x.log()
    case "tanh": return try x.tanh()
    case "sqrt": return try x.sqrt()
    case "cbrt": return try #require(try x.halfCubeRoot())
    case "square": return try x ** pythonNumber(.int64([2]))
    case "reciprocal": return try x ** pythonNumber(.int64([-1]))
    case "sqrt_power": return try x ** pythonNumber(.float64([0.5]))
    default: return try x.apply(try #require(MathFunction(rawValue: name)))
    }
  }

  static func isBoundaryRefusal(_ error: any Error) -> Bool {
    guard let error = error as? TensorError else { return false }
    return error.pythonType == "NotImplementedError" && error.message.contains("halfway between two float16 values")
  }

  @Test func fixtureCoversTheSupportedFunctions() throws {
    let file = try Self.file.get()
    #expect(file.numpy.hasPrefix("2.4"))
    let names = Set(file.functions.map(\.name))
    let supported =
      NarrowEvaluation.halfThroughFloat.union(NarrowEvaluation.halfThroughKernel).map(\.rawValue)
      + ["exp", "log", "tanh", "sqrt", "cbrt", "square", "reciprocal", "sqrt_power"]
    #expect(names == Set(supported))
    #expect(file.functions.allSatisfy { $0.count == 63_488 && $0.sample.count > 60 })
    // A proof that refuses nothing would be suspicious for functions NumPy computes with differing kernels.
    #expect(file.functions.filter { !$0.refused.isEmpty }.count >= 10)
    #expect(file.powers.count > 4000)
  }

  @Test(arguments: try! HalfFunctionTests.file.get().functions.map(\.name))
  func everyFiniteHalfMatchesNumPyOrIsRefused(name: String) throws {
    let fixture = try #require(try Self.file.get().functions.first { $0.name == name })
    let refused = Set(fixture.refused)
    let accepted = Self.finiteHalfBits.filter { !refused.contains($0) }
    let result = try Self.apply(name, Self.halves(accepted))
    #expect(result.dtype == .float16)
    var results = [UInt16: UInt16]()
    for (input, output) in zip(accepted, Self.bits(result)) { results[input] = output }
    let bits = Self.finiteHalfBits.map { results[$0] ?? Self.refusedMarker }
    #expect(bits.count == fixture.count)
    var mismatches: [String] = []
    for pair in fixture.sample where results[pair[0]] ?? Self.refusedMarker != pair[1] {
      mismatches.append("0x\(String(pair[0], radix: 16)) → NumPy 0x\(String(pair[1], radix: 16))")
    }
    #expect(mismatches.isEmpty, "\(name): \(mismatches.prefix(10))")
    #expect(Self.fnv1a64(bits) == fixture.fnv1a64, "\(name): the results differ from NumPy's on some half")
    // Each refused input alone is refused, with the diagnostic that names the boundary.
    for input in fixture.refused {
      #expect(throws: (any Error).self, "\(name) of 0x\(String(input, radix: 16))") {
        do { _ = try Self.apply(name, Self.halves([input])) } catch {
          #expect(Self.isBoundaryRefusal(error), "\(error)")
          throw error
        }
      }
    }
  }

  @Test func powersMatchNumPyOrAreRefused() throws {
    var mismatches: [String] = []
    for pair in try Self.file.get().powers {
      let (base, exponent, expected) = (pair[0], pair[1], pair[2])
      let got: UInt16
      do {
        got = Self.bits(try Self.halves([base]) ** Self.halves([exponent]))[0]
      } catch {
        #expect(Self.isBoundaryRefusal(error), "\(error)")
        got = Self.refusedMarker
      }
      if got != expected {
        mismatches.append(
          "0x\(String(base, radix: 16)) ** 0x\(String(exponent, radix: 16)) → 0x\(String(got, radix: 16)), "
            + "NumPy 0x\(String(expected, radix: 16))")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) pairs: \(mismatches.prefix(10))")
  }

  @Test func aRefusalNamesTheInputAndTheFunction() throws {
    // 47 ** 2 = 2209 lies exactly halfway between the halves 2208 and 2210: NumPy's scalar path rounds powf's
    // result, which a C library may return as 2209 or a neighbour.
    let base = Tensor(shape: [], storage: .float64([47]), isScalar: true).tagged(.float16)
    let two = Tensor(shape: [], storage: .float64([2]), isScalar: true).tagged(.float16)
    let error = try #require(throws: TensorError.self) { try base ** two }
    #expect(error.message.hasPrefix("np.power of the float16 values 47.0 and 2.0 is not supported"))
    #expect(error.isLimit)
    // The array path squares (NumPy's `array ** 2` is np.square): 2209 rounds to the even 2208.
    let squared = try Tensor(shape: [1], storage: .float64([47])).tagged(.float16) ** Self.pythonNumber(.int64([2]))
    #expect(squared.doubles == [2208])
  }
}
