import TensorCore

extension Value {
  /// Python's `repr`, which the REPL echoes.
  var repr: String {
    if isNumpyTextValue { PrintOptions.noteFormatting() }
    return switch self {
    case .none: "None"
    case .bool(let value): value ? "True" : "False"
    case .int(let value): String(value)
    case .bigInt(let value): value.decimal()
    case .float(let value): pythonFloatRepr(value)
    case .complex(let value): pythonComplexRepr(value)
    case .string(let value): Value.quote(value)
    case .tuple(let items) where items.namedType != nil:
      "\(items.namedType!.name)(\(zip(items.namedType!.fields, items).map { "\($0)=\($1.repr)" }.joined(separator: ", ")))"
    case .tuple(let items): items.count == 1 ? "(\(items[0].repr),)" : "(\(items.map(\.repr).joined(separator: ", ")))"
    case .list(let items): "[\(items.map(\.repr).joined(separator: ", "))]"
    case .tensor(let tensor): tensor.numpyRepr
    case .dtype(let dtype): "dtype('\(dtype.rawValue)')"
    case .scalarType(let dtype): "<class 'numpy.\(scalarTypeName(dtype))'>"
    case .machineLimits(let dtype): NumpyDTypes.limitsRepr(dtype)
    case .printOptionsContext: "<\(typeName) object>"
    case .module(let name): ModuleText.repr(name) ?? "<module '\(name)'>"
    case .dict(let dict):
      (dict.isMappingProxy ? "mappingproxy({" : "{")
        + zip(dict.keys, dict.values).map { "\($0.repr): \($1.repr)" }.joined(separator: ", ")
        + (dict.isMappingProxy ? "})" : "}")
    case .dictView(let view, let dict):
      "dict_\(view.rawValue)([\(dict.items(view).map(\.repr).joined(separator: ", "))])"
    case .userFunction(let closure) where closure.standsForBuiltin: "<built-in function \(closure.definition.name)>"
    case .userFunction(let closure): "<function \(closure.definition.qualifiedName)>"
    case .derivative: "<function unary_to_nary.<locals>.nary_operator.<locals>.nary_f>"
    case .exception(let exception): exception.repr
    case .range(let start, let stop, let step):
      step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
    case .iterator(let box): "<\(box.kind) object>"
    case .function("NotImplemented"): "NotImplemented"
    case .function("numpy.str_"), .function("numpy.bytes_"), .function("bytes"), .function("numpy.datetime64"),
      .function("numpy.timedelta64"), .function("numpy.longlong"), .function("numpy.ulonglong"):
      "<class '\(functionName ?? "")'>"
    case .function(let name) where Builtins.isType(name) || name == "set" || name == "object": "<class '\(name)'>"
    case .function(let name):
      Builtins.isPythonBuiltin(name)
        ? "<built-in function \(name)>" : "<function \(name.split(separator: ".").last ?? Substring(name))>"
    case .method(.function(let type), let name) where TypeMethods.isDescriptor(self): TypeMethods.repr(type, name)
    case .method(let parts, Interpreter.fromPyFuncMarker): Interpreter.fromPyFuncRepr(parts)
    case .method(let receiver, let name): "<built-in method \(name) of \(receiver.typeName) object>"
    case .slice(let start, let stop, let step):
      "slice(\([start, stop, step].map { $0.map(String.init) ?? "None" }.joined(separator: ", ")))"
    case .ellipsis: "Ellipsis"
    case .randomObject(let handle): handle.text
    case .plot(let reference): reference.repr ?? "<\(reference.typeName) object>"
    case .classObject(let type): "<class '\(type.module).\(type.qualifiedName)'>"
    case .object(let object): "<\(object.type.module).\(object.type.qualifiedName) object>"
    case .boundMethod(_, let closure): "<bound method \(closure.definition.qualifiedName)>"
    case .wrapped(let wrapper, _): "<\(wrapper.rawValue) object>"
    case .property: "<property object>"
    case .superObject(let type, _): "<super: <class '\(type.name)'>>"
    case .set(let set): set.repr
    case .rendered(let text): text
    case .textArray(let array): array.reprText() ?? ""
    // Printing goes through the interpreter (`objectArrayText`), which calls the elements' own __repr__.
    case .objectArray(let array): "array(\(array.elements.map(\.repr)), dtype=object)"
    case .objectDType: ObjectArrays.dtypeRepr
    case .dateArray(let array): (try? array.reprText()) ?? ""
    case .dateDType(let dtype): dtype.repr
    case .textScalar(let text, let isBytes): Value.textScalarRepr(text, isBytes: isBytes)
    case .textDType(let dtype): dtype.repr
    case .structArray(let array): ((try? array.reprText()) ?? nil) ?? ""
    case .structDType(let dtype): dtype.repr
    case .bytes(let bytes): Value.bytesRepr(bytes)
    case .rawArray(let array): RawArrays.repr(array)
    case .orderedDType(let dtype, let mark): ByteOrder.repr(OrderedDType(dtype, mark))
    case .bytearray(let memory): PythonBytes.arrayRepr(memory)
    }
  }

