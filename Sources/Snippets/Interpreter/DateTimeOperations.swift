import TensorCore

/// One operand of an operation with dates: a datetime64 or timedelta64 array, integers (NumPy reads them as a
/// timedelta in the other operand's unit), or floats (which only multiply and divide a timedelta).
private enum DateOperand {
  case dates(DateArray)
  case integers([Int64], shape: [Int], isScalar: Bool)
  case floats([Double], shape: [Int], isScalar: Bool)

  var shape: [Int] {
    switch self {
    case .dates(let array): array.shape
    case .integers(_, let shape, _), .floats(_, let shape, _): shape
    }
  }
  /// True for a NumPy or Python scalar (a 0-d array is not one).
  var isScalar: Bool {
    switch self {
    case .dates(let array): array.isScalar
    case .integers(_, _, let scalar), .floats(_, _, let scalar): scalar
    }
  }
  /// NumPy's `dtype('<M8[D]')`, `dtype('int64')` as its UFuncTypeErrors name operands.
  var dtypeRepr: String {
    switch self {
    case .dates(let array): array.dtype.repr
    case .integers: "dtype('int64')"
    case .floats: "dtype('float64')"
    }
  }

  init?(_ value: Value) throws(PythonError) {
    switch value {
    case .dateArray(let array): self = .dates(array)
    case .int(let number): self = .integers([Int64(number)], shape: [], isScalar: true)
    case .bool(let flag): self = .integers([flag ? 1 : 0], shape: [], isScalar: true)
    case .float(let number): self = .floats([number], shape: [], isScalar: true)
    case .tensor(let tensor):
      if tensor.dtype == .uint64 { throw DateTimes.refusal("an operation between dates and uint64 values") }
      switch tensor.storage {
      case .bool(let flags): self = .integers(flags.map { $0 ? 1 : 0 }, shape: tensor.shape, isScalar: tensor.isScalar)
      case .int64(let numbers): self = .integers(numbers, shape: tensor.shape, isScalar: tensor.isScalar)
      case .float64(let numbers): self = .floats(numbers, shape: tensor.shape, isScalar: tensor.isScalar)
      case .complex128: return nil
      }
    case .list, .tuple:
      // `dates + [1, 2]`: NumPy makes an array of the list first.
      if case .tensor(let tensor) = Value.tensor(try core { try Tensor.array(try value.toNested()) }) {
        try self.init(.tensor(tensor))
      } else {
        return nil
      }
    default: return nil
    }
  }
}

