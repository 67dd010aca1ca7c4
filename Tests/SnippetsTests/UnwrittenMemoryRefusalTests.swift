import Testing

@testable import Snippets

/// An array `np.empty` made holds whatever its memory held until a statement writes into it: NumPy shows other
/// numbers on each run (lijin-THU's notes-python echoes `a = np.empty(2)`, `a`, and recorded `array([7.4e-323,
/// 3.0e-323])`), so showing its elements, or a value computed from them, is refused as docbuild's limit, never
/// accepted as expected output (the arrays themselves: `Reach24bRefusalTests`). What NumPy prints once the array is written, and its shape before, is in
/// `Fixtures/interpreter/140-session24-written-empty-arrays.txt`.
struct UnwrittenMemoryRefusalTests {
  static let setup = """
    >>> a = np.empty(2)
    >>> b = np.empty_like(np.ones((2, 2)))
    >>> c = a + 1
    >>> d = np.empty(3)
    >>> d[:] = 1
    >>> e = d * 2
    """

  @Test(arguments: [
    ("a", "a holds elements"), ("print(a)", "a holds elements"), ("a.sum()", "a holds elements"),
    ("a[0]", "a holds elements"), ("b", "b holds elements"), ("print(str(b))", "b holds elements"),
    ("c", "c computed on line 3 from elements"), ("for x in a:\n...     print(x)\n...", "a holds elements"),
    ("print(f'{a}')", "a holds elements"), ("print(c[1:] * 2)", "c computed on line 3 from elements"),
  ])
  func showingUnwrittenElementsIsRefused(statement: String, words: String) throws {
    try RefusalProbe.expectRefused(
      Self.setup, statement, saying: words + " np.empty or np.empty_like left unwritten")
  }

  @Test(arguments: [("d", "array([1., 1., 1.])"), ("e", "array([2., 2., 2.])"), ("a.shape, len(b)", "((2,), 2)")])
  func writtenArraysAndShapesPrint(statement: String, printed: String) throws {
    #expect(try RefusalProbe.output(Self.setup, statement) == printed)
  }
}

/// Python's `exec` is refused; the code it would have run may bind any name, so a name found nowhere after it is
/// refused too (notes-python: `exec(compile("b=a+2", "", 'exec'))`, then `b`), never CPython's NameError.
struct RefusedExecTests {
  @Test func namesAfterARefusedExecAreRefused() throws {
    try RefusalProbe.expectRefused(
      ">>> a = 1\n>>> exec('b = a + 2')", "b", saying: "exec() on line 2, which was refused, may bind it",
      as: "NameError")
  }

  @Test func builtinsStayThemselves() throws {
    #expect(try RefusalProbe.output(">>> exec('b = 2')", "len([1])") == "1")
  }
}
