import TensorCore

extension DateArray {
  /// The element at row-major `index` as a NumPy scalar.
  func element(_ index: Int) -> Value {
    .dateArray(DateArray(dtype: dtype, shape: [], values: [values[index]], isScalar: true))
  }

  /// Each element's row-major index, as an int64 tensor of the array's shape: indexing and reshaping it with the
  /// tensor core's NumPy rules says which elements a result takes.
  var positions: Tensor {
    Tensor(shape: shape, storage: .int64((0..<Int64(count)).map { $0 }), isScalar: isScalar)
  }

  /// The array of the elements at `positions` (a tensor from `self.positions`), a scalar for a 0-d scalar result.
  func picking(_ positions: Tensor) -> Value {
    let picked = positions.integerElements.map { values[Int($0)] }
    return .dateArray(DateArray(dtype: dtype, shape: positions.shape, values: picked, isScalar: positions.isScalar))
  }
}

extension DateTimes {
  /// `dates[index]`: NumPy's basic and advanced indexing, as copies (writes into date arrays are refused).
  static func index(_ array: DateArray, _ index: Value) throws(PythonError) -> Value {
    if array.isScalar { throw refusal("indexing a datetime64 or timedelta64 scalar") }
    let items = try Indexing.indexItems(index)
    let picked = try core { try array.positions.index(items) }
    return array.picking(picked)
  }

  /// The rows `for d in dates` visits.
  static func rows(_ array: DateArray) throws(PythonError) -> [Value] {
    guard let rows = array.shape.first, !array.isScalar else {
      throw PythonError.type("iteration over a 0-d array")
    }
    var items: [Value] = []
    for row in 0..<rows { items.append(try index(array, .int(row))) }
    return items
  }

  /// `dates.name`.
  static func attribute(_ name: String, of array: DateArray) throws(PythonError) -> Value {
    switch name {
    case "dtype": return .dateDType(array.dtype)
    case "shape": return .intTuple(array.shape)
    case "ndim": return .int(array.shape.count)
    case "size": return .int(array.count)
    case "itemsize": return .int(8)
    case "nbytes": return .int(8 * array.count)
    case "T":
      let transposed = try core { try array.positions.transpose() }
      return array.picking(transposed)
    case "astype", "max", "min", "copy", "reshape", "ravel", "flatten", "argmax", "argmin", "tolist", "item",
      "transpose", "sort", "argsort", "all", "any", "sum", "mean", "cumsum":
      return .method(.dateArray(array), name)
    default:
      throw refusal("the attribute .\(name) of a datetime64 or timedelta64 value")
    }
  }

  /// `dtype.name` and the other attributes of a date dtype.
  static func dtypeAttribute(_ name: String, of dtype: DateDType) throws(PythonError) -> Value {
    switch name {
    case "name": return .string(dtype.name)
    case "str": return .string(dtype.str)
    case "kind", "char": return .string(String(dtype.character))
    case "itemsize", "alignment": return .int(8)
    case "byteorder": return .string("=")
    case "type": return .function(dtype.isDelta ? "numpy.timedelta64" : "numpy.datetime64")
    case "ndim": return .int(0)
    case "shape": return .intTuple([])
    case "names", "fields": return .none
    default: throw refusal("the dtype attribute .\(name) of a datetime64 dtype")
    }
  }

