import Testing

@testable import Snippets

/// What session 45's composition probe (`Fuzz/composition_probe.py`) leaves refused beside what it answers (checked
/// against NumPy in `Fixtures/interpreter/468-*` to `470-*`, `make_fuzz45_fixtures.py`): np.negative writing into
/// the non-contiguous view it negates (NumPy 2.4.6's in-place loop writes wrong elements there), NumPy complex
/// scalars stored into a real dtype by np.array (NumPy drops their imaginary parts), a float outside an unsigned
/// dtype's range stored by np.array (converted by the CPU), and a uint64 from 2**63 up used as an index, a slice or
/// range bound or a size (each caller treats an int past a C long its own way).
struct Fuzz45RefusalTests {
  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      ">>> b = np.arange(24, dtype=np.float32).reshape(2, 3, 4)\n>>> v = b[:, :, 1]", "np.negative(v, out=v)",
      "np.negative writing into the non-contiguous view it negates"
    ),
    (
      ">>> b = np.arange(24, dtype=np.int64).reshape(2, 3, 4)\n>>> v = b[:, ::2, 1]", "np.negative(v, v)",
      "np.negative writing into the non-contiguous view it negates"
    ),
    (
      ">>> b = np.arange(24, dtype=np.int32).reshape(2, 3, 4)", "np.negative(b.T[1], out=b.T[1])",
      "np.negative writing into the non-contiguous view it negates"
    ),
    (
      "", "np.array([np.complex128(1 + 2j), 1], dtype=np.int8)",
      "np.array of complex NumPy values with dtype=int8 is not supported"
    ),
    (
      "", "np.array([np.float64(-1.5), 1], dtype=np.uint8)",
      "converting NaN, infinity or a float outside uint8's range to uint8"
    ),
    (highUnsigned, "np.repeat([1], x[0])", "a uint64 from 2**63 up used as an index"),
    (highUnsigned, "np.linspace(0, 1, x[1])", "a uint64 from 2**63 up used as an index"),
    (highUnsigned, "range(x[1])", "a uint64 from 2**63 up used as an index"),
    (highUnsigned, "np.tile(x, x[0])", "a uint64 from 2**63 up used as an index"),
  ]

  /// A uint64 array holding values from 2**63 up.
  static let highUnsigned = ">>> x = np.array([2**64 - 1, 2**63, 3], dtype=np.uint64)"

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// The same views negated into a new array, or a contiguous or transposed array into itself, are answered.
  @Test(arguments: [
    "o = np.zeros((2, 3), np.float32); np.negative(b[:, :, 1], out=o); o.tolist()",
    "np.negative(b.T, out=b.T); b[0, 0].tolist()",
    "np.negative(b, out=b); b[1, 2].tolist()",
  ])
  func negativeElsewhereIsAnswered(statement: String) throws {
    try RefusalProbe.expectComputed(">>> b = np.arange(24, dtype=np.float32).reshape(2, 3, 4)", statement)
  }
}
