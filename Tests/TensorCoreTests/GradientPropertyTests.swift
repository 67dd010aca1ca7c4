import TestSupport
import Testing

@testable import TensorCore

/// Every differentiable operation's backward rule against central finite differences, on random shapes that
/// broadcast, with a fixed seed. The loss is `sum(f(inputs) * w)` for random `w`, so the upstream gradient is not
/// all ones.
struct GradientPropertyTests {
  /// One differentiable function of some inputs, with how to draw its input shapes.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var shapes: @Sendable (inout SplitMix64) -> [[Int]]
    var positive: Bool = false
    var function: @Sendable ([Tensor], inout SplitMix64) throws -> Tensor
    var testDescription: String { name }
  }

  static let cases: [Case] =
    [
      binary("add", +), binary("subtract", -), binary("multiply", *), binary("divide", /, positive: true),
      binary("power", **, positive: true), binary("maximum", Tensor.maximum), binary("minimum", Tensor.minimum),
      unary("negate") { try -$0 }, unary("exp") { try $0.exp() }, unary("log", positive: true) { try $0.log() },
      unary("sqrt", positive: true) { try $0.sqrt() }, unary("tanh") { try $0.tanh() }, unary("abs") { try $0.abs() },
      unary("square") { try $0.square() }, unary("copy") { try $0.copy() }, unary("astype") { try $0.astype(.float64) },
      unary("flatten") { try $0.flatten() }, unary("transpose") { try $0.transpose() },
      reduction("sum") { try $0.sum(axis: $1, keepdims: $2) },
      reduction("mean") { try $0.mean(axis: $1, keepdims: $2) },
      reduction("max") { try $0.max(axis: $1, keepdims: $2) }, reduction("min") { try $0.min(axis: $1, keepdims: $2) },
      Case(name: "matmul", shapes: matmulShapes) { inputs, _ in try inputs[0].matmul(inputs[1]) },
      Case(name: "dot", shapes: matmulShapes) { inputs, _ in try inputs[0].dot(inputs[1]) },
      Case(name: "outer", shapes: { random in [randomShape(&random), randomShape(&random)] }) { inputs, _ in
        try inputs[0].outer(inputs[1])
      },
      Case(name: "reshape", shapes: { random in [randomShape(&random)] }) { inputs, _ in
        try inputs[0].reshape([-1, 1])
      },
      Case(name: "expand_dims and squeeze", shapes: { random in [randomShape(&random)] }) { inputs, random in
        try inputs[0].expandDims([Int(random.next() % UInt64(inputs[0].ndim + 1))]).squeeze()
      },
      Case(name: "broadcast_to", shapes: { random in [randomShape(&random)] }) { inputs, _ in
        try inputs[0].broadcast(to: [2] + inputs[0].shape.map { $0 == 1 ? 3 : $0 })
      },
      Case(name: "index", shapes: { random in [randomShape(&random, minimumRank: 1)] }) { inputs, random in
        let x = inputs[0]
        let items: [IndexItem] = x.shape.indices.map { axis in
          switch random.next() % 3 {
          case 0: .int(Int(random.next() % UInt64(x.shape[axis])) - x.shape[axis] * Int(random.next() % 2))
          case 1: .slice(start: nil, stop: nil, step: -1)
          default: .slice(start: 1, stop: nil, step: 2)
          }
        }
        return try x.index(items + [.newaxis])
      },
      Case(name: "np.array of arrays", shapes: { random in [randomShape(&random)].flatMap { [$0, $0] } }) { inputs, _ in
        try Tensor.array(.list([.tensor(inputs[0]), .tensor(inputs[1]), .tensor(inputs[0])]))
      },
      Case(name: "np.array of scalars", shapes: { random in [randomShape(&random), randomShape(&random)] }) {
        inputs, _ in
        try Tensor.array(.list([.tensor(inputs[0].sum()), .scalar(.double(2)), .tensor(inputs[1].max())]))
      },
      Case(name: "np.array copy", shapes: { random in [randomShape(&random)] }) { inputs, _ in
        try Tensor.array(.tensor(inputs[0]))
      },
      Case(name: "power and division by ints", shapes: { random in [randomShape(&random)] }) { inputs, _ in
        try inputs[0] ** Tensor(3) / Tensor.arange(.int(1), .int(2)) - Tensor(true)
      },
      Case(name: "affine layer", shapes: { random in [[4, 3], [3, 2], [2]] }) { inputs, _ in
        try (inputs[0].matmul(inputs[1]) + inputs[2]).tanh()
      },
      Case(name: "reused value", shapes: { random in [randomShape(&random)] }) { inputs, _ in
        let x = inputs[0]
        return try x * x.exp() + x
      },
    ] + breadthCases + linalgCases

  /// `np.linalg`'s differentiable functions, on stacks of well-conditioned matrices (x + 3 I).
  static let linalgCases: [Case] = [
    Case(name: "inv", shapes: squareShapes) { inputs, _ in try conditioned(inputs[0]).inverse() },
    Case(name: "det", shapes: squareShapes) { inputs, _ in try conditioned(inputs[0]).determinant() },
    Case(name: "slogdet", shapes: squareShapes) { inputs, _ in
      try conditioned(inputs[0]).signAndLogDeterminant().logAbs
    },
    Case(
      name: "solve vector",
      shapes: { random in
        let n = 1 + Int(random.next() % 4); return [[n, n], [n]]
      }
    ) {
      inputs, _ in try Tensor.solve(conditioned(inputs[0]), inputs[1])
    },
    Case(
      name: "solve matrices",
      shapes: { random in
        let n = 1 + Int(random.next() % 4); return [[2, n, n], [n, 3]]
      }
    ) {
      inputs, _ in try Tensor.solve(conditioned(inputs[0]), inputs[1])
    },
    Case(name: "cholesky", shapes: squareShapes) { inputs, _ in
      let x = inputs[0]
      let transposed = try x.transpose(x.ndim == 2 ? [1, 0] : [0, 2, 1])
      return try (x.matmul(transposed) + conditioned(x) - x).cholesky()
    },
    Case(name: "matrix_power", shapes: squareShapes) { inputs, _ in try conditioned(inputs[0]).matrixPower(-3) },
    Case(name: "einsum matmul", shapes: { random in [[2, 3], [3, 1 + Int(random.next() % 3)]] }) { inputs, _ in
      try Tensor.einsum("ij,jk->ik", inputs)
    },
    Case(
      name: "einsum trace and diagonal",
      shapes: { random in
        let n = 1 + Int(random.next() % 4); return [[n, n], [n]]
      }
    ) { inputs, _ in
      try Tensor.einsum("ii,i->i", inputs) + Tensor.einsum("ii", [inputs[0]])
    },
    Case(name: "einsum broadcast ellipsis", shapes: { _ in [[2, 1, 3], [4, 3], [3]] }) { inputs, _ in
      try Tensor.einsum("...i,...i,i->...", inputs)
    },
    Case(name: "einsum implicit sum", shapes: { random in [[1 + Int(random.next() % 4), 9]] }) { inputs, _ in
      try Tensor.einsum("ij->i", inputs) * Tensor.einsum("ij", inputs).sum()
    },
  ]

  /// A matrix or a stack of two, of order 1 to 4.
  static func squareShapes(_ random: inout SplitMix64) -> [[Int]] {
    let n = 1 + Int(random.next() % 4)
    return random.next() % 2 == 0 ? [[n, n]] : [[2, n, n]]
  }

  /// x + 3 I: entries of x are at most 1.5 in magnitude, so this is far from singular.
  static func conditioned(_ x: Tensor) throws -> Tensor {
    let n = x.shape[x.ndim - 1]
    return try x + Tensor.eye(n) * Tensor(3.0)
  }

  /// Issue 10's functions: the math ufuncs (inputs scaled into their domains), the binary ones, advanced indexing
  /// and the select-based functions.
  static let breadthCases: [Case] =
    [MathFunction.sin, .cos, .tan, .arctan, .sinh, .cosh, .arcsinh, .expm1, .exp2, .degrees, .radians, .reciprocal]
    .map { function in unary(function.rawValue) { try $0.apply(function) } }
    + [MathFunction.arcsin, .arccos, .arctanh].map { function in
      unary(function.rawValue) { try ($0 * Tensor(0.6)).apply(function) }
    }
    + [MathFunction.log1p, .log2, .log10].map { function in
      unary(function.rawValue, positive: true) { try $0.apply(function) }
    } + [
      unary("arccosh", positive: true) { try ($0 + Tensor(1.0)).apply(.arccosh) },
      binary("remainder", { try $0.remainder($1) }, positive: true), binary("arctan2", Tensor.arctan2),
      binary("hypot", Tensor.hypot),
      Case(name: "fancy index", shapes: { random in [randomShape(&random, minimumRank: 1)] }) { inputs, random in
        let x = inputs[0]
        let picks = (0..<5).map { _ in Int(random.next() % UInt64(x.shape[0])) - x.shape[0] * Int(random.next() % 2) }
        return try x.index([.indices(shape: [5], values: picks), .newaxis])
      },
      Case(name: "mask index", shapes: { random in [randomShape(&random, minimumRank: 1)] }) { inputs, random in
        let x = inputs[0]
        return try x.index([.mask(shape: x.shape, values: (0..<x.size).map { _ in random.next() % 2 == 0 })])
      },
      Case(name: "mixed index", shapes: { random in [[3, 4, 2]] }) { inputs, _ in
        try inputs[0].index([.indices(shape: [2], values: [2, 2]), .slice(start: nil, stop: nil, step: -1), .int(1)])
      },
      Case(name: "concatenate", shapes: { random in [[2, 3], [4, 3]] }) { inputs, _ in
        try Tensor.concatenate([inputs[0], inputs[1], inputs[0]], axis: 0)
      },
      Case(
        name: "stack",
        shapes: { random in
          let shape = randomShape(&random); return [shape, shape]
        }
      ) {
        inputs, random in
        try Tensor.stack([inputs[0], inputs[1]], axis: Int(random.next() % UInt64(inputs[0].ndim + 1)))
      },
      Case(name: "where", shapes: broadcastShapes) { inputs, _ in
        try Tensor.where(inputs[0].greater(Tensor(0.0)), inputs[0], inputs[1])
      },
      unary("clip") { try $0.clip(Tensor(-0.7), Tensor(0.9)) }, unary("flattened sort") { try $0.sorted(axis: nil) },
      unary("cumsum") { try $0.cumulativeSum(axis: nil) },
      reduction("var") { try $0.variance(axis: $1, ddof: 0, keepdims: $2) },
      // Over at least two elements: one element's deviation is 0, where the square root has no derivative.
      Case(name: "std", shapes: { random in [[2 + Int(random.next() % 3), 1 + Int(random.next() % 3)]] }) {
        inputs, random in
        try inputs[0].standardDeviation(axis: random.next() % 2 == 0 ? .all : .one(0), ddof: 0, keepdims: false)
      },
      reduction("prod") { try $0.product(axis: $1, keepdims: $2) },
      unary("tile") { try $0.tiled([2, 1]) }, unary("repeat") { try $0.repeated([3], axis: nil) },
      Case(name: "norm", shapes: { random in [randomShape(&random, minimumRank: 1)] }) { inputs, random in
        try inputs[0].norm(axis: random.next() % 2 == 0 ? .all : .one(0), keepdims: random.next() % 2 == 0)
      },
      Case(name: "diag", shapes: { random in [[1 + Int(random.next() % 4)]] }) { inputs, _ in try inputs[0].diag(1) },
    ]

  @Test(arguments: cases)
  func backwardAgreesWithFiniteDifferences(_ testCase: Case) throws {
    for trial in 0..<12 {
      var random = SplitMix64(seed: UInt64(trial) &* 7919 &+ UInt64(testCase.name.utf8.count))
      let shapes = testCase.shapes(&random)
      let inputs = shapes.map { random.tensor($0, positive: testCase.positive) }
      var functionRandom = random
      let output = try testCase.function(inputs, &functionRandom)
      let weights = random.tensor(output.shape, positive: false)
      let loss = try (output * weights).sum()
      for (position, input) in inputs.enumerated() {
        let analytic = try gradient(of: loss, withRespectTo: input).value
        let numeric = try numericalGradient(of: loss, withRespectTo: input)
        #expect(analytic.shape == input.shape)
        let close = try Tensor.allclose(analytic, numeric, rtol: 1e-4, atol: 1e-6)
        #expect(
          close,
          "\(testCase.name) trial \(trial) input \(position) \(shapes): \(analytic.doubles) vs \(numeric.doubles)")
      }
    }
  }

  static func binary(
    _ name: String, _ operation: @escaping @Sendable (Tensor, Tensor) throws -> Tensor, positive: Bool = false
  ) -> Case {
    Case(name: name, shapes: broadcastShapes, positive: positive) { inputs, _ in try operation(inputs[0], inputs[1]) }
  }

  static func unary(_ name: String, positive: Bool = false, _ operation: @escaping @Sendable (Tensor) throws -> Tensor)
    -> Case
  {
    Case(name: name, shapes: { random in [randomShape(&random)] }, positive: positive) { inputs, _ in
      try operation(inputs[0])
    }
  }

  static func reduction(_ name: String, _ operation: @escaping @Sendable (Tensor, Axes, Bool) throws -> Tensor) -> Case
  {
    Case(name: name, shapes: { random in [randomShape(&random)] }) { inputs, random in
      let ndim = inputs[0].ndim
      let axes: Axes =
        switch random.next() % 3 {
        case 0: .all
        case 1 where ndim > 0: .one(Int(random.next() % UInt64(ndim)) - ndim * Int(random.next() % 2))
        default: .many((0..<ndim).filter { _ in random.next() % 2 == 0 })
        }
      return try operation(inputs[0], axes, random.next() % 2 == 0)
    }
  }

  /// A shape of rank 0 to 3 with extents 1 to 4.
  static func randomShape(_ random: inout SplitMix64, minimumRank: Int = 0) -> [Int] {
    let rank = minimumRank + Int(random.next() % UInt64(4 - minimumRank))
    return (0..<rank).map { _ in 1 + Int(random.next() % 4) }
  }

  /// Two shapes that broadcast: a random result shape, each operand dropping leading axes or setting extents to 1.
  static func broadcastShapes(_ random: inout SplitMix64) -> [[Int]] {
    let full = randomShape(&random)
    return (0..<2).map { _ in
      let kept = Array(full.dropFirst(Int(random.next() % UInt64(full.count + 1))))
      return kept.map { random.next() % 3 == 0 ? 1 : $0 }
    }
  }

  /// Operand shapes for matmul: vectors, matrices and broadcast stacks.
  static func matmulShapes(_ random: inout SplitMix64) -> [[Int]] {
    let (n, k, m) = (1 + Int(random.next() % 3), 1 + Int(random.next() % 3), 1 + Int(random.next() % 3))
    switch random.next() % 5 {
    case 0: return [[k], [k]]
    case 1: return [[n, k], [k]]
    case 2: return [[k], [k, m]]
    case 3: return [[n, k], [k, m]]
    default: return [[2, n, k], [k, m]]
    }
  }
}

/// Random operands for the property tests, drawn from the suite's seeded generator.
extension SplitMix64 {
  /// A float64 array: values in [0.5, 2) when `positive`, else ±[0.2, 1.5) (away from 0, where abs has a kink).
  mutating func tensor(_ shape: [Int], positive: Bool) -> Tensor {
    let values = (0..<shape.reduce(1, *)).map { _ -> Double in
      if positive { return 0.5 + 1.5 * unit() }
      let magnitude = 0.2 + 1.3 * unit()
      return next() % 2 == 0 ? magnitude : -magnitude
    }
    return Tensor(shape: shape, storage: .float64(values))
  }
}
