import Foundation

/// Functions whose result picks elements of their inputs: `concatenate`, `stack`, `where`, `clip`, `sort`, `diag`,
/// `flip` and friends. Each is a `SelectPlan` (result element k is element `positions[k]` of the inputs laid end to
/// end), so one gradient rule, a scatter-add split back over the inputs, serves all of them, as autograd's rules do.
struct SelectPlan: Sendable {
  /// Positions in the concatenation of the inputs' elements, in row-major result order.
  var positions: [Int]
  /// The result's shape.
  var shape: [Int]
  /// The result's dtype (the inputs are converted to it before picking).
  var dtype: DType
  /// For `clip`, whose first input has the result's shape: autograd multiplies `g` by a 0/1 mask, so an element not
  /// picked from it gets `g * 0` (a negative zero for negative `g`), not a plain zero.
  var masksFirst = false
  /// autograd's error for a gradient it does not define (`sort` of 2-d arrays, `median`), raised by the backward pass.
  var gradientError: TensorError? = nil

  /// The picked elements.
  func evaluate(_ inputs: [Tensor]) -> Tensor {
    let joined = Tensor.joined(inputs, as: dtype)
    func pick<T>(_ values: [T]) -> [T] { positions.map { values[$0] } }
    let storage: Storage =
      switch joined {
      case .float64(let values): .float64(pick(values))
      case .int64(let values): .int64(pick(values))
      case .bool(let values): .bool(pick(values))
      case .complex128(let values): .complex128(pick(values))
      }
    return Tensor(shape: shape, storage: storage, isScalar: false, node: nil).tagged(dtype)
  }

  /// The gradient of each input: `g` added back at the positions it was picked from.
  func vjp(_ g: Tensor, inputs: [Tensor]) throws -> [Tensor] {
    if let gradientError { throw gradientError }
    var total = [Double](repeating: 0, count: inputs.reduce(0) { $0 + $1.size })
    let values = g.doubles
    // autograd's rules pick g's elements (`g[idxs]` for concatenate, `where(c, g, 0)`), so an element picked once
    // is g's own, a -0 included; one picked again is added to it, and one never picked is 0.
    var isPicked = [Bool](repeating: false, count: total.count)
    for (k, position) in positions.enumerated() {
      if isPicked[position] {
        total[position] += values[k]
      } else {
        total[position] = values[k]
        isPicked[position] = true
      }
    }
    if masksFirst {
      for (k, position) in positions.enumerated() where position != k { total[k] = values[k] * 0 }
    }
    var start = 0
    return inputs.map { input in
      defer { start += input.size }
      let part = Array(total[start..<(start + input.size)])
      return Tensor(shape: input.shape, storage: .float64(part), isScalar: input.isScalar, node: nil)
    }
  }
}

/// An axis split as NumPy's along-axis functions walk it: `outer` lines before it, `count` along it, `inner` after.
struct AxisLines {
  var outer: Int
  var count: Int
  var inner: Int

  init(_ shape: [Int], axis: Int) {
    outer = shape[..<axis].reduce(1, *)
    count = shape[axis]
    inner = shape[(axis + 1)...].reduce(1, *)
  }

  /// The flat position of element `j` of line (`o`, `i`).
  func position(_ o: Int, _ j: Int, _ i: Int) -> Int { (o * count + j) * inner + i }
}

extension Tensor {
  static func select(_ inputs: [Tensor], _ plan: SelectPlan) throws -> Tensor {
    try ResourceMeter.charge(work: plan.positions.count, bytes: plan.positions.count * 8)
    return try record(.select(plan), inputs)
  }

  /// `np.concatenate(arrays, axis)`; `axis: nil` flattens first. NumPy's messages for mismatched inputs.
  public static func concatenate(_ arrays: [Tensor], axis: Int?) throws -> Tensor {
    guard let first = arrays.first else { throw TensorError.value("need at least one array to concatenate") }
    var arrays = arrays
    if axis == nil { arrays = arrays.map { $0.reshapedKeepingGraph([$0.size]) } }
    let ndim = arrays[0].ndim
    if ndim == 0 { throw TensorError.value("zero-dimensional arrays cannot be concatenated") }
    let axis = try Shape.normalize(axis: axis ?? 0, ndim: ndim)
    var shape = arrays[0].shape
    for (k, array) in arrays.enumerated().dropFirst() {
      if array.ndim != ndim {
        throw TensorError.value(
          "all the input arrays must have same number of dimensions, but the array at index 0 has \(first.ndim) "
            + "dimension(s) and the array at index \(k) has \(array.ndim) dimension(s)")
      }
      for d in 0..<ndim where d != axis && array.shape[d] != shape[d] {
        throw TensorError.value(
          "all the input array dimensions except for the concatenation axis must match exactly, but along dimension "
            + "\(d), the array at index 0 has size \(shape[d]) and the array at index \(k) has size \(array.shape[d])")
      }
      shape[axis] += array.shape[axis]
    }
    let count = try Shape.checkedCount(shape)
    let outer = shape[..<axis].reduce(1, *)
    var positions: [Int] = []
    positions.reserveCapacity(count)
    let slabs = arrays.map { $0.shape[axis...].reduce(1, *) }
    var starts: [Int] = []
    var start = 0
    for array in arrays {
      starts.append(start)
      start += array.size
    }
    for o in 0..<outer {
      for (k, slab) in slabs.enumerated() {
        let base = starts[k] + o * slab
        for j in 0..<slab { positions.append(base + j) }
      }
    }
    let dtype = arrays.dropFirst().reduce(arrays[0].dtype) { DType.promoted($0, $1.dtype) }
    return try select(arrays, SelectPlan(positions: positions, shape: shape, dtype: dtype))
  }

  /// `np.stack(arrays, axis)`: same-shaped arrays along a new axis.
  public static func stack(_ arrays: [Tensor], axis: Int) throws -> Tensor {
    guard let first = arrays.first else { throw TensorError.value("need at least one array to stack") }
    if arrays.contains(where: { $0.shape != first.shape }) {
      throw TensorError.value("all input arrays must have the same shape")
    }
    let axis = try Shape.normalize(axis: axis, ndim: first.ndim + 1)
    var expanded = first.shape
    expanded.insert(1, at: axis)
    return try concatenate(arrays.map { $0.reshapedKeepingGraph(expanded) }, axis: axis)
  }

  /// A reshape that stays in the autodiff graph.
  func reshapedKeepingGraph(_ shape: [Int]) -> Tensor {
    (try? Tensor.record(.reshape(shape, isScalar: false), NodeInputs(self))) ?? reshapedUnrecorded(shape)
  }

