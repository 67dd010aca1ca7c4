import Testing

@testable import TensorCore

/// NumPy's legacy RandomState replayed from NumPy's own output.
@Suite struct RandomTests {
  @Test func fixtureLoads() throws {
    let file = try RandomFixtures.file.get()
    #expect(file.sequences.count >= 20)
    #expect(!file.errors.isEmpty)
  }

  @Test(arguments: RandomFixtures.sequences)
  func sequenceMatchesNumPy(_ sequence: RandomSequence) throws {
    var state = try RandomState(seed: sequence.seed)
    for (step, call) in sequence.ops.enumerated() {
      if call.kind == "seed" {
        try state.seed(try #require(call.seed))
        continue
      }
      let shape = try #require(call.shape)
      let expected = try #require(call.values).map { Double($0)?.bitPattern }
      let actual: [Double]
      switch (call.kind, shape.isEmpty) {
      case ("rand", true): actual = [state.rand()]
      case ("randn", true): actual = [state.randn()]
      case ("rand", false): actual = try Self.values(of: state.rand(shape: shape), shape: shape)
      case ("randn", false): actual = try Self.values(of: state.randn(shape: shape), shape: shape)
      default:
        Issue.record("unknown call \(call.kind)")
        return
      }
      #expect(actual.map(\.bitPattern) == expected, "step \(step): \(call.kind)\(shape)")
    }
  }

  @Test(arguments: RandomFixtures.errors)
  func errorMatchesNumPy(_ fixture: RandomErrorCase) throws {
    var state = RandomState()
    #expect(
      performing: {
        switch fixture.call {
        case "seed": try state.seed(fixture.args[0])
        case "rand": _ = try state.rand(shape: fixture.args)
        default: _ = try state.randn(shape: fixture.args)
        }
      },
      throws: { error in
        (error as? RandomError)?.description == fixture.error
      })
  }

  @Test func defaultStateIsSeedZero() throws {
    var unseeded = RandomState()
    var seeded = try RandomState(seed: 0)
    #expect(unseeded.rand().bitPattern == seeded.rand().bitPattern)
  }

  @Test func emptyShapeWithinTheLimitIsAllowed() throws {
    var state = RandomState()
    let tensor = try state.rand(shape: [1 << 24, 0])
    #expect(tensor.shape == [1 << 24, 0])
  }

  @Test func hugeShapeIsRefused() {
    var state = RandomState()
    #expect(throws: Shape.tooLarge([1 << 20, 1 << 20])) {
      try state.randn(shape: [1 << 20, 1 << 20])
    }
    // A zero extent does not lift the limit on the others.
    #expect(throws: Shape.tooLarge([1 << 40, 0])) { try state.rand(shape: [1 << 40, 0]) }
  }

  private static func values(of tensor: Tensor, shape: [Int]) throws -> [Double] {
    #expect(tensor.shape == shape)
    #expect(!tensor.isScalar)
    guard case .float64(let values) = tensor.storage else {
      Issue.record("expected float64 storage")
      return []
    }
    return values
  }
}
