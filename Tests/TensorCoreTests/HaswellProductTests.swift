import Foundation
import Synchronization
import Testing

@testable import TensorCore

/// Float64 products under OpenBLAS's AVX2 ("Haswell") kernel orders carry NumPy's bits there, replayed from
/// `Fixtures/haswell_products.json`, which `Fixtures/make_haswell_product_fixtures.py` records from NumPy run with
/// `OPENBLAS_CORETYPE=Haswell`; the choice is the thread's and the default stays the SkylakeX order.
struct HaswellProductTests {
  /// One fixture row: the kind of product, its extents and the digest of its results.
  struct Row: CustomTestStringConvertible {
    var kind: String
    var n: Int
    var k: Int
    var m: Int
    var digest: UInt64
    var testDescription: String { "\(kind) \(n)×\(k)×\(m)" }
  }

  static func rows(_ key: String = "rows") throws -> [Row] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/haswell_products.json")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let rows = try #require(root[key] as? [[Any]])
    return try rows.map { row in
      let hex = try #require(row[4] as? String)
      return Row(
        kind: try #require(row[0] as? String), n: try #require(row[1] as? Int), k: try #require(row[2] as? Int),
        m: try #require(row[3] as? Int), digest: try #require(UInt64(hex, radix: 16)))
    }
  }

  static let matrices = MatmulBitsTests.pool(200 * 600, 2_654_435_761)
  static let vectors = MatmulBitsTests.pool(2000 * 700, 2_246_822_519)

  static func tensor(_ pool: [Double], _ shape: [Int]) -> Tensor {
    Tensor(shape: shape, storage: .float64(Array(pool[0..<shape.reduce(1, *)])))
  }

  /// The product a row describes, through the entry points snippets use.
  static func product(_ row: Row) throws -> [Double] {
    let (n, k, m) = (row.n, row.k, row.m)
    switch row.kind {
    case "dot": return try tensor(matrices, [k]).matmul(tensor(vectors, [k])).doubles
    case "vm": return try tensor(vectors, [k]).matmul(tensor(matrices, [k, m])).doubles
    case "mtv": return try tensor(matrices, [k, m]).transpose().matmul(tensor(vectors, [k])).doubles
    case "mm": return try tensor(matrices, [n, k]).matmul(tensor(vectors, [k, m])).doubles
    case "mtm": return try tensor(matrices, [k, n]).transpose().matmul(tensor(vectors, [k, m])).doubles
    default: return try tensor(matrices, [n, k]).matmul(tensor(vectors, [m, k]).transpose()).doubles
    }
  }

  @Test func haswellOrdersGiveNumpysBits() throws {
    let rows = try Self.rows()
    #expect(rows.count > 1500)
    var differFromSkylake = 0
    for row in rows {
      let (haswell, sensitive) = try ProductKernels.run(with: .haswell) { try Self.product(row) }
      #expect(MatmulBitsTests.digest(haswell) == row.digest, "\(row.testDescription)")
      #expect(sensitive == (row.k > 1), "\(row.testDescription)")
      if try MatmulBitsTests.digest(Self.product(row)) != row.digest { differFromSkylake += 1 }
    }
    // The fixture discriminates: most of its products come out otherwise in the default order.
    #expect(differFromSkylake > rows.count / 2)
  }

  /// `X.T @ B` past 100^3 multiply-adds with k past 384 sums k in the SkylakeX threaded driver's blocks, as `A @ B`
  /// does (it took one chain over all of k before), in the default order; NumPy's bits from the same script.
  @Test func transposedLeftOperandsPastTheSmallKernelSumInBlocks() throws {
    let rows = try Self.rows("skylakex_rows")
    #expect(rows.count == 8)
    for row in rows {
      #expect(try MatmulBitsTests.digest(Self.product(row)) == row.digest, "\(row.testDescription)")
    }
  }

  @Test func theChoiceIsTheThreadsAndNestsAndRestores() throws {
    let v = Self.tensor(Self.matrices, [8])
    let w = Self.tensor(Self.vectors, [8])
    let skylake = try v.matmul(w).doubles[0]
    let (inner, outer) = try ProductKernels.run(with: .haswell) { () throws -> (Double, Double) in
      let inner = try ProductKernels.run(with: .skylakeX) { try v.matmul(w).doubles[0] }.result
      return (inner, try v.matmul(w).doubles[0])
    }.result
    #expect(inner == skylake)
    #expect(outer != skylake)
    #expect(try v.matmul(w).doubles[0] == skylake)
    // Another thread meanwhile keeps its own default.
    let other = try ProductKernels.run(with: .haswell) { () throws -> Double in
      let box = Mutex<Double?>(nil)
      let thread = Thread { box.withLock { $0 = try? v.matmul(w).doubles[0] } }
      thread.start()
      while box.withLock({ $0 }) == nil { Thread.sleep(forTimeInterval: 0.001) }
      return try #require(box.withLock { $0 })
    }.result
    #expect(other == skylake)
  }
}