  /// `np.where(condition, x, y)`: broadcast together, `x` where the condition holds and `y` elsewhere.
  public static func `where`(_ condition: Tensor, _ x: Tensor, _ y: Tensor) throws -> Tensor {
    guard let pair = Shape.broadcast(condition.shape, x.shape), let shape = Shape.broadcast(pair, y.shape) else {
      // NumPy names all three operands' shapes.
      throw TensorError.value(
        "operands could not be broadcast together with shapes \(Shape.compact(condition.shape)) "
          + "\(Shape.compact(x.shape)) \(Shape.compact(y.shape)) ")
    }
    let count = try Shape.checkedCount(shape)
    let flags = try condition.broadcast(to: shape).bools
    let xs = try x.broadcast(to: shape)
    let ys = try y.broadcast(to: shape)
    let positions = (0..<count).map { flags[$0] ? $0 : count + $0 }
    // NEP 50: a Python scalar takes the array's dtype (`np.where(m, int32_array, 0)` stays int32), an int out of its
    // range too, wrapped (NumPy's `where` casts it unsafely, with no error).
    let dtype = try NarrowEvaluation.commonType(x, y, for: "where", checkRange: false)
    return try select([xs, ys], SelectPlan(positions: positions, shape: shape, dtype: dtype))
  }

  /// The same value as a NumPy scalar (what ufunc-like functions return for 0-d results).
  var asScalar: Tensor {
    var scalar = self
    scalar.isScalar = true
    return scalar
  }

  /// `np.clip(a, a_min, a_max)`: `minimum(maximum(a, a_min), a_max)`, NaN kept (a NaN bound makes the result NaN);
  /// autograd's gradient for `a` (`g` where the result differs from both bounds, `g * 0` elsewhere), and the rest of
  /// `g` to the bound each clipped element equals, so a bound computed from a recorded value has its gradient too.
  public func clip(_ low: Tensor?, _ high: Tensor?) throws -> Tensor {
    // With both bounds NumPy calls its three-operand `clip` ufunc, whose error names the three shapes.
    if let low, let high, Shape.broadcast(shape, low.shape).flatMap({ Shape.broadcast($0, high.shape) }) == nil {
      throw TensorError.value(
        "operands could not be broadcast together with shapes \(Shape.compact(shape)) "
          + "\(Shape.compact(low.shape)) \(Shape.compact(high.shape)) ")
    }
    var clipped = detached
    if let low { clipped = try Tensor.maximum(clipped, low.detached).detached }
    if let high { clipped = try Tensor.minimum(clipped, high.detached).detached }
    let shape = clipped.shape
    let count = clipped.size
    let own = try broadcast(to: shape)
    let values = clipped.doubles
    // A bound compares with the result in the result's dtype (a weak 0.15 is the float16 0.1499 beside halves).
    func bound(_ tensor: Tensor) throws -> [Double] {
      let values = try tensor.detached.broadcast(to: shape)
      return clipped.dtype.isNarrowFloat ? values.converted(as: clipped.dtype).doubles : values.doubles
    }
    let lows = try low.map(bound)
    let highs = try high.map(bound)
    let ownValues = own.doubles
    // A float64 result picks from float64 inputs (a narrow bound widened on its path, so a gradient through it is
    // the detour's refusal), as the recorded selection requires.
    func operand(_ tensor: Tensor) throws -> Tensor {
      let spread = try tensor.broadcast(to: shape)
      return clipped.dtype == .float64 && spread.dtype.isNarrow ? spread.convertedKeepingPath() : spread
    }
    var inputs = [try operand(self)]
    var lowStart = 0
    var highStart = 0
    if let low {
      lowStart = inputs.count * count
      inputs.append(try operand(low))
    }
    if let high {
      highStart = inputs.count * count
      inputs.append(try operand(high))
    }
    // Where only a NaN bound makes the result NaN, autograd's mask still passes `g` to `a` (NaN differs from both
    // bounds), which a selection of the bound cannot say: such a gradient is refused.
    var isNaNFromBound = false
    // An integer result is compared with its bounds exactly: as doubles, int64 values past 2**53 (and uint64 past
    // 2**63) could equal a bound they differ from.
    let exactValues: [Int64]? = clipped.dtype.isInteger ? clipped.int64s : nil
    let exactLows = try exactValues == nil ? nil : low.map { try $0.detached.broadcast(to: shape).int64s }
    let exactHighs = try exactValues == nil ? nil : high.map { try $0.detached.broadcast(to: shape).int64s }
    let positions = (0..<count).map { k -> Int in
      if let exactValues {
        let value = exactValues[k]
        if exactLows.map({ value != $0[k] }) ?? true, exactHighs.map({ value != $0[k] }) ?? true { return k }
        if let exactLows, value == exactLows[k] { return lowStart + k }
        return highStart + k
      }
      let value = values[k]
      let isOwn = (lows.map { value != $0[k] } ?? true) && (highs.map { value != $0[k] } ?? true)
      if isOwn && !(value.isNaN && !ownValues[k].isNaN) { return k }
      if let lows, value == lows[k] || (value.isNaN && lows[k].isNaN) {
        if !ownValues[k].isNaN && value.isNaN { isNaNFromBound = true }
        return lowStart + k
      }
      if value.isNaN && !ownValues[k].isNaN { isNaNFromBound = true }
      return highStart + k
    }
    var plan = SelectPlan(positions: positions, shape: shape, dtype: clipped.dtype, masksFirst: true)
    if isNaNFromBound {
      plan.gradientError = TensorError(
        "NotImplementedError",
        "a gradient through np.clip where a NaN bound makes the result NaN is not supported in snippets: autograd "
          + "passes the gradient to the clipped array there; remove the NaN bound first", isLimit: true)
    }
    var result = try Tensor.select(inputs, plan)
    // Where the result is a zero, its sign is the one NumPy's three-operand clip loop picks on ties: with bounds of
    // one element each (its contiguous path) `lo if x < lo else x`, then `hi if hi < m else m`, which keeps the
    // first operand; with array bounds `x if x > lo else lo`, then `m if m < hi else hi`, which takes the second.
    // Only the value's sign changes: autograd's gradient still treats the element as at the bound.
    if let low, let high, let lows, let highs, clipped.dtype.isFloat {
      let boundsAreScalars = low.size == 1 && high.size == 1
      var kept = result.doubles
      var changed = false
      for k in 0..<count where kept[k] == 0 {
        let (x, lo, hi) = (ownValues[k], lows[k], highs[k])
        guard !x.isNaN, !lo.isNaN, !hi.isNaN else { continue }
        let m = boundsAreScalars ? (x < lo ? lo : x) : (x > lo ? x : lo)
        let c = boundsAreScalars ? (hi < m ? hi : m) : (m < hi ? m : hi)
        if c == 0 && c.sign != kept[k].sign {
          kept[k] = c
          changed = true
        }
      }
      if changed { result.storage = .float64(kept) }
    }
    return shape.isEmpty ? result.asScalar : result
  }

  /// `np.flip(a, axis)`: the elements in reverse order along `axis` (every axis for nil).
  public func flip(_ axis: Int?) throws -> Tensor {
    let axes = try axis.map { [try Shape.normalize(axis: $0, ndim: ndim)] } ?? Array(0..<ndim)
    let items = (0..<ndim).map {
      axes.contains($0) ? IndexItem.slice(start: nil, stop: nil, step: -1) : .slice(start: nil, stop: nil, step: nil)
    }
    let plan = try TakePlan(basic: IndexPlan(items, shape: shape, isScalar: false))
    // Its gradient is the flipped upstream gradient: autograd's `grad(f)` refuses `np.flip` while tracing (it has no
    // VJP there) but differentiates `fliplr` and `flipud`, which are flips too.
    return try Tensor.select([self], SelectPlan(positions: plan.positions, shape: shape, dtype: dtype))
  }

