import CKernels

/// NumPy's own float64 results for the ufuncs whose NumPy algorithm is not correctly rounded, bit for bit
/// (Sources/CKernels/numpy_elementary.c): `np.tanh` prints what NumPy prints, not the correctly rounded value that
/// `Elementary` computes and Python's `math` module functions keep using.
enum NumpyElementary {
  /// NumPy's float64 `tanh` of each element.
  static func tanh(_ x: [Double]) -> [Double] {
    if x.isEmpty { return [] }
    return [Double](unsafeUninitializedCapacity: x.count) { result, count in
      x.withUnsafeBufferPointer { docbuild_numpy_tanh($0.baseAddress, result.baseAddress, x.count) }
      count = x.count
    }
  }
}
