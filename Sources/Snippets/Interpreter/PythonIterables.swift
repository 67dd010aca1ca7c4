import Foundation
import TensorCore

/// Python's builtins over iterables and types: `range`, `zip`, `enumerate`, `sorted`, `map`, `list`, `str`, ….
extension Interpreter {
  /// Calls one of the builtins this file implements.
  mutating func callIterableBuiltin(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "range": return try range(call)
    case "zip":
      var strict = false
      for (keyword, value) in call.keywords {
        guard keyword == "strict" else {
          throw PythonError.type("'\(keyword)' is an invalid keyword argument for zip()")
        }
        strict = try value.truthValue()
      }
      // Lazy, as CPython's zip, enumerate and reversed: each item is taken from the sources when asked, so a list
      // changed during the loop is read as it is then.
      var sources: [IteratorBox] = []
      for argument in call.positional { sources.append(try makeIterator(argument)) }
      return .iterator(IteratorBox(kind: "zip", source: ZipSource(sources, strict: strict)))
    case "enumerate":
      let bound = try call.bind(["iterable", "start"], required: 1)
      if case .bigInt? = bound["start"] {
        throw PythonError.limit("enumerate() counting from an int past 64 bits is not supported in snippets")
      }
      let start = try bound["start"]?.toInt() ?? 0
      let source = try makeIterator(bound.value("iterable"))
      return .iterator(IteratorBox(kind: "enumerate", source: EnumerateSource(source, start: start)))
    case "reversed":
      let bound = try call.bind(["sequence"], required: 1)
      let sequence = bound.value("sequence")
      switch sequence {
      case .list(let list):
        return .iterator(IteratorBox(kind: "list_reverseiterator", source: ReversedListSource(list)))
      case .object(let object): return try reversedObject(object)
      case .classObject(let type) where type.metaclass != nil:
        return try callMetaclass(type, "__reversed__", arguments([]))
      case .tensor(let tensor) where tensor.ndim == 0:
        // reversed() reads `len()` first: a 0-d array's fails; a NumPy scalar has no sequence protocol at all.
        if tensor.isScalar { throw PythonError.type("'\(sequence.typeName)' object is not reversible") }
        throw PythonError.type("len() of unsized object")
      case .tuple, .string, .range, .tensor, .dict, .dictView, .bytes, .bytearray: break
      default: throw PythonError.type("'\(sequence.typeName)' object is not reversible")
      }
      let kind =
        switch sequence {
        // Dicts keep insertion order and have been reversible since Python 3.8 (a mappingproxy asks its dict).
        case .dict: "dict_reversekeyiterator"
        case .range: "range_iterator"
        case .dictView(let view, _): "dict_reverse\(view.rawValue.dropLast())iterator"
        default: "reversed"
        }
      return .iterator(IteratorBox(kind: kind, items: try items(sequence).reversed()))
    case "any", "all":
      let bound = try call.bind(["iterable"], required: 1)
      let iterable = bound.value("iterable")
      if case .iterator(let box) = iterable, box.isLazy {
        // One item at a time: the first deciding item stops it, leaving the rest of a generator unrun.
        while let item = try box.next(&self) {
          if try truth(item) != (name == "all") { return .bool(name == "any") }
        }
        return .bool(name == "all")
      }
      // Which element decides is invisible unless an element is an object (its `__bool__` may print).
      let elements: [Value]
      if case .set(let set) = iterable, !set.holdsInstances {
        elements = set.items
      } else {
        elements = try items(iterable)
      }
      for item in elements where try item.truthValue() != (name == "all") {
        return .bool(name == "any")
      }
      return .bool(name == "all")
    case "map":
      try call.rejectKeywords()
      guard call.positional.count >= 2 else { throw PythonError.type("map() must have at least two arguments.") }
      var sources: [IteratorBox] = []
      for argument in call.positional.dropFirst() { sources.append(try makeIterator(argument)) }
      return .iterator(IteratorBox(kind: "map", source: MapSource(call.positional[0], sources)))
    case "filter":
      try call.rejectKeywords()
      guard call.positional.count == 2 else {
        throw PythonError.type("filter expected 2 arguments, got \(call.positional.count)")
      }
      let source = try makeIterator(call.positional[1])
      return .iterator(IteratorBox(kind: "filter", source: FilterSource(call.positional[0], source)))
    case "sorted": return try sorted(call)
    case "list", "tuple":
      try call.rejectKeywords()
      guard call.positional.count <= 1 else {
        throw PythonError.type("\(name) expected at most 1 argument, got \(call.positional.count)")
      }
      let contents = try call.positional.first.map { (value) throws(PythonError) in try items(value) } ?? []
      return name == "list" ? try .makeList(contents) : try .makeTuple(contents)
    case "dict": return try dict(call)
    case "str":
      let bound = try call.bind(["object", "encoding", "errors"])
      guard let value = bound.values["object"] else { return .string("") }
      if bound["encoding"] != nil || bound["errors"] != nil {
        // `str(b, encoding, errors)` decodes bytes, as `b.decode(encoding, errors)`.
        var keywords: [(name: String, value: Value)] = []
        for key in ["encoding", "errors"] {
          guard let given = bound[key] else { continue }
          guard case .string = given else {
            throw PythonError.type("str() argument '\(key)' must be str, not \(given.typeName)")
          }
          keywords.append((key, given))
        }
        switch value {
        case .bytes(let raw):
          return try PythonBytes.decode(
            raw, CallArguments(function: "decode", positional: [], keywords: keywords, positionalTexts: []))
        case .string: throw PythonError.type("decoding str is not supported")
        case .bytearray:
          throw PythonError.limit(
            "str() of a bytearray with an encoding is not supported in snippets: "
              + "decode bytes(b) instead")
        default: throw PythonError.type("decoding to str: need a bytes-like object, \(value.typeName) found")
        }
      }
      return .string(try text(value, repr: false))
    case "repr":
      let bound = try call.bind(["obj"], required: 1)
      return .string(try text(bound.value("obj"), repr: true))
    case "ascii":
      // The repr with every code point past ASCII escaped as CPython's backslashreplace writes it.
      let bound = try call.bind(["obj"], required: 1)
      var escaped = ""
      for scalar in try text(bound.value("obj"), repr: true).unicodeScalars {
        let code = scalar.value
        if code < 0x80 {
          escaped.unicodeScalars.append(scalar)
          continue
        }
        let (prefix, width) = code < 0x100 ? ("\\x", 2) : code < 0x10000 ? ("\\u", 4) : ("\\U", 8)
        let digits = String(code, radix: 16)
        escaped += prefix + String(repeating: "0", count: width - digits.count) + digits
      }
      return .string(escaped)
    case "bool":
      let bound = try call.bind(["x"])
      guard let value = bound.values["x"] else { return .bool(false) }
      return .bool(try truth(value))
    case "type":
      if call.positional.count == 3 {
        // `type.__new__` checks the name, bases and namespace it would make a class of.
        for (index, (value, expected)) in zip(call.positional, ["str", "tuple", "dict"]).enumerated()
        where value.typeName != expected {
          throw PythonError.type(
            "type.__new__() argument \(index + 1) must be \(expected), not \(value.typeName)")
        }
        throw PythonError.limit(
          "type() with three arguments (making a class) is not supported in snippets: write a class statement")
      }
      let bound = try call.bind(["object"], required: 1)
      let object = bound.value("object")
      // NumPy's functions are objects of its own classes (`numpy._ArrayFunctionDispatcher` for most, a builtin for
      // others), which docbuild's, native or written in its Python, are not.
      var isNumpyFunction = false
      if case .userFunction(let closure) = object, closure.module?.hasPrefix("_numpy") == true {
        isNumpyFunction = true
      }
      // A function of docbuild's NumPy modules written in the snippet language whose NumPy class it does not show.
      if case .userFunction(let closure) = object, let module = closure.module,
        NumpyFunctionClasses.modules.contains(module)
      {
        isNumpyFunction = true
      }
      // A ufunc's class is `numpy.ufunc` (answered); NumPy's other functions are refused.
      if case .function(let name) = object, name.hasPrefix("numpy."), object.typeName == "builtin_function_or_method" {
        isNumpyFunction = true
      }
      // docbuild's own Python (autograd's `check_grads`) asks for types it does not print.
      if let classType = object.moduleClassType, runningModule == nil {
        throw PythonError.limit(
          "type() of \(object.repr) is not supported in snippets: CPython's is a \(classType) object (a class), "
            + "which docbuild's function is not")
      }
      // NumPy's functions show their own classes: its dispatcher for most, a builtin or a plain function for others.
      if runningModule == nil, let name = object.numpyFunctionName, let kind = NumpyFunctionClasses.shownClass(of: name)
      {
        return .function(kind)
      }
      if isNumpyFunction && runningModule == nil {
        throw PythonError.limit(
          "type() of a NumPy function is not supported in snippets: NumPy's functions are objects of its own "
            + "classes (numpy._ArrayFunctionDispatcher for most), which docbuild's are not")
      }
      if case .tuple(let items) = object, let named = items.namedType { throw named.classRefusal("type()") }
      return Self.typeOf(object)
    case "isinstance":
      try call.rejectKeywords()
      guard call.positional.count == 2 else {
        throw PythonError.type("isinstance expected 2 arguments, got \(call.positional.count)")
      }
      return .bool(try isInstance(call.positional[0], call.positional[1]))
    case "callable":
      let bound = try call.bind(["obj"], required: 1)
      switch bound.value("obj") {
      case .function("NotImplemented"): return .bool(false)
      case .function, .userFunction, .method, .scalarType, .classObject, .boundMethod, .derivative,
        .wrapped(.autogradFunction, _):
        return .bool(true)
      case .object(let object): return .bool(object.type.lookUp("__call__") != nil)
      default: return .bool(false)
      }
    case "round":
      // An object rounds through its `__round__` (NumberProtocols.swift).
      if case .object? = call.positional.first, let result = try objectNumberCall(name, call) { return result }
      if let number = call.positional.first { try ApproximateFloats.refuseNoise(in: number) }
      return try round(call)
    case "divmod" where call.positional.contains(where: \.isObject):
      // An object divides through its `__divmod__`/`__rdivmod__`; a malformed call gets divmod's own errors below.
      if let result = try objectNumberCall(name, call) { return result }
      fallthrough
    case "divmod":
      try call.rejectKeywords()
      guard call.positional.count == 2 else {
        throw PythonError.type("divmod expected 2 arguments, got \(call.positional.count)")
      }
      let (a, b) = (call.positional[0], call.positional[1])
      switch (a, b) {
      case (.tensor, .bytes), (.bytes, .tensor), (.tensor, .string), (.string, .tensor):
        // NumPy makes a string array of the text and looks for a ufunc loop for it.
        throw PythonError.limit("divmod() of an array and a str or bytes is not supported in snippets")
      default: break
      }
      let quotient: Value
      do {
        quotient = try Operators.binary(.floorDivide, a, b)
      } catch {
        // CPython's float_divmod has its own message for a zero divisor.
        if error.type == "ZeroDivisionError", error.message == "float floor division by zero" {
          throw PythonError("ZeroDivisionError", "float divmod()")
        }
        // CPython names divmod() itself among the operand types it cannot take.
        if error.type == "TypeError", error.message.hasPrefix("unsupported operand type(s) for //:") {
          throw PythonError.type(
            "unsupported operand type(s) for divmod():"
              + error.message.dropFirst("unsupported operand type(s) for //:".count))
        }
        // An array's divmod is one ufunc, np.divmod, which names itself when it has no loop (complex operands).
        let noLoop = "ufunc 'floor_divide' not supported for the input types"
        if error.type == "TypeError", error.message.hasPrefix(noLoop) {
          throw PythonError.type("ufunc 'divmod'" + error.message.dropFirst("ufunc 'floor_divide'".count))
        }
        throw error
      }
      return try .makeTuple([quotient, try Operators.binary(.modulo, a, b)])
    case "pow":
      let bound = try call.bind(["base", "exp", "mod"], required: 2)
      let (base, exponent) = (bound.value("base"), bound.value("exp"))
      if let modulus = bound["mod"], !modulus.isNone {
        if case .object(let object) = base, let result = try callSpecial(object, "__pow__", [exponent, modulus]),
          !result.isNotImplemented
        {
          return result
        }
        return try Self.modularPower(base, exponent, modulus)
      }
      // pow(x, y) is x ** y: an object's __pow__ or __rpow__ answers it.
      if base.isObject || exponent.isObject { return try objectBinary(.power, base, exponent) }
      return try Operators.binary(.power, base, exponent)
    case "iter":
      if call.positional.count == 2 {
        if case .bool(false) = try callIterableBuiltin("callable", arguments([call.positional[0]])) {
          throw PythonError.type("iter(v, w): v must be callable")
        }
        try call.rejectKeywords()
        return .iterator(
          IteratorBox(
            kind: "callable_iterator", source: CallableIteratorSource(call.positional[0], call.positional[1])))
      }
      let bound = try call.bind(["object"], required: 1)
      let value = bound.value("object")
      if case .iterator = value { return value }
      if case .object(let object) = value, let iterator = try objectIterator(object) { return iterator }
      if case .classObject(let type) = value, type.metaclass != nil {
        return .iterator(try makeIterator(try callMetaclass(type, "__iter__", arguments([]))))
      }
      return .iterator(try makeIterator(value))
    case "next":
      try call.rejectKeywords()
      guard let first = call.positional.first, call.positional.count <= 2 else {
        throw PythonError.type("next expected at least 1 argument, got 0")
      }
      if case .object(let source) = first, source.type.lookUp("__next__") != nil {
        if let item = try nextItem(of: source) { return item }
        if call.positional.count == 2 { return call.positional[1] }
        throw PythonError("StopIteration", "")
      }
      guard case .iterator(let box) = first else {
        if case .tensor(let flat) = first, flat.isFlatIterator {
          if let position = try FlatIterator.takeNext(flat) {
            return .tensor(try core { try flat.index([.int(position)]) })
          }
          if call.positional.count == 2 { return call.positional[1] }
          throw PythonError("StopIteration", "")
        }
        throw PythonError.type("'\(first.typeName)' object is not an iterator")
      }
      if call.positional.count == 2 {
        if let item = try box.next(&self) { return item }
        return call.positional[1]
      }
      return try nextOrStop(box)
    case "chr":
      let bound = try call.bind(["i"], required: 1)
      if case .bigInt = bound.value("i") {
        throw PythonError("OverflowError", "Python int too large to convert to C int")
      }
      let code = try bound.value("i").toInt()
      guard let scalar = Unicode.Scalar(UInt32(clamping: max(code, 0))), code >= 0, code <= 0x10FFFF else {
        throw PythonError.value("chr() arg not in range(0x110000)")
      }
      return .string(String(Character(scalar)))
    case "ord":
      let bound = try call.bind(["c"], required: 1)
      // A bytes or bytearray of one byte is that byte's value (`ord(b'z')`).
      let bytes: [UInt8]? =
        switch bound.value("c") {
        case .bytes(let text): text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        case .bytearray(let memory): memory.bytes
        default: nil
        }
      if let bytes {
        guard bytes.count == 1 else {
          throw PythonError.type("ord() expected a character, but string of length \(bytes.count) found")
        }
        return .int(Int(bytes[0]))
      }
      guard case .string(let text) = bound.value("c") else {
        throw PythonError.type("ord() expected string of length 1, but \(bound.value("c").typeName) found")
      }
      guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
        throw PythonError.type("ord() expected a character, but string of length \(text.unicodeScalars.count) found")
      }
      return .int(Int(scalar.value))
    default:
      throw PythonError("NameError", "name '\(name)' is not defined")
    }
  }

  /// Positional call arguments (for callbacks from `map`, `sorted(key=)`, …).
  func arguments(_ values: [Value]) -> CallArguments {
    CallArguments(function: "", positional: values, keywords: [], positionalTexts: values.map { _ in "" })
  }

  /// The items of an iterable, bounded by the element limit.
  mutating func items(_ value: Value) throws(PythonError) -> [Value] {
    try iterate(value)
  }

  private func range(_ call: CallArguments) throws(PythonError) -> Value {
    try call.rejectKeywords()
    var bounds: [Int] = []
    for argument in call.positional {
      switch argument {
      case .int, .bool, .bigInt, .tensor:
        do {
          bounds.append(try argument.toInt())
        } catch {
          if case .bigInt = argument {
            // CPython's range holds ints of any size (only its len() fails); docbuild's holds 64-bit bounds.
            throw PythonError.limit(
              "a range with a bound beyond 64 bits is not supported in snippets (CPython's ranges take ints of any "
                + "size)")
          }
          // The array's `__index__`, or a refusal.
          if case .tensor(let tensor) = argument, !tensor.isScalar || error.isLimit { throw error }
          throw PythonError.type("'\(argument.typeName)' object cannot be interpreted as an integer")
        }
      default:
        throw PythonError.type("'\(argument.typeName)' object cannot be interpreted as an integer")
      }
    }
    switch bounds.count {
    case 1: return .range(0, bounds[0], 1)
    case 2: return .range(bounds[0], bounds[1], 1)
    case 3:
      guard bounds[2] != 0 else { throw PythonError.value("range() arg 3 must not be zero") }
      return .range(bounds[0], bounds[1], bounds[2])
    case 0: throw PythonError.type("range expected at least 1 argument, got 0")
    default: throw PythonError.type("range expected at most 3 arguments, got \(bounds.count)")
    }
  }

  /// `sorted(iterable, key=None, reverse=False)`: a stable sort by `<`, as Python's.
  private mutating func sorted(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 1 else {
      throw PythonError.type("sorted expected 1 argument, got \(call.positional.count)")
    }
    var key: Value?
    var reverse = false
    for (name, value) in call.keywords {
      switch name {
      case "key": key = value.isNone ? nil : value
      case "reverse": reverse = try value.truthValue()
      default: throw PythonError.type("sort() got an unexpected keyword argument '\(name)'")
      }
    }
    let source = call.positional[0]
    if case .set(let set) = source, !set.orderKnown {
      // A set's elements are distinct, so only a key can tie two of them, and tied items keep the iteration order.
      // Calling the key shows the order too when it prints, so a key that printed is refused as well.
      if key != nil, set.holdsInstances { throw set.unknownIterationOrder }
      let printedBefore = printed.utf8.count
      let keys = try sortKeys(set.items, key)
      if key != nil, printed.utf8.count != printedBefore { throw set.unknownIterationOrder }
      if key != nil, try Self.keysTie(keys) { throw set.unknownIterationOrder }
      return try .makeList(try sortedItems(set.items, keys: keys, reverse: reverse))
    }
    return try .makeList(try sortedItems(try items(source), key: key, reverse: reverse))
  }

  /// Whether two keys are equal (their items would keep the iteration order) or are objects (comparing them runs
  /// their code, in an order that would show).
  private static func keysTie(_ keys: [Value]) throws(PythonError) -> Bool {
    if keys.contains(where: \.holdsObjects) { return true }
    guard keys.count <= 4096 else { return true }
    for (index, key) in keys.enumerated() {
      for other in keys[..<index] where try Operators.compare(.equal, key, other).truthValue() { return true }
    }
    return false
  }

  /// Sorts items as `list.sort` does: stable, comparing keys with `<`, errors from comparisons propagated.
  mutating func sortedItems(_ items: [Value], key: Value?, reverse: Bool) throws(PythonError) -> [Value] {
    try sortedItems(items, keys: try sortKeys(items, key), reverse: reverse)
  }

  /// Each item's sort key: the key function's result, called once per item in order, or the item itself.
  private mutating func sortKeys(_ items: [Value], _ key: Value?) throws(PythonError) -> [Value] {
    var keys: [Value] = []
    for item in items {
      keys.append(try key.map { (function) throws(PythonError) in try callValue(function, arguments([item])) } ?? item)
    }
    return keys
  }

  /// Sorts items by keys already computed, as `sortedItems` does.
  private mutating func sortedItems(_ items: [Value], keys: [Value], reverse: Bool) throws(PythonError) -> [Value] {
    var order = Array(items.indices)
    // CPython sorts a reversed list and reverses the result, so equal keys keep their order.
    if reverse { order.reverse() }
    func less(_ a: Int, _ b: Int) throws(PythonError) -> Bool {
      let (left, right) = (keys[a], keys[b])
      // Keys of one plain kind, compared at once (the general comparison asked about arrays, objects, dates and
      // text arrays first: three quarters of a sort of 8·10^4 ints): ints and floats as Python compares them, and
      // texts by code point, which their UTF-8 bytes order alike.
      switch (left, right) {
      case (.int(let x), .int(let y)): return x < y
      case (.float(let x), .float(let y)): return x < y
      case (.string(let x), .string(let y)): return x.utf8.lexicographicallyPrecedes(y.utf8)
      case (.tuple(let x), .tuple(let y)), (.list(let x), .list(let y)):
        if let less = Operators.plainSequenceOrder(.less, x, y) {
          try Interpreter.chargeSequenceWork(left, right)
          return less
        }
      default: break
      }
      if left.isObject || right.isObject { return try truth(try objectCompare(.less, left, right)) }
      if let ordered = try containerOrder(.less, left, right) { return try truth(ordered) }
      return try Operators.compare(.less, left, right).truthValue()
    }
    if order.count < 64 {
      // CPython's timsort is one binary insertion sort below 64 items: replayed step by step, so keys that do not
      // order consistently (NaN) end where CPython puts them.
      try Self.binaryInsertionSort(&order, less)
    } else {
      if keys.contains(where: \.isNaNNumber) {
        var error = PythonError(
          "NotImplementedError",
          "sorting 64 or more items with a NaN among them: CPython's timsort puts the NaN where its merges happen "
            + "to, which snippets replay only for shorter lists; filter out the NaNs first")
        error.isLimit = true
        throw error
      }
      var failure: PythonError?
      order = Self.mergeSort(order) { a, b in
        if failure != nil { return false }
        do throws(PythonError) { return try less(a, b) } catch {
          failure = error
          return false
        }
      }
      if let failure { throw failure }
    }
    if reverse { order.reverse() }
    return order.map { items[$0] }
  }

  /// CPython's `count_run` then `binarysort` (listobject.c), which sort any list shorter than 64 items.
  private static func binaryInsertionSort(_ a: inout [Int], _ less: (Int, Int) throws(PythonError) -> Bool)
    throws(PythonError)
  {
    let count = a.count
    guard count > 1 else { return }
    var run = 2
    if try less(a[1], a[0]) {
      while run < count, try less(a[run], a[run - 1]) { run += 1 }
      a[0..<run].reverse()
    } else {
      while run < count, try !less(a[run], a[run - 1]) { run += 1 }
    }
    for start in run..<count {
      let pivot = a[start]
      var (low, high) = (0, start)
      while low < high {
        let middle = low + (high - low) >> 1
        if try less(pivot, a[middle]) { high = middle } else { low = middle + 1 }
      }
      var position = start
      while position > low {
        a[position] = a[position - 1]
        position -= 1
      }
      a[low] = pivot
    }
  }

  private static func mergeSort(_ items: [Int], by less: (Int, Int) -> Bool) -> [Int] {
    guard items.count > 1 else { return items }
    var source = items
    var target = items
    var width = 1
    while width < source.count {
      var start = 0
      while start < source.count {
        let middle = Swift.min(start + width, source.count)
        let end = Swift.min(start + 2 * width, source.count)
        var (i, j, k) = (start, middle, start)
        while i < middle && j < end {
          // Take from the right only when strictly less, which keeps the sort stable.
          if less(source[j], source[i]) {
            target[k] = source[j]
            j += 1
          } else {
            target[k] = source[i]
            i += 1
          }
          k += 1
        }
        while i < middle {
          target[k] = source[i]
          i += 1
          k += 1
        }
        while j < end {
          target[k] = source[j]
          j += 1
          k += 1
        }
        start += 2 * width
      }
      swap(&source, &target)
      width *= 2
    }
    return source
  }

  private mutating func dict(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count <= 1 else {
      throw PythonError.type("dict expected at most 1 argument, got \(call.positional.count)")
    }
    var pairs: [(Value, Value)] = []
    if let source = call.positional.first { pairs = try dictionaryPairs(source) }
    for (name, value) in call.keywords { pairs.append((.string(name), value)) }
    return try .makeDict(pairs)
  }

  /// The key-value pairs `dict(source)` and `d.update(source)` read: a dict's items, a mapping's keys with its
  /// items (Counter, defaultdict, a class with keys() and __getitem__), or an iterable's pairs.
  mutating func dictionaryPairs(_ source: Value) throws(PythonError) -> [(Value, Value)] {
    var pairs: [(Value, Value)] = []
    if case .dict(let other) = source {
      pairs = Array(zip(other.keys, other.values))
    } else if case .object(let object) = source, let held = object.heldDictionaryItems {
      pairs = held
    } else if case .object(let object) = source, object.type.lookUp("keys") != nil {
      // Read as CPython's dict() reads a mapping.
      for key in try iterate(try callValue(try attributeValue(source, "keys"), arguments([]))) {
        guard let value = try callSpecial(object, "__getitem__", [key]) else {
          throw PythonError.type("'\(Value.object(object).typeName)' object is not subscriptable")
        }
        pairs.append((key, value))
      }
    } else {
      try forEachUpdatePair(source) { key, value in pairs.append((key, value)) }
    }
    return pairs
  }

  /// The pairs of an iterable of key-value pairs, as `dict(seq)` and `d.update(seq)` read them: each handed to `take`
  /// as it is read (so a bad pair leaves the earlier ones taken), with CPython's errors naming the bad element.
  mutating func forEachUpdatePair(_ source: Value, _ take: (Value, Value) throws(PythonError) -> Void)
    throws(PythonError)
  {
    for (position, item) in try items(source).enumerated() {
      let pair: [Value]
      do {
        pair = try items(item)
      } catch {
        guard error.type == "TypeError", error.message.hasSuffix("object is not iterable") else { throw error }
        throw PythonError.type("cannot convert dictionary update sequence element #\(position) to a sequence")
      }
      guard pair.count == 2 else {
        throw PythonError.value(
          "dictionary update sequence element #\(position) has length \(pair.count); 2 is required")
      }
      try take(pair[0], pair[1])
    }
  }

  /// CPython's `ternary_op` for `pow(base, exp, mod)` of Python values: each distinct type's `nb_power` in turn —
  /// int's computes when all three are ints, float's refuses any modulus, complex's any it can convert — and
  /// `unsupported operand type(s)` when none takes them. Returns when int's would compute.
  private static func checkTernaryPower(_ base: Value, _ exponent: Value, _ modulus: Value) throws(PythonError) {
    let operands = [base, exponent, modulus]
    // The slot each operand's type brings: bool shares int's.
    func slot(_ value: Value) -> String? {
      // A NumPy number's or array's power takes no modulus (its slot gives way).
      if case .tensor = value { return "numpy" }
      return switch value.typeName {
      case "int", "bool": "int"
      case "float": "float"
      case "complex": "complex"
      case "list", "tuple", "dict", "set", "frozenset", "str", "bytes", "NoneType", "range": nil
      default: "other"
      }
    }
    let slots = operands.map(slot)
    if slots.contains("other") { return }
    var tried: Set<String> = []
    for case let kind? in slots where tried.insert(kind).inserted {
      switch kind {
      case "int" where slots.allSatisfy({ $0 == "int" }): return
      case "float": throw PythonError.type("pow() 3rd argument not allowed unless all arguments are integers")
      case "complex" where slots[0] != nil && slots[1] != nil: throw PythonError.value("complex modulo")
      default: continue
      }
    }
    throw PythonError.type(
      "unsupported operand type(s) for ** or pow(): " + operands.map { "'\($0.typeName)'" }.joined(separator: ", "))
  }

  /// `round(x[, ndigits])`: Python's round-half-even, exact for floats as CPython computes it.
  private func round(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["number", "ndigits"], required: 1)
    let number = bound.value("number")
    // CPython looks `__round__` up on the number before it converts `ndigits`.
    // NumPy 2.4's arrays (0-d ones too) define no `__round__`, nor do its bool and complex scalars.
    switch number {
    case .int, .bool, .bigInt, .float: break
    case .tensor(let tensor) where tensor.isScalar && !tensor.dtype.isComplex && tensor.dtype != .bool: break
    default: throw PythonError.type("type \(number.typeName) doesn't define __round__ method")
    }
    var digits: Int?
    if case .bigInt(let huge)? = bound["ndigits"] {
      // A float rounds to itself (or to a signed zero) past any precision; a NumPy scalar's C long converter
      // overflows; an int rounds to itself (to a power of ten CPython computes in full, refused, below).
      switch number {
      case .tensor: throw PythonError("OverflowError", "Python int too large to convert to C long")
      case .float: digits = huge.negative ? Int.min / 2 : Int.max / 2
      default:
        guard !huge.negative else {
          throw PythonError.limit(
            "round() of an int to a power of ten past 64 bits is not supported in snippets: CPython computes it")
        }
        digits = Int.max / 2
      }
    } else {
      digits = try bound["ndigits"]?.toInt()
    }
    switch number {
    case .int, .bool, .bigInt:
      let value = number.bigInteger ?? BigInt(0)
      guard let digits, digits < 0 else { return .integer(value) }
      // Round half to even at 10**-digits, as int.__round__ does.
      guard -digits < 4400 else { return .int(0) }
      let unit = try BigInt(10).power(-digits)
      let (quotient, remainder) = value.floorDivMod(unit)
      let twice = remainder + remainder
      let order = twice.compare(unit)
      let roundUp = order > 0 || (order == 0 && !quotient.floorDivMod(BigInt(2)).1.isZero)
      return .integer((roundUp ? quotient + BigInt(1) : quotient) * unit)
    case .float(let value):
      guard let digits else {
        if value.isNaN { throw PythonError.value("cannot convert float NaN to integer") }
        if value.isInfinite { throw PythonError("OverflowError", "cannot convert float infinity to integer") }
        return .integer(BigInt(exactly: value.rounded(.toNearestOrEven)))
      }
      let rounded = Self.roundDouble(value, digits)
      // A finite value rounded past the largest double (`round(1.7e308, -308)`) is CPython's OverflowError.
      if rounded.isInfinite && value.isFinite {
        throw PythonError("OverflowError", "rounded value too large to represent")
      }
      return .float(rounded)
    case .tensor(let tensor) where tensor.isScalar && digits == nil:
      // A NumPy scalar's __round__ without ndigits returns a Python int, as a float's does.
      let plain: Value =
        switch tensor.storage {
        case .float64(let values): .float(values[0])
        case .int64(let values): .pythonInt(values[0], of: tensor.dtype)
        case .bool(let values): .int(values[0] ? 1 : 0)
        case .complex128: throw PythonError.type("type numpy.\(tensor.dtype.rawValue) doesn't define __round__ method")
        }
      var again = call
      again.positional = [plain]
      again.keywords = []
      return try round(again)
    case .tensor:
      return try NumpyFunctions.call("round", call)
    default:
      throw PythonError.type("type \(number.typeName) doesn't define __round__ method")
    }
  }

  /// CPython's `float.__round__(ndigits)`: the shortest repr of x, rounded half-even in decimal, read back.
  static func roundDouble(_ value: Double, _ digits: Int) -> Double {
    if !value.isFinite || digits > 323 { return value }
    if digits < -308 { return 0.0 * value }
    // Python rounds the exact binary value; "%.*f" formatting rounds the exact value half-even too.
    let text = String(format: "%.\(Swift.max(digits, 0))f", value)
    if digits >= 0 { return Double(text) ?? value }
    let rounded = roundedToPowerOfTen(Swift.abs(value), places: -digits)
    return rounded == 0 ? copysign(0, value) : copysign(rounded, value)
  }

  /// `magnitude` rounded half-even to a multiple of 10**places in exact decimal, then read back (CPython rounds the
  /// decimal digits `dtoa` gives, where dividing by 10**places first would round twice: `round(1e301, -5)`).
  private static func roundedToPowerOfTen(_ magnitude: Double, places: Int) -> Double {
    // A double of 1 or more has at most 52 binary, so 52 decimal, fraction digits: 60 hold them exactly.
    let exact = String(format: "%.60f", magnitude).split(separator: ".", omittingEmptySubsequences: false)
    let whole = Array(exact[0])
    let fractionIsZero = exact.count < 2 || exact[1].allSatisfy { $0 == "0" }
    let half = "5" + String(repeating: "0", count: places - 1)
    if whole.count < places || (whole.count == 1 && whole[0] == "0") { return 0 }
    let headCount = whole.count - places
    let tail = String(whole[headCount...])
    var head = headCount == 0 ? [Character("0")] : Array(whole[..<headCount])
    let up: Bool
    if tail != half {
      up = tail > half
    } else if !fractionIsZero {
      up = true
    } else {
      up = (head.last.flatMap { $0.wholeNumberValue } ?? 0) % 2 == 1
    }
    if up {
      var position = head.count - 1
      while position >= 0 && head[position] == "9" {
        head[position] = "0"
        position -= 1
      }
      if position < 0 {
        head.insert("1", at: 0)
      } else {
        head[position] = Character(String(head[position].wholeNumberValue! + 1))
      }
    }
    return Double(String(head) + "e\(places)") ?? magnitude
  }

  /// Whether a value is one of `collections.abc`'s abstract base classes (CollectionsAbcSource.swift).
  /// Whether a value is a `types.GenericAlias` (`list[int]`, GenericAliasSource.swift).
  /// A `types.UnionType`'s members as a tuple, which `isinstance` and `issubclass` read it as (CPython 3.11's
  /// `object_recursive_isinstance`); nil for any other value.
  static func unionMembers(_ value: Value) -> Value? {
    guard case .object(let object) = value, object.type.module == "types", object.type.name == "UnionType" else {
      return nil
    }
    return object.attributes["__args__"]
  }

  static func isGenericAlias(_ value: Value) -> Bool {
    guard case .object(let object) = value else { return false }
    return object.type.isGenericAlias
  }

  static func isAbstractBaseClass(_ value: Value) -> Bool {
    guard case .object(let object) = value else { return false }
    return object.type.module == "abc" && object.type.name == "ABCMeta"
  }

  /// isinstance() or issubclass() with an abstract base class of `collections.abc`, which CPython answers from the
  /// classes registered with it: a refusal here.
  static func abstractBaseClassRefusal(_ function: String) -> PythonError {
    var error = PythonError(
      "NotImplementedError",
      "\(function)() with a collections.abc class is not part of the snippet language (Python has it)")
    error.isLimit = true
    return error
  }

  /// isinstance() or issubclass() with a typing alias (`typing.List`, `Union[int, str]`), which CPython answers from
  /// the alias's origin or refuses as subscripted: a refusal here, never the TypeError of a non-class.
  static func typingFormRefusal(_ function: String) -> PythonError {
    var error = PythonError(
      "NotImplementedError", "\(function)() with a typing alias is not part of the snippet language (Python has it)")
    error.isLimit = true
    return error
  }

  /// `type(x)`: the class as a value (`int`, `numpy.ndarray`, `numpy.float64`, …).
  static func typeOf(_ value: Value) -> Value {
    switch value {
    case .tensor(let tensor) where tensor.isScalar: return .scalarType(tensor.dtype)
    case .tensor(let tensor) where tensor.isFlatIterator: return .function("numpy.flatiter")
    case .method(_, Interpreter.vectorizedMarker): return .function("numpy.vectorize")
    case .tensor, .textArray, .rawArray, .objectArray: return .function("numpy.ndarray")
    case .dateArray(let array) where array.isScalar:
      return .function(array.dtype.isDelta ? "numpy.timedelta64" : "numpy.datetime64")
    case .dateArray: return .function("numpy.ndarray")
    case .bytearray: return .function("bytearray")
    case .textScalar(_, let isBytes): return .function(isBytes ? "numpy.bytes_" : "numpy.str_")
    case .textDType(let dtype): return .function(dtype.isBytes ? "numpy.dtypes.BytesDType" : "numpy.dtypes.StrDType")
    case .bytes: return .function("bytes")
    case .object(let object):
      if let shown = object.type.shownBuiltinType { return .function(shown) }
      return BareObjects.isBare(object) ? .function("object") : .classObject(object.type)
    case .classObject(let type):
      return (type.metaclass ?? type.userMetaclass ?? type.shownMetaclass).map { .classObject($0) }
        ?? .function("type")
    case .scalarType: return .function("type")
    case .function(let name) where Builtins.isType(name): return .function("type")
    default: return .function(value.typeName)
    }
  }

  /// Builtin types whose only values in snippets are the ones their type names say (`property`, `super`).
  private static let typesWithoutOwnValues: Set<String> = ["property", "staticmethod", "classmethod", "super"]

  private mutating func isInstance(_ value: Value, _ classes: Value) throws(PythonError) -> Bool {
    if case .tuple(let options) = classes {
      for option in options where try isInstance(value, option) { return true }
      return false
    }
    if let members = Self.unionMembers(classes) { return try isInstance(value, members) }
    if Self.isAbstractBaseClass(classes) { throw Self.abstractBaseClassRefusal("isinstance") }
    if let error = Self.protocolCheckError(classes) { throw error }
    if case .classObject(let protocolType) = classes, protocolType.isProtocol {
      return try isProtocolInstance(value, protocolType)
    }
    if Self.isGenericAlias(classes) {
      throw PythonError.type("isinstance() argument 2 cannot be a parameterized generic")
    }
    if case .classObject(let tower) = classes, tower.module == "numbers",
      let answer = NumbersModule.isInstance(value, of: tower.name)
    {
      return answer
    }
    switch classes {
    case .classObject(let type):
      // A class whose metaclass is a standard-library class (enum's EnumType) is an instance of it.
      if case .classObject(let instance) = value {
        return (instance.metaclass ?? instance.userMetaclass)?.isSubclass(of: type) ?? false
      }
      guard case .object(let object) = value else { return false }
      if type.module == "numpy.ma", type.name == "MaskedArray" { return object.type.isMaskedArray }
      return object.type.isSubclass(of: type)
    case .function(let name) where name == "set" || name == "frozenset" || name == "bytes":
      // A frozenset is no set (their type names tell them apart); NumPy's bytes_ derives from bytes.
      if case .textScalar(_, let isBytes) = value { return isBytes && name == "bytes" }
      if case .object(let object) = value, let emulated = object.type.emulatedBuiltin { return emulated == name }
      return value.typeName == name
    case .function(NumpyFunctionClasses.dispatcher):
      // NumPy's functions of its dispatcher class (`isinstance(np.sum, type(np.concatenate))`); one of docbuild's
      // NumPy functions it cannot name is refused.
      if let name = value.numpyFunctionName {
        return NumpyFunctionClasses.shownClass(of: name) == NumpyFunctionClasses.dispatcher
      }
      if value.mayBeNumpyFunction {
        throw PythonError.limit(
          "isinstance() of this NumPy function with NumPy's dispatcher class is not supported in snippets: docbuild "
            + "does not know its class")
      }
      return false
    case .function(let name) where Self.typesWithoutOwnValues.contains(name):
      // Snippets make no value of these types but the snippet functions and classes themselves.
      return value.typeName == name
    case .function("int"):
      if case .tensor = value { return false }
      if case .object(let object) = value {
        return object.type.emulatedBuiltin == "int" || object.type.shownBuiltinType == "int"
      }
      return value.bigInteger != nil
    case .function("float"):
      if case .float = value { return true }
      if case .object(let object) = value { return object.type.emulatedBuiltin == "float" }
      if case .tensor(let tensor) = value { return tensor.isScalar && tensor.dtype == .float64 }
      return false
    case .function("complex"):
      if case .complex = value { return true }
      if case .tensor(let tensor) = value { return tensor.isScalar && tensor.dtype == .complex128 }
      if case .object(let object) = value { return object.type.emulatedBuiltin == "complex" }
      return false
    case .function("object"): return true
    case .function(let name) where Builtins.exceptionBases[name] != nil:
      switch value {
      case .object(let object): return Builtins.exception(object.type.exceptionBase ?? "", isA: name)
      case .exception(let exception): return Builtins.exception(exception.type, isA: name)
      default: return false
      }
    case .function("numpy.datetime64"), .function("numpy.timedelta64"):
      guard case .dateArray(let array) = value, array.isScalar else { return false }
      return array.dtype.isDelta == (classes.functionName == "numpy.timedelta64")
    case .function(let name) where value.isDateValue && NumpyAbstractTypes.classify(name) != nil:
      guard case .dateArray(let array) = value, array.isScalar else { return false }
      // datetime64 and timedelta64 are np.generic; timedelta64 is also a signed integer.
      return name == "numpy.generic"
        || (array.dtype.isDelta && ["numpy.number", "numpy.integer", "numpy.signedinteger"].contains(name))
    case .function("numpy.ndarray"):
      if case .tensor(let tensor) = value { return !tensor.isScalar && !tensor.isFlatIterator }
      if case .rawArray = value { return true }
      if case .textArray = value { return true }
      if case .objectArray = value { return true }
      if case .dateArray(let array) = value { return !array.isScalar }
      // A structured array and a recarray are ndarrays; their elements (np.void, np.record) are not.
      if case .structArray(let array) = value { return !array.isVoid }
      if case .object(let object) = value { return object.type.derivesFromArray || object.type.isMaskedArray }
      return false
    case .function("numpy.void"):
      // np.record derives from np.void.
      if case .structArray(let array) = value { return array.isVoid }
      return false
    case .scalarType(let dtype):
      if case .tensor(let tensor) = value { return tensor.isScalar && tensor.dtype == dtype }
      return false
    case .function("numpy.dtype"):
      switch value {
      case .dtype, .orderedDType, .structDType, .textDType: return true
      default: return false
      }
    // No value is a C long long: docbuild refuses to make one (`Value.cLongLongSpelling`).
    case .function("numpy.longlong"), .function("numpy.ulonglong"): return false
    case .function(let name) where NumpyAbstractTypes.classify(name) != nil:
      guard case .tensor(let tensor) = value, tensor.isScalar, let includes = NumpyAbstractTypes.classify(name) else {
        return false
      }
      return includes(tensor.dtype)
    case .function("type"):
      // Classes are instances of type: the chapter's, Python's builtin types and NumPy's.
      if case .classObject = value { return true }
      if case .function("type") = Self.typeOf(value) { return true }
      return false
    case .function("numpy.vectorize"):
      if case .method(_, Interpreter.vectorizedMarker) = value { return true }
      return false
    case .function(let name) where Builtins.pythonTypes.contains(name):
      if case .object(let object) = value, let shown = object.type.shownBuiltinType { return shown == name }
      if case .object(let object) = value, let emulated = object.type.emulatedBuiltin { return emulated == name }
      return value.typeName == name
    case .object(let object) where object.type.module == "typing":
      throw Self.typingFormRefusal("isinstance")
    default:
      throw PythonError.type("isinstance() arg 2 must be a type, a tuple of types, or a union")
    }
  }
}

