/// `np.quantile`/`np.percentile` (and their nan-ignoring forms) with NumPy 2's methods `linear`, `lower`, `higher`,
/// `nearest` and `midpoint`, computed as NumPy's `_quantile` computes them: virtual index `(n - 1) q`, the two
/// neighbours, and `_lerp` (`a + (b - a) t` below t = 0.5, `b - (b - a)(1 - t)` from it).
public enum QuantileMethod: String, Sendable, CaseIterable {
  case linear, lower, higher, nearest, midpoint

  /// True for the methods that pick an element rather than interpolate (the result keeps the input's dtype).
  public var isDiscrete: Bool { self == .lower || self == .higher || self == .nearest }
}

extension Tensor {
  /// The quantiles `q` (each in [0, 1]) of the values along `axis` (all values when nil): the result's shape is q's
  /// followed by the reduced shape. `ignoreNaN` drops NaNs per slice (`np.nanquantile`); otherwise a slice holding
  /// NaN gives NaN. For float16 values NumPy's `_lerp` runs in float16 steps when q is a Python number
  /// (`weakFraction`, NEP 50's weak scalar: the result is float16), and in float64 after the float16 difference
  /// `b - a` otherwise (the result is float64); the discrete methods keep float16.
  public func quantiles(
    _ q: Tensor, axis: Int?, method: QuantileMethod, keepdims: Bool, ignoreNaN: Bool, weakFraction: Bool = false
  ) throws -> Tensor {
    if dtype == .float32 { throw NarrowEvaluation.refused("np.quantile", dtype) }
    if dtype == .float16 && ignoreNaN && size == 0 {
      throw TensorError.limit(
        "np.nanquantile and np.nanpercentile of an empty float16 array are not supported in snippets")
    }
    let half = dtype == .float16
    func toHalf(_ x: Double) -> Double { HalfPrecision.rounded(x) }
    let fractions = q.doubles
    let source = dtype == .bool ? try astype(.int64) : self
    var moved: Tensor
    var reducedShape: [Int]
    if let axis {
      let axisIndex = try Shape.normalize(axis: axis, ndim: source.ndim)
      var order = Array(0..<source.ndim)
      order.remove(at: axisIndex)
      order.append(axisIndex)
      moved = ShapeKernels.transpose(source, axes: order)
      reducedShape = source.shape
      reducedShape.remove(at: axisIndex)
      if keepdims {
        reducedShape = source.shape
        reducedShape[axisIndex] = 1
      }
    } else {
      moved = source.reshapedUnrecorded([source.size])
      reducedShape = keepdims ? [Int](repeating: 1, count: source.ndim) : []
    }
    let length = moved.shape.last ?? 1
    let slices = length == 0 ? 0 : moved.size / length
    if length == 0 && !ignoreNaN {
      throw TensorError.index("index -1 is out of bounds for axis 0 with size 0")
    }
    try ResourceMeter.chargeWork(moved.size * Swift.max(fractions.count, 1) + moved.size * 20)
    // uint64 read from its bit patterns: `moved` may have lost the dtype's tag.
    let values: [Double] =
      if dtype == .uint64, case .int64(let wide) = moved.storage {
        wide.map { Double(UInt64(bitPattern: $0)) }
      } else {
        moved.doubles
      }
    let keepsDtype = method.isDiscrete && dtype.isInteger
    let integers: [Int64]? = if case .int64(let wide) = moved.storage, keepsDtype { wide } else { nil }
    var results = [Double](repeating: 0, count: fractions.count * slices)
    var picked = [Int64](repeating: 0, count: integers == nil ? 0 : fractions.count * slices)
    // np.nanquantile answers a lane of NaNs only with a float16 NaN array; NumPy's apply_along_axis then makes the
    // whole result float16 when the first lane is such.
    var firstSliceIsNaN = false
    // Integers order and subtract exactly, as NumPy's partition and `_lerp` do in the array's dtype (uint64 as
    // unsigned: `moved` may have lost the tag, `self` has it); past 2**53 their float64 images tie or round.
    let unsigned = dtype == .uint64
    let exactIntegers: [Int64]? = if case .int64(let wide) = moved.storage { wide } else { nil }
    for slice in 0..<slices {
      var row = Array(values[(slice * length)..<((slice + 1) * length)])
      var order = Array(0..<length)
      if ignoreNaN {
        order = order.filter { !row[$0].isNaN }
        if slice == 0 && order.isEmpty { firstSliceIsNaN = true }
      }
      if let exactIntegers {
        let start = slice * length
        let flip: Int64 = unsigned ? .min : 0
        order.sort { a, b in
          let (x, y) = (exactIntegers[start + a] ^ flip, exactIntegers[start + b] ^ flip)
          return x < y || (x == y && a < b)
        }
      } else {
        // NaN sorts last, as NumPy's partition puts it.
        order.sort { a, b in
          let (x, y) = (row[a], row[b])
          return x < y || (y.isNaN && !x.isNaN) || (x == y && a < b)
        }
      }
      let sorted = order.map { row[$0] }
      row = sorted
      let n = sorted.count
      for (k, fraction) in fractions.enumerated() {
        let target = k * slices + slice
        if n == 0 {
          results[target] = .nan
          continue
        }
        if !ignoreNaN, sorted[n - 1].isNaN {
          results[target] = .nan
          continue
        }
        let virtual = Double(n - 1) * fraction
        if method.isDiscrete {
          var index: Int
          switch method {
          case .lower: index = Int(virtual.rounded(.down))
          case .higher: index = Int(virtual.rounded(.up))
          default: index = Int(virtual.rounded(.toNearestOrEven))
          }
          index = Swift.min(Swift.max(index, 0), n - 1)
          results[target] = sorted[index]
          if let integers { picked[target] = integers[slice * length + order[index]] }
          continue
        }
        var gammaIndex = virtual
        if method == .midpoint {
          gammaIndex = 0.5 * (virtual.rounded(.down) + virtual.rounded(.up))
        }
        var previous = Int(gammaIndex.rounded(.down))
        var next = previous + 1
        if gammaIndex >= Double(n - 1) {
          previous = n - 1
          next = n - 1
        } else if gammaIndex < 0 {
          previous = 0
          next = 0
        }
        var gamma = gammaIndex - Double(previous)
        if method == .midpoint { gamma = virtual.truncatingRemainder(dividingBy: 1) == 0 ? 0 : 0.5 }
        let a = sorted[previous]
        let b = sorted[next]
        if half && weakFraction {
          // Each float16 operation is the exact result rounded to half (exact in double for halves), and the weak
          // Python float is rounded to half before it multiplies.
          let difference = toHalf(b - a)
          results[target] =
            gamma >= 0.5
            ? toHalf(b - toHalf(difference * toHalf(1 - gamma))) : toHalf(a + toHalf(difference * toHalf(gamma)))
          continue
        }
        var difference = half ? toHalf(b - a) : b - a
        if let exactIntegers {
          // `b - a` in the integer dtype (wrapping in int64, as NumPy's subtract does), then converted to float64.
          let start = slice * length
          let step = exactIntegers[start + order[next]] &- exactIntegers[start + order[previous]]
          difference = unsigned ? Double(UInt64(bitPattern: step)) : Double(step)
        }
        results[target] = gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma
      }
    }
    let shape = q.shape + reducedShape
    let isScalar = shape.isEmpty
    if let integers {
      _ = integers
      var result = Tensor(shape: shape, storage: .int64(picked), isScalar: isScalar)
      if dtype.isNarrow || dtype == .uint64 { result = result.tagged(dtype) }
      return result
    }
    if half && ignoreNaN && firstSliceIsNaN && !weakFraction && !method.isDiscrete {
      return Tensor(shape: shape, storage: .float64(results.map(toHalf)), isScalar: isScalar).tagged(.float16)
    }
    let result = Tensor(shape: shape, storage: .float64(results), isScalar: isScalar)
    return half && (weakFraction || method.isDiscrete) ? result.tagged(.float16) : result
  }
}
