/// The recorded vector–Jacobian products of `a @ b` (and so of `np.dot`, `np.tensordot`, `np.outer`… built on it),
/// for a derivative taken inside another: `g @ bᵀ` and `aᵀ @ g` as `GradientRules.matmulVJP` computes them (the
/// transposed operand read in place by the same matrix-product kernels, so the inner derivative prints the same digits), but
/// recorded, so the outer backward pass differentiates them.
extension RecordedRules {
  static func matmulVJP(_ a: Tensor, _ b: Tensor, _ g: Tensor, wanted: [Bool]) throws -> [Tensor?] {
    guard a.ndim <= 2, b.ndim <= 2 else {
      // Stacks of matrices take the first-order rule's batched kernels, which a recorded product does not reach.
      throw TensorError(
        "NotImplementedError",
        "a derivative inside a derivative of a product of stacks of matrices (more than two axes) is not supported "
          + "in snippets", isLimit: true)
    }
    func reshaped(_ t: Tensor, _ shape: [Int]) throws -> Tensor {
      t.shape == shape ? t : try Tensor.record(.reshape(shape, isScalar: false), NodeInputs(t))
    }
    // A transposed copy flagged as NumPy's transposed view: the product reads the original in place
    // (`MatrixProduct.evaluate`'s view path), as the first-order rule's `transposeA`/`transposeB` do.
    func transposedView(_ t: Tensor) throws -> Tensor {
      var view = try Tensor.record(.transpose([1, 0]), NodeInputs(t))
      view.transposedLayout = true
      return view
    }
    let a2 = try a.ndim == 1 ? reshaped(a, [1, a.shape[0]]) : a
    let b2 = try b.ndim == 1 ? reshaped(b, [b.shape[0], 1]) : b
    var gShape = g.shape
    if a.ndim == 1 { gShape.insert(1, at: gShape.count - (b.ndim == 1 ? 0 : 1)) }
    if b.ndim == 1 { gShape.append(1) }
    var g2 = try reshaped(g, gShape)
    g2.transposedLayout = false
    var gradA: Tensor? = nil
    var gradB: Tensor? = nil
    if wanted[0] {
      let full = try Tensor.record(.matmul, NodeInputs(g2, transposedView(b2)))
      gradA = try a.ndim == 1 ? reshaped(full, [a.shape[0]]) : full
    }
    if wanted[1] {
      let full = try Tensor.record(.matmul, NodeInputs(transposedView(a2), g2))
      gradB = try b.ndim == 1 ? reshaped(full, [b.shape[0]]) : full
    }
    return [gradA, gradB]
  }
}

extension Tensor {
  /// Same-shaped values laid one after another as one array of `shape`, recorded (`np.stack` of the rows of a
  /// jacobian taken inside another derivative, as autograd's `jacobian` stacks its VJPs).
  public static func tracedStack(_ parts: [Tensor], shape: [Int]) throws -> Tensor {
    try Tensor.record(.stack(shape), parts)
  }
}
