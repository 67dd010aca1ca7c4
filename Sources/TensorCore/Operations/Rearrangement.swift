/// NumPy's everyday functions that move, pick or difference elements: `diff`, `roll`, `rot90`, `swapaxes`,
/// `moveaxis`, `tri`/`tril`/`triu`, `take`, `kron`, `tensordot` and the splits. Each is built from recorded
/// primitives (slices, gathers, concatenation, `where`, products) exactly as NumPy's own Python composes it, so the
/// values carry NumPy's bits and the gradients come from the primitives' rules.
extension Tensor {
  /// Index items that apply `item` to `axis` and keep every earlier axis whole.
  static func along(_ axis: Int, _ item: IndexItem) -> [IndexItem] {
    [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: axis) + [item]
  }

  /// `a[..., start:stop, ...]` on one axis, with Python's slice rules.
  func sliced(_ axis: Int, _ start: Int?, _ stop: Int?, step: Int? = nil) throws -> Tensor {
    try index(Tensor.along(axis, .slice(start: start, stop: stop, step: step)))
  }

  /// The same values as an array operand (`np.asanyarray`): a Python scalar loses its weak-typing flag.
  var asArrayOperand: Tensor {
    var result = self
    result.isPythonScalar = false
    return result
  }

  /// `np.diff(a, n, axis, prepend, append)`: `a[1:] - a[:-1]` along `axis`, `n` times (`!=` for bools), after
  /// joining `prepend` and `append` (a 0-d one broadcast to one slice), as NumPy's loop does.
  public func difference(order: Int, axis: Int, prepend: Tensor?, append: Tensor?) throws -> Tensor {
    if order == 0 { return self }
    if order < 0 { throw TensorError.value("order must be non-negative but got \(order)") }
    if ndim == 0 { throw TensorError.value("diff requires input that is at least one dimensional") }
    let axis = try Shape.normalize(axis: axis, ndim: ndim)
    func edge(_ value: Tensor) throws -> Tensor {
      guard value.ndim == 0 else { return value.asArrayOperand }
      var shape = self.shape
      shape[axis] = 1
      return try value.asArrayOperand.broadcast(to: shape)
    }
    var parts = [self]
    if let prepend { parts.insert(try edge(prepend), at: 0) }
    if let append { parts.append(try edge(append)) }
    var result = parts.count == 1 ? self : try Tensor.concatenate(parts, axis: axis)
    for _ in 0..<order {
      let high = try result.sliced(axis, 1, nil)
      let low = try result.sliced(axis, nil, -1)
      result = result.dtype == .bool ? try high.notEqual(low) : try high.subtracting(low)
      if result.shape[axis] == 0 { break }
    }
    return result
  }

  /// The dtype NumPy's `cumsum`/`cumprod`/`sum`/`prod` accumulate a dtype in: bools and narrow ints widen to 64 bits.
  static func accumulationType(_ dtype: DType) -> DType {
    switch dtype {
    case .bool, .int8, .int16, .int32: .int64
    case .uint8, .uint16, .uint32: .uint64
    default: dtype
    }
  }

  /// `np.cumprod(a, axis)` (`axis: nil` flattens): running products left to right, one multiplication per step as
  /// NumPy's accumulate loop does; bools and narrow ints in 64 bits. Differentiable through the recorded products.
  public func cumulativeProduct(axis: Int?) throws -> Tensor {
    var source = axis == nil || ndim == 0 ? try reshape([size]) : self
    let axis = try Shape.normalize(axis: axis ?? 0, ndim: source.ndim)
    let type = Tensor.accumulationType(source.dtype)
    if source.dtype != type { source = try source.astype(type) }
    let count = source.shape[axis]
    guard count > 1 else { return try source.copy() }
    if source.dtype.isComplex { return try ComplexEvaluation.cumulativeProduct(source, axis: axis) }
    var running = try source.sliced(axis, 0, 1)
    var parts = [running]
    parts.reserveCapacity(count)
    for position in 1..<count {
      running = try running.multiplying(source.sliced(axis, position, position + 1))
      parts.append(running)
    }
    return try Tensor.concatenate(parts, axis: axis)
  }

  /// `np.tri(N, M, k, dtype)`: ones at and below the `k`-th diagonal (`arange(N)[:, None] >= arange(-k, M - k)`).
  public static func tri(_ rows: Int, _ columns: Int?, k: Int, dtype: DType) throws -> Tensor {
    let columns = columns ?? rows
    guard rows >= 0, columns >= 0 else { throw TensorError.value("negative dimensions are not allowed") }
    var flags: [Bool] = []
    flags.reserveCapacity(rows * columns)
    for row in 0..<rows {
      for column in 0..<columns { flags.append(row >= column - k) }
    }
    let mask = Tensor(shape: [rows, columns], storage: .bool(flags))
    return dtype == .bool ? mask : try mask.astype(dtype)
  }

