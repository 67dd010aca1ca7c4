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

  /// How CPython's TypeError for unsupported operands names the operator: `** or pow()` for `**`, which shares its
  /// slot with the builtin.
  var messageSymbol: String { self == .power ? "** or pow()" : rawValue }
}

/// A bitwise operator: element-wise logic on bool arrays (NumPy's masks), bit operations on Python ints, and set
/// and dict operations (`|` merges dicts).
enum BitwiseOperator: String, Sendable, Hashable {
  case and = "&"
  case or = "|"
  case xor = "^"
  case leftShift = "<<"
  case rightShift = ">>"
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
  /// How an argument spreads into the call: `f(x)`, `f(*xs)`, `f(**d)`.
  enum Unpacking: Sendable {
    case none
    case positional
    case keywords
  }

  /// The keyword, for `name=value` arguments.
  var keyword: String?
  /// The argument's value.
  var value: Expression
  /// Whether the value is spread with `*` or `**`.
  var unpacking = Unpacking.none
}

/// An expression node with its source range.
///
/// A class, not a struct with an indirect enum: the evaluator reads a node's children in place, where a switch over an
/// indirect enum's payload copied each child (a retain and a release per child per evaluation).
final class Expression: Sendable {
  /// What the expression is.
  enum Kind: Sendable {
    case name(String)
    /// A name local to the function whose body holds it, resolved to its frame slot at parse time.
    case local(Int, String)
    /// A top-level name, resolved to its slot in the chapter's namespace just before the statement runs.
    case global(Int, String)
    case integer(Int)
    /// An int literal beyond 64 bits.
    case bigInteger(BigInt)
    case float(Double)
    /// An imaginary literal such as `2.5j`: the value of its imaginary part.
    case imaginary(Double)
    case string(String)
    /// A bytes literal (`b'ab\\x00'`): each byte one unicode scalar below 256.
    case bytes(String)
    case boolean(Bool)
    case none
    case ellipsis
    case tuple([Expression])
    case list([Expression])
    /// `{k: v, …}`.
    case dict([(key: Expression, value: Expression)])
    /// `{a, b}`: a set display.
    case set([Expression])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case logical(LogicalOperator, Expression, Expression)
    /// `a & b`, `a | b`, `a ^ b`, `a << b`, `a >> b`.
    case bitwise(BitwiseOperator, Expression, Expression)
    /// `~a`.
    case invert(Expression)
    /// `name := value`: binds the name where an assignment would, and is the value.
    case namedValue(AssignmentTarget, Expression)
    /// `*xs` inside a display or on the left of `=`; as a dict display's key (with a `None` value), `**mapping`.
    case starred(Expression)
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
    /// `lambda params: body`.
    case lambda(FunctionDefinition)
    /// An f-string: literal text and replacement fields.
    case formatted([FormattedPart])
    /// `[e for …]`, `{k: v for …}`, `(e for …)`; `key` is set for dict comprehensions.
    case comprehension(Comprehension)
    /// A type annotation Python evaluates at a module's or class's annotated assignment (`x: int = 0`), its value
    /// unused: None, once the names it reads and the calls it makes have run (Annotations.swift).
    case annotation(Expression)
  }

  /// What the expression is.
  let kind: Kind
  /// Where it is in the statement's code.
  let range: SourceRange
  /// How many nodes deep the tree under this node goes (1 for a leaf); bounded by the parser.
  let depth: Int