  /// `np.sort(a, axis)` (`axis: nil` flattens): ascending, NaN last; the gradient follows each element.
  public func sorted(axis: Int?, stable: Bool = false) throws -> Tensor {
    let source = axis == nil ? reshapedKeepingGraph([size]) : self
    // A 0-d array has no axis: this throws NumPy's AxisError (or refuses an axis beyond a C int).
    if source.ndim == 0 { _ = try Shape.normalize(axis: axis ?? -1, ndim: 0) }
    if !stable, storageClass == .float64 { try source.refuseDistinctTies(axis: axis ?? -1) }
    if case .complex128(let values) = source.storage {
      try source.refuseOrderFromDecompositionDigits(values, "np.sort")
      if !stable { try source.refuseDistinctComplexTies(values, axis: axis ?? -1) }
    }
    if !stable, dtype == .float16, source.doubles.contains(where: \.isNaN) { throw Self.halfSortNaNRefusal("np.sort") }
    let order = try source.argsortPositions(axis: axis ?? -1, stable: true)
    let refusal =
      source.ndim > 1
      ? TensorError("NotImplementedError", "Gradient of sort not implemented for multi-dimensional arrays.") : nil
    var sorted = try Tensor.select(
      [source], SelectPlan(positions: order, shape: source.shape, dtype: dtype, gradientError: refusal))
    // NumPy's quicksort (its SIMD sort) puts its own positive NaN where the NaNs end up, whatever their sign bits.
    if !stable, case .float64(let values) = sorted.storage, values.contains(where: { $0.isNaN && $0.sign == .minus }) {
      sorted.storage = .float64(values.map { $0.isNaN ? .nan : $0 })
    }
    return sorted
  }

  /// NumPy's float16 quicksort with AVX-512 (x86-simd-sort) writes every NaN it sorts as 0x7c01, a signalling NaN,
  /// and keeps the NaNs' own bits without it: the bits depend on the machine, so such a sort is refused.
  static func halfSortNaNRefusal(_ what: String) -> TensorError {
    TensorError(
      "NotImplementedError",
      "\(what) of float16 values holding NaN is not supported: NumPy's quicksort writes the NaNs with bits that "
        + "depend on the CPU (0x7c01 with AVX-512); pass kind='stable' or remove the NaNs first", isLimit: true)
  }

  /// Refuses a quicksort of a line holding both 0.0 and -0.0: they compare equal, and the order NumPy's SIMD sort
  /// leaves them in (`np.sort` of 11 float64 values puts a -0.0 given last first) shows in the result; a stable sort
  /// keeps their order, as docbuild does.
  private func refuseDistinctTies(axis: Int) throws {
    let lines = AxisLines(shape, axis: try Shape.normalize(axis: axis, ndim: ndim))
    guard lines.count > 1 else { return }
    let values = doubles
    for o in 0..<lines.outer {
      for i in 0..<lines.inner {
        var zeros: Set<FloatingPointSign> = []
        for j in 0..<lines.count where values[lines.position(o, j, i)] == 0 {
          zeros.insert(values[lines.position(o, j, i)].sign)
        }
        if zeros.count > 1 {
          throw TensorError(
            "NotImplementedError",
            "np.sort of values holding both 0.0 and -0.0 is not supported: they are equal, and the order NumPy's "
              + "quicksort leaves them in depends on its SIMD sort; pass kind='stable'", isLimit: true)
        }
      }
    }
  }

  /// Refuses a quicksort of a complex line longer than 16 elements holding two that compare equal but differ in the
  /// sign of a zero part: NumPy's introsort partitions such a line unstably, so which one comes first shows. (Up to
  /// 16 elements it sorts by insertion, which keeps them in order, as docbuild's stable sort does.)
  private func refuseDistinctComplexTies(_ values: [Complex], axis: Int) throws {
    let lines = AxisLines(shape, axis: try Shape.normalize(axis: axis, ndim: ndim))
    guard lines.count > 16 else { return }
    for o in 0..<lines.outer {
      for i in 0..<lines.inner {
        var zeroSigns: Set<[FloatingPointSign]> = []
        for j in 0..<lines.count {
          let value = values[lines.position(o, j, i)]
          guard value.real == 0 || value.imag == 0 else { continue }
          zeroSigns.insert([value.real.sign, value.imag.sign])
        }
        // Only values with a zero part can be equal yet print differently (NaN parts print alike).
        if zeroSigns.count > 1, Self.hasDistinctEqualComplex(values, lines: lines, o, i) {
          throw TensorError(
            "NotImplementedError",
            "np.sort of complex values holding equal elements that differ in the sign of a zero part is not "
              + "supported: the order NumPy's quicksort leaves them in shows; pass kind='stable'", isLimit: true)
        }
      }
    }
  }

  /// Refuses sorting complex values computed from a decomposition (`np.roots`, Polynomial.roots() sort
  /// `np.linalg.eigvals`'s) when two real parts are within 1e-8 of each other, relatively: the order of such values
  /// (a conjugate pair, by the sign of its imaginary parts, when the real parts are equal) comes from last digits
  /// that are LAPACK's in NumPy and docbuild's here.
  private func refuseOrderFromDecompositionDigits(_ values: [Complex], _ what: String) throws {
    guard values.count > 1, let origin = decompositionAncestor() else { return }
    let reals = values.map(\.real).sorted()
    for (a, b) in zip(reals, reals.dropFirst()) where (b - a) <= 1e-8 * Swift.max(a.magnitude, b.magnitude) || a.isNaN {
      throw TensorError(
        "NotImplementedError",
        "\(what) of complex values computed from \(origin)'s result, two of whose real parts are (nearly) equal, is "
          + "not supported: their order comes from last digits that are LAPACK's in NumPy, which docbuild does not "
          + "reproduce", isLimit: true)
    }
  }

  /// True when two elements of the line compare equal in NumPy's complex order but differ in a zero part's sign.
  private static func hasDistinctEqualComplex(_ values: [Complex], lines: AxisLines, _ o: Int, _ i: Int) -> Bool {
    var seen: [Complex] = []
    for j in 0..<lines.count {
      let value = values[lines.position(o, j, i)]
      guard value.real == 0 || value.imag == 0 else { continue }
      for other in seen where !complexLess(value, other) && !complexLess(other, value) {
        if value.real.sign != other.real.sign || value.imag.sign != other.imag.sign { return true }
      }
      seen.append(value)
    }
    return false
  }

  /// NumPy's order of complex values in its sorts (`CDOUBLE_LT`, npysort): by real part, then imaginary part, with
  /// values holding NaN after the others: `R + nanj`, then `nan + Rj`, then `nan + nanj`.
  static func complexLess(_ a: Complex, _ b: Complex) -> Bool {
    if a.real < b.real { return !a.imag.isNaN || b.imag.isNaN }
    if a.real > b.real { return b.imag.isNaN && !a.imag.isNaN }
    if a.real == b.real || (a.real.isNaN && b.real.isNaN) {
      return a.imag < b.imag || (b.imag.isNaN && !a.imag.isNaN)
    }
    return b.real.isNaN
  }

