import TestSupport
import Testing

@testable import TensorCore

/// The everyday functions' gradients (issue 10, sixth round) against central finite differences on random shapes,
/// with the same harness and seeds as `GradientPropertyTests`: `diff`, `cumprod`, `roll`, `tril`/`triu`, the axis
/// moves, `tensordot`, `kron`, `average`, `take`, `pad`, the splits, `ptp`, the NaN-skipping reductions, `gradient`,
/// `trapezoid`, `cross` and `logaddexp`, several of which autograd 1.9 gives no gradient for.
struct EverydayGradientTests {
  typealias Case = GradientPropertyTests.Case

  static func shape(_ random: inout SplitMix64, minimumRank: Int = 1) -> [Int] {
    GradientPropertyTests.randomShape(&random, minimumRank: minimumRank)
  }

  /// A random axis of `x`, negative half the time.
  static func axis(_ x: Tensor, _ random: inout SplitMix64) -> Int {
    Int(random.next() % UInt64(x.ndim)) - x.ndim * Int(random.next() % 2)
  }

  static let cases: [Case] = [
    Case(name: "diff", shapes: { random in [shape(&random)] }) { inputs, random in
      let x = inputs[0]
      return try x.difference(order: 1 + Int(random.next() % 2), axis: axis(x, &random), prepend: nil, append: nil)
    },
    Case(name: "diff with prepend and append", shapes: { random in [shape(&random)] }) { inputs, random in
      let x = inputs[0]
      return try x.difference(order: 1, axis: -1, prepend: x.sliced(x.ndim - 1, 0, 1), append: Tensor(2.5))
    },
    Case(name: "cumprod", shapes: { random in [GradientPropertyTests.randomShape(&random)] }) { inputs, random in
      let x = inputs[0]
      return try x.cumulativeProduct(axis: x.ndim > 0 && random.next() % 2 == 0 ? axis(x, &random) : nil)
    },
    Case(name: "roll", shapes: { random in [shape(&random)] }) { inputs, random in
      let x = inputs[0]
      let shift = Int(random.next() % 7) - 3
      return try x.rolled([shift], axes: random.next() % 2 == 0 ? nil : [axis(x, &random)])
    },
    Case(name: "tril and triu", shapes: { random in [shape(&random, minimumRank: 2)] }) { inputs, random in
      let k = Int(random.next() % 5) - 2
      return try inputs[0].triangle(k: k, upper: random.next() % 2 == 0)
    },
    Case(name: "swapaxes, moveaxis, rot90", shapes: { _ in [[2, 3, 4]] }) { inputs, random in
      let x = inputs[0]
      return try x.swappingAxes(0, -1).movingAxes(from: [0], to: [2]).rotated90(Int(random.next() % 4), axes: (0, 1))
    },
    Case(name: "tensordot", shapes: { random in [[2, 3, 1 + Int(random.next() % 3)], [3, 2]] }) { inputs, _ in
      try Tensor.tensordot(inputs[0], inputs[1], axesA: [1, 0], axesB: [0, 1])
    },
    Case(name: "kron", shapes: { random in [shape(&random), shape(&random)] }) { inputs, _ in
      try Tensor.kron(inputs[0], inputs[1])
    },
    Case(name: "average", shapes: { random in [[3, 1 + Int(random.next() % 4)], [3], [3, 1]] }) { inputs, random in
      let weights = try inputs[1].abs() + Tensor(0.5)
      let (average, scale) = try Tensor.average(
        inputs[0], axes: [0], weights: weights, keepdims: random.next() % 2 == 0)
      let (plain, _) = try Tensor.average(inputs[0], axes: nil, weights: nil, keepdims: false)
      let (full, _) = try Tensor.average(
        inputs[0], axes: nil, weights: inputs[0] * Tensor(0.0) + inputs[2].square(), keepdims: false)
      return try average + scale + plain + full
    },
    Case(name: "take", shapes: { random in [shape(&random)] }) { inputs, random in
      let x = inputs[0]
      let picks = (0..<4).map { _ in Int(random.next() % UInt64(x.size)) }
      return try x.taking(picks, shape: [2, 2], axis: nil, mode: "raise")
    },
    Case(name: "pad", shapes: { random in [shape(&random)] }) { inputs, random in
      let x = inputs[0]
      let mode = PadMode.allCases[Int(random.next() % UInt64(PadMode.allCases.count))]
      let widths = x.shape.map { _ in (Int(random.next() % 3), Int(random.next() % 4)) }
      return try x.padded(widths, mode: mode, constants: nil)
    },
    Case(name: "array_split", shapes: { random in [shape(&random)] }) { inputs, random in
      let x = inputs[0]
      let parts = try x.splitting(at: [0, 1, x.shape[0]], axis: 0)
      return try parts[Int(random.next() % 2)].sum() * parts[1].sum()
    },
    Case(name: "ptp", shapes: { random in [shape(&random)] }) { inputs, random in
      try inputs[0].peakToPeak(axis: random.next() % 2 == 0 ? .all : .one(0), keepdims: random.next() % 2 == 0)
    },
    Case(name: "nan reductions", shapes: { random in [[2 + Int(random.next() % 3), 1 + Int(random.next() % 3)]] }) {
      inputs, random in
      // A NaN elsewhere in the graph must not leak into the gradient of the real elements.
      let x = try Tensor.concatenate(
        [
          inputs[0],
          Tensor(
            shape: [1, inputs[0].shape[1]],
            storage: .float64(
              [Double](repeating: .nan, count: inputs[0].shape[1]))),
        ], axis: 0)
      let axes: Axes = random.next() % 2 == 0 ? .all : .one(0)
      return try x.replacingNaN(0).sum(axis: axes) + x.nanMean(axis: axes, keepdims: false)
        + x.nanVariance(axis: axes, ddof: 0, keepdims: false) + x.nanExtreme(maximum: true, axis: axes, keepdims: false)
        + x.nanExtreme(maximum: false, axis: axes, keepdims: false)
    },
    Case(name: "np.gradient", shapes: { random in [[3 + Int(random.next() % 3), 2]] }) { inputs, random in
      let x = inputs[0]
      let edge = 1 + Int(random.next() % 2)
      let spaced = try x.numericalGradient(axis: 0, spacing: 0.5, edgeOrder: edge)
      let uneven = try x.numericalGradient(
        axis: 0,
        spacings: Tensor(shape: [x.shape[0] - 1], storage: .float64((1..<x.shape[0]).map { 0.5 + Double($0) })),
        edgeOrder: edge)
      return try spaced + uneven
    },
    Case(name: "trapezoid", shapes: { random in [shape(&random)] }) { inputs, _ in
      let x = inputs[0]
      return try Tensor.trapezoid(x, x: nil, dx: 0.25, axis: -1)
    },
    Case(name: "cross", shapes: { random in [[1 + Int(random.next() % 3), 3], [3]] }) { inputs, _ in
      try Tensor.cross(inputs[0], inputs[1])
    },
    Case(name: "float_power", shapes: GradientPropertyTests.broadcastShapes, positive: true) { inputs, _ in
      try Tensor.floatPower(inputs[0], inputs[1])
    },
    Case(name: "logaddexp", shapes: GradientPropertyTests.broadcastShapes) { inputs, random in
      try Tensor.logAddExp(inputs[0], inputs[1], base2: random.next() % 2 == 0)
    },
  ]

  @Test(arguments: cases)
  func backwardAgreesWithFiniteDifferences(_ testCase: Case) throws {
    try GradientPropertyTests().backwardAgreesWithFiniteDifferences(testCase)
  }

  /// A value the gradient is taken through must not change: the zero-valued term that carries `logaddexp`'s
  /// gradient adds exactly nothing.
  @Test func logaddexpKeepsItsValue() throws {
    let x = Tensor(shape: [3], storage: .float64([1.0, -.infinity, 1000.0]))
    let y = Tensor(shape: [3], storage: .float64([2.0, -.infinity, 1000.0]))
    let value = try Tensor.logAddExp(x, y, base2: false)
    #expect(value.doubles[0] == 2.313261687518223)
    #expect(value.doubles[1] == -.infinity)
    #expect(value.doubles[2] == 1000.6931471805599)
  }
}
