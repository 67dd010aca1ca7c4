/// `np.core`, which NumPy 2 keeps as a deprecated alias of its private `numpy._core` (each use warns on stderr,
/// never on the page): tutorials written for NumPy 1 reach `np.core.records.fromarrays` through it, which is
/// `np.rec.fromarrays`.
enum NumpyCoreAlias {
  /// `np.core.name`: its `records` module; any other name is refused with the public spelling to use.
  static func member(_ name: String) throws(PythonError) -> Value {
    if name == "records" { return .module("numpy._core.records") }
    throw PythonError.limit(
      "np.core.\(name) is not supported in snippets: NumPy 2 renamed numpy.core to its private numpy._core and "
        + "warns on every use; write the public NumPy name instead (np.rec for np.core.records)")
  }
}
