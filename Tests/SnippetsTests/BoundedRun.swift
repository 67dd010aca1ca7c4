import SourceText
import Testing

@testable import Snippets

/// The bounds tests' runner: a script's top-level statements through a bare interpreter with small budgets, on the
/// large stack a chapter runs on.
enum BoundedRun {
  /// What each statement raised (its error line, nil when it ran) and the line it is reported at (inside a function,
  /// the line in the function).
  static func outcomes(_ code: String, stepBudget: Int, objectBudget: Int? = nil) -> [(error: String?, at: Int)] {
    let (statements, syntaxErrors) = Parser.parse(code)
    #expect(syntaxErrors.isEmpty, "\(syntaxErrors.map(\.message))")
    final class Found: @unchecked Sendable { var outcomes: [(error: String?, at: Int)] = [] }
    let found = Found()
    SnippetSession.onLargeStack {
      var interpreter = Interpreter()
      interpreter.stepBudget = stepBudget
      if let objectBudget { interpreter.objectBudget = objectBudget }
      found.outcomes = statements.map { statement in
        let error = interpreter.execute(statement, in: Array(code.utf8)).error
        return (error?.line, error?.location?.line ?? statement.range.startLocation.line)
      }
    }
    return found.outcomes
  }

  /// The statements that raised: each error line and where.
  static func errors(_ code: String, stepBudget: Int, objectBudget: Int? = nil) -> [(line: String, at: Int?)] {
    outcomes(code, stepBudget: stepBudget, objectBudget: objectBudget).compactMap { outcome in
      outcome.error.map { (line: $0, at: outcome.at) }
    }
  }
}
