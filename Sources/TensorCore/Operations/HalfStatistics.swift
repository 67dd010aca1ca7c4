/// NumPy's `mean`, `var` and `std` of float16 values, step by step as `numpy/_core/_methods.py` computes them.
extension Tensor {
  /// NumPy's `_mean` of halves: a float32 sum (`dtype='f4'`, so the halves are cast through the iterator's buffers
  /// of 8192 elements), divided by the count (in float64, then rounded to float32 and to half: the same half as
  /// rounding the quotient once, since float32 has 2·11 + 2 bits). The buffers split a reduced row into pieces of
  /// 8192 elements from its start, each summed pairwise and added in turn (checked against NumPy 2.4.6 for rows of
  /// up to 300,001 elements). Past 8192 elements, only reductions over all axes, a trailing block or a leading block
  /// of axes follow that rule in docbuild's walk; other axis sets, and values held in another memory order (`a.T`),
  /// are refused.
  func halfMean(axes: [Int], keepdims: Bool) throws -> Tensor {
    let (sums, resultShape, count) = try float32Sums(axes: axes, keepdims: keepdims, for: "np.mean")
    let means = sums.map { HalfPrecision.rounded(Double($0) / Double(count)) }
    return Tensor(shape: resultShape, storage: .float64(means), isScalar: resultShape.isEmpty, node: nil)
      .tagged(.float16)
  }

  /// `np.sum(h, dtype=np.float32)` of float16 values: NumPy's buffered float32 sum (see `halfMean`).
  public func halfSumInFloat32(axis: Axes, keepdims: Bool) throws -> Tensor {
    let (sums, resultShape, _) = try float32Sums(
      axes: axis.resolve(ndim: ndim), keepdims: keepdims, for: "np.sum(..., dtype=np.float32)")
    return Tensor(
      shape: resultShape, storage: .float64(sums.map(Double.init)), isScalar: resultShape.isEmpty, node: nil
    )
    .tagged(.float32)
  }

  /// `np.mean(h, dtype=np.float32)` of float16 values: the buffered float32 sum over the count, rounded to float32.
  public func halfMeanInFloat32(axis: Axes, keepdims: Bool) throws -> Tensor {
    let (sums, resultShape, count) = try float32Sums(
      axes: axis.resolve(ndim: ndim, lenient: false), keepdims: keepdims, for: "np.mean(..., dtype=np.float32)")
    let means = sums.map { Double(Float(Double($0) / Double(count))) }
    return Tensor(shape: resultShape, storage: .float64(means), isScalar: resultShape.isEmpty, node: nil)
      .tagged(.float32)
  }

  /// The float32 sums NumPy's buffered cast of halves gives over `axes`, the result's shape and the count summed;
  /// refused where docbuild's walk does not follow NumPy's buffers (see `halfMean`).
  private func float32Sums(axes: [Int], keepdims: Bool, for name: String) throws -> ([Float], [Int], Int) {
    let count = count(over: axes)
    if iterationOrder != nil {
      throw TensorError(
        "NotImplementedError",
        "\(name) of a transposed float16 view is not supported: NumPy casts it to float32 in its memory order, "
          + "which docbuild does not reproduce; make a copy with .copy() or convert with .astype(np.float64)",
        isLimit: true)
    }
    try checkCastBuffers(over: axes, name, dtypeName: "float16")
    var keptShape = shape
    for axis in axes { keptShape[axis] = 1 }
    let resultShape = keepdims ? keptShape : shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
    let sums = ReductionKernel.reduce(
      doubles.map { Float($0) }, shape: shape, keptShape: keptShape, initial: Float(0), combine: +,
      row: Self.bufferedPairwiseSum)
    return (sums, resultShape, count)
  }

  /// NumPy's buffer size (`NPY_BUFSIZE`), in elements.
  static let halfBufferSize = 8192

  /// A row summed as NumPy's buffered float32 reduction sums it: pairwise within each 8192-element piece, the
  /// pieces added in turn.
  private static func bufferedPairwiseSum(
    _ values: UnsafeBufferPointer<Float>, _ start: Int, _ stride: Int, _ count: Int
  )
    -> Float
  {
    var total: Float = 0
    var done = 0
    while done < count {
      let piece = Swift.min(halfBufferSize, count - done)
      total = total + ReductionKernel.pairwiseSum(values, start + done * stride, stride, piece)
      done += piece
    }
    return total
  }

  /// NumPy's `_var` of halves (no `dtype=`): the mean as a float16 sum divided by the count, rounded to half; the
  /// deviations and their squares in float16; their float16 sum divided by `count - ddof` (each quotient in
  /// float64, rounded once to half). Every step is a correctly rounded half operation or NumPy's float16 sum, so
  /// every NumPy build gives these bits.
  func halfVariance(axes: [Int], ddof: Int, keepdims: Bool) throws -> Tensor {
    let count = Double(count(over: axes))
    let total = try sum(axis: .many(axes), keepdims: true)
    let mean = total.mappedHalves { HalfPrecision.rounded($0 / count) }
    let deviation = try self - mean
    let squares = try deviation.square()
    let squaresTotal = try squares.sum(axis: .many(axes), keepdims: keepdims)
    let divisor = Swift.max(count - Double(ddof), 0)
    return squaresTotal.mappedHalves { HalfPrecision.rounded($0 / divisor) }
  }

  /// NumPy's `_std` of halves: the half square root of `halfVariance`.
  func halfStandardDeviation(axes: [Int], ddof: Int, keepdims: Bool) throws -> Tensor {
    try halfVariance(axes: axes, ddof: ddof, keepdims: keepdims).mappedHalves(HalfPrecision.squareRoot)
  }

  /// The float16 values `transform` gives for each element, same shape.
  private func mappedHalves(_ transform: (Double) -> Double) -> Tensor {
    Tensor(shape: shape, storage: .float64(doubles.map(transform)), isScalar: isScalar, node: nil).tagged(.float16)
  }
}

extension Tensor {
  /// Refuses `name` over `axes` of more than 8192 `dtypeName` values unless it reduces every axis, the last ones or
  /// the first ones: NumPy casts the values through 8192-element buffers, whose partial sums docbuild follows only
  /// there.
  func checkCastBuffers(over axes: [Int], _ name: String, dtypeName: String) throws {
    let reduced = axes.filter { shape[$0] != 1 }
    let others = shape.indices.filter { shape[$0] != 1 && !axes.contains($0) }
    let trailing = reduced.allSatisfy { axis in others.allSatisfy { $0 < axis } }
    let leading = reduced.allSatisfy { axis in others.allSatisfy { $0 > axis } }
    if size > Self.halfBufferSize && !trailing && !leading {
      throw TensorError(
        "NotImplementedError",
        "\(name) of \(dtypeName) values over these axes of more than 8192 elements is not supported (docbuild "
          + "follows NumPy's 8192-element cast buffers when all axes, the last ones or the first ones are reduced); "
          + "convert first with .astype(np.float64)", isLimit: true)
    }
  }
}
