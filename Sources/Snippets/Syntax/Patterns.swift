/// A pattern of a `match` statement's `case`, as CPython 3.11's grammar has them.
indirect enum Pattern: Sendable {
  /// A literal or a dotted name: matches a subject equal (`==`) to its value.
  case value(Expression)
  /// `None`, `True`, `False`: matches the subject that is this very object (`is`).
  case singleton(Expression)
  /// A bare name: always matches, binding the subject.
  case capture(AssignmentTarget)
  /// `_`: always matches, binding nothing.
  case wildcard
  /// `[p, q, *rest]`, `(p, q)`, `p, q`: the patterns before the star, the star's target (nil for `*_`) when there is
  /// a star, and the patterns after it.
  case sequence(before: [Pattern], star: AssignmentTarget??, after: [Pattern])
  /// `{key: p, **rest}`: keys are literal or value expressions.
  case mapping([(key: Expression, pattern: Pattern)], rest: AssignmentTarget?)
  /// `Class(p, name=q)`.
  case instance(Expression, positional: [Pattern], keywords: [(name: String, pattern: Pattern)])
  /// `p | q`: the first alternative that matches.
  case alternatives([Pattern])
  /// `p as name`.
  case capturing(Pattern, AssignmentTarget)
}

/// One `case pattern [if guard]: body` clause of a `match` statement.
struct MatchCase: Sendable {
  var pattern: Pattern
  var guardCondition: Expression?
  var body: [Statement]
}

extension Pattern {
  /// The targets a pattern binds, in the order it binds them.
  var targets: [AssignmentTarget] {
    switch self {
    case .value, .singleton, .wildcard: []
    case .capture(let target): [target]
    case .sequence(let before, let star, let after):
      before.flatMap(\.targets) + ((star ?? nil).map { [$0] } ?? []) + after.flatMap(\.targets)
    case .mapping(let pairs, let rest): pairs.flatMap(\.pattern.targets) + (rest.map { [$0] } ?? [])
    case .instance(_, let positional, let keywords): positional.flatMap(\.targets) + keywords.flatMap(\.pattern.targets)
    case .alternatives(let options): options.first?.targets ?? []
    case .capturing(let inner, let target): inner.targets + [target]
    }
  }

  /// The expressions the pattern evaluates (values, mapping keys, classes).
  var expressions: [Expression] {
    switch self {
    case .value(let value), .singleton(let value): [value]
    case .capture, .wildcard: []
    case .sequence(let before, _, let after): (before + after).flatMap(\.expressions)
    case .mapping(let pairs, _): pairs.flatMap { [$0.key] + $0.pattern.expressions }
    case .instance(let type, let positional, let keywords):
      [type] + positional.flatMap(\.expressions) + keywords.flatMap(\.pattern.expressions)
    case .alternatives(let options): options.flatMap(\.expressions)
    case .capturing(let inner, _): inner.expressions
    }
  }

  /// The same pattern with its expressions and targets rewritten (name resolution).
  func rewritten(
    expression: (Expression) -> Expression, target: (AssignmentTarget) -> AssignmentTarget
  ) -> Pattern {
    func inner(_ pattern: Pattern) -> Pattern { pattern.rewritten(expression: expression, target: target) }
    switch self {
    case .value(let value): return .value(expression(value))
    case .singleton(let value): return .singleton(expression(value))
    case .capture(let bound): return .capture(target(bound))
    case .wildcard: return .wildcard
    case .sequence(let before, let star, let after):
      let rewrittenStar: AssignmentTarget?? = star.map { $0.map(target) }
      return .sequence(before: before.map(inner), star: rewrittenStar, after: after.map(inner))
    case .mapping(let pairs, let rest):
      return .mapping(pairs.map { (expression($0.key), inner($0.pattern)) }, rest: rest.map(target))
    case .instance(let type, let positional, let keywords):
      return .instance(
        expression(type), positional: positional.map(inner), keywords: keywords.map { ($0.name, inner($0.pattern)) })
    case .alternatives(let options): return .alternatives(options.map(inner))
    case .capturing(let pattern, let bound): return .capturing(inner(pattern), target(bound))
    }
  }
}
