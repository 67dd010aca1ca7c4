import SourceText
import TensorCore

/// The standard-library modules snippets can import besides NumPy, math and autograd: most are written in the
/// snippet language itself (ModuleSources.swift) and run once per chapter on first use, in a frame of their own;
/// `copy` and `random` are native. Modules that read the clock, files or the network are refused by name.
enum PythonModules {
  /// Modules written in the snippet language, by name.
  static let sources: [String: String] = [
    "collections": ModuleSources.collections, "itertools": ModuleSources.itertools,
    "functools": ModuleSources.functools, "operator": ModuleSources.operator, "string": ModuleSources.string,
    "typing": ModuleSources.typing, "__future__": ModuleSources.future, "dataclasses": ModuleSources.dataclasses,
    "sys": ModuleSources.sys, "array": ModuleSources.array, "io": PythonFilesSource.io, "os": PythonFilesSource.os,
    "os.path": PythonFilesSource.osPath,
    "_numpy_files": NumpyFilesSource.source,
    "_random_instances": ModuleSources.randomInstances,
    "numpy.polynomial": ModuleSources.numpyPolynomialPackage,
    "numpy.polynomial.polynomial": ModuleSources.numpyPolynomial,
    "numpy.polynomial.polyutils": ModuleSources.numpyPolyutils,
    "numpy.polynomial._polybase": ModuleSources.numpyPolybase,
    "numpy.polynomial.chebyshev": ModuleSources.numpyChebyshev,
    "numpy.polynomial.legendre": ModuleSources.numpyLegendre,
    "numpy.polynomial.hermite": ModuleSources.numpyHermite,
    "numpy.polynomial.hermite_e": ModuleSources.numpyHermiteE,
    "numpy.polynomial.laguerre": ModuleSources.numpyLaguerre,
    "_numpy_poly1d": ModuleSources.numpyPoly1d,
    "_numpy_linalg_array_api": ModuleSources.numpyLinalgArrayAPI,
    "_numpy_nditer": ModuleSources.numpyNditer,
    "_numpy_random_seeds": ModuleSources.numpyRandomSeeds,
    "_numpy_breadth": ModuleSources.numpyBreadth + ModuleSources.numpyBreadth26 + ModuleSources.numpyBreadth27
      + ModuleSources.numpyBreadth34 + ModuleSources.numpyBreadth35
      + ModuleSources.numpyBreadth37 + ModuleSources.numpyBreadth43 + ModuleSources.numpyBreadth45,
    "numpy.ma": ModuleSources.numpyMasked,
    "_numpy_matrix": ModuleSources.numpyMatrix,
    "numpy.matlib": ModuleSources.numpyMatlib,
    "numpy.fft": ModuleSources.numpyFFT,
    "numpy.testing": ModuleSources.numpyTesting,
    "numpy.typing": ModuleSources.numpyTyping,
    "numpy.lib.recfunctions": ModuleSources.numpyRecfunctions,
    "numpy._core.numerictypes": ModuleSources.numpyNumerictypes,
    "re": ModuleSources.regex, "heapq": ModuleSources.heapq, "bisect": ModuleSources.bisect,
    "cmath": ModuleSources.cmath,
    "fractions": ModuleSources.fractions, "numbers": ModuleSources.numbers, "decimal": ModuleSources.decimal,
    "statistics": ModuleSources.statistics,
    "textwrap": ModuleSources.textwrap,
    "collections.abc": ModuleSources.collectionsAbc, "_generic_alias": ModuleSources.genericAlias,
    "enum": ModuleSources.enumModule, "abc": ModuleSources.abc, "builtins": ModuleSources.builtins,
    "_builtin_bases": ModuleSources.builtinBases, "_memoryview": ModuleSources.memoryview,
    "contextlib": ModuleSources.contextlib, "weakref": ModuleSources.weakref,
  ].merging(ModuleSources.autograd) { first, _ in first }.merging(ModuleSources.scipyStats) { first, _ in first }

  /// Each source module parsed once per process: its body as a function whose frame holds the module's names.
  static let definitions: [String: FunctionDefinition] = sources.mapValues { source in
    let (statements, errors) = Parser.parse(source)
    precondition(errors.isEmpty, "a module source does not parse: \(errors.map(\.message))")
    return FunctionDefinition(
      name: "<module>", qualifiedName: "<module>", parameters: [], body: statements,
      range: SourceRange(
        start: 0, end: 0, startLocation: SourcePosition(line: 1, column: 1),
        endLocation: SourcePosition(line: 1, column: 1)))
  }

  /// The native modules' members.
  static let nativeMembers: [String: Set<String>] = [
    "copy": ["copy", "deepcopy"],
    "random": [
      "seed", "random", "getrandbits", "randrange", "randint", "choice", "shuffle", "sample", "choices", "uniform",
      "gauss", "normalvariate", "expovariate", "triangular", "gammavariate", "betavariate", "lognormvariate",
      "paretovariate", "weibullvariate", "vonmisesvariate",
    ],
  ]

  /// Every module an `import` may name beyond NumPy's, math, autograd and matplotlib.
  static var importable: Set<String> {
    Set(sources.keys.filter { !$0.hasPrefix("_") || $0.hasPrefix("__") }).union(nativeMembers.keys)
  }

  /// Modules refused by name, with the reason (their results depend on the machine, the clock or the outside world,
  /// so a page could not be rebuilt to the same text).
  static func refusal(_ module: String) -> String? {
    let root = String(module.split(separator: ".").first ?? Substring(module))
    switch root {
    case "time", "datetime", "timeit", "calendar":
      return "module '\(module)' is not available in snippets: it reads the clock, so a page would change each build"
    case "pathlib", "shutil", "glob", "tempfile", "subprocess", "platform", "pickle", "json",
      "csv", "sqlite3", "gzip", "zipfile", "tarfile", "urllib", "http", "socket", "requests", "threading",
      "multiprocessing", "asyncio", "logging", "warnings", "importlib", "inspect", "gc", "ctypes", "signal", "uuid",
      "secrets", "hashlib":
      return "module '\(module)' is not available in snippets: it reaches files, the process or the outside world"
    default: return nil
    }
  }

