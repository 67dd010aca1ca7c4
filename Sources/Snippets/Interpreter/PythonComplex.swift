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
        // A uint64 from 2**63 up is its unsigned value (its storage holds the negative bit pattern).
        if tensor.dtype == .uint64, case .int64(let values) = tensor.storage, values[0] < 0,
          let double = Value.pythonInt(values[0], of: .uint64).bigInteger?.double
        {
          return Complex(double)
        }
        return try core { try tensor.item() }.complexValue
      }
      if case .string = value {
        throw PythonError.type("complex() second arg can't be a string")
      }
      guard let number = operand(value) else {
        throw PythonError.type(
          "complex() \(position) argument must be a string or a number, not '\(value.typeName)'")
      }
      return number
    }
    if case .string(let text) = real {
      guard imag == nil else { throw PythonError.type("complex() can't take second arg if first is a string") }
      return .complex(try parse(text))
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

  /// `complex(text)`, read as CPython's `complex_from_string` reads it: `<float>`, `<float>j`,
  /// `<float><signed float>j`, and the older `<float><sign>j`, `<sign>j` and `j`, each float as `float()` takes it
  /// (`inf`, `nan`, an exponent), with blanks around and optionally one pair of parentheses. Underscores may stand
  /// only between digits, as in a literal. Text past ASCII (other digits and blanks, which CPython first turns into
  /// ASCII ones) is refused.
  static func parse(_ text: String) throws(PythonError) -> Complex {
    guard text.unicodeScalars.allSatisfy({ $0.isASCII }) else {
      throw PythonError.limit("complex() of a string with characters past ASCII is not supported in snippets")
    }
    let malformed = PythonError.value("complex() arg is a malformed string")
    var bytes: [UInt8] = []
    var previous: UInt8 = 0
    func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    for byte in text.utf8 {
      if byte == UInt8(ascii: "_") {
        guard isDigit(previous) else {
          throw PythonError.value("could not convert string to complex: \(Value.string(text).repr)")
        }
      } else {
        if previous == UInt8(ascii: "_") && !isDigit(byte) {
          throw PythonError.value("could not convert string to complex: \(Value.string(text).repr)")
        }
        bytes.append(byte)
      }
      previous = byte
    }
    if previous == UInt8(ascii: "_") {
      throw PythonError.value("could not convert string to complex: \(Value.string(text).repr)")
    }
    var index = 0
    func at(_ position: Int) -> UInt8 { position < bytes.count ? bytes[position] : 0 }
    func isSpace(_ byte: UInt8) -> Bool { [9, 10, 11, 12, 13, 32].contains(byte) }
    func isJ(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "j") || byte == UInt8(ascii: "J") }
    func isSign(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") }
    while isSpace(at(index)) { index += 1 }
    var bracketed = false
    if at(index) == UInt8(ascii: "(") {
      bracketed = true
      index += 1
      while isSpace(at(index)) { index += 1 }
    }
    var real = 0.0
    var imag = 0.0
    if let (first, end) = Self.leadingFloat(bytes, from: index) {
      index = end
      if isSign(at(index)) {
        real = first
        if let (second, secondEnd) = Self.leadingFloat(bytes, from: index) {
          imag = second
          index = secondEnd
        } else {
          imag = at(index) == UInt8(ascii: "+") ? 1 : -1
          index += 1
        }
        guard isJ(at(index)) else { throw malformed }
        index += 1
      } else if isJ(at(index)) {
        imag = first
        index += 1
      } else {
        real = first
      }
    } else {
      if isSign(at(index)) {
        imag = at(index) == UInt8(ascii: "+") ? 1 : -1
        index += 1
      } else {
        imag = 1
      }
      guard isJ(at(index)) else { throw malformed }
      index += 1
    }
    while isSpace(at(index)) { index += 1 }
    if bracketed {
      guard at(index) == UInt8(ascii: ")") else { throw malformed }
      index += 1
      while isSpace(at(index)) { index += 1 }
    }
    guard index == bytes.count else { throw malformed }
    return Complex(real, imag)
  }

  /// The longest float at `start` of `bytes` as C's `strtod` reads one in the C locale (a sign, then `inf`,
  /// `infinity`, `nan` in any case, or decimal digits with an optional point and exponent), and the index past it;
  /// nil when none starts there.
  private static func leadingFloat(_ bytes: [UInt8], from start: Int) -> (Double, Int)? {
    var index = start
    func at(_ position: Int) -> UInt8 { position < bytes.count ? bytes[position] : 0 }
    func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    var negative = false
    if at(index) == UInt8(ascii: "+") || at(index) == UInt8(ascii: "-") {
      negative = at(index) == UInt8(ascii: "-")
      index += 1
    }
    func follows(_ word: String) -> Bool {
      let letters = Array(word.utf8)
      guard index + letters.count <= bytes.count else { return false }
      return (0..<letters.count).allSatisfy { bytes[index + $0] | 0x20 == letters[$0] }
    }
    for (word, value) in [("infinity", Double.infinity), ("inf", .infinity), ("nan", .nan)] where follows(word) {
      return (negative ? -value : value, index + word.utf8.count)
    }
    var digits = ""
    while isDigit(at(index)) {
      digits.append(Character(Unicode.Scalar(at(index))))
      index += 1
    }
    var fraction = ""
    if at(index) == UInt8(ascii: ".") {
      var next = index + 1
      while isDigit(at(next)) {
        fraction.append(Character(Unicode.Scalar(at(next))))
        next += 1
      }
      if !digits.isEmpty || !fraction.isEmpty { index = next }
    }
    guard !digits.isEmpty || !fraction.isEmpty else { return nil }
    var exponent = ""
    if at(index) | 0x20 == UInt8(ascii: "e") {
      var next = index + 1
      var sign = ""
      if at(next) == UInt8(ascii: "+") || at(next) == UInt8(ascii: "-") {
        sign = String(Character(Unicode.Scalar(at(next))))
        next += 1
      }
      var exponentDigits = ""
      while isDigit(at(next)) {
        exponentDigits.append(Character(Unicode.Scalar(at(next))))
        next += 1
      }
      if !exponentDigits.isEmpty {
        exponent = "e" + sign + exponentDigits
        index = next
      }
    }
    let literal = (digits.isEmpty ? "0" : digits) + "." + (fraction.isEmpty ? "0" : fraction) + exponent
    guard let magnitude = Double(literal) else { return nil }
    return (negative ? -magnitude : magnitude, index)
  }
}
