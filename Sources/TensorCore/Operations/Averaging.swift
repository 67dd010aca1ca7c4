/// NumPy's weighted and NaN-skipping reductions and its numerical calculus (`average`, `ptp`, `nansum` and kin,
/// `gradient`, `trapezoid`, `cross`, `vander`), each written as NumPy's Python writes it over recorded primitives, so
/// the sums run in NumPy's pairwise order and the gradients come from the primitives.
extension Tensor {
  /// A bool mask of the NaN elements (all false for exact dtypes), untracked.
  public var nanMask: Tensor {
    let flags: [Bool] =
      switch storage {
      case .float64(let values): values.map(\.isNaN)
      case .complex128(let values): values.map { $0.real.isNaN || $0.imag.isNaN }
      case .int64(let values): [Bool](repeating: false, count: values.count)
      case .bool(let values): [Bool](repeating: false, count: values.count)
      }
    return Tensor(shape: shape, storage: .bool(flags))
  }

  /// A Python float as an operand: weakly typed, so a float32 array stays float32 (NEP 50).
  static func weak(_ value: Double) -> Tensor {
    var result = Tensor(value)
    result.isPythonScalar = true
    return result
  }

  /// `np.average(a, axis, weights, keepdims)` and its `returned` sum of weights: the mean without weights, else
  /// `sum(a * w) / sum(w)` in `result_type(a, w)` (float64 at least for exact `a`), NumPy's checks first.
  public static func average(_ a: Tensor, axes: [Int]?, weights given: Tensor?, keepdims: Bool) throws -> (
    Tensor, Tensor
  ) {
    let axis: Axes = axes.map { .many($0) } ?? .all
    guard let given else {
      let average = try a.mean(axis: axis, keepdims: keepdims)
      let count = Double(a.size) / Double(Swift.max(average.size, 1))
      let scale = try Tensor.full(average.shape, Tensor(count), dtype: average.dtype)
      return (average, average.ndim == 0 ? scale.scalar : scale)
    }
    var weights = given.asArrayOperand
    let exact = !a.dtype.isInexact
    var type = DType.promoted(a.dtype, weights.dtype)
    if exact { type = DType.promoted(type, .float64) }
    if a.shape != weights.shape {
      guard let axes else {
        throw TensorError.type("Axis must be specified when shapes of a and weights differ.")
      }
      let normalized = try Shape.normalize(axes: axes, ndim: a.ndim)
      guard weights.shape == normalized.map({ a.shape[$0] }) else {
        throw TensorError.value("Shape of weights must be consistent with shape of a along specified axis.")
      }
      let order = normalized.indices.sorted { normalized[$0] < normalized[$1] }
      weights = try weights.transpose(order)
        .reshape(a.shape.indices.map { normalized.contains($0) ? a.shape[$0] : 1 })
    }
    let scale = try weights.astype(type).sum(axis: axis, keepdims: keepdims)
    // `np.any(scl == 0.0)`: a complex scale is zero only when both parts are.
    if type.isComplex ? scale.complexes.contains(Complex(0, 0)) : scale.doubles.contains(0) {
      throw TensorError("ZeroDivisionError", "Weights sum to zero, can't be normalized")
    }
    let total = try a.astype(type).multiplying(weights.astype(type)).sum(axis: axis, keepdims: keepdims)
    let average = try total.dividing(scale)
    let broadcastScale = scale.shape == average.shape ? scale : try scale.broadcast(to: average.shape).copy()
    return (average, broadcastScale)
  }

  /// `np.ptp(a, axis, keepdims)`: the maximum minus the minimum.
  public func peakToPeak(axis: Axes, keepdims: Bool) throws -> Tensor {
    try max(axis: axis, keepdims: keepdims).subtracting(min(axis: axis, keepdims: keepdims))
  }

