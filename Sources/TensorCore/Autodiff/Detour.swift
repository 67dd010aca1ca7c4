/// Values computed from graph values through a dtype the graph does not record (float32, float16, complex64,
/// complex128) keep a `.detour` node: without it the path from `x` would be cut there and `grad` would silently miss
/// it; with it a gradient that passes through such a value is refused, and one that does not is unchanged.
extension Tensor {
  /// This value with a `.detour` node over `inputs` when it is a float or complex value made from a value the graph
  /// reaches; unchanged otherwise. Integer and boolean results stay constants (their derivative is zero almost
  /// everywhere, as autograd treats them).
  func detoured(from inputs: [Tensor]) -> Tensor {
    guard let node = detourNode(from: inputs) else { return self }
    var result = self
    result.node = node
    return result
  }

  /// `detoured(from:)` in place: a result made for it alone (`astype`'s) takes its node without its parts being
  /// copied first, which `detoured` did while the caller still held them (about 400 instructions).
  mutating func detour(from inputs: [Tensor]) {
    guard let node = detourNode(from: inputs) else { return }
    self.node = node
  }

  /// The node `detoured(from:)` gives the value, nil when it keeps none.
  private func detourNode(from inputs: [Tensor]) -> GraphNode? {
    let resultType = dtype
    guard resultType.isInexact else { return nil }
    let carrier = inputs.withUnsafeBufferPointer { buffer in buffer.indices.first { buffer[$0].node != nil } }
    guard let carrier else { return nil }
    // Named by the unrecorded dtype the path takes, a complex one first (complex64's real part is float32): an
    // operand on a detour already names it.
    let unrecorded = inputs.lazy.compactMap { input -> DType? in
      guard let node = input.node else { return nil }
      if case .detour(let dtype) = node.operation { return dtype }
      return input.dtype != .float64 ? input.dtype : nil
    }
    let detourType =
      unrecorded.first(where: \.isComplex) ?? (resultType != .float64 ? resultType : nil) ?? unrecorded.first
      ?? inputs[carrier].dtype
    return GraphNode(operation: .detour(detourType), inputs: inputs)
  }

  /// The elements as float64 for an operation recorded on them: a float32 or complex operand keeps its path as a
  /// detour, so converting it does not cut the path (`x.astype(np.float32) * x` records its product this way).
  func convertedKeepingPath() -> Tensor {
    let wide = converted(as: .float64)
    return dtype == .float64 ? wide : wide.detoured(from: [self])
  }
}

extension GraphNode {
  /// True for the node of a value computed through a dtype the graph does not record.
  var isDetour: Bool {
    if case .detour = operation { return true }
    return false
  }
}

extension Tensor {
  /// The error for a gradient whose path passes through values of `dtype`, which the graph does not record:
  /// refused rather than printed without that path's contribution.
  public static func gradientDetourRefusal(_ dtype: DType) -> TensorError {
    let kind = dtype.isComplex ? "complex (\(dtype.rawValue))" : dtype.rawValue
    return TensorError(
      "NotImplementedError",
      "a gradient through \(kind) values is not supported in snippets (docbuild differentiates float64 values "
        + "only): keep the differentiated computation in float64", isLimit: true)
  }
}

extension Tensor {
  /// The error for a gradient whose path passes through an array written in place (`b[i] = value`).
  static var assignmentRefusal: TensorError {
    TensorError(
      "NotImplementedError",
      "a gradient through an array written in place (b[i] = value, b[i] *= value) is not supported in snippets: "
        + "build the new array without writing into it (np.where, np.concatenate, np.stack) and differentiate that",
      isLimit: true)
  }
}
