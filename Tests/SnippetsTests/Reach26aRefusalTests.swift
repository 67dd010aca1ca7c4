import Testing

@testable import Snippets

/// What the reach probe's session-26 corpora (the official Python tutorial, the sorting and functional HOWTOs) showed
/// docbuild printing otherwise, now refused by name: a refusal of a name Python has (`ExceptionGroup`) is never caught
/// by `except Exception` (docbuild's handler printed the NameError), `except*`, an OSError made from an errno and its
/// text (CPython prints `[Errno 2] …` and makes a FileNotFoundError), and the REPL's `_` after a refused statement that
/// Python may have run to an echo; a string.Template subclass with its own pattern, and operator.concat of operands
/// other than builtin ones; lru_cache(typed=True); what BaseException gives a snippet's exception class (`e.__cause__`; docbuild raised
/// AttributeError). What docbuild now runs is checked against CPython in
/// `Fixtures/interpreter/170-reach26a-repl-underscore-and-iterator-send.txt`,
/// `171-reach26a-string-templates-and-concat.txt` and `172-reach26a-call-errors-and-dict-getitem.txt`.
struct Reach26aRefusalTests {
  /// (setup, statement, words the refusal says, the error's class).
  static let refused: [(setup: String, statement: String, words: String, type: String)] = [
    (
      "",
      "try:\n...     x = ExceptionGroup('a', [ValueError(1)])\n... except Exception as e:\n...     print('caught')\n...",
      "Python's builtin ExceptionGroup", "NameError"
    ),
    (
      ">>> def f():\n...     raise BaseExceptionGroup('b', [ValueError(1)])\n...",
      "try:\n...     f()\n... except BaseException:\n...     pass\n... finally:\n...     print('done')\n...",
      "Python's builtin BaseExceptionGroup", "NameError"
    ),
    ("", "OSError(2, 'gone')", "[Errno 2]", "NotImplementedError"),
    ("", "raise FileNotFoundError(2, 'No such file', 'x.txt')", "with 3 arguments", "NotImplementedError"),
    (">>> class E(OSError):\n...     pass\n...", "E(1, 'x')", "E with 2 arguments", "NotImplementedError"),
    (">>> 5\n>>> import sys\n>>> sys.argv", "_", "may have echoed a value", "NameError"),
    (">>> from string import Template", "Template('$a').pattern", "string.Template.pattern", "NotImplementedError"),
    (
      ">>> from string import Template\n>>> class T(Template):\n...     idpattern = '[a-z]+'\n...", "T('$a')",
      "only its delimiter may change", "NotImplementedError"
    ),
    (
      ">>> class MyError(Exception):\n...     pass\n...\n>>> e = MyError('oops')", "e.__cause__",
      "MyError.__cause__ is not kept", "NotImplementedError"
    ),
    (
      ">>> import functools", "@functools.lru_cache(typed=True)\n... def f(x):\n...     return x\n...",
      "lru_cache(typed=True)", "NotImplementedError"
    ),
    (
      ">>> import operator, collections", "operator.concat(collections.deque([1]), [2])",
      "operator.concat of deque and list", "NotImplementedError"
    ),
  ]

  @Test(arguments: refused)
  func isRefusedByName(setup: String, statement: String, words: String, type: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words, as: type)
  }

  /// A generator's body that catches everything does not catch a refusal either.
  @Test func aGeneratorDoesNotCatchARefusal() throws {
    try RefusalProbe.expectRefused(
      ">>> def g():\n...     try:\n...         yield ExceptionGroup('a', [])\n...     except Exception:\n...         yield 0\n...",
      "list(g())", saying: "ExceptionGroup", as: "NameError")
  }

  /// `except*` is refused as a syntax the snippet language lacks, naming exception groups.
  @Test func exceptStarIsRefusedByName() {
    let result = SnippetSession().check(
      Snippet(
        text: ">>> try:\n...     pass\n... except* OSError:\n...     pass\n...", origin: .init(line: 1, column: 1)))
    let message = result.diagnostics.first?.message ?? ""
    #expect(message.contains("'except*' is not supported in snippets"), "\(message)")
  }

  /// CPython's grammar allows `name := value` in a statement's expression list only inside parentheses.
  @Test(arguments: ["a := 1", "x = b := 2", "1, c := 3", "for v in w := [1]:\n...     pass\n..."])
  func bareNamedExpressionIsASyntaxError(statement: String) {
    let result = SnippetSession().check(Snippet(text: ">>> " + statement, origin: .init(line: 1, column: 1)))
    let message = result.diagnostics.first?.message ?? ""
    #expect(message == "SyntaxError: invalid syntax", "\(statement): \(message)")
  }

  /// Inside parentheses, a display or a call's arguments, the walrus runs.
  @Test func parenthesizedNamedExpressionsRun() {
    let outputs = RefusalProbe.outputs(of: ">>> (d := 4)\n>>> [e := 5, 6]\n>>> print(h := 1, 2)\n>>> d + e + h")
    #expect(outputs == ["4", "[5, 6]", "1 2", "10"], "\(outputs)")
  }

  /// An echo after the refusal sets `_` again, as Python's would.
  @Test func anEchoAfterARefusalSetsUnderscore() throws {
    let outputs = RefusalProbe.outputs(of: ">>> import sys\n>>> sys.argv\n>>> 7\n>>> _ + 1")
    #expect(outputs.last == "8", "\(outputs)")
  }
}
