import Testing

@testable import Snippets

/// What session 44 (helper sweep44) refuses of what `Fuzz/signature_sweep.py --bases all --values float,list,empty`
/// and `--values true,negative,huge,nan` found docbuild printing other than NumPy: `np.histogram`'s weights in a dtype
/// whose counts NumPy keeps in it where snippets do not follow them (a density, float16 or complex weights, float32
/// running sums over given edges, integer sums that could wrap), `np.isin` with an `invert=` that is a nested sequence
/// or an array (NumPy reads it by truth on one path and as an array element on another), and an int `dx=` past 64
/// bits of unsigned samples. What runs is checked against NumPy in `Fixtures/interpreter/453-*` to `455-*`
/// (`make_sweep44_fixtures.py`).
struct Sweep44RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      ">>> b = np.array([1.5, -2.0, 0.3])", "np.histogram(b, weights=b > 0, density=True)",
      "np.histogram with bool weights= and density=True is not supported in snippets"
    ),
    (
      ">>> b = np.array([1.5, -2.0, 0.3])", "np.histogram(b, 1, weights=np.array([100, 100, 100], dtype=np.int8))",
      "np.histogram with int8 weights= whose bin sums leave the dtype's range (NumPy's float-to-integer cast) is not "
        + "supported"
    ),
    (
      ">>> b = np.array([1.5, -2.0, 0.3])",
      "np.histogram(b, [-2, 0, 2], weights=np.array([1, 2, 3], dtype=np.float32))",
      "np.histogram with float32 weights= and given edges (NumPy's running sums in float32) is not supported"
    ),
    (
      ">>> b = np.array([1.5, -2.0, 0.3])", "np.histogram(b, weights=np.array([1.5, 2, 3], dtype=np.float16))",
      "np.histogram with float16 weights= is not supported in snippets"
    ),
    (
      ">>> c = np.arange(24.0).reshape(2, 3, 4) / 7", "np.isin(c, c, invert=[[1]])",
      "np.isin with a list invert= is not supported in snippets: NumPy reads it by truth in one step and as an array "
        + "element in another"
    ),
    (
      ">>> c = np.arange(24.0).reshape(2, 3, 4) / 7", "np.isin(c, c, invert=np.array([1]))",
      "np.isin with a numpy.ndarray invert= is not supported in snippets"
    ),
    (
      "", "np.trapezoid(np.array([1, 2, 3], dtype=np.uint8), dx=2**64)",
      "np.trapezoid with an int dx= past 64 bits of unsigned samples is not supported in snippets"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
