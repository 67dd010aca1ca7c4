/// `np.einsum(subscripts, *operands)`: float64 results computed in NumPy's order (see `EinsumKernel`) and recorded
/// for autodiff, float16 ones (all operands float16) with NumPy's half kernels (the gradient of each operand is the einsum of the upstream gradient with the other operands, as
/// autograd's); integer operands sum with wrapping in their common dtype, bools as NumPy's logical sum of products.
extension Tensor {
  /// `np.einsum(subscripts, *operands)`.
  public static func einsum(_ subscripts: String, _ operands: [Tensor]) throws -> Tensor {
    guard !operands.isEmpty else {
      throw TensorError.value("must specify the einstein sum subscripts string and at least one operand")
    }
    if operands.allSatisfy({ $0.dtype == .float16 }) {
      // NumPy's half kernels: float32 arithmetic, each write to the output rounded to half (`EinsumKernel`).
      let plan = try EinsumPlan.parse(subscripts, shapes: operands.map(\.shape))
      let values = try EinsumKernel.evaluate(plan, operands.map(\.doubles), shapes: operands.map(\.shape), half: true)
      return Tensor(shape: plan.outputShape, storage: .float64(values), isScalar: plan.output.isEmpty).tagged(.float16)
    }
    // float16 with other operands makes NumPy cast through buffers, whose chunks change the order of its sums.
    if let narrow = operands.first(where: { $0.dtype.isNarrowFloat }) {
      throw NarrowEvaluation.refused("np.einsum", narrow.dtype)
    }
    if let complex = operands.first(where: { $0.dtype.isComplex }) {
      throw ComplexEvaluation.refused("np.einsum", complex.dtype)
    }
    let plan = try EinsumPlan.parse(subscripts, shapes: operands.map(\.shape))
    // NumPy's einsum computes in its operands' common dtype, without the widening of np.sum: int8 sums wrap in int8,
    // and uint64 with a signed integer promotes to float64.
    let common = operands.dropFirst().reduce(operands[0].dtype) { DType.promoted($0, $1.dtype) }
    if operands.contains(where: { $0.dtype.isFloat }) || common.isFloat {
      let floats = try operands.map { $0.dtype == .float64 ? $0 : try $0.astype(.float64) }
      return try record(.einsum(plan), floats)
    }
    // Integers wrap and bools combine logically: the order of the sum changes nothing, so a plain walk does.
    let isBool = operands.allSatisfy { $0.dtype == .bool }
    let integers: [[Int64]] = operands.map { operand in
      switch operand.storage {
      case .int64(let values): values
      case .bool(let values): values.map { $0 ? 1 : 0 }
      case .float64(let values): values.map { Int64($0) }
      case .complex128: preconditionFailure("complex operands are refused above")
      }
    }
    let wide = try EinsumKernel.evaluateIntegers(plan, integers, shapes: operands.map(\.shape))
    let shape = plan.outputShape
    if isBool {
      return Tensor(shape: shape, storage: .bool(wide.map { $0 != 0 }), isScalar: shape.isEmpty)
    }
    // Sums and products wrap the same in int64 as in a narrower integer, so the int64 result wraps to it at the end.
    return Tensor(shape: shape, storage: .int64(wide), isScalar: shape.isEmpty).tagged(common)
  }
}

extension EinsumKernel {
  /// The integer sum of products by a plain walk of the iteration space (wrapping, so any order gives the same).
  static func evaluateIntegers(_ plan: EinsumPlan, _ operands: [[Int64]], shapes: [[Int]]) throws -> [Int64] {
    let iteration = plan.output.uniqued() + plan.summed
    let extents = iteration.map { plan.extents[$0] ?? 1 }
    var work = Swift.max(operands.count, 1)
    for extent in extents {
      let (product, overflow) = work.multipliedReportingOverflow(by: Swift.max(extent, 1))
      work = overflow ? Int.max : product
    }
    try ResourceMeter.chargeMultiplyAdds(work)
    let outputShape = plan.outputShape
    var result = [Int64](repeating: 0, count: Shape.count(outputShape))
    if extents.contains(0) { return result }
    let strides = plan.inputs.enumerated().map { operand, labels in
      let own = Shape.strides(shapes[operand])
      return iteration.map { label in labels.indices.filter { labels[$0] == label }.reduce(0) { $0 + own[$1] } }
    }
    let outputOwn = Shape.strides(outputShape)
    let outputStrides = iteration.map { label in
      plan.output.indices.filter { plan.output[$0] == label }.reduce(0) { $0 + outputOwn[$1] }
    }
    var index = [Int](repeating: 0, count: iteration.count)
    while true {
      var value: Int64 = 1
      for (operand, operandStrides) in strides.enumerated() {
        var offset = 0
        for axis in index.indices { offset += index[axis] * operandStrides[axis] }
        value = value &* operands[operand][offset]
      }
      var target = 0
      for axis in index.indices { target += index[axis] * outputStrides[axis] }
      result[target] = result[target] &+ value
      var axis = index.count - 1
      while axis >= 0 {
        index[axis] += 1
        if index[axis] < extents[axis] { break }
        index[axis] = 0
        axis -= 1
      }
      if axis < 0 { break }
    }
    return result
  }
}
