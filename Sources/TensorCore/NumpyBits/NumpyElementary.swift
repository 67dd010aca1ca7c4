import CKernels

/// NumPy's own float64 results for the ufuncs whose NumPy algorithm is not correctly rounded, bit for bit
/// (Sources/CKernels/numpy_elementary.c): `np.tanh`, `np.exp` and `np.log`
/// print what NumPy prints, not the correctly rounded
/// value that `Elementary` computes and Python's `math` module functions keep using.
enum NumpyElementary {
  /// NumPy's float64 `tanh` of each element.
  static func tanh(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_tanh) }

  /// NumPy's float64 `exp` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func exp(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_exp) }

  /// NumPy's float64 `log` of each element (Intel SVML's, which NumPy uses on x86-64 with AVX-512).
  static func log(_ x: [Double]) -> [Double] { map(x, docbuild_numpy_log) }

  private static func map(
    _ x: [Double], _ kernel: (UnsafePointer<Double>?, UnsafeMutablePointer<Double>?, Int) -> Void
  ) -> [Double] {
    if x.isEmpty { return [] }
    return [Double](unsafeUninitializedCapacity: x.count) { result, count in
      x.withUnsafeBufferPointer { kernel($0.baseAddress, result.baseAddress, x.count) }
      count = x.count
    }
  }
}
