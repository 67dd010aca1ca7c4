import Foundation
import TensorCore

/// The modules a snippet can import and their members: NumPy (also as `autograd.numpy`), `math`, and autograd.
enum Modules {
  /// The module value for an importable dotted name (`autograd.numpy` wraps NumPy's: see `AutogradNumpy`).
  static func module(_ path: String) -> Value {
    switch path {
    case "numpy.random": .module("numpy.random")
    default: .module(path)
    }
  }

  /// The modules of HIPS autograd 1.9.1, whose packages are those that other modules sit under.
  static let autogradModules: Set<String> = [
    "autograd", "autograd.builtins", "autograd.core", "autograd.differential_operators", "autograd.extend",
    "autograd.misc", "autograd.misc.fixed_points", "autograd.misc.flatten", "autograd.misc.optimizers",
    "autograd.misc.tracers", "autograd.numpy", "autograd.numpy.fft", "autograd.numpy.linalg",
    "autograd.numpy.numpy_boxes", "autograd.numpy.numpy_jvps", "autograd.numpy.numpy_vjps",
    "autograd.numpy.numpy_vspaces", "autograd.numpy.numpy_wrapper", "autograd.numpy.random", "autograd.scipy",
    "autograd.scipy.integrate", "autograd.scipy.linalg", "autograd.scipy.signal", "autograd.scipy.special",
    "autograd.scipy.stats", "autograd.scipy.stats.beta", "autograd.scipy.stats.chi2", "autograd.scipy.stats.dirichlet",
    "autograd.scipy.stats.gamma", "autograd.scipy.stats.multivariate_normal", "autograd.scipy.stats.norm",
    "autograd.scipy.stats.poisson", "autograd.scipy.stats.t", "autograd.test_util", "autograd.tracer",
    "autograd.util", "autograd.wrap_util",
  ]
  /// The packages among them.
  static let autogradPackages: Set<String> = [
    "autograd", "autograd.misc", "autograd.numpy", "autograd.scipy", "autograd.scipy.stats",
  ]

  /// CPython's ModuleNotFoundError for importing `path` under autograd when autograd 1.9.1 has no such module
  /// (`autograd.foo`, `autograd.util.x`), named by its first missing part as CPython names it; nil otherwise.
  static func missingModuleError(_ path: String) -> PythonError? {
    let parts = path.split(separator: ".").map(String.init)
    guard parts.first == "autograd", !autogradModules.contains(path) else { return nil }
    var prefix = parts[0]
    for part in parts.dropFirst() {
      let next = prefix + "." + part
      if !autogradModules.contains(next) {
        if autogradPackages.contains(prefix) {
          return PythonError("ModuleNotFoundError", "No module named '\(next)'")
        }
        return PythonError("ModuleNotFoundError", "No module named '\(next)'; '\(prefix)' is not a package")
      }
      prefix = next
    }
    return nil
  }

  /// `module.name`, or nil when the module (as far as snippets go) has no such member.
  static func member(_ name: String, of module: String) -> Value? {
    switch module {
    case "numpy" where name == "polynomial": .module("numpy.polynomial")
    case "numpy" where name == "ma": .module("numpy.ma")
    case "numpy" where name == "matlib": .module("numpy.matlib")
    case "numpy" where name == "fft": .module("numpy.fft")
    case "numpy" where name == "lib": .module("numpy.lib")
    case "numpy" where name == "version": .module("numpy.version")
    case "numpy" where name == "testing": .module("numpy.testing")
    case "numpy" where name == "typing": .module("numpy.typing")
    case "numpy.version": NumpyVersionModule.member(name)
    case "numpy.lib" where name == "stride_tricks": .module("numpy.lib.stride_tricks")
    case "numpy" where name == "emath", "numpy.lib" where name == "scimath": .module("numpy.emath")
    case "numpy.emath": NumpyEmath.functions.contains(name) ? .function("numpy.emath.\(name)") : nil
    case "numpy.lib.stride_tricks": StrideTricks.member(name)
    case "numpy" where StructuredArrays.numpyNames.contains(name): StructuredArrays.member(name)
    case "numpy.rec", "numpy._core.records": StructuredArrays.recMember(name)
    case "numpy" where name == "core": .module("numpy.core")
    case "numpy": NumpyDTypeQueries.member(name) ?? Builtins.numpyMember(name, module: module)
    case "numpy.random": Builtins.numpyMember(name, module: module)
    case "math": MathModule.member(name)
    case "matplotlib", "matplotlib.pyplot": Interpreter.pyplotMember(name, module: module)
    case "numpy.linalg": NumpyLinalg.member(name)
    case "numpy.char", "numpy.strings": StringArrays.charMember(name, module: module)
    case "autograd":
      switch name {
      case "grad", "value_and_grad", "elementwise_grad", "jacobian": .function("autograd.\(name)")
      case "numpy": .module("autograd.numpy")
      default: nil
      }
    default: nil
    }
  }
}

