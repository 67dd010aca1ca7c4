extension Tensor {
  /// `np.nanmedian(a, axis, keepdims)`: each lane's median of its non-NaN values (the mean of the middle two),
  /// NaN for a lane of NaNs only; float64 results.
  public func nanMedian(axis: Int?, keepdims: Bool) throws -> Tensor {
    if self.dtype == .float16 { return try halfNanMedian(axis: axis, keepdims: keepdims) }
    if self.dtype.isComplex || self.dtype.isNarrowFloat {
      throw TensorError(
        "NotImplementedError", "np.nanmedian of \(self.dtype.rawValue) values is not supported in snippets",
        isLimit: true)
    }
    let source = axis == nil ? try flatten() : self
    let lanesAxis = try axis.map { try Shape.normalize(axis: $0, ndim: source.ndim) } ?? 0
    if source.ndim == 0 { return try reshape([1]).nanMedian(axis: 0, keepdims: false) }
    let moved = try source.movingAxes(from: [lanesAxis], to: [source.ndim - 1]).copy()
    let extent = moved.shape.last ?? 0
    let values = moved.doubles
    let laneCount = extent == 0 ? moved.shape.dropLast().reduce(1, *) : values.count / extent
    var medians: [Double] = []
    medians.reserveCapacity(laneCount)
    for lane in 0..<laneCount {
      let kept = values[lane * extent..<(lane + 1) * extent].filter { !$0.isNaN }.sorted()
      if kept.isEmpty {
        medians.append(.nan)
      } else if kept.count % 2 == 1 {
        // NumPy takes the middle through np.mean, whose sum starts from the identity 0.0: a -0.0 comes out 0.0.
        medians.append(0.0 + kept[kept.count / 2])
      } else {
        medians.append((0.0 + kept[kept.count / 2 - 1] + kept[kept.count / 2]) / 2)
      }
    }
    var shape = Array(moved.shape.dropLast())
    if keepdims {
      shape = self.shape
      if let axis { shape[try Shape.normalize(axis: axis, ndim: self.ndim)] = 1 } else { shape = shape.map { _ in 1 } }
    }
    // keepdims keeps a 0-d array's result a 0-d array (NumPy's `_ureduce` reshapes it), else a NumPy scalar.
    return Tensor(shape: shape, storage: .float64(medians), isScalar: shape.isEmpty && !keepdims)
  }
}

extension Tensor {
  /// `np.nanmedian` of float16 values, by NumPy's three paths: all values (or a 1-D array) are `np.median` of the
  /// non-NaN ones (the original last element, a NaN, when there are none); lanes shorter than 600 along an axis go
  /// through `np.ma.median`, whose middle pair is summed in float16 (a float32 sum rounded to half, so two values
  /// past 32752 make inf) and halved in float16; longer lanes are `np.median` of each lane's non-NaN values.
  fileprivate func halfNanMedian(axis: Int?, keepdims: Bool) throws -> Tensor {
    if let axis { _ = try Shape.normalize(axis: axis, ndim: ndim) }
    let flat = axis == nil || ndim <= 1
    let source = flat ? try reshape([size]) : self
    let lanesAxis = flat ? 0 : try Shape.normalize(axis: axis!, ndim: source.ndim)
    let moved = try source.movingAxes(from: [lanesAxis], to: [source.ndim - 1]).copy()
    let extent = moved.shape.last ?? 0
    let values = moved.doubles
    let laneCount = moved.shape.dropLast().reduce(1, *)
    try ResourceMeter.chargeWork(values.count * 20 + laneCount)
    if flat && extent == 0 {
      throw TensorError.limit("np.nanmedian of an empty float16 array is not supported in snippets")
    }
    var medians: [Double] = []
    medians.reserveCapacity(laneCount)
    for lane in 0..<laneCount {
      let line = Array(values[lane * extent..<(lane + 1) * extent])
      let kept = line.filter { !$0.isNaN }.sorted()
      if flat || extent >= 600 {
        // `_nanmedian1d`: the median of what is left, or the lane's last element (its NaN, sign and all).
        guard !kept.isEmpty else {
          medians.append(line.last ?? .nan)
          continue
        }
        let lineMedian = try Tensor(shape: [kept.count], storage: .float64(kept), isScalar: false)
          .tagged(.float16).median(axis: nil)
        medians.append(lineMedian.doubles[0])
        continue
      }
      guard !kept.isEmpty else {
        medians.append(.nan)
        continue
      }
      // np.ma.median sorts NaNs (masked) as float16's largest value: a lane holding 65504 and a NaN puts them in an
      // order its quicksort decides, and so do 0.0 and -0.0 at the middle.
      if kept.count < line.count && kept.contains(65504) {
        throw TensorError.limit(
          "np.nanmedian along an axis of a float16 lane holding both NaN and 65504 is not supported in snippets "
            + "(np.ma.median's sort order decides the result); use .astype(np.float32) first")
      }
      let high = kept.count / 2
      let low = kept.count % 2 == 1 ? high : high - 1
      if kept[low] == 0 || kept[high] == 0, kept.contains(where: { $0 == 0 && $0.sign == .minus }),
        kept.contains(where: { $0 == 0 && $0.sign == .plus })
      {
        throw TensorError.limit(
          "np.nanmedian of a float16 lane whose middle is 0.0 and -0.0 is not supported in snippets (the sign "
            + "depends on np.ma.median's quicksort order)")
      }
      // np.ma.sum of the two middles starts from the identity 0.0 (two -0.0 make 0.0).
      let sum = 0.0 + HalfPrecision.rounded(Double(Float(kept[low]) + Float(kept[high])))
      medians.append(HalfPrecision.rounded(sum / 2))
    }
    var shape = Array(moved.shape.dropLast())
    if keepdims {
      shape = self.shape
      if let axis { shape[try Shape.normalize(axis: axis, ndim: self.ndim)] = 1 } else { shape = shape.map { _ in 1 } }
    }
    return Tensor(shape: shape, storage: .float64(medians), isScalar: shape.isEmpty && !keepdims).tagged(.float16)
  }
}
