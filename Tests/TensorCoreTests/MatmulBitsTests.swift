import Foundation
import Testing

@testable import TensorCore

/// Matrix products carry NumPy's bits (the summation order of the OpenBLAS kernels it calls), replayed from
/// `Fixtures/matmul_bits.json`, which `Fixtures/make_matmul_bits_fixtures.py` writes from NumPy.
struct MatmulBitsTests {
  /// The fixture's pools: `(u / 2^31 - 1) * 2^(v mod 13 - 6)` with `u = ((i + 1) * seed + 40503) mod 2^32` and
  /// `v = u >> 7`, exact in float64.
  static func pool(_ count: Int, _ seed: UInt64) -> [Double] {
    (0..<count).map { i in
      let u = (UInt64(i + 1) &* seed &+ 40503) & 0xFFFF_FFFF
      let exponent = Int((u >> 7) % 13) - 6
      return (Double(u) / 2_147_483_648.0 - 1.0) * Double(sign: .plus, exponent: exponent, significand: 1)
    }
  }

  /// One fixture row: the kind of product, its outer extent, its inner extents and the digest of the results.
  struct Row {
    var kind: String
    var outer: Int
    var inners: [Int]
    var digest: UInt64
  }

  static func rows() throws -> [Row] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/matmul_bits.json")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let rows = try #require(root["rows"] as? [[Any]])
    return try rows.map { row in
      let kind = try #require(row[0] as? String)
      let outer = try #require(row[1] as? Int)
      let inner = row[2] as? Int
      let inners = row[2] as? String == "1-130" ? Array(1...130) : [try #require(inner)]
      let hex = try #require(row[3] as? String)
      let digest = try #require(UInt64(hex, radix: 16))
      return Row(kind: kind, outer: outer, inners: inners, digest: digest)
    }
  }

  /// FNV-1a 64 over the little-endian bytes of each value's bits, as the script computes it.
  static func digest(_ values: [Double]) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for value in values {
      var bits = value.bitPattern
      for _ in 0..<8 {
        hash = (hash ^ (bits & 0xFF)) &* 0x100_0000_01B3
        bits >>= 8
      }
    }
    return hash
  }

  /// The product a row describes, through the same entry points snippets and gradients use.
  static func product(_ kind: String, outer: Int, inner: Int, matrices: [Double], vectors: [Double]) throws
    -> [Double]
  {
    let data = Array(matrices[0..<(outer * inner)])
    let x = Tensor(shape: [inner], storage: .float64(Array(vectors[0..<inner])))
    switch kind {
    case "mv": return try Tensor(shape: [outer, inner], storage: .float64(data)).matmul(x).doubles
    case "vm": return try x.matmul(Tensor(shape: [inner, outer], storage: .float64(data))).doubles
    case "mtv":
      // A.T @ x with A stored (inner, outer): the transposed operand a gradient's `a.T @ g` reads in place.
      let stored = Tensor(shape: [inner, outer], storage: .float64(data))
      return try MatrixProduct.evaluate(stored, x, transposeA: true).doubles
    default:
      let stored = Tensor(shape: [outer, inner], storage: .float64(data))
      return try MatrixProduct.evaluate(x, stored, transposeB: true).doubles
    }
  }

  @Test func matrixVectorProductsAreNumPysToTheBit() throws {
    let rows = try Self.rows()
    #expect(rows.count == 580)
    let largest = rows.map { row in row.outer * row.inners.max()! }.max()!
    let matrices = Self.pool(largest, 2_654_435_761)
    let vectors = Self.pool(rows.map { $0.inners.max()! }.max()!, 2_246_822_519)
    var differing: [String] = []
    for row in rows {
      var results: [Double] = []
      for inner in row.inners {
        results += try Self.product(row.kind, outer: row.outer, inner: inner, matrices: matrices, vectors: vectors)
      }
      if Self.digest(results) != row.digest { differing.append("\(row.kind) \(row.outer)×\(row.inners.last!)") }
    }
    #expect(differing.isEmpty, "products whose bits differ from NumPy's: \(differing)")
  }

  /// Every code path (AVX2 or portable) gives the same bits.
  @Test func matrixVectorPathsAgree() throws {
    let matrices = Self.pool(300 * 37, 2_654_435_761)
    let vectors = Self.pool(2051, 2_246_822_519)
    for (outer, inner) in [(37, 300), (300, 37), (5, 2051)] where outer * inner <= matrices.count {
      for kind in ["mv", "vm", "mtv", "vmt"] {
        let automatic = try Self.product(kind, outer: outer, inner: inner, matrices: matrices, vectors: vectors)
        let portable = try MatrixProductPath.withPortablePath {
          try Self.product(kind, outer: outer, inner: inner, matrices: matrices, vectors: vectors)
        }
        #expect(automatic.map(\.bitPattern) == portable.map(\.bitPattern), "\(kind) \(outer)×\(inner)")
      }
    }
  }
}
