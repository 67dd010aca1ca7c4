import Testing

@testable import TensorCore

/// The contents of `Fixtures/numpy_trig_bits.json`, written by `Fixtures/prove_svml_trig.py` (which also checks
/// 10^6 inputs per function against NumPy, `svml_trig_proof.txt`): per function, rows of an input and NumPy's result,
/// as hex bit patterns.
struct NumpyTrigBitsFixtureFile: Decodable, Sendable {
  let numpy: String
  let functions: [String: [[String]]]
  /// arctan2: rows of y, x and NumPy's result (pairs SVML's scalar fallback computes left out).
  let binary: [String: [[String]]]
}

/// NumPy's float64 arcsin, arccos, ... as NumPy computes them on x86-64 with AVX-512 (Intel SVML's kernels) print
/// NumPy's bits, through the ufunc's own routing, on every vector path, NaNs included.
@Suite struct NumpyTrigBitsTests {
  static let file: Result<NumpyTrigBitsFixtureFile, any Error> = Result {
    try loadFixture("numpy_trig_bits.json", as: NumpyTrigBitsFixtureFile.self)
  }

  /// Each function as `np.arcsin(a)` and the like of a 1-d float64 array computes it, as the interpreter calls it.
  static let functions: [String: @Sendable ([Double]) -> [Double]] = [
    "arcsin": { ufunc(.arcsin, $0) }, "arccos": { ufunc(.arccos, $0) }, "arctan": { ufunc(.arctan, $0) },
    "sinh": { ufunc(.sinh, $0) }, "tan": { ufunc(.tan, $0) },
    "cbrt": { (try? Tensor(shape: [$0.count], storage: .float64($0)).numpyCubeRoot()?.doubles) ?? [] },
  ]

  static func ufunc(_ function: MathFunction, _ x: [Double]) -> [Double] {
    (try? Tensor(shape: [x.count], storage: .float64(x)).apply(function).doubles) ?? []
  }

  @Test func fixtureCoversEveryFunction() throws {
    let file = try Self.file.get()
    #expect(file.numpy == "2.4.6")
    #expect(Set(file.functions.keys) == Set(Self.functions.keys))
    #expect(file.functions.values.allSatisfy { $0.count > 4000 })
  }

  @Test(arguments: functions.keys.sorted())
  func sameBitsAsNumPyOnEveryPath(_ name: String) throws {
    let rows = try #require(try Self.file.get().functions[name])
    let function = try #require(Self.functions[name])
    let inputs = rows.map { ElementaryTests.double($0[0]) }
    let expected = rows.map { UInt64($0[1], radix: 16) ?? 0 }
    for path in ElementaryArrayTests.paths {
      let ours = Elementary.withVectorPath(path) { function(inputs) }
      try #require(ours.count == inputs.count)
      let differ = inputs.indices.filter { ours[$0].bitPattern != expected[$0] }
      for i in differ.prefix(10) {
        Issue.record(
          "\(name) on path \(path): 0x\(rows[i][0]) gave 0x\(String(ours[i].bitPattern, radix: 16)), NumPy 0x\(rows[i][1])"
        )
      }
      #expect(differ.isEmpty, "\(name) on path \(path): \(differ.count) of \(rows.count) differ")
      // Every length's last partial vector.
      for length in 1...9 {
        let tail = Array(inputs.suffix(length))
        let short = Elementary.withVectorPath(path) { function(tail) }
        #expect(short.map(\.bitPattern) == Array(expected.suffix(length)), "\(name) on path \(path), \(length) values")
      }
    }
  }

  /// `np.arctan2` of equal-shape arrays, and of an array against a NumPy scalar (broadcast), gives NumPy's bits on
  /// every path: the main path, the zero arguments, infinities and NaNs.
  @Test func arctan2GivesNumPysBitsOnEveryPath() throws {
    let rows = try #require(try Self.file.get().binary["arctan2"])
    #expect(rows.count > 5000)
    let y = rows.map { ElementaryTests.double($0[0]) }
    let x = rows.map { ElementaryTests.double($0[1]) }
    let expected = rows.map { UInt64($0[2], radix: 16) ?? 0 }
    for path in ElementaryArrayTests.paths {
      let ours = try Elementary.withVectorPath(path) {
        try Tensor.arctan2(
          Tensor(shape: [y.count], storage: .float64(y)), Tensor(shape: [x.count], storage: .float64(x)))
      }.doubles
      let differ = y.indices.filter { ours[$0].bitPattern != expected[$0] }
      for i in differ.prefix(10) {
        Issue.record(
          "arctan2(0x\(rows[i][0]), 0x\(rows[i][1])) on path \(path) gave 0x\(String(ours[i].bitPattern, radix: 16))")
      }
      #expect(differ.isEmpty, "path \(path): \(differ.count) of \(rows.count) differ")
    }
    // A broadcast NumPy scalar: np.arctan2(v, np.float64(x)) is the same loop on the expanded operand.
    let row = Array(rows.suffix(200))
    let ys = row.map { ElementaryTests.double($0[0]) }
    let x0 = ElementaryTests.double(row[0][1])
    let single = try Tensor.arctan2(
      Tensor(shape: [ys.count], storage: .float64(ys)), Tensor(shape: [], storage: .float64([x0]), isScalar: true))
    let pairs = try Tensor.arctan2(
      Tensor(shape: [ys.count], storage: .float64(ys)),
      Tensor(shape: [ys.count], storage: .float64(Array(repeating: x0, count: ys.count))))
    #expect(single.doubles.map(\.bitPattern) == pairs.doubles.map(\.bitPattern))
  }