  /// NumPy's `_replace_nan`: NaNs replaced by `value` (exact dtypes unchanged), with the mask.
  public func replacingNaN(_ value: Double) throws -> Tensor {
    guard dtype.isInexact else { return self }
    var replaced = try Tensor.where(nanMask, Tensor.weak(value), self)
    // NumPy replaces them in `np.array(a, copy=True)`, a copy in `a`'s memory order, which its sums then walk.
    let order = iterationOrder
    if replaced.memoryAxes != order { replaced.memoryAxes = order }
    return replaced
  }

  /// `np.nanmean`: the sum of the non-NaN elements over their count, in the array's float dtype.
  public func nanMean(axis: Axes, keepdims: Bool) throws -> Tensor {
    guard dtype.isInexact else { return try mean(axis: axis, keepdims: keepdims) }
    let count = try nanMask.logicalNot().sum(axis: axis, keepdims: keepdims)
    let total = try replacingNaN(0).sum(axis: axis, keepdims: keepdims)
    if dtype == .float64 || dtype == .complex128 { return try total.dividing(count) }
    // complex64 divides in complex128 (the int count promotes it), then casts back, as NumPy's unsafe `out=` does.
    if dtype == .complex64 { return try total.astype(.complex128).dividing(count).astype(dtype) }
    return try total.astype(.float64).dividing(count).astype(dtype)
  }

  /// `np.nanvar` (NumPy's steps: count, mean, deviations with NaNs zeroed, squares summed, over `count - ddof`;
  /// NaN where that is not positive).
  public func nanVariance(axis: Axes, ddof: Int, keepdims: Bool) throws -> Tensor {
    guard dtype.isInexact else { return try variance(axis: axis, ddof: ddof, keepdims: keepdims) }
    if dtype.isComplex { return try complexNanVariance(axis: axis, ddof: ddof, keepdims: keepdims) }
    let mask = nanMask
    let values = try replacingNaN(0)
    let count = try mask.logicalNot().sum(axis: axis, keepdims: true)
    let mean = try values.sum(axis: axis, keepdims: true).dividing(count).astype(dtype)
    let deviation = try Tensor.where(mask, Tensor.weak(0), values.subtracting(mean))
    let total = try deviation.multiplying(deviation).sum(axis: axis, keepdims: keepdims)
    var freedom = try count.subtracting(Tensor(ddof))
    if !keepdims { freedom = try freedom.reshape(total.shape) }
    let bad = try freedom.lessEqual(Tensor(0))
    var result = try total.astype(.float64).dividing(freedom).astype(dtype)
    result = try Tensor.where(bad, Tensor.weak(.nan), result)
    return result.ndim == 0 && total.isScalar ? result.scalar : result
  }

  /// `np.nanvar` of complex values in NumPy's `_nanvar` steps: NaNs (either part) replaced by zero in a copy in the
  /// array's memory order; the mean is its sum over the count, divided in complex128 (an intp count promotes
  /// complex64) and stored in the array's dtype; the deviations, zero where NaNs were, times their conjugates by the
  /// multiply ufunc; the real parts of those summed in the part dtype and divided by `count - ddof` in float64 (NaN
  /// where that is not positive).
  private func complexNanVariance(axis: Axes, ddof: Int, keepdims: Bool) throws -> Tensor {
    let mask = nanMask
    // `where` with a Python zero gives complex128: the values stay the array's dtype (exactly, they are its values).
    var values = try replacingNaN(0).astype(dtype)
    let order = iterationOrder
    if values.memoryAxes != order { values.memoryAxes = order }
    let count = try mask.logicalNot().sum(axis: axis, keepdims: true)
    let mean = try values.sum(axis: axis, keepdims: true).astype(.complex128).dividing(count).astype(dtype)
    let deviation = try Tensor.where(mask, Tensor.weak(0), values.subtracting(mean)).astype(dtype)
    var squares = try deviation.multiplying(deviation.conjugate()).realPart
    // NumPy multiplies in place (`out=arr`) and sums the real parts of that copy, in its memory order.
    if squares.memoryAxes != values.memoryAxes { squares.memoryAxes = values.memoryAxes }
    let total = try squares.sum(axis: axis, keepdims: keepdims)
    var freedom = try count.subtracting(Tensor(ddof))
    if !keepdims { freedom = try freedom.reshape(total.shape) }
    let bad = try freedom.lessEqual(Tensor(0))
    var result = try total.astype(.float64).dividing(freedom).astype(dtype.complexPartner)
    result = try Tensor.where(bad, Tensor.weak(.nan), result)
    return result.ndim == 0 && total.isScalar ? result.scalar : result
  }

