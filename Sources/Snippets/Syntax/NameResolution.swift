/// Rewrites the names of one scope to slots, so reading a local is an array index instead of a string-keyed lookup.
///
/// It rewrites only code that surely runs in that scope: never inside nested `def`s, lambdas, classes or
/// comprehensions (each has its own frame, and a `def`'s defaults sit in its definition). A name left as `.name` is
/// still looked up by name, correctly, only more slowly, so whatever is in doubt keeps its `.name`.
struct NameResolution {
  /// Which slots the rewritten names read.
  enum Kind {
    /// The running function's frame.
    case local
    /// The chapter's namespace.
    case global
  }

  /// The slot of a name of this scope, or nil to leave it looked up by name.
  let slots: (String) -> Int?
  let kind: Kind

  func statements(_ statements: [Statement]) -> [Statement] {
    statements.map(statement)
  }

  func statement(_ statement: Statement) -> Statement {
    let kind: Statement.Kind
    switch statement.kind {
    case .importModule, .importFrom, .breakLoop, .continueLoop, .pass, .global, .nonlocal,
      .functionDefinition, .classDefinition:
      return statement
    case .assignment(let targets, let value):
      kind = .assignment(targets.map(target), expression(value))
    case .augmentedAssignment(let name, let op, let value):
      let resolved = target(.name(name, statement.range))
      if case .name = resolved {
        kind = .augmentedAssignment(name: name, op, expression(value))
      } else {
        kind = .augmentedTarget(resolved, op, expression(value))
      }
    case .expression(let value):
      kind = .expression(expression(value))
    case .assertion(let condition, let message):
      kind = .assertion(expression(condition), message: message.map(expression))
    case .conditional(let branches, let orElse):
      kind = .conditional(
        branches.map { (expression($0.condition), statements($0.body)) }, orElse: statements(orElse))
    case .whileLoop(let condition, let body, let orElse):
      kind = .whileLoop(expression(condition), body: statements(body), orElse: statements(orElse))
    case .forLoop(let loopTarget, let iterable, let body, let orElse):
      kind = .forLoop(
        target(loopTarget), expression(iterable), body: statements(body), orElse: statements(orElse))
    case .decorated(let decorators, let inner):
      kind = .decorated(decorators.map(expression), inner)
    case .augmentedTarget(let augmented, let op, let value):
      kind = .augmentedTarget(target(augmented), op, expression(value))
    case .augmentedBitwise(let augmented, let op, let value):
      kind = .augmentedBitwise(target(augmented), op, expression(value))
    case .delete(let targets):
      kind = .delete(targets.map(target))
    case .with(let items, let body):
      kind = .with(
        items.map { (expression($0.manager), $0.target.map(target)) }, body: statements(body))
    case .returnValue(let value):
      kind = .returnValue(value.map(expression))
    case .tryStatement(let body, let handlers, let orElse, let finally):
      let resolvedHandlers = handlers.map {
        ExceptHandler(types: $0.types.map(expression), name: $0.name, body: statements($0.body))
      }
      kind = .tryStatement(
        body: statements(body), handlers: resolvedHandlers, orElse: statements(orElse),
        finally: statements(finally))
    case .raise(let value):
      kind = .raise(value.map(expression))
    case .yieldValue(let value, let delegating, let targets):
      kind = .yieldValue(value.map(expression), delegating: delegating, targets: targets.map(target))
    case .match(let subject, let cases):
      kind = .match(
        expression(subject),
        cases.map {
          MatchCase(
            pattern: $0.pattern.rewritten(expression: expression, target: target),
            guardCondition: $0.guardCondition.map(expression), body: statements($0.body))
        })
    }
    return Statement(kind: kind, range: statement.range, annotated: statement.annotated)
  }

  func target(_ target: AssignmentTarget) -> AssignmentTarget {
    switch target {
    case .name(let name, let range):
      guard let slot = slots(name) else { return target }
      return kind == .local ? .local(slot, name, range) : .global(slot, name, range)
    case .local, .global: return target
    case .item(let base, let index, let range): return .item(expression(base), expression(index), range)
    case .attribute(let base, let name, let range): return .attribute(expression(base), name, range)
    case .unpack(let targets, let range): return .unpack(targets.map(self.target), range)
    case .starred(let inner, let range): return .starred(self.target(inner), range)
    }
  }

  func expression(_ expression: Expression) -> Expression {
    let kind: Expression.Kind
    switch expression.kind {
    case .name(let name):
      guard let slot = slots(name) else { return expression }
      kind = self.kind == .local ? .local(slot, name) : .global(slot, name)
    case .local, .global, .integer, .bigInteger, .float, .imaginary, .string, .bytes, .boolean, .none, .ellipsis,
      .lambda,
      .comprehension:
      return expression
    case .tuple(let items): kind = .tuple(items.map(self.expression))
    case .list(let items): kind = .list(items.map(self.expression))
    case .set(let items): kind = .set(items.map(self.expression))
    case .dict(let pairs):
      kind = .dict(pairs.map { (self.expression($0.key), self.expression($0.value)) })
    case .unary(let op, let operand): kind = .unary(op, self.expression(operand))
    case .binary(let op, let left, let right):
      kind = .binary(op, self.expression(left), self.expression(right))
    case .logical(let op, let left, let right):
      kind = .logical(op, self.expression(left), self.expression(right))
    case .not(let operand): kind = .not(self.expression(operand))
    case .invert(let operand): kind = .invert(self.expression(operand))
    case .starred(let operand): kind = .starred(self.expression(operand))
    case .namedValue(let name, let value): kind = .namedValue(target(name), self.expression(value))
    case .bitwise(let op, let left, let right):
      kind = .bitwise(op, self.expression(left), self.expression(right))
    case .conditional(let test, let body, let orElse):
      kind = .conditional(
        test: self.expression(test), body: self.expression(body), orElse: self.expression(orElse))
    case .comparison(let first, let rest):
      kind = .comparison(self.expression(first), rest.map { ($0.0, self.expression($0.1)) })
    case .attribute(let base, let name): kind = .attribute(self.expression(base), name)
    case .call(let callee, let arguments):
      kind = .call(
        self.expression(callee),
        arguments.map { Argument(keyword: $0.keyword, value: self.expression($0.value), unpacking: $0.unpacking) })
    case .index(let base, let index): kind = .index(self.expression(base), self.expression(index))
    case .slice(let start, let stop, let step):
      kind = .slice(start.map(self.expression), stop.map(self.expression), step.map(self.expression))
    case .formatted(let parts): kind = .formatted(parts.map(part))
    case .annotation(let annotation): kind = .annotation(self.expression(annotation))
    }
    return Expression(kind, range: expression.range)
  }

  private func part(_ part: FormattedPart) -> FormattedPart {
    switch part {
    case .literal: part
    case .field(let value, let conversion, let spec, let selfDocumenting):
      .field(expression(value), conversion: conversion, spec: spec.map(self.part), selfDocumenting: selfDocumenting)
    }
  }
}
