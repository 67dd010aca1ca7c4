import TensorCore

extension Interpreter {
  /// Refuses a gradient between held values in a chapter whose code was judged never to ask for one
  /// (`SnippetSession.mayTakeGradients(in:)`), so its histories were forgotten: reached by a path the judgement
  /// missed, it would otherwise answer from what is left.
  private func refuseWithoutHistory(_ function: String) throws(PythonError) {
    guard !keepsHistoryForGradients else { return }
    throw PythonError.limit(
      "\(function) reached without its name in the chapter's code is not supported in snippets: the chapter keeps "
        + "no history for it; call it by name")
  }

  /// `grad(y, x[, g])`: ∂y/∂x, or the vector–Jacobian product with upstream gradient `g`.
  mutating func grad(_ call: CallArguments) throws(PythonError) -> Value {
    try refuseWithoutHistory("grad(y, x)")
    let bound = try call.bind(["y", "x", "g"], required: 2)
    let y = try bound.value("y").toTensor()
    let x = try bound.value("x").toTensor()
    let upstream = try bound["g"]?.toTensor()
    return .tensor(try core { try TensorCore.gradient(of: y, withRespectTo: x, upstream: upstream).value })
  }

  /// `numgrad(y, x)`: ∂y/∂x by central finite differences over the recorded computation.
  mutating func numgrad(_ call: CallArguments) throws(PythonError) -> Value {
    try refuseWithoutHistory("numgrad(y, x)")
    let bound = try call.bind(["y", "x", "g"], required: 2)
    let y = try bound.value("y").toTensor()
    let x = try bound.value("x").toTensor()
    let upstream = try bound["g"]?.toTensor()
    return .tensor(try core { try TensorCore.numericalGradient(of: y, withRespectTo: x, upstream: upstream) })
  }

  /// `gradients(l, x1, …)`: prints nothing, records a gradient table with one row per argument: the autodiff gradient
  /// and central finite differences, for the verify stage to compare.
  mutating func gradientsTable(_ call: CallArguments) throws(PythonError) -> Value {
    try refuseWithoutHistory("gradients(l, x1, …)")
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
      // Both sets of numbers are observations; the verify stage holds them to GradientCheck's tolerance.
      rows.append(
        GradientRow(
          name: call.positionalTexts[position + 1], shape: argument.shape, gradientShape: gradient.value.shape,
          summedAxes: gradient.summedAxes, gradientText: gradient.value.numpyStr,
          autodiff: gradient.value.doubles, numeric: numeric.doubles, broadcastShapes: gradient.broadcastShapes))
    }
    gradientTable = GradientTable(target: call.positionalTexts[0], rows: rows)
    return .none
  }
}