  /// `np.nanmax`/`np.nanmin` (NumPy's `fmax.reduce`/`fmin.reduce`): the extreme of the non-NaN elements, NaN for a
  /// slice of NaNs only.
  public func nanExtreme(maximum: Bool, axis: Axes, keepdims: Bool) throws -> Tensor {
    // NumPy's check (its fmax/fmin reduction, for every dtype), after the axes': a reduced axis of extent 0 has no
    // identity to give (an empty array reduced over axes of other extents is an empty result).
    if size == 0, try axis.resolve(ndim: ndim).contains(where: { shape[$0] == 0 }) {
      throw TensorError.value(
        "zero-size array to reduction operation \(maximum ? "fmax" : "fmin") which has no identity")
    }
    guard dtype.isInexact else {
      return maximum ? try max(axis: axis, keepdims: keepdims) : try min(axis: axis, keepdims: keepdims)
    }
    if dtype.isComplex { return try complexNanExtreme(maximum: maximum, axis: axis, keepdims: keepdims) }
    let mask = nanMask
    let filled = try Tensor.where(mask, Tensor.weak(maximum ? -.infinity : .infinity), self)
    var extreme =
      maximum
      ? try filled.max(axis: axis, keepdims: keepdims, checkingTies: false)
      : try filled.min(axis: axis, keepdims: keepdims, checkingTies: false)
    if !dtype.isComplex { extreme = try zeroTieExtreme(extreme, maximum: maximum, axis: axis, keepdims: keepdims) }
    let allNaN = try mask.anyAll(isAny: false, axes: axis, keepdims: keepdims)
    let positive = try Tensor.where(allNaN, Tensor.weak(.nan), extreme)
    if dtype.isComplex { return extreme.isScalar ? positive.scalar : positive }
    // An all-NaN slice gives one of its NaNs (NumPy's fmax of them); which one, when their sign bits differ, depends
    // on NumPy's vector loop and the slice's length, so that case is refused.
    let values = doubles
    func nanSigns(_ negative: Bool) -> Tensor {
      Tensor(shape: shape, storage: .bool(values.map { $0.isNaN && ($0.sign == .minus) == negative }))
    }
    let someNegative = try nanSigns(true).anyAll(isAny: true, axes: axis, keepdims: keepdims)
    let somePositive = try nanSigns(false).anyAll(isAny: true, axes: axis, keepdims: keepdims)
    if zip(allNaN.bools, zip(someNegative.bools, somePositive.bools)).contains(where: { $0 && $1.0 && $1.1 }) {
      throw TensorError(
        "NotImplementedError",
        "np.\(maximum ? "nanmax" : "nanmin") of an all-NaN slice holding NaNs of both signs: which NaN NumPy returns "
          + "(its sign bit) depends on its vector loop; use np.isnan or make the NaNs' signs agree", isLimit: true)
    }
    let negative = Tensor(
      shape: allNaN.shape, storage: .bool(zip(allNaN.bools, someNegative.bools).map { $0 && $1 }),
      isScalar: allNaN.isScalar)
    let result = try Tensor.where(negative, Tensor.weak(-Double.nan), positive)
    return extreme.isScalar ? result.scalar : result
  }

