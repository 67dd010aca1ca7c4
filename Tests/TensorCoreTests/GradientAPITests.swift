import Testing

@testable import TensorCore

/// The autodiff entry points' contract: summed axes, upstream handling, intermediates and errors.
struct GradientAPITests {
  struct SummedAxesCase: Sendable, CustomTestStringConvertible {
    var xShape: [Int]
    var otherShape: [Int]
    var summed: [Int]
    var testDescription: String { "\(xShape) + \(otherShape)" }
  }

  @Test(arguments: [
    SummedAxesCase(xShape: [3], otherShape: [4, 3], summed: [0]),
    SummedAxesCase(xShape: [4, 1], otherShape: [4, 3], summed: [1]),
    SummedAxesCase(xShape: [1, 3], otherShape: [2, 4, 3], summed: [0, 1]),
    SummedAxesCase(xShape: [2, 3], otherShape: [2, 3], summed: []),
    SummedAxesCase(xShape: [], otherShape: [2], summed: [0]),
  ])
  func summedAxesNameTheBroadcastAxes(_ testCase: SummedAxesCase) throws {
    let x = try Tensor.ones(testCase.xShape)
    let other = try Tensor.ones(testCase.otherShape)
    let loss = try (x + other).sum()
    let g = try gradient(of: loss, withRespectTo: x)
    #expect(g.summedAxes == testCase.summed)
    #expect(g.value.shape == testCase.xShape)
    let broadcastCount = try (x + other).size
    #expect(g.value.doubles.reduce(0, +) == Double(broadcastCount))
  }

  @Test func gradientOfYWithRespectToItselfIsTheUpstream() throws {
    let y = try Tensor.ones([2]) * Tensor(2.0)
    let upstream = try Tensor.arange(.double(1), .double(3))
    #expect(try gradient(of: y, withRespectTo: y, upstream: upstream).value.doubles == [1, 2])
  }

  @Test func severalTargetsInOnePass() throws {
    let w = try Tensor.arange(.double(0), .double(3))
    let z = try w * Tensor(2.0)
    let loss = try (z * z).sum()
    let both = try gradients(of: loss, withRespectTo: [w, z])
    #expect(both[0].value.doubles == [0, 8, 16])
    #expect(both[1].value.doubles == [0, 4, 8])
  }

  @Test func upstreamMustHaveYsShape() throws {
    let x = try Tensor.ones([2, 3])
    #expect(throws: TensorError.self) { try gradient(of: x, withRespectTo: x, upstream: Tensor.ones([3])) }
  }

  @Test func nonFloatValuesExplainHowToBecomeFloat() throws {
    let ints = try Tensor.arange(.int(0), .int(3))
    let y = try ints.astype(.float64).sum()
    do {
      _ = try gradient(of: y, withRespectTo: ints)
      Issue.record("expected an error")
    } catch let error as TensorError {
      #expect(error.pythonType == "TypeError")
      #expect(error.message.contains(".astype(np.float64)"))
    }
  }

  @Test func nonScalarYSuggestsTheThirdArgument() throws {
    let x = try Tensor.ones([2])
    do {
      _ = try gradient(of: x * x, withRespectTo: x)
      Issue.record("expected an error")
    } catch let error as TensorError {
      #expect(error.message.contains("grad(y, x, g)"))
    }
  }

  @Test func numericalGradientOfAnIntermediate() throws {
    let x = try Tensor.arange(.double(1), .double(4))
    let z = try x.exp()
    let loss = try z.log().sum()
    let numeric = try numericalGradient(of: loss, withRespectTo: z)
    let analytic = try gradient(of: loss, withRespectTo: z).value
    #expect(try Tensor.allclose(numeric, analytic, rtol: 1e-6))
  }

  @Test func numericalGradientRefusesHugeWork() throws {
    let x = try Tensor.ones([1000, 1000])
    let loss = try (x * x).sum()
    #expect(throws: TensorError.self) { try numericalGradient(of: loss, withRespectTo: x) }
  }
}
