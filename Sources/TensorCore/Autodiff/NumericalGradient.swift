/// Central finite differences over the recorded graph: `numericalGradient(of:withRespectTo:upstream:)`.
///
/// Each element of x is nudged by ±eps and only the recorded operations downstream of x are re-evaluated (each node
/// keeps its operation and inputs), so no user code runs again. eps = 1e-6, as PyTorch's gradcheck uses: the
/// truncation error of central differences grows like eps² (1e-12) and the rounding error like 1e-16/eps (1e-10),
/// both far below gradcheck's tolerance (atol 1e-5, rtol 1e-3) for values of ordinary size.

/// The step of the central differences.
let finiteDifferenceStep = 1e-6

/// ∂y/∂x by central finite differences (of `sum(y * upstream)` when an upstream gradient is given).
public func numericalGradient(of y: Tensor, withRespectTo x: Tensor, upstream: Tensor? = nil) throws -> Tensor {
  let xNode = try GraphWalk.node(of: x, role: "x", function: "numgrad")
  let yNode = try GraphWalk.node(of: y, role: "y", function: "numgrad")
  let seed = try GraphWalk.seed(for: y, upstream: upstream, function: "numgrad")
  let walk = GraphWalk(from: y, yNode: yNode, reaching: [xNode])
  let downstream = walk.order.filter { $0.isRelevant && $0.node !== xNode }
  guard case .float64(let original) = x.storage else { throw TensorError.type("numgrad needs a float x") }
  guard walk.entry(of: yNode)?.isRelevant == true else {
    return Tensor(shape: x.shape, storage: .float64([Double](repeating: 0, count: original.count)))
  }
  let perNudge = downstream.reduce(x.size) { $0 + $1.value.size + $1.inputs.reduce(0) { $0 + $1.size } }
  let (cost, overflow) = (2 * x.size).multipliedReportingOverflow(by: perNudge)
  let remaining = ResourceMeter.numericalGradientRemaining
  if overflow || cost > remaining {
    let budget = ResourceMeter.numericalGradientBudget
    let used = budget - remaining
    throw TensorError.limit(
      "numgrad would re-evaluate the computation \(2 * x.size) times (x has \(x.size) elements), about "
        + "\(overflow ? "more than 2^63" : String(cost)) element operations, over the limit of "
        + "\(budget) per statement"
        + (used > 0 ? " (\(used) already taken by this statement's other finite differences)" : "")
        + "; use a smaller x")
  }
  ResourceMeter.chargeNumericalGradient(cost)
  // Each nudge recomputes the values downstream of x; they live until the nudge is done.
  try ResourceMeter.checkTransient(bytes: downstream.reduce(x.size) { $0 + $1.value.size } * 8)
  let weights = seed.doubles
  func objective(_ values: [Double]) throws -> Double {
    var replaced: [ObjectIdentifier: Tensor] = [
      ObjectIdentifier(xNode): Tensor(shape: x.shape, storage: .float64(values), isScalar: x.isScalar, node: nil)
    ]
    for entry in downstream {
      guard let operation = entry.operation else { continue }
      let inputs = entry.inputs.map { input in input.node.flatMap { replaced[ObjectIdentifier($0)] } ?? input }
      replaced[ObjectIdentifier(entry.node)] = try operation.evaluate(inputs)
    }
    let output = replaced[ObjectIdentifier(yNode)]!.doubles
    return zip(output, weights).reduce(0) { $0 + $1.0 * $1.1 }
  }
  // The re-evaluations are charged above as a whole; their values are transient, not the chapter's memory.
  return try ResourceMeter.withCurrent(nil) {
    try nudgedDifferences(original, shape: x.shape, objective: objective)
  }
}

/// The central difference of `objective` along each element of `original`.
private func nudgedDifferences(_ original: [Double], shape: [Int], objective: ([Double]) throws -> Double) throws
  -> Tensor
{
  var result = [Double](repeating: 0, count: original.count)
  var nudged = original
  for i in original.indices {
    nudged[i] = original[i] + finiteDifferenceStep
    let above = try objective(nudged)
    nudged[i] = original[i] - finiteDifferenceStep
    let below = try objective(nudged)
    nudged[i] = original[i]
    result[i] = (above - below) / (2 * finiteDifferenceStep)
  }
  return Tensor(shape: shape, storage: .float64(result))
}
