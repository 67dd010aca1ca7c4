import CKernels

/// Products of complex arrays (`@`, `np.matmul`, `np.dot`, `np.inner`, `np.vdot`) where NumPy 2.4's path is one whose
/// order docbuild follows bit for bit: OpenBLAS's zdotu/zdotc (cdotu/cdotc for complex64) for vector · vector, and
/// NumPy's own loops (`CDOUBLE_matmul_inner_noblas`, the dot loops for steps BLAS cannot take) where it runs them.
/// Matrix · vector and matrix · matrix products, which NumPy hands to zgemv, zgemm or zsyrk, are refused.
enum ComplexProduct {
  /// The refusal for the products NumPy gives OpenBLAS's level-2 and level-3 routines.
  static func blasRefusal(_ routine: String, _ dtype: DType) -> TensorError {
    let prefix = dtype == .complex64 ? "c" : "z"
    return TensorError(
      "NotImplementedError",
      "a \(routine) product of \(dtype.rawValue) values is not supported: NumPy hands it to OpenBLAS's "
        + "\(prefix)\(routine == "matrix-vector" ? "gemv" : "gemm"), whose summation order docbuild does not "
        + "reproduce; vector · vector products (np.dot, np.vdot, np.inner, @ of 1-d arrays) and products over an inner "
        + "axis of length 1 are supported", isLimit: true)
  }

