import TensorCore

extension Interpreter {
  /// Calls that structured arrays and dtypes answer: `np.dtype` of fields, creation with a structured dtype, NumPy
  /// functions given a structured array, `np.rec`, the arrays' methods and `len`. Nil for every other call.
  mutating func callStructured(_ function: Value, _ call: inout CallArguments) throws(PythonError) -> Value? {
    switch function {
    case .method(.structArray(let array), let name):
      call.function = name
      if array.dtype.isOpaqueVoid && !StructArray.opaqueVoidMethods.contains(name) {
        throw StructuredArrays.opaqueVoidRefusal("the method .\(name)()")
      }
      return try structuredMethod(name, array, call)
    case .function("numpy.dtype"):
      call.function = "dtype"
      guard let first = call.positional.first ?? call.keywords.first(where: { $0.name == "dtype" })?.value else {
        return nil
      }
      switch first {
      case .list, .dict, .structDType: break
      case .tuple(let pair) where pair.count == 2 && pair[0].isStructuredClass: break
      case .string(let code) where StructuredArrays.isCommaString(code): break
      default: return nil
      }
      let bound = try call.bind(["dtype", "align", "copy"], required: 1)
      let align = try bound["align"].map { (value) throws(PythonError) in try value.truthValue() } ?? false
      guard let dtype = try StructuredArrays.parseDType(first, align: align, subarrays: true) else { return nil }
      return .structDType(dtype)
    case .function(let name) where name.hasPrefix("numpy.rec."):
      call.function = Self.shortName(name)
      return try recordFunction(Self.shortName(name), call)
    case .function("numpy.void"), .function("numpy.record"):
      throw StructuredArrays.refusal("calling np.\(Self.shortName(functionName(function)))")
    // The dot searched among the UTF-8 bytes: `contains(".")` on a substring is Foundation's text search, slow.
    case .function(let name) where name.hasPrefix("numpy.") && !name.utf8.dropFirst(6).contains(UInt8(ascii: ".")):
      let short = String(name.dropFirst(6))
      guard StructuredArrays.involved(short, call) else { return nil }
      call.function = short
      if short != "unique" && short != "shape" && StructuredArrays.involvesOpaqueVoid(call) {
        throw StructuredArrays.opaqueVoidRefusal("np.\(short)")
      }
      return try structuredFunction(short, call)
    case .function("len") where call.positional.count == 1:
      guard case .structArray(let array) = call.positional[0] else { return nil }
      if array.isVoid && array.dtype.isOpaqueVoid { throw StructuredArrays.opaqueVoidRefusal("len() of an element") }
      if array.isVoid { return .int(array.dtype.fields.count) }
      guard let first = array.shape.first else { throw PythonError.type("len() of unsized object") }
      return .int(first)
    default: return nil
    }
  }

  private func functionName(_ function: Value) -> String {
    if case .function(let name) = function { return name }
    return ""
  }

