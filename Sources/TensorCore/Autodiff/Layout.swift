import CKernels

/// The backward pass's arithmetic with NumPy's memory order kept on every result, as autograd's VJPs produce it:
/// autograd runs NumPy on real arrays, so a gradient that went through a transpose is a transposed view, and the sums
/// its VJPs take later (unbroadcasting, the mean inside var's) walk that memory, in NumPy's order.
enum Layout {
  /// `a op b`, untracked, held in the order NumPy's iterator gives an element-wise result of these operands.
  static func binary(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    if var value = plainArithmetic(op, a, b) {
      // What `Tensor.untracked` charges: the result's elements and both operands'.
      try ResourceMeter.charge(work: value.size + a.size + b.size, bytes: 0)
      // Operands that are neither views nor reordered give C order (`MemoryOrder.elementwise` is nil for them).
      if !a.isView && a.memoryAxes == nil && !b.isView && b.memoryAxes == nil { return value }
      let order = MemoryOrder.elementwise([a, b], shape: value.shape)
      if value.memoryAxes != order { value.memoryAxes = order }
      return value
    }
    var value = try Tensor.untracked(op, a, b)
    let order = MemoryOrder.elementwise([a, b], shape: value.shape)
    if value.memoryAxes != order { value.memoryAxes = order }
    return value
  }

  /// `a op b` for `+ - * /` of float64 values of one shape, or of one such array and a single number of no axes (a
  /// gradient rule's `g * 2`, `g / n`; a Python or NumPy int converted to float64 as NumPy converts it), computed in
  /// one loop over the elements in row-major order; nil for anything else, which takes `BinaryOperator.evaluate`
  /// (`x ** number` of a plain array is `plainPower`'s). The same IEEE operation on the same pairs as that rule, so
  /// the same bits, without its broadcast planning, operand checks and generic element loop, which cost most of a
  /// 64-element operation. The result is in C order, as that rule leaves it: the caller gives it the memory order of
  /// its operands (`Tensor.record`, `Layout.binary`). A NaN of one element takes the general path, which refuses `+`
  /// and `*` of NaNs of two signs.
  static func plainArithmetic(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor) -> Tensor? {
    if op == .power { return plainPower(a, b) }
    guard op == .add || op == .subtract || op == .multiply || op == .divide else { return nil }
    if a.ndim == 0 && b.ndim == 0 {
      // Two single numbers, at least one float64 (two ints stay int).
      guard a.dtype == .float64 || b.dtype == .float64, let x = single(a), let y = single(b), !x.isNaN, !y.isNaN
      else { return nil }
      // `elementwise` of the one pair, without its operand array: a ufunc's 0-d result is a NumPy scalar.
      let value: Double
      switch op {
      case .add: value = x + y
      case .subtract: value = x - y
      case .multiply: value = x * y
      default: value = x / y
      }
      return Tensor(shape: [], storage: .float64([value]), isScalar: true, node: nil)
    }
    if a.shape == b.shape {
      guard a.dtype == .float64, b.dtype == .float64, case .float64(let xs) = a.storage,
        case .float64(let ys) = b.storage
      else { return nil }
      if xs.count == 1 && (xs[0].isNaN || ys[0].isNaN) { return nil }
      let count = xs.count
      // The kernel also says whether a result is a NaN, tested in the same pass.
      var holdsNaN = false
      let values = [Double].written(count: count) { out in
        xs.withUnsafeBufferPointer { x in
          ys.withUnsafeBufferPointer { y in
            holdsNaN =
              docbuild_plain_arithmetic(
                plainKernelCode(op), x.baseAddress.unsafelyUnwrapped, y.baseAddress.unsafelyUnwrapped, out, count)
              != 0
          }
        }
      }
      // A NaN in a sum or product of more than 8 elements may come from NaNs of both signs meeting, which
      // BinaryOperator.evaluate refuses (NumPy's sign depends on its vector loop's tail): it decides.
      if (op == .add || op == .multiply) && count > 8 && holdsNaN { return nil }
      return Tensor(shape: a.shape, storage: .float64(values), isScalar: false, node: nil)
    }
    // One operand of no axes against an array: the array is `xs`, the number `ys`, `swapped` when the number is a.
    let swapped = a.ndim == 0
    let (array, number) = swapped ? (b, a) : (a, b)
    guard number.ndim == 0, array.dtype == .float64, case .float64(let xs) = array.storage, let s = single(number),
      !s.isNaN
    else { return nil }
    return elementwise(op, xs, number: s, shape: array.shape, swapped: swapped)
  }