  /// `np.tril(m, k)` (`upper: false`) or `np.triu(m, k)`: `where(mask, m, 0)` over the last two axes, as NumPy
  /// writes it; a 1-d `m` broadcasts to a square.
  public func triangle(k: Int, upper: Bool) throws -> Tensor {
    let rows = ndim >= 2 ? shape[ndim - 2] : shape.last ?? 1
    let columns = shape.last ?? 1
    // NumPy reads the matrix size from `m.shape[-2:]`, which is empty for a 0-d value.
    if ndim == 0 { throw TensorError.type("tri() missing 1 required positional argument: 'N'") }
    let mask = try Tensor.tri(rows, columns, k: upper ? k - 1 : k, dtype: .bool)
    let zero = try Tensor.zeros([1], dtype: dtype)
    return upper ? try Tensor.where(mask, zero, self) : try Tensor.where(mask, self, zero)
  }

  /// `np.roll(a, shift, axis)`: each listed axis rotated by its total shift (`axes: nil` rolls the flattened array
  /// and restores the shape). Moves values only, so it differentiates as the reverse roll.
  public func rolled(_ shifts: [Int], axes: [Int]?) throws -> Tensor {
    guard let axes else {
      let total = shifts.reduce(0, &+)
      return try reshape([size]).rolled([total], axes: [0]).reshape(shape)
    }
    var totals = [Int](repeating: 0, count: ndim)
    for (shift, axis) in zip(shifts, axes) {
      let normalized = try Shape.normalize(axis: axis, ndim: ndim)
      totals[normalized] &+= shift
    }
    var result = self
    for (axis, shift) in totals.enumerated() where shape[axis] > 0 {
      let count = shape[axis]
      let offset = ((shift % count) + count) % count
      if offset == 0 { continue }
      result = try Tensor.concatenate(
        [result.sliced(axis, count - offset, nil), result.sliced(axis, nil, count - offset)], axis: axis)
    }
    return result
  }

  /// `np.swapaxes(a, axis1, axis2)`.
  public func swappingAxes(_ first: Int, _ second: Int) throws -> Tensor {
    let a = try Shape.normalizeTuple([first], ndim: ndim, argument: "axis1")[0]
    let b = try Shape.normalizeTuple([second], ndim: ndim, argument: "axis2")[0]
    var order = Array(0..<ndim)
    order.swapAt(a, b)
    return try transpose(order)
  }

  /// `np.moveaxis(a, source, destination)`: the other axes keep their order.
  public func movingAxes(from source: [Int], to destination: [Int]) throws -> Tensor {
    let from = try Shape.normalizeTuple(source, ndim: ndim, argument: "source")
    let to = try Shape.normalizeTuple(destination, ndim: ndim, argument: "destination")
    guard from.count == to.count else {
      throw TensorError.value("`source` and `destination` arguments must have the same number of elements")
    }
    var order = (0..<ndim).filter { !from.contains($0) }
    for (target, axis) in zip(to, from).sorted(by: { $0.0 < $1.0 }) { order.insert(axis, at: target) }
    return try transpose(order)
  }

  /// `np.rot90(m, k, axes)`: flips and a transpose, as NumPy composes them.
  public func rotated90(_ k: Int, axes: (Int, Int)) throws -> Tensor {
    let (first, second) = axes
    if first == second || Swift.abs(first - second) == ndim { throw TensorError.value("Axes must be different.") }
    if first >= ndim || first < -ndim || second >= ndim || second < -ndim {
      throw TensorError.value("Axes=(\(first), \(second)) out of range for array of ndim=\(ndim).")
    }
    let turns = ((k % 4) + 4) % 4
    if turns == 0 { return try index([.ellipsis]) }
    let (a, b) = (first < 0 ? first + ndim : first, second < 0 ? second + ndim : second)
    // Reversing slices rather than `flip`, so the rotation differentiates (autograd gives rot90 a gradient).
    if turns == 2 { return try sliced(a, nil, nil, step: -1).sliced(b, nil, nil, step: -1) }
    var order = Array(0..<ndim)
    order.swapAt(a, b)
    return turns == 1
      ? try sliced(b, nil, nil, step: -1).transpose(order) : try transpose(order).sliced(b, nil, nil, step: -1)
  }