  /// `np.argsort(a, axis, kind)`: the indices that sort each line. NumPy's default quicksort orders equal elements
  /// by its own algorithm: docbuild repeats it on lines of up to 256 elements and refuses ties in longer ones unless
  /// `stable`.
  public func argsort(axis: Int?, stable: Bool) throws -> Tensor {
    // NumPy's argsort views a 0-d array as one element (`PyArray_CheckAxis`), so axis 0 and -1 give `array([0])`.
    let source = axis == nil || ndim == 0 ? reshapedUnrecorded([size]).tagged(dtype) : self
    if case .complex128(let values) = storage { try refuseOrderFromDecompositionDigits(values, "np.argsort") }
    let normalized = try Shape.normalize(axis: axis ?? -1, ndim: source.ndim)
    let lines = AxisLines(source.shape, axis: normalized)
    // NumPy's quicksort sorts a line of up to 16 elements by insertion, which keeps equal elements in order; but on
    // x86 with AVX-512 (as on the reference machine) the 32- and 64-bit integer and float dtypes go to x86-simd-sort's
    // sorting networks instead (`np.argsort([1, 3, 2, 12, -1, 5, 2])` puts the last 2 first).
    // Only with the AVX-512 kernel set: a page recorded where NumPy ran without AVX-512 (run again with the Haswell
    // set, as for products) gets the insertion sort's order of short lines and the refusal of ties in longer ones.
    let network = !stable && dtype.itemsize >= 4 && !dtype.isComplex && ProductKernels.current == .skylakeX
    let order = try source.argsortPositions(
      axis: normalized, stable: stable || (!network && lines.count <= 16), network: network)
    var indices = [Int64](repeating: 0, count: order.count)
    for (k, position) in order.enumerated() { indices[k] = Int64(position / lines.inner % lines.count) }
    return Tensor(shape: source.shape, storage: .int64(indices), isScalar: false)
  }

  /// The source position of each element of the sorted array, line by line along `axis`; with `network`, a line of
  /// up to 256 elements is ordered as x86-simd-sort's AVX-512 argsort orders it (`SimdArgsortNetwork`).
  private func argsortPositions(axis: Int, stable: Bool, network: Bool = false) throws -> [Int] {
    let axis = try Shape.normalize(axis: axis, ndim: ndim)
    try ResourceMeter.charge(work: size * 20, bytes: size * 8)
    let lines = AxisLines(shape, axis: axis)
    let values = doubles
    let ints = orderKeys
    let complexes: [Complex]? = if case .complex128(let v) = storage { v } else { nil }
    func less(_ a: Int, _ b: Int) -> Bool {
      if let ints { return ints[a] < ints[b] }
      if let complexes { return Self.complexLess(complexes[a], complexes[b]) }
      let x = values[a]
      let y = values[b]
      return x < y || (!x.isNaN && y.isNaN)
    }
    var result = [Int](repeating: 0, count: size)
    for o in 0..<lines.outer {
      for i in 0..<lines.inner {
        var line = (0..<lines.count).map { lines.position(o, $0, i) }
        if network, line.count <= 256, networkOrders(line, ints: ints, values: values) {
          line = try SimdArgsortNetwork.order(line, less) { isNetworkPadding($0, ints: ints, values: values) }
          // Equal elements in the order of AVX-512's network: another CPU's NumPy may order them otherwise.
          if zip(line, line.dropFirst()).contains(where: { !less($0, $1) && !less($1, $0) }) {
            ProductKernels.noteOrderSensitive()
          }
        } else {
          // A stable merge sort: equal elements keep their order (NumPy's insertion sort of a line of up to 16
          // elements, and its SIMD sort's `std::sort` of one holding NaN, do too).
          // x86-simd-sort leaves a line already in order as it is, whatever its length (`std::is_sorted`).
          let inOrder =
            network && !line.contains { values[$0].isNaN } && zip(line, line.dropFirst()).allSatisfy { !less($1, $0) }
          line = Tensor.mergeSorted(line, less)
          if !stable && !inOrder && !(network && line.count <= 16) {
            for (a, b) in zip(line, line.dropFirst()) where !less(a, b) && !less(b, a) {
              throw TensorError(
                "NotImplementedError",
                "argsort of equal elements orders them by NumPy's quicksort internals; pass kind='stable'",
                isLimit: true)
            }
          }
        }
        for (j, position) in line.enumerated() { result[lines.position(o, j, i)] = position }
      }
    }
    return result
  }

  /// Whether x86-simd-sort's network orders this line: not when it holds NaN (then `std::sort`, stable on short
  /// lines, does).
  private func networkOrders(_ line: [Int], ints: [Int64]?, values: [Double]) -> Bool {
    if ints != nil { return true }
    return !line.contains(where: { values[$0].isNaN })
  }

  /// Whether the element at `position` equals the value x86-simd-sort pads a partial register with: the dtype's
  /// largest (an infinity for floats; uint64's 2**64 - 1 is `Int64.max` among the order keys).
  private func isNetworkPadding(_ position: Int, ints: [Int64]?, values: [Double]) -> Bool {
    guard let ints else { return values[position] == .infinity }
    switch dtype {
    case .int32: return ints[position] == Int64(Int32.max)
    case .uint32: return ints[position] == Int64(UInt32.max)
    default: return ints[position] == Int64.max
    }
  }

  private static func mergeSorted(_ items: [Int], _ less: (Int, Int) -> Bool) -> [Int] {
    guard items.count > 1 else { return items }
    let middle = items.count / 2
    let left = mergeSorted(Array(items[..<middle]), less)
    let right = mergeSorted(Array(items[middle...]), less)
    var merged: [Int] = []
    merged.reserveCapacity(items.count)
    var a = 0
    var b = 0
    while a < left.count && b < right.count {
      if less(right[b], left[a]) {
        merged.append(right[b])
        b += 1
      } else {
        merged.append(left[a])
        a += 1
      }
    }
    merged += left[a...]
    merged += right[b...]
    return merged
  }