  /// `(g * s) * x` in one loop for plain float64 arrays `g` and `x` of one shape (more than one element) and a number
  /// `s` of no axes that is not NaN (the square's rule, `g * 2 * x`): each element rounded after each product, as the
  /// two element-wise products round it, charged as both would be; nil when the operands are not of that kind.
  static func scaledProduct(_ g: Tensor, _ s: Tensor, _ x: Tensor) throws -> Tensor? {
    guard g.shape == x.shape, s.ndim == 0, isPlainFloat(g), isPlainFloat(x), case .float64(let gs) = g.storage,
      case .float64(let xs) = x.storage, gs.count > 1, let scale = single(s), !scale.isNaN
    else { return nil }
    let count = gs.count
    let values = [Double].written(count: count) { out in
      gs.withUnsafeBufferPointer { g in
        xs.withUnsafeBufferPointer { x in
          for i in 0..<count {
            let scaled = g[i] * scale
            (out + i).initialize(to: scaled * x[i])
          }
        }
      }
    }
    try ResourceMeter.charge(work: 5 * count + 1, bytes: 0)
    return Tensor(shape: g.shape, storage: .float64(values), isScalar: false, node: nil)
  }

  /// `a ** b` for a plain float64 array `a` of at least one axis and a float64 or int64 number `b` of no axes (the
  /// square of `x ** 2`): `BinaryOperator.evaluate`'s own choice for these operands, NumPy's loop with one exponent
  /// (`NumpyElementary.power(_:exponent:)`: x * x for 2, x itself for 1), without its broadcast planning and operand
  /// checks. Nil for anything else (a NaN exponent, a number raised to an array, NumPy scalars' own power).
  private static func plainPower(_ a: Tensor, _ b: Tensor) -> Tensor? {
    guard a.ndim > 0, b.ndim == 0, isPlainFloat(a), case .float64(let xs) = a.storage, let exponent = single(b),
      !exponent.isNaN
    else { return nil }
    return Tensor(
      shape: a.shape, storage: .float64(NumpyElementary.power(xs, exponent: exponent)), isScalar: false, node: nil)
  }

  /// `docbuild_plain_arithmetic`'s code for `+ - * /`.
  private static func plainKernelCode(_ op: BinaryOperator) -> Int32 {
    switch op {
    case .add: 0
    case .subtract: 1
    case .multiply: 2
    default: 3
    }
  }

  /// `xs op number` element by element (`number op xs` when `swapped`).
  private static func elementwise(
    _ op: BinaryOperator, _ xs: [Double], number: Double, shape: [Int], swapped: Bool
  ) -> Tensor {
    let count = xs.count
    let values = [Double].written(count: count) { out in
      xs.withUnsafeBufferPointer { x in
        // One loop per operator and operand order, so each is a plain loop with nothing to decide inside.
        if !swapped {
          switch op {
          case .add: for i in 0..<count { (out + i).initialize(to: x[i] + number) }
          case .subtract: for i in 0..<count { (out + i).initialize(to: x[i] - number) }
          case .multiply: for i in 0..<count { (out + i).initialize(to: x[i] * number) }
          default: for i in 0..<count { (out + i).initialize(to: x[i] / number) }
          }
        } else {
          switch op {
          case .add: for i in 0..<count { (out + i).initialize(to: number + x[i]) }
          case .subtract: for i in 0..<count { (out + i).initialize(to: number - x[i]) }
          case .multiply: for i in 0..<count { (out + i).initialize(to: number * x[i]) }
          default: for i in 0..<count { (out + i).initialize(to: number / x[i]) }
          }
        }
      }
    }
    // A ufunc's 0-d result is a NumPy scalar.
    return Tensor(shape: shape, storage: .float64(values), isScalar: shape.isEmpty, node: nil)
  }

  /// True for a float64 value that owns its memory in C order (no view, no other memory order, none unknown).
  static func isPlainFloat(_ t: Tensor) -> Bool {
    t.dtype == .float64 && !t.isView && t.memoryAxes == nil && t.unknownLayoutOrigin == nil
  }