  /// Python builtins beyond Builtins.pythonFunctions that this layer implements.
  static let extraBuiltins: Set<String> = [
    "bin", "hex", "oct", "hash", "issubclass", "delattr", "frozenset", "slice", "id", "vars", "dir", "bytes",
    "open", "bytes.fromhex", "bytearray", "dict.fromkeys", "float.fromhex", "int.from_bytes", "str.maketrans",
    "memoryview", "object.__setattr__",
  ]

  /// Functions only module code sees: what the modules need from the interpreter.
  static let internalFunctions: Set<String> = [
    "__docbuild_emulate__", "__docbuild_fields__", "__docbuild_random_new__", "__docbuild_random__",
    "__docbuild_file__", "__docbuild_primitive__", "__docbuild_refuse__", "__docbuild_special__",
    "__docbuild_warn_on_write__",
    "__docbuild_recfunction_view__", "__docbuild_re__", "__docbuild_fft__", "__docbuild_new__",
    "__docbuild_function_dict__", "__docbuild_pcg64__", "__docbuild_defines__", "__docbuild_metaclass__",
    "__docbuild_class_body__", "__docbuild_dispatch_annotation__", "__docbuild_own__", "__docbuild_module_of__",
    "__docbuild_abstract_base__", "__docbuild_protocol__", "__docbuild_builtin__", "__docbuild_runtime_protocol__",
    "__docbuild_make_class__",
    "__docbuild_builtin_base__", "__docbuild_raw__", "__docbuild_operand__", "__docbuild_generic__",
    "__docbuild_overrides__", "__docbuild_array_of__", "__docbuild_axis_error__", "__docbuild_weakref__",
    "__docbuild_freeze__", "__docbuild_named_like__", "__docbuild_pcg64_state__", "__docbuild_heap__",
  ]

  /// True for `.function` names this layer calls.
  static func isNative(_ name: String) -> Bool {
    extraBuiltins.contains(name) || internalFunctions.contains(name) || name.hasPrefix("copy.")
      || name.hasPrefix("random.") || ChapterFiles.numpyFunctions.contains(name)
  }
}

extension Interpreter {
  /// `module.name` for the modules of this layer; nil for other modules.
  mutating func pythonModuleMember(_ module: String, _ name: String) throws(PythonError) -> Value? {
    if module == "random", name == "Random" {
      // A class written in the snippet language whose methods run the module's functions on the instance's state.
      return try pythonModuleMember("_random_instances", "Random")
    }
    if module == "os", name == "path" { return .module("os.path") }
    // CPython's start-up (`site`) imports collections.abc, so `collections.abc` is there without an import of it.
    if module == "collections", name == "abc" { return .module("collections.abc") }
    if module == "decimal", name == "ContextManager" {
      // The class `localcontext()` returns: the C module does not name it.
      throw PythonError("AttributeError", "module 'decimal' has no attribute 'ContextManager'")
    }
    if module == "numpy.lib", name == "recfunctions" { return .module("numpy.lib.recfunctions") }
    if module == "scipy", name == "optimize" { return .module("scipy.optimize") }
    if module == "autograd", ["util", "tracer", "extend"].contains(name) {
      // Submodules `import autograd` itself loads, so CPython has them as attributes.
      return .module("autograd.\(name)")
    }
    if module == "autograd", ModuleSources.autogradHigherNames.contains(name) {
      // autograd's higher-order operators: written in the snippet language (AutogradSources.swift).
      return try pythonModuleMember("_autograd_higher", name)
    }
    if module == "numpy.random", ModuleSources.numpyRandomSeedsNames.contains(name) {
      // `np.random.SeedSequence` and `PCG64`: written in the snippet language (NumpyRandomSeedsSource.swift).
      return try pythonModuleMember("_numpy_random_seeds", name)
    }
    if module == "numpy", name == "nditer" {
      // `np.nditer`: written in the snippet language (NumpyNditerSource.swift).
      return try pythonModuleMember("_numpy_nditer", name)
    }
    if module == "numpy",
      ModuleSources.numpyBreadthNames.contains(name) || ModuleSources.numpyBreadth26Names.contains(name)
        || ModuleSources.numpyBreadth27Names.contains(name) || ModuleSources.numpyBreadth34Names.contains(name)
        || ModuleSources.numpyBreadth35Names.contains(name) || ModuleSources.numpyBreadth37Names.contains(name)
        || ModuleSources.numpyBreadth45Names.contains(name)
    {
      // NumPy 2.4's short compositions (`np.tril_indices_from`, `np.cumulative_sum`, …; NumpyBreadthSource.swift).
      return try pythonModuleMember("_numpy_breadth", name)
    }
    if module == "numpy.linalg", ["outer", "cond", "tensorinv"].contains(name) {
      return try pythonModuleMember("_numpy_breadth", name)
    }
    if module == "numpy.linalg", ModuleSources.numpyLinalgArrayAPINames.contains(name) {
      // NumPy 2's array-API functions of `np.linalg` (NumpyLinalgArrayAPISource.swift).
      return try pythonModuleMember("_numpy_linalg_array_api", name)
    }
    if module == "numpy", ModuleSources.numpyMatrixNames.contains(name) {
      // `np.matrix` and `np.asmatrix`: written in the snippet language (NumpyMatrixSource.swift); from now on NumPy
      // functions look for matrices among their arguments (`callFunction`).
      matricesInUse = true
      if let refusal = NumpyMatrices.refusalUnderGradient() { throw refusal }
      return try pythonModuleMember("_numpy_matrix", name)
    }
    if module == "numpy.matlib", !ModuleSources.numpyMatlibNames.contains(name), !name.hasPrefix("_") {
      // numpy/matlib.py starts with `from numpy import *`.
      return try attributeValue(.module("numpy"), name)
    }
    if module == "numpy", ModuleSources.numpyPoly1dNames.contains(name) {
      // `np.poly1d` and its functions: written in the snippet language (NumpyPoly1dSource.swift).
      return try pythonModuleMember("_numpy_poly1d", name)
    }
    if let members = PythonModules.nativeMembers[module] {
      guard members.contains(name) else {
        throw PythonError("AttributeError", "module '\(module)' has no attribute '\(name)'")
      }
      return .function("\(module).\(name)")
    }
    if module == "numpy.typing", ModuleSources.numpyTypingRefused.contains(name) {
      throw NumpyArrays.unsupported("numpy.typing.\(name) is not part of the snippet language (Python has it)")
    }
    if module == "numpy.testing", !name.hasPrefix("_"), !NumpyTestingNames.defined.contains(name),
      NumpyTestingNames.numpys.contains(name)
    {
      throw NumpyArrays.unsupported("numpy.testing.\(name) is not part of the snippet language (Python has it)")
    }
    // `np.x` and `math.x` come here first: answering them from `sources` keeps them from parsing every module source.
    guard PythonModules.sources[module] != nil, let definition = PythonModules.definitions[module] else { return nil }
    let frame = try loadModule(module, definition)
    // A module's private names are its own, but a module loading may import another's (numpy.polynomial's bases
    // share polyutils' `_add`, `_fit`, …), as CPython lets it, and a snippet may reach those NumPy has.
    let isVisible =
      !name.hasPrefix("_") || name.hasPrefix("__") || runningModule != nil
      || PythonNames.numpyPolynomialPrivateNames[module]?.contains(name) == true
    guard let slot = definition.slotIndex[name], isVisible, let value = frame[slot] else {
      throw PythonError("AttributeError", "module '\(module)' has no attribute '\(name)'")
    }
    return value
  }