extension DateTimes {
  /// `left op right` where either is a datetime64 or timedelta64 value, with NumPy's units and errors.
  static func binary(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
    guard let a = try DateOperand(left), let b = try DateOperand(right) else {
      throw PythonError.type(
        "unsupported operand type(s) for \(op.messageSymbol): '\(left.typeName)' and '\(right.typeName)'")
    }
    if op == .power || op == .matrixMultiply {
      throw refusal("the operator \(op.rawValue) on datetime64 or timedelta64 values")
    }
    let ufunc = Interpreter.ufuncName(op)
    let noLoop = PythonError(
      "UFuncTypeError", "ufunc '\(ufunc)' cannot use operands with types \(a.dtypeRepr) and \(b.dtypeRepr)")
    // NumPy resolves the loop before it broadcasts, so a type error wins over a shape mismatch.
    try checkLoop(op, a, b, noLoop)
    let shape = try broadcastShape(a.shape, b.shape)
    let isScalar = shape.isEmpty && a.isScalar && b.isScalar
    switch (op, a, b) {
    case (.add, .dates(let x), .dates(let y)) where x.dtype.isDelta || y.dtype.isDelta:
      let (date, delta, deltaFirst) = x.dtype.isDelta && !y.dtype.isDelta ? (y, x, true) : (x, y, false)
      if !date.dtype.isDelta && delta.dtype.unit.isCalendar && !date.dtype.unit.isCalendar
        && date.dtype.unit != .generic
      {
        throw PythonError(
          "UFuncTypeError",
          "Cannot cast ufunc 'add' input \(deltaFirst ? 0 : 1) from \(delta.dtype.repr) to "
            + "\(DateDType(isDelta: true, unit: date.dtype.unit).repr) with casting rule 'same_kind'")
      }
      return try combine(
        date, delta, strict: (date.dtype.isDelta, true), shape, isScalar, isDelta: date.dtype.isDelta,
        subtracting: false)
    case (.subtract, .dates(let x), .dates(let y)):
      if x.dtype.isDelta && !y.dtype.isDelta { throw noLoop }
      if !x.dtype.isDelta && y.dtype.isDelta {
        if y.dtype.unit.isCalendar && !x.dtype.unit.isCalendar && x.dtype.unit != .generic {
          throw PythonError(
            "UFuncTypeError",
            "Cannot cast ufunc 'subtract' input 1 from \(y.dtype.repr) to "
              + "\(DateDType(isDelta: true, unit: x.dtype.unit).repr) with casting rule 'same_kind'")
        }
        return try combine(x, y, strict: (false, true), shape, isScalar, isDelta: false, subtracting: true)
      }
      return try combine(
        x, y, strict: (x.dtype.isDelta, y.dtype.isDelta), shape, isScalar, isDelta: true, subtracting: true)
    case (.add, .dates(let x), .integers(let numbers, let shapeB, _)),
      (.subtract, .dates(let x), .integers(let numbers, let shapeB, _)):
      let y = DateArray(dtype: DateDType(isDelta: true, unit: x.dtype.unit), shape: shapeB, values: numbers)
      return try combine(
        x, y, strict: (x.dtype.isDelta, true), shape, isScalar, isDelta: x.dtype.isDelta, subtracting: op == .subtract)
    case (.add, .integers(let numbers, let shapeA, _), .dates(let y)):
      let x = DateArray(dtype: DateDType(isDelta: true, unit: y.dtype.unit), shape: shapeA, values: numbers)
      return try combine(
        y, x, strict: (y.dtype.isDelta, true), shape, isScalar, isDelta: y.dtype.isDelta, subtracting: false)
    case (.subtract, .integers(let numbers, let shapeA, _), .dates(let y)) where y.dtype.isDelta:
      let x = DateArray(dtype: y.dtype, shape: shapeA, values: numbers)
      return try combine(x, y, strict: (true, true), shape, isScalar, isDelta: true, subtracting: true)
    case (.multiply, .dates(let x), .integers(_, _, _)) where x.dtype.isDelta,
      (.multiply, .integers(_, _, _), .dates(let x)) where x.dtype.isDelta:
      let (xs, ys) = try spread(a, b, shape)
      let other = a.isDates ? ys : xs
      return try deltaResult(
        x.dtype, shape, isScalar,
        xs.indices.map { index -> Int64? in
          let delta = a.isDates ? xs[index] : ys[index]
          if delta == notATime { return nil }
          let (product, overflow) = delta.multipliedReportingOverflow(by: other[index])
          return overflow ? notATime : product
        })
    case (.multiply, .dates(let x), .floats) where x.dtype.isDelta,
      (.multiply, .floats, .dates(let x)) where x.dtype.isDelta:
      let (deltas, factors) = try spreadWithFloats(a.isDates ? a : b, a.isDates ? b : a, shape)
      return try deltaResult(
        x.dtype, shape, isScalar,
        deltas.indices.map { index -> Int64? in
          if deltas[index] == notATime { return nil }
          return truncated(Double(deltas[index]) * factors[index])
        })
    case (.divide, .dates(let x), .integers), (.floorDivide, .dates(let x), .integers):
      guard x.dtype.isDelta else { throw noLoop }
      let (deltas, divisors) = try spread(a, b, shape)
      // NumPy divides a timedelta by an integer in C, truncating toward zero; a zero divisor gives NaT.
      return try deltaResult(
        x.dtype, shape, isScalar,
        deltas.indices.map { index -> Int64? in
          if deltas[index] == notATime || divisors[index] == 0 { return nil }
          if deltas[index] == Int64.min + 1 && divisors[index] == -1 { return nil }
          return deltas[index] / divisors[index]
        })
    case (.divide, .dates(let x), .floats):
      guard x.dtype.isDelta else { throw noLoop }
      let (deltas, divisors) = try spreadWithFloats(a, b, shape)
      return try deltaResult(
        x.dtype, shape, isScalar,
        deltas.indices.map { index -> Int64? in
          if deltas[index] == notATime || divisors[index] == 0 { return nil }
          return truncated(Double(deltas[index]) / divisors[index])
        })
    case (.divide, .dates(let x), .dates(let y)), (.floorDivide, .dates(let x), .dates(let y)),
      (.modulo, .dates(let x), .dates(let y)):
      guard x.dtype.isDelta && y.dtype.isDelta else { throw noLoop }
      let unit = try commonUnit(x.dtype.unit, strict: true, y.dtype.unit, strict: true)
      let xs = try x.values.map { (value) throws(PythonError) in try convertDelta(value, from: x.dtype.unit, to: unit) }
      let ys = try y.values.map { (value) throws(PythonError) in try convertDelta(value, from: y.dtype.unit, to: unit) }
      let (left, right) = try spread(
        .integers(xs, shape: x.shape, isScalar: x.isScalar), .integers(ys, shape: y.shape, isScalar: y.isScalar),
        shape)
      switch op {
      case .divide:
        let quotients = left.indices.map { index -> Double in
          if left[index] == notATime || right[index] == notATime { return .nan }
          return Double(left[index]) / Double(right[index])
        }
        return .tensor(Tensor(shape: shape, storage: .float64(quotients), isScalar: isScalar || shape.isEmpty))
      case .floorDivide:
        if zip(left, right).contains(where: { $0 == notATime || $1 == notATime || $1 == 0 }) {
          throw refusal("floor division of timedelta64 values by zero or with NaT (NumPy gives 0 and warns)")
        }
        if !shape.isEmpty {
          throw refusal(
            "floor division of timedelta64 arrays (NumPy's result is an array of C long long, which prints "
              + "dtype=int64; use np.floor(a / b).astype(int))")
        }
        let quotients = left.indices.map { floorDivide(left[$0], right[$0]) }
        return .tensor(Tensor(shape: shape, storage: .int64(quotients), isScalar: isScalar || shape.isEmpty))
      default:
        return try deltaResult(
          DateDType(isDelta: true, unit: unit), shape, isScalar,
          left.indices.map { index in
            if left[index] == notATime || right[index] == notATime || right[index] == 0 { return nil }
            return left[index] - floorDivide(left[index], right[index]) * right[index]
          })
      }
    default:
      throw noLoop
    }
  }

