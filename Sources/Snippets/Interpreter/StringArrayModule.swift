import Foundation
import TensorCore

/// NumPy functions given string arrays (`np.unique`, `np.sort`, `np.where`, `np.concatenate`, …) and the
/// `np.char` / `np.strings` functions.
extension StringArrays {
  /// True when a call's arguments hold a string array or a NumPy string scalar (so it belongs here).
  static func involved(_ name: String, _ call: CallArguments) -> Bool {
    if name == "where", call.positional.count == 3, call.positional.dropFirst().contains(where: holdsText) {
      return true
    }
    // The joining functions given plain lists, tuples or strs of text among their parts (`np.hstack([['a'], ['b']])`),
    // and np.append given text.
    let joiners: Set<String> = ["concatenate", "hstack", "vstack", "stack", "column_stack", "dstack"]
    if joiners.contains(name), let parts = call.positional.first ?? call.keywords.first?.value {
      switch parts {
      case .list(let items), .tuple(let items): if items.contains(where: holdsText) { return true }
      default: break
      }
    }
    if name == "append", call.positional.prefix(2).contains(where: holdsText) { return true }
    func text(_ value: Value) -> Bool {
      switch value {
      case .textArray, .textScalar: true
      case .list(let items), .tuple(let items): items.contains { text($0) }
      default: false
      }
    }
    return call.positional.contains(where: text) || call.keywords.contains { text($0.value) }
  }

