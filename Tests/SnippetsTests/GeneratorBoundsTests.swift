import SourceText
import Testing

@testable import Snippets

/// Generators stay inside the interpreter's bounds (steps, recursion, how many are alive), and what snippets cannot
/// do as CPython does (a generator's address, `throw` through `yield from`, a `yield` Python would resume when it frees the generator) is
/// refused by name. What generators print is checked against CPython in `Fixtures/interpreter/62-generators.txt`.
struct GeneratorBoundsTests {
  /// Runs a script through an interpreter with a small step budget, returning each failing statement's error line
  /// and the line it is reported at.
  private func errors(_ code: String, budget: Int = 100_000) -> [(line: String, at: Int?)] {
    BoundedRun.errors(code, stepBudget: budget)
  }

  /// Each script fails once, with an error line that starts as given, at the given line.
  @Test(arguments: [
    // An endless generator drained whole: the step budget, never a hang or a memory blow-up.
    ("def f():\n    while True:\n        yield 1\nlist(f())\n", "RuntimeError: step budget", 3),
    // Generators delegating to themselves: the recursion limit, never a stack overflow.
    ("def f():\n    yield from f()\nnext(f())\n", "RecursionError", 2),
    // Too many suspended generators at once.
    ("def f():\n    yield 1\ngs = [f() for _ in range(20000)]\n", "NotImplementedError: more than 10000 generators", 3),
    // An error inside a generator is reported at its line in the generator.
    ("def f():\n    yield 1\n    yield 1 / 0\nlist(f())\n", "ZeroDivisionError: division by zero", 3),
  ])
  func staysInsideItsBounds(code: String, errorLine: String, line: Int) {
    let found = errors(code)
    #expect(found.count == 1, "\(found)")
    #expect(found.first?.line.hasPrefix(errorLine) == true, "\(found)")
    #expect(found.first?.at == line, "\(found)")
  }

  /// Generators that finish or are dropped free their place among the live ones.
  @Test func finishedAndDroppedGeneratorsAreNotCounted() {
    let code = """
      def f():
          yield 1
      for _ in range(12000):
          list(f())
      for _ in range(12000):
          g = f()
          next(g)
      """
    #expect(errors(code, budget: 2_000_000).isEmpty)
  }

  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> def gen():\n...     yield 1\n...", "str(gen())", "<generator object gen at 0x…>"),
    ("", "repr((x for x in [1]))", "<generator object <genexpr> at 0x…>"),
    ("", "str(map(abs, [1]))", "<map object at 0x…>"),
    // `g.throw(...)` runs since session 35 (fixture 300-session35-contextlib-and-throw); through `yield from` it is
    // refused.
    (
      ">>> def inner():\n...     yield 1\n...\n>>> def gen():\n...     yield from inner()\n...\n>>> g = gen()\n>>> next(g)\n1",
      "g.throw(ValueError)", "throw() into a generator stopped in `yield from` is not supported"
    ),
    (">>> def gen():\n...     yield 1\n...", "gen().gi_frame", "generator.gi_frame is not supported"),
    // `g.send(5)` runs since session 30 (fixture 255-reach30a-eval-send-match-args); through `yield from` it is
    // refused (Reach30aRefusalTests).
    ("", "np.array(x for x in [1])", "an array of 'generator' elements is not part of the snippet language"),
  ]

  /// A generator a refusal stopped would have run on in Python: resuming it is refused in turn (the refused
  /// `next(it)` leaves `it` unknown).
  @Test func resumingAGeneratorARefusalStoppedIsRefused() throws {
    let setup =
      ">>> def g():\n...     yield 1\n...     yield (x for x in []).gi_frame\n...     yield 3\n...\n>>> it = g()\n"
      + ">>> next(it)\n1\n>>> next(it)"
    try RefusalProbe.expectRefused(setup, "next(it)", saying: "name 'it' has no value here", as: "NameError")
  }

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// A `yield` where a generator would run code as CPython closes it (in a `finally` block, a handler catching
  /// GeneratorExit), or where the language has no `yield`, is a syntax error naming what to write instead.
  @Test(arguments: [
    ("def f():\n    try:\n        pass\n    finally:\n        yield 1\n", "'yield' inside a 'finally' block"),
    ("def f():\n    try:\n        yield 1\n    except:\n        pass\n", "catches GeneratorExit"),
    ("def f():\n    try:\n        yield 1\n    except (ValueError, BaseException):\n        pass\n", "GeneratorExit"),
    ("def f():\n    print((yield))\n", "'yield' inside an expression is not supported"),
    ("yield 1\n", "'yield' outside function"),
    ("class C:\n    yield 1\n", "'yield' outside function"),
  ])
  func misplacedYieldIsASyntaxError(code: String, words: String) {
    let (_, syntaxErrors) = Parser.parse(code)
    #expect(syntaxErrors.count == 1)
    #expect(syntaxErrors.first?.message.contains(words) == true, "\(syntaxErrors.map(\.message))")
  }
}
