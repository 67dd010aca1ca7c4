import SourceText
import Testing

@testable import Snippets

/// NumPy's abstract scalar classes in `isinstance` and `np.issubdtype`; the expected lines are NumPy 2.4.6's output
/// for the same statements.
struct NumpyAbstractTypeTests {
  @Test func abstractClassesClassifyAsNumPys() {
    let transcript = """
      >>> np.integer
      <class 'numpy.integer'>
      >>> isinstance(np.int64(3), np.integer)
      True
      >>> isinstance(np.float32(3), np.floating), isinstance(np.float64(1), np.integer), isinstance(3, np.integer)
      (True, False, False)
      >>> d = np.dtype('int32')
      >>> np.issubdtype(d, np.integer), np.issubdtype(d, np.floating), np.issubdtype(d, np.signedinteger)
      (True, False, True)
      >>> np.issubdtype(np.uint8, np.signedinteger), np.issubdtype(np.bool_, np.number), np.issubdtype(np.float64, float)
      (False, False, True)
      >>> np.issubdtype(np.int32, np.int64), np.issubdtype('f8', np.inexact), np.issubdtype(np.floating, np.inexact)
      (False, True, True)
      >>> np.issubdtype(np.inexact, np.floating), np.issubdtype(np.complex128, np.complexfloating)
      (False, True)

      """
    let result = SnippetSession().check(Snippet(text: transcript, origin: SourcePosition(line: 1, column: 1)))
    #expect(result.diagnostics.map(\.message) == [])
  }

  /// `sys`'s language constants, as CPython 3.11 prints them on 64-bit machines; the rest of `sys` is refused by name.
  @Test func sysHasItsLanguageConstantsOnly() {
    let transcript = """
      >>> import sys
      >>> sys.maxsize, sys.maxunicode, sys.byteorder
      (9223372036854775807, 1114111, 'little')
      >>> np.set_printoptions(threshold=sys.maxsize)
      >>> sys.argv

      """
    let result = SnippetSession().check(Snippet(text: transcript, origin: SourcePosition(line: 1, column: 1)))
    #expect(
      result.diagnostics.map(\.message) == [
        "NotImplementedError: sys.argv is not part of the snippet language (Python has it)"
      ])
  }
}
