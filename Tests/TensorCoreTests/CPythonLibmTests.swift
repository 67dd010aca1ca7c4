import Foundation
import Testing

@testable import TensorCore

/// The contents of `Fixtures/cpython_libm.json`, written by `Fixtures/check_cpython_libm.py --fixture`: per function,
/// rows of the arguments (hex bit patterns), CPython's exception (0 none, 1 ValueError, 2 OverflowError) and result.
struct CPythonLibmFixtureFile: Decodable, Sendable {
  let python: String
  let functions: [String: [CPythonLibmRow]]
}

/// One fixture row: arguments, exception kind, result bits.
struct CPythonLibmRow: Decodable, Sendable {
  let arguments: [Double]
  let status: Int
  let result: Double

  init(arguments: [Double], status: Int, result: Double) {
    (self.arguments, self.status, self.result) = (arguments, status, result)
  }

  init(from decoder: any Decoder) throws {
    var container = try decoder.unkeyedContainer()
    arguments = try container.decode([String].self).map { ElementaryTests.double($0) }
    status = try container.decode(Int.self)
    result = ElementaryTests.double(try container.decode(String.self))
  }
}

/// docbuild's value of one of the checked `math` functions, as CPython reports it: (exception kind, result).
enum CPythonLibmCase {
  static let names = [
    "erf", "erfc", "cbrt", "exp2", "gamma", "lgamma", "asinh", "acosh", "atanh", "hypot", "dist", "fsum",
  ]

  static func evaluate(_ name: String, _ arguments: [Double]) -> (status: Int, value: Double) {
    func failure(_ kind: CPythonMath.Failure) -> (Int, Double) { (kind == .domain ? 1 : 2, 0) }
    switch name {
    case "erf": return (0, GlibcMath.erf(arguments[0]))
    case "erfc": return (0, GlibcMath.erfc(arguments[0]))
    case "cbrt": return (0, GlibcMath.cbrt(arguments[0]))
    case "exp2":
      let value = GlibcMath.exp2(arguments[0])
      return value.isInfinite && arguments[0].isFinite ? (2, 0) : (0, value)
    case "gamma":
      do { return (0, try CPythonMath.gamma(arguments[0])) } catch { return failure(error) }
    case "lgamma":
      do { return (0, try CPythonMath.lgamma(arguments[0])) } catch { return failure(error) }
    case "asinh", "acosh", "atanh":
      let x = arguments[0]
      let value = name == "asinh" ? GlibcMath.asinh(x) : name == "acosh" ? GlibcMath.acosh(x) : GlibcMath.atanh(x)
      return (value.isNaN && !x.isNaN) || (value.isInfinite && x.isFinite) ? (1, 0) : (0, value)
    case "hypot": return (0, CPythonMath.hypot(arguments))
    case "dist":
      let half = arguments.count / 2
      return (0, CPythonMath.dist(Array(arguments[..<half]), Array(arguments[half...])))
    default:
      do { return (0, try CPythonMath.fsum(arguments)) } catch { return (error == .intermediateOverflow ? 2 : 1, 0) }
    }
  }

  /// Whether docbuild's outcome is CPython's: the same exception, or the same bits (any NaN for a NaN).
  static func matches(_ row: CPythonLibmRow, _ outcome: (status: Int, value: Double)) -> Bool {
    guard outcome.status == row.status else { return false }
    if row.status != 0 { return true }
    return outcome.value.bitPattern == row.result.bitPattern || (outcome.value.isNaN && row.result.isNaN)
  }
}

/// glibc's erf, erfc, cbrt, exp2, asinh, acosh and atanh and CPython's own gamma, lgamma, hypot, dist and fsum against CPython's results
/// on 3,000 fixture inputs each, on every machine (the proof on a million is `check_cpython_libm.py`).
@Suite struct CPythonLibmTests {
  static let file: Result<CPythonLibmFixtureFile, any Error> = Result {
    try loadFixture("cpython_libm.json", as: CPythonLibmFixtureFile.self)
  }

  @Test func fixtureCoversEveryFunction() throws {
    let file = try Self.file.get()
    #expect(file.python.hasPrefix("3.11."))
    #expect(Set(file.functions.keys) == Set(CPythonLibmCase.names))
    #expect(file.functions.values.allSatisfy { $0.count == 3000 })
    // Each kind of outcome is present, so that the comparison below can fail on each.
    let statuses = Set(file.functions.values.joined().map(\.status))
    #expect(statuses == [0, 1, 2])
  }

  @Test(arguments: CPythonLibmCase.names)
  func sameAsCPython(_ name: String) throws {
    let rows = try #require(try Self.file.get().functions[name])
    var differ = 0
    for row in rows where !CPythonLibmCase.matches(row, CPythonLibmCase.evaluate(name, row.arguments)) {
      differ += 1
      if differ <= 10 {
        let outcome = CPythonLibmCase.evaluate(name, row.arguments)
        Issue.record("\(name)\(row.arguments) = \(outcome), CPython \(row.status) \(row.result)")
      }
    }
    #expect(differ == 0, "\(differ) of \(rows.count) differ")
  }
}

/// The proof run of `Fixtures/check_cpython_libm.py`: the cases it writes to DOCBUILD_CPYTHON_LIBM_CASES (a million
/// per function), each against docbuild; skipped without that variable.
@Suite struct CPythonLibmProofTests {
  static let directory = ProcessInfo.processInfo.environment["DOCBUILD_CPYTHON_LIBM_CASES"]

  /// The records of one function's file: (argument count, arguments, status, result), little-endian.
  static func rows(_ data: Data) -> [CPythonLibmRow] {
    var rows: [CPythonLibmRow] = []
    data.withUnsafeBytes { raw in
      var offset = 0
      func word() -> UInt64 {
        defer { offset += 8 }
        return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      }
      while offset < raw.count {
        let count = Int(word())
        let arguments = (0..<count).map { _ in Double(bitPattern: word()) }
        let status = Int(word())
        rows.append(CPythonLibmRow(arguments: arguments, status: status, result: Double(bitPattern: word())))
      }
    }
    return rows
  }

  @Test(.enabled(if: directory != nil), arguments: CPythonLibmCase.names)
  func sameAsCPythonOnEveryCase(_ name: String) throws {
    let directory = try #require(Self.directory)
    let rows = Self.rows(try Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent("\(name).bin")))
    var differ = 0
    for row in rows where !CPythonLibmCase.matches(row, CPythonLibmCase.evaluate(name, row.arguments)) {
      differ += 1
      if differ <= 5 {
        let outcome = CPythonLibmCase.evaluate(name, row.arguments)
        Issue.record("\(name)\(row.arguments.map { $0.bitPattern }) = \(outcome), CPython \(row.status) \(row.result)")
      }
    }
    print("CPython math.\(name): \(differ) of \(rows.count) differ")
    #expect(rows.count > 0)
    #expect(differ == 0, "\(differ) of \(rows.count) differ")
  }
}