  /// Makes a node, computing its depth from its children.
  init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
    self.depth = 1 + Expression.deepestChild(of: kind)
  }

  /// The depth of the deepest direct subexpression, 0 for none. The common nodes are read in place: the list of
  /// children, and the list of their depths, were two arrays allocated for every node a parse made.
  private static func deepestChild(of kind: Kind) -> Int {
    switch kind {
    case .name, .local, .global, .integer, .bigInteger, .float, .imaginary, .string, .bytes, .boolean, .none, .ellipsis:
      return 0
    case .unary(_, let operand), .not(let operand), .invert(let operand), .starred(let operand),
      .namedValue(_, let operand), .attribute(let operand, _):
      return operand.depth
    case .binary(_, let left, let right), .logical(_, let left, let right), .bitwise(_, let left, let right),
      .index(let left, let right):
      return Swift.max(left.depth, right.depth)
    case .tuple(let items), .list(let items), .set(let items):
      return items.reduce(0) { Swift.max($0, $1.depth) }
    case .call(let callee, let arguments):
      return arguments.reduce(callee.depth) { Swift.max($0, $1.value.depth) }
    default:
      return children(of: kind).reduce(0) { Swift.max($0, $1.depth) }
    }
  }

  /// The direct subexpressions of a node.
  static func children(of kind: Kind) -> [Expression] {
    switch kind {
    case .name, .local, .global, .integer, .bigInteger, .float, .imaginary, .string, .bytes, .boolean, .none, .ellipsis:
      []
    case .tuple(let items), .list(let items), .set(let items): items
    case .dict(let pairs): pairs.flatMap { [$0.key, $0.value] }
    case .unary(_, let operand), .not(let operand), .invert(let operand), .starred(let operand),
      .namedValue(_, let operand):
      [operand]
    case .binary(_, let left, let right), .logical(_, let left, let right), .bitwise(_, let left, let right):
      [left, right]
    case .conditional(let test, let body, let orElse): [test, body, orElse]
    case .comparison(let first, let rest): [first] + rest.map(\.1)
    case .attribute(let base, _): [base]
    case .call(let callee, let arguments): [callee] + arguments.map(\.value)
    case .index(let base, let index): [base, index]
    case .slice(let start, let stop, let step): [start, stop, step].compactMap { $0 }
    case .lambda(let function): function.parameters.compactMap(\.defaultValue)
    case .formatted(let parts): FormattedPart.expressions(in: parts)
    case .annotation(let annotation): [annotation]
    case .comprehension(let comprehension):
      [comprehension.element] + (comprehension.key.map { [$0] } ?? [])
        + comprehension.clauses.map { clause in
          switch clause {
          case .loop(_, let iterable): iterable
          case .condition(let condition): condition
          }
        }
    }
  }
}

/// An assignment target: a name, or a tuple/list of targets (`n, d = x.shape`).
indirect enum AssignmentTarget: Sendable {
  case name(String, SourceRange)
  /// A function's local name, resolved to its frame slot (see `Expression.Kind.local`).
  case local(Int, String, SourceRange)
  /// A top-level name, resolved to its namespace slot (see `Expression.Kind.global`).
  case global(Int, String, SourceRange)
  /// `container[index] = …` (lists and dicts).
  case item(Expression, Expression, SourceRange)
  case unpack([AssignmentTarget], SourceRange)
  /// `object.name = …`.
  case attribute(Expression, String, SourceRange)
  /// `*rest` inside an unpacking target: takes what the other targets leave, as a list.
  case starred(AssignmentTarget, SourceRange)
}

/// A statement node with its source range: a class for the reason `Expression` is one.
final class Statement: Sendable {
  /// What the statement is.
  enum Kind: Sendable {
    /// `import numpy as np`, `import math`, `import numpy.random as npr`: binds `name` to the module `path`
    /// (`import a.b` without `as` binds `a`).
    case importModule(path: String, name: String)
    /// `from autograd import grad, jacobian as jac`: binds each name to the module's member.
    case importFrom(path: String, names: [(member: String, name: String)])
    /// `a = b = value`.
    case assignment([AssignmentTarget], Expression)
    /// `name op= value`: in place for arrays, as NumPy does, rebinding for Python's immutable values.
    case augmentedAssignment(name: String, BinaryOperator, Expression)
    /// An expression whose value is echoed when it is not None.
    case expression(Expression)
    /// `assert condition[, message]`.
    case assertion(Expression, message: Expression?)
    /// `if …: … elif …: … else: …`: each branch's condition and body, then the `else` body (empty when none).
    case conditional([(condition: Expression, body: [Statement])], orElse: [Statement])
    /// `while condition: body else: orElse`.
    case whileLoop(Expression, body: [Statement], orElse: [Statement])
    /// `for target in iterable: body else: orElse`.
    case forLoop(AssignmentTarget, Expression, body: [Statement], orElse: [Statement])
    case breakLoop
    case continueLoop
    case pass
    /// `def name(…): body`.
    case functionDefinition(FunctionDefinition)
    /// `class Name(Base): body`.
    case classDefinition(ClassDefinition)
    /// `@decorator` lines before a `def` or `class`, outermost first.
    case decorated([Expression], Statement)
    /// `target op= value` where the target is an item or an attribute (`self.grad += g`, `counts[k] += 1`).
    case augmentedTarget(AssignmentTarget, BinaryOperator, Expression)
    /// `target &= value`, `|=`, `^=`, `<<=`, `>>=`: in place for bool arrays, sets and dicts, rebinding for ints.
    case augmentedBitwise(AssignmentTarget, BitwiseOperator, Expression)
    /// `del a, b[0], c.x`.
    case delete([AssignmentTarget])
    /// `with manager [as target], …: body`.
    case with([(manager: Expression, target: AssignmentTarget?)], body: [Statement])
    /// `return [value]`.
    case returnValue(Expression?)
    /// `global a, b`: the names refer to the chapter's namespace inside this function.
    case global([String])
    /// `nonlocal a, b`: the names refer to an enclosing function's variables.
    case nonlocal([String])
    /// `try: … except T as e: … else: … finally: …`.
    case tryStatement(body: [Statement], handlers: [ExceptHandler], orElse: [Statement], finally: [Statement])
    /// `raise [exception]`.
    case raise(Expression?)
    /// `yield [value]`, `yield from iterable` (`delegating`), or `a = b = yield value` (`targets`, bound to None on
    /// resumption, as `next` sends nothing): only in a generator function's body, at statement level.
    case yieldValue(Expression?, delegating: Bool, targets: [AssignmentTarget])
    /// `match subject: case pattern [if guard]: body …` (Patterns.swift, PatternMatching.swift).
    case match(Expression, [MatchCase])
  }

