import Testing

@testable import TensorCore

/// The contents of `Fixtures/numpy_bits.json`, written by `Fixtures/make_numpy_bits_fixtures.py`: per function, rows
/// of an input and NumPy's result, as hex bit patterns.
struct NumpyBitsFixtureFile: Decodable, Sendable {
  let numpy: String
  let functions: [String: [[String]]]
  /// Two-argument functions: rows of two inputs and NumPy's result.
  let binary: [String: [[String]]]
}

/// The functions computed as NumPy computes them print NumPy's bits: checked against NumPy's own results (every
/// interval and boundary of its algorithm, special values), and against the correctly rounded values of
/// `elementary.json` for NumPy's accuracy bound.
@Suite struct NumpyBitsTests {
  static let file: Result<NumpyBitsFixtureFile, any Error> = Result {
    try loadFixture("numpy_bits.json", as: NumpyBitsFixtureFile.self)
  }

  /// Each function as the ufunc computes it, over a whole array.
  static let functions: [String: @Sendable ([Double]) -> [Double]] = [
    "tanh": { NumpyElementary.tanh($0) }, "exp": { NumpyElementary.exp($0) },
    "log": { NumpyElementary.log($0) }, "exp2": { NumpyElementary.exp2Lanes($0) },
    "cosh": { NumpyElementary.cosh($0) }, "sin": { ufunc(.sin, $0) }, "cos": { ufunc(.cos, $0) },
    "log1p": { ufunc(.log1p, $0) }, "expm1": { ufunc(.expm1, $0) }, "log2": { ufunc(.log2, $0) },
    "log10": { ufunc(.log10, $0) }, "arcsinh": { ufunc(.arcsinh, $0) }, "arccosh": { ufunc(.arccosh, $0) },
    "arctanh": { ufunc(.arctanh, $0) },
  ]

  /// `np.sin(a)` and the like through the ufunc's own routing, for the functions NumPy takes from the C library.
  static func ufunc(_ function: MathFunction, _ x: [Double]) -> [Double] {
    (try? Tensor(shape: [x.count], storage: .float64(x)).apply(function).doubles) ?? []
  }

  /// Whether `ours` is NumPy's result: the same bits, except where SVML's scalar fallback takes over for exp2 near
  /// the overflow limit (1021.9995... <= |x| < 1024), an algorithm not reproduced here: there within one ulp (NumPy's
  /// own result there is not always correctly rounded either). (pow's and cosh's fallbacks are reproduced:
  /// `NumpyFallbackTests`.)
  static func agrees(_ name: String, input: Double, ours: Double, numpy: Double) -> Bool {
    if ours.bitPattern == numpy.bitPattern { return true }
    let fallback = name == "exp2" && Swift.abs(input) >= 1021.99951171875 && input < 1024
    return fallback && Swift.abs(ElementaryTests.steps(from: numpy, to: ours)) <= 1
  }

  @Test func fixtureCoversEveryFunction() throws {
    let file = try Self.file.get()
    #expect(file.numpy == "2.4.6")
    #expect(Set(file.functions.keys) == Set(Self.functions.keys))
    #expect(file.functions.values.allSatisfy { $0.count > 1000 })
  }

  @Test(arguments: functions.keys.sorted())
  func sameBitsAsNumPy(_ name: String) throws {
    let rows = try #require(try Self.file.get().functions[name])
    let function = try #require(Self.functions[name])
    let inputs = rows.map { ElementaryTests.double($0[0]) }
    let ours = function(inputs)
    var differ = 0
    for (row, value) in zip(rows, ours)
    where !Self.agrees(name, input: ElementaryTests.double(row[0]), ours: value, numpy: ElementaryTests.double(row[1]))
    {
      differ += 1
      if differ <= 10 {
        Issue.record("\(name)(0x\(row[0])) = 0x\(String(value.bitPattern, radix: 16)), NumPy 0x\(row[1])")
      }
    }
    #expect(differ == 0, "\(differ) of \(rows.count) differ")
  }