extension Value {
  /// The name of a `.function` value.
  var functionName: String? {
    if case .function(let name) = self { return name }
    return nil
  }
}

extension Value {
  /// True for a float or NumPy scalar NaN, which orders against nothing.
  var isNaNNumber: Bool {
    switch self {
    case .float(let value): value.isNaN
    case .tensor(let tensor) where tensor.isScalar && tensor.dtype == .float64: tensor.doubles.first?.isNaN ?? false
    default: false
    }
  }
}

extension Interpreter {
  /// `pow(base, exp, mod)` for ints: CPython's modular power, a negative exponent meaning the modular inverse.
  static func modularPower(_ base: Value, _ exponent: Value, _ modulus: Value) throws(PythonError) -> Value {
    try checkTernaryPower(base, exponent, modulus)
    guard let b = base.bigInteger, let e = exponent.bigInteger, let m = modulus.bigInteger,
      base.typeName == "int" || base.typeName == "bool", exponent.typeName == "int" || exponent.typeName == "bool",
      modulus.typeName == "int" || modulus.typeName == "bool"
    else {
      throw PythonError.type("pow() 3rd argument not allowed unless all arguments are integers")
    }
    if m.isZero { throw PythonError.value("pow() 3rd argument cannot be 0") }
    let zero = BigInt(0)
    let negativeModulus = m.compare(zero) < 0
    let size = negativeModulus ? -m : m
    var factor = b.floorDivMod(size).1
    var power = e
    if power.compare(zero) < 0 {
      // The inverse by the extended Euclidean algorithm.
      var (oldR, r) = (factor, size)
      var (oldS, s) = (BigInt(1), zero)
      while !r.isZero {
        let quotient = oldR.floorDivMod(r).0
        (oldR, r) = (r, oldR - quotient * r)
        (oldS, s) = (s, oldS - quotient * s)
      }
      guard oldR.compare(BigInt(1)) == 0 else {
        throw PythonError.value("base is not invertible for the given modulus")
      }
      factor = oldS.floorDivMod(size).1
      power = -power
    }
    var result = BigInt(1).floorDivMod(size).1
    let two = BigInt(2)
    while !power.isZero {
      let (half, bit) = power.floorDivMod(two)
      if !bit.isZero { result = (result * factor).floorDivMod(size).1 }
      factor = (factor * factor).floorDivMod(size).1
      power = half
    }
    if negativeModulus, !result.isZero { result = result + m }
    return .integer(result)
  }
}
