/// A generator function's body, prepared to run a step at a time: the statements that hold a `yield` are kept as
/// nodes the resumable executor walks (Generators.swift), every other statement is its compiled closure, run whole.
///
/// Why a walker that can stop at a `yield` rather than a thread per generator: the interpreter is one value passed
/// `inout` through every evaluation, with its step budget, its output and its frames; a second thread would have to
/// borrow it while the consumer's call is suspended in the middle of an access, which Swift 6's exclusivity rules
/// forbid, and each generator would need its own stack, its own clean-up when abandoned and a hand-off that keeps the
/// output deterministic. A `yield` is only a statement (or the right side of an assignment) in the snippet language,
/// so only the compound statements around it (`if`, `for`, `while`, `try`) need to remember where they stopped.
indirect enum GeneratorStep: Sendable {
  /// A statement with no `yield` in it: its compiled closure runs it whole.
  case plain(CompiledStatement)
  /// `yield value` (`delegating`: `yield from iterable`), its targets bound when the generator resumes.
  case yieldValue(Statement, CompiledExpression?, delegating: Bool, targets: [AssignmentTarget])
  /// `if`/`elif`/`else`: the conditions, each branch's body, then the `else` body.
  case conditional(Statement, [CompiledExpression], [[GeneratorStep]], orElse: [GeneratorStep])
  case whileLoop(Statement, CompiledExpression, body: [GeneratorStep], orElse: [GeneratorStep])
  case forLoop(Statement, AssignmentTarget, CompiledExpression, body: [GeneratorStep], orElse: [GeneratorStep])
  /// `try`/`except`/`else`/`finally` (a `yield` inside the `finally` block is refused when the function is defined).
  case tryStatement(
    Statement, body: [GeneratorStep], handlers: [ExceptHandler], handlerBodies: [[GeneratorStep]],
    orElse: [GeneratorStep], finally: [GeneratorStep])
  /// `with manager as target:` around a `yield` (several managers nest, as in CPython).
  case withBlock(Statement, CompiledExpression, AssignmentTarget?, body: [GeneratorStep])
}

/// Builds generator plans and says why a `yield` cannot be where it is.
enum GeneratorPlanner {
  /// True when the statements hold a `yield` of this function (not of a nested `def` or `class`).
  static func containsYield(_ statements: [Statement]) -> Bool {
    statements.contains { statement in
      switch statement.kind {
      case .yieldValue: true
      case .conditional(let branches, let orElse):
        branches.contains { containsYield($0.body) } || containsYield(orElse)
      case .whileLoop(_, let body, let orElse), .forLoop(_, _, let body, let orElse):
        containsYield(body) || containsYield(orElse)
      case .tryStatement(let body, let handlers, let orElse, let finally):
        containsYield(body) || handlers.contains { containsYield($0.body) } || containsYield(orElse)
          || containsYield(finally)
      case .with(_, let body): containsYield(body)
      case .match(_, let cases): cases.contains { containsYield($0.body) }
      default: false
      }
    }
  }

  /// The plan of a generator's body, or the syntax error for a `yield` the executor cannot suspend at.
  static func plan(_ statements: [Statement]) throws(SyntaxError) -> [GeneratorStep] {
    var steps: [GeneratorStep] = []
    for statement in statements { steps.append(try step(statement)) }
    return steps
  }

  private static func step(_ statement: Statement) throws(SyntaxError) -> GeneratorStep {
    guard containsYield([statement]) else { return .plain(Compiler.statement(statement)) }
    switch statement.kind {
    case .yieldValue(let value, let delegating, let targets):
      return .yieldValue(statement, value.map(Compiler.expression), delegating: delegating, targets: targets)
    case .conditional(let branches, let orElse):
      var bodies: [[GeneratorStep]] = []
      for branch in branches { bodies.append(try plan(branch.body)) }
      return .conditional(
        statement, branches.map { Compiler.expression($0.condition) }, bodies, orElse: try plan(orElse))
    case .whileLoop(let condition, let body, let orElse):
      return .whileLoop(statement, Compiler.expression(condition), body: try plan(body), orElse: try plan(orElse))
    case .forLoop(let target, let iterable, let body, let orElse):
      return .forLoop(
        statement, target, Compiler.iterable(iterable), body: try plan(body), orElse: try plan(orElse))
    case .tryStatement(let body, let handlers, let orElse, let finally):
      if containsYield(finally) {
        throw SyntaxError(
          message: "'yield' inside a 'finally' block is not supported: Python may run it while it closes the "
            + "generator, where a yield is its RuntimeError; move the yield out of finally",
          range: statement.range)
      }
      for handler in handlers where catchesGeneratorExit(handler) {
        throw SyntaxError(
          message: "'yield' inside a 'try' whose handler catches GeneratorExit (a bare except, BaseException) is not "
            + "supported: Python runs that handler when it frees a suspended generator, at a moment snippets cannot "
            + "match; catch Exception instead",
          range: statement.range)
      }
      var bodies: [[GeneratorStep]] = []
      for handler in handlers { bodies.append(try plan(handler.body)) }
      return .tryStatement(
        statement, body: try plan(body), handlers: handlers, handlerBodies: bodies, orElse: try plan(orElse),
        finally: try plan(finally))
    case .with(let items, let body):
      var steps = try plan(body)
      for item in items.reversed() {
        steps = [.withBlock(statement, Compiler.expression(item.manager), item.target, body: steps)]
      }
      return steps[0]
    case .match:
      throw SyntaxError(
        message: "'yield' inside a 'match' statement's case is not supported in snippets: bind what the case "
          + "matched, then yield after the match statement",
        range: statement.range)
    default:
      throw SyntaxError(message: "this 'yield' is not supported in snippets", range: statement.range)
    }
  }

  /// True for `except:`, `except BaseException` and `except GeneratorExit` (alone or in a tuple).
  private static func catchesGeneratorExit(_ handler: ExceptHandler) -> Bool {
    guard let types = handler.types else { return true }
    let names: [Expression] =
      if case .tuple(let items) = types.kind { items } else { [types] }
    return names.contains { name in
      switch name.kind {
      case .name(let text), .global(_, let text), .local(_, let text):
        text == "BaseException" || text == "GeneratorExit"
      default: false
      }
    }
  }
}