  /// `np.name(…)` with a structured array or dtype among the arguments.
  private mutating func structuredFunction(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "asanyarray":
      // A record array is an ndarray subclass: returned itself (`anyArray`); a plain structured array as asarray.
      if case .structArray(let array)? = call.positional.first, array.isRecord {
        return try anyArray(call)
      }
      return try structuredFunction("asarray", call)
    case "array", "asarray":
      let bound = try call.bind(["object", "dtype", "copy"], required: 1)
      let object = bound.value("object")
      let requested = try bound["dtype"].flatMap { (value) throws(PythonError) in
        value.isNone ? nil : try StructuredArrays.parseArrayDType(value)
      }
      if case .structArray(let array) = object {
        if let requested, requested != array.dtype { throw StructuredArrays.refusal("converting to another dtype") }
        if let dtype = bound["dtype"], !dtype.isNone, requested == nil {
          throw StructuredArrays.refusal("converting to a number or text dtype")
        }
        if name == "asarray" && !array.isVoid {
          var plain = array
          plain.isRecord = false
          return .structArray(plain)
        }
        var copy = try array.copied()
        copy.isRecord = false
        copy.isVoid = false
        return .structArray(copy)
      }
      guard let requested else { throw StructuredArrays.refusal("np.\(name) of a list holding structured values") }
      return .structArray(try StructuredArrays.make(object, dtype: requested))
    case "zeros", "ones", "empty", "full":
      if name == "empty" {
        throw PythonError.limit(
          "np.empty with a structured dtype holds whatever its memory held, which no build can reproduce; use "
            + "np.zeros")
      }
      if name == "full" { throw StructuredArrays.refusal("np.full") }
      let bound = try call.bind(["shape", "dtype", "order"], required: 1)
      guard let dtype = try StructuredArrays.parseArrayDType(bound.value("dtype")) else {
        throw StructuredArrays.refusal("np.\(name) of this dtype")
      }
      let shapeValue = bound.value("shape")
      let shape: [Int] =
        if case .tuple(let items) = shapeValue {
          try items.map { (item) throws(PythonError) in try item.toInt() }
        } else if case .list(let items) = shapeValue {
          try items.map { (item) throws(PythonError) in try item.toInt() }
        } else { [try shapeValue.toInt()] }
      return .structArray(try StructuredArrays.filled(shape, dtype: dtype, one: name == "ones"))
    case "sort", "argsort":
      let bound = try call.bind(["a", "axis", "kind", "order"], required: 1)
      guard case .structArray(let array) = bound.value("a"), !array.isVoid else {
        throw StructuredArrays.refusal("np.\(name)")
      }
      if let axis = bound["axis"], !axis.isNone, (try? axis.toInt()) != -1, (try? axis.toInt()) != 0 {
        throw StructuredArrays.refusal("np.\(name) along this axis")
      }
      return try sorted(array, order: bound["order"], indices: name == "argsort")
    case "unique":
      return try StructuredArrays.unique(call)
    case "shape":
      let bound = try call.bind(["a"], required: 1)
      guard case .structArray(let array) = bound.value("a") else { throw StructuredArrays.refusal("np.shape") }
      return .intTuple(array.isVoid ? [] : array.shape)
    default:
      throw StructuredArrays.refusal("np.\(name)")
    }
  }

  /// `np.sort`/`np.argsort` with `order=`: a sorted copy, or the element order.
  private func sorted(_ array: StructArray, order: Value?, indices: Bool) throws(PythonError) -> Value {
    if array.dtype.hasSubarrayFields { throw StructuredArrays.refusal("sorting an array with sub-array fields") }
    let places = try StructuredArrays.sortOrder(array, order: order)
    if indices { return .tensor(Tensor(shape: [places.count], storage: .int64(places.map { Int64($0) }))) }
    let picked = try StructuredArrays.index(array, .list(ValueList(places.map { .int($0) })))
    return picked
  }

  /// The methods of a structured array or element.
  private mutating func structuredMethod(_ name: String, _ array: StructArray, _ call: CallArguments)
    throws(PythonError) -> Value
  {
    switch name {
    case "tolist",
      "item" where array.isVoid || name == "tolist":
      _ = try call.bind([])
      return try StructuredArrays.toList(array)
    case "copy":
      _ = try call.bind(["order"])
      return .structArray(try array.copied())
    case "sort", "argsort":
      let bound = try call.bind(["axis", "kind", "order"])
      if array.isVoid { throw StructuredArrays.refusal("a.\(name) of an element") }
      let result = try sorted(array, order: bound["order"], indices: name == "argsort")
      if name == "argsort" { return result }
      guard case .structArray(let ordered) = result else { return .none }
      for field in array.dtype.fields {
        try writeField(try array.fieldArray(field.name), .ellipsis, try ordered.field(field.name))
      }
      return .none
    case "view":
      let bound = try call.bind(["dtype", "type"])
      var array = array
      if let given = bound["dtype"], bound["type"] != nil {
        // `a.view(dtype=np.dtype((np.record, a.dtype)), type=np.recarray)`: the same fields, other element type.
        guard let dtype = try StructuredArrays.parseDType(given), dtype.fields == array.dtype.fields,
          dtype.itemsize == array.dtype.itemsize
        else { throw StructuredArrays.refusal("a.view of another dtype") }
        array.dtype = dtype
      }
      let target = bound["type"] ?? bound["dtype"]
      if bound["type"] == nil, let given = bound["dtype"], StructuredArrays.isFieldList(given),
        let dtype = try StructuredArrays.parseDType(given)
      {
        guard let renamed = array.renamedView(dtype) else { throw StructuredArrays.refusal("a.view of another dtype") }
        return .structArray(renamed)
      }
      switch target {
      case .function("numpy.rec.recarray")?:
        var view = array
        view.isRecord = true
        view.dtype.isRecord = true
        return .structArray(view)
      case .function("numpy.ndarray")?:
        var view = array
        view.isRecord = false
        return .structArray(view)
      default: throw StructuredArrays.refusal("a.view of another dtype")
      }
    case "byteswap":
      let bound = try call.bind(["inplace"])
      if array.isVoid { throw StructuredArrays.refusal("byteswap of an element") }
      let swapped = try StructuredArrays.byteswappedFields(array)
      let target = try bound.flag("inplace") ? array : try array.copied()
      for (name, values) in swapped { try writeField(try target.fieldArray(name), .ellipsis, .tensor(values)) }
      return .structArray(target)
    case "reshape":
      if array.isVoid { throw StructuredArrays.refusal("reshape of an element") }
      var shape: [Int] = []
      for item in call.positional {
        if case .tuple(let items) = item {
          shape += try items.map { (value) throws(PythonError) in try value.toInt() }
        } else {
          shape.append(try item.toInt())
        }
      }
      let reshaped = try core { try array.positions.reshape(shape) }
      return .structArray(StructArray(viewing: array, positions: reshaped))
    case "ravel":
      _ = try call.bind(["order"])
      return .structArray(try array.raveled())
    case "flatten":
      _ = try call.bind(["order"])
      var flat = try array.copied()
      flat.positions = try core { try flat.positions.reshape([array.count]) }
      return .structArray(flat)
    default:
      throw StructuredArrays.refusal("a.\(name)()")
    }
  }

  /// Writes `value` into a field's view (a numeric array or a string array) at `key`, seen through every view.
  mutating func writeField(_ target: Value, _ key: Value, _ value: Value) throws(PythonError) {
    switch target {
    case .tensor(let tensor): try assignItem(tensor, key, value)
    case .textArray(let text): try StringArrays.assign(text, key, value)
    case .structArray(let inner) where !inner.isVoid: try assignStructured(inner, key, value)
    default: throw StructuredArrays.refusal("assigning to this field")
    }
  }

  /// `a[key] = value` on a structured array or element: a field takes the value (broadcast), elements take a
  /// tuple's values field by field, or one value in every field.
  mutating func assignStructured(_ array: StructArray, _ key: Value, _ value: Value) throws(PythonError) {
    if array.dtype.isOpaqueVoid { throw StructuredArrays.opaqueVoidRefusal("assignment") }
    switch key {
    case .string(let name):
      guard array.dtype.field(name) != nil else { throw PythonError.value("no field of name \(name)") }
      try writeField(try array.fieldArray(name), array.isVoid ? .int(0) : .ellipsis, value)
      return
    case .list(let items) where items.contains(where: { if case .string = $0 { true } else { false } }):
      // `a[['a', 'c']] = v`: v written into the view of those fields, as into a structured array of them.
      if array.isVoid { throw StructuredArrays.refusal("assigning to several fields of an element at once") }
      guard case .structArray(let view) = try StructuredArrays.index(array, key) else {
        throw StructuredArrays.refusal("assigning to several fields at once")
      }
      var source = value
      // `a[['a', 'c']] = a[['c', 'a']]` reads every field before any is written, as NumPy's overlap copy does.
      if case .structArray(let other) = value, other.sharesColumns(with: array) {
        source = .structArray(try other.copied())
      }
      try assignStructured(view, .ellipsis, source)
      return
    default: break
    }
    if array.isVoid {
      guard case .int(let position) = key else { throw StructuredArrays.refusal("this index of an element") }
      let resolved = position < 0 ? position + array.dtype.fields.count : position
      guard resolved >= 0, resolved < array.dtype.fields.count else {
        throw PythonError.index("invalid index (\(position))")
      }
      try writeField(try array.fieldArray(array.dtype.fields[resolved].name), .int(0), value)
      return
    }
    let fields = array.dtype.fields
    var perField: [Value]
    switch value {
    case .list(let items):
      // A list of elements: each field takes the list of its values.
      var columns = [[Value]](repeating: [], count: fields.count)
      for item in items {
        let parts = try StructuredArrays.components(item, fields: fields.count)
        for k in parts.indices { columns[k].append(parts[k]) }
      }
      perField = columns.map { .list(ValueList($0)) }
    case .structArray(let source) where !source.isVoid:
      guard source.dtype.fields.count == fields.count else {
        throw StructuredArrays.refusal("assigning an array with other fields")
      }
      perField = []
      for field in source.dtype.fields { perField.append(try source.field(field.name)) }
    case .tensor(let tensor) where !tensor.isScalar && !tensor.dtype.isComplex:
      // `x[:] = np.arange(2)`: every field takes the array's values, cast to its own type.
      perField = [Value](repeating: value, count: fields.count)
    default:
      perField = try StructuredArrays.components(value, fields: fields.count)
    }
    for (field, part) in zip(fields, perField) {
      try writeField(try array.field(field.name), key, part)
    }
  }

  /// `np.rec.array`, `np.rec.fromrecords`, `np.rec.fromarrays`: record arrays.
  private mutating func recordFunction(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    var made: StructArray
    switch name {
    case "array", "fromrecords":
      let bound = try call.bind(["obj", "dtype", "shape", "offset", "strides", "formats", "names"], required: 1)
      for unsupported in ["shape", "offset", "strides", "formats"] where bound[unsupported] != nil {
        throw StructuredArrays.refusal("np.rec.\(name)(\(unsupported)=…)")
      }
      let object = bound.value("obj")
      let names = try StructuredArrays.fieldNames(bound["names"])
      if case .structArray(let array) = object {
        made = try array.copied()
        made.isVoid = false
      } else if let dtypeValue = bound["dtype"], !dtypeValue.isNone {
        guard let dtype = try StructuredArrays.parseDType(dtypeValue) else {
          throw StructuredArrays.refusal("np.rec.\(name) of this dtype")
        }
        made = try StructuredArrays.make(object, dtype: dtype)
      } else {
        guard case .list(let items) = object, !items.isEmpty else {
          throw StructuredArrays.refusal("np.rec.\(name) of this value")
        }
        var records: [[Value]] = []
        for item in items {
          guard case .tuple(let parts) = item else {
            throw StructuredArrays.refusal("np.rec.\(name) of records that are not tuples")
          }
          records.append(parts.items)
        }
        guard Set(records.map(\.count)).count == 1 else {
          throw StructuredArrays.refusal("np.rec.\(name) of records of different lengths")
        }
        made = try StructuredArrays.make(object, dtype: try StructuredArrays.inferredDType(records, names: names))
      }
    case "fromarrays":
      let bound = try call.bind(["arrayList", "dtype", "shape", "formats", "names"], required: 1)
      if bound["shape"] != nil { throw StructuredArrays.refusal("np.rec.fromarrays(shape=…)") }
      let arrays = try Self.iterationItems(bound.value("arrayList"))
      guard !arrays.isEmpty else { throw StructuredArrays.refusal("np.rec.fromarrays of no arrays") }
      let names = try StructuredArrays.fieldNames(bound["names"])
      var dtypeArgument = bound["dtype"]
      if let formats = bound["formats"], dtypeArgument?.isNone ?? true {
        // NumPy's format_parser: one comma-separated format per array, named by `names` (then f0, f1, …).
        guard case .string(let text) = formats else { throw StructuredArrays.refusal("np.rec.fromarrays(formats=…)") }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
        let fields = parts.enumerated().map { k, format in
          Value.tuple(ValueList([.string(k < names.count ? names[k] : "f\(k)"), .string(format)]))
        }
        dtypeArgument = .list(ValueList(fields))
      }
      var parts: [(String, FieldFormat)] = []
      var shape: [Int]? = nil
      var columns: [String: FieldColumn] = [:]
      let given = try dtypeArgument.flatMap { (value) throws(PythonError) in
        value.isNone ? nil : try StructuredArrays.parseDType(value)
      }
      if let given, given.fields.count != arrays.count {
        throw PythonError.value("mismatch between the number of fields and the number of arrays")
      }
      for (k, item) in arrays.enumerated() {
        let fieldName = given?.fields[k].name ?? (k < names.count ? names[k] : "f\(k)")
        let format: FieldFormat
        if let given { format = given.fields[k].format } else { format = try StructuredArrays.inferredFormat(item) }
        let itemShape: [Int]
        switch item {
        case .textArray(let text): itemShape = text.shape
        case .tensor(let tensor): itemShape = tensor.shape
        default:
          if StringArrays.holdsText(item), case .textArray(let text) = try StringArrays.make(item, dtype: nil) {
            itemShape = text.shape
          } else {
            itemShape = try item.toTensor().shape
          }
        }
        if shape == nil { shape = itemShape }
        guard shape == itemShape else { throw PythonError.value("array-shape mismatch in array \(k)") }
        let count = try StructuredArrays.checkedCount(itemShape, fields: arrays.count)
        var flat: Value
        switch item {
        case .textArray(let text): flat = .textArray(TextArray(text.elements, shape: [count], dtype: text.dtype))
        case .tensor(let tensor): flat = .tensor(try core { try tensor.reshape([count]) })
        default: flat = item
        }
        if case .textArray(let text) = flat, case .numeric(let type) = format {
          // Strings parsed into a number field, as NumPy's astype parses them (`np.core.records.fromarrays(Z.T, …)`).
          flat = try StringArrays.parsed(text, as: type)
        }
        columns[fieldName] = try StructuredArrays.column(
          flat, format: format, count: count)
        parts.append((fieldName, format))
      }
      let dtype: StructDType
      if let given { dtype = given } else { dtype = try StructDType.laidOut(parts, align: false) }
      made = StructArray(columns: columns, shape: shape ?? [0], dtype: dtype)
    default:
      throw StructuredArrays.refusal("np.rec.\(name)")
    }
    made.isRecord = true
    made.dtype.isRecord = true
    return .structArray(made)
  }
}

