import CKernels

/// NumPy's own float64 results for the ufuncs whose NumPy algorithm is not correctly rounded, bit for bit
/// (Sources/CKernels/numpy_elementary.c, numpy_elementary_logs.c): `np.tanh`, `np.exp`, `np.log`, `np.exp2`, `np.cosh`,
/// `np.expm1`, `np.log1p`, `np.log2`, `np.log10`, `np.arcsinh`, `np.arccosh`, `np.arctanh` and `**` of arrays print what
/// NumPy prints, not the correctly rounded value that `Elementary` computes and Python's `math` module functions keep
/// using.
enum NumpyElementary {
  /// NumPy's float64 `tanh` of each element.
  static func tanh(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_tanh) }

  /// NumPy's float64 `exp` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func exp(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_exp) }

  /// NumPy's float64 `log` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func log(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_log) }

  /// NumPy's float64 `exp2` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func exp2(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_exp2) }

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

  /// NumPy's float32 `function` of float32 elements (held as doubles), for the functions whose float32 SVML kernel
  /// NumPy runs on x86-64 with AVX-512 and docbuild reproduces (Sources/CKernels/numpy_elementary_logs.c); nil for
  /// the others.
  static func float32(_ function: MathFunction) -> (([Double]) -> [Double])? {
    switch function {
    case .log2: { map($0, docbuild_numpy_log2_float32) }
    case .log10: { map($0, docbuild_numpy_log10_float32) }
    default: nil
    }
  }

  /// NumPy's float64 `cosh` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512); beyond SVML's
  /// main path (|x| > 707.69..., where the result is near or past overflow) the correctly rounded `Elementary.cosh`,
  /// and a NaN quieted as SVML returns it.
  static func cosh(_ x: [Double]) -> [Double] {
    if x.isEmpty { return [] }
    return [Double](unsafeUninitializedCapacity: x.count) { result, count in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: x.count) { undecided in
        x.withUnsafeBufferPointer { xs in
          let left = docbuild_numpy_cosh(xs.baseAddress, result.baseAddress, x.count, undecided.baseAddress)
          for k in 0..<left {
            let value = xs[Int(undecided[k])]
            result[Int(undecided[k])] =
              value.isNaN ? Double(bitPattern: value.bitPattern | 0x0008_0000_0000_0000) : Elementary.cosh(value)
          }
        }
      }
      count = x.count
    }
  }

  /// NumPy's float64 `power` of each pair (Intel SVML's, which NumPy uses on x86-64 with AVX-512); `y` at least as
  /// long as `x`. Pairs outside SVML's main path (a base that is not positive and finite, an infinite or NaN exponent,
  /// a result beyond 2^±1021.5) take `Elementary.pow`, which follows C's `pow` for the special values as SVML does.
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
                result[i] = Elementary.pow(xs[i], ys[i])
              }
              start += length
            }
          }
        }
      }
      count = x.count
    }
  }

  /// NumPy's float64 `power` with one exponent for the whole array, as its loop computes it: 2 as `x * x` and 0.5 as
  /// the square root (so -0 gives -0 and -inf gives NaN), any other exponent as `power` of each pair. (NumPy's -1,
  /// a division, is `Elementary.pow`'s correctly rounded 1 / x too.)
  static func power(_ x: [Double], exponent: Double) -> [Double] {
    if exponent == 2 || exponent == 0.5 { return Elementary.power(x, exponent: exponent) }
    if exponent == -1 { return x.map { 1 / $0 } }
    return power(x, [Double](repeating: exponent, count: x.count))
  }

  /// A C kernel `kernel(x, y, n)` applied to the whole array.
  static func map(
    _ x: [Double], _ kernel: (UnsafePointer<Double>?, UnsafeMutablePointer<Double>?, Int) -> Void
  ) -> [Double] {
    if x.isEmpty { return [] }
    return [Double](unsafeUninitializedCapacity: x.count) { result, count in
      x.withUnsafeBufferPointer { kernel($0.baseAddress, result.baseAddress, x.count) }
      count = x.count
    }
  }
}