  /// Python's `str`, which `print` shows.
  var str: String {
    if isNumpyTextValue { PrintOptions.noteFormatting() }
    return switch self {
    case .string(let value): value
    case .tensor(let tensor): tensor.numpyStr
    case .textArray(let array): array.strText() ?? ""
    case .dateArray(let array): (try? array.strText()) ?? ""
    case .dateDType(let dtype): dtype.name
    case .textScalar(let text, isBytes: false): text
    case .textScalar(let text, isBytes: true): Value.bytesRepr(text)
    case .textDType(let dtype): dtype.text
    case .structArray(let array): ((try? array.strText()) ?? nil) ?? ""
    case .structDType(let dtype): dtype.text
    case .dtype(let dtype): dtype.rawValue
    case .objectDType: "object"
    case .orderedDType(let dtype, let mark): ByteOrder.str(OrderedDType(dtype, mark))
    case .rawArray(let array): ((try? array.values())?.numpyStr) ?? ""
    case .machineLimits(let dtype): NumpyDTypes.limitsStr(dtype)
    case .exception(let exception): exception.message
    // CPython's mappingproxy prints as the dict it wraps; only its repr names the type.
    case .dict(let dict) where dict.isMappingProxy:
      "{" + zip(dict.keys, dict.values).map { "\($0.repr): \($1.repr)" }.joined(separator: ", ") + "}"
    default: repr
    }
  }

  /// True for the NumPy values other than numeric arrays whose text NumPy's legacy printing modes change.
  private var isNumpyTextValue: Bool {
    switch self {
    case .textArray, .dateArray, .textScalar, .structArray, .rawArray, .objectArray, .structDType, .machineLimits: true
    default: false
    }
  }

  /// Python's `str.isprintable` for one character: not a control, format, surrogate, private-use or unassigned
  /// character, nor a separator other than the space.
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x7F { return scalar.value >= 0x20 }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
      .spaceSeparator:
      return false
    default: return true
    }
  }

  /// `ascii()` of a repr: every code point past ASCII escaped as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, as CPython's
  /// `!a` conversion and `%a` write it.
  static func asciiEscaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      let code = scalar.value
      if code < 0x80 {
        result.unicodeScalars.append(scalar)
      } else if code < 0x100 {
        result += String(format: "\\x%02x", code)
      } else if code < 0x10000 {
        result += String(format: "\\u%04x", code)
      } else {
        result += String(format: "\\U%08x", code)
      }
    }
    return result
  }

  /// Python's repr of a string: single quotes unless the text has a single quote and no double quote.
  static func quote(_ text: String) -> String {
    let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
    var result = String(quote)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if Character(scalar) == quote {
          result += "\\\(quote)"
        } else if !isPrintable(scalar) {
          // Python escapes what `str.isprintable` rejects: controls, format characters, separators but the space.
          let hex = String(scalar.value, radix: 16)
          let (prefix, width) = scalar.value < 0x100 ? ("\\x", 2) : scalar.value < 0x10000 ? ("\\u", 4) : ("\\U", 8)
          result += prefix + String(repeating: "0", count: width - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + String(quote)
  }
}