  /// `np.take(a, indices, axis)`: a gather along `axis` (`nil` flattens) with the indices' shape in its place;
  /// `mode` "wrap" or "clip" folds out-of-range indices first, "raise" refuses them with NumPy's message.
  public func taking(_ indices: [Int], shape indexShape: [Int], axis: Int?, mode: String) throws -> Tensor {
    // NumPy views a 0-d array as one element (`PyArray_CheckAxis`): axis 0 and -1 are in bounds of dimension 1.
    let source = axis == nil || ndim == 0 ? try reshape([size]) : self
    let axis = try Shape.normalize(axis: axis ?? 0, ndim: source.ndim)
    let count = source.shape[axis]
    // NumPy's `PyArray_TakeFrom`: an empty axis is an error only when the result would hold elements, and no index
    // is read (nor checked) when the other axes hold none.
    let others = source.shape.enumerated().reduce(1) { $1.offset == axis ? $0 : $0 * $1.element }
    if count == 0, others * indices.count != 0 {
      throw TensorError.index("cannot do a non-empty take from an empty axes.")
    }
    if others == 0 {
      var shape = source.shape
      shape.replaceSubrange(axis...axis, with: indexShape)
      return try Tensor.zeros(shape, dtype: dtype)
    }
    var picks = indices
    switch mode {
    case "wrap":
      picks = picks.map { ((($0 % count) + count) % count) }
    case "clip":
      picks = picks.map { Swift.min(Swift.max($0, 0), count - 1) }
    default:
      if let bad = picks.first(where: { $0 >= count || $0 < -count }) {
        throw TensorError.index("index \(bad) is out of bounds for axis \(axis) with size \(count)")
      }
    }
    return try source.index(Tensor.along(axis, .indices(shape: indexShape, values: picks)))
  }

  /// `np.kron(a, b)`: the block product, as NumPy 2 forms it (both padded to one rank, interleaved unit axes,
  /// one multiplication, one reshape).
  public static func kron(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    var a = a
    if a.ndim < b.ndim { a = try a.reshape([Int](repeating: 1, count: b.ndim - a.ndim) + a.shape) }
    if a.ndim == 0 || b.ndim == 0 { return try a.multiplying(b) }
    let rank = a.ndim
    let bShape = [Int](repeating: 1, count: rank - b.ndim) + b.shape
    var aExpanded: [Int] = []
    var bExpanded: [Int] = []
    for axis in 0..<rank {
      aExpanded += [a.shape[axis], 1]
      bExpanded += [1, bShape[axis]]
    }
    let product = try a.reshape(aExpanded).multiplying(b.reshape(bExpanded))
    return try product.reshape(zip(a.shape, bShape).map { $0 * $1 })
  }

  /// `np.tensordot(a, b, axes)`: the summed axes moved last in `a` and first in `b`, both made matrices, one `dot`,
  /// the free axes restored, exactly NumPy's steps.
  public static func tensordot(_ a: Tensor, _ b: Tensor, axesA: [Int], axesB: [Int]) throws -> Tensor {
    guard axesA.count == axesB.count else { throw TensorError.value("shape-mismatch for sum") }
    var first = axesA
    var second = axesB
    for k in first.indices {
      guard first[k] >= -a.ndim, first[k] < a.ndim, second[k] >= -b.ndim, second[k] < b.ndim else {
        throw TensorError.index("tuple index out of range")
      }
      if a.shape[first[k] < 0 ? first[k] + a.ndim : first[k]]
        != b.shape[second[k] < 0 ? second[k] + b.ndim : second[k]]
      {
        throw TensorError.value("shape-mismatch for sum")
      }
      if first[k] < 0 { first[k] += a.ndim }
      if second[k] < 0 { second[k] += b.ndim }
    }
    let freeA = (0..<a.ndim).filter { !first.contains($0) }
    let freeB = (0..<b.ndim).filter { !second.contains($0) }
    let summed = first.reduce(1) { $0 * a.shape[$1] }
    let left = try a.transpose(freeA + first).reshape([freeA.reduce(1) { $0 * a.shape[$1] }, summed])
    let right = try b.transpose(second + freeB).reshape([summed, freeB.reduce(1) { $0 * b.shape[$1] }])
    return try left.dot(right).reshape(freeA.map { a.shape[$0] } + freeB.map { b.shape[$0] })
  }