  /// `np.name(...)` with a string array among the arguments: NumPy's result, or a refusal naming the function.
  static func numpyFunction(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    if !["array", "asarray", "copy"].contains(name) {
      try refuseBigEndian(call.positional + call.keywords.map(\.value), "np.\(name)")
    }
    switch name {
    case "array", "asarray", "copy":
      let bound = try call.bind(["object", "dtype"], required: 1)
      let object = bound.value("object")
      let result: Value
      if let made = try array(object, dtype: bound["dtype"]) {
        result = made
      } else {
        result = try make(object, dtype: nil)
      }
      if name == "copy" || name == "array", case .textArray(let made) = result, case .textArray = object {
        return .textArray(made.copied())
      }
      return result
    case "unique":
      return try unique(call)
    case "sort", "argsort":
      let bound = try call.bind(["a", "axis", "kind"], required: 1)
      if let axis = bound.values["axis"], !axis.isNone, (try? axis.toInt()) != -1 {
        let array = try textArray(bound.value("a"))
        if (try? axis.toInt()) != array.shape.count - 1 { throw refusal("np.\(name) along an axis but the last") }
      }
      var array = try textArray(bound.value("a"))
      if let axis = bound.values["axis"], axis.isNone {
        array = TextArray(array.elements, shape: [array.count], dtype: array.dtype)
      }
      return name == "sort" ? .textArray(try sortedCopy(array)) : try sortedPlaces(array)
    case "where":
      let bound = try call.bind(["condition", "x", "y"], required: 3)
      let condition = try bound.value("condition").toTensor()
      let (operands, dtype) = try promoted([bound.value("x"), bound.value("y")], in: "np.where")
      let (x, y) = (operands[0], operands[1])
      let shape = try core { try Tensor.broadcastShapes([condition.shape, x.shape, y.shape]) }
      let flags = try core { try condition.astype(.bool).broadcast(to: shape) }
      let a = try core { try x.positions.broadcast(to: shape) }
      let b = try core { try y.positions.broadcast(to: shape) }
      guard case .bool(let pick) = flags.storage, case .int64(let first) = a.storage,
        case .int64(let second) = b.storage
      else { throw refusal("np.where") }
      var items: [String] = []
      for k in pick.indices { items.append(pick[k] ? x.storage.items[Int(first[k])] : y.storage.items[Int(second[k])]) }
      return .textArray(TextArray(items, shape: shape, dtype: dtype))
    case "concatenate":
      let bound = try call.bind(["arrays", "axis"], required: 1)
      if case .textArray(let array) = bound.value("arrays"), array.shape.isEmpty {
        throw DTypeArguments.dispatcherNotIterable
      }
      let items = try Interpreter.iterationItems(bound.value("arrays"))
      // `axis=None` joins the parts flattened; NumPy then reads a Python number among them with its abstract DType,
      // which text does not promote with.
      let flattens = bound.values["axis"].map { $0.isNone } == true
      if flattens, let number = items.firstIndex(where: \.isPythonNumberOtherThanBool) {
        guard items.count == 2, holdsText(items[1 - number]) else {
          throw refusal("a Python number beside text in np.concatenate(axis=None)")
        }
        throw promotionError(items[number], items[1 - number], numberFirst: number == 0)
      }
      var (parts, dtype) = try promoted(items, in: "np.concatenate")
      if flattens { parts = parts.map { TextArray($0.elements, shape: [$0.count], dtype: $0.dtype) } }
      let axis = flattens ? 0 : try bound["axis"]?.toAxis(readAsNoneBy: "np.concatenate") ?? 0
      // The positions of each part, offset into one joined memory, concatenated by the core.
      var memory: [String] = []
      var shifted: [Tensor] = []
      for part in parts {
        let offset = Int64(memory.count)
        memory += part.elements
        shifted.append(
          Tensor(shape: part.shape, storage: .int64((0..<Int64(part.count)).map { $0 + offset })))
      }
      let places = try core { try Tensor.concatenate(shifted, axis: axis) }
      let joined = TextArray(memory, shape: [memory.count], dtype: dtype)
      return .textArray(TextArray(viewing: joined, positions: places).copied())
    case "hstack", "vstack", "stack", "column_stack", "dstack":
      // The parts' positions in one joined memory, stacked by the numeric function (its shape errors are NumPy's).
      let parameters = name == "stack" ? ["arrays", "axis"] : ["tup"]
      let bound = try call.bind(parameters, required: 1)
      let sequence = bound.value(parameters[0])
      switch sequence {
      case .list, .tuple: break
      default: throw refusal("np.\(name) of anything but a list or tuple")
      }
      let (parts, dtype) = try promoted(try Interpreter.iterationItems(sequence), in: "np.\(name)")
      var forwarded = call
      forwarded.positional = [.list(ValueList(try Self.shiftedPositions(parts).map(Value.tensor)))]
      // The axis as given, None too: np.stack's normalize_axis_index raises NumPy's TypeError for it.
      forwarded.keywords = name == "stack" ? bound.values["axis"].map { [(name: "axis", value: $0)] } ?? [] : []
      return try Self.joined(parts, dtype: dtype, by: try NumpyFunctions.call(name, forwarded))
    case "append":
      let bound = try call.bind(["arr", "values", "axis"], required: 2)
      let (parts, dtype) = try promoted([bound.value("arr"), bound.value("values")], in: "np.append")
      let places = try Self.shiftedPositions(parts).map(Value.tensor)
      var forwarded = call
      forwarded.positional = places
      forwarded.keywords = bound["axis"].map { [(name: "axis", value: $0)] } ?? []
      return try Self.joined(parts, dtype: dtype, by: try NumpyFunctions.call("append", forwarded))
    case "shape", "ndim", "size":
      let array = try textArray(try call.bind(["a"], required: 1).value("a"))
      return try attribute(name, of: array)
    case "reshape", "transpose", "ravel":
      let bound = try call.bind(["a", "newshape"], required: 1)
      let array = try textArray(bound.value("a"))
      let rest = bound["newshape"].map { [$0] } ?? []
      return try method(
        name, of: array, CallArguments(function: name, positional: rest, keywords: [], positionalTexts: []))
    case "char", "strings": throw refusal("np.\(name)")
    case "sum", "mean":
      let array = try textArray(try call.bind(["a"], required: 1).value("a"))
      return try method(
        name, of: array, CallArguments(function: name, positional: [], keywords: [], positionalTexts: []))
    case "max", "min", "amax", "amin", "maximum", "minimum":
      let array = try textArray(call.positional.first ?? .none)
      throw noLoop(
        name.hasPrefix("max") || name == "amax" ? "maximum" : "minimum", [array.dtype.repr, array.dtype.repr])
    default:
      throw refusal("np.\(name)")
    }
  }