  /// np.sinh beyond SVML's main path (|x| > 669.77) is SVML's scalar fallback: NumPy 2.4.6 prints
  /// [5.0711602736750225e+303, -3.7958562613838794e+299, 3.885205395072976e+290, 1.6663642832806496e+308, inf] for
  /// np.sinh(np.array([700.0, -690.5, 669.8, 710.4, 710.5])).
  @Test func sinhTakesSVMLsScalarFallback() throws {
    let x = Tensor(shape: [5], storage: .float64([700.0, -690.5, 669.8, 710.4, 710.5]))
    #expect(
      try x.apply(.sinh).doubles == [
        5.0711602736750225e+303, -3.7958562613838794e+299, 3.885205395072976e+290, 1.6663642832806496e+308, .infinity,
      ])
  }

  /// np.tan beyond SVML's main path (finite |x| > 65536.0035) is refused; infinities give NaN, as SVML's.
  @Test func tanRefusesSVMLsLargeArguments() throws {
    #expect(throws: TensorError.self) { try Tensor(shape: [2], storage: .float64([1.0, 1e6])).apply(.tan) }
    let special = try Tensor(shape: [3], storage: .float64([.infinity, 65536.0, -1.0])).apply(.tan).doubles
    #expect(special[0].isNaN && special[1].isFinite && special[2].isFinite)
  }

  /// np.arctan2 of a finite argument outside SVML's main range (below 2^-1020 or from 2^993, not zero) is refused:
  /// NumPy computes it with SVML's scalar fallback, which docbuild does not reproduce.
  @Test func arctan2RefusesSVMLsScalarFallback() throws {
    for (y, x) in [(1e-310, 1.0), (1.0, 1e300), (2.0, -5e-324)] {
      #expect(throws: TensorError.self) {
        try Tensor.arctan2(Tensor(shape: [1], storage: .float64([y])), Tensor(shape: [1], storage: .float64([x])))
      }
    }
    // 0 and inf are SVML's exact special cases, not refused.
    let zero = try Tensor.arctan2(
      Tensor(shape: [2], storage: .float64([0.0, 1.0])), Tensor(shape: [2], storage: .float64([-1.0, .infinity])))
    #expect(zero.doubles == [Double.pi, 0])
  }

  /// A NumPy scalar goes through NumPy's SVML kernel too: np.arcsin(np.float64(0.3)) prints 0.30469265401539747 in
  /// NumPy 2.4.6 and np.arccos(np.float64(0.6)) 0.9272952180016122; the correctly rounded values (mpmath) are
  /// 0.3046926540153975 and 0.9272952180016123; np.arctan(np.float64(9.55)) prints 1.4664644956694337, correctly
  /// rounded 1.466464495669434; np.sinh(np.float64(0.31)) prints 0.31498907895394423, correctly rounded
  /// 0.3149890789539443; np.tan(np.float64(0.3)) prints 0.3093362496096232, correctly rounded 0.30933624960962325.
  @Test func scalarsTakeNumPysKernel() throws {
    let sine = Tensor(shape: [], storage: .float64([0.3]), isScalar: true)
    #expect(try sine.apply(.arcsin).doubles == [0.30469265401539747])
    let cosine = Tensor(shape: [], storage: .float64([0.6]), isScalar: true)
    #expect(try cosine.apply(.arccos).doubles == [0.9272952180016122])
    let tangent = Tensor(shape: [], storage: .float64([9.55]), isScalar: true)
    #expect(try tangent.apply(.arctan).doubles == [1.4664644956694337])
    let hyperbolic = Tensor(shape: [], storage: .float64([0.31]), isScalar: true)
    #expect(try hyperbolic.apply(.sinh).doubles == [0.31498907895394423])
    let angle = Tensor(shape: [], storage: .float64([0.3]), isScalar: true)
    #expect(try angle.apply(.tan).doubles == [0.3093362496096232])
  }
}
