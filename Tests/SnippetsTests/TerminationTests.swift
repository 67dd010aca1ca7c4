import Testing

@testable import Snippets

/// Every snippet ends: loops and calls count against a step budget, recursion against a depth limit, and past
/// either the statement fails with a diagnostic instead of hanging or overflowing the stack.
struct TerminationTests {
  /// Runs a script through an interpreter with a small step budget, returning each statement's error line.
  private func errors(_ code: String, budget: Int = 10_000) -> [String] {
    BoundedRun.errors(code, stepBudget: budget).map(\.line)
  }

  private let exhausted =
    "RuntimeError: step budget exhausted: a statement may take at most 10000 interpreter steps (expressions, loop "
    + "iterations, calls), so every snippet ends"

  @Test(arguments: [
    "while True:\n    pass",
    "n = 0\nwhile n >= 0:\n    n += 1",
    "for i in range(10 ** 6):\n    pass",
    "def f():\n    return 1\nfor i in range(6000):\n    f()",
    "for i in range(200):\n    for j in range(200):\n        pass",
    "xs = list(map(lambda v: v, range(20000)))",
    "x = 0\nwhile x < 1:\n    x = x * 1 + 0 - 0 + 0 * 1",
    "[v for v in range(20000)]",
  ])
  func loopsAndCallsStopAtTheBudget(code: String) {
    #expect(errors(code) == [exhausted])
  }

  @Test func theBudgetIsPerStatement() {
    #expect(errors("for i in range(9000):\n    pass\nfor i in range(9000):\n    pass").isEmpty)
    #expect(errors("s = 0\nfor i in range(1000):\n    s += i * i").isEmpty)
  }

  @Test func theDefaultBudgetIsFiftyMillionSteps() {
    #expect(Interpreter.maxSteps == 50_000_000)
    #expect(Interpreter().stepBudget == Interpreter.maxSteps)
  }

  @Test(arguments: [
    "def f(n):\n    return f(n + 1)\nf(0)",
    "def f(n):\n    return g(n)\ndef g(n):\n    return f(n)\nf(0)",
    "f = lambda n: f(n + 1)\nf(0)",
  ])
  func unboundedRecursionStopsAtTheDepthLimit(code: String) {
    let found = errors(code, budget: Interpreter.maxSteps)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("RecursionError: maximum recursion depth exceeded") == true, "\(found)")
  }

  @Test func recursionWithinTheLimitRuns() {
    #expect(errors("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nf(190)", budget: Interpreter.maxSteps).isEmpty)
  }
}
