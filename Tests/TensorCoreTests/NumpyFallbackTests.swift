import CKernels
import Testing

@testable import TensorCore

/// The contents of `Fixtures/numpy_fallbacks.json`, written by `Fixtures/make_numpy_fallback_fixtures.py`, as hex bit
/// patterns: rows of a base, an exponent and NumPy's `np.power` of them; rows of x and NumPy's `np.cosh(x)`.
struct NumpyFallbackFixtureFile: Decodable, Sendable {
  let numpy: String
  let power: [[String]]
  let cosh: [[String]]
}

/// Float64 `**` and `np.cosh` of arrays give NumPy's bits where Intel SVML's vector kernel hands an element to its
/// scalar fallback. pow's (`docbuild_numpy_power_rare`): negative bases, results beyond 2^±1021.5 down through the
/// subnormal range, subnormal operands, ±0, ±inf and NaN, mixed in one array with pairs of the main path. cosh's:
/// |x| > 707.69, where the result nears the overflow.
@Suite struct NumpyFallbackTests {
  static let file: Result<NumpyFallbackFixtureFile, any Error> = Result {
    try loadFixture("numpy_fallbacks.json", as: NumpyFallbackFixtureFile.self)
  }

  @Test func fixtureIsNumPys() throws {
    let file = try Self.file.get()
    #expect(file.numpy == "2.4.6")
    #expect(file.power.count > 40000)
    #expect(file.cosh.count > 10000)
  }

  /// Every pair, on every vector path this CPU has, gives NumPy's bit pattern, a NaN's sign and payload included.
  @Test func everyPairHasNumPysBitsOnEveryPath() throws {
    ElementaryArrayTests.expectNumPysBitsOnEveryPath("power", rows: try Self.file.get().power) {
      NumpyElementary.power($0[0], $0[1])
    }
  }

  /// The fallback alone, one pair at a time, is the same function: the fixture's pairs that are not on SVML's main
  /// path (a base that is not positive and finite, an infinite or NaN exponent) give NumPy's bits through it too.
  @Test func fallbackOfOnePairGivesNumPysBits() throws {
    var checked = 0
    for row in try Self.file.get().power {
      let x = ElementaryTests.double(row[0])
      let y = ElementaryTests.double(row[1])
      guard !(x > 0 && x.isFinite) || !y.isFinite else { continue }
      checked += 1
      let ours = docbuild_numpy_power_rare(x, y)
      #expect(ours.bitPattern == ElementaryTests.double(row[2]).bitPattern, "0x\(row[0]) ** 0x\(row[1])")
    }
    #expect(checked > 20000)
  }

  /// cosh beyond SVML's main path, on every vector path, gives NumPy's bit pattern (the correctly rounded cosh is
  /// not NumPy's on about one argument in 700 there).
  @Test func coshHasNumPysBitsOnEveryPath() throws {
    ElementaryArrayTests.expectNumPysBitsOnEveryPath("cosh", rows: try Self.file.get().cosh) {
      NumpyElementary.cosh($0[0])
    }
  }
}