  /// `a @ b` (`np.matmul`) with a complex operand, as NumPy's `CDOUBLE_matmul` chooses its path.
  static func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let common = try ComplexEvaluation.commonType(a, b)
    try a.checkKnownLayout(for: "a matrix product")
    try b.checkKnownLayout(for: "a matrix product")
    let plan = try MatrixProduct.plan(a.shape, b.shape)
    try MatrixProduct.checkWork(plan)
    guard plan.batch.isEmpty, a.ndim <= 2, b.ndim <= 2 else {
      throw TensorError(
        "NotImplementedError",
        "a stacked matrix product of \(common.rawValue) values is not supported: NumPy chooses OpenBLAS or its own "
          + "loop for each stacked product; multiply the matrices one at a time", isLimit: true)
    }
    let (rows, inner, columns) = (plan.rows, plan.inner, plan.columns)
    let x = a.converted(as: common)
    let y = b.converted(as: common)
    if rows == 0 || inner == 0 || columns == 0 {
      // NumPy's own loop writes zeros (or nothing, for an empty result).
      return result(
        [Complex](repeating: Complex(0, 0), count: rows * columns), shape: plan.resultShape, dtype: common)
    }
    if rows == 1 && columns == 1 {
      // Row · column: NumPy's `CDOUBLE_dot` with the two inner steps.
      // b's inner axis is its first whether it is a vector or a k×1 matrix.
      let path = try dotPath(stepOf(a, axis: a.ndim - 1, common: common), stepOf(b, axis: 0, common: common))
      let value = try dot(x.complexes, y.complexes, conjugate: false, path: path, dtype: common)
      return result([value], shape: plan.resultShape, dtype: common)
    }
    if inner == 1 {
      // Column · row, or a 1×1 operand: NumPy's own loop.
      return result(
        noBlas(x.complexes, y.complexes, rows, inner, columns, dtype: common), shape: plan.resultShape,
        dtype: common)
    }
    if rows == 1 || columns == 1 {
      // Vector · matrix or matrix · vector: zgemv when the vector's step is positive, NumPy's loop otherwise. Only
      // the loop is followed, so a vector BLAS reads is refused whatever the matrix's layout.
      let vectorStep =
        rows == 1 ? try stepOf(a, axis: a.ndim - 1, common: common) : try stepOf(b, axis: 0, common: common)
      if vectorStep > 0 { throw blasRefusal("matrix-vector", common) }
      return result(
        noBlas(x.complexes, y.complexes, rows, inner, columns, dtype: common), shape: plan.resultShape,
        dtype: common)
    }
    throw blasRefusal("matrix-matrix", common)
  }

  /// `np.dot(a, b)` of two complex 1-d arrays, as NumPy's `cblas_matrixproduct` takes them: a step BLAS cannot take
  /// copied first, one element each multiplied, more summed by zdotu.
  static func vectorDot(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let common = try ComplexEvaluation.commonType(a, b)
    let x = a.converted(as: common).complexes
    let y = b.converted(as: common).complexes
    guard x.count == y.count else { throw TensorError.value("shapes not aligned") }
    if x.isEmpty { return result([Complex(0, 0)], shape: [], dtype: common) }
    if x.count == 1 {
      // A vector of one element is a scalar to cblas_matrixproduct: the product alone, not added to zero.
      return result([multiply(x[0], y[0], dtype: common)], shape: [], dtype: common)
    }
    // `_bad_strides` copies a reversed or repeated vector, so the steps BLAS sees are positive.
    func step(_ t: Tensor) throws -> Int {
      let s = try stepOf(t, axis: 0, common: common)
      return s > 0 ? s : 1
    }
    let path = try dotPath(step(a), step(b))
    return result([try dot(x, y, conjugate: false, path: path, dtype: common)], shape: [], dtype: common)
  }

  /// `np.vdot(a, b)` of two vectors (already flattened as NumPy's `reshape(-1)` leaves them) with a complex one:
  /// `CDOUBLE_vdot`, conj(a) · b by zdotc for steps BLAS takes, NumPy's loop otherwise.
  static func vdot(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let common = try ComplexEvaluation.commonType(a, b)
    let x = a.converted(as: common).complexes
    let y = b.converted(as: common).complexes
    guard x.count == y.count else { throw TensorError.value("vectors have different lengths") }
    let path = try dotPath(stepOf(a, axis: 0, common: common), stepOf(b, axis: 0, common: common))
    return result([try dot(x, y, conjugate: true, path: path, dtype: common)], shape: [], dtype: common)
  }

  /// The step in elements NumPy's loop sees along `axis` of an operand of a complex product: a cast operand is a
  /// new C-ordered array; one of the product's dtype is read in place.
  private static func stepOf(_ t: Tensor, axis: Int, common: DType) throws -> Int {
    if t.dtype != common || t.isPythonScalar { return 1 }
    if t.isView && t.rootPlacement.positions != nil {
      throw TensorError(
        "NotImplementedError",
        "a product of \(common.rawValue) values read through this view is not supported: docbuild does not know the "
          + "steps NumPy's dot reads it with; multiply a copy (.copy())", isLimit: true)
    }
    return t.memoryStrides[axis]
  }

  /// The dot function's path for two steps (`blas_stride`: BLAS for positive steps, unit steps its vector kernel).
  private static func dotPath(_ first: Int, _ second: Int) throws -> Int32 {
    if first <= 0 || second <= 0 { return Int32(DOCBUILD_COMPLEX_DOT_NUMPY_LOOP.rawValue) }
    if first == 1 && second == 1 { return Int32(DOCBUILD_COMPLEX_DOT_KERNEL.rawValue) }
    return Int32(DOCBUILD_COMPLEX_DOT_STRIDED.rawValue)
  }

  /// x · y (conj(x) · y) by the C kernels; a result at rounding-noise level through OpenBLAS is refused.
  private static func dot(_ x: [Complex], _ y: [Complex], conjugate: Bool, path: Int32, dtype: DType) throws
    -> Complex
  {
    let value = kernelDot(x, y, conjugate: conjugate, path: path, dtype: dtype)
    if path != Int32(DOCBUILD_COMPLEX_DOT_NUMPY_LOOP.rawValue) {
      try refuseNoise(value, x, y, conjugate: conjugate)
    }
    return value
  }

  /// Refuses a part of an OpenBLAS dot product at rounding-noise level, as float64 products are refused
  /// (`productNoiseRefusal`): one far smaller than the sum of its terms' sizes, whose digits are the rounding of
  /// whichever order the sum took, and NumPy's own kernels sum in other orders on AVX2 than on AVX-512 machines
  /// (there the last elements are added without fused multiply-adds). Parts whose terms are multiples of 2^-20
  /// summing exactly (integer data, halves and quarters), the imaginary part of `np.vdot(x, x)` and of
  /// `np.dot(x, x.conj())` (two equal sums subtracted, zero in every order) and values that are not finite print the same in every order.
  private static func refuseNoise(_ value: Complex, _ x: [Complex], _ y: [Complex], conjugate: Bool) throws {
    let n = x.count
    guard n > 1 else { return }
    var (realSize, imagSize, largest) = (0.0, 0.0, 0.0)
    var dyadic = true
    for (a, b) in zip(x, y) {
      realSize += Swift.abs(a.real * b.real) + Swift.abs(a.imag * b.imag)
      imagSize += Swift.abs(a.real * b.imag) + Swift.abs(a.imag * b.real)
      for part in [a.real, a.imag, b.real, b.imag] where part.isFinite {
        largest = Swift.max(largest, Swift.abs(part))
        dyadic = dyadic && part * 1024 == (part * 1024).rounded()
      }
    }
    if dyadic && 2 * Double(n) * (1024 * largest) * (1024 * largest) <= 0x1p53 { return }
    // conj(x) · x (vdot) and x · conj(x) (dot) subtract two equal sums for the imaginary part.
    let selfProduct = zip(x, y).allSatisfy {
      $0.real.bitPattern == $1.real.bitPattern
        && (conjugate ? $0.imag.bitPattern == $1.imag.bitPattern : $0.imag == -$1.imag)
    }
    // A part whose products are all exact with at most two of them nonzero is one rounding of their exact sum, the
    // same in every order, with or without fused multiply-adds (np.poly's `[1, -p]` and `[1, -conj(p)]`).
    func isOneRounding(_ products: [(Double, Double)]) -> Bool {
      var nonzero = 0
      for (p, q) in products {
        let product = p * q
        if product != 0 { nonzero += 1 }
        if nonzero > 2 || !product.isFinite || (-product).addingProduct(p, q) != 0 { return false }
      }
      return true
    }
    let oneRounding = [
      isOneRounding(zip(x, y).flatMap { [($0.real, $1.real), ($0.imag, $1.imag)] }),
      isOneRounding(zip(x, y).flatMap { [($0.real, $1.imag), ($0.imag, $1.real)] }),
    ]
    for (index, (part, size)) in [(value.real, realSize), (value.imag, imagSize)].enumerated() {
      guard part.isFinite, size.isFinite, !(selfProduct && index == 1), !oneRounding[index] else { continue }
      if Tensor.isOrderNoise(part, terms: n, size: size) {
        throw Tensor.orderNoiseRefusal("this complex dot product has a part", part, size: size)
      }
    }
  }

  /// x · y (conj(x) · y) by the C kernels.
  private static func kernelDot(_ x: [Complex], _ y: [Complex], conjugate: Bool, path: Int32, dtype: DType)
    -> Complex
  {
    let n = x.count
    if dtype == .complex64 {
      var left = [Float](), right = [Float]()
      left.reserveCapacity(2 * n)
      right.reserveCapacity(2 * n)
      for z in x { left += [Float(z.real), Float(z.imag)] }
      for z in y { right += [Float(z.real), Float(z.imag)] }
      var out: [Float] = [0, 0]
      docbuild_complex64_dot(left, right, n, conjugate ? 1 : 0, path, &out)
      return Complex(Double(out[0]), Double(out[1]))
    }
    var left = [Double](), right = [Double]()
    left.reserveCapacity(2 * n)
    right.reserveCapacity(2 * n)
    for z in x { left += [z.real, z.imag] }
    for z in y { right += [z.real, z.imag] }
    var out: [Double] = [0, 0]
    docbuild_complex_dot(left, right, n, conjugate ? 1 : 0, path, &out)
    return Complex(out[0], out[1])
  }

  /// The complex product's parts as NumPy's scalar code rounds them: `ar·br − ai·bi`, `ar·bi + ai·br`.
  private static func multiply(_ a: Complex, _ b: Complex, dtype: DType) -> Complex {
    if dtype == .complex64 {
      let (ar, ai, br, bi) = (Float(a.real), Float(a.imag), Float(b.real), Float(b.imag))
      let (p0, p1, p2, p3) = (ar * br, ai * bi, ar * bi, ai * br)
      return Complex(Double(p0 - p1), Double(p2 + p3))
    }
    let (p0, p1, p2, p3) = (a.real * b.real, a.imag * b.imag, a.real * b.imag, a.imag * b.real)
    return Complex(p0 - p1, p2 + p3)
  }

  /// `CDOUBLE_matmul_inner_noblas`: each element summed from zero in order over the inner axis, each term's parts
  /// rounded (NumPy compiles this loop without fused multiply-adds). `x` is rows × inner, `y` inner × columns, both
  /// row-major.
  private static func noBlas(_ x: [Complex], _ y: [Complex], _ rows: Int, _ inner: Int, _ columns: Int, dtype: DType)
    -> [Complex]
  {
    var out = [Complex](repeating: Complex(0, 0), count: rows * columns)
    for i in 0..<rows {
      for j in 0..<columns {
        if dtype == .complex64 {
          var (real, imag): (Float, Float) = (0, 0)
          for k in 0..<inner {
            let term = multiply(x[i * inner + k], y[k * columns + j], dtype: dtype)
            real = real + Float(term.real)
            imag = imag + Float(term.imag)
          }
          out[i * columns + j] = Complex(Double(real), Double(imag))
        } else {
          var (real, imag) = (0.0, 0.0)
          for k in 0..<inner {
            let term = multiply(x[i * inner + k], y[k * columns + j], dtype: dtype)
            real = real + term.real
            imag = imag + term.imag
          }
          out[i * columns + j] = Complex(real, imag)
        }
      }
    }
    return out
  }

  /// `np.convolve(a, v, mode)` with a complex operand, as NumPy's `_pyarray_correlate` runs it on the longer operand
  /// and the reversed shorter one (both C-contiguous copies): every output element, the edges' partial overlaps too,
  /// is `CDOUBLE_dot` of the overlapping windows, zdotu (cdotu) added to a zero sum, so a -0.0 part becomes 0.0.
  /// (Complex types have no `small_correlate` loop.) A part at rounding-noise level is refused, as for `np.dot`.
  static func convolve(_ a: Tensor, _ v: Tensor, mode: String) throws -> Tensor {
    let common = try ComplexEvaluation.commonType(a, v)
    var data = a.converted(as: common).complexes
    var kernel = v.converted(as: common).complexes
    if kernel.count > data.count { swap(&data, &kernel) }
    kernel.reverse()
    let n1 = data.count
    let n2 = kernel.count
    try ResourceMeter.chargeMultiplyAdds(4 * n1 * n2)
    let path = Int32(DOCBUILD_COMPLEX_DOT_KERNEL.rawValue)
    func windowDot(_ x: ArraySlice<Complex>, _ y: ArraySlice<Complex>) throws -> Complex {
      let product = try dot(Array(x), Array(y), conjugate: false, path: path, dtype: common)
      return Complex(0.0 + product.real, 0.0 + product.imag)
    }
    let (left, right): (Int, Int) =
      switch mode {
      case "valid": (0, 0)
      case "same": (n2 / 2, n2 - n2 / 2 - 1)
      default: (n2 - 1, n2 - 1)
      }
    var output: [Complex] = []
    output.reserveCapacity(n1 - n2 + 1 + left + right)
    var n = n2 - left
    for _ in 0..<left {
      output.append(try windowDot(data[0..<n], kernel[(n2 - n)...]))
      n += 1
    }
    for start in 0...(n1 - n2) {
      output.append(try windowDot(data[start..<(start + n2)], kernel[0...]))
    }
    let tail = n1 - n2 + 1
    for i in 0..<right {
      n -= 1
      output.append(try windowDot(data[(tail + i)..<(tail + i + n)], kernel[0..<n]))
    }
    return result(output, shape: [output.count], dtype: common)
  }

  /// A result of `dtype` from its values.
  private static func result(_ values: [Complex], shape: [Int], dtype: DType) -> Tensor {
    Tensor(shape: shape, storage: .complex128(values), isScalar: shape.isEmpty, node: nil).tagged(dtype)
  }
}

extension Tensor {
  /// `np.vdot(a, b)` with a complex operand: NumPy's `reshape(-1)` of each (a view of a C-ordered or 1-d array, a
  /// C-ordered copy of any other), then conj(a) · b.
  public func complexVdot(_ other: Tensor) throws -> Tensor {
    func flattened(_ t: Tensor) throws -> Tensor {
      if t.ndim == 1 { return t }
      // A view NumPy's reshape could keep as one step through memory (`z.reshape(4, 1)[::2]`) is read by BLAS in
      // place with that step; docbuild's flatten is a copy, so only views in C order are taken.
      if t.isView && t.size > 1 && t.memoryStrides != Shape.strides(t.shape) {
        throw TensorError(
          "NotImplementedError",
          "np.vdot of a complex array view with more than one axis out of C order is not supported: NumPy reads it "
            + "in place or copies it depending on its steps; pass a copy (.copy()) or a 1-d array", isLimit: true)
      }
      return try t.flatten()
    }
    let left = try flattened(self)
    let right = try flattened(other)
    guard left.size == right.size else { throw TensorError.value("vectors have different lengths") }
    return try ComplexProduct.vdot(left, right)
  }
}
