import Testing

@testable import TensorCore

/// Chapters run in parallel (`docbuild --jobs N`), so values, graphs and the BLAS products must be safe to use from
/// several threads at once and give the same results as on one.
struct ConcurrencyTests {
  @Test func parallelProductsAndGradientsAgreeWithSerialOnes() async throws {
    let left = try Tensor.arange(.double(0), .double(65536)).reshape([256, 256]) / Tensor(65536.0)
    let right = try left.T
    func work() throws -> [Double] {
      let product = try left.matmul(right).tanh()
      let loss = try product.sum()
      return try product.doubles + gradient(of: loss, withRespectTo: left).value.doubles
    }
    let serial = try work()
    let results = try await withThrowingTaskGroup(of: [Double].self) { group in
      for _ in 0..<8 { group.addTask { try work() } }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 8)
    for result in results { #expect(result == serial) }
  }
}
