import Testing

@testable import Snippets

/// NumPy's own functions (`import numpy` beside `import autograd.numpy`) given a value autograd's grad traces, where
/// NumPy converts autograd's box into an array of Python objects (or its ufunc protocol answers NotImplemented): docbuild
/// treated them as autograd's functions, printing a float64 gradient where Python's was of dtype object
/// (`np.zeros_like(x) + x`) and sums of objects in another order. `make_session41_fixtures.py` checks this list
/// against NumPy (each call reads the box's length, converting it, or raises a TypeError); what runs is
/// `Fixtures/interpreter/430-*`.
struct Session41RefusalTests {
  static let ownNumpy =
    ">>> import numpy as np\n>>> import autograd.numpy as anp\n>>> from autograd import grad as agrad\n>>> v = np.array([0.5, -1.0, 2.0])"

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (ownNumpy, "agrad(lambda x: anp.sum(np.clip(x, 0, 1.5)))(v)", "np.clip here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.cumsum(x)))(v)", "np.cumsum here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.tile(x, 2)))(v)", "np.tile here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.asarray(x)))(v)", "np.asarray here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.array(x)))(v)", "np.array here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.zeros_like(x)))(v)", "np.zeros_like here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.ones_like(x)))(v)", "np.ones_like here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.dot(x, x)))(v)", "np.dot here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.outer(x, x)))(v)", "np.outer here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.concatenate([x, x])))(v)", "np.concatenate here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.stack([x, x])))(v)", "np.stack here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.hstack([x, x])))(v)", "np.hstack here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.where(x > 1.0, x, 0.0)))(v)", "np.where here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.linalg.norm(x)))(v)", "np.linalg.norm here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.diag(x)))(v)", "np.diag here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.sort(x)))(v)", "np.sort here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.ravel(x)))(v)", "np.ravel here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.expand_dims(x, 0)))(v)", "np.expand_dims here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.roll(x, 1)))(v)", "np.roll here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.einsum('i,i->', x, x)))(v)", "np.einsum here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.ptp(x)))(v)", "np.ptp here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.add.reduce(x)))(v)", "np.add.reduce here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.exp([x[0], x[1]])))(v)", "np.exp here is NumPy's own function"),
    (ownNumpy, "agrad(lambda x: anp.sum(np.polyval([1.0, 2.0], x)))(v)", "np.polyval here is NumPy's own function"),
    (
      ownNumpy, "agrad(lambda x: anp.sum(np.zeros_like(x) + x))(v)",
      "NumPy makes an array of Python objects holding autograd's ArrayBox values"
    ),
  ]

  /// A str where NumPy takes an int and parses the text as a number (`np.repeat(a, '2')` repeats twice) or formats it
  /// (`np.rot90`'s `k %= 4`); NumPy's errors for the other functions are `Fixtures/interpreter/432-*`.
  static let textForInts: [(setup: String, statement: String, words: String)] = [
    (">>> a = np.arange(6.0).reshape(2, 3)", "np.repeat(a, '2')", "np.repeat with a str repeats"),
    (">>> a = np.arange(6.0).reshape(2, 3)", "a.repeat('2')", "ndarray.repeat with a str repeats"),
    (">>> a = np.arange(6.0).reshape(2, 3)", "np.roll(a, '1')", "np.roll with a str shift"),
    (">>> a = np.arange(6.0).reshape(2, 3)", "np.rot90(a, '1')", "np.rot90 with a str k"),
    (">>> np.random.seed(0)", "np.random.randint('5')", "randint() in snippets takes a number for low, not a str"),
    (
      ">>> g = np.random.default_rng(0)", "g.integers(0, '5')",
      "integers() in snippets takes a number for high, not a str"
    ),
  ]

  @Test(arguments: refused + textForInts)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// The same calls of autograd.numpy's functions are not refused, nor NumPy's own under docbuild's builtin `grad` or
  /// in a chapter that never imported NumPy itself: snippets' own `np` is autograd's NumPy under a derivative.
  @Test func autogradsNumpyAndSnippetsOwnStillRun() throws {
    try RefusalProbe.expectComputed(
      Self.ownNumpy, "agrad(lambda x: anp.sum(anp.zeros_like(x) + anp.tile(x, 1) * anp.dot(x, x)))(v)")
    try RefusalProbe.expectComputed(Self.ownNumpy, "grad(lambda x: np.sum(np.zeros_like(x) + np.dot(x, x)))(v)")
    try RefusalProbe.expectComputed(
      ">>> from autograd import grad as agrad\n>>> v = np.array([0.5, -1.0, 2.0])",
      "agrad(lambda x: np.sum(np.zeros_like(x) + np.dot(x, x)))(v)")
  }
}
