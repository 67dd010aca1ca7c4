import Testing

@testable import Snippets

/// What autograd's extension API and a shared bytearray would need beyond docbuild is refused as its limit, never
/// accepted as output: `autograd.tracer.trace` with a snippet's own `Node` (autograd's primitive names and order),
/// `Box.register`/`VSpace.register` (a new type of value to differentiate), a derivative with respect to an instance,
/// and resizing a bytearray an array was made over (CPython raises BufferError while that array lives). What does
/// work is checked against autograd and CPython in `Fixtures/interpreter/71-autogradext-primitives-bytearray-formatting.txt`.
struct AutogradExtensionRefusalTests {
  static let setup = """
    >>> import numpy as np
    >>> from autograd import grad
    >>> from autograd.tracer import Node, trace
    >>> from autograd.extend import Box, VSpace
    >>> class N(Node):
    ...     def initialize_root(self, x):
    ...         pass
    ...
    >>> class F:
    ...     pass
    ...
    >>> b = bytearray(b'abcd')
    >>> a = np.frombuffer(b, dtype=np.uint8)

    """

  static let refused: [String] = [
    "trace(N.new_root(1.0), lambda x: x + x, 1.0)", "Box.register(F)", "VSpace.register(F)",
    "grad(lambda f: 1.0)(F())", "b.append(1)", "b.extend(b'xy')", "b.pop()", "b.insert(0, 1)", "b.remove(97)",
    "b.clear()", "b[0:1] = b'xyz'", "del b[0]", "b += b'x'", "b *= 2",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "")
  }

  /// A same-length change of the shared bytearray is not a resize: the array sees it, as NumPy's does.
  @Test func sameLengthChangesAreSeenByTheArray() {
    let text =
      Self.setup + """
        >>> b.reverse()
        >>> a
        array([100,  99,  98,  97], dtype=uint8)
        >>> b[0:2] = b'AB'
        >>> a
        array([65, 66, 98, 97], dtype=uint8)
        """
    let result = SnippetSession().check(Snippet(text: text, origin: .init(line: 1, column: 1)))
    for statement in result.statements { #expect(statement.passed, "\(statement.code): \(statement.output)") }
  }
}
