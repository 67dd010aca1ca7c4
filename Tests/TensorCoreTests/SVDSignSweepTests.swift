import Foundation
import Testing

@testable import TensorCore

/// `np.linalg.svd`'s U, S and Vh have NumPy's signs and order: 2,400 matrices from `Fixtures/svd_signs.json`, which
/// `Fixtures/make_svd_sign_fixtures.py` writes from NumPy 2.4.6 (LAPACK's dgesdd through OpenBLAS).
struct SVDSignSweepTests {
  /// One fixture matrix and NumPy's decomposition of it.
  struct Case {
    var rows: Int
    var columns: Int
    var full: Bool
    var a: [Double]
    var u: [Double]
    var s: [Double]
    var vh: [Double]
  }

  static func cases() throws -> [Case] {
    try SweepFixture.load("svd_signs.json").map { item in
      Case(
        rows: try item.value("rows"), columns: try item.value("columns"), full: try item.value("full"),
        a: try item.numbers("a"), u: try item.numbers("u"), s: try item.numbers("s"), vh: try item.numbers("vh"))
    }
  }

  @Test func signsAndOrderAreNumPys() throws {
    let all = try Self.cases()
    #expect(all.count >= 2400)
    var compared = 0
    var refused: [String] = []
    var closeCalls: [Int] = []
    for (index, item) in all.enumerated() {
      let parts: [[Double]]
      do {
        parts = try Decomposition.singularVectors(item.a, item.rows, item.columns, full: item.full)
      } catch {
        // A refusal must be one NumPy's own values justify (a zero or repeated singular value up to rounding), or
        // a step whose comparison rounding decides (counted: they must stay rare).
        let largest = item.s.first ?? 0
        let deficient = item.s.contains { $0 <= largest * 1e-9 }
        let repeated = zip(item.s, item.s.dropFirst()).contains { $0 - $1 <= largest * 1e-9 }
        let roundingDecided = "\(error)".contains("equal, or zero, up to rounding")
        #expect(
          deficient || repeated || roundingDecided, "case \(index) (\(item.rows)×\(item.columns)) refused: \(error)")
        if roundingDecided { closeCalls.append(index) }
        refused.append("\(index)")
        continue
      }
      compared += 1
      for (name, mine, numpys) in [("U", parts[0], item.u), ("S", parts[1], item.s), ("Vh", parts[2], item.vh)] {
        #expect(mine.count == numpys.count, "case \(index): \(name) has \(mine.count) entries")
        let worst =
          zip(mine, numpys).map { Swift.abs($0 - $1) / (name == "S" ? Swift.max(1, Swift.abs($1)) : 1) }
          .max() ?? 0
        #expect(
          worst <= 1e-9,
          "case \(index) (\(item.rows)×\(item.columns), full \(item.full)): \(name) differs by \(worst)")
      }
    }
    // Random matrices are rarely rank-deficient: the integer ones are, now and then.
    // The first 2,100 are random: a close call is rare there. The structured 300 (zero rows, half zeros,
    // permutations) meet exact zeros where LAPACK meets its own, and are refused as often as not.
    #expect(compared >= 2200, "only \(compared) compared; refused \(refused)")
    let randomCloseCalls = closeCalls.filter { $0 < 2100 }
    #expect(randomCloseCalls.count <= 21, "\(randomCloseCalls.count) random matrices refused: \(randomCloseCalls)")
  }
}