/// Python's `math` module: its usual functions and constants. Where CPython calls the C library, docbuild gives
/// glibc 2.36's bits from its own ports (`GlibcMath`: exp, expm1, exp2, log, log2, log10, log1p, sin, cos, tan, asin,
/// acos, atan, atan2, sinh, cosh, tanh, asinh, acosh, atanh, erf, erfc, cbrt, pow); where CPython computes a function itself (`gamma`,
/// `lgamma`, `hypot`, `dist`, `fsum`), CPython's algorithm (`CPythonMath`); never the platform's libm.
enum MathModule {
  static let functions: Set<String> = [
    "sqrt", "exp", "log", "log10", "log2", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "atan2",
    "sinh", "cosh", "tanh", "floor", "ceil", "fabs", "pow", "hypot", "isclose", "isnan", "isinf", "isfinite",
    "factorial", "gcd", "comb", "perm", "prod", "fsum", "degrees", "radians", "trunc", "copysign", "erf", "asinh",
    "acosh", "atanh",
  ]

  static func member(_ name: String) -> Value? {
    switch name {
    case "pi": .float(.pi)
    case "e": .float(M_E)
    case "tau": .float(2 * .pi)
    case "inf": .float(.infinity)
    case "nan": .float(.nan)
    default: functions.contains(name) || extraFunctions.contains(name) ? .function("math.\(name)") : nil
    }
  }

  /// A float argument as `math` converts it (ints, bools, floats, NumPy scalars and 0-d arrays), through `__float__`:
  /// a NumPy complex scalar gives its real part (NumPy's ComplexWarning goes to stderr), a 0-d complex array raises
  /// float()'s TypeError, and an array with dimensions (even of one element) NumPy 2's "only 0-dimensional arrays".
  static func real(_ value: Value) throws(PythonError) -> Double {
    if let double = try PythonNumbers.double(value) { return double }
    if case .tensor = value, let double = try PythonNumbers.double(try value.pythonNumber(for: "float")) {
      return double
    }
    throw PythonError.type("must be real number, not \(value.typeName)")
  }

  /// An integer argument as `math` converts it, through `__index__`: Python ints and bools, NumPy integer scalars and
  /// 0-d integer arrays; any other array raises ndarray.__index__'s TypeError, any other NumPy scalar (np.float64,
  /// np.bool) Python's own.
  static func integer(_ value: Value) throws(PythonError) -> BigInt {
    if let integer = value.bigInteger { return integer }
    if case .tensor(let tensor) = value {
      if tensor.shape.isEmpty, tensor.dtype.isInteger, let integer = try value.pythonNumber(for: "int").bigInteger {
        return integer
      }
      if !tensor.isScalar { throw PythonError.type("only integer scalar arrays can be converted to a scalar index") }
    }
    throw PythonError.type("'\(value.typeName)' object cannot be interpreted as an integer")
  }

