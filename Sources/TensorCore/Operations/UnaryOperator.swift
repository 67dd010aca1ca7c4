/// The element-wise one-operand operations, with NumPy's dtype rules for each.
enum UnaryOperator: Sendable {
  /// `fabs` is `abs` of float64 values recorded apart: autograd differentiates it as `sign(x) * g`, not as `abs`.
  case negate, exp, log, sqrt, tanh, abs, fabs, square

  /// Applies the operation to each element; a 0-d result is a NumPy scalar, as ufuncs return.
  func evaluate(_ a: Tensor) throws -> Tensor {
    let storage: Storage
    switch (self, a.storage) {
    case (.negate, .bool):
      throw TensorError.type(
        "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not "
          + "function instead.")
    case (.negate, .int64(let values)): storage = .int64(ElementwiseKernel.map(values) { 0 &- $0 })
    case (.abs, .bool(let values)): storage = .bool(values)
    case (.abs, .int64(let values)): storage = .int64(ElementwiseKernel.map(values) { $0 < 0 ? 0 &- $0 : $0 })
    // NumPy gives int8 for square(bool).
    case (.square, .bool(let values)):
      return Tensor(shape: a.shape, storage: .int64(values.map { $0 ? 1 : 0 }), isScalar: a.shape.isEmpty, node: nil)
        .tagged(.int8)
    case (_, .bool):
      // NumPy's float loops take bools as float16 (`np.exp(True)` is float16), as for int8.
      return try NarrowEvaluation.evaluate(.unary(self), [a.tagged(.bool)])
    case (.square, .int64(let values)): storage = .int64(ElementwiseKernel.map(values) { $0 &* $0 })
    // `function`'s arithmetic written in place: calling the closure for each element cost about 15 instructions of
    // each, several times the arithmetic.
    case (.negate, .float64(let values)): storage = .float64(ElementwiseKernel.map(values) { -$0 })
    case (.abs, .float64(let values)), (.fabs, .float64(let values)):
      storage = .float64(ElementwiseKernel.map(values) { Swift.abs($0) })
    case (.square, .float64(let values)): storage = .float64(ElementwiseKernel.map(values) { $0 * $0 })
    // NumPy's own exp, log and tanh, not the correctly rounded ones: transcripts print NumPy's last digit. exp and
    // log run the C library's function instead when NumPy reads the operand backwards (NumpyLoopChoice.swift);
    // tanh's loop takes every stride.
    case (.exp, _):
      storage = .float64(try a.numpyUnaryLoopValues(for: "np.exp", vector: NumpyElementary.exp, scalar: GlibcMath.exp))
    case (.log, _):
      storage = .float64(try a.numpyUnaryLoopValues(for: "np.log", vector: NumpyElementary.log, scalar: GlibcMath.log))
    case (.tanh, _): storage = .float64(NumpyElementary.tanh(a.doubles))
    // The vector loop in C (NumPy's vsqrtpd): the correctly rounded square root, squareRoot()'s bits.
    case (.sqrt, _): storage = .float64(NumpyElementary.sqrt(a.doubles))
    default:
      storage = .float64(ElementwiseKernel.map(a.doubles, function))
    }
    return Tensor(shape: a.shape, storage: storage, isScalar: a.shape.isEmpty, node: nil)
  }

  /// The float64 function.
  private var function: (Double) -> Double {
    switch self {
    case .negate: { -$0 }
    case .exp: { NumpyElementary.exp([$0])[0] }
    case .log: { NumpyElementary.log([$0])[0] }
    case .sqrt: { $0.squareRoot() }
    case .tanh: { NumpyElementary.tanh([$0])[0] }
    case .abs, .fabs: { Swift.abs($0) }
    case .square: { $0 * $0 }
    }
  }
}
