/// Type annotations, which CPython 3.11 evaluates unless `from __future__ import annotations` ran: a `def`'s when it
/// runs, after its defaults; a module's or class's annotated assignment's after its value is assigned (never one in a
/// function's body). Snippets keep no annotation; what counts is what evaluating one does: a name it reads that is not
/// defined (a class's methods annotated with the class itself) is Python's NameError.
///
/// The type hints snippets cannot make as values (`list[int]`, `tuple[int, ...]`, `Node | None`) are evaluated here
/// without being made: their parts are evaluated, and the subscription of a builtin generic class or the union of
/// classes and None, which CPython always allows, is taken as done.
extension Interpreter {
  /// What an annotation's evaluation gave, as far as `|` needs it: a value, or a type hint snippets do not make.
  private enum AnnotationResult {
    case value(Value)
    case typeHint
    /// A set display (`-> {Coins}`): made in CPython, not here; `|` with it is refused.
    case display
  }

  /// The builtin classes whose subscription (`list[int]`) makes a `types.GenericAlias` of any arguments.
  private static let genericBuiltins: Set<String> = ["list", "dict", "tuple", "set", "frozenset", "type"]

  /// True while annotations are not evaluated: the chapter imported `annotations` from `__future__` (a standard-library
  /// module written in the snippet language never does).
  private var postponesAnnotationsHere: Bool { postponesAnnotations && runningModule == nil }

  /// A `def`'s annotations evaluated, in the order CPython 3.11's compiler visits them: the positional-or-keyword
  /// parameters', then the positional-only ones', `*args`'s, the keyword-only ones', `**kwargs`'s, the return's.
  mutating func evaluateAnnotations(of definition: FunctionDefinition) throws(PythonError) {
    let parameters = definition.parameters
    guard definition.returnAnnotation != nil || parameters.contains(where: { $0.annotation != nil }),
      !postponesAnnotationsHere
    else { return }
    let ordered =
      parameters.filter { $0.kind == .normal && !$0.positionalOnly } + parameters.filter(\.positionalOnly)
      + parameters.filter { $0.kind == .variadic } + parameters.filter { $0.kind == .keywordOnly }
      + parameters.filter { $0.kind == .variadicKeywords }
    for parameter in ordered {
      if let annotation = parameter.annotation { _ = try annotationResult(annotation) }
    }
    if let annotation = definition.returnAnnotation { _ = try annotationResult(annotation) }
  }

  /// The first annotation of a `def` in CPython's `__annotations__` order, read again after `evaluateAnnotations` ran
  /// it, when reading it has no effect: names, attributes, `a | b` of those and a typing form's subscription
  /// (`Union[list, set]`). Nil for any other annotation, and for none.
  mutating func dispatchAnnotation(of definition: FunctionDefinition) throws(PythonError) -> (
    name: String, classes: [Value]
  )? {
    guard !postponesAnnotationsHere else { return nil }
    let parameters = definition.parameters
    let ordered =
      parameters.filter { $0.kind == .normal && !$0.positionalOnly } + parameters.filter(\.positionalOnly)
      + parameters.filter { $0.kind == .variadic } + parameters.filter { $0.kind == .keywordOnly }
      + parameters.filter { $0.kind == .variadicKeywords }
    guard let first = ordered.first(where: { $0.annotation != nil }), let annotation = first.annotation else {
      return nil
    }
    guard let classes = try readAgain(annotation) else { return nil }
    return (first.name, classes)
  }

  /// The classes an annotation without effects names: one value, or each side of `|`; nil for another annotation.
  private mutating func readAgain(_ annotation: Expression) throws(PythonError) -> [Value]? {
    switch annotation.kind {
    case .name, .local, .global: return [try evaluate(annotation)]
    case .attribute(let base, _):
      // A module's or class's attribute (`collections.abc.Mapping`); an object's might be a property, which runs.
      switch try readAgain(base)?.first {
      case .module?, .classObject?: return [try evaluate(annotation)]
      default: return nil
      }
    case .bitwise(.or, let left, let right):
      guard let a = try readAgain(left), let b = try readAgain(right) else { return nil }
      return a + b
    case .index(let base, let index):
      guard case .object(let form)? = try readAgain(base)?.first, form.type.module == "typing" else { return nil }
      let items: [Expression] = if case .tuple(let items) = index.kind { items } else { [index] }
      for item in items where try readAgain(item) == nil { return nil }
      return [try evaluate(annotation)]
    default: return nil
    }
  }