  /// `np.argmax` / `np.argmin` (`axis: nil` over the flattened array): the first extreme, the first NaN if any.
  public func argExtreme(maximum: Bool, axis: Int?, keepdims: Bool = false) throws -> Tensor {
    let source = axis == nil ? reshapedUnrecorded([size]) : self
    if source.ndim == 0 {
      // NumPy views a 0-d array as one element here, so only axis 0 and -1 are in bounds (of dimension 1).
      if let axis { _ = try Shape.normalize(axis: axis, ndim: 1) }
      return Tensor(0)
    }
    let normalized = try Shape.normalize(axis: axis ?? 0, ndim: source.ndim)
    let lines = AxisLines(source.shape, axis: normalized)
    // NumPy checks the axis first; only an empty axis is an error (an empty result over other axes is not).
    if lines.count == 0 {
      throw TensorError.value("attempt to get \(maximum ? "argmax" : "argmin") of an empty sequence")
    }
    // A flat bool array's extreme is its first True (False), or 0 when there is none: found by the C library's
    // byte search instead of converting every element (a prime sieve calls `np.argmax(mask)` once per prime on a
    // million flags, each search running up to the next prime).
    if axis == nil, case .bool(let flags) = source.storage {
      let position = flags.withUnsafeBytes { bytes -> Int in
        guard let base = bytes.baseAddress, let found = memchr(base, maximum ? 1 : 0, bytes.count) else { return 0 }
        return UnsafeRawPointer(found) - base
      }
      let shape = keepdims ? [Int](repeating: 1, count: ndim) : []
      return Tensor(shape: shape, storage: .int64([Int64(position)]), isScalar: shape.isEmpty)
    }
    let values = source.doubles
    let ints = orderKeys
    let numbers: [Complex]? = if case .complex128(let v) = storage { v } else { nil }
    var result: [Int64] = []
    for o in 0..<lines.outer {
      for i in 0..<lines.inner {
        var best = 0
        for j in 1..<Swift.max(lines.count, 1) {
          let candidate = lines.position(o, j, i)
          let current = lines.position(o, best, i)
          if let ints {
            if maximum ? ints[candidate] > ints[current] : ints[candidate] < ints[current] { best = j }
            continue
          }
          if let numbers {
            // NumPy's complex argmax/argmin: the first NaN (in either part), else the first strictly larger (smaller)
            // in lexicographic order.
            let (x, y) = (numbers[candidate], numbers[current])
            if y.hasNaN { break }
            let isBetter =
              maximum
              ? x.real > y.real || (x.real == y.real && x.imag > y.imag)
              : y.real > x.real || (x.real == y.real && y.imag > x.imag)
            if isBetter || x.hasNaN { best = j }
            continue
          }
          if values[current].isNaN { break }
          if values[candidate].isNaN
            || (maximum ? values[candidate] > values[current] : values[candidate] < values[current])
          {
            best = j
          }
        }
        result.append(Int64(best))
      }
    }
    var shape = source.shape
    if keepdims && axis != nil { shape[normalized] = 1 } else { shape.remove(at: normalized) }
    if axis == nil && keepdims { shape = [Int](repeating: 1, count: ndim) }
    return Tensor(shape: shape, storage: .int64(result), isScalar: shape.isEmpty)
  }

  /// `np.cumsum(a, axis)` (`axis: nil` flattens): running sums left to right, as NumPy adds them; ints and bools in
  /// int64. Differentiable: the gradient is the reversed running sum of `g`.
  public func cumulativeSum(axis: Int?) throws -> Tensor {
    let source = axis == nil ? reshapedKeepingGraph([size]) : self
    if source.ndim == 0 { return try source.reshapedKeepingGraph([1]).cumulativeSum(axis: axis ?? 0) }
    let normalized = try Shape.normalize(axis: axis ?? 0, ndim: source.ndim)
    return try Tensor.record(.cumsum(axis: normalized, reverse: false), NodeInputs(source))
  }

  /// The running sums along `axis` (reversed: from the end), untracked.
  /// `half`: float16 values, each running sum NumPy's `HALF_add` step (the float32 sum rounded to half).
  static func runningSums(_ a: Tensor, axis: Int, reverse: Bool, half: Bool = false, single: Bool = false) -> Tensor {
    let lines = AxisLines(a.shape, axis: axis)
    func run<T>(_ values: [T], _ zero: T, _ plus: (T, T) -> T) -> [T] {
      var result = values
      for o in 0..<lines.outer {
        for i in 0..<lines.inner {
          var total = zero
          for step in 0..<lines.count {
            let j = reverse ? lines.count - 1 - step : step
            let position = lines.position(o, j, i)
            // NumPy's first running sum is the first element itself (so -0.0 stays -0.0), then it adds.
            total = step == 0 ? values[position] : plus(total, values[position])
            result[position] = total
          }
        }
      }
      return result
    }
    let storage: Storage =
      switch a.storage {
      case .float64(let values) where half: .float64(run(values, 0) { Double(Float16(Float($0) + Float($1))) })
      case .float64(let values): .float64(run(values, 0, +))
      case .int64(let values): .int64(run(values, 0, &+))
      case .bool(let values): .int64(run(values.map { $0 ? 1 : 0 }, 0, &+))
      case .complex128(let values) where single:
        // complex64 adds each part in float32, rounding every running sum.
        .complex128(
          run(values, Complex(0, 0)) {
            Complex(Double(Float($0.real) + Float($1.real)), Double(Float($0.imag) + Float($1.imag)))
          })
      case .complex128(let values):
        .complex128(run(values, Complex(0, 0)) { Complex($0.real + $1.real, $0.imag + $1.imag) })
      }
    return Tensor(shape: a.shape, storage: storage, isScalar: false, node: nil)
  }

  /// `np.any` / `np.all` over `axes`: truth of the elements, bool.
  public func anyAll(isAny: Bool, axes: Axes, keepdims: Bool) throws -> Tensor {
    // Counted with an int64 sum, which is defined for empty inputs: any is "some true", all is "no false".
    let counted = Tensor(shape: shape, storage: .int64(bools.map { $0 == isAny ? 1 : 0 }), isScalar: isScalar)
    let reduced = try counted.sum(axis: axes, keepdims: keepdims)
    let flags = reduced.int64s.map { isAny ? $0 != 0 : $0 == 0 }
    return Tensor(shape: reduced.shape, storage: .bool(flags), isScalar: reduced.isScalar)
  }
}

extension Tensor {
  /// `np.var(a, axis, ddof, keepdims)` as NumPy's `_var` computes it: the mean (a pairwise sum divided by the count),
  /// the squared deviations, their sum divided by `count - ddof`. Recorded as one operation with autograd's gradient
  /// (`Spread`).
  public func variance(axis: Axes, ddof: Int, keepdims: Bool) throws -> Tensor {
    try spread(.variance, axis: axis, ddof: ddof, keepdims: keepdims)
  }

  /// `np.std`: the square root of `variance`, recorded as one operation with autograd's gradient (`Spread`).
  public func standardDeviation(axis: Axes, ddof: Int, keepdims: Bool) throws -> Tensor {
    try spread(.standardDeviation, axis: axis, ddof: ddof, keepdims: keepdims)
  }

  private func spread(_ kind: Spread, axis: Axes, ddof: Int, keepdims: Bool) throws -> Tensor {
    if dtype == .float16 {
      let axes = try axis.resolve(ndim: ndim, lenient: false)
      return kind == .variance
        ? try halfVariance(axes: axes, ddof: ddof, keepdims: keepdims)
        : try halfStandardDeviation(axes: axes, ddof: ddof, keepdims: keepdims)
    }
    // complex values take ComplexEvaluation's steps (complex64's in float32).
    let source = dtype == .float64 || dtype.isComplex ? self : try astype(.float64)
    // NumPy's `_var` counts its items first, which rejects axis 0 on a 0-d array as `mean` does.
    let axes = try axis.resolve(ndim: ndim, lenient: false)
    return try Tensor.record(.spread(kind, axes: axes, ddof: ddof, keepdims: keepdims), NodeInputs(source))
  }

  /// `np.nonzero(a)`: for each axis, the int64 indices of the true (non-zero) elements in row-major order.
  public func nonzeroIndices() throws -> [Tensor] {
    if ndim == 0 {
      // NumPy 2.4 adds the advice about `arr[nonzero(cond)]` only for a bool condition.
      throw TensorError.value(
        "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead."
          + (dtype == .bool
            ? " If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`." : ""))
    }
    let flags = bools
    let strides = Shape.strides(shape)
    var columns = [[Int64]](repeating: [], count: ndim)
    for (flat, isSet) in flags.enumerated() where isSet {
      var remainder = flat
      for axis in 0..<ndim {
        columns[axis].append(Int64(remainder / strides[axis]))
        remainder %= strides[axis]
      }
    }
    return columns.map { Tensor(shape: [$0.count], storage: .int64($0), isScalar: false) }
  }