extension StructuredArrays {
  /// `a.name` of a structured array, element or record array.
  static func attribute(_ name: String, of array: StructArray) throws(PythonError) -> Value {
    switch name {
    case "shape": return .intTuple(array.isVoid ? [] : array.shape)
    case "ndim": return .int(array.isVoid ? 0 : array.shape.count)
    case "size": return .int(array.isVoid ? 1 : array.count)
    case "dtype": return .structDType(array.dtype)
    case "itemsize": return .int(array.dtype.itemsize)
    case "nbytes": return .int(array.dtype.itemsize * (array.isVoid ? 1 : array.count))
    case "tolist", "copy", "sort", "argsort", "view", "reshape", "ravel", "flatten", "item", "byteswap":
      return .method(.structArray(array), name)
    default:
      if array.isRecord || (array.isVoid && array.dtype.isRecord), array.dtype.field(name) != nil {
        return try presentedField(array, name)
      }
      if PythonNames.types["numpy.ndarray"]?.contains(name) == true || name == "T" {
        throw refusal("a.\(name)")
      }
      if array.isRecord && !array.isVoid { throw PythonError("AttributeError", "recarray has no attribute \(name)") }
      throw PythonError("AttributeError", "'\(Value.structArray(array).typeName)' object has no attribute '\(name)'")
    }
  }
}

