/// A binary arithmetic operator of the snippet language.
enum BinaryOperator: String, Sendable, Hashable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case power = "**"
  case matrixMultiply = "@"
  case floorDivide = "//"
  case modulo = "%"
}

/// `and` or `or`: short-circuiting, with the deciding operand as the value.
enum LogicalOperator: String, Sendable, Hashable {
  case and
  case or
}

/// A unary operator of the snippet language.
enum UnaryOperator: String, Sendable, Hashable {
  case negate = "-"
  case plus = "+"
}

/// An element-wise comparison operator.
enum ComparisonOperator: String, Sendable, Hashable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case `in` = "in"
  case notIn = "not in"
  case `is` = "is"
  case isNot = "is not"
}

/// A call argument: positional when `keyword` is nil.
struct Argument: Sendable {
  /// The keyword, for `name=value` arguments.
  var keyword: String?
  /// The argument's value.
  var value: Expression
}

/// An expression node with its source range.
struct Expression: Sendable {
  /// What the expression is.
  indirect enum Kind: Sendable {
    case name(String)
    case integer(Int)
    /// An int literal beyond 64 bits.
    case bigInteger(BigInt)
    case float(Double)
    case string(String)
    case boolean(Bool)
    case none
    case ellipsis
    case tuple([Expression])
    case list([Expression])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case logical(LogicalOperator, Expression, Expression)
    case not(Expression)
    /// `body if test else orElse`.
    case conditional(test: Expression, body: Expression, orElse: Expression)
    /// `a < b <= c`: Python's chained comparison, each middle operand evaluated once.
    case comparison(Expression, [(ComparisonOperator, Expression)])
    case attribute(Expression, String)
    case call(Expression, [Argument])
    /// `x[i]`; the index is a tuple expression for `x[i, j]`.
    case index(Expression, Expression)
    /// `start:stop:step` inside a subscript; nil parts were omitted.
    case slice(Expression?, Expression?, Expression?)
  }

  /// What the expression is.
  var kind: Kind
  /// Where it is in the statement's code.
  var range: SourceRange
  /// How many nodes deep the tree under this node goes (1 for a leaf); bounded by the parser.
  var depth: Int

  /// Makes a node, computing its depth from its children.
  init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
    self.depth = 1 + (Expression.children(of: kind).map(\.depth).max() ?? 0)
  }

  /// The direct subexpressions of a node.
  static func children(of kind: Kind) -> [Expression] {
    switch kind {
    case .name, .integer, .bigInteger, .float, .string, .boolean, .none, .ellipsis: []
    case .tuple(let items), .list(let items): items
    case .unary(_, let operand), .not(let operand): [operand]
    case .binary(_, let left, let right), .logical(_, let left, let right): [left, right]
    case .conditional(let test, let body, let orElse): [test, body, orElse]
    case .comparison(let first, let rest): [first] + rest.map(\.1)
    case .attribute(let base, _): [base]
    case .call(let callee, let arguments): [callee] + arguments.map(\.value)
    case .index(let base, let index): [base, index]
    case .slice(let start, let stop, let step): [start, stop, step].compactMap { $0 }
    }
  }
}

/// An assignment target: a name, or a tuple/list of targets (`n, d = x.shape`).
indirect enum AssignmentTarget: Sendable {
  case name(String, SourceRange)
  case unpack([AssignmentTarget], SourceRange)
}

/// A statement node with its source range.
struct Statement: Sendable {
  /// What the statement is.
  enum Kind: Sendable {
    /// `import numpy as np` (or `import numpy`): binds the NumPy namespace to `alias`.
    case importNumpy(alias: String)
    /// `a = b = value`.
    case assignment([AssignmentTarget], Expression)
    /// `name op= value`: in place for arrays, as NumPy does, rebinding for Python's immutable values.
    case augmentedAssignment(name: String, BinaryOperator, Expression)
    /// An expression whose value is echoed when it is not None.
    case expression(Expression)
    /// `assert condition[, message]`.
    case assertion(Expression, message: Expression?)
  }

  /// What the statement is.
  var kind: Kind
  /// Where it is in the code.
  var range: SourceRange
}