  /// `extreme` with NumPy's sign where a slice's extreme is zero and the slice holds both 0.0 and -0.0, which compare
  /// equal. Measured with NumPy 2.4.6 (make_glibcwrong_fixtures.py): fmax.reduce and fmin.reduce keep the first zero
  /// of a slice they reduce with their scalar loop (float16 always; float32 up to 16 and float64 up to 8 elements, read
  /// forwards); past that their vector loop's lanes decide, which docbuild does not model: refused, as for a slice
  /// reduced along an axis or read in another order.
  private func zeroTieExtreme(_ extreme: Tensor, maximum: Bool, axis: Axes, keepdims: Bool) throws -> Tensor {
    let values = doubles
    func zeros(negative: Bool) throws -> [Bool] {
      let flags = Tensor(shape: shape, storage: .bool(values.map { $0 == 0 && ($0.sign == .minus) == negative }))
      return try flags.anyAll(isAny: true, axes: axis, keepdims: keepdims).bools
    }
    let extremes = extreme.doubles
    let negativeZeros = try zeros(negative: true)
    let positiveZeros = try zeros(negative: false)
    guard extremes.indices.contains(where: { extremes[$0] == 0 && negativeZeros[$0] && positiveZeros[$0] }) else {
      return extreme
    }
    let forward = ndim == 1 ? memoryStrides[0] > 0 : memoryStrides == Shape.strides(shape)
    let scalarLoop = dtype == .float16 || size <= (dtype == .float32 ? 16 : 8)
    guard (axis == .all || ndim == 1), forward, scalarLoop, let first = values.first(where: { $0 == 0 }) else {
      let name = maximum ? "nanmax" : "nanmin"
      throw TensorError(
        "NotImplementedError",
        "np.\(name) of a slice whose extreme is 0.0 and -0.0 both is not supported here: which zero NumPy returns "
          + "(its sign bit) depends on its vector loop's lanes; add 0.0 first (np.\(name)(x + 0.0) makes every zero "
          + "0.0) or compare with == 0", isLimit: true)
    }
    return (first.sign == .minus) == (extremes[0].sign == .minus) ? extreme : try extreme.negated()
  }

  /// `np.nanargmax`/`np.nanargmin`: NaNs replaced by the losing infinity, after NumPy's all-NaN check.
  public func nanArgExtreme(maximum: Bool, axis: Int?, keepdims: Bool) throws -> Tensor {
    guard dtype.isInexact else { return try argExtreme(maximum: maximum, axis: axis, keepdims: keepdims) }
    let mask = nanMask
    if mask.size > 0 {
      let allNaN = try mask.anyAll(isAny: false, axes: axis.map { .one($0) } ?? .all, keepdims: false)
      if allNaN.doubles.contains(1) { throw TensorError.value("All-NaN slice encountered") }
    }
    let filled = try Tensor.where(mask, Tensor.weak(maximum ? -.infinity : .infinity), self)
    return try filled.argExtreme(maximum: maximum, axis: axis, keepdims: keepdims)
  }

  /// `np.logical_not` as a bool array.
  func logicalNot() throws -> Tensor {
    try equal(Tensor(false).asArrayOperand.astype(dtype))
  }

  /// `np.gradient(f, dx, axis)` along one axis with uniform spacing `dx`: central differences inside, one-sided
  /// (first or second order) at the ends, in NumPy's order of operations.
  public func numericalGradient(axis: Int, spacing: Double, edgeOrder: Int) throws -> Tensor {
    let f = dtype.isInexact ? self : try astype(.float64)
    let n = f.shape[axis]
    if n < edgeOrder + 1 {
      throw TensorError.value(
        "Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.")
    }
    let dx = Tensor.weak(spacing)
    let inside = try f.sliced(axis, 2, nil).subtracting(f.sliced(axis, nil, -2)).dividing(Tensor.weak(2.0 * spacing))
    func at(_ i: Int) throws -> Tensor { try f.sliced(axis, i, i == -1 ? nil : i + 1) }
    let first: Tensor
    let last: Tensor
    if edgeOrder == 1 {
      first = try at(1).subtracting(at(0)).dividing(dx)
      last = try at(-1).subtracting(at(-2)).dividing(dx)
    } else {
      let (a, b, c) = (Tensor.weak(-1.5 / spacing), Tensor.weak(2.0 / spacing), Tensor.weak(-0.5 / spacing))
      first = try a.multiplying(at(0)).adding(b.multiplying(at(1))).adding(c.multiplying(at(2)))
      let (d, e, g) = (Tensor.weak(0.5 / spacing), Tensor.weak(-2.0 / spacing), Tensor.weak(1.5 / spacing))
      last = try d.multiplying(at(-3)).adding(e.multiplying(at(-2))).adding(g.multiplying(at(-1)))
    }
    return try Tensor.concatenate([first, inside, last], axis: axis)
  }