  /// What the statement is.
  let kind: Kind
  /// Where it is in the code.
  let range: SourceRange
  /// The name an annotated assignment annotates (`x: float` or `x: float = 0.0`): a class keeps them in order, for
  /// `dataclasses`.
  let annotated: String?

  init(kind: Kind, range: SourceRange, annotated: String? = nil) {
    self.kind = kind
    self.range = range
    self.annotated = annotated
  }
}

/// One `except [types [as name]]:` clause.
struct ExceptHandler: Sendable {
  /// The exception class or tuple of classes; nil for a bare `except:`.
  var types: Expression?
  var name: String?
  var body: [Statement]
}

/// One parameter of a `def` or `lambda`.
struct Parameter: Sendable {
  /// How the parameter takes its argument.
  enum Kind: Sendable {
    /// Positional or keyword (`x`, `x=1`).
    case normal
    /// After `*` or `*args`: keyword only.
    case keywordOnly
    /// `*args`.
    case variadic
    /// `**kwargs`.
    case variadicKeywords
  }

  var name: String
  var kind: Kind
  /// The default's expression, evaluated once when the `def` runs.
  var defaultValue: Expression?
  /// True for a parameter before `/`: a keyword of its name goes to `**kwargs` or is CPython's TypeError.
  var positionalOnly = false
  /// The annotation after `:` (`x: int`), evaluated when the `def` runs, after the defaults (Annotations.swift).
  var annotation: Expression?
}

/// A parsed `def` or `lambda`, shared by every function value made from it, with its scope worked out at parse time.
final class FunctionDefinition: Sendable {
  /// The function's name (`<lambda>` for a lambda).
  let name: String
  /// The name the `def` binds: `name`, or inside a class body a private name renamed (`__f` binds `_Class__f`),
  /// while `__name__` stays `__f`.
  let boundName: String
  /// Python's `__qualname__`, which its TypeError messages use: `outer.<locals>.inner`.
  let qualifiedName: String
  let parameters: [Parameter]
  /// The annotation after `->`, evaluated when the `def` runs, after the parameters' (Annotations.swift).
  let returnAnnotation: Expression?
  /// The body; a lambda's is one `return` statement.
  let body: [Statement]
  /// Names local to the function: parameters and every name the body binds, less `global`/`nonlocal` ones.
  let locals: Set<String>
  /// Names declared `global` in the body.
  let globals: Set<String>
  /// Names declared `nonlocal` in the body.
  let nonlocals: Set<String>
  /// Where the definition is in its code.
  let range: SourceRange
  /// The positional-or-keyword parameters, in order (worked out once, not per call).
  let positionalParameters: [Parameter]
  /// The `*args` parameter, if any.
  let variadicParameter: Parameter?
  /// The `**kwargs` parameter, if any.
  let variadicKeywordsParameter: Parameter?
  /// True when the body declares nothing `global` or `nonlocal`, so every name it binds is local.
  let declaresNoOuterNames: Bool
  /// The frame's slots: the parameters in order, then the other locals in sorted order.
  let slotNames: [String]
  /// Each local's slot, for the lookups not resolved at parse time (closures' free variables, `del`, class bodies).
  let slotIndex: [String: Int]
  /// The body compiled once into closures, which a call runs (Compiler).
  let compiledBody: CompiledStatement
  /// True when the body holds a `yield`: a call makes a generator, which runs `generatorPlan` a step at a time.
  let isGenerator: Bool
  /// A generator's body prepared for running a step at a time (GeneratorPlan.swift); empty for other functions.
  let generatorPlan: [GeneratorStep]
  /// Why a `yield` of the body cannot be run (it is inside a `with`, or a `try` with `finally`), if one cannot.
  let generatorRefusal: SyntaxError?

