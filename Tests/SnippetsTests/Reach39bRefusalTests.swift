import Testing

@testable import Snippets

/// What session 39's re-check of older corpora (reach39b) made answerable and what of it stays refused:
/// `numpy.typing`'s NDArray is made and shown (checked against NumPy in `Fixtures/interpreter/391-*`,
/// `make_session39_recheck_fixtures.py`); its other names and what NumPy's aliases do beyond annotations are refused.
/// NumPy's named results (`SVDResult`, `QRResult`, …) printed `<class 'tuple'>` as their type: their class and its
/// methods are refused now, and a NaN scalar in a container compared with `==` (392 checks what is answered).
struct Reach39bRefusalTests {
  static let typing = ">>> import numpy.typing as npt\n>>> from numpy.typing import NDArray"
  static let svd = ">>> r = np.linalg.svd(np.array([[3.0, 1.0], [1.0, 3.0]]))"

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (typing, "from numpy.typing import NBitBase", "numpy.typing.NBitBase is not part of the snippet language"),
    (typing, "npt.ArrayLike", "repr of numpy.typing.ArrayLike is not supported"),
    (typing, "print(npt.DTypeLike)", "repr of numpy.typing.DTypeLike is not supported"),
    (typing, "NDArray[np.float64](3)", "calling numpy.typing.NDArray is not supported"),
    (typing, "NDArray[np.dtype('f8')]", "numpy.typing.NDArray of this type is not supported"),
    (typing, "NDArray[np.float64].__args__", "'__args__'"),
    (typing, "NDArray[np.float64] | None", "is not part of the snippet language"),
    (svd, "type(r)", "type() of NumPy's SVDResult is not supported"),
    (svd, "r.__class__", "the attribute '__class__' of NumPy's SVDResult is not supported"),
    (svd, "r._asdict()", "the attribute '_asdict' of NumPy's SVDResult"),
    (svd, "r._replace(S=None)", "the attribute '_replace' of NumPy's SVDResult"),
    (">>> q = np.linalg.qr(np.eye(2))", "type(q) is tuple", "type() of NumPy's QRResult"),
    (svd, "dir(r)", "dir() of a tuple is not supported"),
    (">>> n = np.float64('nan')", "(n,) == (n,)", "comparing containers that hold NaN"),
    (">>> n = np.float64('nan')", "[n, 1] != [n, 1]", "comparing containers that hold NaN"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