  /// `np.unique` of a string array as NumPy's `_unique1d` computes it: the flattened elements sorted stably (so each
  /// value's index is its first occurrence), each run of equal elements kept once, then as asked the first indices,
  /// every element's run in the array's shape, and the runs' lengths.
  static func unique(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(
      ["ar", "return_index", "return_inverse", "return_counts", "axis", "equal_nan", "sorted"], required: 1)
    let array = try textArray(bound.value("ar"))
    if let axis = bound["axis"], !axis.isNone { throw refusal("np.unique with axis=") }
    if let sortedValue = bound["sorted"], !(try sortedValue.truthValue()) { throw refusal("np.unique(sorted=False)") }
    // NumPy reads these flags for their truth, as the structured arrays' unique does.
    let wantsIndex = try bound["return_index"]?.truthValue() ?? false
    let wantsInverse = try bound["return_inverse"]?.truthValue() ?? false
    let wantsCounts = try bound["return_counts"]?.truthValue() ?? false
    _ = try bound["equal_nan"]?.truthValue()
    try checkSize(count: array.count, width: 1, extra: array.count * 24)
    let items = array.elements
    let order = items.indices.sorted { precedes(items[$0], items[$1]) || (items[$0] == items[$1] && $0 < $1) }
    var firsts: [Int] = []  // ranks in `order` where a run of equal elements starts
    var inverse = [Int64](repeating: 0, count: items.count)
    for (rank, element) in order.enumerated() {
      if rank == 0 || items[order[rank - 1]] != items[element] { firsts.append(rank) }
      inverse[element] = Int64(firsts.count - 1)
    }
    let values = TextArray(firsts.map { items[order[$0]] }, shape: [firsts.count], dtype: array.dtype)
    guard wantsIndex || wantsInverse || wantsCounts else { return .textArray(values) }
    var results: [Value] = [.textArray(values)]
    if wantsIndex {
      results.append(.tensor(Tensor(shape: [firsts.count], storage: .int64(firsts.map { Int64(order[$0]) }))))
    }
    if wantsInverse { results.append(.tensor(Tensor(shape: array.shape, storage: .int64(inverse)))) }
    if wantsCounts {
      let ends = firsts.dropFirst() + [order.count]
      let counts = zip(firsts, ends).map { Int64($1 - $0) }
      results.append(.tensor(Tensor(shape: [counts.count], storage: .int64(counts))))
    }
    return try .makeTuple(results)
  }