  /// Runs a source module's body once per chapter, in a frame of its own.
  mutating func loadModule(_ module: String, _ definition: FunctionDefinition) throws(PythonError) -> Scope {
    if let frame = loadedModules[module] { return frame }
    let frame = Scope.make(definition: definition, parent: nil)
    cycles.register(scope: frame)
    let saved = (scope, origin, code, currentClosure, runningModule)
    scope = frame
    origin = CodeOrigin()
    code = Array((PythonModules.sources[module] ?? "").utf8)
    currentClosure = nil
    runningModule = module
    defer { (scope, origin, code, currentClosure, runningModule) = saved }
    _ = try run(definition.body)
    loadedModules[module] = frame
    return frame
  }

  /// Calls a function of this layer: the extra builtins, `copy` and `random`.
  mutating func callNative(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    if name.hasPrefix("random.") { return try callPythonRandom(String(name.dropFirst(7)), call) }
    switch name {
    case "memoryview":
      // A class of its own (MemoryviewSource.swift), called in the builtin's name.
      let type = try pythonModuleMember("_memoryview", "memoryview") ?? .none
      return try callValue(type, call)
    case "copy.copy":
      return try shallowCopy(try call.bind(["x"], required: 1).value("x"))
    case "copy.deepcopy":
      var memo: [ObjectIdentifier: Value] = [:]
      return try deepCopy(try call.bind(["x", "memo"], required: 1).value("x"), memo: &memo, depth: 0)
    case "bin", "hex", "oct":
      try call.rejectKeywords()
      guard call.positional.count == 1 else {
        throw PythonError.type("\(name)() takes exactly one argument (\(call.positional.count) given)")
      }
      var argument = call.positional[0]
      // An object is asked its `__index__` (an IntEnum member, an int subclass's; sys.hexversion's refuses).
      if case .object(let object) = argument, let index = try callSpecial(object, "__index__", []) {
        guard index.bigInteger != nil, index.typeName == "int" || index.typeName == "bool" else {
          throw PythonError.type("__index__ returned non-int (type \(index.typeName))")
        }
        argument = index
      }
      if case .tensor = argument, let integer = try argument.indexInteger() {
        // A NumPy integer, or a 0-d integer array, by its `__index__`.
        argument = .integer(integer)
      }
      guard let integer = argument.bigInteger, argument.typeName != "float" else {
        throw PythonError.type("'\(call.positional[0].typeName)' object cannot be interpreted as an integer")
      }
      let negative = integer.compare(BigInt(0)) < 0
      let radix = name == "bin" ? 2 : name == "hex" ? 16 : 8
      let digits = (negative ? -integer : integer).powerOfTwoDigits(radix: radix)
      return .string((negative ? "-" : "") + "0" + (name == "bin" ? "b" : name == "hex" ? "x" : "o") + digits)
    case "hash":
      try call.rejectKeywords()
      guard call.positional.count == 1 else {
        throw PythonError.type("hash() takes exactly one argument (\(call.positional.count) given)")
      }
      if case .object(let object) = call.positional[0],
        (object.type.module == "decimal" && object.type.name == "Decimal")
          || (object.type.module == "fractions" && object.type.name == "Fraction"),
        let hash = try callSpecial(object, "__hash__", [])
      {
        // decimal.Decimal's and fractions.Fraction's numeric hash, equal to the int's or float's of the same value.
        return hash
      }
      if case .object(let object) = call.positional[0], let hash = try snippetClassHash(object) { return hash }
      return try pythonHash(call.positional[0])
    case "issubclass":
      try call.rejectKeywords()
      guard call.positional.count == 2 else {
        throw PythonError.type("issubclass expected 2 arguments, got \(call.positional.count)")
      }
      return .bool(try isSubclass(call.positional[0], call.positional[1]))
    case "delattr":
      try call.rejectKeywords()
      guard call.positional.count == 2 else {
        throw PythonError.type("delattr expected 2 arguments, got \(call.positional.count)")
      }
      guard case .string(let attribute) = call.positional[1] else {
        throw PythonError.type("attribute name must be string, not '\(call.positional[1].typeName)'")
      }
      try deleteAttribute(call.positional[0], attribute)
      return .none
    case "slice":
      try call.rejectKeywords()
      func part(_ value: Value?) throws(PythonError) -> Int? {
        guard let value, !value.isNone else { return nil }
        guard let int = value.bigInteger?.asInt else {
          // CPython's slice holds any objects (`slice('a', 'b')`); snippets' slices hold ints: a limit, not an error.
          throw PythonError.limit("snippets' slice() takes ints or None, not \(value.typeName)")
        }
        return int
      }
      let p = call.positional
      switch p.count {
      case 1: return .slice(nil, try part(p[0]), nil)
      case 2: return .slice(try part(p[0]), try part(p[1]), nil)
      case 3: return .slice(try part(p[0]), try part(p[1]), try part(p[2]))
      default: throw PythonError.type("slice expected at least 1 argument, got \(p.count)")
      }
    case "__docbuild_primitive__":
      return try callPrimitive(call)
    case "bytes":
      if case .iterator(let box)? = call.positional.first, box.isLazy, call.positional.count == 1,
        call.keywords.isEmpty
      {
        return PythonBytes.value(try bytesFromIterator(box, singular: false))
      }
      return try PythonBytes.construct(call)
    case "bytes.fromhex": return try PythonBytes.fromHex(call)
    case "dict.fromkeys", "float.fromhex", "int.from_bytes", "str.maketrans":
      let parts = name.split(separator: ".").map(String.init)
      try MethodSignature.check(parts[0], parts[1], call)
      switch name {
      case "dict.fromkeys":
        let dict = DictBox()
        let value = call.positional.count == 2 ? call.positional[1] : .none
        for key in try iterate(call.positional[0]) { try dict.set(key, value) }
        return .dict(dict)
      case "float.fromhex": return try BuiltinClassMethods.floatFromHex(call.positional[0])
      case "int.from_bytes": return try BuiltinClassMethods.intFromBytes(call)
      default: return try BuiltinClassMethods.maketrans(call)
      }
    case "__docbuild_special__":
      return try callScipySpecial(call)
    case "__docbuild_recfunction_view__":
      return try recfunctionView(call)
    case "__docbuild_re__":
      return try callRegex(call)
    case "__docbuild_fft__":
      return try callFFT(call)
    case "__docbuild_heap__":
      return try NativeHeaps.call(call)
    case "__docbuild_axis_error__":
      // NumPy's AxisError, which module code cannot construct (`numpy.exceptions` is not in the language).
      guard call.positional.count == 1, case .string(let message) = call.positional[0] else {
        throw PythonError.type("__docbuild_axis_error__(message)")
      }
      throw PythonError("AxisError", message)
    case "__docbuild_warn_on_write__":
      return try BroadcastArrays.markWarnsOnWrite(call)
    case "__docbuild_refuse__":
      // What autograd computes but docbuild does not: never an expected output.
      guard call.positional.count == 1, case .string(let message) = call.positional[0] else {
        throw PythonError.type("__docbuild_refuse__(message)")
      }
      var error = PythonError("NotImplementedError", message)
      error.isLimit = true
      throw error
    case "__docbuild_abstract_base__":
      return try markAbstractBase(call)
    case "__docbuild_protocol__":
      return try markProtocolRoot(call)
    case "__docbuild_runtime_protocol__":
      return try markRuntimeProtocol(call)
    case "__docbuild_emulate__":
      guard call.positional.count == 2, case .classObject(let type) = call.positional[0],
        case .string(let builtin) = call.positional[1]
      else { throw PythonError.type("__docbuild_emulate__(class, name)") }
      type.emulates = builtin
      return .none
    case "__docbuild_random_new__":
      // Each instance keeps its own MT19937 state (2.5 KB): a bound keeps a loop making them inside the limits.
      guard pythonRandomInstances.count < 10_000 else {
        var error = PythonError("MemoryError", "a chapter may make at most 10,000 random.Random instances")
        error.isLimit = true
        throw error
      }
      pythonRandomInstances.append(PythonRandom())
      return .int(pythonRandomInstances.count - 1)
    case "__docbuild_pcg64__":
      return try seededGenerator(call)
    case "__docbuild_pcg64_state__":
      return try bitGeneratorState(call)
    case "__docbuild_random__":
      guard call.positional.count >= 2, case .int(let handle) = call.positional[0],
        pythonRandomInstances.indices.contains(handle), case .string(let method) = call.positional[1]
      else { throw PythonError.type("__docbuild_random__(handle, method, ...)") }
      var forwarded = call
      forwarded.positional = Array(call.positional.dropFirst(2))
      forwarded.positionalTexts = Array(call.positionalTexts.dropFirst(2))
      forwarded.function = method
      swap(&pythonRandom, &pythonRandomInstances[handle])
      // An instance's seed() starts the instance anew, not the module's stream.
      let moduleRefusal = randomRefusal.python
      defer {
        swap(&pythonRandom, &pythonRandomInstances[handle])
        randomRefusal.python = moduleRefusal
      }
      return try callPythonRandom(method, forwarded)
    case "frozenset": return try makeSet(call, frozen: true)
    case "__docbuild_file__": return try callChapterFiles(call)
    case "open": return try callFileFunction("io", "open", call)
    case _ where ChapterFiles.numpyFunctions.contains(name):
      return try callFileFunction("_numpy_files", String(name.dropFirst("numpy.".count)), call)
    case "vars" where call.positional.count == 1 && call.keywords.isEmpty:
      // An instance's own attributes: its live __dict__. Classes and modules (a mappingproxy) and `vars()` (the
      // frame's locals) fall through to the refusal below.
      switch call.positional[0] {
      case .object(let object) where object.type.instanceSlots != nil || object.type.isWeakReferenceType:
        throw PythonError.type("vars() argument must have __dict__ attribute")
      case .object: return try attribute(of: call.positional[0], "__dict__")
      case .none, .bool, .int, .bigInt, .float, .complex, .string, .tuple, .list, .dict, .set, .range, .slice:
        throw PythonError.type("vars() argument must have __dict__ attribute")
      default: throw Self.unsupportedBuiltin(name)
      }
    case "dir" where call.keywords.isEmpty && call.positional.count <= 1:
      let value = call.positional.first
      guard let value, let names = DirListing.names(of: value) else { throw DirListing.refusal(value) }
      return try .makeList(names.map { .string($0) })
    case "__docbuild_generic__":
      guard call.positional.count == 1, case .classObject(let type) = call.positional[0] else {
        throw PythonError.type("__docbuild_generic__(class)")
      }
      type.isGenericRoot = true
      return .none
    case "__docbuild_builtin_base__", "__docbuild_raw__", "__docbuild_operand__", "__docbuild_overrides__":
      return try callBuiltinBaseFunction(name, call) ?? .none
    case "__docbuild_new__":
      // `cls.__new__(cls)` for a plain class (autograd.tracer's Node.new_root): an instance whose `__init__` is not run.
      guard call.positional.count == 1, case .classObject(let type) = call.positional[0], !type.derivesFromArray,
        type.exceptionBase == nil
      else { throw PythonError.type("__docbuild_new__(class)") }
      try checkObjectBudget(adding: true)
      let box = ObjectBox(type: type)
      cycles.register(object: box)
      return .object(box)
    case "__docbuild_function_dict__":
      // A function's `__dict__` items (its own attributes, `__wrapped__` included), in the order they were set;
      // a builtin has none. Other callables' are refused (a class's `__dict__` is its whole namespace).
      guard call.positional.count == 1 else { throw PythonError.type("__docbuild_function_dict__(function)") }
      switch call.positional[0] {
      case .userFunction(let closure):
        return try .makeList(
          closure.assigned.filter { $0.name != "__doc__" && $0.name != "__module__" }.map {
            .tuple(ValueList([.string($0.name), $0.value]))
          })
      case .function: return try .makeList([])
      default:
        throw PythonError.limit(
          "functools.wraps of a \(call.positional[0].typeName) is not supported in snippets (it copies the object's "
            + "__dict__)")
      }
    case "__docbuild_metaclass__":
      // The standard library's metaclass for a class of its own (enum's EnumType for Enum), see Metaclasses.swift.
      guard runningModule != nil, call.positional.count == 2, case .classObject(let type) = call.positional[0],
        case .classObject(let metaclass) = call.positional[1]
      else { throw PythonError.type("__docbuild_metaclass__(class, metaclass)") }
      type.metaclass = metaclass
      return .none
    case "__docbuild_class_body__": return try classBody(call)
    case "__docbuild_builtin__":
      // The builtin of that name, for the `builtins` module (whose body, run as a function, cannot read a builtin
      // under the name it binds).
      guard call.positional.count == 1, case .string(let name) = call.positional[0] else {
        throw PythonError.type("__docbuild_builtin__(name)")
      }
      return try lookUpBuiltin(name)
    case "__docbuild_dispatch_annotation__":
      // functools.singledispatch's `register` by annotation: the first annotated parameter's name and the classes its
      // annotation names (Closure.dispatchAnnotation); None for a function without annotations, False for one whose
      // first annotation snippets did not keep.
      guard call.positional.count == 1 else { throw PythonError.type("__docbuild_dispatch_annotation__(function)") }
      guard case .userFunction(let closure) = call.positional[0] else { return .none }
      if let found = closure.dispatchAnnotation {
        return try .makeTuple([.string(found.name), try .makeTuple(found.classes)])
      }
      let definition = closure.definition
      let annotated = definition.returnAnnotation != nil || definition.parameters.contains { $0.annotation != nil }
      return annotated ? .bool(false) : .none
    case "__docbuild_defines__":
      // Whether a snippet class or one of its bases binds the name (object's own methods do not count).
      guard call.positional.count == 2, case .classObject(let type) = call.positional[0],
        case .string(let name) = call.positional[1]
      else { throw PythonError.type("__docbuild_defines__(class, name)") }
      return .bool(type.lookUp(name) != nil)
    case "__docbuild_module_of__":
      // The module of an object's class (`typing` for a typing form), None for any other value.
      guard call.positional.count == 1 else { throw PythonError.type("__docbuild_module_of__(value)") }
      guard case .object(let object) = call.positional[0] else { return .none }
      return .string(object.type.module)
    case "__docbuild_array_of__":
      // The array an instance of an np.ndarray subclass views (np.matrix's own methods compute with it).
      guard call.positional.count == 1, case .object(let object) = call.positional[0], let array = object.array else {
        throw PythonError.type("__docbuild_array_of__(instance)")
      }
      if let refusal = NumpyMatrices.refusalUnderGradient() { throw refusal }
      return .tensor(array)
    case "__docbuild_named_like__":
      // `__docbuild_named_like__(result, parts)`: a named tuple of the class of NumPy's `result` (`SVDResult`,
      // `EigResult`) holding `parts`, as np.linalg builds one around the parts it wrapped as np.matrix.
      guard call.positional.count == 2, case .tuple(let result) = call.positional[0], let type = result.namedType,
        case .list(let parts) = call.positional[1], parts.count == type.fields.count
      else { throw PythonError.type("__docbuild_named_like__(named_tuple, parts)") }
      return try .makeNamedTuple(type, parts.items)
    case "__docbuild_own__":
      // Whether the class itself binds the name (its bases not counted).
      guard call.positional.count == 2, case .classObject(let type) = call.positional[0],
        case .string(let name) = call.positional[1]
      else { throw PythonError.type("__docbuild_own__(class, name)") }
      return .bool(type.attributes[name] != nil)
    case "__docbuild_make_class__":
      // `__docbuild_make_class__(name, annotated_names, module)`: a plain class as `types.new_class` makes one for
      // dataclasses.make_dataclass, annotated with the field names (their types are not kept).
      guard call.positional.count == 3, case .string(let name) = call.positional[0],
        case .list(let names) = call.positional[1], case .string(let module) = call.positional[2]
      else { throw PythonError.type("__docbuild_make_class__(name, names, module)") }
      let type = ClassBox(name: name, qualifiedName: name, bases: [], ancestors: [], attributes: [:])
      type.module = module
      type.annotations = names.map { if case .string(let field) = $0 { field } else { "" } }
      cycles.register(type: type)
      return .classObject(type)
    case "object.__setattr__":
      try call.rejectKeywords()
      guard call.positional.count == 3 else {
        throw PythonError.type("expected 3 arguments, got \(call.positional.count)")
      }
      guard case .string(let attribute) = call.positional[1] else {
        throw PythonError.type("attribute name must be string, not '\(call.positional[1].typeName)'")
      }
      guard case .object = call.positional[0] else {
        throw PythonError.limit("object.__setattr__ of a '\(call.positional[0].typeName)' is not supported in snippets")
      }
      // object's own __setattr__ passes over the one a frozen dataclass writes.
      let saved = settingPastFrozen
      settingPastFrozen = true
      defer { settingPastFrozen = saved }
      try setAttribute(call.positional[0], attribute, call.positional[2])
      return .none
    case "__docbuild_weakref__":
      guard call.positional.count == 1 else { throw PythonError.type("__docbuild_weakref__(reference)") }
      return try weakReferent(call.positional[0])
    case "__docbuild_freeze__":
      // `__docbuild_freeze__(class, field_names)`: dataclass(frozen=True)'s __setattr__ and __delattr__.
      guard call.positional.count == 2, case .classObject(let type) = call.positional[0],
        case .list(let names) = call.positional[1]
      else { throw PythonError.type("__docbuild_freeze__(class, names)") }
      type.frozenFields = Set(names.compactMap { if case .string(let name) = $0 { name } else { nil } })
      frozenClassesExist = true
      return .none
    case "__docbuild_fields__":
      guard call.positional.count == 1, case .classObject(let type) = call.positional[0] else {
        throw PythonError.type("__docbuild_fields__(class)")
      }
      return try .makeList(type.annotations.map { .string($0) })
    default:
      throw Self.unsupportedBuiltin(name)
    }
  }