extension StructuredArrays {
  /// True for a structured array, element or dtype.
  static func isStructured(_ value: Value) -> Bool {
    switch value {
    case .structArray, .structDType: true
    default: false
    }
  }
}

extension Interpreter {
  /// `a['age'] += 1`: the field's in-place update, seen through every view; other augmented assignments into a
  /// structured array are refused.
  mutating func assignStructuredInPlace(
    _ array: StructArray, _ index: Value, _ op: BinaryOperator, _ expression: Expression
  ) throws(PythonError) {
    guard case .string(let name) = index, !array.isVoid else {
      throw StructuredArrays.refusal("this augmented assignment")
    }
    let current = try array.field(name)
    let operand = try evaluate(expression)
    if case .tensor = current {
      _ = try inPlaceResult(current, op, operand)
      return
    }
    try writeField(current, .ellipsis, try Operators.binary(op, current, operand))
  }
}

extension StructuredArrays {
  /// `a.byteswap()`'s new values of each field whose elements have more than one byte: each value's bytes (each
  /// part's, for complex numbers) reversed and read back in the field's own order, as NumPy swaps the memory and keeps
  /// the dtype. Fields of text (whose 'U' characters NumPy would swap into other code points) and float16 or float32
  /// values that turn into signalling NaNs (which docbuild's values cannot hold) are refused.
  static func byteswappedFields(_ array: StructArray) throws(PythonError) -> [(String, Tensor)] {
    var result: [(String, Tensor)] = []
    for field in array.dtype.fields {
      guard let type = field.format.numberType else {
        if case .text(let text) = field.format, !text.isBytes { throw refusal("a.byteswap() of 'U' fields") }
        continue
      }
      guard type.itemsize > 1,
        case .tensor(let values) = try array.fieldArray(field.name)
      else { continue }
      var bytes = ElementBytes.encode(values)
      ElementBytes.swap(&bytes, type)
      if ElementBytes.hasSignalingNaN(bytes, type) {
        throw refusal("a.byteswap() that makes a signalling NaN")
      }
      let offsets = (0..<values.size).map { $0 * type.itemsize }
      result.append(
        (field.name, try ElementBytes.decode(bytes, offsets: offsets, dtype: type, swapped: false, shape: values.shape))
      )
    }
    return result
  }
}
