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
    // autograd's `wrap_namespace` keeps NumPy's plain classes and makes a function of its own for every other
    // callable (`primitive(np.sin)`).
    if member.isCallable, AutogradNumpyNames.numpyOwn[module]?.contains(name) != true {
      return .wrapped(.autogradFunction, member)
    }
    return member
  }
}

extension AutogradNumpy {
  /// `f.name` for autograd's function `f` standing for NumPy's `inner`: its `__name__` is NumPy's (autograd copies
  /// it), it has none of a ufunc's attributes, and the function attributes Python has are refused.
  static func attribute(_ name: String, ofFunctionWrapping inner: Value) throws(PythonError) -> Value {
    if name == "__name__", let numpyName = numpyName(of: inner) { return .string(numpyName) }
    // Its method-wrapper calls it, and prints with an address as it does.
    if name == "__call__" { return .wrapped(.autogradFunction, inner) }
    guard name.hasPrefix("__") || ["fun", "_is_autograd_primitive", "_is_primitive"].contains(name) else {
      throw PythonError("AttributeError", "'function' object has no attribute '\(name)'")
    }
    // `__doc__` is NumPy's text, `__module__` and `__qualname__` autograd's, `fun` NumPy's own callable.
    throw PythonError.limit(
      "the attribute \(name) of autograd.numpy's functions is not part of the snippet language (Python has it)")
  }

  /// The `__name__` autograd copies from NumPy's callable: NumPy's own for its functions and ufuncs (`absolute` for
  /// `abs`), autograd's where it defines the function itself (`<lambda>` for `concatenate`); nil for a callable that is
  /// not one of NumPy's functions (a random generator's method), whose name is refused.
  private static func numpyName(of inner: Value) -> String? {
    guard case .function(let qualified) = inner else { return nil }
    let name = Interpreter.shortName(qualified)
    return AutogradNumpyNames.ownNames[qualified] ?? PythonNames.numpyAliasNames[name] ?? name
  }

  /// Why echoing or printing autograd's function is refused: Python prints it with its address.
  static let printRefusal = PythonError.limit(
    "autograd.numpy's functions are Python functions of autograd's, printed with their memory address "
      + "(`<function primitive.<locals>.f_wrapped at 0x…>`), which differs on every run: call it instead")
}

extension Value {
  /// NumPy's callable for autograd's function standing for it; any other value as it is.
  @inline(__always)
  var unwrappingAutogradFunction: Value {
    if case .wrapped(.autogradFunction, let inner) = self { return inner }
    return self
  }
}