  /// The element of a float64 or int64 value of one element, as float64 (`Double(Int64)` rounds to nearest, as
  /// `Tensor.doubles` and NumPy's cast do); nil for other dtypes and sizes.
  static func single(_ t: Tensor) -> Double? {
    switch t.storage {
    case .float64(let values) where t.dtype == .float64 && values.count == 1: values[0]
    case .int64(let values) where t.dtype == .int64 && values.count == 1: Double(values[0])
    default: nil
    }
  }

  /// A unary operation's value, untracked, in its operand's order.
  static func unary(_ op: UnaryOperator, _ a: Tensor) throws -> Tensor {
    if op == .negate, isPlainFloat(a), case .float64(let xs) = a.storage {
      // `-g` of a plain float64 gradient (subtraction's rule) in one loop, charged as `Tensor.untracked` charges it.
      let count = xs.count
      let values = [Double].written(count: count) { out in
        xs.withUnsafeBufferPointer { x in for i in 0..<count { (out + i).initialize(to: -x[i]) } }
      }
      try ResourceMeter.charge(work: 2 * count, bytes: 0)
      return Tensor(shape: a.shape, storage: .float64(values), isScalar: false, node: nil)
    }
    var value = try Tensor.untracked(.unary(op), [a])
    let order = MemoryOrder.elementwise([a], shape: value.shape)
    if value.memoryAxes != order { value.memoryAxes = order }
    return value
  }

  /// `np.transpose(g, axes)`: the permuted elements, in the permuted memory order (NumPy returns a view).
  static func transposed(_ g: Tensor, axes: [Int]) -> Tensor {
    var result = ShapeKernels.transpose(g, axes: axes)
    let order = g.memoryAxes(afterTranspose: axes)
    if result.memoryAxes != order { result.memoryAxes = order }
    return result
  }

  /// `np.sum(g, axis=axes, keepdims=keepdims)` in g's memory order, with the result in NumPy's order.
  static func sum(_ g: Tensor, axes: [Int], keepdims: Bool) throws -> Tensor {
    try Operation.reduce(.sum, axes: axes, keepdims: keepdims).evaluate([g])
  }

  /// `np.reshape(g, shape)`: NumPy keeps a view when the memory allows it (`_attempt_nocopy_reshape`), so the result
  /// keeps g's order; otherwise it copies in C order.
  static func reshaped(_ g: Tensor, _ shape: [Int]) -> Tensor {
    var result = g.reshapedUnrecorded(shape)
    guard g.memoryAxes != nil, g.size > 0, let strides = noCopyStrides(g.shape, g.memoryStrides, to: shape) else {
      return result
    }
    // A view of g's dense memory: its axes ordered by stride, outermost first (unit axes where they stand).
    let order = shape.indices.sorted { left, right in
      let l = shape[left] == 1 ? Int.max : strides[left]
      let r = shape[right] == 1 ? Int.max : strides[right]
      return l != r ? l > r : left < right
    }
    result.memoryAxes = MemoryOrder.normalized(order)
    return result
  }

  /// NumPy's `_attempt_nocopy_reshape`: the strides of `newShape` over the memory of an array of `shape` and
  /// `strides` (elements, C order of the result), or nil when the reshape needs a copy.
  static func noCopyStrides(_ shape: [Int], _ strides: [Int], to newShape: [Int]) -> [Int]? {
    let old = shape.indices.filter { shape[$0] != 1 }
    let oldDims = old.map { shape[$0] }
    let oldStrides = old.map { strides[$0] }
    var newStrides = [Int].filled(0, count: newShape.count)
    var oi = 0
    var oj = 1
    var ni = 0
    var nj = 1
    while ni < newShape.count && oi < oldDims.count {
      var np = newShape[ni]
      var op = oldDims[oi]
      while np != op {
        if np < op {
          np *= newShape[nj]
          nj += 1
        } else {
          op *= oldDims[oj]
          oj += 1
        }
      }
      // The merged old axes must be contiguous with one another in C order.
      for ok in oi..<(oj - 1) where oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1] { return nil }
      newStrides[nj - 1] = oldStrides[oj - 1]
      var nk = nj - 1
      while nk > ni {
        newStrides[nk - 1] = newStrides[nk] * newShape[nk]
        nk -= 1
      }
      ni = nj
      nj += 1
      oi = oj
      oj += 1
    }
    // Trailing unit axes take the last stride (their value is never used to step).
    let last = ni > 0 ? newStrides[ni - 1] : 1
    for k in ni..<newShape.count { newStrides[k] = last }
    return newStrides
  }
}
