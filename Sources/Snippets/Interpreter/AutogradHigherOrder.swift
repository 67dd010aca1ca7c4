import TensorCore

extension Interpreter {
  /// autograd's `jacobian` inside another derivative (`hessian(f)` is `jacobian(jacobian(f))`): one recorded backward
  /// pass per output element, seeded with that element's unit vector, stacked by a recorded `np.stack` and shaped
  /// `y.shape + x.shape`, as autograd's `np.reshape(np.stack(grads), jacobian_shape)`.
  static func recordedJacobian(
    rows count: Int, shape: [Int], inputShape: [Int], gradient: (Tensor) throws(PythonError) -> Tensor
  ) throws(PythonError) -> Value {
    var parts: [Tensor] = []
    for position in 0..<count {
      var seed = [Double](repeating: 0, count: count)
      seed[position] = 1
      let row = try gradient(Tensor(shape: shape, storage: .float64(seed)))
      parts.append(try core { try row.shape == inputShape ? row : row.tracedReshape(inputShape, isScalar: false) })
    }
    let stacked = try core { try Tensor.tracedStack(parts, shape: shape + inputShape) }
    return .tensor(stacked)
  }
}