  /// Works out the function's scope; `resolvesNames` rewrites the body's local names to frame slots (a class body
  /// keeps its names, as Python looks them up by name).
  init(
    name: String, qualifiedName: String, parameters: [Parameter], body: [Statement], range: SourceRange,
    returnAnnotation: Expression? = nil, resolvesNames: Bool = true, boundName: String? = nil
  ) {
    self.name = name
    self.boundName = boundName ?? name
    self.qualifiedName = qualifiedName
    self.parameters = parameters
    self.returnAnnotation = returnAnnotation
    self.range = range
    positionalParameters = parameters.filter { $0.kind == .normal }
    variadicParameter = parameters.first { $0.kind == .variadic }
    variadicKeywordsParameter = parameters.first { $0.kind == .variadicKeywords }
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var bound = Set(parameters.map(\.name))
    ScopeAnalysis.collect(body, bound: &bound, globals: &declaredGlobal, nonlocals: &declaredNonlocal)
    globals = declaredGlobal
    nonlocals = declaredNonlocal
    let locals = bound.subtracting(declaredGlobal).subtracting(declaredNonlocal)
    self.locals = locals
    declaresNoOuterNames = declaredGlobal.isEmpty && declaredNonlocal.isEmpty
    var names: [String] = []
    for parameter in parameters where !names.contains(parameter.name) { names.append(parameter.name) }
    names += locals.subtracting(names).sorted()
    slotNames = names
    let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    slotIndex = index
    let resolvedBody = resolvesNames ? NameResolution(slots: { index[$0] }, kind: .local).statements(body) : body
    self.body = resolvedBody
    compiledBody = Compiler.block(resolvedBody)
    (isGenerator, generatorPlan, generatorRefusal) = Self.generatorParts(resolvedBody)
  }

  /// Whether a body is a generator's, its plan, and why it cannot be run if it cannot.
  private static func generatorParts(_ body: [Statement]) -> (Bool, [GeneratorStep], SyntaxError?) {
    guard GeneratorPlanner.containsYield(body) else { return (false, [], nil) }
    do throws(SyntaxError) {
      return (true, try GeneratorPlanner.plan(body), nil)
    } catch {
      return (true, [], error)
    }
  }

  /// True for the body of a standard-library module written in the snippet language (PythonModules), whose frame
  /// is that module's globals.
  var isModuleBody: Bool { name == "<module>" }

  /// The same function with its body rewritten (its other names resolved to the chapter's slots), the scope as
  /// worked out for the original.
  init(_ original: FunctionDefinition, body: [Statement]) {
    name = original.name
    qualifiedName = original.qualifiedName
    boundName = original.boundName
    parameters = original.parameters
    returnAnnotation = original.returnAnnotation
    self.body = body
    locals = original.locals
    globals = original.globals
    nonlocals = original.nonlocals
    range = original.range
    positionalParameters = original.positionalParameters
    variadicParameter = original.variadicParameter
    variadicKeywordsParameter = original.variadicKeywordsParameter
    declaresNoOuterNames = original.declaresNoOuterNames
    slotNames = original.slotNames
    slotIndex = original.slotIndex
    compiledBody = Compiler.block(body)
    (isGenerator, generatorPlan, generatorRefusal) = Self.generatorParts(body)
  }
}