  /// Throws NumPy's UFuncTypeError when no loop of the operator takes these operand kinds.
  private static func checkLoop(_ op: BinaryOperator, _ a: DateOperand, _ b: DateOperand, _ noLoop: PythonError)
    throws(PythonError)
  {
    func kind(_ operand: DateOperand) -> Character {
      switch operand {
      case .dates(let array): array.dtype.character
      case .integers: "i"
      case .floats: "f"
      }
    }
    let pair = String([kind(a), kind(b)])
    let allowed: Set<String>
    switch op {
    case .add: allowed = ["Mm", "mM", "Mi", "iM", "mm", "mi", "im"]
    case .subtract: allowed = ["MM", "Mm", "Mi", "mm", "mi", "im"]
    case .multiply: allowed = ["mi", "im", "mf", "fm"]
    case .divide: allowed = ["mi", "mf", "mm"]
    case .floorDivide: allowed = ["mi", "mm"]
    case .modulo: allowed = ["mm"]
    default: allowed = []
    }
    if !allowed.contains(pair) { throw noLoop }
  }

  /// `x op y` element by element in their common unit, a datetime result when `isDelta` is false.
  private static func combine(
    _ x: DateArray, _ y: DateArray, strict: (Bool, Bool), _ shape: [Int], _ isScalar: Bool, isDelta: Bool,
    subtracting: Bool
  ) throws(PythonError) -> Value {
    let unit = try commonUnit(x.dtype.unit, strict: strict.0, y.dtype.unit, strict: strict.1)
    if unit == .generic && !isDelta && x.values.contains(where: { $0 != notATime }) {
      throw PythonError.value("Cannot convert a NumPy datetime value other than NaT with generic units")
    }
    func converted(_ array: DateArray) throws(PythonError) -> [Int64] {
      var result: [Int64] = []
      result.reserveCapacity(array.count)
      for value in array.values {
        result.append(
          array.dtype.isDelta
            ? try convertDelta(value, from: array.dtype.unit, to: unit)
            : try convertDate(value, from: array.dtype.unit, to: unit))
      }
      return result
    }
    let (left, right) = try spread(
      .integers(try converted(x), shape: x.shape, isScalar: x.isScalar),
      .integers(try converted(y), shape: y.shape, isScalar: y.isScalar), shape)
    var values: [Int64] = []
    values.reserveCapacity(left.count)
    for index in left.indices {
      if left[index] == notATime || right[index] == notATime {
        values.append(notATime)
        continue
      }
      let (result, overflow) =
        subtracting
        ? left[index].subtractingReportingOverflow(right[index]) : left[index].addingReportingOverflow(right[index])
      // NumPy wraps a result past int64 silently; docbuild refuses rather than print the wrapped date.
      if overflow || result == notATime {
        throw refusal("a datetime64 or timedelta64 result outside int64 in its unit (NumPy wraps it around)")
      }
      values.append(result)
    }
    return .dateArray(
      DateArray(dtype: DateDType(isDelta: isDelta, unit: unit), shape: shape, values: values, isScalar: isScalar))
  }

