import Foundation
import Testing

@testable import TensorCore

/// Vector · vector products carry NumPy's bits (its OpenBLAS ddot's summation order), replayed from
/// `Fixtures/vector_dot.json`, which `Fixtures/make_vector_dot_fixtures.py` writes from NumPy.
struct VectorDotTests {
  /// The fixture's vectors: `u / 2^31 - 1` with `u = ((i + 1) * multiplier + n * 40503) mod 2^32`, exact in float64.
  static func vector(_ n: Int, _ multiplier: UInt64) -> [Double] {
    (0..<n).map { i in
      let u = (UInt64(i + 1) &* multiplier &+ UInt64(n * 40503)) & 0xFFFF_FFFF
      return Double(u) / 2_147_483_648.0 - 1.0
    }
  }

  static func rows() throws -> [(n: Int, bits: UInt64)] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/vector_dot.json")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let rows = try #require(root["rows"] as? [[Any]])
    return try rows.map { row in
      let n = try #require(row[0] as? Int)
      let hex = try #require(row[1] as? String)
      let bits = try #require(UInt64(hex, radix: 16))
      return (n, bits)
    }
  }

  @Test func dotOfVectorsIsNumPysToTheBit() throws {
    let rows = try Self.rows()
    #expect(rows.count == 305)
    var differing: [Int] = []
    for (n, bits) in rows {
      let x = Tensor(shape: [n], storage: .float64(Self.vector(n, 2_654_435_761)))
      let y = Tensor(shape: [n], storage: .float64(Self.vector(n, 2_246_822_519)))
      let products = [try x.dot(y), try x.matmul(y), try x.reshape([1, n]).matmul(y.reshape([n, 1]))]
      for product in products where product.doubles.first?.bitPattern != bits { differing.append(n) }
    }
    #expect(differing.isEmpty, "lengths whose product differs from NumPy's: \(differing)")
  }
}
