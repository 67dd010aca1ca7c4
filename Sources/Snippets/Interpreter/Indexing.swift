import TensorCore

/// Subscripts: NumPy's basic and advanced indexing for arrays, Python's for tuples, lists and strings.
enum Indexing {
  /// `value[index]`.
  static func index(_ value: Value, with index: Value) throws(PythonError) -> Value {
    switch value {
    case .textArray(let array): return try StringArrays.index(array, index)
    case .objectArray(let array): return try ObjectArrays.index(array, index)
    case .dateArray(let array): return try DateTimes.index(array, index)
    case .rawArray(let array): return try RawArrays.index(array, index)
    case .bytearray(let memory): return try PythonBytes.arrayIndex(memory, index)
    case .structArray(let array): return try StructuredArrays.index(array, index)
    case .structDType(let dtype): return try StructuredArrays.dtypeItem(dtype, index)
    case .textScalar(let text, false): return try Indexing.index(.string(text), with: index)
    case .textScalar(let text, true), .bytes(let text): return try PythonBytes.index(text, index)
    case .tensor(let tensor):
      if tensor.isFlatIterator { try FlatIterator.checkIndex(index) }
      let converted = try indexItems(index, of: tensor)
      if tensor.isFlatIterator {
        // Indexing NumPy's flat iterator starts its iteration again, and a selection of it is a new array.
        FlatIterator.restart(tensor)
        do throws(PythonError) {
          return .tensor(try core { try tensor.index(converted).copy() })
        } catch {
          throw FlatIterator.boundsError(error, size: tensor.size)
        }
      }
      return .tensor(try core { try tensor.index(converted) })
    case .tuple(let items):
      let picked = try sequenceIndex(items.items, index, kind: "tuple")
      return isSlice(index) ? .tuple(ValueList(picked)) : picked[0]
    case .list(let items):
      let picked = try sequenceIndex(items.items, index, kind: "list")
      return isSlice(index) ? .list(ValueList(picked)) : picked[0]
    case .function(let name) where name == "numpy.r_" || name == "numpy.c_":
      return try NumpyIndexTricks.index(name, index)
    case .function(let name) where name == "numpy.mgrid" || name == "numpy.ogrid":
      return try NumpyMoreGrids.index(name, index)
    case .plot(let reference) where !reference.arrayItems.isEmpty:
      return try Interpreter.indexAxesArray(reference, with: index)
    case .string(let text):
      let picked = try sequenceIndex(text.unicodeScalars.map { Value.string(String($0)) }, index, kind: "string")
      return .string(picked.map(\.str).joined())
    case .dict(let dict):
      guard let found = try dict.get(index) else { throw PythonError.key(index, shown: index.repr) }
      return found
    case .rendered(let text):
      if case .string(let key) = index, let flag = try ArrayViewAttributes.flag(key, in: text, attribute: false) {
        return flag
      }
      throw PythonError.type("'\(value.typeName)' object is not subscriptable")
    case .range(let start, let stop, let step):
      let count = Interpreter.rangeCount(start, stop, step)
      if case .slice(let first, let last, let by) = index {
        // CPython's range slice: another range, over the items the slice picks (`range(10)[::-1]` is
        // `range(9, -1, -1)`).
        if let by, Swift.abs(by) >= Indexing.hugeSliceBound {
          // The new range keeps the step (`range(10)[::10**20]` is `range(0, 10, 100000000000000000000)`).
          var error = PythonError("OverflowError", "a range beyond 64-bit ints is not supported in snippets")
          error.isLimit = true
          throw error
        }
        let picked = try Indexing.resolveSlice(first, last, by, count: count)
        let (newStart, startOverflow) = picked.start.multipliedReportingOverflow(by: step)
        let (newStop, stopOverflow) = picked.stop.multipliedReportingOverflow(by: step)
        let (newStep, stepOverflow) = picked.step.multipliedReportingOverflow(by: step)
        guard !startOverflow, !stopOverflow, !stepOverflow, start.addingReportingOverflow(newStart).overflow == false,
          start.addingReportingOverflow(newStop).overflow == false
        else {
          var error = PythonError("OverflowError", "a range beyond 64-bit ints is not supported in snippets")
          error.isLimit = true
          throw error
        }
        return .range(start + newStart, start + newStop, newStep)
      }
      let position: Int
      do {
        position = try index.toInt()
      } catch {
        // An int no Py_ssize_t holds is past the end of any range.
        if index.exceedsIntp { throw PythonError.index("range object index out of range") }
        if case .tensor(let tensor) = index, !tensor.isScalar || error.isLimit { throw error }
        throw PythonError.type("range indices must be integers or slices, not \(index.typeName)")
      }
      let resolved = position < 0 ? position + count : position
      guard resolved >= 0, resolved < count else { throw PythonError.index("range object index out of range") }
      return .int(start + resolved * step)
    case .scalarType:
      throw NumpyArrays.unsupported("a generic alias (np.float64[...]) is not supported in snippets")
    case .function(let name)
    where ["list", "dict", "tuple", "set", "frozenset", "type", "numpy.ndarray", "numpy.dtype"].contains(name)
      || NumpyAbstractTypes.classify(name) != nil:
      // `list[int]`, `np.ndarray[tuple[int], np.dtype[np.uint8]]`: type hints, which Python prints as written.
      throw NumpyArrays.unsupported("a generic alias (\(name)[...]) is not supported in snippets")
    case .function(let name)
    where [
      "int", "float", "complex", "str", "bool", "range", "zip", "map", "filter", "reversed", "slice", "object",
      "bytearray", "bytes",
    ].contains(name) || Builtins.exceptionBases[name] != nil:
      // A builtin class without `__class_getitem__` (`str[0]`).
      throw PythonError.type("type '\(name)' is not subscriptable")
    case .function(let name) where Builtins.isType(name):
      throw NumpyArrays.unsupported("subscripting the class \(name) is not supported in snippets")
    case .dtype(let dtype):
      // A dtype's items are its fields; a plain dtype has none, whatever the key (`descr_subscript`).
      throw PythonError("KeyError", "'There are no fields in dtype \(dtype.rawValue).'")
    default:
      throw PythonError.type("'\(value.typeName)' object is not subscriptable")
    }
  }

