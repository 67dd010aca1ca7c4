import TensorCore

/// NumPy's functions for complex values: `np.conj`/`np.conjugate`, `np.real`, `np.imag`, `np.angle`,
/// `np.iscomplexobj`, `np.isrealobj`, and the attributes `.real`, `.imag`, `.conj()` of Python and NumPy numbers.
enum NumpyComplex {
  /// The names this file answers as `np.name`.
  static let names: Set<String> = ["conj", "conjugate", "real", "imag", "angle", "iscomplexobj", "isrealobj"]

  /// Calls `np.name(...)`, or nil when the name is not one of this file's.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "conj", "conjugate":
      let x = try call.bind(["x"], required: 1).value("x")
      if case .complex(let z) = x { return .tensor(Tensor(scalar: .complex(Complex(z.real, -z.imag)), isScalar: true)) }
      let tensor = try x.toTensor().withoutPythonScalar
      // The ufunc has no bool loop: NumPy casts bools to int8 (np.conj(True) is np.int8(1)); the method a.conj() and
      // np.True_.conjugate() keep them. A 0-d array's result is a NumPy scalar, as any ufunc's.
      var result = try core { tensor.dtype == .bool ? try tensor.astype(.int8) : try tensor.conjugate() }
      if result.ndim == 0 { result = result.scalar }
      return .tensor(result)
    case "real", "imag":
      let value = try call.bind(["val"], required: 1).value("val")
      return try part(name, of: value)
    case "angle":
      let bound = try call.bind(["z", "deg"], required: 1)
      let z = try bound.value("z").toTensor().withoutPythonScalar
      let degrees = try bound["deg"]?.truthValue() ?? false
      return .tensor(
        try core {
          // NumPy's angle is arctan2(imag, real) in the parts' dtype, then degrees; for real input arctan2(0, x),
          // in the float type NumPy's arctan2 takes for x and the Python int 0 (float16 for 8-bit ints, float32 for
          // float32 and 16-bit ints; a bool array meets 0 as int64), whose values (0, pi or NaN) are the float64 ones
          // rounded once.
          let parts = z.dtype.isComplex ? z : try z.astype(.float64)
          // The parts are views with z's layout in NumPy: read backwards, its arctan2 is the C library's (glibc's).
          var angle: Tensor
          if z.dtype == .complex128, try z.numpyReadsBackwards(for: "np.angle") {
            let values = zip(parts.imagPart.doubles, parts.realPart.doubles).map { GlibcMath.atan2($0, $1) }
            angle = Tensor(shape: z.shape, storage: .float64(values), isScalar: z.isScalar)
          } else {
            angle = try Tensor.arctan2(parts.imagPart, parts.realPart)
          }
          if !z.dtype.isComplex {
            let itemsize = z.dtype == .bool ? 8 : z.dtype.itemsize
            let type: DType =
              z.dtype.isFloat ? z.dtype : itemsize == 1 ? .float16 : itemsize == 2 ? .float32 : .float64
            if type != .float64 { angle = try angle.astype(type) }
          }
          // `a *= 180/pi`: a Python float, weak against a float16 or float32 angle.
          var factor = Tensor(180 / Double.pi)
          factor.isPythonScalar = true
          return degrees ? try angle.multiplying(factor) : angle
        })
    case "iscomplexobj", "isrealobj":
      let x = try call.bind(["x"], required: 1).value("x")
      let isComplex: Bool
      switch x {
      case .complex: isComplex = true
      case .tensor(let tensor): isComplex = tensor.dtype.isComplex
      default: isComplex = (try? x.toTensor().dtype.isComplex) ?? false
      }
      return .bool(name == "iscomplexobj" ? isComplex : !isComplex)
    default:
      return nil
    }
  }

  /// `np.real(x)` / `np.imag(x)`: for Python numbers Python's own parts, for arrays the parts (copies).
  static func part(_ name: String, of value: Value) throws(PythonError) -> Value {
    switch value {
    case .complex(let z): return .float(name == "real" ? z.real : z.imag)
    case .float(let x): return .float(name == "real" ? x : 0)
    case .int, .bigInt: return name == "real" ? value : .int(0)
    // A bool's parts are ints, as int's attributes give them (True.real is 1).
    case .bool(let flag): return .int(name == "real" && flag ? 1 : 0)
    default:
      let tensor = try value.toTensor().withoutPythonScalar
      return .tensor(name == "real" ? tensor.realPart : tensor.imagPart)
    }
  }

  /// `value.name` for the complex attributes of numbers and arrays (`real`, `imag`, and the methods `conj` and
  /// `conjugate`), or nil when `name` is not one of them.
  static func attribute(_ name: String, of value: Value) throws(PythonError) -> Value? {
    switch name {
    case "real", "imag":
      if case .tensor(let tensor) = value {
        // Only the parts' values: writing through them (`a.real[0] = 1`) changes a copy, which the interpreter's
        // view tracking refuses with its own message.
        return .tensor(name == "real" ? tensor.realPart : tensor.imagPart)
      }
      return try part(name, of: value)
    case "conj", "conjugate": return .method(value, name)
    default: return nil
    }
  }

  /// `z.conjugate()` / `a.conj()`.
  static func conjugate(of value: Value) throws(PythonError) -> Value {
    switch value {
    case .complex(let z): return .complex(Complex(z.real, -z.imag))
    case .float, .int, .bigInt: return value
    case .bool(let flag): return .int(flag ? 1 : 0)
    case .tensor(let tensor): return .tensor(try core { try tensor.conjugate() })
    default: throw PythonError("AttributeError", "'\(value.typeName)' object has no attribute 'conjugate'")
    }
  }
}

extension NumpyComplex {
  /// The refusal for a NumPy function of complex values whose result docbuild does not reproduce.
  static func refused(_ what: String, _ dtype: DType) -> PythonError {
    var error = PythonError(
      "NotImplementedError",
      "\(what) of \(dtype.rawValue) values is not supported: docbuild does not reproduce NumPy's \(dtype.rawValue) "
        + "result bit for bit")
    error.isLimit = true
    return error
  }
}

extension Tensor {
  /// `np.power(self, exponent)`: the ufunc, which never takes `**`'s fast paths (NumPy's `a ** 2` and `a ** -1` of an
  /// array are np.square and np.reciprocal, whose complex bits differ from the power loop's). A complex array's
  /// Python-number exponent is given in the array's dtype, as weak promotion makes it, so the tensor operation does
  /// not take the call for the operator. Nor does it take NumPy's scalar math: two float scalars' power is its SIMD
  /// pow, as for 0-d arrays (`np.power(np.float64(284), 1.46)` is not `np.float64(284) ** 1.46`).
  func ufuncPower(_ exponent: Tensor) throws -> Tensor {
    if dtype.isComplex, !isPythonScalar, exponent.isPythonScalar {
      return try power(exponent.withoutPythonScalar.astype(dtype))
    }
    if !dtype.isComplex && !exponent.dtype.isComplex { return try asUfuncOperand.power(exponent.asUfuncOperand) }
    return try power(exponent)
  }

  /// The value as NumPy sees a function's argument: a Python number becomes an ordinary NumPy value.
  var withoutPythonScalar: Tensor {
    var result = self
    result.isPythonScalar = false
    return result
  }
}
