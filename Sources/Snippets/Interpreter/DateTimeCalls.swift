import TensorCore

extension Interpreter {
  /// Calls that make or take datetime64 and timedelta64 values: their constructors, `np.arange`/`np.array` with a
  /// date dtype, the business-day functions and the methods of date arrays. Nil for every other call.
  mutating func callDates(_ function: Value, _ call: inout CallArguments) throws(PythonError) -> Value? {
    switch function {
    case .method(.dateArray(let array), let name):
      call.function = name
      return try DateTimes.method(name, of: array, call)
    case .method(.dateDType, let name):
      throw DateTimes.refusal("the dtype method \(name)")
    case .function(let name) where name.hasPrefix("numpy."):
      let short = Self.shortName(name)
      guard name == "numpy." + short else { return nil }
      switch short {
      case "datetime64", "timedelta64":
        call.function = short
        return try DateTimes.scalar(isDelta: short == "timedelta64", call)
      case "datetime_as_string", "datetime_data", "isnat", "busday_count", "is_busday", "busday_offset":
        call.function = short
        return try DateTimes.function(short, call)
      case "dtype":
        guard let first = call.positional.first, call.positional.count == 1, call.keywords.isEmpty,
          let dtype = try DateDType.parse(first)
        else { return nil }
        if case .function = first { return nil }
        return .dateDType(dtype)
      case "arange", "array", "asarray":
        let dtype =
          try call.keywords.first(where: { $0.name == "dtype" }).map { (keyword) throws(PythonError) in
            try DateDType.parse(keyword.value)
          } ?? nil
        let holdsDates = call.positional.contains { $0.holdsDates }
        guard dtype != nil || holdsDates else { return nil }
        call.function = short
        return short == "arange" ? try DateTimes.arange(call, dtype: dtype) : try DateTimes.array(call, dtype: dtype)
      default:
        guard call.positional.contains(where: \.isDateValue) || call.keywords.contains(where: \.value.isDateValue)
        else { return nil }
        call.function = short
        return try DateTimes.numpyFunction(short, call)
      }
    case .function(let name) where call.positional.contains(where: \.isDateValue):
      switch name {
      case "len":
        guard case .dateArray(let array) = call.positional[0], let first = array.shape.first else {
          if case .dateArray(let array) = call.positional[0], array.isScalar {
            throw PythonError.type("object of type '\(call.positional[0].typeName)' has no len()")
          }
          throw PythonError.type("len() of unsized object")
        }
        return .int(first)
      case "abs":
        guard case .dateArray(let array) = call.positional[0] else { return nil }
        return try DateTimes.unary("absolute", array)
      case "list", "tuple", "sorted", "print", "repr", "str", "type", "isinstance", "id", "hash", "format",
        "enumerate", "zip", "iter", "reversed", "next", "all", "any", "max", "min":
        return nil
      default:
        throw DateTimes.refusal("\(name)() of a datetime64 or timedelta64 value")
      }
    default:
      return nil
    }
  }
}

extension Value {
  /// True for a date value, or a list or tuple holding one (`np.array([np.datetime64('2016-07-01')])`).
  fileprivate var holdsDates: Bool {
    switch self {
    case .dateArray: true
    case .list(let items), .tuple(let items): items.items.contains { $0.holdsDates }
    default: false
    }
  }
}