/// Finds the names a function body binds, as Python's compiler does, without entering nested functions.
enum ScopeAnalysis {
  static func collect(
    _ statements: [Statement], bound: inout Set<String>, globals: inout Set<String>, nonlocals: inout Set<String>
  ) {
    for statement in statements {
      for expression in expressions(of: statement) { namedValues(in: expression, into: &bound) }
      switch statement.kind {
      case .importModule(_, let name): bound.insert(name)
      case .importFrom(_, let names): bound.formUnion(names.map(\.name))
      case .assignment(let targets, _): for target in targets { names(in: target, into: &bound) }
      case .augmentedAssignment(let name, _, _): bound.insert(name)
      case .conditional(let branches, let orElse):
        for branch in branches { collect(branch.body, bound: &bound, globals: &globals, nonlocals: &nonlocals) }
        collect(orElse, bound: &bound, globals: &globals, nonlocals: &nonlocals)
      case .whileLoop(_, let body, let orElse):
        collect(body, bound: &bound, globals: &globals, nonlocals: &nonlocals)
        collect(orElse, bound: &bound, globals: &globals, nonlocals: &nonlocals)
      case .forLoop(let target, _, let body, let orElse):
        names(in: target, into: &bound)
        collect(body, bound: &bound, globals: &globals, nonlocals: &nonlocals)
        collect(orElse, bound: &bound, globals: &globals, nonlocals: &nonlocals)
      case .functionDefinition(let function): bound.insert(function.boundName)
      case .classDefinition(let definition): bound.insert(definition.boundName)
      case .decorated(_, let inner): collect([inner], bound: &bound, globals: &globals, nonlocals: &nonlocals)
      case .augmentedTarget: break
      case .augmentedBitwise(let target, _, _): names(in: target, into: &bound)
      case .delete(let targets): for target in targets { names(in: target, into: &bound) }
      case .with(let items, let body):
        for item in items { if let target = item.target { names(in: target, into: &bound) } }
        collect(body, bound: &bound, globals: &globals, nonlocals: &nonlocals)
      case .tryStatement(let body, let handlers, let orElse, let finally):
        collect(body, bound: &bound, globals: &globals, nonlocals: &nonlocals)
        for handler in handlers {
          if let name = handler.name { bound.insert(name) }
          collect(handler.body, bound: &bound, globals: &globals, nonlocals: &nonlocals)
        }
        collect(orElse, bound: &bound, globals: &globals, nonlocals: &nonlocals)
        collect(finally, bound: &bound, globals: &globals, nonlocals: &nonlocals)
      case .raise: break
      case .yieldValue(_, _, let targets): for target in targets { names(in: target, into: &bound) }
      case .match(_, let cases):
        for matchCase in cases {
          for target in matchCase.pattern.targets { names(in: target, into: &bound) }
          collect(matchCase.body, bound: &bound, globals: &globals, nonlocals: &nonlocals)
        }
      case .global(let declared): globals.formUnion(declared)
      case .nonlocal(let declared): nonlocals.formUnion(declared)
      case .expression, .assertion, .breakLoop, .continueLoop, .pass, .returnValue: break
      }
    }
  }

  /// The expressions a statement evaluates itself (not those of nested bodies, which `collect` visits).
  static func expressions(of statement: Statement) -> [Expression] {
    switch statement.kind {
    case .assignment(_, let value), .augmentedAssignment(_, _, let value), .expression(let value),
      .augmentedTarget(_, _, let value), .augmentedBitwise(_, _, let value):
      [value]
    case .assertion(let condition, let message): [condition] + (message.map { [$0] } ?? [])
    case .conditional(let branches, _): branches.map(\.condition)
    case .whileLoop(let condition, _, _): [condition]
    case .forLoop(_, let iterable, _, _): [iterable]
    case .returnValue(let value), .yieldValue(let value, _, _): value.map { [$0] } ?? []
    case .match(let subject, let cases):
      [subject] + cases.flatMap { $0.pattern.expressions + ($0.guardCondition.map { [$0] } ?? []) }
    default: []
    }
  }

  /// Names bound by `:=` inside an expression (lambdas and comprehensions' loop variables aside).
  static func namedValues(in expression: Expression, into names: inout Set<String>) {
    if case .namedValue(let target, _) = expression.kind { self.names(in: target, into: &names) }
    if case .lambda = expression.kind { return }
    for child in Expression.children(of: expression.kind) { namedValues(in: child, into: &names) }
  }

  static func names(in target: AssignmentTarget, into names: inout Set<String>) {
    switch target {
    case .name(let name, _), .local(_, let name, _), .global(_, let name, _): names.insert(name)
    case .item, .attribute: break
    case .unpack(let targets, _): for inner in targets { self.names(in: inner, into: &names) }
    case .starred(let inner, _): self.names(in: inner, into: &names)
    }
  }
}