  /// The NameError of a Python builtin the snippet language leaves out, saying why; a refusal, never expected output.
  private static func unsupportedBuiltin(_ name: String) -> PythonError {
    var error = PythonError(
      "NameError",
      "name '\(name)' is not defined: Python's \(name)() is not part of the snippet language ("
        + (name == "id"
          ? "it gives a memory address, which differs on every run)"
          : name == "bytes" ? "snippets have no bytes values)" : "not implemented)"))
    error.isLimit = true
    return error
  }

  /// `hash(obj)` of a snippet class's object whose class defines `__hash__`: what it returns, as CPython's slot
  /// takes it (an int that fits a machine word as it is, -1 made -2; a bigger one hashed as an int); nil for other
  /// objects.
  private mutating func snippetClassHash(_ object: ObjectBox) throws(PythonError) -> Value? {
    let order = object.type.resolutionOrder
    guard
      let owner = order.firstIndex(where: { $0.attributes["__hash__"] != nil || $0.attributes["__eq__"] != nil }),
      order[...owner].allSatisfy({ $0.module == "__main__" && $0.emulates == nil && !$0.isBuiltinStandIn }),
      let method = order[owner].attributes["__hash__"], !method.isNone, !object.type.derivesFromArray,
      let result = try callSpecial(object, "__hash__", [])
    else { return nil }
    switch result {
    case .int(let value): return .int(value == -1 ? -2 : value)
    case .bool(let value): return .int(value ? 1 : 0)
    case .bigInt: return PythonHash.of(result).map(Value.int)
    default: throw PythonError.type("__hash__ method should return an integer")
    }
  }

