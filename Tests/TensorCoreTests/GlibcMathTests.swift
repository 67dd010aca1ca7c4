import Testing

@testable import TensorCore

/// The contents of `Fixtures/glibc_math.json`, written by `Fixtures/make_glibc_math_fixtures.py`: per function, rows of
/// the input(s) and CPython's result, as hex bit patterns.
struct GlibcMathFixtureFile: Decodable, Sendable {
  let python: String
  let libc: String
  let machine: String
  let functions: [String: [[String]]]
}

/// The C library's functions as CPython gives them: each result has CPython's bits on every fixture input.
@Suite struct GlibcMathTests {
  static let file: Result<GlibcMathFixtureFile, any Error> = Result {
    try loadFixture("glibc_math.json", as: GlibcMathFixtureFile.self)
  }

  static let functions: [String: @Sendable ([Double]) -> Double] = [
    "exp": { GlibcMath.exp($0[0]) }, "expm1": { GlibcMath.expm1($0[0]) }, "tanh": { GlibcMath.tanh($0[0]) },
    "sinh": { GlibcMath.sinh($0[0]) }, "cosh": { GlibcMath.cosh($0[0]) }, "log1p": { GlibcMath.log1p($0[0]) },
    "log": { GlibcMath.log($0[0]) }, "log10": { GlibcMath.log10($0[0]) },
    "pow": { GlibcMath.pow($0[0], $0[1]) }, "sin": { GlibcMath.sin($0[0]) }, "cos": { GlibcMath.cos($0[0]) },
    "log2": { GlibcMath.log2($0[0]) }, "tan": { GlibcMath.tan($0[0]) }, "asin": { GlibcMath.asin($0[0]) },
    "acos": { GlibcMath.acos($0[0]) }, "atan": { GlibcMath.atan($0[0]) }, "atan2": { GlibcMath.atan2($0[0], $0[1]) },
    "hypot": { GlibcMath.hypot($0[0], $0[1]) },
  ]

  @Test func fixtureCoversEveryFunction() throws {
    let file = try Self.file.get()
    #expect(file.libc.hasPrefix("glibc-"))
    #expect(file.machine == "x86_64")
    #expect(Set(file.functions.keys) == Set(Self.functions.keys))
    #expect(file.functions.values.allSatisfy { $0.count > 2000 })
  }

  @Test(arguments: functions.keys.sorted())
  func sameBitsAsCPython(_ name: String) throws {
    let rows = try #require(try Self.file.get().functions[name])
    let function = try #require(Self.functions[name])
    var differ = 0
    for row in rows {
      let inputs = row.dropLast().map { ElementaryTests.double($0) }
      let value = function(inputs)
      let expected = ElementaryTests.double(row[row.count - 1])
      let same = value.bitPattern == expected.bitPattern || (value.isNaN && expected.isNaN)
      if !same {
        differ += 1
        if differ <= 10 {
          let arguments = row.dropLast().map { "0x\($0)" }.joined(separator: ", ")
          Issue.record(
            "\(name)(\(arguments)) = 0x\(String(value.bitPattern, radix: 16)), CPython 0x\(row[row.count - 1])")
        }
      }
    }
    #expect(differ == 0, "\(differ) of \(rows.count) differ")
  }
}