  /// `np.unique(a)`: the sorted distinct elements of the flattened array (one NaN, last), and how often each occurs.
  public func uniqueValues() throws -> (values: Tensor, counts: Tensor) {
    // Tagged with the dtype, which orders uint64 as unsigned.
    let flat = reshapedUnrecorded([size]).tagged(dtype)
    if dtype == .float16, flat.doubles.contains(where: \.isNaN) { throw Self.halfSortNaNRefusal("np.unique") }
    let order = try flat.argsortPositions(axis: 0, stable: true)
    let values = flat.doubles
    let ints = orderKeys
    // NumPy keeps the first of each run its quicksort leaves, and which zero comes first among 0.0 and -0.0 is its
    // SIMD sort's doing (as for `np.sort`): the kept zero's sign would show.
    if ints == nil, values.contains(where: { $0 == 0 && $0.sign == .minus }),
      values.contains(where: { $0 == 0 && $0.sign == .plus })
    {
      throw TensorError(
        "NotImplementedError",
        "np.unique of values holding both 0.0 and -0.0 is not supported: they are equal, and which one NumPy keeps "
          + "depends on the order its SIMD sort leaves them in", isLimit: true)
    }
    var kept: [Int] = []
    var counts: [Int64] = []
    for position in order {
      if let last = kept.last {
        let same =
          ints.map { $0[last] == $0[position] }
          ?? (values[last] == values[position] || (values[last].isNaN && values[position].isNaN))
        if same {
          counts[counts.count - 1] += 1
          continue
        }
      }
      kept.append(position)
      counts.append(1)
    }
    let picked = SelectPlan(positions: kept, shape: [kept.count], dtype: dtype).evaluate([flat])
    return (picked, Tensor(shape: [counts.count], storage: .int64(counts), isScalar: false))
  }

  /// `np.diag(v, k)`: a 1-d array's square matrix with `v` on diagonal `k`, or a 2-d array's diagonal `k`.
  public func diag(_ k: Int = 0) throws -> Tensor {
    switch ndim {
    case 1:
      // A diagonal offset past the element limit cannot fit, whatever the vector; checked before any arithmetic.
      guard k > -Shape.maxElementCount && k < Shape.maxElementCount else { throw Shape.tooLarge([k, k]) }
      let n = shape[0] + Swift.abs(k)
      let count = try Shape.checkedCount([n, n])
      let zero = Tensor(shape: [1], storage: Tensor.joined([Tensor(0)], as: dtype), isScalar: false)
      var positions = [Int](repeating: shape[0], count: count)
      for j in 0..<shape[0] {
        let row = k >= 0 ? j : j - k
        let column = k >= 0 ? j + k : j
        positions[row * n + column] = j
      }
      return try Tensor.select([self, zero], SelectPlan(positions: positions, shape: [n, n], dtype: dtype))
    case 2:
      let rows = shape[0]
      let columns = shape[1]
      var positions: [Int] = []
      var row = k >= 0 ? 0 : -k
      var column = k >= 0 ? k : 0
      while row < rows && column < columns {
        positions.append(row * columns + column)
        row += 1
        column += 1
      }
      return try Tensor.select([self], SelectPlan(positions: positions, shape: [positions.count], dtype: dtype))
    default:
      throw TensorError.value("Input must be 1- or 2-d.")
    }
  }
}

extension Tensor {
  /// `np.prod(a, axis, keepdims)`: the product of each reduced group, multiplied left to right in row-major order as
  /// NumPy's reduction loop does; ints and bools in int64 (wrapping). Differentiable as autograd's `g * ans / x`.
  public func product(axis: Axes = .all, keepdims: Bool = false) throws -> Tensor {
    try Tensor.record(.product(axes: axis.resolve(ndim: ndim), keepdims: keepdims), NodeInputs(self))
  }

  /// The products over `axes` (sorted, normalised), untracked.
  static func products(_ a: Tensor, axes: [Int], keepdims: Bool) throws -> Tensor {
    var kept = a.shape
    for axis in axes { kept[axis] = 1 }
    let count = Shape.count(kept)
    let keptStrides = Shape.strides(kept)
    let sourceStrides = Shape.strides(a.shape)
    // The output position of each source element: its index with the reduced axes set to 0.
    func outputs(_ body: (Int, Int) -> Void) {
      for flat in 0..<a.size {
        var remainder = flat
        var target = 0
        for axis in a.shape.indices {
          let index = remainder / sourceStrides[axis]
          remainder %= sourceStrides[axis]
          if !axes.contains(axis) { target += index * keptStrides[axis] }
        }
        body(flat, target)
      }
    }
    try ResourceMeter.charge(work: a.size * a.ndim, bytes: 0)
    var shape = kept
    if !keepdims { shape = a.shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element) }
    let storage: Storage
    switch a.storage {
    case .float64(let values):
      var result = [Double](repeating: 1, count: count)
      outputs { flat, target in result[target] *= values[flat] }
      storage = .float64(result)
    default:
      let values = a.int64s
      var result = [Int64](repeating: 1, count: count)
      outputs { flat, target in result[target] = result[target] &* values[flat] }
      storage = .int64(result)
    }
    return Tensor(shape: shape, storage: storage, isScalar: shape.isEmpty, node: nil)
  }

  /// `np.linalg.norm(x, axis=..., keepdims=...)` for the default order: the square root of the sum of squares, over
  /// every element (NumPy's `dot(x, x)`, which docbuild computes as its own 1-d `dot`) or over `axis`.
  public func norm(axis: Axes, keepdims: Bool) throws -> Tensor {
    if dtype.isComplex { throw ComplexEvaluation.refused("np.linalg.norm", dtype) }
    let source = dtype == .float64 ? self : try astype(.float64)
    if case .all = axis, !keepdims {
      let flat = source.reshapedKeepingGraph([size])
      return try flat.dot(flat).sqrt()
    }
    return try (source * source).sum(axis: axis, keepdims: keepdims).sqrt()
  }
}

extension Tensor {
  /// The positions of an outer-product selection: result element (j0, j1, …) is source element
  /// (coordinates[0][j0], coordinates[1][j1], …) of an array of `sourceShape` (as `np.ix_` indexes).
  static func outerPositions(_ coordinates: [[Int]], sourceShape: [Int]) throws -> [Int] {
    let resultShape = coordinates.map(\.count)
    let count = try Shape.checkedCount(resultShape)
    try ResourceMeter.charge(work: count, bytes: count * 8)
    let strides = Shape.strides(sourceShape)
    var walks = coordinates.enumerated().map { axis, picks in picks.map { $0 * strides[axis] } }
    if walks.isEmpty { walks = [] }
    var positions: [Int] = []
    positions.reserveCapacity(count)
    guard count > 0 else { return positions }
    func walk(_ axis: Int, _ base: Int) {
      if axis == walks.count {
        positions.append(base)
        return
      }
      for offset in walks[axis] { walk(axis + 1, base + offset) }
    }
    walk(0, 0)
    return positions
  }

