import TensorCore

/// PyTorch gradcheck's default tolerances, which gradient tables are held to (the manual, docs/04-numbers.md, "Autodiff").
enum GradientCheck {
  static let absoluteTolerance = 1e-5
  static let relativeTolerance = 1e-3

  /// The largest |autodiff − numeric| and whether every element is within tolerance.
  static func compare(_ analytic: Tensor, _ numeric: Tensor) -> (maxDifference: Double, passed: Bool) {
    var largest = 0.0
    var passed = true
    for (a, n) in zip(analytic.doubles, numeric.doubles) {
      let difference = Swift.abs(a - n)
      if difference.isNaN || difference > largest { largest = difference.isNaN ? .nan : Swift.max(largest, difference) }
      if !(difference <= absoluteTolerance + relativeTolerance * Swift.abs(n)) { passed = false }
    }
    return (largest, passed)
  }
}

extension Interpreter {
  /// `grad(y, x[, g])`: ∂y/∂x, or the vector–Jacobian product with upstream gradient `g`.
  mutating func grad(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["y", "x", "g"], required: 2)
    let y = try bound.value("y").toTensor()
    let x = try bound.value("x").toTensor()
    let upstream = try bound["g"]?.toTensor()
    return .tensor(try core { try TensorCore.gradient(of: y, withRespectTo: x, upstream: upstream).value })
  }

  /// `numgrad(y, x)`: ∂y/∂x by central finite differences over the recorded computation.
  mutating func numgrad(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["y", "x", "g"], required: 2)
    let y = try bound.value("y").toTensor()
    let x = try bound.value("x").toTensor()
    let upstream = try bound["g"]?.toTensor()
    return .tensor(try core { try TensorCore.numericalGradient(of: y, withRespectTo: x, upstream: upstream) })
  }

  /// `gradients(l, x1, …)`: prints nothing, records a gradient table with one checked row per argument.
  mutating func gradientsTable(_ call: CallArguments) throws(PythonError) -> Value {
    try call.rejectKeywords()
    guard call.positional.count >= 2 else {
      throw PythonError.type("gradients() needs the value to differentiate and at least one value to differentiate by")
    }
    let target = try call.positional[0].toTensor()
    var arguments: [Tensor] = []
    for value in call.positional.dropFirst() { arguments.append(try value.toTensor()) }
    let analytic = try core { try TensorCore.gradients(of: target, withRespectTo: arguments) }
    var rows: [GradientRow] = []
    for (position, (argument, gradient)) in zip(arguments, analytic).enumerated() {
      let numeric = try core { try TensorCore.numericalGradient(of: target, withRespectTo: argument) }
      let (difference, passed) = GradientCheck.compare(gradient.value, numeric)
      rows.append(
        GradientRow(
          name: call.positionalTexts[position + 1], shape: argument.shape, gradientShape: gradient.value.shape,
          summedAxes: gradient.summedAxes, gradientText: gradient.value.numpyStr, maxDifference: difference,
          passed: passed, broadcastShapes: gradient.broadcastShapes))
    }
    gradientTable = GradientTable(target: call.positionalTexts[0], rows: rows)
    return .none
  }
}