  /// `np.gradient` along one axis at the 1-d coordinates' spacings `dx` (float64, one fewer than the axis).
  public func numericalGradient(axis: Int, spacings dx: Tensor, edgeOrder: Int) throws -> Tensor {
    let f = dtype.isInexact ? self : try astype(.float64)
    let n = f.shape[axis]
    if n < edgeOrder + 1 {
      throw TensorError.value(
        "Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.")
    }
    var unit = [Int](repeating: 1, count: f.ndim)
    unit[axis] = -1
    let dx1 = try dx.sliced(0, 0, -1)
    let dx2 = try dx.sliced(0, 1, nil)
    let a = try dx2.negated().dividing(dx1.multiplying(dx1.adding(dx2))).reshape(unit)
    let b = try dx2.subtracting(dx1).dividing(dx1.multiplying(dx2)).reshape(unit)
    let c = try dx1.dividing(dx2.multiplying(dx1.adding(dx2))).reshape(unit)
    let inside = try a.multiplying(f.sliced(axis, nil, -2)).adding(b.multiplying(f.sliced(axis, 1, -1)))
      .adding(c.multiplying(f.sliced(axis, 2, nil)))
    func at(_ i: Int) throws -> Tensor { try f.sliced(axis, i, i == -1 ? nil : i + 1) }
    func spacing(_ i: Int) throws -> Tensor { try dx.index([.int(i)]) }
    let first: Tensor
    let last: Tensor
    if edgeOrder == 1 {
      first = try at(1).subtracting(at(0)).dividing(spacing(0))
      last = try at(-1).subtracting(at(-2)).dividing(spacing(-1))
    } else {
      var (p, q) = (try spacing(0), try spacing(1))
      let two = Tensor.weak(2)
      let a0 = try two.multiplying(p).adding(q).negated().dividing(p.multiplying(p.adding(q)))
      let b0 = try p.adding(q).dividing(p.multiplying(q))
      let c0 = try p.negated().dividing(q.multiplying(p.adding(q)))
      first = try a0.multiplying(at(0)).adding(b0.multiplying(at(1))).adding(c0.multiplying(at(2)))
      (p, q) = (try spacing(-2), try spacing(-1))
      let a1 = try q.dividing(p.multiplying(p.adding(q)))
      let b1 = try q.adding(p).dividing(p.multiplying(q)).negated()
      let c1 = try two.multiplying(q).adding(p).dividing(q.multiplying(p.adding(q)))
      last = try a1.multiplying(at(-3)).adding(b1.multiplying(at(-2))).adding(c1.multiplying(at(-1)))
    }
    return try Tensor.concatenate([first, inside, last], axis: axis)
  }

  /// `np.trapezoid(y, x=None, dx, axis)`: `sum(d * (y[1:] + y[:-1]) / 2.0)` along `axis`.
  public static func trapezoid(_ y: Tensor, x: Tensor?, dx: Double, axis: Int) throws -> Tensor {
    let axis = try Shape.normalize(axis: axis, ndim: y.ndim)
    var d = Tensor.weak(dx)
    if let x {
      if x.ndim == 1 {
        d = try x.difference(order: 1, axis: 0, prepend: nil, append: nil)
        var shape = [Int](repeating: 1, count: y.ndim)
        shape[axis] = d.shape[0]
        d = try d.reshape(shape)
      } else {
        d = try x.difference(order: 1, axis: axis, prepend: nil, append: nil)
      }
    }
    let pairs = try y.sliced(axis, 1, nil).adding(y.sliced(axis, nil, -1))
    return try d.multiplying(pairs).dividing(Tensor.weak(2.0)).sum(axis: .one(axis))
  }

