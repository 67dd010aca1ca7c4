import Testing

@testable import TensorCore

/// The backward pass's walk over graphs past the size it scans (16 nodes) and with more targets than it compares
/// one by one (8): gradients from the chain rule by hand, every value exact in float64.
struct GradientWalkTests {
  @Test func longGraphWithASharedInput() throws {
    let x = try Tensor.array(.list([.scalar(.double(1)), .scalar(.double(2)), .scalar(.double(-3))]))
    // t = 41 x after forty additions, each reading x again; y = sum(t * x) = 41 sum(x^2), so dy/dx = 82 x.
    var t = x
    for _ in 0..<40 { t = try t + x }
    let y = try (t * x).sum()
    #expect(try gradient(of: y, withRespectTo: x).value.doubles == [82, 164, -246])
    // An intermediate past the scanned nodes is found too: dy/dt = x.
    #expect(try gradient(of: y, withRespectTo: t).value.doubles == [1, 2, -3])
  }

  @Test func manyTargetsInOnePass() throws {
    // y = sum_i i * x_i over ten targets (and one the pass never reaches), so dy/dx_i = i.
    let xs = try (0..<10).map { _ in try Tensor.ones([2]) }
    var y = try (xs[0] * Tensor(0.0)).sum()
    for (i, x) in xs.enumerated().dropFirst() { y = try y + (x * Tensor(Double(i))).sum() }
    let unrelated = try Tensor.ones([3])
    let grads = try gradients(of: y, withRespectTo: xs + [unrelated])
    for i in 0..<10 { #expect(grads[i].value.doubles == [Double(i), Double(i)]) }
    #expect(grads[10].value.doubles == [0, 0, 0])
  }
}