  /// Python's `hash` for the values whose hash does not depend on the process (ints, floats, bools, None-free tuples
  /// of them); strings hash differently in every CPython process, so their hash is refused.
  private func pythonHash(_ value: Value) throws(PythonError) -> Value {
    if let hash = PythonHash.of(value) { return .int(hash) }
    if case .object(let object) = value {
      // A class with `__eq__` and no `__hash__` (or `__hash__ = None`) makes its objects unhashable, as dict keys.
      do { try object.type.checkDefaultHash() } catch { if !error.isLimit { throw error } }
    }
    switch value {
    case .list, .dict:
      throw PythonError.type("unhashable type: '\(value.typeName)'")
    case .object(let object) where object.type.derivesFromArray:
      throw PythonError.type("unhashable type: '\(object.type.name)'")
    case .set(let set):
      guard set.isFrozen else { throw PythonError.type("unhashable type: 'set'") }
      // A frozenset of a str (or another varying hash) falls to the refusal below.
      fallthrough
    default:
      var error = PythonError(
        "TypeError",
        "snippets compute hash() of numbers and tuples of them only: a str's hash varies with PYTHONHASHSEED, None's "
          + "and other objects' with their address")
      error.isLimit = true
      throw error
    }
  }

  private mutating func isSubclass(_ type: Value, _ ancestor: Value) throws(PythonError) -> Bool {
    if case .tuple(let options) = ancestor {
      for option in options where try isSubclass(type, option) { return true }
      return false
    }
    if let members = Self.unionMembers(ancestor) { return try isSubclass(type, members) }
    if let error = Self.protocolCheckError(ancestor) { throw error }
    if case .classObject(let protocolType) = ancestor, protocolType.isProtocol {
      return try conformsToProtocol(type, protocolType)
    }
    if Self.isAbstractBaseClass(type) || Self.isAbstractBaseClass(ancestor) {
      throw Self.abstractBaseClassRefusal("issubclass")
    }
    if Self.isGenericAlias(ancestor) {
      throw PythonError.type("issubclass() argument 2 cannot be a parameterized generic")
    }
    if Self.isGenericAlias(type) { throw PythonError.type("issubclass() arg 1 must be a class") }
    if case .classObject(let tower) = ancestor, tower.module == "numbers",
      let answer = NumbersModule.isSubclass(type, of: tower.name)
    {
      return answer
    }
    switch (type, ancestor) {
    case (.classObject(let a), .classObject(let b)): return a.isSubclass(of: b)
    case (.classObject(let a), .function(let b)):
      if b == "object" { return true }
      if Builtins.exceptionBases[b] != nil { return Builtins.exception(a.exceptionBase ?? "", isA: b) }
      return a.emulatedBuiltin == b
    // NumPy's scalar types: np.float64 subclasses float and np.complex128 complex; each is under its abstract types.
    case (.scalarType(let a), .scalarType(let b)): return a == b
    case (.scalarType(let a), .function(let b)):
      if b == "object" { return true }
      if let includes = NumpyAbstractTypes.classify(b) { return includes(a) }
      if b == "float" || b == "complex" { return a == (b == "float" ? .float64 : .complex128) }
      if ["numpy.ndarray", "numpy.datetime64", "numpy.timedelta64"].contains(b) { return false }
      if b.hasPrefix("numpy.") { throw NumpyArrays.unsupported("issubclass(numpy.\(a.rawValue), \(b))") }
      guard Builtins.isType(b) else {
        throw PythonError.type("issubclass() arg 2 must be a class, a tuple of classes, or a union")
      }
      return false
    // Python's builtin types derive from no NumPy class.
    case (.function(let a), .function(let b))
    where !a.hasPrefix("numpy.") && Builtins.pythonTypes.contains(a)
      && b.hasPrefix("numpy.") && Builtins.isType(b):
      return false
    case (.function(let a), .function(let b))
    where a != b && b != "object" && (a.hasPrefix("numpy.") || b.hasPrefix("numpy.")):
      // NumPy's class tree (np.recarray derives from np.ndarray, np.str_ from str) is not the language's.
      throw NumpyArrays.unsupported("issubclass(\(a), \(b))")
    case (.function(let a), .function(let b)):
      if b == "object" || a == b { return true }
      if Builtins.exceptionBases[a] != nil, Builtins.exceptionBases[b] != nil { return Builtins.exception(a, isA: b) }
      return a == "bool" && b == "int"
    case (.classObject, .object(let form)), (.function, .object(let form)), (.scalarType, .object(let form)):
      if form.type.module == "typing" { throw Self.typingFormRefusal("issubclass") }
      throw PythonError.type("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    case (.function, .classObject): return false
    case (.scalarType, .classObject), (.function, .scalarType), (.classObject, .scalarType): return false
    case (.classObject, _), (.function, _), (.scalarType, _):
      throw PythonError.type("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    default:
      throw PythonError.type("issubclass() arg 1 must be a class")
    }
  }

  /// `copy.copy`: a new container holding the same items; immutable values are themselves.
  private mutating func shallowCopy(_ value: Value) throws(PythonError) -> Value {
    switch value {
    case .list(let items): return try .makeList(Array(items))
    case .dict(let dict): return try .makeDict(Array(zip(dict.keys, dict.values)))
    case .set(let set) where set.isFrozen: return value
    case .set(let set): return .set(try set.copied())
    case .tensor(let tensor) where !tensor.isScalar: return .tensor(try core { try tensor.copy() })
    case .objectArray(let array): return .objectArray(array.copied())
    case .rawArray(let array): return .rawArray(try array.copied())
    case .bytearray(let memory): return .bytearray(ByteMemory(memory.bytes, isMutable: true))
    case .object(let object) where object.type.isWeakReferenceType:
      // The copy module hands a weak reference back as it is.
      return value
    case .object(let object) where object.type.builtinStandInAncestor != nil && object.type.lookUp("__copy__") == nil:
      throw BuiltinSubclasses.copyRefusal(object.type, "copy.copy")
    case .object(let object):
      if let result = try callSpecial(object, "__copy__", []) { return result }
      let copy = ObjectBox(type: object.type)
      copy.attributes = object.attributes
      if object.type.resolutionOrder.contains(where: { $0.module == "collections" && $0.name.hasPrefix("User") }),
        let data = object.attributes["data"]
      {
        // CPython's UserDict and UserList copy their data in `__copy__`, a subclass's other attributes shared.
        copy.attributes["data"] = try shallowCopy(data)
      }
      if object.type.emulatedBuiltin == "dict", let items = object.attributes["_data"] {
        // Counter, OrderedDict and defaultdict copy their items (their `__reduce__`), never sharing them; a subclass's
        // `__reduce__` calls its own `__init__`, which snippets do not follow.
        guard object.type.module == "collections" else {
          throw PythonError.limit(
            "copy.copy of a '\(object.type.name)' object (a subclass of a collections class) is not part of the "
              + "snippet language: CPython rebuilds it through the class's own __init__")
        }
        copy.attributes["_data"] = try shallowCopy(items)
      }
      try checkObjectBudget(adding: true)
      return .object(copy)
    default: return value
    }
  }

  /// How deeply `copy.deepcopy` may nest; CPython's recursion limit stops it too, somewhat later.
  static let maxCopyDepth = 200

  /// `copy.deepcopy`: containers, arrays and objects copied all the way down, shared objects copied once.
  private mutating func deepCopy(_ value: Value, memo: inout [ObjectIdentifier: Value], depth: Int)
    throws(PythonError) -> Value
  {
    try tick()
    guard depth < Self.maxCopyDepth else {
      var error = PythonError(
        "RecursionError", "maximum recursion depth exceeded (snippets' deepcopy nests at most \(Self.maxCopyDepth))")
      error.isLimit = true
      throw error
    }
    switch value {
    case .list(let items):
      if let done = memo[ObjectIdentifier(items)] { return done }
      var copies: [Value] = []
      for item in items { copies.append(try deepCopy(item, memo: &memo, depth: depth + 1)) }
      let copy = try Value.makeList(copies)
      memo[ObjectIdentifier(items)] = copy
      return copy
    case .tuple(let items):
      var copies: [Value] = []
      for item in items { copies.append(try deepCopy(item, memo: &memo, depth: depth + 1)) }
      return try .makeTuple(copies)
    case .dict(let dict):
      if let done = memo[ObjectIdentifier(dict)] { return done }
      var pairs: [(Value, Value)] = []
      for (key, item) in zip(dict.keys, dict.values) {
        pairs.append((key, try deepCopy(item, memo: &memo, depth: depth + 1)))
      }
      let copy = try Value.makeDict(pairs)
      memo[ObjectIdentifier(dict)] = copy
      return copy
    case .set(let set):
      return .set(try set.copied())
    case .tensor(let tensor) where !tensor.isScalar: return .tensor(try core { try tensor.copy() })
    case .objectArray(let array):
      // NumPy's `ndarray.__deepcopy__`: a copy whose elements are deep copies, through the same memo.
      if let done = memo[ObjectIdentifier(array.storage)] { return done }
      var copies: [Value] = []
      for item in array.elements { copies.append(try deepCopy(item, memo: &memo, depth: depth + 1)) }
      let copy = Value.objectArray(ObjectArray(copies, shape: array.shape))
      if array.isInMemoryOrder && array.count == array.storage.items.count {
        memo[ObjectIdentifier(array.storage)] = copy
      }
      return copy
    case .rawArray(let array): return .rawArray(try array.copied())
    case .bytearray(let memory): return .bytearray(ByteMemory(memory.bytes, isMutable: true))
    case .object(let object) where object.type.isWeakReferenceType:
      return value
    case .object(let object) where object.array != nil:
      throw ArraySubclasses.refusal(object.type, "copy.deepcopy")
    case .object(let object) where object.type.builtinStandInAncestor != nil:
      throw BuiltinSubclasses.copyRefusal(object.type, "copy.deepcopy")
    case .object(let object) where object.type.metaclass != nil:
      // An enum member is its own deep copy (Enum.__deepcopy__).
      return value
    case .object(let object):
      if let done = memo[ObjectIdentifier(object)] { return done }
      let copy = ObjectBox(type: object.type)
      try checkObjectBudget(adding: true)
      memo[ObjectIdentifier(object)] = .object(copy)
      for (name, attribute) in object.attributes {
        try checkObjectBudget(adding: true)
        copy.attributes[name] = try deepCopy(attribute, memo: &memo, depth: depth + 1)
      }
      return .object(copy)
    default: return value
    }
  }
}

extension ClassBox {
  /// The builtin type this class stands in for (`tuple` for a namedtuple, `dict` for Counter), inherited.
  /// The builtin class `type()` shows for an instance of a standard-library class standing in for one (snippets'
  /// memoryview; sys.hexversion's class, an int in CPython; sys.path's, a list), nil for other classes.
  var shownBuiltinType: String? {
    if emulates == "memoryview" { return "memoryview" }
    if module == "sys", name == "_hexversion" { return "int" }
    if module == "sys", name == "_search_path" { return "list" }
    return nil
  }

  var emulatedBuiltin: String? {
    if let emulates { return emulates }
    for current in ancestors { if let emulated = current.emulates { return emulated } }
    return nil
  }
}

extension BigInt {
  /// The magnitude's digits in base 2, 8 or 16 (lowercase), without a prefix.
  func powerOfTwoDigits(radix: Int) -> String {
    let bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : 4
    var bits: [UInt8] = []
    for limb in limbs {
      for position in 0..<32 { bits.append(UInt8((limb >> UInt32(position)) & 1)) }
    }
    while bits.last == 0 { bits.removeLast() }
    if bits.isEmpty { return "0" }
    let alphabet = Array("0123456789abcdef")
    var digits: [Character] = []
    var index = 0
    while index < bits.count {
      var digit = 0
      for offset in 0..<bitsPerDigit where index + offset < bits.count {
        digit |= Int(bits[index + offset]) << offset
      }
      digits.append(alphabet[digit])
      index += bitsPerDigit
    }
    return String(digits.reversed())
  }
}

/// The names of `numpy.testing`: those its source module defines, and all NumPy 2.4.6 has (`dir()`), so that one
/// NumPy has and snippets lack is refused rather than reported as an AttributeError NumPy would not raise.
enum NumpyTestingNames {
  static let defined: Set<String> = [
    "assert_", "assert_allclose", "assert_almost_equal", "assert_array_almost_equal", "assert_array_equal",
    "assert_equal", "assert_raises", "assert_raises_regex", "assert_string_equal", "assert_array_less",
  ]
  static let numpys: Set<String> = [
    "BLAS_SUPPORTS_FPE", "HAS_LAPACK64", "HAS_REFCOUNT", "IS_64BIT", "IS_EDITABLE", "IS_INSTALLED", "IS_MUSL",
    "IS_PYPY", "IS_PYSTON", "IS_WASM", "IgnoreException", "KnownFailureException", "NOGIL_BUILD", "NUMPY_ROOT",
    "SkipTest", "TestCase", "assert_", "assert_allclose", "assert_almost_equal", "assert_approx_equal",
    "assert_array_almost_equal", "assert_array_almost_equal_nulp", "assert_array_compare", "assert_array_equal",
    "assert_array_less", "assert_array_max_ulp", "assert_equal", "assert_no_gc_cycles", "assert_no_warnings",
    "assert_raises", "assert_raises_regex", "assert_string_equal", "assert_warns", "break_cycles", "build_err_msg",
    "check_support_sve", "clear_and_catch_warnings", "decorate_methods", "extbuild", "jiffies", "measure", "memusage",
    "overrides", "print_assert_equal", "run_threaded", "rundocs", "runstring", "suppress_warnings", "tempdir",
    "temppath", "test", "verbose",
  ]
}