  private static func deltaResult(
    _ dtype: DateDType, _ shape: [Int], _ isScalar: Bool, _ values: [Int64?]
  ) throws(PythonError) -> Value {
    .dateArray(
      DateArray(
        dtype: DateDType(isDelta: true, unit: dtype.unit), shape: shape, values: values.map { $0 ?? notATime },
        isScalar: isScalar))
  }

  /// A double rounded toward zero into int64, NaT where it does not fit (NumPy's cast of inf or nan).
  private static func truncated(_ value: Double) -> Int64? {
    guard value.isFinite, value > -9.2e18, value < 9.2e18 else { return nil }
    return Int64(value.rounded(.towardZero))
  }

  /// `x == y`, `x < y` and the rest where either is a date value, with NumPy's NaT (unequal to everything).
  static func compare(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
    let leftValue = left
    let rightValue = right
    guard let a = try DateOperand(left), let b = try DateOperand(right) else {
      if op == .equal || op == .notEqual, case .none = left {
        return .bool(op == .notEqual)
      }
      if op == .equal || op == .notEqual, case .none = right {
        return .bool(op == .notEqual)
      }
      throw refusal(
        "comparing a datetime64 or timedelta64 value with a '\(left.isDateValue ? right.typeName : left.typeName)'")
    }
    guard let ufunc = Interpreter.ufuncName(op) else { throw refusal("this comparison of datetime64 values") }
    let shape = try broadcastShape(a.shape, b.shape)
    let isScalar = shape.isEmpty && a.isScalar && b.isScalar
    var left: [Int64]
    var right: [Int64]
    switch (a, b) {
    case (.dates(let x), .dates(let y)):
      if x.dtype.isDelta != y.dtype.isDelta {
        if op == .equal || op == .notEqual {
          return bools(shape, isScalar, [Bool](repeating: op == .notEqual, count: shape.reduce(1, *)))
        }
        throw PythonError(
          "UFuncTypeError", "ufunc '\(ufunc)' cannot use operands with types \(x.dtype.repr) and \(y.dtype.repr)")
      }
      let isDelta = x.dtype.isDelta
      let unit = try commonUnit(x.dtype.unit, strict: isDelta, y.dtype.unit, strict: isDelta)
      func converted(_ array: DateArray) throws(PythonError) -> [Int64] {
        var result: [Int64] = []
        for value in array.values {
          result.append(
            isDelta
              ? try convertDelta(value, from: array.dtype.unit, to: unit)
              : try convertDate(value, from: array.dtype.unit, to: unit))
        }
        return result
      }
      (left, right) = try spread(
        .integers(try converted(x), shape: x.shape, isScalar: x.isScalar),
        .integers(try converted(y), shape: y.shape, isScalar: y.isScalar), shape)
    case (.dates(let x), .integers), (.integers, .dates(let x)):
      guard x.dtype.isDelta else {
        if op == .equal || op == .notEqual {
          return bools(shape, isScalar, [Bool](repeating: op == .notEqual, count: shape.reduce(1, *)))
        }
        let integerClass = (a.isDates ? rightValue : leftValue).isPythonNumber ? "_PyLongDType" : "Int64DType"
        let types =
          a.isDates
          ? "(<class 'numpy.dtypes.DateTime64DType'>, <class 'numpy.dtypes.\(integerClass)'>)"
          : "(<class 'numpy.dtypes.\(integerClass)'>, <class 'numpy.dtypes.DateTime64DType'>)"
        throw PythonError(
          "UFuncTypeError", "ufunc '\(ufunc)' did not contain a loop with signature matching types \(types) -> None")
      }
      (left, right) = try spread(a, b, shape)
    default:
      throw refusal("comparing a datetime64 or timedelta64 value with floats")
    }
    var results: [Bool] = []
    results.reserveCapacity(left.count)
    for index in left.indices {
      let x = left[index]
      let y = right[index]
      if x == notATime || y == notATime {
        results.append(op == .notEqual)
        continue
      }
      switch op {
      case .equal: results.append(x == y)
      case .notEqual: results.append(x != y)
      case .less: results.append(x < y)
      case .lessOrEqual: results.append(x <= y)
      case .greater: results.append(x > y)
      default: results.append(x >= y)
      }
    }
    return bools(shape, isScalar, results)
  }