  /// `np.cross(a, b, axisa=, axisb=, axisc=)`: the vectors along `axisa` of `a` and `axisb` of `b` (moved last),
  /// their 3-vector products placed along `axisc`; NumPy's checks in its order.
  public static func cross(_ a: Tensor, _ b: Tensor, axisa: Int, axisb: Int, axisc: Int) throws -> Tensor {
    if a.ndim < 1 || b.ndim < 1 { throw TensorError.value("At least one array has zero dimension") }
    func movedLast(_ t: Tensor, _ axis: Int, _ argument: String) throws -> Tensor {
      let axis = try AxisArguments.normalize(axis, ndim: t.ndim, argument: argument)
      if axis == t.ndim - 1 { return t }
      return try t.transpose((0..<t.ndim).filter { $0 != axis } + [axis])
    }
    let product = try cross(try movedLast(a, axisa, "axisa"), try movedLast(b, axisb, "axisb"))
    // Only 3-vector products have an axis to place (2-vectors give their one component).
    guard a.shape[axisa < 0 ? axisa + a.ndim : axisa] == 3 || b.shape[axisb < 0 ? axisb + b.ndim : axisb] == 3 else {
      return product
    }
    let last = product.ndim - 1
    let target = try AxisArguments.normalize(axisc, ndim: product.ndim, argument: "axisc")
    if target == last { return product }
    var order = Array(0..<last)
    order.insert(last, at: target)
    return try product.transpose(order)
  }

  /// `np.cross(a, b)` of 2- or 3-vectors along the last axis: NumPy's products and differences, in its order.
  public static func cross(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard let m = a.shape.last, let n = b.shape.last, [2, 3].contains(m), [2, 3].contains(n) else {
      throw TensorError.value("incompatible dimensions for cross product\n(dimension must be 2 or 3)")
    }
    // NumPy sizes its result with `np.broadcast(a[..., 0], b[..., 0])`, whose error is np.broadcast's wording.
    _ = try broadcastShapes([Array(a.shape.dropLast()), Array(b.shape.dropLast())])
    func part(_ t: Tensor, _ i: Int) throws -> Tensor { try t.index([.ellipsis, .int(i)]) }
    let (a0, a1, b0, b1) = (try part(a, 0), try part(a, 1), try part(b, 0), try part(b, 1))
    let c2 = try a0.multiplying(b1).subtracting(a1.multiplying(b0))
    if m == 2 && n == 2 {
      // NumPy writes the products into an array it made (`empty(shape)`): two 2-vectors give a 0-d array,
      // `array(-2)`, not a scalar.
      var product = c2
      product.isScalar = false
      product.isPythonScalar = false
      return product
    }
    let zero = Tensor.weak(0)
    let a2 = m == 3 ? try part(a, 2) : zero
    let b2 = n == 3 ? try part(b, 2) : zero
    let c0 =
      n == 3 && m == 3
      ? try a1.multiplying(b2).subtracting(a2.multiplying(b1))
      : m == 2 ? try a1.multiplying(b2) : try a2.multiplying(b1).negated()
    let c1 =
      m == 3 && n == 3
      ? try a2.multiplying(b0).subtracting(a0.multiplying(b2))
      : m == 2 ? try a0.multiplying(b2).negated() : try a2.multiplying(b0)
    return try Tensor.stack([c0, c1, c2], axis: -1)
  }

