import TensorCore

/// A Python builtin that a compiled call site of one plain argument (`str(i)`, `len(xs)`, `repr(s)`) calls
/// directly, found once from the name the site calls. The general path (`callValue`) reached `str`'s code after about
/// fifty comparisons and hashes of its name, each step asking whether the call is one of NumPy's, an object's, a
/// byte-order array's, a text array's: 16 times CPython's instructions a call (3 times, called directly).
enum DirectBuiltin: String, Sendable {
  // Each raw value is the builtin's name, which its function value holds (`.function("str")`).
  case len, str, repr, int, float, abs, ord, chr

  /// The builtin `callee` names (a plain or top-level name), or nil.
  init?(calledName callee: Expression) {
    switch callee.kind {
    case .name(let name), .global(_, let name): self.init(rawValue: name)
    default: return nil
    }
  }
}

extension Interpreter {
  /// `builtin(argument)` where the argument is a plain Python value the general path hands to the builtin's own code
  /// unchanged (a number, a string, a list, a tuple, a dict, a set): that code, called here; nil, nothing done, for
  /// any other argument, and once a decomposition's approximate results exist (their refusals are the general
  /// path's). Every other step of `callValue` before the builtin's code was checked to pass such an argument
  /// through: each acts on objects, arrays (object, raw, text, structured, date arrays, tensors, autograd's boxes)
  /// or NumPy's names only.
  mutating func callDirectBuiltin(_ builtin: DirectBuiltin, _ argument: Value) throws(PythonError) -> Value? {
    guard !Tensor.approximateResultsMayExist else { return nil }
    switch (builtin, argument) {
    case (.str, .int), (.str, .bool), (.str, .float), (.str, .string), (.str, .none):
      return .string(try text(argument, repr: false))
    case (.repr, .int), (.repr, .bool), (.repr, .float), (.repr, .string), (.repr, .none):
      return .string(try text(argument, repr: true))
    case (.len, .set(let set)):
      return .int(set.count)
    case (.len, .string(let text)):
      return .int(textPositions.count(of: text))
    case (.len, .list), (.len, .tuple), (.len, .dict):
      return try PythonBuiltins.len(directCall(builtin, argument))
    case (.int, .int), (.int, .bool), (.int, .float), (.int, .string):
      return try PythonBuiltins.int(directCall(builtin, argument))
    case (.float, .int), (.float, .bool), (.float, .float), (.float, .string):
      return try PythonBuiltins.float(directCall(builtin, argument))
    case (.abs, .int), (.abs, .bool), (.abs, .float):
      return try PythonReductions.abs(directCall(builtin, argument))
    case (.ord, .string(let text)):
      // One code point's value; any other length takes the general path to its TypeError.
      var scalars = text.unicodeScalars.makeIterator()
      guard let scalar = scalars.next(), scalars.next() == nil else { return nil }
      return .int(Int(scalar.value))
    case (.chr, .int(let code)):
      guard code >= 0, code <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
      return .string(String(scalar))
    default:
      return nil
    }
  }

  /// The call the general path hands the builtin's code: its short name, one positional argument.
  private func directCall(_ builtin: DirectBuiltin, _ argument: Value) -> CallArguments {
    CallArguments(function: builtin.rawValue, positional: [argument], keywords: [], positionalTexts: [])
  }
}