extension DateTimes {
  /// `np.datetime64(value, unit)` and `np.timedelta64(value, unit)`.
  static func scalar(isDelta: Bool, _ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["value", "format"])
    var unit: DateUnit?
    if let given = bound["format"], !given.isNone {
      guard case .string(let text) = given else {
        throw PythonError.type("Invalid object for specifying NumPy datetime metadata")
      }
      unit = try DateUnit.parse(Substring(text))
    }
    let kind = isDelta ? "timedelta" : "datetime"
    func made(_ value: Int64, _ valueUnit: DateUnit) -> Value {
      .dateArray(
        DateArray(dtype: DateDType(isDelta: isDelta, unit: valueUnit), shape: [], values: [value], isScalar: true))
    }
    guard let value = bound["value"], !value.isNone else {
      return made(isDelta ? 0 : notATime, unit ?? .generic)
    }
    switch value {
    case .string(let text):
      if isDelta {
        if text.lowercased() == "nat" { return made(notATime, unit ?? .generic) }
        guard let number = Int64(text) else { throw PythonError.value("Could not convert object to NumPy timedelta") }
        return made(number, unit ?? .generic)
      }
      let (parsed, parsedUnit) = try parseISO(text)
      guard let unit else { return made(parsed, parsedUnit) }
      return made(try convertDate(parsed, from: parsedUnit == .generic ? unit : parsedUnit, to: unit), unit)
    case .int(let number):
      guard let unit else {
        if isDelta { return made(Int64(number), .generic) }
        throw PythonError.value("Converting an integer to a NumPy datetime requires a specified unit")
      }
      return made(Int64(number), unit)
    case .tensor(let tensor) where isDelta && tensor.isScalar && tensor.dtype.isInteger && tensor.dtype != .uint64:
      return made(tensor.integerElements[0], unit ?? .generic)
    case .dateArray(let array) where array.isScalar && array.dtype.isDelta == isDelta:
      guard let unit else { return value }
      return made(
        isDelta
          ? try convertDelta(array.values[0], from: array.dtype.unit, to: unit)
          : try convertDate(array.values[0], from: array.dtype.unit, to: unit), unit)
    case .dateArray(let array) where array.isScalar:
      throw refusal("np.\(kind)64 of a \(array.dtype.isDelta ? "timedelta64" : "datetime64") value")
    case .bigInt, .float, .bool, .tensor:
      throw PythonError.value("Could not convert object to NumPy \(kind)")
    default:
      throw refusal("np.\(kind)64 of a '\(value.typeName)'")
    }
  }

  /// One element given to `np.array(..., dtype=date dtype)` or `np.arange`: the value and the unit it implies.
  static func element(_ value: Value, isDelta: Bool, unit: DateUnit) throws(PythonError) -> (Int64, DateUnit) {
    switch value {
    case .string(let text):
      if text.lowercased() == "nat" { return (notATime, .generic) }
      if isDelta {
        guard let number = Int64(text) else { throw PythonError.value("Could not convert object to NumPy timedelta") }
        return (number, unit)
      }
      return try parseISO(text)
    case .int(let number): return (Int64(number), unit)
    case .bool(let flag): return (flag ? 1 : 0, unit)
    case .tensor(let tensor) where tensor.isScalar && tensor.dtype.isInteger && tensor.dtype != .uint64:
      return (tensor.integerElements[0], unit)
    case .dateArray(let array) where array.isScalar && array.dtype.isDelta == isDelta:
      return (array.values[0], array.dtype.unit)
    default:
      throw refusal("a '\(value.typeName)' element of a \(isDelta ? "timedelta64" : "datetime64") array")
    }
  }

  /// `np.array(object, dtype)` of dates: strings, ints, NaT and date scalars, nested in lists of any depth.
  static func array(_ call: CallArguments, dtype given: DateDType?) throws(PythonError) -> Value {
    let bound = try call.bind(["object", "dtype", "copy", "order", "subok", "ndmin", "like"], required: 1)
    for name in ["copy", "order", "subok", "ndmin", "like"] where bound[name] != nil {
      throw refusal("np.array(..., \(name)=) of dates")
    }
    var shape: [Int] = []
    var leaves: [Value] = []
    var sawDeltas = false
    var sawDates = false
    func walk(_ value: Value, depth: Int) throws(PythonError) {
      switch value {
      case .list(let items), .tuple(let items):
        if depth == shape.count {
          shape.append(items.count)
        } else if depth > shape.count || shape[depth] != items.count {
          throw refusal("a ragged nested list of dates")
        }
        for item in items.items { try walk(item, depth: depth + 1) }
      case .dateArray(let array) where !array.isScalar:
        for (offset, extent) in array.shape.enumerated() {
          if depth + offset == shape.count {
            shape.append(extent)
          } else if shape[depth + offset] != extent {
            throw refusal("a ragged nested list of dates")
          }
        }
        for element in array.values {
          leaves.append(.dateArray(DateArray(dtype: array.dtype, shape: [], values: [element], isScalar: true)))
        }
        if array.dtype.isDelta { sawDeltas = true } else { sawDates = true }
      default:
        if depth != shape.count { throw refusal("a ragged nested list of dates") }
        if case .dateArray(let array) = value { if array.dtype.isDelta { sawDeltas = true } else { sawDates = true } }
        leaves.append(value)
      }
      try WorkMeter.charge(1)
    }
    try walk(bound.value("object"), depth: 0)
    if leaves.count > maxElementCount { throw refusal("a datetime64 array of more than 16,777,216 elements") }
    let dtype: DateDType
    if let given {
      dtype = given
    } else {
      if sawDates && sawDeltas { throw refusal("an array mixing datetime64 and timedelta64 values") }
      dtype = DateDType(isDelta: sawDeltas, unit: .generic)
    }
    var parsed: [(Int64, DateUnit)] = []
    for leaf in leaves {
      if case .dateArray = leaf {
      } else if given == nil {
        throw refusal("an array mixing dates and other values")
      }
      parsed.append(try element(leaf, isDelta: dtype.isDelta, unit: dtype.unit))
    }
    var unit = dtype.unit
    if unit == .generic {
      for (value, elementUnit) in parsed where value != notATime || elementUnit != .generic {
        unit = try commonUnit(unit, strict: dtype.isDelta, elementUnit, strict: dtype.isDelta)
      }
    }
    var values: [Int64] = []
    values.reserveCapacity(parsed.count)
    for (value, elementUnit) in parsed {
      if unit == .generic && value != notATime && !dtype.isDelta {
        throw PythonError.value("Cannot convert a NumPy datetime value other than NaT with generic units")
      }
      let from = elementUnit == .generic ? unit : elementUnit
      values.append(
        dtype.isDelta
          ? try convertDelta(value, from: from, to: unit) : try convertDate(value, from: from, to: unit))
    }
    return .dateArray(DateArray(dtype: DateDType(isDelta: dtype.isDelta, unit: unit), shape: shape, values: values))
  }

  /// `np.arange(start, stop, step, dtype)` of datetimes or timedeltas: NumPy's `datetime_arange`, where an int
  /// stop of a datetime range counts from the start.
  static func arange(_ call: CallArguments, dtype given: DateDType?) throws(PythonError) -> Value {
    let bound = try call.bind(["start", "stop", "step", "dtype"], required: 1)
    let isDelta: Bool
    if let given {
      isDelta = given.isDelta
    } else if case .dateArray(let array) = bound.value("start") {
      isDelta = array.dtype.isDelta
    } else if case .dateArray(let array) = bound["stop"] ?? .none {
      isDelta = array.dtype.isDelta
    } else {
      isDelta = true
    }
    var unit = given?.unit ?? .generic
    var start: (Int64, DateUnit)
    var stop: (Int64, DateUnit)
    guard let stopValue = bound["stop"], !stopValue.isNone else {
      guard isDelta else { throw refusal("np.arange of datetime64 values without a stop") }
      start = (0, unit)
      stop = try element(bound.value("start"), isDelta: true, unit: unit)
      return try range(start, stop, bound["step"], isDelta: true, unit: unit)
    }
    start = try element(bound.value("start"), isDelta: isDelta, unit: unit)
    let stopIsCount = !isDelta && stopValue.isIntegerLike
    stop = try element(stopValue, isDelta: isDelta || stopIsCount, unit: unit)
    if given == nil || unit == .generic {
      for part in [start, stop] where part.1 != .generic && !(stopIsCount && part == stop) {
        unit = try commonUnit(unit, strict: isDelta, part.1, strict: isDelta)
      }
      if unit == .generic && !isDelta { throw refusal("np.arange of datetime64 values in generic units") }
    }
    if stopIsCount {
      let first = try convertDate(start.0, from: start.1 == .generic ? unit : start.1, to: unit)
      return try range((first, unit), (first &+ stop.0, unit), bound["step"], isDelta: false, unit: unit)
    }
    return try range(start, stop, bound["step"], isDelta: isDelta, unit: unit)
  }

  private static func range(
    _ start: (Int64, DateUnit), _ stop: (Int64, DateUnit), _ stepValue: Value?, isDelta: Bool, unit given: DateUnit
  ) throws(PythonError) -> Value {
    var unit = given
    var step: Int64 = 1
    if let stepValue, !stepValue.isNone {
      let (value, stepUnit) = try element(stepValue, isDelta: true, unit: .generic)
      if stepUnit != .generic {
        unit = try commonUnit(stepUnit, strict: true, unit, strict: isDelta)
        step = try convertDelta(value, from: stepUnit, to: unit)
      } else {
        step = value
      }
    }
    if start.0 == notATime || stop.0 == notATime {
      throw PythonError.value("arange: cannot use NaT (not-a-time) datetime values")
    }
    if step == 0 { throw PythonError.value("arange: step cannot be zero") }
    func converted(_ part: (Int64, DateUnit)) throws(PythonError) -> Int64 {
      let from = part.1 == .generic ? unit : part.1
      return isDelta ? try convertDelta(part.0, from: from, to: unit) : try convertDate(part.0, from: from, to: unit)
    }
    let first = try converted(start)
    let last = try converted(stop)
    let span = Double(last) - Double(first)
    let count = max(0, Int((span / Double(step)).rounded(.up)))
    if count > maxElementCount { throw refusal("np.arange of more than 16,777,216 dates") }
    try WorkMeter.charge(count)
    let values = (0..<count).map { first + Int64($0) * step }
    return .dateArray(DateArray(dtype: DateDType(isDelta: isDelta, unit: unit), shape: [count], values: values))
  }
}

extension Value {
  /// True for a Python int or bool, or a NumPy integer scalar.
  fileprivate var isIntegerLike: Bool {
    switch self {
    case .int, .bool: true
    case .tensor(let tensor): tensor.isScalar && tensor.dtype.isInteger
    default: false
    }
  }
}
