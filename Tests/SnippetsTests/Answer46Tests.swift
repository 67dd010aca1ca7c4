import Testing

@testable import Snippets

/// What answer46's NumPy breadth (issue 10) leaves refused beside what it answers (checked against NumPy in
/// `Fixtures/interpreter/480-*` to `483-*`, `make_answer46_fixtures.py`): a uint64 from 2**63 up where NumPy reads
/// it into a C type its own way (a repeat count, a sample count, a range bound), Python ints past 63 bits that NumPy
/// makes object arrays of, reductions into a narrower out past NumPy's 8192-element cast buffers, means divided in
/// a complex or float16 out, NumPy functions whose text holds their address or whose class docbuild does not know.
struct Answer46Tests {
  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.repeat([1], np.uint64(2**63))", "a uint64 from 2**63 up used as an index, a count or a size"),
    ("", "np.linspace(0, 1, np.uint64(2**63))", "a uint64 from 2**63 up used as an index, a count or a size"),
    ("", "range(np.uint64(2**64 - 1))", "a uint64 from 2**63 up used as an index, a count or a size"),
    ("", "np.add(np.float16(1.5), 2**64)", "a Python int of more than 63 bits"),
    ("", "np.array([1, 2]) < [2**63]", "a Python int of more than 63 bits"),
    (
      "", "np.sum(np.full(9000, 0.3), out=np.zeros((), np.int64))",
      "np.sum's out= of int64 for a reduction in float64 of more than 8192 elements"
    ),
    (
      "", "np.max(np.full((9000, 2), 300), axis=0, out=np.zeros(2, np.int8))",
      "np.max's out= of int8 for a reduction in int64 of more than 8192 elements"
    ),
    (
      "", "np.mean(np.ones((2, 3)), axis=0, out=np.zeros(3, np.complex64))",
      "np.mean's out= of complex64 for a float64 mean"
    ),
    (
      "", "np.mean(np.ones((2, 3)), axis=0, out=np.zeros(3, np.float16))",
      "np.mean's out= of float16 for a float64 mean"
    ),
    ("", "np.sum(np.ones((2, 3)), axis=0, out=np.zeros(2))", "np.sum's out= of shape (2,) for a result of shape (3,)"),
    ("", "repr(np.sum)", "<function sum> is not shown: Python prints functions and methods with their memory address"),
    ("", "type(np.random.rand)", "type() of a NumPy function is not supported"),
    ("", "isinstance(np.place, type(np.sum))", "isinstance() of this NumPy function with NumPy's dispatcher class"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
