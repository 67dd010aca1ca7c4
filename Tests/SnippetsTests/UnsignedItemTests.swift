import Testing

@testable import Snippets

/// uint64 values at or above 2^63 are stored as int64 bit patterns; as Python ints they must read as NumPy gives them.
/// They printed negative (`-9223372036854775808`) before. Expected text from NumPy 2.4.6:
/// `python3 -c "import numpy as np; a = np.array([1, 2], dtype=np.uint64) * np.uint64(2**62); print(a[1].item())"`.
@Test func largeUnsignedElementsBecomeLargePythonInts() {
  let transcript = """
    >>> a = np.array([1, 2], dtype=np.uint64) * np.uint64(2**62)
    >>> a[1].item()
    9223372036854775808
    >>> int(a[1])
    9223372036854775808
    >>> a[1].item() + 1
    9223372036854775809
    >>> int(a[0])
    4611686018427387904
    >>> np.array([-1], dtype=np.int64)[0].item()
    -1
    """
  let run = SnippetSession().check(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
  let failed = run.statements.filter { !$0.passed }.map(\.output)
  #expect(run.statements.count == 6)
  #expect(failed.isEmpty, "\(failed)")
}
