// Which of its two float64 loops NumPy 2.4 runs for a one-operand math ufunc, by the operand's memory layout.
//
// Why: on x86-64 with AVX-512, NumPy's float64 exp, log, exp2, expm1, log1p, log2, log10, sinh, cosh, tan, arcsin,
// arccos, arctan, arcsinh, arccosh and arctanh run Intel SVML's vector code when the inner loop's input and output strides
// allow it, and the C library's function on each element otherwise. The two differ in the last bit on a few to many
// percent of the inputs, so `np.exp(v[::-1])` prints other digits than `np.exp(v)[::-1]`. Measured with NumPy 2.4.6
// (Tests/SnippetsTests/Fixtures/make_revstride_fixtures.py writes the evidence as transcripts; `--paths` prints
// the loop NumPy ran for each function and view): the C library's
// loop runs exactly when the inner loop reads the input backwards while it writes the freshly allocated output
// forwards, that is
// - a 1-d operand with a negative stride (its one element included: NumPy's one-dimensional fast path passes the
//   stride as it is);
// - an operand of more dimensions whose elements, its axes sorted by stride, form one evenly spaced run read
//   backwards (`x[::-1, ::-1]`, `x[::-1, ::-2]`, `x[::-1, ::-1].T`): NumPy's iterator coalesces it into one axis and
//   does not flip it, since it allocates the output;
// and the SIMD loop runs for C- and F-ordered operands, 0-d ones, forward inner axes (`x[::-1]`, `x[:, ::2]`,
// broadcasts), other dtypes (the cast goes through a forward buffer), and operands that do not coalesce into one run
// when they hold at most 8192 elements (NumPy copies them into one forward buffer: `x[:, ::-1]`). Past 8192 elements
// the iterator's buffer setup decides by the shape (`(2, 4097)` runs the C library, `(5000, 2)` SIMD), which docbuild
// does not model: refused.

/// The loop NumPy 2.4 runs for a float64 one-operand math ufunc of an operand.
enum NumpyUnaryLoop: Sendable {
  /// The SIMD (SVML) loop, which docbuild's NumPy kernels reproduce.
  case vector
  /// The C library's function, element by element.
  case libm
}

extension Tensor {
  /// The loop NumPy 2.4 runs for `function` (its name as written, `np.exp`) of this operand, by its memory layout;
  /// throws when NumPy's buffer setup decides it by rules docbuild does not model. For a complex128 operand, the loop
  /// of a float64 ufunc of its `.real` and `.imag` views (`np.angle`), which have its layout.
  func numpyUnaryLoop(for function: String) throws -> NumpyUnaryLoop {
    // float32's SIMD loop (for the functions docbuild has NumPy's float32 kernels of) follows the same rule.
    guard (storageClass == .float64 && (dtype == .float64 || dtype == .float32)) || dtype == .complex128, ndim > 0,
      size > 0
    else { return .vector }
    // An array that owns its memory in C order reads it forwards: the common case, decided without building its
    // strides (a small `np.exp(a)` in a loop paid for them on every call).
    if !isView && memoryAxes == nil { return .vector }
    let strides = memoryStrides
    if ndim == 1 { return strides[0] < 0 ? .libm : .vector }
    // No axis read backwards (`a.reshape(10, 10)`, `a.T`, `a[1:]`): the innermost stride below is not negative either,
    // decided without sorting the axes.
    if !shape.indices.contains(where: { shape[$0] > 1 && strides[$0] < 0 }) { return .vector }
    let axes = shape.indices.filter { shape[$0] > 1 }.sorted { Swift.abs(strides[$0]) < Swift.abs(strides[$1]) }
    guard let inner = axes.first, strides[inner] < 0 else { return .vector }
    var span = strides[inner] * shape[inner]
    var coalesces = true
    for axis in axes.dropFirst() {
      if strides[axis] != span {
        coalesces = false
        break
      }
      span *= shape[axis]
    }
    if coalesces { return .libm }
    if size <= 8192 { return .vector }
    throw TensorError(
      "NotImplementedError",
      "\(function) of a strided view of more than 8192 elements whose innermost axis is reversed is not supported: "
        + "NumPy's buffer setup then picks its SIMD loop or the C library's by rules docbuild does not model, and "
        + "the two differ in the last digit; apply it to a copy (\(function)(x.copy())) or to the unreversed array "
        + "and reverse the result", isLimit: true)
  }

  /// Whether NumPy 2.4 runs the C library's function, not its SIMD loop, for `function` of this float64 or complex128
  /// operand (of a complex operand, a float64 ufunc of its parts, as `np.angle`'s arctan2); throws where NumPy's
  /// buffer setup decides by rules docbuild does not model.
  public func numpyReadsBackwards(for function: String) throws -> Bool {
    try numpyUnaryLoop(for: function) == .libm
  }

  /// Refuses `function` of an operand for which NumPy runs the C library's function, when docbuild does not have
  /// that function's bits (it has glibc's exp, exp2, log, expm1, log1p, log2, log10, sinh, cosh, tan and cbrt).
  public func refuseNumpyLibmLoop(for function: String) throws {
    guard try numpyUnaryLoop(for: function) == .libm else { return }
    throw TensorError(
      "NotImplementedError",
      "\(function) of an array NumPy reads backwards (a reversed view such as v[::-1] or x[::-1, ::-1]) is not "
        + "supported: NumPy 2.4 then calls the C library's function on each element instead of its SIMD loop, and "
        + "docbuild does not reproduce the C library's \(function) bit for bit; apply it to a copy "
        + "(\(function)(v[::-1].copy())) or reverse the result (\(function)(v)[::-1])", isLimit: true)
  }

  /// The float64 elements through NumPy's loop for this operand: `vector` (docbuild's model of NumPy's SIMD loop)
  /// or the C library's `scalar` on each element.
  func numpyUnaryLoopValues(
    for function: String, vector: ([Double]) throws -> [Double], scalar: (Double) -> Double
  ) throws -> [Double] {
    switch try numpyUnaryLoop(for: function) {
    case .vector: try vector(doubles)
    case .libm: doubles.map(scalar)
    }
  }
}

extension Tensor {
  /// Whether NumPy's float16 math functions take their SIMD loop for this operand, which needs a contiguous forward
  /// inner loop (measured with NumPy 2.4.6 on x86-64; the C library's loop returns positive NaNs where the SIMD one
  /// returns negative ones): an operand whose elements coalesce into one run does when that run is contiguous and
  /// forward (C or F order); one that does not coalesce is copied into a forward buffer first; a 0-d operand, which
  /// NumPy passes with a zero stride, does not.
  var takesHalfVectorLoop: Bool {
    guard ndim > 0 else { return false }
    let strides = memoryStrides
    let axes = shape.indices.filter { shape[$0] > 1 }.sorted { Swift.abs(strides[$0]) < Swift.abs(strides[$1]) }
    guard let inner = axes.first else { return true }
    var span = strides[inner] * shape[inner]
    for axis in axes.dropFirst() {
      if strides[axis] != span { return true }
      span *= shape[axis]
    }
    return strides[inner] == 1
  }
}