  /// The operands of a function joining arrays (`np.concatenate`, `np.where`) each as the array NumPy makes of it, and
  /// the string dtype NumPy promotes them to: 'U' if any holds str, else 'S'; the widest width, a number array's that
  /// of its dtype (`astype(str)`'s). A Python number has no common dtype with text in NumPy (a DTypePromotionError),
  /// and bytes above 127 decoded into a 'U' result fail in ASCII: both refused.
  static func promoted(_ values: [Value], in function: String) throws(PythonError) -> ([TextArray], TextDType) {
    var parts: [TextArray] = []
    var holdsStr = false
    var width = 1
    for (position, value) in values.enumerated() {
      switch value {
      case .int, .float, .complex, .bigInt:
        // A Python int, float or complex has no common DType with text in NumPy 2 (their DTypes are abstract) in
        // np.where; the joining functions make each a 0-d array of its default dtype first.
        guard function == "np.where" else { break }
        guard let text = values.first(where: holdsText) else {
          throw refusal("a Python number beside text in \(function)")
        }
        throw promotionError(value, text, numberFirst: position == 0)
      default: break
      }
      let part: TextArray
      if case .tensor(let tensor) = value {
        part = try text(of: tensor, dtype: TextDType(isBytes: false, width: 0))
      } else if holdsText(value) {
        part = try textArray(value)
        holdsStr = holdsStr || !part.dtype.isBytes
      } else {
        part = try text(of: try value.toTensor(), dtype: TextDType(isBytes: false, width: 0))
      }
      width = max(width, part.dtype.width)
      parts.append(part)
    }
    if holdsStr,
      parts.contains(where: {
        $0.dtype.isBytes && $0.elements.contains { $0.unicodeScalars.contains { $0.value > 127 } }
      })
    {
      throw refusal("bytes above 127 decoded into a str result in \(function)")
    }
    return (parts, TextDType(isBytes: !holdsStr, width: width))
  }

  /// Each part's positions in the memory of all the parts joined in order.
  private static func shiftedPositions(_ parts: [TextArray]) -> [Tensor] {
    var offset: Int64 = 0
    var shifted: [Tensor] = []
    for part in parts {
      let start = offset
      shifted.append(Tensor(shape: part.shape, storage: .int64((0..<Int64(part.count)).map { $0 + start })))
      offset += Int64(part.count)
    }
    return shifted
  }

  /// The new string array whose elements are the parts' at `places`, the positions a numeric function returned.
  private static func joined(_ parts: [TextArray], dtype: TextDType, by places: Value?) throws(PythonError) -> Value {
    guard case .tensor(let positions)? = places, positions.dtype == .int64 else { throw refusal("this joining") }
    let memory = TextArray(parts.flatMap(\.elements), shape: [parts.reduce(0) { $0 + $1.count }], dtype: dtype)
    return .textArray(TextArray(viewing: memory, positions: positions).copied())
  }

  /// NumPy 2's DTypePromotionError for a Python number (`number`) beside text, in the operands' order.
  private static func promotionError(_ number: Value, _ text: Value, numberFirst: Bool) -> PythonError {
    let numberClass = "<class 'numpy.dtypes.\(pythonNumberDType(number))'>"
    let textClass = "<class 'numpy.dtypes.\(textDTypeName(text))'>"
    let (first, second) = numberFirst ? (numberClass, textClass) : (textClass, numberClass)
    return PythonError(
      "DTypePromotionError",
      "The DType \(first) could not be promoted by \(second). This means that no common DType exists for the "
        + "given inputs. For example they cannot be stored in a single array unless the dtype is `object`. The "
        + "full list of DTypes is: (\(first), \(second))")
  }

  /// The abstract DType NumPy 2 gives a Python int, float or complex.
  private static func pythonNumberDType(_ value: Value) -> String {
    switch value {
    case .float: "_PyFloatDType"
    case .complex: "_PyComplexDType"
    default: "_PyLongDType"
    }
  }

  /// The DType class of text: bytes (or a bytes array) `BytesDType`, str `StrDType`.
  private static func textDTypeName(_ value: Value) -> String {
    switch value {
    case .bytes, .textScalar(_, true): "BytesDType"
    case .textArray(let array): array.dtype.isBytes ? "BytesDType" : "StrDType"
    case .list(let items), .tuple(let items):
      // NumPy makes a 'U' array of any str among bytes.
      items.filter(holdsText).allSatisfy { textDTypeName($0) == "BytesDType" } ? "BytesDType" : "StrDType"
    default: "StrDType"
    }
  }

  /// A value as a string array (a str becomes a 0-d one).
  static func textArray(_ value: Value) throws(PythonError) -> TextArray {
    if case .textArray(let array) = value { return array }
    guard case .textArray(let array) = try make(value, dtype: nil) else { throw refusal("this value") }
    return array
  }

