extension NumpyFunctionClasses {
  /// NumPy's class of most of its functions, `type(np.sum)`.
  static let dispatcher = "numpy._ArrayFunctionDispatcher"

  /// The classes of NumPy functions that snippets show (`type()`, messages) and print: the dispatcher, C
  /// builtins and plain Python functions (NumPy's masked-array operation objects, methods and Cython functions are
  /// classes docbuild does not make).
  static let shownClasses: Set<String> = [dispatcher, "builtin_function_or_method", "function"]

  /// Each listed function's class, by `module.name`.
  static let classOf: [String: String] = {
    var classes: [String: String] = [:]
    for (kind, names) in functions {
      for name in names { classes[name] = kind }
    }
    return classes
  }()

  /// The class `type()` gives of the NumPy function named `qualified` (`numpy.sum`), when it is one snippets show.
  static func shownClass(of qualified: String) -> String? {
    guard let kind = classOf[qualified], shownClasses.contains(kind) else { return nil }
    return kind
  }

  /// How NumPy's function `qualified` prints: `<built-in function NAME>` for a C builtin (and, by `str`, a dispatcher
  /// of a C function); nil where Python shows the function's memory address (`<function sum at 0x…>`).
  static func addresslessText(of qualified: String, repr: Bool) -> String? {
    guard let kind = shownClass(of: qualified) else { return nil }
    let shown = shownNames[qualified] ?? String(qualified.split(separator: ".").last ?? "")
    if kind == "builtin_function_or_method" || (kind == dispatcher && !repr && builtInText.contains(qualified)) {
      return "<built-in function \(shown)>"
    }
    return nil
  }

  /// The name shown before the address of a NumPy function printed as `<function NAME at 0x…>`.
  static func shownName(of qualified: String) -> String {
    shownNames[qualified] ?? String(qualified.split(separator: ".").last ?? "")
  }
}

extension NumpyFunctionClasses {
  /// The NumPy modules whose functions the generated lists cover.
  static let modules: Set<String> = [
    "numpy", "numpy.linalg", "numpy.fft", "numpy.emath", "numpy.char", "numpy.strings", "numpy.ma", "numpy.random",
    "numpy.testing",
  ]
}

extension Value {
  /// True for a function docbuild's NumPy provides that `numpyFunctionName` cannot name: a native one outside the
  /// lists, or one written in the snippet language in a module of NumPy's or docbuild's own for NumPy.
  var mayBeNumpyFunction: Bool {
    switch self {
    case .function(let name): name.hasPrefix("numpy.") && !Value.isUfunc(name)
    case .userFunction(let closure):
      closure.module.map { $0.hasPrefix("_numpy") || NumpyFunctionClasses.modules.contains($0) } ?? false
    default: false
    }
  }

  /// The `module.name` NumPy reaches this function by (`numpy.sum`, `numpy.fft.fft`), for NumPy's native functions
  /// and the functions of docbuild's NumPy modules written in the snippet language that NumPy lists under that
  /// name; nil for anything else (ufuncs included).
  var numpyFunctionName: String? {
    switch self {
    case .function(let name) where name.hasPrefix("numpy.") && !Value.isUfunc(name):
      return NumpyFunctionClasses.classOf[name] != nil ? name : nil
    case .userFunction(let closure):
      guard let module = closure.module, module.hasPrefix("numpy.") else { return nil }
      let name = module + "." + closure.definition.name
      return NumpyFunctionClasses.classOf[name] != nil ? name : nil
    default:
      return nil
    }
  }
}