  /// `np.tile(A, reps)`: the array repeated `reps` times along each axis (both padded with leading ones).
  public func tiled(_ reps: [Int]) throws -> Tensor {
    if let negative = reps.first(where: { $0 < 0 }) {
      _ = negative
      throw TensorError.value("negative dimensions are not allowed")
    }
    let rank = Swift.max(reps.count, ndim)
    let shape = [Int](repeating: 1, count: rank - ndim) + self.shape
    let counts = [Int](repeating: 1, count: rank - reps.count) + reps
    var resultShape: [Int] = []
    for (extent, count) in zip(shape, counts) {
      let (product, overflow) = extent.multipliedReportingOverflow(by: count)
      if overflow { throw Shape.numpyTooBig }
      resultShape.append(product)
    }
    _ = try Shape.checkedCount(resultShape)
    let coordinates = zip(shape, resultShape).map { extent, total in (0..<total).map { $0 % Swift.max(extent, 1) } }
    let positions = try Tensor.outerPositions(coordinates, sourceShape: shape)
    return try Tensor.select([self], SelectPlan(positions: positions, shape: resultShape, dtype: dtype))
  }

  /// `np.repeat(a, repeats, axis)`: each element (`axis: nil`, of the flattened array) or each slice along `axis`
  /// repeated, by one count or one count per element.
  public func repeated(_ repeats: [Int], axis: Int?) throws -> Tensor {
    let source = axis == nil ? reshapedKeepingGraph([size]) : self
    // A 0-d array is one element along axis 0 or -1 (NumPy's `PyArray_CheckAxis`); other axes are out of bounds.
    if source.ndim == 0 { return try source.reshapedKeepingGraph([1]).repeated(repeats, axis: axis ?? 0) }
    let axis = try Shape.normalize(axis: axis ?? 0, ndim: source.ndim)
    let extent = source.shape[axis]
    // NumPy checks the number of counts before their signs, and words a negative one by how many there are.
    guard repeats.count == 1 || repeats.count == extent else {
      throw TensorError.value(
        "operands could not be broadcast together with shape (\(extent),) (\(repeats.count),)")
    }
    if repeats.contains(where: { $0 < 0 }) {
      throw TensorError.value(
        repeats.count == 1 ? "negative dimensions are not allowed" : "repeats may not contain negative values.")
    }
    var total = 0
    for k in 0..<extent {
      let (sum, overflow) = total.addingReportingOverflow(repeats.count == 1 ? repeats[0] : repeats[k])
      if overflow || sum > Shape.maxElementCount { throw Shape.tooLarge([sum]) }
      total = sum
    }
    var picks: [Int] = []
    picks.reserveCapacity(total)
    for k in 0..<extent {
      picks += repeatElement(k, count: repeats.count == 1 ? repeats[0] : repeats[k])
    }
    var coordinates = source.shape.map { Array(0..<$0) }
    coordinates[axis] = picks
    var shape = source.shape
    shape[axis] = total
    let positions = try Tensor.outerPositions(coordinates, sourceShape: source.shape)
    // autograd's repeat gradient takes one count only; per-element counts fail there with this error.
    let refusal = repeats.count > 1 ? TensorError.type("'list' object cannot be interpreted as an integer") : nil
    return try Tensor.select(
      [source], SelectPlan(positions: positions, shape: shape, dtype: dtype, gradientError: refusal))
  }

  /// `np.meshgrid(*xi, indexing=, sparse=)`: coordinate arrays, each input (flattened) repeated along the other
  /// axes; `xy` indexing swaps the first two output axes, as NumPy does. Sparse, each is a copy of its input with
  /// extent 1 along the other axes, which broadcasting stretches.
  public static func meshgrid(_ arrays: [Tensor], cartesian: Bool, sparse: Bool = false) throws -> [Tensor] {
    let flat = arrays.map { $0.reshapedKeepingGraph([$0.size]) }
    var order = Array(flat.indices)
    if cartesian && order.count >= 2 { order.swapAt(0, 1) }
    let shape = order.map { flat[$0].size }
    if sparse {
      return try flat.indices.map { input in
        let own = order.firstIndex(of: input)!
        let axes = shape.indices.map { $0 == own ? shape[$0] : 1 }
        return try select(
          [flat[input]], SelectPlan(positions: Array(0..<shape[own]), shape: axes, dtype: flat[input].dtype))
      }
    }
    _ = try Shape.checkedCount(shape)
    return try flat.indices.map { input in
      let own = order.firstIndex(of: input)!
      let coordinates = shape.indices.map { axis in
        axis == own ? Array(0..<shape[axis]) : [Int](repeating: 0, count: shape[axis])
      }
      let positions = try outerPositions(coordinates, sourceShape: shape.indices.map { $0 == own ? shape[$0] : 1 })
      return try select([flat[input]], SelectPlan(positions: positions, shape: shape, dtype: flat[input].dtype))
    }
  }

  /// `np.median(a, axis)`: the middle element of each sorted line, or the mean of the middle two; NaN where a line
  /// holds NaN. autograd defines no gradient for it, so asking for one gives autograd's error.
  public func median(axis: Int?) throws -> Tensor {
    if dtype.isComplex { throw ComplexEvaluation.refused("np.median", dtype) }
    let source = axis == nil ? reshapedKeepingGraph([size]) : self
    if source.ndim == 0 {
      // NumPy's median checks the axis against the 0-d array itself (dimension 0).
      if let axis { _ = try Shape.normalize(axis: axis, ndim: 0) }
      return try reshapedKeepingGraph([1]).median(axis: 0).asScalar
    }
    let normalized = try Shape.normalize(axis: axis ?? 0, ndim: source.ndim)
    let lines = AxisLines(source.shape, axis: normalized)
    guard lines.count > 0 else {
      throw TensorError(
        "NotImplementedError", "the median of an empty line is NaN with a warning in NumPy; snippets refuse it",
        isLimit: true)
    }
    let order = try source.argsortPositions(axis: normalized, stable: true)
    let values = source.doubles
    let middle = lines.count % 2 == 1 ? [lines.count / 2] : [lines.count / 2 - 1, lines.count / 2]
    var positions: [Int] = []
    var hasNaN: [Bool] = []
    var negativeNaN: [Bool] = []
    for o in 0..<lines.outer {
      for i in 0..<lines.inner {
        // NaN sorts last: a line holds NaN when its last sorted element is NaN.
        let lineHasNaN = values[order[lines.position(o, lines.count - 1, i)]].isNaN
        hasNaN.append(lineHasNaN)
        // NumPy's median of such a line is one of its NaNs, the one its partition leaves last: the sign bit is the
        // line's when its NaNs agree, and depends on the partition's order when they do not (refused).
        var signs: Set<FloatingPointSign> = []
        if lineHasNaN {
          for j in 0..<lines.count where values[lines.position(o, j, i)].isNaN {
            signs.insert(values[lines.position(o, j, i)].sign)
          }
        }
        if signs.count > 1 {
          throw TensorError(
            "NotImplementedError",
            "np.median of a line holding NaNs of both signs: which NaN NumPy returns (its sign bit) depends on the "
              + "order its partition leaves them in; use np.isnan or make the NaNs' signs agree", isLimit: true)
        }
        negativeNaN.append(signs.first == .minus)
      }
    }
    for o in 0..<lines.outer {
      for j in middle {
        for i in 0..<lines.inner { positions.append(order[lines.position(o, j, i)]) }
      }
    }
    var pickedShape = source.shape
    pickedShape[normalized] = middle.count
    let picked = try Tensor.select(
      [source],
      SelectPlan(
        positions: positions, shape: pickedShape, dtype: dtype == .float16 ? .float16 : .float64,
        gradientError: TensorError("NotImplementedError", "VJP of median wrt argnums (0,) not defined")))
    // NumPy's median is the mean of the middle one or two: for float16, np.mean's float32 sum and division rounded
    // to half.
    var result = try picked.mean(axis: .one(normalized))
    if hasNaN.contains(true) {
      let means = result.doubles
      let patched = means.indices.map { hasNaN[$0] ? (negativeNaN[$0] ? -Double.nan : .nan) : means[$0] }
      result = Tensor(shape: result.shape, storage: .float64(patched), isScalar: result.isScalar)
        .tagged(result.dtype)
    }
    return result
  }
}

