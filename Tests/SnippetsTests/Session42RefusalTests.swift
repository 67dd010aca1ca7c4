import Testing

@testable import Snippets

/// What `Fuzz/signature_sweep.py` (None, a str, a float, a list or a tuple for every parameter of NumPy's functions)
/// found NumPy answering in a way snippets do not reproduce: a str NumPy goes on with character by character
/// (`axes='ab'` unpacked into two), a str cast into an array or compared with its `int()`, arrays of ends for
/// np.logspace, float shifts np.roll truncates, sequences of tolerances or spacings NumPy broadcasts, floats NumPy's
/// Python functions compute with where snippets take an int. NumPy's errors for the other calls of the sweep are
/// `Fixtures/interpreter/418-*`, `419-*` and `428-*`.
struct Session42RefusalTests {
  static let setup =
    ">>> a = np.array([[0.5, -1.25, 3.0], [2.0, 0.1, -0.7]])\n>>> i = np.array([[3, -7, 2], [0, 5, -1]])"

  /// (statement, words the refusal says).
  static let refused: [(statement: String, words: String)] = [
    ("np.tensordot(a, a, axes='ab')", "np.tensordot with a str axes of two characters"),
    ("np.rot90(a, axes='ab')", "np.rot90 with a str axes of two characters"),
    ("np.histogram(a, range='ab')", "np.histogram with a str range of two characters"),
    ("np.nan_to_num(a, nan='1')", "np.nan_to_num with a str nan"),
    ("np.nan_to_num(a, posinf='x')", "np.nan_to_num with a str posinf"),
    ("np.cov(a, ddof='1')", "np.cov with a str ddof"),
    ("np.trapezoid(a, dx='1')", "np.trapezoid with a str dx"),
    ("np.logspace(a, a, 3)", "np.logspace with a numpy.ndarray start"),
    ("np.logspace(0, a, 3)", "np.logspace with a numpy.ndarray stop"),
    ("np.logspace(1j, 2, 3)", "np.logspace of complex128 values is not supported"),
    ("np.roll(a, [1.5, 2.5])", "np.roll with float shifts"),
    ("np.roll(a, np.array([1.0, 2.0]), axis=(0, 1))", "np.roll with float shifts"),
    ("i.clip(-2**70, a_max=2)", "ndarray.clip with a_max= and a bound given to an integer array"),
    ("np.base_repr(3, padding='x')", "np.base_repr with a str padding"),
    ("np.base_repr(3, padding=[1])", "np.base_repr with a list padding"),
    ("np.trapezoid(a, dx=[1])", "np.trapezoid with a list dx"),
    ("np.isclose(a, a, rtol=[1])", "np.isclose with a list rtol"),
    ("np.allclose(a, a, atol=())", "np.allclose with a tuple atol"),
    ("np.rot90(a, k=1.5)", "np.rot90 with a float k"),
    ("np.tri(3, M=1.5)", "np.tri with a float M"),
    ("np.tri(3, k=np.float64(1.0))", "np.tri with a float k"),
    ("np.base_repr(3, base=2.5)", "np.base_repr with a float base"),
    ("np.binary_repr(3, width=4.0)", "np.binary_repr with a float width"),
    ("np.gradient(a, edge_order=1.0)", "np.gradient with a float edge_order"),
    ("np.cov(a, ddof=1.0)", "np.cov with a float ddof"),
    ("np.transpose(a, axes=1.5)", "np.transpose with a float axes"),
    ("np.base_repr(3, base=2**63)", "np.base_repr with an int of more than 63 bits as base"),
    ("np.gradient(a, edge_order=2**63)", "np.gradient with an int of more than 63 bits as edge_order"),
    ("np.round(a, 2**63)", "np.round with an int of more than 63 bits as decimals"),
    ("a.trace(offset=-2**70)", "ndarray.trace with an int of more than 63 bits as offset"),
    ("np.gradient(a, edge_order=0)", "np.gradient with edge_order below 1"),
    ("np.linalg.norm(a, axis='1')", "np.linalg.norm with a str axis"),
    ("np.linalg.matrix_rank(a, tol=[1])", "np.linalg.matrix_rank with a list tol"),
    ("np.linalg.pinv(a, rcond='1')", "np.linalg.pinv with a str rcond"),
    ("np.fft.fft(a, n=2**62 + 1)", "np.fft.fft with n of more than 62 bits"),
    ("np.fft.fftn(a, axes=1)", "np.fft with axes= that is not a list or tuple"),
    ("np.zeros(2).astype([('x', float)])", "a structured dtype (a list of fields) is not supported here"),
  ]

  /// The random module's refusals, which are ValueErrors marked as docbuild's limit, as the module's others.
  static let refusedRandom: [(statement: String, words: String)] = [
    ("np.random.choice(a[0], size='1')", "choice() with a str size"),
    ("np.random.normal(a, None)", "np.random.normal with None beside an array of parameters"),
    ("np.random.default_rng(0).gumbel(a, scale=None)", "gumbel() with scale=None beside an array of parameters"),
    ("np.random.default_rng(0).standard_exponential(3, method=b'inv')", "standard_exponential(method=b'inv')"),
    ("np.random.default_rng(0).standard_exponential(3, method=[1])", "standard_exponential(method=[1])"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, words: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: words)
  }

  @Test(arguments: refusedRandom)
  func randomIsRefusedAsDocbuildsLimit(statement: String, words: String) throws {
    try RefusalProbe.expectRefused(Self.setup + "\n>>> np.random.seed(0)", statement, saying: words, as: "ValueError")
  }
}
