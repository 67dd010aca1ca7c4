import TestSupport
import Testing

@testable import TensorCore

/// The contents of `Fixtures/glibc_complex.json`, written by `Fixtures/make_glibc_complex_fixtures.py`: per function,
/// an FNV-1a hash of NumPy's result bits per block of inputs, and the full results for the pairs of special values.
struct GlibcComplexFixtureFile: Decodable, Sendable {
  struct Function: Decodable, Sendable {
    let hashes: [String]
    let specials: [String]
  }
  let inputs: Int
  let block: Int
  let numpy: String
  let functions: [String: Function]
}

/// NumPy's complex128 exp, exp2, expm1, sqrt and trigonometric and hyperbolic functions (glibc's cexp, csqrt, csin,
/// …): every bit of both parts equals NumPy's on all 81,681 fixture inputs.
@Suite struct GlibcComplexTests {
  static let file: Result<GlibcComplexFixtureFile, any Error> = Result {
    try loadFixture("glibc_complex.json", as: GlibcComplexFixtureFile.self)
  }

  static let functions: [String: @Sendable (Complex) -> Complex] = [
    "exp": GlibcMath.complexExp, "exp2": GlibcMath.complexExp2, "expm1": GlibcMath.complexExpm1,
    "sqrt": GlibcMath.complexSquareRoot, "sin": GlibcMath.complexSin, "cos": GlibcMath.complexCos,
    "tan": GlibcMath.complexTan, "sinh": GlibcMath.complexSinh, "cosh": GlibcMath.complexCosh,
    "tanh": GlibcMath.complexTanh,
  ]

  static let specials: [Double] = [
    0.0, -0.0, .infinity, -.infinity, .nan, 1.0, -1.0, 5e-324, -5e-324, 2.2250738585072014e-308,
    -2.2250738585072014e-308, 1e-300, 1.7976931348623157e308, -1.7976931348623157e308, 709.0, 709.5, -709.5, 710.0,
    354.0, 354.5, -354.5, 355.0, 1418.5, 2127.5, 2200.0, 3.141592653589793, -3.141592653589793, 1.5707963267948966,
    1e-8, 1e8, 1e22, 0.5, 1.5, 4.4e-16, 1e-310, 3e-308, 4.5e-308, 1e307, 5e307, 0.71, 1.73,
  ]

  /// The script's inputs: random bit patterns by groups of exponent ranges, then every pair of `specials`.
  static let inputs: [Complex] = {
    var rng = SplitMix64(seed: 20_261_130)  // the script's stream
    func part(_ exponents: ClosedRange<UInt64>?) -> Double {
      let r = rng.next()
      guard let exponents else {
        return Double(bitPattern: [0, 1 << 63, 0x01A5_6E1F_C2F8_F359, 0x81A5_6E1F_C2F8_F359][Int(r & 3)])
      }
      let width = exponents.upperBound - exponents.lowerBound + 1
      let exponent = exponents.lowerBound + (r >> 12) % width
      return Double(bitPattern: (r & (1 << 63)) | (exponent << 52) | (rng.next() & ((1 << 52) - 1)))
    }
    let groups: [(Int, ClosedRange<UInt64>?, ClosedRange<UInt64>?)] = [
      (20000, 1015...1027, 1015...1027), (20000, 963...1083, 963...1083), (20000, 0...2046, 0...2046),
      (10000, 1031...1034, 1000...1030), (5000, 1015...1026, nil), (5000, nil, 1015...1026),
    ]
    var values: [Complex] = []
    for (count, real, imag) in groups {
      for _ in 0..<count {
        let x = part(real)
        values.append(Complex(x, part(imag)))
      }
    }
    for x in specials { for y in specials { values.append(Complex(x, y)) } }
    return values
  }()

  static func canonical(_ x: Double) -> UInt64 { x.isNaN ? 0x7ff8_0000_0000_0000 : x.bitPattern }

  static func fnv(_ words: ArraySlice<UInt64>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for word in words {
      for shift in stride(from: 0, to: 64, by: 8) {
        hash = (hash ^ ((word >> UInt64(shift)) & 0xff)) &* 0x100_0000_01b3
      }
    }
    return hash
  }

  @Test func fixtureCoversEveryFunction() throws {
    let file = try Self.file.get()
    #expect(file.numpy.hasPrefix("2.4"))
    #expect(Set(file.functions.keys) == Set(Self.functions.keys))
    #expect(file.inputs == Self.inputs.count)
    #expect(Self.inputs.count >= 80000)
  }

  @Test(arguments: functions.keys.sorted())
  func sameBitsAsNumPy(_ name: String) throws {
    let file = try Self.file.get()
    let expected = try #require(file.functions[name])
    let function = try #require(Self.functions[name])
    let words = Self.inputs.flatMap { z -> [UInt64] in
      let w = function(z)
      return [Self.canonical(w.real), Self.canonical(w.imag)]
    }
    var differingBlocks: [Int] = []
    for (block, hash) in expected.hashes.enumerated() {
      let start = 2 * block * file.block
      let slice = words[start..<min(words.count, start + 2 * file.block)]
      if String(Self.fnv(slice), radix: 16).leftPadded(16) != hash { differingBlocks.append(block) }
    }
    let blocks = expected.hashes.count
    #expect(
      differingBlocks.isEmpty,
      "\(name): blocks \(differingBlocks.prefix(10)) of \(blocks) differ (make_glibc_complex_fixtures.py --show)")
    let specialStart = Self.inputs.count - Self.specials.count * Self.specials.count
    var differ = 0
    for (offset, row) in expected.specials.enumerated() {
      let index = specialStart + offset
      let ours =
        String(words[2 * index], radix: 16).leftPadded(16) + String(words[2 * index + 1], radix: 16).leftPadded(16)
      if ours != row {
        differ += 1
        if differ <= 10 { Issue.record("\(name)(\(Self.inputs[index])) = \(ours), NumPy \(row)") }
      }
    }
    #expect(differ == 0)
    #expect(expected.hashes.count == (Self.inputs.count + file.block - 1) / file.block)
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String {
    String(repeating: "0", count: Swift.max(0, width - count)) + self
  }
}
