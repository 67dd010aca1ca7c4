import CKernels

/// NumPy's own float64 results for the ufuncs whose NumPy algorithm is not correctly rounded, bit for bit
/// (Sources/CKernels/numpy_elementary.c, numpy_elementary_logs.c, numpy_elementary_trig.c): `np.tanh`, `np.exp`,
/// `np.log`, `np.exp2`, `np.cosh`, `np.sinh`, `np.tan`, `np.arcsin`, `np.arccos`, `np.arctan`, `np.arctan2`, `np.cbrt`,
/// `np.expm1`, `np.log1p`, `np.log2`, `np.log10`, `np.arcsinh`, `np.arccosh`, `np.arctanh` and `**` of arrays print
/// what NumPy prints, not the correctly rounded value that `Elementary` computes and Python's `math` module functions
/// keep using.
enum NumpyElementary {
  /// NumPy's float64 `tanh` of each element.
  static func tanh(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_tanh) }

  /// NumPy's float64 `exp` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func exp(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_exp) }

  /// NumPy's float64 `log` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func log(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_log) }

  /// NumPy's float64 `exp2` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512). Throws for an
  /// element that is not an integer with 1021.99951171875 <= |x| where the result is neither 0 nor infinite (near
  /// overflow, or subnormal): SVML's scalar fallback computes those, and docbuild's lanes give another last digit on
  /// about one in a thousand of them (24 of 20,000 random inputs below -1021.9995, 30 of 500 above 1021.9995).
  static func exp2(_ x: [Double]) throws -> [Double] {
    if holdsMagnitude(from: 1021.99951171875, x), let value = x.first(where: exp2Refuses) {
      throw TensorError(
        "NotImplementedError",
        "np.exp2(\(value)) is not supported: for 1021.9995 <= |x| (a result near overflow or below the normal "
          + "range) NumPy's SVML kernel computes the result with a scalar fallback whose last digit docbuild does not "
          + "reproduce; keep the argument within (-1021.9995, 1021.9995), or split off an integer part k and multiply "
          + "by 2.0**k yourself", isLimit: true)
    }
    return exp2Lanes(x)
  }

  /// Whether some element of `x` is at least `bound` in magnitude, eight at a time (a test per element on the
  /// elementary functions' path cost as much as `exp2` itself).
  static func holdsMagnitude(from bound: Double, _ x: [Double]) -> Bool {
    x.withUnsafeBufferPointer { values in
      guard let base = values.baseAddress.map(UnsafeRawPointer.init) else { return false }
      var found = SIMDMask<SIMD8<Int64>>(repeating: false)
      var start = 0
      while start + 8 <= values.count {
        let lanes = base.loadUnaligned(fromByteOffset: start * 8, as: SIMD8<Double>.self)
        found .|= (lanes .>= SIMD8(repeating: bound)) .| (lanes .<= SIMD8(repeating: -bound))
        start += 8
      }
      return any(found) || values[start...].contains { $0.magnitude >= bound }
    }
  }

  /// `exp2`'s lanes on every element, the fallback range included (NumPy's bits elsewhere, within one ulp there).
  static func exp2Lanes(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_exp2) }

  /// Whether `exp2` refuses `x`: not an integer, from 1021.99951171875 in magnitude, with a result neither 0 nor
  /// infinite.
  static func exp2Refuses(_ x: Double) -> Bool {
    (x >= 1021.99951171875 && x < 1024 || x <= -1021.99951171875 && x > -1076) && x.rounded(.towardZero) != x
  }

  /// NumPy's float64 `log1p` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func log1p(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_log1p) }

  /// NumPy's float64 `expm1` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func expm1(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_expm1) }

  /// NumPy's float64 `log2` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func log2(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_log2) }

  /// NumPy's float64 `log10` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func log10(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_log10) }

  /// NumPy's float64 `arcsinh` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func arcsinh(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_arcsinh) }

  /// NumPy's float64 `arccosh` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func arccosh(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_arccosh) }

  /// NumPy's float64 `arctanh` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func arctanh(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_arctanh) }

  /// `np.sqrt` of each float64 element: the correctly rounded square root (squareRoot()'s bits), as NumPy's vsqrtpd
  /// loop gives it, in a vector loop (Sources/CKernels/numpy_sqrt.c).
  static func sqrt(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_sqrt) }

  /// `np.sqrt` of float32 elements held as doubles: float32's correctly rounded square root, as NumPy's vsqrtps loop
  /// gives it.
  static func sqrtFloat32(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_sqrt_float32) }

  /// NumPy's float32 `function` of float32 elements (held as doubles), for the functions whose float32 SVML kernel
  /// NumPy runs on x86-64 with AVX-512 and docbuild reproduces (Sources/CKernels/numpy_elementary_logs.c,
  /// numpy_elementary_logs_f32.c and numpy_elementary_trig_f32.c); nil for the others.
  static func float32(_ function: MathFunction) -> (([Double]) throws -> [Double])? {
    switch function {
    case .log2: { map($0, docbuild_numpy_log2_float32) }
    case .log10: { map($0, docbuild_numpy_log10_float32) }
    case .log1p: { map($0, docbuild_numpy_log1p_float32) }
    case .expm1: { map($0, docbuild_numpy_expm1_float32) }
    case .arcsinh: { map($0, docbuild_numpy_arcsinh_float32) }
    case .arccosh: { map($0, docbuild_numpy_arccosh_float32) }
    case .arctanh: { map($0, docbuild_numpy_arctanh_float32) }
    case .sinh: { map($0, docbuild_numpy_sinh_float32) }
    case .arcsin: { map($0, docbuild_numpy_asin_float32) }
    case .arccos: { map($0, docbuild_numpy_acos_float32) }
    case .arctan: { map($0, docbuild_numpy_atan_float32) }
    case .tan: tanFloat32
    default: nil
    }
  }

  /// Runs a kernel that leaves the arguments of SVML's fallbacks undecided: its results, and the first argument it
  /// left undecided (then the results are not all computed).
  private static func runDeciding(
    _ x: [Double],
    _ kernel:
      @convention(c) (
        UnsafePointer<Double>?, UnsafeMutablePointer<Double>?, Int, UnsafeMutablePointer<UInt32>?
      ) -> Int
  ) -> (values: [Double], undecided: Double?) {
    if x.isEmpty { return ([], nil) }
    var undecidedValue: Double?
    let values = [Double](unsafeUninitializedCapacity: x.count) { result, count in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: x.count) { undecided in
        x.withUnsafeBufferPointer { xs in
          let left = kernel(xs.baseAddress, result.baseAddress, x.count, undecided.baseAddress)
          if left > 0 { undecidedValue = xs[Int(undecided[0])] }
        }
      }
      count = x.count
    }
    return (values, undecidedValue)
  }

  /// `runDeciding` for a kernel of pairs (`x` as long as `y`): the first undecided pair, if any.
  private static func runDeciding(
    _ y: [Double], _ x: [Double],
    _ kernel:
      @convention(c) (
        UnsafePointer<Double>?, UnsafePointer<Double>?, UnsafeMutablePointer<Double>?, Int,
        UnsafeMutablePointer<UInt32>?
      ) -> Int
  ) -> (values: [Double], undecided: (Double, Double)?) {
    precondition(x.count == y.count)
    if y.isEmpty { return ([], nil) }
    var undecidedPair: (Double, Double)?
    let values = [Double](unsafeUninitializedCapacity: y.count) { result, count in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: y.count) { undecided in
        y.withUnsafeBufferPointer { ys in
          x.withUnsafeBufferPointer { xs in
            let left = kernel(ys.baseAddress, xs.baseAddress, result.baseAddress, y.count, undecided.baseAddress)
            if left > 0 { undecidedPair = (ys[Int(undecided[0])], xs[Int(undecided[0])]) }
          }
        }
      }
      count = y.count
    }
    return (values, undecidedPair)
  }

  /// NumPy's float32 `cbrt` of float32 elements held as doubles (Intel SVML's `__svml_cbrtf16`, which NumPy uses on
  /// x86-64 with AVX-512).
  static func cbrtFloat32(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_cbrt_float32) }

  /// NumPy's float32 `tan` of float32 elements held as doubles (Intel SVML's `__svml_tanf16`, which NumPy uses on
  /// x86-64 with AVX-512). Throws for a finite |x| > 8256, which SVML reduces with an algorithm docbuild does not
  /// reproduce.
  static func tanFloat32(_ x: [Double]) throws -> [Double] {
    let (result, refused) = runDeciding(x, docbuild_numpy_tan_float32)
    if let value = refused {
      throw TensorError(
        "NotImplementedError",
        "np.tan(np.float32(\(Float(value)))) is not supported: for a float32 |x| > 8256 NumPy's SVML kernel reduces "
          + "the argument with an algorithm whose last digit docbuild does not reproduce; reduce the argument first, "
          + "for example np.tan(np.remainder(x, np.float32(np.pi))), or compute in float64 with .astype(np.float64)",
        isLimit: true)
    }
    return result
  }

  /// NumPy's float64 `arcsin` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func asin(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_asin) }

  /// NumPy's float64 `arccos` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func acos(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_acos) }

  /// NumPy's float64 `arctan` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func atan(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_atan) }

  /// NumPy's float64 `cbrt` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func cbrt(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_cbrt) }

  /// NumPy's float64 `sinh` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512, its scalar
  /// fallback beyond |x| = 669.77 included).
  static func sinh(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_sinh) }

  /// NumPy's float64 `tan` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512). Throws for a
  /// finite |x| > 65536.0035, which SVML reduces with an algorithm docbuild does not reproduce.
  static func tan(_ x: [Double]) throws -> [Double] {
    let (result, refused) = runDeciding(x, docbuild_numpy_tan)
    if let value = refused {
      throw TensorError(
        "NotImplementedError",
        "np.tan(\(value)) is not supported: for |x| > 65536 NumPy's SVML kernel reduces the argument with an "
          + "algorithm whose last digit docbuild does not reproduce; reduce the argument first, for example "
          + "np.tan(np.remainder(x, np.pi))", isLimit: true)
    }
    return result
  }

  /// NumPy's float64 `arctan2` of each pair (Intel SVML's, which NumPy uses on x86-64 with AVX-512); `x` as long as
  /// `y`. Throws where SVML computes a pair with its scalar fallback and a result docbuild does not reproduce: a finite
  /// argument, not zero, below 2^-1020 or from 2^993 in magnitude.
  static func atan2(_ y: [Double], _ x: [Double]) throws -> [Double] {
    let (result, refused) = runDeciding(y, x, docbuild_numpy_atan2)
    if let (a, b) = refused {
      throw TensorError(
        "NotImplementedError",
        "np.arctan2(\(a), \(b)) is not supported: for an argument below 2^-1020 or "
          + "from 2^993 in magnitude (other than 0 and inf), NumPy's SVML kernel computes the result with a scalar "
          + "fallback whose last digit docbuild does not reproduce; scale both arguments by the same power of two "
          + "first (np.arctan2(y * 2.0**k, x * 2.0**k))", isLimit: true)
    }
    return result
  }

  /// NumPy's float32 `arctan2` of each pair of float32 values held as doubles (Intel SVML's `__svml_atan2f16`, which
  /// NumPy uses on x86-64 with AVX-512); `x` as long as `y`. Throws where SVML computes a pair with its scalar fallback
  /// and a result docbuild does not reproduce: a finite argument, not zero, below 2^-125 or from 2^123 in magnitude.
  static func atan2Float32(_ y: [Double], _ x: [Double]) throws -> [Double] {
    let (result, refused) = runDeciding(y, x, docbuild_numpy_atan2_float32)
    if let (a, b) = refused {
      throw TensorError(
        "NotImplementedError",
        "np.arctan2(np.float32(\(Float(a))), np.float32(\(Float(b)))) is not supported: for a float32 argument below "
          + "2^-125 or from 2^123 in magnitude (other than 0 and inf), NumPy's SVML kernel computes the result with a "
          + "scalar fallback whose last digit docbuild does not reproduce; scale both arguments by the same power of "
          + "two first (np.arctan2(y * np.float32(2.0**k), x * np.float32(2.0**k)))", isLimit: true)
    }
    return result
  }

  /// NumPy's float64 `cosh` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512, its scalar
  /// fallback beyond |x| = 707.69 included).
  static func cosh(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_cosh) }

  /// NumPy's float64 `power` of each pair (Intel SVML's, which NumPy uses on x86-64 with AVX-512); `y` at least as
  /// long as `x`. Pairs outside SVML's main path (a base that is not positive and finite, an infinite or NaN exponent,
  /// a result beyond 2^±1021.5) take SVML's scalar fallback, ported too (`docbuild_numpy_power_rare`).
  static func power(_ x: [Double], _ y: [Double]) -> [Double] {
    precondition(y.count >= x.count)
    if x.isEmpty { return [] }
    let chunk = 4096
    return [Double](unsafeUninitializedCapacity: x.count) { result, count in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Swift.min(chunk, x.count)) { undecided in
        x.withUnsafeBufferPointer { xs in
          y.withUnsafeBufferPointer { ys in
            var start = 0
            while start < xs.count {
              let length = Swift.min(chunk, xs.count - start)
              let left = docbuild_numpy_power(
                xs.baseAddress! + start, ys.baseAddress! + start, result.baseAddress! + start, length,
                undecided.baseAddress!)
              for k in 0..<left {
                let i = start + Int(undecided[k])
                result[i] = docbuild_numpy_power_rare(xs[i], ys[i])
              }
              start += length
            }
          }
        }
      }
      count = x.count
    }
  }

  /// NumPy's float64 `power` with one exponent for the whole array, as its loop computes it: 2 as `x * x`, 0.5 as the
  /// square root (so -0 gives -0 and -inf gives NaN), 1 and 0 as x and 1, any other exponent as `power` of each pair. (NumPy's -1,
  /// a division, is `Elementary.pow`'s correctly rounded 1 / x too.)
  static func power(_ x: [Double], exponent: Double) -> [Double] {
    if exponent == 2 || exponent == 0.5 { return Elementary.power(x, exponent: exponent) }
    if exponent == -1 { return x.map { 1 / $0 } }
    // NumPy's loop copies x for 1 and writes 1 for 0 (a NaN's sign kept for 1, where glibc's pow clears it).
    if exponent == 1 { return x }
    if exponent == 0 { return [Double](repeating: 1, count: x.count) }
    return power(x, [Double](repeating: exponent, count: x.count))
  }

  /// A C kernel `kernel(x, y, n)` applied to the whole array.
  static func map(
    _ x: [Double], _ kernel: (UnsafePointer<Double>?, UnsafeMutablePointer<Double>?, Int) -> Void
  ) -> [Double] {
    // `written`: `init(unsafeUninitializedCapacity:)` took the unspecialised allocator (about 530 instructions of
    // every small `np.exp(a)`, in callgrind).
    x.withUnsafeBufferPointer { input in
      [Double].written(count: input.count) { kernel(input.baseAddress, $0, input.count) }
    }
  }
}

extension Tensor {
  /// Values already rounded to the narrow float dtype `dtype` (float32 or float16 values held as doubles, exactly, as
  /// NumPy's float32 kernels above return them), labelled so as they are: `tagged(dtype)` would round each one again,
  /// a second pass and a second array.
  static func labelled(_ values: [Double], as dtype: DType, shape: [Int], isScalar: Bool) -> Tensor {
    var result = Tensor(shape: shape, storage: .float64(values), isScalar: isScalar, node: nil)
    result.narrowType = dtype
    return result
  }
}