extension Expression {
  /// True for a literal CPython's compiler folds to a constant (numbers, strings, `None`, `True`, negated numbers).
  var isConstant: Bool {
    switch kind {
    case .integer, .bigInteger, .float, .imaginary, .string, .boolean, .none, .ellipsis: true
    case .unary(_, let operand):
      switch operand.kind {
      case .integer, .bigInteger, .float, .imaginary: true
      default: false
      }
    case .tuple(let items): items.allSatisfy(\.isConstant)
    default: false
    }
  }
}

/// A parsed `class` statement: its name, base-class expressions and body (run once, as Python runs a class body).
final class ClassDefinition: Sendable {
  let name: String
  /// The name the `class` statement binds: `name`, or inside another class body a private name renamed.
  let boundName: String
  /// Python's `__qualname__`.
  let qualifiedName: String
  let bases: [Expression]
  /// The keywords after the bases (`boundary=STRICT`, `metaclass=M`), in order.
  let keywords: [ClassKeyword]
  /// The body as a function without parameters, so its names are worked out as a function's are.
  let body: FunctionDefinition
  let range: SourceRange
  /// The names the body annotates at its top level, in order (`x: float`, `y: int = 0`).
  let annotations: [String]

  init(
    name: String, qualifiedName: String, bases: [Expression], keywords: [ClassKeyword] = [], body: FunctionDefinition,
    range: SourceRange, boundName: String? = nil
  ) {
    self.name = name
    self.boundName = boundName ?? name
    self.qualifiedName = qualifiedName
    self.bases = bases
    self.keywords = keywords
    self.body = body
    self.range = range
    annotations = body.body.compactMap(\.annotated)
  }
}

/// A keyword of a `class` statement (`boundary=STRICT`).
struct ClassKeyword: Sendable {
  let name: String
  let value: Expression
}

/// A piece of an f-string.
indirect enum FormattedPart: Sendable {
  case literal(String)
  /// `{expression!conversion:spec}`; `selfDocumenting` is the `expression=` text shown before the value.
  case field(Expression, conversion: Character?, spec: [FormattedPart], selfDocumenting: String?)

  /// The expressions of the fields, nested specs included.
  static func expressions(in parts: [FormattedPart]) -> [Expression] {
    parts.flatMap { part -> [Expression] in
      switch part {
      case .literal: []
      case .field(let expression, _, let spec, _): [expression] + expressions(in: spec)
      }
    }
  }
}

/// A comprehension or generator expression, with the scope of its loop variables.
final class Comprehension: Sendable {
  /// What it builds.
  enum Kind: String, Sendable {
    case list = "<listcomp>"
    case dict = "<dictcomp>"
    case set = "<setcomp>"
    case generator = "<genexpr>"
  }

  /// One `for target in iterable` or `if condition` clause.
  enum Clause: Sendable {
    case loop(AssignmentTarget, Expression)
    case condition(Expression)
  }

  let kind: Kind
  let element: Expression
  /// The key of a dict comprehension (`element` is then its value).
  let key: Expression?
  let clauses: [Clause]
  /// The loop variables, local to the comprehension as in Python 3.
  let scope: FunctionDefinition
  /// The element compiled once into closures, which each step runs (Compiler).
  let compiledElement: CompiledExpression

  init(kind: Kind, element: Expression, key: Expression?, clauses: [Clause], range: SourceRange) {
    self.kind = kind
    var bound: Set<String> = []
    for clause in clauses {
      if case .loop(let target, _) = clause { ScopeAnalysis.names(in: target, into: &bound) }
    }
    let scope = FunctionDefinition(
      name: kind.rawValue, qualifiedName: kind.rawValue,
      parameters: bound.sorted().map {
        Parameter(name: $0, kind: .normal, defaultValue: nil)
      }, body: [], range: range)
    self.scope = scope
    // The loop variables become slots of the comprehension's frame; the first iterable runs in the enclosing
    // scope, so it keeps its names.
    let resolution = NameResolution(slots: { scope.slotIndex[$0] }, kind: .local)
    let resolvedElement = resolution.expression(element)
    self.element = resolvedElement
    compiledElement = Compiler.expression(resolvedElement)
    self.key = key.map(resolution.expression)
    self.clauses = clauses.enumerated().map { position, clause in
      switch clause {
      case .loop(let target, let iterable):
        .loop(resolution.target(target), position == 0 ? iterable : resolution.expression(iterable))
      case .condition(let condition): .condition(resolution.expression(condition))
      }
    }
  }
}
