/// `autograd.numpy` and its submodules: NumPy's namespaces as autograd 1.9 wraps them. Each is a module of its own
/// (`anp is np` is False, and its errors name it), whose members are NumPy's own values, except the names autograd's
/// wrapper leaves out (`anp.s_`, `anp.mgrid`, `anp.emath`, `anp.char`, `npr.mtrand` …), which are Python's
/// AttributeError as under autograd rather than NumPy's values.
enum AutogradNumpy {
  /// The NumPy module each autograd module wraps.
  static let wrappedModules: [String: String] = [
    "autograd.numpy": "numpy", "autograd.numpy.random": "numpy.random", "autograd.numpy.linalg": "numpy.linalg",
    "autograd.numpy.fft": "numpy.fft",
  ]

  /// The autograd module that wraps each NumPy module (`anp.linalg` is `autograd.numpy.linalg`).
  static let wrappers: [String: String] = Dictionary(
    uniqueKeysWithValues: wrappedModules.map { ($0.value, $0.key) })

  /// NumPy's integer types, which `autograd.numpy` replaces with subclasses of its own (`wrap_intdtype`): their
  /// scalars print as `IntdtypeSubclass(3)`, `isinstance(np.int32(3), anp.int32)` is False and
  /// `anp.issubdtype(anp.int32, anp.integer)` too, none of which snippets' NumPy types do.
  static let wrappedIntegerTypes: Set<String> = [
    "byte", "int8", "int16", "int32", "int64", "int_", "intc", "intp", "integer", "long", "short",
  ]

  /// True when the autograd module has `name`: CPython's `dir` of it where snippets hold it
  /// (`PythonNames.modules`); `autograd.numpy.linalg` and `.fft` wrap every public name of NumPy's.
  static func has(_ name: String, in module: String) -> Bool {
    guard let names = PythonNames.modules[module] else { return true }
    return names.contains(name)
  }
}

extension Interpreter {
  /// `module.name` for an autograd wrapper of a NumPy module: NumPy's member, under the wrapper's name.
  mutating func autogradNumpyMember(_ module: String, wrapping numpyModule: String, _ name: String)
    throws(PythonError) -> Value
  {
    let absent = PythonError("AttributeError", "module '\(module)' has no attribute '\(name)'")
    guard AutogradNumpy.has(name, in: module) else { throw absent }
    if module == "autograd.numpy", AutogradNumpy.wrappedIntegerTypes.contains(name) {
      var refusal = PythonError(
        "NotImplementedError",
        "autograd.numpy.\(name) is autograd's own subclass of NumPy's \(name) (its scalars print as "
          + "IntdtypeSubclass(…)), which snippets do not have: use NumPy's (`import numpy as onp`, `onp.\(name)`) "
          + "or a dtype string (`dtype='int32'`)")
      refusal.isLimit = true
      throw refusal
    }
    let member: Value
    do {
      member = try attributeValue(.module(numpyModule), name)
    } catch  where error.type == "AttributeError" && error.message.hasPrefix("module '\(numpyModule)' has no") {
      // A name of autograd's own (`anp.wrap_namespace`, `anp.Box`) or one snippets' NumPy lacks.
      guard PythonNames.modules[module] != nil else { throw absent }
      var refusal = PythonError(
        "NotImplementedError", "\(module).\(name) is not part of the snippet language (Python has it)")
      refusal.isLimit = true
      throw refusal
    }
    if case .module(let submodule) = member, let wrapper = AutogradNumpy.wrappers[submodule] {
      return .module(wrapper)
    }
    return member
  }
}