  /// `np.vander(x, N, increasing)`: columns 1, x, x*x, ... (one running product per column, as NumPy's
  /// `multiply.accumulate`), highest power first unless `increasing`.
  public static func vander(_ x: Tensor, columns: Int?, increasing: Bool) throws -> Tensor {
    guard x.ndim == 1 else { throw TensorError.value("x must be a one-dimensional array or sequence.") }
    let count = columns ?? x.shape[0]
    if count < 0 { throw TensorError.value("negative dimensions are not allowed") }
    let type = DType.promoted(x.dtype, .int64)
    let source = try x.astype(type).reshape([x.shape[0], 1])
    var parts: [Tensor] = []
    if count > 0 { parts.append(try Tensor.ones([x.shape[0], 1], dtype: type)) }
    var running = source
    for column in 1..<Swift.max(count, 1) {
      if column > 1 { running = try running.multiplying(source) }
      parts.append(running)
    }
    if parts.isEmpty { return try Tensor.zeros([x.shape[0], 0], dtype: type) }
    if !increasing { parts.reverse() }
    return try Tensor.concatenate(parts, axis: 1)
  }
}

extension Tensor {
  /// `np.nanmax`/`np.nanmin` of complex values: NumPy's `fmax.reduce`/`fmin.reduce`, a fold from each slice's first
  /// element that keeps the running value unless the next element is not NaN (in either part) and is larger
  /// (smaller) in NumPy's lexicographic order (`CGE`/`CLE`: the real parts, then the imaginary ones). The result is one
  /// of the elements (the first, for a slice of NaNs only). Refused where the walk's order would show: two equal
  /// values with different zero signs, or an all-NaN slice of NaNs with different bits.
  func complexNanExtreme(maximum: Bool, axis: Axes, keepdims: Bool) throws -> Tensor {
    let axes = try axis.resolve(ndim: ndim)
    var keptShape = shape
    for axis in axes { keptShape[axis] = 1 }
    let resultShape = keepdims ? keptShape : shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
    try ResourceMeter.charge(work: size, bytes: Shape.count(keptShape) * 16)
    let values: [Complex?] =
      switch storage {
      case .complex128(let numbers): numbers.map { $0 }
      default: doubles.map { Complex($0) }
      }
    func same(_ a: Complex, _ b: Complex) -> Bool {
      a.real.bitPattern == b.real.bitPattern && a.imag.bitPattern == b.imag.bitPattern
    }
    var isAmbiguous = false
    let extremes = ReductionKernel.reduce(
      values, shape: shape, keptShape: keptShape, initial: nil,
      combine: { (running: Complex?, next: Complex?) -> Complex? in
        guard let running else { return next }
        guard let next else { return running }
        if next.hasNaN {
          if running.hasNaN && !same(running, next) { isAmbiguous = true }
          return running
        }
        if running == next && !same(running, next) { isAmbiguous = true }
        let (xr, xi, yr, yi) = (running.real, running.imag, next.real, next.imag)
        let keeps =
          maximum
          ? (xr > yr && !xi.isNaN && !yi.isNaN) || (xr == yr && xi >= yi)
          : (xr < yr && !xi.isNaN && !yi.isNaN) || (xr == yr && xi <= yi)
        return keeps ? running : next
      }, takesShortcuts: false)
    if isAmbiguous {
      throw TensorError(
        "NotImplementedError",
        "np.\(maximum ? "nanmax" : "nanmin") of complex values with equal elements of different zero signs, or an "
          + "all-NaN slice of different NaNs, is not supported: which one NumPy returns depends on the order it "
          + "walks the array in", isLimit: true)
    }
    var numbers: [Complex] = []
    numbers.reserveCapacity(extremes.count)
    for extreme in extremes {
      guard let extreme else {
        throw TensorError.value(
          "zero-size array to reduction operation \(maximum ? "fmax" : "fmin") which has no identity")
      }
      numbers.append(extreme)
    }
    return Tensor(shape: resultShape, storage: .complex128(numbers), isScalar: resultShape.isEmpty, node: nil)
      .tagged(dtype)
  }
}
