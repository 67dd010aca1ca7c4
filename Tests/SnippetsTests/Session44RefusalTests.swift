import Testing

@testable import Snippets

/// What session 44's lead work leaves refused beside the shapes, outputs and positional `out` it answers (checked
/// against NumPy in `Fixtures/interpreter/457-*` and `458-*`, `make_session44_fixtures.py`): an output array NumPy
/// writes past what answer45 answers (a reduction's of another shape or a narrower dtype, a matmul's of fewer
/// dimensions than its core or loop dimensions the inputs' do not broadcast to), the methods any and all given a `dtype` by position, a NumPy uint64 extent; an operator
/// between an array and None over no elements (NumPy's empty array of dtype object) and str or bytes
/// operands NumPy makes string arrays of (`462-*`).
struct Session44RefusalTests {
  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      ">>> m = np.arange(6.0).reshape(2, 3)", "np.sum(m, axis=0, out=np.zeros(2))",
      "of shape (2,) for a result of shape (3,)"
    ),
    (
      "", "np.max(np.full(9000, 300), out=np.zeros((), np.int8))",
      "np.max's out= of int8 for a reduction in int64 of more than 8192 elements"
    ),
    (">>> m = np.arange(6.0).reshape(2, 3)", "m.mean(0, None, True)", "out= is not supported in snippets"),
    (">>> m = np.arange(6.0).reshape(2, 3)", "m.std(0, np.float32)", "dtype= of np.std is not supported"),
    (
      ">>> m = np.arange(6.0).reshape(2, 3)", "np.matmul(m, np.ones((3, 2)), out=np.zeros(2))",
      "np.matmul(…, out=…) with an out of fewer dimensions than the result's core is not supported"
    ),
    (
      "", "np.matmul(np.ones((2, 2, 3)), np.ones(3), out=np.zeros((1, 2)))",
      "np.matmul(…, out=…) with an out whose loop dimensions the inputs' do not broadcast to"
    ),
    (">>> a = np.array([1, 2])", "np.array([]) + None", "+ between an empty array and a NoneType value"),
    (">>> a = np.array([1, 2])", "a + b'x'", "arithmetic between an array and a bytes value"),
    (">>> a = np.array([1, 2])", "a | 'x'", "| between an array and a str"),
    (
      "", "np.repeat([1], np.uint64(2**63))",
      "a uint64 from 2**63 up used as an index, a count or a size is not supported"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
