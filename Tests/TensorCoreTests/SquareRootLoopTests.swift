import Testing

@testable import TensorCore

/// The contents of `Fixtures/sqrt_bits.json`, written by `Fixtures/make_sqrt_fixtures.py`: rows of an input's bits and
/// NumPy's np.sqrt of it, in hex, for float64 and float32.
struct SquareRootFixtureFile: Decodable, Sendable {
  let numpy: String
  let float64: [[String]]
  let float32: [[String]]
}

/// np.sqrt's vector loops (Sources/CKernels/numpy_sqrt.c) give NumPy's bits, special values included, on every code
/// path this CPU has, as `np.sqrt(a)` and `a ** 0.5` compute them; and the bits of Swift's `squareRoot()` (the
/// correctly rounded square root IEEE 754 defines) on seeded random bit patterns, every length's last partial vector
/// included.
@Suite struct SquareRootLoopTests {
  typealias Stream = ElementaryPropertyTests.BitStream

  static let file: Result<SquareRootFixtureFile, any Error> = Result {
    try loadFixture("sqrt_bits.json", as: SquareRootFixtureFile.self)
  }

  /// The bits of `text`, a hex pattern from the fixture.
  static func bits(_ text: String) -> UInt64 { UInt64(text, radix: 16) ?? 0 }

  @Test func fixtureHasSpecialAndRandomRows() throws {
    let file = try Self.file.get()
    #expect(file.numpy == "2.4.6")
    #expect(file.float64.count > 3000 && file.float32.count > 3000)
    // NumPy's bits for -0, -1 and -inf: -0, then x86's default NaN (sign set), as the hardware gives them.
    let float64 = Dictionary(uniqueKeysWithValues: file.float64.map { (Self.bits($0[0]), Self.bits($0[1])) })
    #expect(float64[0x8000_0000_0000_0000] == 0x8000_0000_0000_0000)
    #expect(float64[0xBFF0_0000_0000_0000] == 0xFFF8_0000_0000_0000)
    #expect(float64[0xFFF0_0000_0000_0000] == 0xFFF8_0000_0000_0000)
  }

  @Test func float64GivesNumPysBitsOnEveryPath() throws {
    let rows = try Self.file.get().float64
    let inputs = rows.map { Double(bitPattern: Self.bits($0[0])) }
    let expected = rows.map { Self.bits($0[1]) }
    for path in ElementaryArrayTests.paths {
      let (roots, powers) = try Elementary.withVectorPath(path) {
        (
          try Tensor(shape: [inputs.count], storage: .float64(inputs)).sqrt().doubles,
          NumpyElementary.power(inputs, exponent: 0.5)
        )
      }
      for (name, ours) in [("np.sqrt", roots), ("** 0.5", powers)] {
        let differ = inputs.indices.filter { ours[$0].bitPattern != expected[$0] }
        for i in differ.prefix(5) {
          Issue.record(
            "\(name) of 0x\(rows[i][0]) on path \(path) gave 0x\(String(ours[i].bitPattern, radix: 16)), NumPy 0x\(rows[i][1])"
          )
        }
        #expect(differ.isEmpty, "\(name) on path \(path): \(differ.count) of \(rows.count) differ")
      }
    }
  }

  @Test func float32GivesNumPysBitsOnEveryPath() throws {
    let rows = try Self.file.get().float32
    // float32 values as docbuild holds them, in doubles (a signalling NaN quieted by the conversion, as NumPy's
    // square root quiets it).
    let inputs = rows.map { Double(Float(bitPattern: UInt32(Self.bits($0[0])))) }
    let expected = rows.map { Double(Float(bitPattern: UInt32(Self.bits($0[1])))).bitPattern }
    for path in ElementaryArrayTests.paths {
      let operand = Tensor.labelled(inputs, as: .float32, shape: [inputs.count], isScalar: false)
      let result = try Elementary.withVectorPath(path) { try operand.sqrt() }
      #expect(result.dtype == .float32)
      let ours = result.doubles
      let differ = inputs.indices.filter { ours[$0].bitPattern != expected[$0] }
      for i in differ.prefix(5) {
        Issue.record("np.sqrt of float32 0x\(rows[i][0]) on path \(path) gave \(ours[i]), NumPy 0x\(rows[i][1])")
      }
      #expect(differ.isEmpty, "path \(path): \(differ.count) of \(rows.count) differ")
    }
  }

  /// `count` seeded random bit patterns: raw doubles (every NaN payload, subnormal and huge value has a chance) and,
  /// every other one, a value below 2^12 in magnitude; for float32, the float32 values of random 32-bit patterns.
  static func randomInputs(count: Int, float32: Bool, seed: UInt64) -> [Double] {
    var stream = Stream(state: seed)
    return (0..<count).map { index in
      float32 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: stream.next()))) : stream.double(index)
    }
  }

  /// The reference: the correctly rounded square root, float32's own for float32 values.
  static func reference(_ x: Double, float32: Bool) -> Double {
    float32 ? Double(Float(x).squareRoot()) : x.squareRoot()
  }

  @Test(arguments: [false, true])
  func sameBitsAsSquareRootOnRandomBits(float32: Bool) {
    let inputs = Self.randomInputs(count: 200_000, float32: float32, seed: float32 ? 32 : 64)
    let expected = inputs.map { Self.reference($0, float32: float32).bitPattern }
    if float32 {
      // The double rounding the C loop's comment relies on is innocuous: the float64 root rounded to float32 is
      // float32's own root.
      #expect(
        inputs.allSatisfy { Double(Float($0.squareRoot())).bitPattern == Self.reference($0, float32: true).bitPattern })
    }
    let loop = float32 ? NumpyElementary.sqrtFloat32 : NumpyElementary.sqrt
    for path in ElementaryArrayTests.paths {
      let ours = Elementary.withVectorPath(path) { loop(inputs) }
      let differ = inputs.indices.filter { ours[$0].bitPattern != expected[$0] }
      for i in differ.prefix(5) {
        Issue.record("sqrt (float32: \(float32)) of \(inputs[i]) on path \(path) gave \(ours[i])")
      }
      #expect(differ.isEmpty, "float32: \(float32), path \(path): \(differ.count) of \(inputs.count) differ")
      // Every length up to four AVX-512 vectors and a partial one.
      for length in 0...40 {
        let slice = Array(inputs[(1000 + length)..<(1000 + 2 * length)])
        let short = Elementary.withVectorPath(path) { loop(slice) }
        #expect(
          short.map(\.bitPattern) == Array(expected[(1000 + length)..<(1000 + 2 * length)]),
          "float32: \(float32), path \(path), \(length) values")
      }
    }
  }
}
