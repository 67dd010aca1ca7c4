import Testing

@testable import Snippets

/// The items of issue 9's and issue 10's lists that docbuild refuses, each with a diagnostic naming the construct.
/// What the lists ask for and docbuild runs is checked against CPython, NumPy and autograd in
/// `Fixtures/interpreter/79-issue-lists-audit.txt` (from `make_issue_lists_fixtures.py` beside it).
struct IssueListRefusalTests {
  /// Statements the parser refuses, and the words its SyntaxError must hold.
  static let syntaxRefusals: [(code: String, says: String)] = [
    ("async def f():\n    pass\n", "'async' is not supported"),
    ("case (0, 0):\n    pass\n", "neither a name nor the start of a match statement's clause"),
    ("import socket\n", "module 'socket' is not available in snippets"),
    ("import urllib.request\n", "module 'urllib.request' is not available in snippets"),
    ("import requests\n", "module 'requests' is not available in snippets"),
    ("import pandas\n", "No module named 'pandas' in snippets"),
    ("import torch\n", "No module named 'torch' in snippets"),
  ]

  @Test(arguments: syntaxRefusals.indices)
  func isASyntaxErrorNamingTheConstruct(index: Int) {
    let (code, says) = Self.syntaxRefusals[index]
    let (_, errors) = Parser.parse(code)
    #expect(errors.count == 1 && errors[0].message.contains(says), "\(code) gave \(errors.map(\.message))")
  }

  /// `match` stays an ordinary name where it is not the start of a match statement.
  @Test func matchIsStillAName() {
    let (_, errors) = Parser.parse("match = 3\nmatch + 1\nmatch\ncase = [match]\n")
    #expect(errors.isEmpty, "\(errors.map(\.message))")
  }

  static let setup =
    ">>> x = np.array([[3.0, 1.0, 2.0], [0.0, 5.0, 4.0]])\n>>> rng = np.random.default_rng(0)\n"
    + ">>> from autograd import grad\n"

  /// Statements refused while they run: the error line's start, which must be docbuild's limit (never an expected
  /// output a transcript may record).
  static let runtimeRefusals: [(statement: String, says: String)] = [
    ("np.mgrid[0:1.5:True]", "NotImplementedError: np.mgrid and np.ogrid with slice parts other than ints"),
    ("np.ogrid[0:1:2 ** 40 * 1j]", "NotImplementedError: np.mgrid and np.ogrid with a complex step this large"),
    ("np.mean(x.T, where=x.T > 0)", "NotImplementedError: np.mean(..., where=…) of a view out of C order"),
    ("np.clip(x, 1, 3, out=x)", "NotImplementedError: clip(out=…) is not part of the snippet language"),
    ("np.random.normal(0.0, [1.0, -1.0])", "ValueError: normal() in snippets with a negative or NaN scale"),
    ("np.random.uniform([0.0, 1.0], 0.5)", "ValueError: uniform() in snippets with high - low negative"),
    ("np.random.normal([0.0, 1.0], size=3)", "ValueError: normal() in snippets with a size the parameters do not"),
    ("rng.hypergeometric([5, 6], 5, 3)", "ValueError: hypergeometric() in snippets takes ints for ngood"),
    (
      "rng.standard_gamma([0.5], dtype=np.float32)",
      "ValueError: standard_gamma() of float32 in snippets takes a number"
    ),
    ("id(None)", "NameError: name 'id' is not defined: Python's id() is not part of the snippet language"),
    ("np.set_printoptions(legacy='1.99')", "NotImplementedError: np.set_printoptions(legacy=…) is not supported"),
    ("np.array([1.7, 300.0]).astype(np.uint8)", "NotImplementedError: converting NaN, infinity or a float outside"),
    ("grad(lambda x: np.sum(np.diagonal(x)))(x)", "NotImplementedError: autograd's grad through np.diagonal"),
    ("grad(lambda x: np.sum(x.diagonal() ** 2))(x)", "NotImplementedError: autograd's grad through np.diagonal"),
    ("grad(lambda a, b: np.sum(a * b), (0, 1))(x, x)", "NotImplementedError: grad(f, argnum=(…)) with a tuple"),
    ("np.empty((2, 2))", "ValueError: np.empty's elements are whatever its memory held"),
    ("open('https://example.com/data.csv')", "NotImplementedError: 'https://example.com/data.csv' names a folder"),
  ]

  @Test(arguments: runtimeRefusals.indices)
  func isRefusedAsDocbuildsLimit(index: Int) throws {
    let (statement, says) = Self.runtimeRefusals[index]
    let probe = SnippetSession().check(
      Snippet(text: Self.setup + ">>> " + statement, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(output.hasPrefix(says), "\(statement) printed \(output)")
    let run = SnippetSession().check(
      Snippet(text: Self.setup + ">>> " + statement + "\n" + output, origin: .init(line: 1, column: 1)))
    #expect(run.statements.last?.passed == false, "\(statement) was accepted as expected output: \(output)")
  }

  /// A class of the snippet's own that defines `__hash__` cannot key a dict or join a set: refused by name.
  @Test func userHashIsRefusedByName() throws {
    let code =
      ">>> class Key:\n...     def __eq__(self, other):\n...         return True\n...     def __hash__(self):\n"
      + "...         return 1\n...\n>>> {Key()}"
    let probe = SnippetSession().check(Snippet(text: code, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(output.hasPrefix("NotImplementedError: class Key defines __hash__"), "printed \(output)")
  }
}
