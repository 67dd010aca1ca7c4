extension Tensor {
  /// `np.nanmedian(a, axis, keepdims)`: each lane's median of its non-NaN values (the mean of the middle two),
  /// NaN for a lane of NaNs only; float64 results.
  public func nanMedian(axis: Int?, keepdims: Bool) throws -> Tensor {
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
        medians.append(kept[kept.count / 2])
      } else {
        medians.append((kept[kept.count / 2 - 1] + kept[kept.count / 2]) / 2)
      }
    }
    var shape = Array(moved.shape.dropLast())
    if keepdims {
      shape = self.shape
      if let axis { shape[try Shape.normalize(axis: axis, ndim: self.ndim)] = 1 } else { shape = shape.map { _ in 1 } }
    }
    return Tensor(shape: shape, storage: .float64(medians), isScalar: shape.isEmpty)
  }
}