  /// `dates.name(...)`.
  static func method(_ name: String, of array: DateArray, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "astype":
      let bound = try call.bind(["dtype", "order", "casting", "subok", "copy"], required: 1)
      for extra in ["order", "casting", "subok"] where bound[extra] != nil {
        throw refusal("astype(..., \(extra)=) of dates")
      }
      return try astype(array, bound.value("dtype"))
    case "copy":
      _ = try call.bind(["order"])
      return .dateArray(array)
    case "reshape":
      let shape: [Int]
      if call.positional.count == 1 {
        shape = try call.positional[0].toShape()
      } else {
        shape = try call.positional.map { (value) throws(PythonError) in try value.toInt() }
      }
      if !call.keywords.isEmpty { throw refusal("reshape(..., order=) of dates") }
      return array.picking(try core { try array.positions.reshape(shape) })
    case "ravel", "flatten":
      _ = try call.bind([])
      return array.picking(try core { try array.positions.reshape([array.count]) })
    case "transpose":
      _ = try call.bind([])
      return array.picking(try core { try array.positions.transpose() })
    case "max", "min":
      let bound = try call.bind(["axis", "out", "keepdims"])
      if bound["axis"] != nil || bound["out"] != nil || bound["keepdims"] != nil {
        throw refusal("\(name)(axis=, out=, keepdims=) of dates")
      }
      return try extreme(array, maximum: name == "max")
    case "argmax", "argmin":
      let bound = try call.bind(["axis", "out", "keepdims"])
      if bound["axis"] != nil || bound["out"] != nil || bound["keepdims"] != nil {
        throw refusal("\(name)(axis=, out=, keepdims=) of dates")
      }
      guard array.count > 0 else { throw PythonError.value("attempt to get \(name) of an empty sequence") }
      if let nat = array.values.firstIndex(of: notATime) {
        return .tensor(Tensor(shape: [], storage: .int64([Int64(nat)]), isScalar: true))
      }
      let target = name == "argmax" ? array.values.max()! : array.values.min()!
      let found = array.values.firstIndex(of: target)!
      return .tensor(Tensor(shape: [], storage: .int64([Int64(found)]), isScalar: true))
    case "tolist", "item":
      throw refusal(
        "\(name)() of datetime64 and timedelta64 values (NumPy gives Python's datetime.date and datetime.timedelta "
          + "objects, whose module snippets do not have)")
    default:
      throw refusal("the method .\(name)() of a datetime64 or timedelta64 value")
    }
  }

  /// `max`/`min` of all elements, NaT when any element is NaT (as NumPy's propagate it).
  static func extreme(_ array: DateArray, maximum: Bool) throws(PythonError) -> Value {
    guard !array.values.isEmpty else {
      throw PythonError.value(
        "zero-size array to reduction operation \(maximum ? "maximum" : "minimum") which has no identity")
    }
    let value =
      array.values.contains(notATime) ? notATime : (maximum ? array.values.max()! : array.values.min()!)
    return .dateArray(DateArray(dtype: array.dtype, shape: [], values: [value], isScalar: true))
  }

  /// `dates.astype(dtype)`: another date unit (NumPy's flooring conversion), or the counts as numbers.
  static func astype(_ array: DateArray, _ target: Value) throws(PythonError) -> Value {
    if let dtype = try DateDType.parse(target) {
      var result = array
      result.dtype = dtype
      if dtype.unit == .generic {
        if array.dtype.isDelta == dtype.isDelta { return .dateArray(array) }
        throw refusal("astype between datetime64 and timedelta64 in generic units")
      }
      var values: [Int64] = []
      values.reserveCapacity(array.count)
      for value in array.values {
        if array.dtype.isDelta != dtype.isDelta && array.dtype.unit != dtype.unit && value != notATime {
          throw refusal("astype between datetime64 and timedelta64 in different units")
        }
        values.append(
          array.dtype.isDelta == dtype.isDelta && !dtype.isDelta
            ? try convertDate(value, from: array.dtype.unit, to: dtype.unit)
            : try convertDelta(value, from: array.dtype.unit, to: dtype.unit))
      }
      result.values = values
      return .dateArray(result)
    }
    if TextDType.parse(target) != nil {
      throw refusal("astype(str) of dates (use np.datetime_as_string)")
    }
    let dtype = try target.toDType()
    if dtype.isComplex || dtype == .float16 || dtype == .float32 || dtype == .uint64 {
      throw refusal("astype(\(dtype.rawValue)) of dates")
    }
    let counts = Tensor(shape: array.shape, storage: .int64(array.values), isScalar: array.isScalar)
    return .tensor(try core { try counts.astype(dtype) })
  }

  /// `np.name(...)` with a date argument: the few NumPy functions snippets take dates to.
  static func numpyFunction(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "max", "amax", "min", "amin":
      let bound = try call.bind(["a", "axis", "out", "keepdims"], required: 1)
      guard case .dateArray(let array) = bound.value("a"), bound["axis"] == nil, bound["out"] == nil,
        bound["keepdims"] == nil
      else { throw refusal("np.\(name) of dates with these arguments") }
      return try extreme(array, maximum: name.hasSuffix("max"))
    case "diff":
      let bound = try call.bind(["a", "n", "axis", "prepend", "append"], required: 1)
      guard case .dateArray(let array) = bound.value("a"), array.shape.count == 1, bound["n"] == nil,
        bound["axis"] == nil, bound["prepend"] == nil, bound["append"] == nil
      else { throw refusal("np.diff of dates other than one 1-d array") }
      let later = try index(array, .slice(1, nil, nil))
      let earlier = try index(array, .slice(nil, -1, nil))
      return try binary(.subtract, later, earlier)
    case "sort":
      let bound = try call.bind(["a", "axis", "kind", "order", "stable"], required: 1)
      guard case .dateArray(let array) = bound.value("a"), array.shape.count == 1, bound["axis"] == nil,
        bound["order"] == nil
      else { throw refusal("np.sort of dates other than one 1-d array") }
      var sorted = array
      // NumPy sorts NaT to the end.
      sorted.values =
        array.values.filter { $0 != notATime }.sorted()
        + array.values.filter { $0 == notATime }
      return .dateArray(sorted)
    case "shape", "ndim", "size":
      let bound = try call.bind(["a"], required: 1)
      guard case .dateArray(let array) = bound.value("a") else { break }
      return try attribute(name, of: array)
    case "isnat", "datetime_as_string", "busday_count", "is_busday", "busday_offset", "datetime_data":
      return try function(name, call)
    default: break
    }
    throw refusal("np.\(name) of datetime64 or timedelta64 values")
  }

  /// The width of `np.datetime_as_string`'s `<U n` dtype for `unit` (NumPy's longest text in it).
  static func isoWidth(_ unit: DateUnit) -> Int {
    switch unit {
    case .year: 22
    case .month: 25
    case .hour: 32
    case .minute: 35
    case .second: 38
    case .millisecond: 42
    case .microsecond: 45
    case .nanosecond: 48
    default: 28
    }
  }

  /// Whether a value is a list or tuple whose leaves (at any depth) are all datetime64 or timedelta64 values.
  private static func holdsOnlyDates(_ value: Value) -> Bool {
    func leavesAreDates(_ value: Value) -> Bool {
      switch value {
      case .list(let items), .tuple(let items): !items.isEmpty && items.allSatisfy(leavesAreDates)
      default: value.isDateValue
      }
    }
    switch value {
    case .list, .tuple: return leavesAreDates(value)
    default: return false
    }
  }

  /// `np.isnat`, `np.datetime_as_string`, `np.datetime_data` and the business-day functions.
  static func function(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "isnat":
      var value = try call.bind(["x"], required: 1).value("x")
      // A list of dates is the array NumPy makes of it (`np.isnat([np.datetime64('2016-01-01')])`).
      if Self.holdsOnlyDates(value) {
        value = try DateTimes.array(
          CallArguments(function: "array", positional: [value], keywords: [], positionalTexts: [""]), dtype: nil)
      }
      guard case .dateArray(let array) = value else {
        throw PythonError.type("ufunc 'isnat' is only defined for np.datetime64 and np.timedelta64.")
      }
      return .tensor(
        Tensor(shape: array.shape, storage: .bool(array.values.map { $0 == notATime }), isScalar: array.isScalar))
    case "datetime_data":
      let value = try call.bind(["dtype"], required: 1).value("dtype")
      guard let dtype = try DateDType.parse(value) else {
        throw PythonError.type("cannot get datetime metadata from non-datetime type")
      }
      return try .makeTuple([.string(dtype.unit == .generic ? "generic" : dtype.unit.rawValue), .int(1)])
    case "datetime_as_string":
      let bound = try call.bind(["arr", "unit", "timezone", "casting"], required: 1)
      if bound["timezone"] != nil || bound["casting"] != nil {
        throw refusal("np.datetime_as_string(..., timezone=, casting=)")
      }
      guard case .dateArray(let array) = bound.value("arr"), !array.dtype.isDelta else {
        throw refusal("np.datetime_as_string of values other than datetime64")
      }
      var unit = array.dtype.unit
      if let given = bound["unit"], !given.isNone {
        guard case .string(let text) = given else { throw refusal("np.datetime_as_string with this unit") }
        if text == "auto" { throw refusal("np.datetime_as_string(..., unit='auto')") }
        unit = try DateUnit.parse(Substring(text))
      }
      var texts: [String] = []
      for value in array.values {
        texts.append(isoText(try convertDate(value, from: array.dtype.unit, to: unit), unit: unit))
      }
      if array.isScalar { return .textScalar(texts[0], isBytes: false) }
      return .textArray(TextArray(texts, shape: array.shape, dtype: TextDType(isBytes: false, width: isoWidth(unit))))
    default:
      return try BusinessDays.call(name, call)
    }
  }
}