extension Tensor {
  /// `np.bincount(x, weights, minlength)`: how often each non-negative int occurs (or the sum of its weights).
  public func binCounts(weights: Tensor?, minlength: Int) throws -> Tensor {
    guard ndim == 1 else {
      throw TensorError.value(
        ndim == 0 ? "object of too small depth for desired array" : "object too deep for desired array")
    }
    guard case .int64(let values) = dtype == .bool ? try astype(.int64).storage : storage else {
      throw TensorError.type(
        "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'")
    }
    if minlength < 0 { throw TensorError.value("'minlength' must not be negative") }
    if values.contains(where: { $0 < 0 }) { throw TensorError.value("'list' argument must have no negative elements") }
    let largest = Int(values.max() ?? -1)
    // NumPy's own count wraps there (it returns an empty array); no count that size could be allocated anyway.
    if largest == Int.max {
      throw TensorError(
        "NotImplementedError", "np.bincount of the value 2**63 - 1 is not supported in snippets", isLimit: true)
    }
    let count = try Shape.checkedCount([Swift.max(largest + 1, minlength)])
    if let weights {
      guard weights.shape == shape else { throw TensorError.value("The weights and list don't have the same length.") }
      var sums = [Double](repeating: 0, count: count)
      for (value, weight) in zip(values, weights.doubles) { sums[Int(value)] += weight }
      return Tensor(shape: [count], storage: .float64(sums), isScalar: false)
    }
    var counts = [Int64](repeating: 0, count: count)
    for value in values { counts[Int(value)] += 1 }
    return Tensor(shape: [count], storage: .int64(counts), isScalar: false)
  }
}

/// x86-simd-sort's AVX-512 argsort of a line of up to 256 32- or 64-bit numbers without NaN, which NumPy 2.4 runs for
/// `np.argsort`'s default kind (`xss_argsort`, `argsort_n`): a line already in order is left as it is
/// (`std::is_sorted`); otherwise registers of eight lanes, those past the first half padded with the largest value, are
/// each sorted by a bitonic network (`sort_reg_8lanes`), then merged in groups of 2, 4, … (`bitonic_merge_n_vec`,
/// `bitonic_clean_n_vec`, `bitonic_merge_reg_8lanes`). Each compare-exchange keeps a lane's own index when its key wins
/// or ties, which decides the order of equal elements.
enum SimdArgsortNetwork {
  /// One step of `sort_reg_8lanes` or `bitonic_merge_reg_8lanes`: lane i meets lane `i ^ partnerXor` and keeps the
  /// larger key where `maxLanes` has its bit, the smaller elsewhere.
  private typealias Step = (partnerXor: Int, maxLanes: Int)
  private static let sortSteps: [Step] = [
    (1, 0xAA), (3, 0xCC), (1, 0xAA), (7, 0xF0), (2, 0xCC),
    (1, 0xAA),
  ]
  private static let mergeSteps: [Step] = [(4, 0xF0), (2, 0xCC), (1, 0xAA)]

  /// `line`'s positions in the order the network leaves them; `less` compares two positions' values, and a padding
  /// lane (nil) holds the largest value, which `isPadding` tells in the line.
  static func order(_ line: [Int], _ less: (Int, Int) -> Bool, isPadding: (Int) -> Bool) throws -> [Int] {
    if zip(line, line.dropFirst()).allSatisfy({ !less($1, $0) }) { return line }
    func below(_ a: Int?, _ b: Int?) -> Bool {
      guard let a else { return false }
      guard let b else { return !isPadding(a) }
      return less(a, b)
    }
    func finished(_ lanes: [Int?]) throws -> [Int] {
      let kept = lanes.prefix(line.count).compactMap { $0 }
      // A padding lane among the first ones would be a position NumPy never stores; no line met in testing did it.
      guard kept.count == line.count else {
        throw TensorError(
          "NotImplementedError",
          "argsort of this line is not supported: NumPy's SIMD sort pads its registers with its largest value; pass "
            + "kind='stable'", isLimit: true)
      }
      return kept
    }
    func run(_ steps: [Step], _ lanes: [Int?]) -> [Int?] {
      var lanes = lanes
      for step in steps {
        let before = lanes
        for lane in 0..<8 {
          let own = before[lane]
          let other = before[lane ^ step.partnerXor]
          // The lane keeps its own index when its key is the one it keeps, ties included.
          let keepsOwn = (step.maxLanes >> lane) & 1 == 1 ? !below(own, other) : !below(other, own)
          lanes[lane] = keepsOwn ? own : other
        }
      }
      return lanes
    }
    // `argsort_n_vec`: the fewest registers, a power of two up to 32, that hold the line; those past the first half
    // are padded.
    var count = 32
    while count > 1 && line.count * 2 <= count * 8 { count /= 2 }
    var registers = (0..<count).map { r in (0..<8).map { r * 8 + $0 < line.count ? Optional(line[r * 8 + $0]) : nil } }
    registers = registers.map { run(sortSteps, $0) }
    // COEX of two registers, lane by lane: the smaller key to the first, ties staying put.
    func exchange(_ a: Int, _ b: Int) {
      for lane in 0..<8 where below(registers[b][lane], registers[a][lane]) {
        (registers[a][lane], registers[b][lane]) = (registers[b][lane], registers[a][lane])
      }
    }
    // `bitonic_fullmerge_n_vec`: groups of 2, 4, … registers, each merged by `bitonic_merge_n_vec`.
    var group = 2
    while group <= count {
      for start in stride(from: 0, to: count, by: group) {
        for i in 0..<group / 2 {
          let mirror = start + group - 1 - i
          registers[mirror].reverse()
          exchange(start + i, mirror)
          registers[mirror].reverse()
        }
        var span = group / 2
        while span >= 2 {
          for base in stride(from: start, to: start + group, by: span) {
            for i in 0..<span / 2 { exchange(base + i, base + i + span / 2) }
          }
          span /= 2
        }
        for r in start..<start + group { registers[r] = run(mergeSteps, registers[r]) }
      }
      group *= 2
    }
    return try finished(registers.flatMap { $0 })
  }
}
