import Testing

@testable import Snippets

/// What session 33's course corpora (reach33a) showed: numerical-mooc's glider lesson branched on
/// `len(np.where(y < 0.0)[0])` while `y` was a column of an `np.empty` array the notebook had not filled, and docbuild
/// printed the branch's message where CPython, reading whatever the memory held, printed nothing. A length or branch
/// decided by unwritten elements is now refused, and so is what the branch binds; once every element is written
/// they run as NumPy runs them (`Fixtures/interpreter/117-reach33a-written-empty-decisions.txt`). CPython's answer
/// here depends on the memory, so no fixture can hold it.
struct Reach33aUnwrittenDecisionTests {
  static let setup = """
    >>> u = np.empty((4, 2))
    >>> u[0] = np.array([1.0, 2.0])
    >>> y = u[:, 1]
    >>> i = np.where(y < 0.0)[0]
    """

  /// (more setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    // The index array's length is what the unwritten elements decided, even when it is empty in docbuild's zeros.
    ("", "len(i)", "i computed on line 4 from elements np.empty"),
    ("", "i.shape", "i computed on line 4 from elements np.empty"),
    ("", "print(len(i) == 0)", "i computed on line 4 from elements np.empty"),
    ("", "if len(i) == 0:\n...     print('none')\n... else:\n...     k = i[0]\n...", "i computed on line 4"),
    ("", "for j in range(len(i)):\n...     print(j)\n...", "i computed on line 4"),
    // What a branch chosen by them binds is computed from them.
    (">>> if len(i) == 0:\n...     k = 3\n... else:\n...     k = i[0]\n...", "k", "k computed on line 5"),
    (">>> n = 0\n>>> while n < len(i):\n...     n += 1\n...", "print(n)", "n computed on line 6"),
    (">>> n = len(i)", "n", "n computed on line 5"),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(Self.setup + "\n" + setup, statement, saying: words)
  }

  /// An np.empty array's own shape is known, so its length, and branches on it, still run.
  @Test func shapesOfTheEmptyArrayItselfPrint() throws {
    #expect(try RefusalProbe.output(Self.setup, "len(u), u.shape, y.shape") == "(4, (4, 2), (4,))")
    #expect(try RefusalProbe.output(Self.setup, "if len(u) == 4:\n...     print('four')\n...") == "four")
  }
}

/// sys.path holds the CPython installation's directories: what would show them is refused, and what a chapter adds is
/// known (`Fixtures/interpreter/116-reach33a-sys-path.txt`).
struct Reach33aSysPathRefusalTests {
  @Test(arguments: [
    ("sys.path", "the value of sys.path"), ("print(sys.path)", "the value of sys.path"),
    ("len(sys.path)", "len(sys.path)"), ("sys.path[0]", "an item of sys.path"),
    ("list(sys.path)", "iterating over sys.path"), ("'/usr/lib' in sys.path", "an absolute directory"),
    ("'' in sys.path", "the current one"), ("sys.path == []", "comparing or combining sys.path"),
    ("sys.path + ['x']", "comparing or combining sys.path"), ("sys.path.pop()", "pop"),
    ("import copy\n>>> copy.copy(sys.path)", "copying sys.path"), ("sys.path.foo = 1", "sys.path"),
  ])
  func showingTheInstallationsDirectoriesIsRefused(statement: String, words: String) throws {
    try RefusalProbe.expectRefused(">>> import sys\n>>> sys.path.append('../')", statement, saying: words)
  }
}