  /// `target[index] = value` for lists and dicts (arrays: `Interpreter.assignItem`).
  static func setItem(_ target: Value, _ index: Value, _ value: Value) throws(PythonError) {
    switch target {
    case .textArray(let array): try StringArrays.assign(array, index, value)
    case .objectArray(let array): try ObjectArrays.assign(array, index, value)
    case .dateArray: throw DateTimes.refusal("assigning into a datetime64 or timedelta64 array")
    case .rawArray(let array): try RawArrays.assign(array, index, value)
    case .bytearray(let memory): try PythonBytes.arrayAssign(memory, index, value)
    case .structArray: throw StructuredArrays.refusal("this augmented assignment")
    case .rendered(let text) where text.hasPrefix("  C_CONTIGUOUS : "):
      throw PythonError.limit(
        "setting a.flags[\(index.repr)] is not supported in snippets (a.flags.writeable = False is)")
    case .dict(let dict):
      try dict.set(index, value)
    case .list(let list):
      if case .slice(let start, let stop, let step) = index {
        try assignSlice(list, start, stop, step, value)
        return
      }
      let position: Int
      do {
        position = try index.toInt()
      } catch {
        // CPython's "cannot fit 'int' into an index-sized integer", and an array's own `__index__` error; a
        // refusal stays one.
        if case .bigInt = index { throw error }
        if index.isHighUnsigned { throw index.cannotFitIndex("IndexError") }
        if error.isLimit { throw error }
        if case .tensor(let tensor) = index, !tensor.isScalar { throw error }
        throw PythonError.type("list indices must be integers or slices, not \(index.typeName)")
      }
      let resolved = position < 0 ? position + list.count : position
      guard resolved >= 0, resolved < list.count else {
        throw PythonError.index("list assignment index out of range")
      }
      try list.setItem(value, at: resolved)
    default:
      throw PythonError.type("'\(target.typeName)' object does not support item assignment")
    }
  }

  private static func isSlice(_ index: Value) -> Bool {
    if case .slice = index { return true }
    return false
  }

  /// True for an index of Python ints and slices only (`i`, `i, j`, `1:, ::2`): basic indexing, whatever the array.
  static func isBasic(_ index: Value) -> Bool {
    switch index {
    case .int, .slice: return true
    case .tuple(let parts):
      for part in parts {
        switch part {
        case .int, .slice: continue
        default: return false
        }
      }
      return true
    default: return false
    }
  }

