import SourceText
import Testing

@testable import Snippets

/// A refused statement may have run snippet functions and drawn random numbers in Python: what those functions
/// change and the streams it may have drawn from have no known value afterwards, so reading them is refused, never
/// printed stale. Expected outputs were printed by CPython 3.11 / NumPy 2.4.6 (`np.random.seed(1);
/// np.random.rand()` is 0.417022004702574, `np.random.default_rng(1).random()` 0.5118216247002567, `random.seed(1);
/// random.random()` 0.13436424411240122).
struct RefusedEffectsTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  /// The messages of the diagnostics at `line`.
  private func messages(_ result: CheckedBlock, line: Int) -> [String] {
    result.diagnostics.filter { $0.location.line == line }.map(\.message)
  }

  @Test(arguments: [
    // A global the refused function assigns after the refusal.
    (
      ">>> z = np.array([1 + 2j])\n>>> count = 0\n>>> def f():\n...     global count\n...     w = np.log(z)\n"
        + "...     count += 1\n...\n>>> f()\n>>> count\n0\n", 9
    ),
    // An argument the refused function writes into.
    (
      ">>> z = np.array([1 + 2j])\n>>> a = np.zeros(2)\n>>> def g(x):\n...     w = np.log(z)\n...     x[0] = 5\n...\n"
        + ">>> g(a)\n>>> a\narray([0., 0.])\n", 8
    ),
    // A global list the refused function appends to, through a method of an object.
    (
      ">>> z = np.array([1 + 2j])\n>>> log = []\n>>> class M:\n...     def step(self):\n...         w = np.log(z)\n"
        + "...         log.append(1)\n...\n>>> m = M()\n>>> m.step()\n>>> log\n[]\n", 10
    ),
  ])
  func whatARefusedFunctionChangesIsForgotten(transcript: String, line: Int) {
    let result = run(transcript)
    let later = messages(result, line: line)
    #expect(
      later.contains { $0.contains("has no value here: the statement on line \(line - 1)") },
      "\(result.diagnostics.map { "\($0.location.line): \($0.message)" })")
  }

  @Test func numpysGlobalStreamIsRefusedUntilSeeded() {
    let transcript = """
      >>> np.random.seed(0)
      >>> z = np.array([1 + 2j])
      >>> def h():
      ...     w = np.log(z)
      ...     return np.random.randn()
      ...
      >>> h()
      >>> np.random.randn()
      >>> np.random.seed(1)
      >>> np.random.rand()
      0.417022004702574

      """
    let result = run(transcript)
    #expect(messages(result, line: 8).contains { $0.contains("NumPy's global random state has no known state here") })
    #expect(messages(result, line: 10).isEmpty)
    #expect(result.diagnostics.count == 2, "\(result.diagnostics.map(\.message))")
  }

  @Test func aRefusedDrawMovesTheStreamsItMentions() {
    let transcript = """
      >>> rng = np.random.default_rng(0)
      >>> x = rng.permuted(np.arange(6).reshape(2, 3), out=np.zeros((2, 3), int))
      >>> rng.random()
      >>> np.random.rand()
      >>> rng2 = np.random.default_rng(1)
      >>> rng2.random()
      0.5118216247002567
      >>> import random
      >>> random.seed(0)
      >>> random.randbytes(4)
      >>> random.random()
      >>> random.seed(1)
      >>> random.random()
      0.13436424411240122

      """
    let result = run(transcript)
    #expect(messages(result, line: 3).contains { $0.contains("this random generator has no known state here") })
    #expect(messages(result, line: 4).contains { $0.contains("NumPy's global random state") })
    #expect(messages(result, line: 6).isEmpty)
    #expect(messages(result, line: 11).contains { $0.contains("Python's random module has no known state here") })
    #expect(messages(result, line: 13).isEmpty)
    #expect(result.diagnostics.count == 5, "\(result.diagnostics.map { "\($0.location.line): \($0.message)" })")
  }

  @Test func aRefusalThatCannotDrawLeavesTheStreamsAlone() {
    let transcript = """
      >>> np.random.seed(0)
      >>> z = np.array([1 + 2j])
      >>> w = np.log(z)
      >>> np.random.rand()
      0.5488135039273248

      """
    let result = run(transcript)
    #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
    #expect(messages(result, line: 4).isEmpty)
  }
}

/// A refused call through a module (`np.partition(x + 0j, 1)`, `np.random.shuffle(x)`) never changes the module: `np`
/// keeps its value, and only what the call writes into is forgotten. Expected outputs printed by NumPy 2.4.6.
struct RefusedCallsThroughModulesTests {
  @Test func theModuleKeepsItsValue() {
    let transcript = """
      >>> x = np.array([3, 1, 2])
      >>> np.partition(x + 0j, 1)
      >>> np.zeros(2)
      array([0., 0.])
      >>> x
      array([3, 1, 2])
      >>> def f(v):
      ...     np.random.shuffle(v)
      ...     return np.partition(v + 0j, 1)
      ...
      >>> f(x)
      >>> np.zeros(1)
      array([0.])
      >>> x

      """
    let result = SnippetSession().check(Snippet(text: transcript, origin: SourcePosition(line: 1, column: 1)))
    let lines = result.diagnostics.map(\.location.line)
    #expect(lines == [2, 11, 14], "\(result.diagnostics.map { "\($0.location.line): \($0.message)" })")
    #expect(result.diagnostics.last?.message.contains("has no value here: the statement on line 11") == true)
  }
}
