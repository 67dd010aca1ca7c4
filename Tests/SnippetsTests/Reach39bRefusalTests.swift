import Testing

@testable import Snippets

/// What session 39's re-check of older corpora (reach39b) made answerable and what of it stays refused:
/// `numpy.typing`'s NDArray is made and shown (checked against NumPy in `Fixtures/interpreter/391-*`,
/// `make_session39_recheck_fixtures.py`); its other names and what NumPy's aliases do beyond annotations are refused.
struct Reach39bRefusalTests {
  static let typing = ">>> import numpy.typing as npt\n>>> from numpy.typing import NDArray"

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (typing, "from numpy.typing import NBitBase", "numpy.typing.NBitBase is not part of the snippet language"),
    (typing, "npt.ArrayLike", "repr of numpy.typing.ArrayLike is not supported"),
    (typing, "print(npt.DTypeLike)", "repr of numpy.typing.DTypeLike is not supported"),
    (typing, "NDArray[np.float64](3)", "calling numpy.typing.NDArray is not supported"),
    (typing, "NDArray[np.dtype('f8')]", "numpy.typing.NDArray of this type is not supported"),
    (typing, "NDArray[np.float64].__args__", "'__args__'"),
    (typing, "NDArray[np.float64] | None", "is not part of the snippet language"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
