/// Central finite differences over the recorded graph: `numericalGradient(of:withRespectTo:upstream:)`.
///
/// Each element of x is nudged by ±eps and only the recorded operations downstream of x are re-evaluated (each node
/// keeps its operation and inputs), so no user code runs again. eps = 1e-6, as PyTorch's gradcheck uses: the
/// truncation error of central differences grows like eps² (1e-12) and the rounding error like 1e-16/eps (1e-10),
/// both far below gradcheck's tolerance (atol 1e-5, rtol 1e-3) for values of ordinary size.

/// The step of the central differences.
let finiteDifferenceStep = 1e-6

/// The most element operations one numerical gradient may cost (2 · x.size · elements recomputed per nudge).
let numericalGradientBudget = 400_000_000

/// ∂y/∂x by central finite differences (of `sum(y * upstream)` when an upstream gradient is given).
public func numericalGradient(of y: Tensor, withRespectTo x: Tensor, upstream: Tensor? = nil) throws -> Tensor {
  let xNode = try GraphWalk.node(of: x, role: "x", function: "numgrad")
  let yNode = try GraphWalk.node(of: y, role: "y", function: "numgrad")
  let seed = try GraphWalk.seed(for: y, upstream: upstream, function: "numgrad")
  let walk = GraphWalk(from: y, yNode: yNode, reaching: [ObjectIdentifier(xNode)])
  let downstream = walk.order.filter { walk.relevant.contains(ObjectIdentifier($0.1)) && $0.1 !== xNode }
  guard case .float64(let original) = x.storage else { throw TensorError.type("numgrad needs a float x") }
  var result = [Double](repeating: 0, count: original.count)
  guard walk.relevant.contains(ObjectIdentifier(yNode)) else {
    return Tensor(shape: x.shape, storage: .float64(result))
  }
  let perNudge = downstream.reduce(x.size) { $0 + $1.0.size + $1.1.inputs.reduce(0) { $0 + $1.size } }
  let (cost, overflow) = (2 * x.size).multipliedReportingOverflow(by: perNudge)
  if overflow || cost > numericalGradientBudget {
    throw TensorError.value(
      "numgrad would re-evaluate the computation \(2 * x.size) times (x has \(x.size) elements), about "
        + "\(overflow ? "more than 2^63" : String(cost)) element operations, over the limit of "
        + "\(numericalGradientBudget); use a smaller x")
  }
  let weights = seed.doubles
  func objective(_ values: [Double]) throws -> Double {
    var replaced: [ObjectIdentifier: Tensor] = [
      ObjectIdentifier(xNode): Tensor(shape: x.shape, storage: .float64(values), isScalar: x.isScalar, node: nil)
    ]
    for (_, node) in downstream {
      let inputs = node.inputs.map { input in input.node.flatMap { replaced[ObjectIdentifier($0)] } ?? input }
      replaced[ObjectIdentifier(node)] = try node.operation!.evaluate(inputs)
    }
    let output = replaced[ObjectIdentifier(yNode)]!.doubles
    return zip(output, weights).reduce(0) { $0 + $1.0 * $1.1 }
  }
  var nudged = original
  for i in original.indices {
    nudged[i] = original[i] + finiteDifferenceStep
    let above = try objective(nudged)
    nudged[i] = original[i] - finiteDifferenceStep
    let below = try objective(nudged)
    nudged[i] = original[i]
    result[i] = (above - below) / (2 * finiteDifferenceStep)
  }
  return Tensor(shape: x.shape, storage: .float64(result))
}