  /// Every vector path this CPU has (portable, AVX2, AVX-512), forced in turn, gives NumPy's bits on every fixture
  /// input, and on every length's last partial vector: the paths differ only in how many lanes run side by side.
  @Test(arguments: functions.keys.sorted())
  func everyPathGivesNumPysBits(_ name: String) throws {
    let rows = try #require(try Self.file.get().functions[name])
    let function = try #require(Self.functions[name])
    let inputs = rows.map { ElementaryTests.double($0[0]) }
    let expected = rows.map { ElementaryTests.double($0[1]) }
    let portable = Elementary.withVectorPath(0) { function(inputs) }
    for path in ElementaryArrayTests.paths {
      let ours = Elementary.withVectorPath(path) { function(inputs) }
      let differ = inputs.indices.filter { !Self.agrees(name, input: inputs[$0], ours: ours[$0], numpy: expected[$0]) }
      #expect(differ.isEmpty, "\(name) on path \(path): \(differ.count) of \(rows.count) differ")
      #expect(ours.map(\.bitPattern) == portable.map(\.bitPattern), "\(name): path \(path) against the portable one")
      for length in 1...9 {
        let prefix = Array(inputs.suffix(length))
        let short = Elementary.withVectorPath(path) { function(prefix) }
        #expect(
          short.map(\.bitPattern) == Array(portable.suffix(length)).map(\.bitPattern),
          "\(name) on path \(path), \(length) values")
      }
    }
  }

  /// `np.exp2` refuses exactly the fixture's inputs that SVML's scalar fallback computes (not integers, from
  /// 1021.9995 in magnitude, results neither 0 nor infinite), where the lanes' last digit is not always NumPy's, and
  /// gives NumPy's bits on every other input, one at a time.
  @Test func exp2RefusesTheScalarFallbacksRange() throws {
    let rows = try #require(try Self.file.get().functions["exp2"])
    var refused = 0
    for row in rows {
      let input = ElementaryTests.double(row[0])
      let x = Tensor(shape: [1], storage: .float64([input]))
      if NumpyElementary.exp2Refuses(input) {
        refused += 1
        #expect(throws: TensorError.self) { try x.apply(.exp2) }
      } else {
        let value = try x.apply(.exp2).doubles[0]
        let numpy = ElementaryTests.double(row[1])
        #expect(value.bitPattern == numpy.bitPattern || value.isNaN && numpy.isNaN, "exp2(0x\(row[0]))")
      }
    }
    #expect(refused > 0)
    for integer in [1022.0, 1023, -1022, -1050, -1074, -1075, 1024, -1076.5] {
      #expect(!NumpyElementary.exp2Refuses(integer))
    }
    #expect(NumpyElementary.exp2Refuses(1023.5) && NumpyElementary.exp2Refuses(-1060.25))
  }

  /// The eight-at-a-time scan finds an element past the bound in every place, of either sign, in every length.
  @Test func exp2FindsARefusedElementAnywhere() {
    for count in 1...19 {
      for place in 0..<count {
        for large in [1023.5, -1050.25] {
          var values = (0..<count).map { Double($0) * 0.5 - 3 }
          values[place] = large
          #expect(NumpyElementary.holdsMagnitude(from: 1021.99951171875, values), "\(count) values, at \(place)")
          #expect(throws: TensorError.self) { try NumpyElementary.exp2(values) }
        }
      }
      #expect(!NumpyElementary.holdsMagnitude(from: 1021.99951171875, (0..<count).map { Double($0) + .nan }))
    }
  }

  /// `np.exp2` of an array and of a NumPy scalar (a ufunc call either way) goes through NumPy's exp2.
  @Test func exp2IsRoutedThroughNumPysAlgorithm() throws {
    let rows = try #require(try Self.file.get().functions["exp2"])
    let accepted = rows.prefix(2000).filter { !NumpyElementary.exp2Refuses(ElementaryTests.double($0[0])) }
    let inputs = accepted.map { ElementaryTests.double($0[0]) }
    let expected = accepted.map { ElementaryTests.double($0[1]).bitPattern }
    let array = try Tensor(shape: [inputs.count], storage: .float64(inputs)).apply(.exp2)
    #expect(array.doubles.map(\.bitPattern) == expected)
    // np.exp2(0.35) prints 1.274560627319262 in NumPy 2.4.6; the correctly rounded value is 1.2745606273192622.
    let x = Tensor(shape: [], storage: .float64([0.35]), isScalar: true)
    #expect(try x.apply(.exp2).doubles == [1.274560627319262])
    #expect(Elementary.exp2(0.35) == 1.2745606273192622)
  }

  /// `**` of float64 arrays gives NumPy's bits (Intel SVML's pow) on every vector path: SVML's main path in the C
  /// loop, the special values and results beyond 2^±1021.5 through SVML's scalar fallback (`numpy_power_rare.c`), a
  /// NaN's sign and payload included.
  @Test func powerGivesNumPysBitsOnEveryPath() throws {
    let rows = try #require(try Self.file.get().binary["power"])
    ElementaryArrayTests.expectNumPysBitsOnEveryPath("power", rows: rows) { NumpyElementary.power($0[0], $0[1]) }
  }

  /// The tensor operator routes float64 arrays to NumPy's pow (equal shapes, one exponent, a broadcast), and two
  /// NumPy scalars to glibc's (`GlibcMath.pow`), as NumPy's scalar path calls C's pow.
  @Test func powerIsRoutedThroughNumPysAlgorithm() throws {
    // NumPy 2.4.6: np.array([1.015527851384801]) ** -0.4854338949919521 prints [0.9925480825164363]; the correctly
    // rounded value, and np.float64(1.015527851384801) ** -0.4854338949919521 (glibc's pow), is 0.9925480825164364.
    let x = 1.015527851384801
    let y = -0.4854338949919521
    let array = Tensor(shape: [1], storage: .float64([x]))
    let exponent = Tensor(shape: [], storage: .float64([y]), isScalar: true)
    #expect(try array.power(exponent).doubles == [0.9925480825164363])
    let exponents = Tensor(shape: [1], storage: .float64([y]))
    #expect(try array.power(exponents).doubles == [0.9925480825164363])
    let column = Tensor(shape: [1, 1], storage: .float64([x]))
    #expect(
      try column.power(Tensor(shape: [2], storage: .float64([y, y]))).doubles == [
        0.9925480825164363, 0.9925480825164363,
      ])
    let scalar = Tensor(shape: [], storage: .float64([x]), isScalar: true)
    #expect(try scalar.power(exponent).doubles == [0.9925480825164364])
    #expect(Elementary.pow(x, y) == 0.9925480825164364)
  }

  /// NumPy's claimed bound, on the mpmath fixture: within 1 ulp of the exact value, so never more than one double
  /// from the correctly rounded one; and NumPy's own column there agrees too. Prints the measured worst error. (glibc's
  /// sin and cos, which NumPy calls, keep that bound only below 105414350: beyond, near a zero of the function, its
  /// reduction leaves a few ulps, NumPy's digits all the same.)
  @Test(arguments: functions.keys.sorted())
  func withinOneUlpOfExact(_ name: String) throws {
    // elementary.json names the inverse hyperbolic functions as C does.
    let elementaryName = ["arcsinh": "asinh", "arccosh": "acosh", "arctanh": "atanh"][name] ?? name
    let rows = try #require(try ElementaryTests.file.get().functions[elementaryName])
    let function = try #require(Self.functions[name])
    let ours = function(rows.map { ElementaryTests.double($0[0]) })
    var worst = 0.0
    var notCorrectlyRounded = 0
    for (row, value) in zip(rows, ours) {
      let expected = ElementaryTests.double(row[1])
      let fraction = try #require(Double(row[2]))
      let numpy = ElementaryTests.double(row[3])
      let input = ElementaryTests.double(row[0])
      #expect(
        Self.agrees(name, input: input, ours: value, numpy: numpy) || (value.isNaN && numpy.isNaN),
        "\(name)(0x\(row[0]))")
      if value.isNaN && expected.isNaN { continue }
      let steps = ElementaryTests.steps(from: expected, to: value)
      if steps != 0 { notCorrectlyRounded += 1 }
      let error = Swift.abs(Double(steps) - fraction)
      if (name == "sin" || name == "cos") && Swift.abs(input) >= 105_414_350 { continue }
      worst = Swift.max(worst, error)
      #expect(Swift.abs(steps) <= 1 && error <= 1, "\(name)(0x\(row[0])) = \(value), correctly rounded \(expected)")
    }
    print(
      "numpy bits \(name): \(rows.count) cases, \(notCorrectlyRounded) not correctly rounded, worst "
        + "\(String(format: "%.3f", worst)) ulp")
  }

  /// The rest of issue 11's list, as the array operations compute them: SVML's sinh, tan, arcsin, arccos, arctan,
  /// `**` and arctan2 and glibc's hypot (which NumPy calls for every layout). Each mpmath fixture input gives NumPy's
  /// bits, within 1 ulp of the exact value, unless docbuild refuses it (tan of |x| > 65536, arctan2 of an argument
  /// below 2^-1020 or from 2^993, SVML's algorithms there not reproduced), counted apart. Prints each score.
  @Test(arguments: ["sinh", "tan", "asin", "acos", "atan", "pow", "hypot", "atan2"])
  func arrayKernelsWithinOneUlpOfExact(_ name: String) throws {
    let rows = try #require(try ElementaryTests.file.get().functions[name])
    let unary: [String: ([Double]) throws -> [Double]] = [
      "sinh": NumpyElementary.sinh, "tan": NumpyElementary.tan, "asin": NumpyElementary.asin,
      "acos": NumpyElementary.acos, "atan": NumpyElementary.atan,
    ]
    let binary: [String: (Double, Double) throws -> Double] = [
      "pow": { NumpyElementary.power([$0], [$1])[0] }, "hypot": GlibcMath.hypot,
      "atan2": { try NumpyElementary.atan2([$0], [$1])[0] },
    ]
    let compute: ([Double]) throws -> Double
    if let function = unary[name] {
      compute = { try function($0)[0] }
    } else {
      let function = try #require(binary[name])
      compute = { try function($0[0], $0[1]) }
    }
    var worst = 0.0
    var notCorrectlyRounded = 0
    var refused = 0
    for row in rows {
      let inputs = row.dropLast(3).map(ElementaryTests.double)
      let expected = ElementaryTests.double(row[row.count - 3])
      let fraction = try #require(Double(row[row.count - 2]))
      let numpy = ElementaryTests.double(row[row.count - 1])
      let value: Double
      do {
        value = try compute(inputs)
      } catch is TensorError {
        refused += 1
        #expect(Self.documentedRefusal(name, inputs), "\(name)\(inputs) refused")
        continue
      }
      let label = "\(name)(\(row.dropLast(3).map { "0x" + $0 }.joined(separator: ", ")))"
      #expect(
        Self.agrees(name == "pow" ? "power" : name, input: inputs[0], ours: value, numpy: numpy)
          || (value.isNaN && numpy.isNaN), "\(label) = \(value), NumPy \(numpy)")
      if value.isNaN && expected.isNaN { continue }
      let steps = ElementaryTests.steps(from: expected, to: value)
      if steps != 0 { notCorrectlyRounded += 1 }
      let error = Swift.abs(Double(steps) - fraction)
      worst = Swift.max(worst, error)
      #expect(Swift.abs(steps) <= 1 && error <= 1, "\(label) = \(value), correctly rounded \(expected)")
    }
    print(
      "numpy bits \(name): \(rows.count) cases, \(refused) refused, \(notCorrectlyRounded) not correctly rounded, "
        + "worst \(String(format: "%.3f", worst)) ulp")
  }

  /// Whether docbuild's documented limits refuse `name` of `inputs`: tan of a finite |x| beyond 65536, arctan2 with a
  /// finite argument other than zero below 2^-1020 or from 2^993 in magnitude.
  static func documentedRefusal(_ name: String, _ inputs: [Double]) -> Bool {
    switch name {
    case "tan": return inputs[0].isFinite && Swift.abs(inputs[0]) > 65536
    case "atan2":
      return inputs.contains { $0.isFinite && $0 != 0 && (Swift.abs($0) < 0x1p-1020 || Swift.abs($0) >= 0x1p993) }
    default: return false
    }
  }

  /// `np.tanh` of an array, of a scalar, and tanh's gradient, which uses tanh's output, all go through NumPy's tanh.
  @Test func tanhIsRoutedThroughNumPysAlgorithm() throws {
    let rows = try #require(try Self.file.get().functions["tanh"])
    let finite = rows.filter { ElementaryTests.double($0[0]).isFinite }.prefix(500)
    let inputs = finite.map { ElementaryTests.double($0[0]) }
    let expected = finite.map { ElementaryTests.double($0[1]).bitPattern }
    let array = try Tensor(shape: [inputs.count], storage: .float64(inputs)).tanh()
    #expect(array.doubles.map(\.bitPattern) == expected)
    // np.tanh(0.6) prints 0.5370495669980352 in NumPy 2.4.6; the correctly rounded value is 0.5370495669980353.
    let scalar = try Tensor(shape: [], storage: .float64([0.6]), isScalar: true).tanh()
    #expect(scalar.doubles == [0.5370495669980352])
    #expect(Elementary.tanh(0.6) == 0.5370495669980353)
    // d tanh / dx = 1 - tanh(x)^2, from NumPy's tanh(0.6), not the correctly rounded one.
    let x = Tensor(shape: [], storage: .float64([0.6]), isScalar: true)
    let slope = try gradient(of: x.tanh(), withRespectTo: x).value.doubles
    let y = 0.5370495669980352
    #expect(slope == [1 - y * y])
    #expect(1 - y * y != 1 - 0.5370495669980353 * 0.5370495669980353)
  }

  /// `np.exp` of an array and of a scalar, and exp's gradient (its output), go through NumPy's exp.
  @Test func expIsRoutedThroughNumPysAlgorithm() throws {
    let rows = try #require(try Self.file.get().functions["exp"])
    let accepted = rows.prefix(2000).filter { !NumpyElementary.exp2Refuses(ElementaryTests.double($0[0])) }
    let inputs = accepted.map { ElementaryTests.double($0[0]) }
    let expected = accepted.map { ElementaryTests.double($0[1]).bitPattern }
    let array = try Tensor(shape: [inputs.count], storage: .float64(inputs)).exp()
    #expect(array.doubles.map(\.bitPattern) == expected)
    // np.exp(0.45) prints 1.5683121854901687 in NumPy 2.4.6; the correctly rounded value is 1.568312185490169.
    let x = Tensor(shape: [], storage: .float64([0.45]), isScalar: true)
    #expect(try x.exp().doubles == [1.5683121854901687])
    #expect(Elementary.exp(0.45) == 1.568312185490169)
    #expect(try gradient(of: x.exp(), withRespectTo: x).value.doubles == [1.5683121854901687])
  }

  /// `np.log` goes through NumPy's log; log's gradient is g / x and does not use it.
  @Test func logIsRoutedThroughNumPysAlgorithm() throws {
    let rows = try #require(try Self.file.get().functions["log"])
    let accepted = rows.prefix(2000).filter { !NumpyElementary.exp2Refuses(ElementaryTests.double($0[0])) }
    let inputs = accepted.map { ElementaryTests.double($0[0]) }
    let expected = accepted.map { ElementaryTests.double($0[1]).bitPattern }
    let array = try Tensor(shape: [inputs.count], storage: .float64(inputs)).log()
    #expect(array.doubles.map(\.bitPattern) == expected)
    // np.log(1.05) prints 0.04879016416943204 in NumPy 2.4.6; the correctly rounded value is 0.04879016416943205.
    let x = Tensor(shape: [], storage: .float64([1.05]), isScalar: true)
    #expect(try x.log().doubles == [0.04879016416943204])
    #expect(Elementary.log(1.05) == 0.04879016416943205)
  }
}
