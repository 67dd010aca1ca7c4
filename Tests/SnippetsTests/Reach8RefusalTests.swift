import Testing

@testable import Snippets

/// What the reach probe's eighth pass (issue 10) left refused, by name: writes through a dtype view that would make a
/// signalling NaN docbuild cannot hold, structured views of number arrays that are not packed fields of the array's
/// own dtype or not laid out in one run of memory, `np.unique` of structured arrays where NumPy's unstable sort decides
/// the result (NaN, -0.0) or with `axis=`, nested fields NumPy lays out in ways these arrays do not hold (aligned,
/// sub-arrays of structures), sorting and comparing by nested fields, what void arrays
/// (`x.view(np.dtype((np.void, n)))`) do beyond printing, indexing and `np.unique` (and writes into `x` while one is
/// alive: it holds a copy of the bytes), `svd(hermitian=True)` where NumPy's argsort decides the order, `np.round`
/// results outside the dtype, and the reduced SVD's gradient where its vectors are refused. What docbuild now runs is
/// checked against NumPy in `Fixtures/interpreter/72-reach8-view-writes-structured-views-unique-hermitian-svd.txt`.
struct Reach8RefusalTests {
  static let half = ">>> h = np.array([1.0, 2.0], dtype=np.float16)\n>>> hb = h.view(np.uint16)"
  static let void = ">>> Z = np.arange(6).reshape(3, 2)\n>>> T = Z.view(np.dtype((np.void, 16)))"
  static let nested = ">>> z = np.zeros(2, dtype=[('p', [('x', 'f8'), ('y', 'i4')]), ('q', 'i2')])"

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (half, "hb[0] = 31745", "signalling NaN of the float16 array"),
    (">>> f = np.zeros(2, dtype=np.float32)", "f.view(np.int32)[1] = 2139095041", "signalling NaN of the float32"),
    (">>> n = np.arange(3)", "n.view(np.uint8).fill(0)", "view of an array as another dtype"),
    ("", "np.arange(4).view([('a', 'i4'), ('b', 'i4')])", "fields that are not all int64, packed"),
    ("", "np.arange(4.0).view([('a', 'f8'), ('b', 'i8')])", "fields that are not all float64"),
    ("", "np.arange(8).reshape(2, 4)[:, :2].view([('a', int), ('b', int)])", "not C-contiguous"),
    ("", "np.arange(6)[::2].view([('a', int)])", "not C-contiguous"),
    ("", "np.array(5).view([('a', int)])", "a view of a 0-d array as fields"),
    ("", "np.unique(np.array([(np.nan,), (1.0,)], dtype=[('a', float)]))", "NaN or -0.0"),
    ("", "np.unique(np.array([(-0.0,), (0.0,)], dtype=[('a', float)]))", "NaN or -0.0"),
    ("", "np.unique(np.zeros(3, dtype=[('a', int)]), axis=0)", "np.unique with axis="),
    ("", "np.unique(np.zeros(3, dtype=[('a', int), ('b', float, (2,))]))", "sub-array fields"),
    ("", "np.unique(np.zeros(3, dtype=[('a', complex)]))", "complex fields"),
    ("", "np.unique(np.zeros(3, dtype=[('a', 'i4'), ('b', 'f8,i2')]))", "np.unique of this field"),
    ("", "np.dtype([('a', 'i4'), ('b', [('c', 'f8')])], align=True)", "nested structured fields with align=True"),
    ("", "np.zeros(2, dtype=[('p', [('x', 'f8')], (2,))])", "sub-array fields of structures"),
    ("", "np.zeros(2, dtype=[('p', [('x', '>i4')])])", "big-endian fields inside nested fields"),
    (nested, "np.sort(z)", "sorting by this field"),
    (nested, "z == z", "comparing nested structured fields"),
    (void, "Z[0, 0] = 5", "NumPy's ndarray.view shares"),
    (void, "T.tolist()", "the method .tolist() of a NumPy void array"),
    (void, "T == T", "comparing of a NumPy void array"),
    (void, "T[0, 0][0]", "indexing an element of a NumPy void array"),
    (void, "np.sort(T)", "np.sort of a NumPy void array"),
    (void, "T[0] = T[1]", "assignment of a NumPy void array"),
    ("", "np.arange(3, dtype=np.int32).view(np.dtype((np.void, 6)))", "split a int32 element"),
    ("", "np.array(5).view(np.dtype((np.void, 8)))", "a view of a 0-d array or NumPy scalar"),
    (
      ">>> from autograd import grad\n>>> import autograd.numpy as anp",
      "grad(lambda a: anp.linalg.svd(a, full_matrices=False)[0][0, 1])(np.array([[1.0, 2.0], [2.0, 4.0]]))",
      "rank-deficient"
    ),
    ("", "np.linalg.svd(np.array([[0.0, 1.0], [1.0, 0.0]]), hermitian=True)", "the same absolute value"),
    ("", "np.linalg.svd(np.diag([2.0, -2.0]), hermitian=True)", "the same absolute value"),
    ("", "np.linalg.svd(np.eye(2) * 1j, hermitian=True)", "complex128 values"),
    ("", "np.linalg.svd(np.ones((2, 2, 2)), hermitian=True)", "complex or stacked"),
    ("", "np.linalg.svd(np.eye(2, dtype=np.float32) * 2, hermitian=True)", "float32"),
    ("", "np.round(np.array([-128], dtype=np.int8), -1)", "outside int8"),
    ("", "np.round(np.full(1, -1).astype(np.uint64), -1)", "outside uint64"),
    ("", "np.round(np.array([5]), -23)", "decimals below -22"),
    ("", "np.array2string([1, 2])", "anything but an array or a NumPy number"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