  /// `indexItems(index)` for indexing `tensor`: NumPy indexes a scalar as a 0-d array and replaces any failure with
  /// one message (`gentype_subscript`).
  static func indexItems(_ index: Value, of tensor: Tensor) throws(PythonError) -> [IndexItem] {
    do {
      return try indexItems(index)
    } catch  where tensor.isScalar && !error.isLimit {
      throw PythonError.index("invalid index to scalar variable.")
    }
  }

  /// The items of an array index: a tuple's parts, or the one value (a list is one integer or boolean array).
  static func indexItems(_ index: Value) throws(PythonError) -> [IndexItem] {
    if case .int(let position) = index { return [.int(position)] }
    guard case .tuple(let parts) = index else { return [try indexItem(index)] }
    // The tuple's parts converted in place, into a list of their count: copying them into a list first and growing
    // the result as it went cost `a[1:, ::2]` three allocations.
    var converted: [IndexItem] = []
    converted.reserveCapacity(parts.count)
    var hasEllipsis = false
    for item in parts.items {
      // NumPy reads the index's parts in order: a second ellipsis is its error before any later part is looked at
      // (`x[..., ..., [0.5]]`).
      if case .ellipsis = item {
        if hasEllipsis { throw PythonError.index("an index can only have a single ellipsis ('...')") }
        hasEllipsis = true
      }
      converted.append(try indexItem(item))
    }
    return converted
  }

  private static let invalidIndex = PythonError.index(
    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"
  )

  private static func indexItem(_ value: Value) throws(PythonError) -> IndexItem {
    switch value {
    case .none: return .newaxis
    case .ellipsis: return .ellipsis
    case .slice(let start, let stop, let step):
      if step == 0 { throw PythonError.value("slice step cannot be zero") }
      return .slice(start: start, stop: stop, step: step)
    case .bool(let flag): return .mask(shape: [], values: [flag])
    case .int: return .int(try value.toInt())
    case .bigInt(let big) where !big.negative && big.bitWidth == 64:
      // NumPy reads an index from 2**63 to 2**64 - 1 as a C long (past 2**64 it is no integer index at all).
      throw PythonError("OverflowError", "Python int too large to convert to C long")
    case .tensor where value.isHighUnsigned:
      // NumPy reads a uint64 index from 2**63 up as the Python int it stands for, as a C long.
      throw PythonError("OverflowError", "Python int too large to convert to C long")
    case .tensor(let tensor) where tensor.ndim == 0 && tensor.dtype.isInteger: return .int(try value.toInt())
    // A NumPy float or complex number is no index (a 0-d array of one meets the array's own error).
    case .tensor(let tensor) where tensor.isScalar && (tensor.dtype.isFloat || tensor.dtype.isComplex):
      throw invalidIndex
    case .tensor(let tensor): return try arrayItem(tensor)
    case .list:
      // NumPy makes an array of the list; an empty list is an empty integer index, and a list of floats is refused
      // with the general message (not the array one).
      let nested = try value.toNested()
      let tensor = try core { try Tensor.array(nested, dtype: nil) }
      if tensor.size == 0 { return .indices(shape: tensor.shape, values: []) }
      if tensor.dtype.isFloat { throw invalidIndex }
      return try arrayItem(tensor)
    case .tuple(let parts):
      // A tuple inside an index tuple is a sequence, as a list is (`b[(0, 2), 2:5]`); one holding a slice is not.
      guard parts.allSatisfy({ if case .slice = $0 { false } else if case .ellipsis = $0 { false } else { true } })
      else { throw invalidIndex }
      return try indexItem(.list(parts))
    case .range(let start, let stop, let step):
      // NumPy indexes with a range as with the integer array it holds (`probs[range(n), y]`).
      let count = Interpreter.rangeCount(start, stop, step)
      if count > maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      return try indexItem(try .makeList((0..<count).map { .int(start + $0 * step) }))
    default:
      throw invalidIndex
    }
  }

  private static func arrayItem(_ tensor: Tensor) throws(PythonError) -> IndexItem {
    switch tensor.storage {
    case .bool(let flags): return .mask(shape: tensor.shape, values: flags)
    case .int64(let ints): return .indices(shape: tensor.shape, values: ints.map { Int($0) })
    case .float64, .complex128:
      throw PythonError.index("arrays used as indices must be of integer (or boolean) type")
    }
  }

