import Testing

@testable import Snippets

/// What session 43's dtype sweep (`Fuzz/dtype_sweep.py`: every NumPy function with its array arguments of every dtype,
/// shape and stressing value) left refused where docbuild printed other text than NumPy before: NumPy 2.4's
/// np.power.reduce and np.arctan2.reduce of a contiguous row (the first element and the last only), float16 subtract
/// and divide reductions (a float32 running value, rounded by the layout), np.arctan2.accumulate's float32 loop, an
/// integer q of np.quantile of floats holding NaN, infinities or -0.0 (NumPy takes those elements), np.roll's bool
/// and complex
/// shift arrays, np.stack of one narrow array's elements, np.roots in float32 or complex, a NumPy float bound of
/// np.random.randint or a Generator's integers, and the SVD results whose last bits are LAPACK's rounding noise
/// where docbuild finds exact zeros. What runs is checked against NumPy in `Fixtures/interpreter/443-*` to `445-*` (`make_dtype43_fixtures.py`); uint64
/// values past int64 in the functions that order them, refused here before, in `446-*` to `448-*`
/// (`make_uint44_fixtures.py`).
struct Dtype43RefusalTests {
  /// The names the sweep's statements use (`Fuzz/numpy_differential.py`'s setup).
  static let setup = """
    >>> a = np.array([[0.5, -1.25, 3.0], [2.0, 0.1, -0.7]])
    >>> b = np.array([1.5, -2.0, 0.3])
    >>> i = np.array([[3, -7, 2], [0, 5, -1]])
    >>> u = np.array([-1, 2, -3]).astype(np.uint64)
    """

  /// (statement, words the refusal says).
  static let refused: [(statement: String, words: String)] = [
    ("np.power.reduce(np.array([2.0, 3.0, 2.0]))", "np.power.reduce over more than two elements is not supported"),
    ("np.arctan2.reduce(a, axis=1)", "np.arctan2.reduce over more than two elements is not supported"),
    ("np.arctan2.reduce(i.astype(np.int32), axis=1)", "NumPy 2.4 combines the first and the last element"),
    (
      "np.subtract.reduce(a.astype(np.float16), axis=1)",
      "np.subtract.reduce of float16 values over more than two elements is not supported"
    ),
    ("np.divide.reduce(a.astype(np.float16).T, axis=0)", "rounds its float32 running value to half once"),
    ("np.arctan2.accumulate(b.astype(np.float32))", "np.arctan2.accumulate of float32 values is not supported"),
    ("np.arctan2.accumulate(i.astype(np.int16)[0])", "NumPy's float32 accumulate loop rounds differently"),
    ("np.quantile(np.array([-0.0, 0.0, 1.0]), 0)", "np.quantile with an integer q is not supported in snippets"),
    ("np.nanquantile(np.array([np.nan, np.inf, 1.0]), 1)", "np.nanquantile with an integer q is not supported"),
    ("np.quantile(np.array([-0.0, 1.0]), 0)", "NumPy takes the elements themselves in the array's dtype"),
    ("np.roll(a, b.astype(np.bool))", "np.roll with an array of bool shifts is not supported in snippets"),
    ("np.roll(a, b.astype(np.complex128))", "np.roll with an array of complex128 shifts"),
    ("np.stack(np.array([1, 2], dtype=np.int8))", "np.stack of the elements of one int8 array is not supported"),
    ("np.roots(b.astype(np.float32))", "np.roots of float32 values is not supported in snippets"),
    ("np.roots(b.astype(np.complex128))", "np.roots of complex128 values is not supported"),
    ("np.random.randint(b.ravel()[0], 2)", "np.random.randint with a float64 bound is not supported"),
    (
      "np.linalg.svd(np.array([[1.0, 2.0], [2.0, 4.0]]), compute_uv=False)",
      "the singular values of this rank-deficient matrix are not supported"
    ),
    (
      "np.linalg.lstsq(np.ones((2, 3)), np.ones((2, 3)))",
      "the singular values of this rank-deficient matrix are not supported"
    ),
    ("np.linalg.pinv(a.astype(np.int8))", "np.linalg.pinv of this matrix is not supported"),
    ("np.linalg.lstsq(a.astype(np.int8), a.astype(np.int8))", "np.linalg.lstsq of this matrix is not supported"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, words: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: words)
  }

  /// A Generator's integers with a NumPy float bound, refused as the random module refuses (its limits are
  /// ValueErrors marked as docbuild's).
  @Test func generatorIntegersWithAFloatBoundIsRefused() throws {
    try RefusalProbe.expectRefused(
      Self.setup, "np.random.default_rng(0).integers(0, b.ravel()[:1].reshape(()))",
      saying: "integers() with a float64 NumPy number for high is not supported in snippets", as: "ValueError")
  }

  /// np.linalg.norm's largest singular value and their sum do not show an exact zero among them: answered (NumPy
  /// prints `np.float64(2.44948974)` for both).
  @Test(arguments: ["2", "'nuc'"])
  func normsOfRankDeficientMatricesAreAnswered(order: String) throws {
    let output = try RefusalProbe.output(Self.setup, "np.round(np.linalg.norm(np.ones((2, 3)), \(order)), 8)")
    #expect(output == "np.float64(2.44948974)", "\(output)")
  }
}
