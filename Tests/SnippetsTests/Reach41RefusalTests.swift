import Testing

@testable import Snippets

/// What session 41's reach probe (reach41) left refused around the tutorial code it opened: np.mgrid/np.ogrid with a
/// zero step beside a NumPy scalar (NumPy divides to inf and fails later in its own ways); np.r_/np.c_ slices with a
/// complex step and no stop, a complex step too large to count, or a part that is not a number; np.arange of float ends
/// whose first two values fall outside the integer dtype asked for; None as np.logspace's base or np.geomspace's start,
/// stop or num; np.where with None for x or y (an array of objects in NumPy), np.diff's prepend/append and
/// np.trapezoid's dx None; a float ddof of np.std/np.var or k of np.tril/np.triu (NumPy takes any number there);
/// np.count_nonzero's keepdims other than a bool or int; np.logspace's and np.geomspace's axis= other than 0; np.roll's
/// float shift and np.linalg.norm's float axis (NumPy goes on with them); the
/// dunder attributes of a module other than `__name__` and `__class__`. What runs is checked against NumPy in
/// `Fixtures/interpreter/410-*` to `417-*` (`make_reach41_fixtures.py`).
struct Reach41RefusalTests {
  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.mgrid[0:1:np.float64(0)]", "np.mgrid and np.ogrid with a zero step beside a NumPy scalar"),
    ("", "np.ogrid[np.float64(0):1:0, 0:1:2j]", "np.mgrid and np.ogrid with a zero step beside a NumPy scalar"),
    ("", "np.r_[0:None:3j]", "np.r_[…] with a complex step and no stop is not supported"),
    ("", "np.c_[0:1:1e300j]", "np.c_[…] with a complex step this large is not supported"),
    ("", "np.r_[0:1:complex(float('inf'), 0)]", "np.r_[…] with a complex step this large"),
    ("", "np.r_[0:1:'a']", "np.r_[…] and np.c_[…] with a slice part of type str are not supported"),
    ("", "np.c_[0:2:[1]]", "with a slice part of type list"),
    ("", "np.arange(-1.5, 2, 1.0, dtype=np.uint8)", "np.arange of float ends with dtype=uint8 whose first values fall"),
    ("", "np.linspace(None, np.array([1.0]), 3)", "np.linspace with a numpy.ndarray stop is not part of the snippet"),
    ("", "np.logspace(0, 2, 3, base=None)", "np.logspace with base=None is not supported in snippets"),
    ("", "np.geomspace(1, 8, None)", "np.geomspace with None for start, stop or num is not supported"),
    ("", "np.where(np.arange(3) > 1, np.arange(3), None)", "np.where with y=None is not supported in snippets"),
    ("", "np.where(np.arange(3) > 1, None, 0)", "np.where with x=None is not supported in snippets: NumPy makes"),
    ("", "np.std(np.arange(4.0), ddof=0.5)", "a ddof that is not a whole number is not supported in snippets"),
    ("", "np.arange(4.0).var(ddof=np.float64(1))", "ndarray.var with ddof of type numpy.float64 is not supported"),
    ("", "np.triu(np.ones((2, 2)), 1.0)", "np.triu with k of type float is not supported in snippets"),
    ("", "np.diff(np.arange(3), prepend=None)", "np.diff with prepend=None is not supported in snippets"),
    ("", "np.trapezoid(np.arange(3.0), dx=None)", "np.trapezoid with dx=None is not supported in snippets"),
    ("", "np.count_nonzero(np.arange(3), keepdims=1.5)", "np.count_nonzero with keepdims of type float"),
    ("", "np.logspace(0, 1, 3, axis=True)", "np.logspace's axis= other than 0 is not supported in snippets"),
    ("", "np.geomspace(1, 8, 3, axis=1.5)", "np.geomspace's axis= is not supported in snippets"),
    ("", "np.roll(np.arange(3), 1.5)", "np.roll with a float shift is not supported in snippets"),
    ("", "np.linalg.norm(np.ones((2, 2)), axis=1.5)", "np.linalg.norm with a float axis is not supported"),
    ("", "np.__file__", "numpy.__file__ is not part of the snippet language"),
    ("", "np.linalg.__path__", "numpy.linalg.__path__ is not part of the snippet language"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// A float slice in np.r_ makes NumPy's arange, not a refusal (the SciPy Cookbook's `r_[-3:13:0.1]`; its digits are
  /// checked against NumPy in fixture 411).
  @Test func floatSlicesOfIndexTricksRun() throws {
    let output = try RefusalProbe.output("", "np.r_[-3:13:0.1].shape")
    #expect(output == "(160,)", "\(output)")
  }
}