  /// Python's int and slice indexing of a sequence: the picked items (exactly one for an int index).
  private static func sequenceIndex(_ items: [Value], _ index: Value, kind: String) throws(PythonError) -> [Value] {
    let count = items.count
    if case .slice(let start, let stop, let step) = index {
      let step = step ?? 1
      if step == 0 { throw PythonError.value("slice step cannot be zero") }
      func clamp(_ bound: Int?, _ fallback: Int) -> Int {
        guard var bound else { return fallback }
        if bound < 0 { bound = bound < -count ? -count - 1 : bound + count }
        return step > 0 ? Swift.min(Swift.max(bound, 0), count) : Swift.min(Swift.max(bound, -1), count - 1)
      }
      var position = clamp(start, step > 0 ? 0 : count - 1)
      let end = clamp(stop, step > 0 ? count : -1)
      var picked: [Value] = []
      while step > 0 ? position < end : position > end {
        picked.append(items[position])
        let (next, overflowed) = position.addingReportingOverflow(step)
        if overflowed { break }
        position = next
      }
      return picked
    }
    let position: Int
    do {
      position = try index.toInt()
    } catch {
      // CPython's "cannot fit 'int' into an index-sized integer", and an array's own `__index__` error.
      if case .bigInt = index { throw error }
      if index.isHighUnsigned { throw index.cannotFitIndex("IndexError") }
      if case .tensor(let tensor) = index, !tensor.isScalar || error.isLimit { throw error }
      // CPython 3.11's str says it differently from the other sequences, and quotes the type.
      if kind == "string" { throw PythonError.type("string indices must be integers, not '\(index.typeName)'") }
      throw PythonError.type("\(kind) indices must be integers or slices, not \(index.typeName)")
    }
    let resolved = position < 0 ? position + count : position
    guard resolved >= 0, resolved < count else { throw PythonError.index("\(kind) index out of range") }
    return [items[resolved]]
  }
}

extension Indexing {
  /// Python's slice resolution (`PySlice_AdjustIndices`): start, stop, step and how many items the slice covers.
  /// A slice bound given as a Python int past 64 bits, clamped as CPython clamps it to Py_ssize_t: far enough past any
  /// length to select what the exact bound does, and far enough from Int's ends to leave room for arithmetic on it.
  static let hugeSliceBound = Int.max / 2

  static func resolveSlice(_ start: Int?, _ stop: Int?, _ step: Int?, count: Int) throws(PythonError)
    -> (start: Int, stop: Int, step: Int, length: Int)
  {
    let step = step ?? 1
    if step == 0 { throw PythonError.value("slice step cannot be zero") }
    func clamp(_ value: Int?, _ fallback: Int) -> Int {
      guard var value else { return fallback }
      if value < 0 {
        value += count
        if value < 0 { value = step < 0 ? -1 : 0 }
      } else if value >= count {
        value = step < 0 ? count - 1 : count
      }
      return value
    }
    let first = clamp(start, step < 0 ? count - 1 : 0)
    let last = clamp(stop, step < 0 ? -1 : count)
    let length =
      step < 0
      ? (last < first ? (first - last - 1) / -step + 1 : 0) : (first < last ? (last - first - 1) / step + 1 : 0)
    return (first, last, step, length)
  }

  /// `list[start:stop:step] = iterable`, with CPython's errors for a non-iterable and a wrong-sized extended slice.
  static func assignSlice(_ list: ValueList, _ start: Int?, _ stop: Int?, _ step: Int?, _ value: Value)
    throws(PythonError)
  {
    let items: [Value]
    switch value {
    case .list, .tuple, .string, .range, .dict, .set, .iterator: items = try Interpreter.iterationItems(value)
    default:
      throw PythonError.type(
        step == nil || step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice")
    }
    let slice = try resolveSlice(start, stop, step, count: list.count)
    var current = Array(list)
    if slice.step == 1 {
      let end = Swift.max(slice.start, slice.stop)
      current.replaceSubrange(slice.start..<end, with: items)
    } else {
      guard items.count == slice.length else {
        throw PythonError.value(
          "attempt to assign sequence of size \(items.count) to extended slice of size \(slice.length)")
      }
      for (offset, item) in items.enumerated() { current[slice.start + offset * slice.step] = item }
    }
    try list.replace(with: current)
  }
}
