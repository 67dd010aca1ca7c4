import Testing

@testable import TensorCore

/// Gradients whose values follow from the chain rule by hand.
struct GradientClosedFormTests {
  @Test func biasGradientSumsUpstreamOverTheBatch() throws {
    let x = try Tensor.arange(.int(0), .int(12)).astype(.float64).reshape([4, 3])
    let b = try Tensor.array(.list([.scalar(.double(1)), .scalar(.double(2)), .scalar(.double(3))]))
    let z = try x + b
    let upstream = try Tensor.arange(.double(0), .double(12)).reshape([4, 3])
    let g = try gradient(of: z, withRespectTo: b, upstream: upstream)
    #expect(g.value.shape == [3])
    #expect(g.value.doubles == [18, 22, 26])
    #expect(g.summedAxes == [0])
  }

  @Test func weightGradientIsXTransposeTimesUpstream() throws {
    let x = try Tensor.arange(.int(0), .int(6)).astype(.float64).reshape([3, 2])
    let w = try Tensor.arange(.int(1), .int(5)).astype(.float64).reshape([2, 2])
    let y = try x.matmul(w)
    let upstream = try Tensor.ones([3, 2])
    let g = try gradient(of: y, withRespectTo: w, upstream: upstream)
    // Xᵀ G: column sums of X in each column: [0+2+4, 1+3+5].
    #expect(g.value.doubles == [6, 6, 9, 9])
  }

  @Test func unrelatedValueHasZeroGradient() throws {
    let x = try Tensor.ones([2])
    let unrelated = try Tensor.ones([3])
    let y = try (x * x).sum()
    #expect(try gradient(of: y, withRespectTo: unrelated).value.doubles == [0, 0, 0])
    #expect(try gradient(of: y, withRespectTo: x).value.doubles == [2, 2])
  }

  @Test func intermediateValue() throws {
    let x = try Tensor.ones([2])
    let z = try x * Tensor(3.0)
    let y = try (z * z).sum()
    #expect(try gradient(of: y, withRespectTo: z).value.doubles == [6, 6])
    #expect(try gradient(of: y, withRespectTo: x).value.doubles == [18, 18])
  }

  @Test func nonScalarYNeedsUpstream() throws {
    let x = try Tensor.ones([2])
    #expect(throws: TensorError.self) { try gradient(of: x * x, withRespectTo: x) }
    #expect(throws: TensorError.self) { try gradient(of: x.sum(), withRespectTo: Tensor.arange(.int(0), .int(2))) }
  }

  @Test func maxSharesTheGradientAmongTies() throws {
    let x = try Tensor.array(.list([.scalar(.double(1)), .scalar(.double(3)), .scalar(.double(3))]))
    let g = try gradient(of: x.max(), withRespectTo: x).value
    #expect(g.doubles == [0, 0.5, 0.5])
    // Central differences see the same split: nudging one tied maximum moves the max by half on average.
    #expect(
      try numericalGradient(of: x.max(), withRespectTo: x).doubles.map { ($0 * 1e6).rounded() / 1e6 } == [0, 0.5, 0.5])
  }

  @Test func maximumSplitsATieEvenly() throws {
    let x = try Tensor.array(.list([.scalar(.double(2)), .scalar(.double(5))]))
    let y = try Tensor.array(.list([.scalar(.double(2)), .scalar(.double(1))]))
    let loss = try Tensor.maximum(x, y).sum()
    #expect(try gradient(of: loss, withRespectTo: x).value.doubles == [0.5, 1])
    #expect(try gradient(of: loss, withRespectTo: y).value.doubles == [0.5, 0])
  }
}