  /// The `np.char` / `np.strings` functions snippets have.
  static let charFunctions: Set<String> = [
    "upper", "lower", "capitalize", "title", "swapcase", "strip", "lstrip", "rstrip", "add", "multiply", "str_len",
    "find", "rfind", "count", "startswith", "endswith", "replace", "isdigit", "isalpha", "isspace", "isupper",
    "islower", "isnumeric", "isalnum", "equal", "not_equal", "less", "greater", "less_equal", "greater_equal",
    "center", "ljust", "rjust", "zfill", "index", "rindex", "isdecimal", "istitle",
  ]

  /// `np.char.name` / `np.strings.name`.
  static func charMember(_ name: String, module: String) -> Value? {
    charFunctions.contains(name) ? .function("\(module).\(name)") : nil
  }

  /// The parameters of the `np.char` / `np.strings` functions that take more than the array, by NumPy's names.
  static let charParameters: [String: [String]] = [
    "find": ["a", "sub", "start", "end"], "rfind": ["a", "sub", "start", "end"], "count": ["a", "sub", "start", "end"],
    "index": ["a", "sub", "start", "end"], "rindex": ["a", "sub", "start", "end"],
    "startswith": ["a", "prefix", "start", "end"], "endswith": ["a", "suffix", "start", "end"],
    "replace": ["a", "old", "new", "count"], "center": ["a", "width", "fillchar"], "ljust": ["a", "width", "fillchar"],
    "rjust": ["a", "width", "fillchar"], "zfill": ["a", "width"], "multiply": ["a", "i"], "strip": ["a", "chars"],
    "lstrip": ["a", "chars"], "rstrip": ["a", "chars"],
  ]