  private static func domainError() -> PythonError { PythonError.value("math domain error") }

  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    let arguments = call.positional
    func one() throws(PythonError) -> Double {
      try call.rejectKeywords()
      guard arguments.count == 1 else {
        throw PythonError.type("math.\(name)() takes exactly one argument (\(arguments.count) given)")
      }
      return try real(arguments[0])
    }
    func two() throws(PythonError) -> (Double, Double) {
      try call.rejectKeywords()
      guard arguments.count == 2 else {
        throw PythonError.type("\(name) expected 2 arguments, got \(arguments.count)")
      }
      return (try real(arguments[0]), try real(arguments[1]))
    }
    func checked(_ value: Double, from input: Double...) throws(PythonError) -> Value {
      if value.isNaN, !input.contains(where: \.isNaN) { throw domainError() }
      if value.isInfinite, input.allSatisfy(\.isFinite) { throw PythonError("OverflowError", "math range error") }
      return .float(value)
    }
    switch name {
    case "sqrt":
      let x = try one()
      if x < 0 { throw domainError() }
      return .float(x.squareRoot())
    case "exp": let x = try one(); return try checked(GlibcMath.exp(x), from: x)
    case "expm1": let x = try one(); return try checked(GlibcMath.expm1(x), from: x)
    case "log" where arguments.contains(where: { $0.hugeFrexp != nil }),
      "log10" where arguments.first?.hugeFrexp != nil, "log2" where arguments.first?.hugeFrexp != nil:
      // CPython's loghelper: an int past a double's range is log(m) + log(2) * e from its exact frexp.
      try call.rejectKeywords()
      guard (name == "log" ? 1...2 : 1...1).contains(arguments.count) else {
        throw PythonError.type("\(name) expected at least 1 argument, got \(arguments.count)")
      }
      let function: (Double) -> Double =
        name == "log10" ? { GlibcMath.log10($0) } : name == "log2" ? { GlibcMath.log2($0) } : { GlibcMath.log($0) }
      func logarithm(_ value: Value) throws(PythonError) -> Double {
        if let (mantissa, exponent) = value.hugeFrexp { return function(mantissa) + function(2.0) * Double(exponent) }
        let x = try real(value)
        if x <= 0 { throw domainError() }
        return function(x)
      }
      let numerator = try logarithm(arguments[0])
      guard arguments.count == 2 else { return .float(numerator) }
      let denominator = try logarithm(arguments[1])
      if denominator == 0 { throw PythonError("ZeroDivisionError", "float division by zero") }
      return .float(numerator / denominator)
    case "log":
      try call.rejectKeywords()
      guard (1...2).contains(arguments.count) else {
        throw PythonError.type("log expected at least 1 argument, got \(arguments.count)")
      }
      let x = try real(arguments[0])
      if x <= 0 { throw domainError() }
      if arguments.count == 2 {
        let base = try real(arguments[1])
        if base <= 0 { throw domainError() }
        let denominator = GlibcMath.log(base)
        if denominator == 0 { throw PythonError("ZeroDivisionError", "float division by zero") }
        return .float(GlibcMath.log(x) / denominator)
      }
      return .float(GlibcMath.log(x))
    case "log10", "log2", "log1p":
      let x = try one()
      if name == "log1p" ? x <= -1 : x <= 0 { throw domainError() }
      return .float(name == "log10" ? GlibcMath.log10(x) : name == "log2" ? GlibcMath.log2(x) : GlibcMath.log1p(x))
    case "sin", "cos", "tan":
      let x = try one()
      if x.isInfinite { throw domainError() }
      return .float(name == "sin" ? GlibcMath.sin(x) : name == "cos" ? GlibcMath.cos(x) : GlibcMath.tan(x))
    case "asin", "acos":
      let x = try one()
      if x < -1 || x > 1 { throw domainError() }
      return .float(name == "asin" ? GlibcMath.asin(x) : GlibcMath.acos(x))
    case "atan": return .float(GlibcMath.atan(try one()))
    case "sinh", "cosh":
      let x = try one()
      return try checked(name == "sinh" ? GlibcMath.sinh(x) : GlibcMath.cosh(x), from: x)
    case "tanh": return .float(GlibcMath.tanh(try one()))
    case "asinh", "acosh", "atanh":
      // CPython's math_1 without overflow: a NaN or an infinity from a finite argument is a domain error.
      let x = try one()
      let value = name == "asinh" ? GlibcMath.asinh(x) : name == "acosh" ? GlibcMath.acosh(x) : GlibcMath.atanh(x)
      if (value.isNaN && !x.isNaN) || (value.isInfinite && x.isFinite) { throw domainError() }
      return .float(value)
    case "erf": return .float(GlibcMath.erf(try one()))
    case "atan2": let (y, x) = try two(); return .float(GlibcMath.atan2(y, x))
    // CPython 3.11 computes math.hypot itself (vector_norm), for any number of coordinates: not glibc's.
    case "hypot": return try hypot(call)
    // Exact by IEEE 754: a sign bit copied.
    case "copysign": let (x, y) = try two(); return .float(Foundation.copysign(x, y))
    case "pow":
      let (x, y) = try two()
      if x == 0, y < 0 { throw domainError() }
      if x < 0, y != y.rounded(), x.isFinite, y.isFinite { throw domainError() }
      return try checked(GlibcMath.pow(x, y), from: x, y)
    case "fabs": return .float(Swift.abs(try one()))
    case "degrees": return .float(try one() * (180.0 / .pi))
    case "radians": return .float(try one() * (.pi / 180.0))
    case "isnan": return .bool(try one().isNaN)
    case "isinf": return .bool(try one().isInfinite)
    case "isfinite": return .bool(try one().isFinite)
    case "floor", "ceil", "trunc":
      try call.rejectKeywords()
      guard arguments.count == 1 else {
        throw PythonError.type("math.\(name)() takes exactly one argument (\(arguments.count) given)")
      }
      if let integer = arguments[0].bigInteger { return .integer(integer) }
      // math.trunc calls __trunc__, which of NumPy's types only np.float64 has (from float): floor and ceil fall back
      // to __float__.
      if name == "trunc", case .tensor(let tensor) = arguments[0], !(tensor.isScalar && tensor.dtype == .float64) {
        throw PythonError.type("type \(arguments[0].typeName) doesn't define __trunc__ method")
      }
      let x = try real(arguments[0])
      if x.isNaN { throw PythonError.value("cannot convert float NaN to integer") }
      if x.isInfinite { throw PythonError("OverflowError", "cannot convert float infinity to integer") }
      let rounded = name == "floor" ? x.rounded(.down) : name == "ceil" ? x.rounded(.up) : x.rounded(.towardZero)
      return .integer(BigInt(exactly: rounded))
    case "isclose":
      let bound = try call.bind(["a", "b", "rel_tol", "abs_tol"], required: 2)
      let a = try real(bound.value("a"))
      let b = try real(bound.value("b"))
      let relative = try bound["rel_tol"].map { (value) throws(PythonError) in try real(value) } ?? 1e-9
      let absolute = try bound["abs_tol"].map { (value) throws(PythonError) in try real(value) } ?? 0
      if a == b { return .bool(true) }
      if a.isInfinite || b.isInfinite { return .bool(false) }
      let difference = Swift.abs(b - a)
      return .bool(
        difference <= Swift.abs(relative * b) || difference <= Swift.abs(relative * a) || difference <= absolute)
    case "factorial":
      try call.rejectKeywords()
      guard arguments.count == 1 else { throw PythonError.type("math.factorial() takes exactly one argument") }
      let argument = try integer(arguments[0])
      if argument.compare(BigInt(0)) < 0 { throw PythonError.value("factorial() not defined for negative values") }
      guard let n = argument.asInt else {
        throw PythonError("OverflowError", "factorial() argument should not exceed 9223372036854775807")
      }
      var result = BigInt(1)
      for factor in stride(from: 2, through: n, by: 1) {
        try BigInt.checkSize(bits: result.bitWidth + 64)
        result = result * BigInt(factor)
      }
      try BigInt.checkSize(bits: result.bitWidth)
      return .integer(result)
    case "gcd":
      try call.rejectKeywords()
      var result = BigInt(0)
      for argument in arguments {
        var value = try integer(argument)
        if value.compare(BigInt(0)) < 0 { value = -value }
        var a = result
        var b = value
        while !b.isZero { (a, b) = (b, a.floorDivMod(b).1) }
        result = a
      }
      return .integer(result)
    case "comb", "perm":
      try call.rejectKeywords()
      if name == "comb", arguments.count != 2 {
        throw PythonError.type("comb expected 2 arguments, got \(arguments.count)")
      }
      if arguments.isEmpty { throw PythonError.type("perm expected at least 1 argument, got 0") }
      if arguments.count > 2 { throw PythonError.type("perm expected at most 2 arguments, got \(arguments.count)") }
      let n = try integer(arguments[0])
      // perm(n) and perm(n, None) count every ordering: n!.
      let k: BigInt? =
        try arguments.count == 1 || (name == "perm" && arguments[1].isNone) ? nil : integer(arguments[1])
      let zero = BigInt(0)
      if n.compare(zero) < 0 { throw PythonError.value("n must be a non-negative integer") }
      if let k, k.compare(zero) < 0 { throw PythonError.value("k must be a non-negative integer") }
      let chosen = k ?? n
      if chosen.compare(n) > 0 { return .int(0) }
      let steps = name == "comb" && (n - chosen).compare(chosen) < 0 ? n - chosen : chosen
      // The result grows by at least a bit a step, so the size check below ends a count too large for an Int.
      var result = BigInt(1)
      for index in 0..<(steps.asInt ?? Int.max) {
        try BigInt.checkSize(bits: result.bitWidth + n.bitWidth)
        result = result * (n - BigInt(index))
        if name == "comb" { result = result.floorDivMod(BigInt(index + 1)).0 }
      }
      return .integer(result)
    case "prod":
      guard arguments.count == 1 else {
        throw PythonError.type("prod() takes exactly 1 positional argument (\(arguments.count) given)")
      }
      if let keyword = call.keywords.first(where: { $0.name != "start" }) {
        throw PythonError.type("'\(keyword.name)' is an invalid keyword argument for prod()")
      }
      var result = call.keywords.first(where: { $0.name == "start" })?.value ?? Value.int(1)
      for item in try Interpreter.iterationItems(arguments[0]) {
        result = try Operators.binary(.multiply, result, item)
      }
      return result
    case "fsum":
      guard arguments.count == 1 else { throw PythonError.type("fsum() takes exactly one argument") }
      let values = try Interpreter.iterationItems(arguments[0]).map { (item) throws(PythonError) in try real(item) }
      do {
        return .float(try CPythonMath.fsum(values))
      } catch .intermediateOverflow {
        throw PythonError("OverflowError", "intermediate overflow in fsum")
      } catch {
        throw PythonError.value("-inf + inf in fsum")
      }
    default:
      if let value = try extraCall(name, call) { return value }
      throw PythonError("AttributeError", "module 'math' has no attribute '\(name)'")
    }
  }
}

/// `numpy.version`, the module NumPy's release strings live in (`np.version.version`, which tutorials print beside
/// Python's version): those of NumPy 2.4.6, the release docbuild reproduces.
enum NumpyVersionModule {
  static func member(_ name: String) -> Value? {
    switch name {
    case "version", "short_version", "full_version": .string(Builtins.numpyVersion)
    case "git_revision": .string("b832a09cf2a169c833dd2371e7c07aa00b293242")
    case "release": .bool(true)
    default: nil
    }
  }
}