  /// One annotation of an annotated assignment evaluated (`Expression.Kind.annotation`).
  mutating func evaluateAnnotation(_ annotation: Expression) throws(PythonError) {
    guard !postponesAnnotationsHere else { return }
    _ = try annotationResult(annotation)
  }

  private mutating func annotationResult(_ annotation: Expression) throws(PythonError) -> AnnotationResult {
    switch annotation.kind {
    case .index(let base, let index):
      // `list[int]`: a name of a builtin generic class, then the arguments, each itself a type hint.
      switch base.kind {
      case .name, .local, .global: break
      default: return .value(try evaluate(annotation))
      }
      let origin = try evaluate(base)
      let arguments: [Expression] = if case .tuple(let items) = index.kind { items } else { [index] }
      if Self.isAbstractBaseClass(origin) {
        // `collections.abc.Callable[[float], float]`: CPython checks for the list (or `...`) and the result.
        if case .object(let object) = origin, case .string("Callable")? = object.attributes["__name__"] {
          guard arguments.count == 2, case .tuple = index.kind else {
            throw NumpyArrays.unsupported("collections.abc.Callable[...] without [arguments, result]")
          }
          switch arguments[0].kind {
          case .list(let items): for item in items { _ = try annotationResult(item) }
          case .ellipsis: break
          default: throw NumpyArrays.unsupported("collections.abc.Callable[...] without a list of arguments")
          }
          _ = try annotationResult(arguments[1])
          return .typeHint
        }
      } else {
        guard case .function(let name) = origin, Self.genericBuiltins.contains(name) else {
          return .value(try evaluate(annotation))  // reading a name again does nothing more
        }
      }
      for argument in arguments { _ = try annotationResult(argument) }
      return .typeHint
    case .set(let items):
      // `-> {Coins}`: each item, which CPython hashes (classes, functions and methods are hashable there).
      for item in items {
        if case .value(let value) = try annotationResult(item), !Self.isHashableInAnnotation(value) {
          throw NumpyArrays.unsupported(
            "a set display of a '\(value.typeName)' value in an annotation is not supported in snippets")
        }
      }
      return .display
    case .bitwise(.or, let left, let right):
      let (first, second) = (try annotationResult(left), try annotationResult(right))
      switch (first, second) {
      case (.display, _), (_, .display):
        throw NumpyArrays.unsupported("a set display joined with '|' in an annotation is not supported in snippets")
      case (.value(let a), .value(let b)):
        if Self.makesUnion(a, b) { return .typeHint }
        return .value(try bitwise(.or, a, b))
      case (.typeHint, .typeHint): return .typeHint
      case (.typeHint, .value(let other)), (.value(let other), .typeHint):
        if other.isNone || Self.isUnionClass(other) { return .typeHint }
        throw NumpyArrays.unsupported(
          "a type hint joined with '|' to a '\(other.typeName)' object is not supported in snippets")
      }
    default:
      return .value(try evaluate(annotation))
    }
  }

  /// Whether a value is a class, which `|` joins into a `types.UnionType` (a snippet class, a builtin or NumPy type).
  static func isUnionClass(_ value: Value) -> Bool {
    switch value {
    case .classObject, .scalarType: true
    case .object: isAbstractBaseClass(value) || isGenericAlias(value)
    default: value.typeName == "type"
    }
  }

  /// Whether CPython hashes a value of a set display in an annotation without a TypeError: classes, functions,
  /// methods, None, strings and numbers (the kinds whose hash snippets need not compute here).
  private static func isHashableInAnnotation(_ value: Value) -> Bool {
    isUnionClass(value)
      || [
        "builtin_function_or_method", "function", "method", "NoneType", "str", "int", "float", "bool",
        NumpyFunctionClasses.dispatcher,
      ].contains(value.typeName)
  }

  /// Whether `a | b` is CPython's `types.UnionType`: classes or None, not both None.
  static func makesUnion(_ a: Value, _ b: Value) -> Bool {
    (isUnionClass(a) || a.isNone) && (isUnionClass(b) || b.isNone) && !(a.isNone && b.isNone)
  }
}
