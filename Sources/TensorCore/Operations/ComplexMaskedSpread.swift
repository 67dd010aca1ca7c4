/// `np.mean`, `np.var` and `np.std` of complex values with `where=`: NumPy's `_mean` and `_var` over the elements a
/// mask lets through.
extension Tensor {
  /// The variance (or standard deviation) of this complex64 or complex128 array over `axes`, counting the elements
  /// whose `mask` flag (C order, this array's shape) is true, as `_var` computes it with `where=`: the masked complex
  /// sum (each part pairwise per run of unmasked elements, as NumPy's masked loop hands runs to the complex add
  /// loop) divided by the intp counts in complex128 and stored in the array's dtype; every element's deviation from
  /// it, squared part by part and added in the part dtype; the masked sum of those divided by `max(count - ddof, 0)`
  /// in float64 (rounded to float32 for complex64); its square root for `np.std`. `counts` are the kept-shape counts.
  /// Values or squares that are not finite are refused (NumPy's warnings and NaN spreading are not followed).
  public func complexMaskedSpread(
    mask: [Bool], axis: Axes, counts: [Double], ddof: Int, standardDeviation: Bool
  ) throws -> [Double] {
    let single = dtype == .complex64
    let axes = try axis.resolve(ndim: ndim)
    let shown = standardDeviation ? "np.std" : "np.var"
    var keptShape = shape
    for axis in axes { keptShape[axis] = 1 }
    let values = try copy().complexes
    if zip(values, mask).contains(where: { $1 && !($0.real.isFinite && $0.imag.isFinite) }) {
      throw TensorError(
        "NotImplementedError", "\(shown)(..., where=…) of complex values that are not finite is not supported",
        isLimit: true)
    }
    func maskedSums<F: BinaryFloatingPoint>(
      _ parts: [F], row: @escaping (UnsafeBufferPointer<F>, Int, Int, Int) -> F
    ) -> [F] {
      ReductionKernel.maskedReduce(
        parts, mask: mask, shape: shape, keptShape: keptShape, initial: F(0), combine: +, row: row)
    }
    let mean = try maskedMean(mask: mask, keptShape: keptShape, counts: counts).broadcast(to: shape).copy().complexes
    let squares: [Double] = zip(values, mean).map { value, mean in
      if single {
        let (real, imag) = (Float(value.real) - Float(mean.real), Float(value.imag) - Float(mean.imag))
        let (realSquare, imagSquare) = (real * real, imag * imag)
        return Double(realSquare + imagSquare)
      }
      let (real, imag) = (value.real - mean.real, value.imag - mean.imag)
      let (realSquare, imagSquare) = (real * real, imag * imag)
      return realSquare + imagSquare
    }
    guard zip(squares, mask).allSatisfy({ $0.isFinite || !$1 }) else {
      throw TensorError(
        "NotImplementedError",
        "\(shown)(..., where=…) of complex values whose squared deviations overflow is not supported",
        isLimit: true)
    }
    let squareSums: [Double] =
      single
      ? maskedSums(squares.map { Float($0) }, row: ReductionKernel.pairwiseSum).map(Double.init)
      : maskedSums(squares, row: ReductionKernel.pairwiseSum)
    return zip(squareSums, counts).map { total, count in
      let variance = total / Swift.max(count - Double(ddof), 0)
      if single {
        let rounded = Float(variance)
        return Double(standardDeviation ? rounded.squareRoot() : rounded)
      }
      return standardDeviation ? variance.squareRoot() : variance
    }
  }

  /// `np.mean(a, where=mask)` of this complex array with the kept shape `keptShape` (C order): `_mean`'s masked
  /// complex sum (each part pairwise per run of unmasked elements, as NumPy's masked loop hands runs to the complex
  /// add loop) divided by the intp `counts` (which promotes the division to complex128, Smith's by `n + 0j`) and
  /// stored in the array's dtype. Values that are not finite are refused.
  public func complexMaskedMean(mask: [Bool], axis: Axes, counts: [Double]) throws -> Tensor {
    var keptShape = shape
    for axis in try axis.resolve(ndim: ndim) { keptShape[axis] = 1 }
    return try maskedMean(mask: mask, keptShape: keptShape, counts: counts)
  }

  private func maskedMean(mask: [Bool], keptShape: [Int], counts: [Double]) throws -> Tensor {
    let values = try copy().complexes
    if zip(values, mask).contains(where: { $1 && !($0.real.isFinite && $0.imag.isFinite) }) {
      throw TensorError(
        "NotImplementedError", "a statistic with where= of complex values that are not finite is not supported",
        isLimit: true)
    }
    func maskedSums<F: BinaryFloatingPoint>(_ parts: [F]) -> [F] {
      ReductionKernel.maskedReduce(
        parts, mask: mask, shape: shape, keptShape: keptShape, initial: F(0), combine: +,
        row: ComplexArithmetic.pairwisePartSum)
    }
    let sums: [Complex]
    if dtype == .complex64 {
      let reals = maskedSums(values.map { Float($0.real) })
      let imags = maskedSums(values.map { Float($0.imag) })
      sums = zip(reals, imags).map { Complex(Double($0), Double($1)) }
    } else {
      let reals = maskedSums(values.map(\.real))
      let imags = maskedSums(values.map(\.imag))
      sums = zip(reals, imags).map { Complex($0, $1) }
    }
    let total = Tensor(shape: keptShape, storage: .complex128(sums), isScalar: false, node: nil)
    let divisor = Tensor(shape: keptShape, storage: .int64(counts.map { Int64($0) }), isScalar: false, node: nil)
    return try total.dividing(divisor).astype(dtype)
  }
}