  /// `dtype == other` for a date dtype: equal to the same dtype however it is named (`'M8[D]'`,
  /// `np.dtype('datetime64[D]')`).
  static func compareDType(_ op: ComparisonOperator, _ dtype: DateDType, _ other: Value) throws(PythonError) -> Value {
    guard op == .equal || op == .notEqual else { throw refusal("ordering datetime64 dtypes") }
    let same = ((try? DateDType.parse(other)) ?? nil) == dtype
    return .bool(same == (op == .equal))
  }

  private static func bools(_ shape: [Int], _ isScalar: Bool, _ values: [Bool]) -> Value {
    .tensor(Tensor(shape: shape, storage: .bool(values), isScalar: isScalar || shape.isEmpty))
  }

  /// `-x`, `+x` and `abs(x)` of a timedelta.
  static func unary(_ name: String, _ array: DateArray) throws(PythonError) -> Value {
    guard array.dtype.isDelta else {
      throw PythonError(
        "UFuncTypeError",
        "ufunc '\(name)' did not contain a loop with signature matching types <class "
          + "'numpy.dtypes.DateTime64DType'> -> None")
    }
    var result = array
    result.values = array.values.map { value in
      if value == notATime || name == "positive" { return value }
      return name == "negative" || value < 0 ? -value : value
    }
    return .dateArray(result)
  }

  /// NumPy's broadcast shape of two operands, with its ValueError.
  static func broadcastShape(_ a: [Int], _ b: [Int]) throws(PythonError) -> [Int] {
    let rank = max(a.count, b.count)
    var shape: [Int] = []
    for axis in 0..<rank {
      let x = axis < rank - a.count ? 1 : a[axis - (rank - a.count)]
      let y = axis < rank - b.count ? 1 : b[axis - (rank - b.count)]
      guard x == y || x == 1 || y == 1 else {
        throw PythonError.value(
          "operands could not be broadcast together with shapes \(Interpreter.compactShape(a)) \(Interpreter.compactShape(b)) "
        )
      }
      shape.append(x == 1 ? y : x)
    }
    return shape
  }

  /// The flat positions in an array of `source` shape that each element of `shape` reads when broadcast.
  static func broadcastPositions(_ source: [Int], to shape: [Int]) -> [Int] {
    if source == shape { return Array(0..<shape.reduce(1, *)) }
    let offset = shape.count - source.count
    var strides = [Int](repeating: 0, count: shape.count)
    var step = 1
    for axis in Swift.stride(from: source.count - 1, through: 0, by: -1) {
      strides[axis + offset] = source[axis] == 1 ? 0 : step
      step *= source[axis]
    }
    return StrideTricks.positions(offset: 0, shape: shape, strides: strides)
  }

  private static func integers(_ operand: DateOperand) -> [Int64] {
    switch operand {
    case .dates(let array): array.values
    case .integers(let values, _, _): values
    case .floats(let values, _, _): values.map { Int64($0) }
    }
  }

  /// Both operands' integer elements broadcast to `shape`.
  private static func spread(_ a: DateOperand, _ b: DateOperand, _ shape: [Int]) throws(PythonError)
    -> ([Int64], [Int64])
  {
    try WorkMeter.charge(shape.reduce(1, *))
    let x = integers(a)
    let y = integers(b)
    return (
      broadcastPositions(a.shape, to: shape).map { x[$0] }, broadcastPositions(b.shape, to: shape).map { y[$0] }
    )
  }

  /// A timedelta operand's elements and a float operand's, broadcast to `shape`.
  private static func spreadWithFloats(_ a: DateOperand, _ b: DateOperand, _ shape: [Int]) throws(PythonError)
    -> ([Int64], [Double])
  {
    try WorkMeter.charge(shape.reduce(1, *))
    let x = integers(a)
    guard case .floats(let y, _, _) = b else { return ([], []) }
    return (
      broadcastPositions(a.shape, to: shape).map { x[$0] }, broadcastPositions(b.shape, to: shape).map { y[$0] }
    )
  }
}

extension DateOperand {
  fileprivate var isDates: Bool {
    if case .dates = self { return true }
    return false
  }
}

extension Value {
  /// True for a datetime64 or timedelta64 scalar or array.
  var isDateValue: Bool {
    if case .dateArray = self { return true }
    return false
  }

  /// True for a Python int, float or bool (NumPy's weak scalars).
  fileprivate var isPythonNumber: Bool {
    switch self {
    case .int, .bool, .float: true
    default: false
    }
  }
}
