/// `np.correlate` and `np.convolve` in NumPy's order: the overlapping edge sums through BLAS `ddot` (an FMA chain
/// from zero in OpenBLAS for fewer than 16 terms), the full-overlap sums through NumPy's `small_correlate` for
/// kernels of up to 11 (a plain multiply-add chain) and `ddot` beyond. Exact to the last bit for kernels shorter than
/// 16; longer ones agree to the printed digits.
extension Tensor {
  /// `np.correlate(a, v, mode)` (`mode` is "valid", "same" or "full").
  public static func correlate(_ a: Tensor, _ v: Tensor, mode: String) throws -> Tensor {
    try correlation(a, v, mode: mode, reverseKernel: false)
  }

  /// `np.convolve(a, v, mode)`: the correlation with the reversed shorter operand.
  public static func convolve(_ a: Tensor, _ v: Tensor, mode: String) throws -> Tensor {
    if a.size == 0 { throw TensorError.value("a cannot be empty") }
    if v.size == 0 { throw TensorError.value("v cannot be empty") }
    if a.dtype.isComplex || v.dtype.isComplex {
      try checkCorrelationOperands(a, v, mode: mode)
      return try ComplexProduct.convolve(a, v, mode: mode)
    }
    return try v.size > a.size
      ? correlation(v, a, mode: mode, reverseKernel: true)
      : correlation(a, v, mode: mode, reverseKernel: true)
  }

  /// NumPy's checks of the mode and the operands' dimensions.
  private static func checkCorrelationOperands(_ a: Tensor, _ v: Tensor, mode: String) throws {
    guard ["valid", "same", "full"].contains(mode) else {
      throw TensorError.value("mode must be one of 'valid', 'same', or 'full' (got \(Tensor.quote(mode)))")
    }
    for operand in [a, v] where operand.ndim > 1 {
      _ = operand
      throw TensorError.value("object too deep for desired array")
    }
  }

  private static func correlation(_ a: Tensor, _ v: Tensor, mode: String, reverseKernel: Bool) throws -> Tensor {
    try checkCorrelationOperands(a, v, mode: mode)
    if let narrow = [a.dtype, v.dtype].first(where: \.isNarrowFloat) {
      throw NarrowEvaluation.refused("np.correlate", narrow)
    }
    // uint64 with a signed integer computes in float64, NumPy's common type for the two.
    if !DType.promoted(a.dtype, v.dtype).isFloat {
      return try integerCorrelation(a, v, mode: mode, reverseKernel: reverseKernel)
    }
    let (data, kernel, inverted, left, right) = try arranged(
      a.doubles, v.doubles, mode: mode, reverseKernel: reverseKernel)
    let n1 = data.count
    let n2 = kernel.count
    func edgeDot(_ x: ArraySlice<Double>, _ y: ArraySlice<Double>) -> Double {
      var total = 0.0
      for (p, q) in zip(x, y) { total = total.addingProduct(p, q) }
      // NumPy's dot loop adds ddot's result to its own sum of 0.0, which makes a -0.0 (products that underflow) +0.0.
      return 0.0 + total
    }
    var output: [Double] = []
    var n = n2 - left
    for _ in 0..<left {
      output.append(edgeDot(data[0..<n], kernel[(n2 - n)...]))
      n += 1
    }
    for start in 0...(n1 - n2) {
      if n2 <= 11 {
        var total = 0.0
        for j in 0..<n2 { total += data[start + j] * kernel[j] }
        output.append(total)
      } else {
        output.append(edgeDot(data[start..<(start + n2)], kernel[0...]))
      }
    }
    let tail = n1 - n2 + 1
    for i in 0..<right {
      n -= 1
      output.append(edgeDot(data[(tail + i)..<(tail + i + n)], kernel[0..<n]))
    }
    if inverted { output.reverse() }
    return Tensor(shape: [output.count], storage: .float64(output), isScalar: false)
  }

  /// The correlation of integer or bool operands in their common dtype, as NumPy's dot loops compute it: sums of
  /// products that wrap (in int64 here, then wrapped to the dtype, which gives the same bits whatever the order), or
  /// for two bool operands whether any product is true.
  private static func integerCorrelation(_ a: Tensor, _ v: Tensor, mode: String, reverseKernel: Bool) throws
    -> Tensor
  {
    func integers(_ operand: Tensor) -> [Int64] {
      switch operand.storage {
      case .int64(let values): values
      case .bool(let values): values.map { $0 ? 1 : 0 }
      case .float64(let values): values.map { Int64($0) }  // not reached: float operands go the float way
      case .complex128: []
      }
    }
    let (data, kernel, inverted, left, right) = try arranged(
      integers(a), integers(v), mode: mode, reverseKernel: reverseKernel)
    let n1 = data.count
    let n2 = kernel.count
    // Output k pairs data[k - left + j] with kernel[j], for the j where both exist.
    let count = n1 - n2 + 1 + left + right
    var output = [Int64](repeating: 0, count: count)
    for k in 0..<count {
      var total: Int64 = 0
      for j in 0..<n2 {
        let i = k - left + j
        if i >= 0 && i < n1 { total = total &+ data[i] &* kernel[j] }
      }
      output[k] = total
    }
    if inverted { output.reverse() }
    if a.dtype == .bool && v.dtype == .bool {
      return Tensor(shape: [count], storage: .bool(output.map { $0 != 0 }), isScalar: false)
    }
    return Tensor(shape: [count], storage: .int64(output), isScalar: false).tagged(DType.promoted(a.dtype, v.dtype))
  }

  /// The operands as NumPy's correlation loop takes them: the kernel reversed for a convolution, the longer one as
  /// the data (`inverted` when they were swapped), and the outputs `mode` adds before and after the full overlaps;
  /// NumPy's error for an empty one, and the work charged.
  private static func arranged<Element>(_ a: [Element], _ v: [Element], mode: String, reverseKernel: Bool) throws
    -> (data: [Element], kernel: [Element], inverted: Bool, left: Int, right: Int)
  {
    var data = a
    var kernel = v
    if reverseKernel { kernel.reverse() }
    let inverted = data.count < kernel.count
    if inverted { swap(&data, &kernel) }
    let n1 = data.count
    let n2 = kernel.count
    if n2 == 0 || n1 == 0 { throw TensorError.value("Array arguments cannot be empty") }
    try ResourceMeter.chargeMultiplyAdds(n1 * n2)
    let (left, right): (Int, Int) =
      switch mode {
      case "valid": (0, 0)
      case "same": (n2 / 2, n2 - n2 / 2 - 1)
      default: (n2 - 1, n2 - 1)
      }
    return (data, kernel, inverted, left, right)
  }

  /// A string as Python's repr quotes it, for messages.
  static func quote(_ text: String) -> String { "'\(text)'" }
}