  /// `np.array_split` at the given division points (`[0, …, n]`): Python slices `a[p[i]:p[i+1]]` along `axis`.
  public func splitting(at points: [Int], axis: Int) throws -> [Tensor] {
    let axis = try Shape.normalize(axis: axis, ndim: ndim)
    return try zip(points, points.dropFirst()).map { start, stop in try sliced(axis, start, stop) }
  }
}

extension Shape {
  /// NumPy's `normalize_axis_tuple` for `moveaxis`: every axis in range, none repeated (named by its argument).
  static func normalizeTuple(_ axes: [Int], ndim: Int, argument: String) throws -> [Int] {
    var result: [Int] = []
    for axis in axes { result.append(try normalize(axis: axis, ndim: ndim, argument: argument)) }
    if Set(result).count != result.count {
      throw TensorError.value("repeated axis in `\(argument)` argument")
    }
    return result
  }
}

/// Axis and slice arguments checked as NumPy checks them, for the interpreter's argument binding.
public enum AxisArguments {
  /// One axis in `-ndim..<ndim`, made non-negative: NumPy's AxisError otherwise (led by `argument: ` where NumPy
  /// names the argument), and a refusal for an axis no C int holds (`Shape.normalize(axis:ndim:argument:)`).
  public static func normalize(_ axis: Int, ndim: Int, argument: String? = nil) throws -> Int {
    try Shape.normalize(axis: axis, ndim: ndim, argument: argument)
  }

  /// NumPy's `normalize_axis_tuple`: each axis in range, none repeated.
  public static func normalizeTuple(_ axes: [Int], ndim: Int) throws -> [Int] {
    let normalized = try axes.map { try Shape.normalize(axis: $0, ndim: ndim) }
    if Set(normalized).count != normalized.count { throw TensorError.value("repeated axis") }
    return normalized
  }

  /// The positions `start:stop:step` picks from `count` items, by Python's `slice.indices`.
  public static func slicePositions(_ start: Int?, _ stop: Int?, _ step: Int?, count: Int) -> [Int] {
    let step = step ?? 1
    guard step != 0 else { return [] }
    func clamp(_ value: Int?, _ fallback: Int, low: Int, high: Int) -> Int {
      guard var value else { return fallback }
      if value < 0 { value += count }
      return Swift.min(Swift.max(value, low), high)
    }
    if step > 0 {
      let first = clamp(start, 0, low: 0, high: count)
      let last = clamp(stop, count, low: 0, high: count)
      return Array(stride(from: first, to: last, by: step))
    }
    let first = clamp(start, count - 1, low: -1, high: count - 1)
    let last = clamp(stop, -1, low: -1, high: count - 1)
    return Array(stride(from: first, to: last, by: step))
  }
}

extension Tensor {
  /// `a.diagonal(offset, axis1, axis2)`: the two axes moved last, then one gather of the (i, i + offset) pairs,
  /// so the diagonal is the last axis of the result, as in NumPy.
  public func diagonal(offset: Int, axis1: Int, axis2: Int) throws -> Tensor {
    if ndim < 2 { throw TensorError.value("diag requires an array of at least two dimensions") }
    let first = try Shape.normalizeTuple([axis1], ndim: ndim, argument: "axis1")[0]
    let second = try Shape.normalizeTuple([axis2], ndim: ndim, argument: "axis2")[0]
    if first == second { throw TensorError.value("axis1 and axis2 cannot be the same") }
    let moved = try movingAxes(from: [first, second], to: [ndim - 2, ndim - 1])
    let (rows, columns) = (moved.shape[ndim - 2], moved.shape[ndim - 1])
    let start = offset >= 0 ? (0, offset) : (-offset, 0)
    let count = Swift.max(0, Swift.min(rows - start.0, columns - start.1))
    return try moved.index([
      .ellipsis, .indices(shape: [count], values: (0..<count).map { $0 + start.0 }),
      .indices(shape: [count], values: (0..<count).map { $0 + start.1 }),
    ])
  }

  /// `a.compress(condition, axis)`: the positions where `condition` holds along `axis` (`nil` flattens); a
  /// condition shorter than the axis leaves the rest out, a longer one must be false past it.
  public func compressed(_ condition: [Bool], axis: Int?) throws -> Tensor {
    // As in `taking`, a 0-d array is one element along axis 0 (or -1).
    let source = axis == nil || ndim == 0 ? try reshape([size]) : self
    let axis = try Shape.normalize(axis: axis ?? 0, ndim: source.ndim)
    // NumPy's compress is a take of the condition's nonzero positions, with take's checks.
    let positions = condition.indices.filter { condition[$0] }
    return try source.taking(positions, shape: [positions.count], axis: axis, mode: "raise")
  }
}
