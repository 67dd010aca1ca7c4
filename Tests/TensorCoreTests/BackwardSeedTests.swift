import Testing

@testable import TensorCore

/// The seed of 1 a backward pass of a one-element y starts from is kept in the buffers for the next pass
/// (`BackwardBuffers.seed`) only while nothing else holds it: a VJP handed the very seed (the interpreter hands a
/// snippet's VJP a detached copy, but a core caller need not) keeps its own array, never the next pass's.
@Suite struct BackwardSeedTests {
  /// y = primitive(x) of shape (1,), whose VJP doubles g: ∂y/∂x is 2.
  private static func primitiveGraph() -> (x: Tensor, y: Tensor) {
    let x = Tensor(shape: [1], storage: .float64([3]))
    let y = Tensor.recordPrimitive(
      CustomPrimitive(id: 0), inputs: [x], output: Tensor(shape: [1], storage: .float64([6])))
    return (x, y)
  }

  @Test func seedHeldByAVJPIsNotReused() throws {
    let (x, y) = Self.primitiveGraph()
    var buffers = BackwardBuffers()
    var held: [Tensor] = []
    for _ in 0..<3 {
      let gradient = try TensorCore.gradient(of: y, withRespectTo: x, buffers: &buffers) { _, _, _, g, _ in
        held.append(g)
        return [try g.multiplying(Tensor(2.0))]
      }
      #expect(gradient.value.doubles == [2])
    }
    #expect(held.count == 3)
    #expect(!held[0].holdsSameParts(as: held[1]))
    #expect(!held[1].holdsSameParts(as: held[2]))
    #expect(held.allSatisfy { $0.doubles == [1] && $0.node == nil })
  }

  /// A pass whose seed nothing kept leaves it in the buffers, and the next pass starts from it unchanged.
  @Test func unheldSeedIsKeptAndGivesTheSameGradient() throws {
    let (x, y) = Self.primitiveGraph()
    var buffers = BackwardBuffers()
    for _ in 0..<2 {
      let gradient = try TensorCore.gradient(of: y, withRespectTo: x, buffers: &buffers) { _, _, _, g, _ in
        [try g.multiplying(Tensor(2.0))]
      }
      #expect(gradient.value.doubles == [2])
      #expect(buffers.seed?.doubles == [1])
    }
  }
}