  /// Calls `np.char.name(...)`; `stripsTrailingSpace` for `np.char`'s comparisons, which (unlike `np.strings`'s)
  /// compare as NumPy's chararray does, trailing white space stripped.
  static func charFunction(
    _ name: String, _ call: CallArguments, stripsTrailingSpace: Bool = false
  ) throws(PythonError) -> Value {
    try refuseBigEndian(call.positional + call.keywords.map(\.value), "np.char.\(name)")
    switch name {
    case "add":
      let bound = try call.bind(["x1", "x2"], required: 2)
      // A ufunc: 0-d operands give NumPy's scalar (`np.str_('ab')`), not a 0-d array.
      let sum = try joined(bound.value("x1"), bound.value("x2"))
      if sum.shape.isEmpty, let item = sum.elements.first { return .textScalar(item, isBytes: sum.dtype.isBytes) }
      return .textArray(sum)
    case "equal", "not_equal", "less", "greater", "less_equal", "greater_equal":
      let bound = try call.bind(["x1", "x2"], required: 2)
      if mixesBytesAndStr(try bound.value("x1"), try bound.value("x2")) {
        // np.char's comparisons (compare_chararrays) answer NotImplemented for str against bytes; np.strings' are
        // ufuncs without a loop for the pair.
        if stripsTrailingSpace { return .function("NotImplemented") }
        throw noLoop(name, [textDTypeClass(try bound.value("x1")), textDTypeClass(try bound.value("x2"))])
      }
      let ops = [
        "equal": "==", "not_equal": "!=", "less": "<", "greater": ">", "less_equal": "<=", "greater_equal": ">=",
      ]
      let leftArray = try textArray(bound.value("x1"))
      let left = Value.textArray(leftArray)
      if stripsTrailingSpace {
        let right = try textArray(bound.value("x2"))
        if (leftArray.elements + right.elements).contains(where: { $0.unicodeScalars.last?.isPythonWhitespace == true })
        {
          throw refusal("np.char.\(name) of strings that end in white space (np.char's comparisons strip it)")
        }
      }
      let result = try compare(ops[name]!, left, bound.value("x2")) ?? .none
      // np.strings' comparisons are ufuncs, which give a NumPy scalar for 0-d operands; np.char's wrap it in an array.
      if !stripsTrailingSpace, case .tensor(var tensor) = result, tensor.shape.isEmpty {
        tensor.isScalar = true
        return .tensor(tensor)
      }
      return result
    default: break
    }
    let parameters = charParameters[name] ?? ["a"]
    let bound = try call.bind(parameters, required: 1)
    func given(_ index: Int) -> Value? {
      guard index < parameters.count, let value = bound[parameters[index]] else { return nil }
      if case .none = value { return nil }
      return value
    }
    // NumPy's start= and end= look in a slice of each string, as Python's str methods do; replace's count= bounds
    // the replacements.
    let searches = ["find", "rfind", "count", "startswith", "endswith", "index", "rindex"].contains(name)
    func position(_ index: Int) throws(PythonError) -> Int? {
      guard searches, let value = given(index) else { return nil }
      switch value {
      case .int(let number): return number
      case .tensor(let number) where number.isScalar && number.dtype.isInteger: return try value.toInt()
      default: throw refusal("np.char.\(name) with \(parameters[index])= of type \(value.typeName)")
      }
    }
    let (start, end) = (try position(2), try position(3))
    if name == "replace" && given(3) != nil { throw refusal("np.char.replace with count=") }
    if let second = given(1), case .textArray = second {
      throw refusal("np.char.\(name) with an array as its \(parameters[1])")
    }
    if let second = given(1), case .tensor(let array) = second, !array.isScalar {
      throw refusal("np.char.\(name) with an array as its \(parameters[1])")
    }
    let array = try textArray(bound.value("a"))
    let items = array.elements
    // A str argument for a bytes array or bytes for a str array: NumPy's string ufuncs have no loop for the pair
    // (center's fill char and replace's strings aside, which it converts).
    if let second = given(1), textKindIsBytes(second).map({ $0 != array.dtype.isBytes }) == true {
      let aClass = textDTypeClass(.textArray(array))
      let pyLong = "<class 'numpy.dtypes._PyLongDType'>"
      switch name {
      case "strip", "lstrip", "rstrip": throw noLoop("_\(name)_chars", [aClass, textDTypeClass(second)])
      case "find", "rfind", "count", "startswith", "endswith":
        throw noLoop(name, [aClass, textDTypeClass(second), pyLong, pyLong])
      case "replace": throw refusal("np.char.replace with str and bytes mixed")
      default: break
      }
    }
    if name == "replace", let third = given(2), textKindIsBytes(third).map({ $0 != array.dtype.isBytes }) == true {
      throw refusal("np.char.replace with str and bytes mixed")
    }
    func texts(_ result: [String], width: Int? = nil) -> Value {
      let widest = width ?? max(result.map { $0.unicodeScalars.count }.max() ?? 1, 1)
      // A result that keeps the input's width is cut to it, as NumPy's cast cuts 'STRASSE' to '<U6'.
      let fitted = result.map { String(String.UnicodeScalarView($0.unicodeScalars.prefix(widest))) }
      return .textArray(
        TextArray(fitted, shape: array.shape, dtype: TextDType(isBytes: array.dtype.isBytes, width: widest)))
    }
    func ints(_ result: [Int]) -> Value {
      .tensor(Tensor(shape: array.shape, storage: .int64(result.map { Int64($0) }), isScalar: array.shape.isEmpty))
    }
    func flags(_ result: [Bool]) -> Value {
      .tensor(Tensor(shape: array.shape, storage: .bool(result), isScalar: array.shape.isEmpty))
    }
    func text(_ key: String) throws(PythonError) -> String {
      let index = key == "x" ? 1 : 2
      guard let value = given(index) else {
        throw PythonError.type("\(name)() missing required argument '\(parameters[min(index, parameters.count - 1)])'")
      }
      switch value {
      case .string(let text), .textScalar(let text, _): return text
      // The same kind as the array's (a mixed pair was answered above).
      case .bytes(let text) where array.dtype.isBytes: return text
      default: throw refusal("np.char.\(name) with a '\(value.typeName)' argument")
      }
    }
    switch name {
    case "upper": return texts(items.map { $0.uppercased() }, width: array.dtype.width)
    case "lower": return texts(items.map { $0.lowercased() }, width: array.dtype.width)
    case "swapcase":
      return texts(
        items.map(\.pythonSwapcased),
        width: array.dtype.width)
    case "capitalize":
      return texts(items.map(\.pythonCapitalized), width: array.dtype.width)
    case "title":
      return texts(items.map(\.pythonTitled), width: array.dtype.width)
    case "strip", "lstrip", "rstrip":
      // By code points, with CPython's white space, as NumPy's string ufuncs strip.
      // chars as str, bytes (for a bytes array) or a NumPy string scalar; None strips white space.
      let characters: Set<Unicode.Scalar>?
      switch given(1) {
      case nil: characters = nil
      case .string(let text)?, .bytes(let text)?, .textScalar(let text, _)?: characters = Set(text.unicodeScalars)
      case let other?: throw refusal("np.char.\(name) with chars of type \(other.typeName)")
      }
      let strip: (Unicode.Scalar) -> Bool = { characters?.contains($0) ?? $0.isPythonWhitespace }
      let stripped = items.map { item in
        var text = Substring.UnicodeScalarView(item.unicodeScalars)
        if name != "rstrip" { text = text.drop(while: strip) }
        if name != "lstrip" { while let last = text.last, strip(last) { text = text.dropLast() } }
        return String(String.UnicodeScalarView(text))
      }
      // A ufunc: a 0-d operand gives NumPy's scalar (`np.str_('ab')`), not a 0-d array.
      if array.shape.isEmpty, let item = stripped.first { return .textScalar(item, isBytes: array.dtype.isBytes) }
      return texts(stripped, width: array.dtype.width)
    case "multiply":
      guard let times = try given(1)?.toInt() else { throw PythonError.type("multiply() missing required argument") }
      let count = max(times, 0)
      if count > 0, array.dtype.width > maxTextWidth / count { throw refusal("np.char.multiply this wide") }
      try checkSize(count: array.count, width: array.dtype.width * count)
      return texts(items.map { String(repeating: $0, count: count) }, width: max(array.dtype.width * count, 1))
    case "str_len": return ints(items.map { $0.unicodeScalars.count })
    case "find", "rfind", "count", "index", "rindex":
      let needle = Array(try text("x").unicodeScalars)
      let search = name == "index" ? "find" : name == "rindex" ? "rfind" : name
      let found = items.map { item -> Int in
        let scalars = Array(item.unicodeScalars)
        guard let range = Self.searched(scalars.count, start: start, end: end) else {
          return search == "count" ? 0 : -1
        }
        let result = find(search, Array(scalars[range]), needle)
        return search == "count" || result < 0 ? result : result + range.lowerBound
      }
      if name.hasSuffix("index"), found.contains(-1) { throw PythonError.value("substring not found") }
      return ints(found)
    case "startswith", "endswith":
      let affix = Array(try text("x").unicodeScalars)
      return flags(
        items.map { item in
          let scalars = Array(item.unicodeScalars)
          guard let range = Self.searched(scalars.count, start: start, end: end) else { return false }
          let part = scalars[range]
          return name == "startswith" ? part.starts(with: affix) : part.reversed().starts(with: affix.reversed())
        })
    case "istitle": return flags(items.map { BuiltinClassMethods.isTitle($0) })
    case "replace":
      let old = try text("x")
      let new = try text("y")
      try checkSize(count: array.count, width: array.dtype.width * max(new.unicodeScalars.count, 1))
      // By code points (Foundation's search would match canonically equivalent text).
      let result = items.map { old.isEmpty ? $0 : Interpreter.split($0, by: old, limit: -1).joined(separator: new) }
      return texts(result, width: max(array.dtype.width, result.map { $0.unicodeScalars.count }.max() ?? 1))
    case _ where (name == "isnumeric" || name == "isdecimal") && array.dtype.isBytes:
      // Unicode-only ufuncs: no loop for bytes.
      throw PythonError(
        "UFuncTypeError",
        "ufunc '\(name)' did not contain a loop with signature matching types "
          + "<class 'numpy.dtypes.BytesDType'> -> None")
    case "isdigit", "isnumeric", "isdecimal", "isalpha", "isalnum", "isspace", "isupper", "islower":
      return flags(items.map { $0.isPython(name) })
    case "center", "ljust", "rjust", "zfill":
      guard let width = try given(1)?.toInt() else { throw PythonError.type("\(name)() missing required argument") }
      if width > maxTextWidth { throw refusal("np.char.\(name) this wide") }
      try checkSize(count: array.count, width: width)
      // NumPy takes the fill char as str or bytes, whatever the array's kind.
      let fill: String
      switch given(2) {
      case nil: fill = name == "zfill" ? "0" : " "
      case .string(let f)?, .bytes(let f)?, .textScalar(let f, _)?: fill = f
      case let other?: throw refusal("np.char.\(name) with a fill char of type \(other.typeName)")
      }
      return texts(items.map { pad($0, name, width, fill) }, width: max(array.dtype.width, width))
    default: throw refusal("np.char.\(name)")
    }
  }

