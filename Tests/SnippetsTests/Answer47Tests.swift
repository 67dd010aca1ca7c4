import Testing

@testable import Snippets

/// What answer47's NumPy breadth (issue 10) leaves refused beside what it answers (checked against NumPy in
/// `Fixtures/interpreter/490-*` to `494-*`, `make_answer47_fixtures.py`): a uint64 from 2**63 up as a range bound or
/// a count NumPy casts to a negative intp (np.repeat's empty result, np.tile's errors), an axis within a C long that
/// transpose wraps into a C int, ufunc loops in float16 (NumPy's cast of the int warns), gcd of a float beside such an
/// int, a Python number among several parts of np.concatenate(axis=None), formatting a float array under a negative
/// precision other than by print, the echo, str or repr, a sum into a narrower out along the first axis past one
/// buffer (NumPy's iterator picks the rows a buffer holds), an array times a bytearray, np.bytes_ of an int, and
/// instances of the numbers module's classes or classes deriving from them.
struct Answer47Tests {
  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "range(np.uint64(2**63))", "a uint64 from 2**63 up used as an index, a count or a size"),
    ("", "np.repeat(np.arange(3), np.uint64(2**63))", "a uint64 from 2**63 up used as an index, a count or a size"),
    ("", "np.tile(np.arange(3), np.uint64(2**63))", "a uint64 from 2**63 up used as an index, a count or a size"),
    (">>> a = np.ones((2, 3))", "np.transpose(a, (0, 2**40))", "axis 1099511627776 is beyond a C int"),
    (">>> a = np.ones((2, 3))", "np.diagonal(a, axis1=2**70)", "beyond a C int"),
    ("", "np.add(np.float16(1.5), 2**63)", "a Python int of more than 63 bits"),
    ("", "np.arctan2(np.int8(5), 2**63)", "a Python int of more than 63 bits"),
    ("", "np.gcd(2.5, 2**63)", "a Python int of more than 63 bits"),
    ("", "np.concatenate([['a'], 1, 2.5], axis=None)", "a Python number beside text in np.concatenate(axis=None)"),
    (
      ">>> np.set_printoptions(precision=-1)", "f'{np.array([1.5])}'",
      "formatting a float array under a negative np.set_printoptions precision"
    ),
    (
      "", "np.sum(np.ones((9000, 2)) / 3, axis=0, out=np.zeros(2, np.float32))",
      "np.sum's out= of float32 for a reduction in float64 of more than 8192 elements"
    ),
    (
      "", "np.sum(np.ones((2, 9000)).T / 3, out=np.zeros((), np.float32))",
      "np.sum's out= of float32 for a reduction in float64 of more than 8192 elements"
    ),
    ("", "bytearray(b'a') * np.array(3)", "an array times a bytearray"),
    ("", "np.bytes_(5)", "np.bytes_ of a 'int'"),
    (">>> import numbers", "numbers.Real()", "numbers.Real() is not supported in snippets"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// A class deriving from one of the numbers module's classes would need their abstract methods, which snippets do
  /// not list: the class statement is refused.
  @Test func aClassDerivingFromTheNumericTowerIsRefused() {
    RefusalProbe.expectScriptRefused(
      "import numbers\nclass Meters(numbers.Real):\n    pass", naming: "a class deriving from numbers.Number")
  }

  /// An axis a C int holds keeps its AxisError; one past a C long caught by `except OverflowError` is NumPy's error,
  /// which the handler takes.
  @Test func anAxisPastACLongIsCaught() throws {
    let output = try RefusalProbe.output(
      ">>> a = np.ones((2, 3))",
      "try:\n...     a.sum(axis=np.uint64(2**63))\n... except OverflowError as e:\n...     print(e)")
    #expect(output.contains("Python int too large to convert to C long"), "\(output)")
  }
}
