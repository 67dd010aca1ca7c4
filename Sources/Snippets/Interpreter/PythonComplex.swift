import TensorCore

/// Python's own complex numbers (`1j`, `complex(1, 2)`), computed as CPython 3.11 computes them: `+ -` part by part
/// after turning a real operand into `complex(x, 0.0)`, `*` by the plain formula, `/` by CPython's `_Py_c_quot`,
/// integer powers up to 100 by repeated squaring (`c_powi`). Other powers, which CPython takes through libm's
/// `atan2`, `exp`, `sin` and `cos`, are refused rather than printed with digits that may differ.
enum PythonComplex {
  /// The operand as a complex number, when it is a Python number and one side is complex.
  private static func operand(_ value: Value) -> Complex? {
    switch value {
    case .complex(let z): z
    case .float(let x): Complex(x, 0)
    case .int(let n): Complex(Double(n), 0)
    case .bool(let flag): Complex(flag ? 1 : 0, 0)
    case .bigInt(let n): Complex(n.double ?? .infinity, 0)
    default: nil
    }
  }

  /// `left op right` when either operand is a Python complex and the other a Python number; nil otherwise.
  static func binary(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
    guard case .complex = left else {
      guard case .complex = right else { return nil }
      return try combine(op, left, right)
    }
    return try combine(op, left, right)
  }

  private static func combine(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
    guard let a = operand(left), let b = operand(right) else { return nil }
    switch op {
    case .add: return .complex(Complex(a.real + b.real, a.imag + b.imag))
    case .subtract: return .complex(Complex(a.real - b.real, a.imag - b.imag))
    case .multiply: return .complex(product(a, b))
    case .divide:
      guard let quotient = quotient(a, b) else { throw PythonError("ZeroDivisionError", "complex division by zero") }
      return .complex(quotient)
    case .power: return .complex(try power(a, b))
    case .floorDivide, .modulo, .matrixMultiply:
      throw PythonError.type(
        "unsupported operand type(s) for \(op.messageSymbol): '\(left.typeName)' and '\(right.typeName)'")
    }
  }

  /// `_Py_c_prod`.
  static func product(_ a: Complex, _ b: Complex) -> Complex {
    Complex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real)
  }

  /// `_Py_c_quot`: nil for a zero divisor.
  static func quotient(_ a: Complex, _ b: Complex) -> Complex? {
    let absReal = b.real < 0 ? -b.real : b.real
    let absImag = b.imag < 0 ? -b.imag : b.imag
    if absReal >= absImag {
      if absReal == 0 { return nil }
      let ratio = b.imag / b.real
      let denominator = b.real + b.imag * ratio
      return Complex((a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator)
    }
    if absImag >= absReal {
      let ratio = b.real / b.imag
      let denominator = b.real * ratio + b.imag
      return Complex((a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator)
    }
    return Complex(.nan, .nan)
  }

  /// CPython's `complex_pow` for integer exponents of at most 100 in magnitude.
  private static func power(_ a: Complex, _ b: Complex) throws(PythonError) -> Complex {
    guard b.imag == 0, b.real == b.real.rounded(.down), Swift.abs(b.real) <= 100 else {
      var error = PythonError(
        "NotImplementedError",
        "complex ** with an exponent that is not an integer of at most 100 is not supported in snippets: CPython "
          + "computes it through libm, whose last bits docbuild does not reproduce")
      error.isLimit = true
      throw error
    }
    let n = Int(b.real)
    func unsignedPower(_ x: Complex, _ n: Int) -> Complex {
      var result = Complex(1, 0)
      var factor = x
      var mask = 1
      while mask > 0 && n >= mask {
        if n & mask != 0 { result = product(result, factor) }
        mask <<= 1
        factor = product(factor, factor)
      }
      return result
    }
    let result: Complex
    if n > 0 {
      result = unsignedPower(a, n)
    } else {
      guard let inverse = quotient(Complex(1, 0), unsignedPower(a, -n)) else {
        throw PythonError("ZeroDivisionError", "0.0 to a negative or complex power")
      }
      result = inverse
    }
    if result.real.isInfinite || result.imag.isInfinite {
      throw PythonError("OverflowError", "complex exponentiation")
    }
    return result
  }

  /// `abs(z)`: the C library's `hypot` (glibc's, as CPython calls it), with its OverflowError for a finite number whose magnitude is infinite.
  static func magnitude(_ z: Complex) throws(PythonError) -> Value {
    let result = GlibcMath.hypot(z.real, z.imag)
    if result.isInfinite && z.real.isFinite && z.imag.isFinite {
      throw PythonError("OverflowError", "absolute value too large")
    }
    return .float(result)
  }

  /// Python's `==` between a complex number and another Python number (nil when `other` is not a number).
  static func equals(_ z: Complex, _ other: Value) -> Bool? {
    guard let w = operand(other) else { return nil }
    return z.real == w.real && z.imag == w.imag
  }

  /// `complex(real, imag)`: `real + imag·1j` taken apart as CPython's `complex_new` does, for numbers.
  static func make(_ real: Value?, _ imag: Value?) throws(PythonError) -> Value {
    func part(_ value: Value?, _ position: String) throws(PythonError) -> Complex {
      guard let value else { return Complex(0, 0) }
      if case .tensor(let tensor) = value {
        // An array's `__complex__`, as its `__float__`, takes only a 0-d array.
        guard tensor.ndim == 0 else {
          throw PythonError.type("only 0-dimensional arrays can be converted to Python scalars")
        }
        return try core { try tensor.item() }.complexValue
      }
      if case .string = value {
        var error = PythonError("NotImplementedError", "complex() of a string is not supported in snippets")
        error.isLimit = true
        throw error
      }
      guard let number = operand(value) else {
        throw PythonError.type(
          "complex() \(position) argument must be a string or a number, not '\(value.typeName)'")
      }
      return number
    }
    let a = try part(real, "first")
    guard let imag else { return .complex(a) }
    let b = try part(imag, "second")
    // complex(a, b) is a + b·1j, the parts combined without multiplying by 1j, and only a complex argument's
    // other part added (so complex(1, -0.0) keeps its -0.0).
    func isComplex(_ value: Value?) -> Bool {
      if case .complex = value { return true }
      if case .tensor(let tensor) = value { return tensor.dtype.isComplex }
      return false
    }
    return .complex(
      Complex(isComplex(imag) ? a.real - b.imag : a.real, isComplex(real) ? b.real + a.imag : b.real))
  }
}