  /// The part of a string of `count` code points that Python's `str.find(sub, start, end)` searches (negative
  /// positions counted from the end, then clamped), or nil when start lies past end, where Python finds nothing (not
  /// even an empty string).
  private static func searched(_ count: Int, start: Int?, end: Int?) -> Range<Int>? {
    func adjusted(_ position: Int) -> Int { position < 0 ? max(position + count, 0) : min(position, count) }
    let first = start.map(adjusted) ?? 0
    let last = end.map(adjusted) ?? count
    if let start, start > count { return nil }
    return first <= last ? first..<last : nil
  }

  private static func find(_ name: String, _ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Int {
    if needle.isEmpty { return name == "count" ? haystack.count + 1 : name == "find" ? 0 : haystack.count }
    guard haystack.count >= needle.count else { return name == "count" ? 0 : -1 }
    var count = 0
    var start = 0
    var found = -1
    while start + needle.count <= haystack.count {
      if Array(haystack[start..<(start + needle.count)]) == needle {
        if name == "find" { return start }
        found = start
        count += 1
        start += name == "count" ? needle.count : 1
      } else {
        start += 1
      }
    }
    return name == "count" ? count : found
  }

  private static func pad(_ text: String, _ name: String, _ width: Int, _ fill: String) -> String {
    let length = text.unicodeScalars.count
    guard width > length else { return text }
    let missing = width - length
    switch name {
    case "ljust": return text + String(repeating: fill, count: missing)
    case "rjust": return String(repeating: fill, count: missing) + text
    case "zfill":
      if let sign = text.first, sign == "+" || sign == "-" {
        return String(sign) + String(repeating: "0", count: missing) + text.dropFirst()
      }
      return String(repeating: "0", count: missing) + text
    default:
      // CPython's centering: the extra space goes left when the width and the padding are both odd.
      let left = missing / 2 + (missing & width & 1)
      return String(repeating: fill, count: left) + text + String(repeating: fill, count: missing - left)
    }
  }
}

extension Value {
  /// True for a Python int, float or complex (not a bool), whose DType NumPy 2 keeps abstract.
  fileprivate var isPythonNumberOtherThanBool: Bool {
    switch self {
    case .int, .float, .complex, .bigInt: true
    default: false
    }
  }
}
