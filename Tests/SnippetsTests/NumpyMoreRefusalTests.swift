import Testing

@testable import Snippets

/// What issue 10's seventh round refuses rather than print differently from NumPy, each a diagnostic at the statement
/// that names what is missing: string, masked and record arrays, float32 `cbrt` of a reversed view (the C library's), ufunc
/// keywords not implemented, vectorize's several outputs.
struct NumpyMoreRefusalTests {
  @Test(arguments: [
    ("np.char.partition(['a'], 'a')", "numpy.char.partition"), ("np.strings.slice(['a'], 1)", "numpy.strings.slice"),
    ("np.rec.array([1])", "np.rec"), ("np.cbrt(np.array([8.0, 27.0], dtype=np.float32)[::-1])", "np.cbrt"),
    ("np.ma.median([1])", "numpy.ma.median"),
    ("np.vectorize(lambda x: (x, x))([1, 2])", "tuple"), ("np.vectorize(abs, otypes='ff')", "several outputs"),
    ("np.bitwise_and([1], [2], dtype=np.int8)", "dtype="),
    ("np.intersect1d([1], [1], return_indices=True)", "return_indices"),
  ])
  func refusedWithItsName(code: String, named: String) {
    RefusalProbe.expectScriptRefused(code, naming: named)
  }
}
