import TensorCore

/// Python's lazy iterators: each item is computed when the consumer asks for it, as CPython's iterator objects do.
///
/// `map(print, xs)` prints nothing until it is consumed; `enumerate(xs)` reads the list itself, so items removed by
/// the loop's body are not visited; a generator runs its body only as far as the next `yield`. An `IteratorBox` with
/// a source asks it for items one at a time (`IteratorBox.next`); the sources here are the builtins' iterators, and
/// `GeneratorSource` (Generators.swift) and `GeneratorExpressionSource` are the generators'.
protocol IteratorSource: AnyObject, Sendable {
  /// The next item, or nil when the iterator is exhausted (the box then forgets its source).
  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value?
  /// The values the source keeps alive (its list, its function, a generator's frame), for the memory walk.
  var heldValues: [Value] { get }
  /// What a finished generator's `return` gave (the value of `yield from` it); nil for other iterators.
  var returned: Value? { get }
  /// Finishes a generator early (`close()`); the builtins' iterators have no `close`.
  func close() throws(PythonError)
}

extension IteratorSource {
  var returned: Value? { nil }
  func close() throws(PythonError) {}
}

extension Interpreter {
  /// `iterator.name` for the attributes snippets answer (`__next__`, `__iter__`; a generator's `send` and `close`),
  /// refusing a generator's others (`throw`, `gi_frame`, …) by name; nil for a name the iterator lacks.
  func iteratorAttribute(_ box: IteratorBox, _ name: String) throws(PythonError) -> Value? {
    if let broadcast = box.broadcast {
      switch name {
      case "shape": return .intTuple(broadcast.shape)
      case "nd", "ndim": return .int(broadcast.shape.count)
      case "size": return .int(broadcast.shape.reduce(1, *))
      case "numiter": return .int(broadcast.count)
      case "index": return .int(box.position)
      case "reset": return .method(.iterator(box), name)
      case "iters":
        throw PythonError.limit(
          "np.broadcast's iters (NumPy's flatiter objects) are not supported in snippets: iterate the broadcast "
            + "object itself, or np.broadcast_arrays(...)")
      default: break
      }
    }
    switch name {
    case "__next__", "__iter__": return .method(.iterator(box), name)
    // A `where` clause guards only the pattern it follows, so each name is tested in one set: a list iterator has
    // no `send` (CPython's AttributeError), only a generator has.
    case _ where box.kind == "generator" && ["send", "close", "throw"].contains(name):
      return .method(.iterator(box), name)
    case _
    where box.kind == "generator"
      && ["gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom", "__name__", "__qualname__"]
        .contains(name):
      throw PythonError.limit(
        "generator.\(name) is not supported in snippets: their generators are driven by next(), for loops, "
          + "send(None) and close()")
    default: return nil
    }
  }

  /// Calls `__next__`, `__iter__`, `send` or `close` of an iterator.
  mutating func callIteratorMethod(_ box: IteratorBox, _ name: String, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    if name == "reset", box.broadcast != nil, !call.positional.isEmpty || !call.keywords.isEmpty {
      // A method of a C type without arguments (METH_NOARGS), as CPython 3.11 words its complaint.
      if !call.keywords.isEmpty { throw PythonError.type("broadcast.reset() takes no keyword arguments") }
      throw PythonError.type("function takes exactly 0 arguments (\(call.positional.count) given)")
    }
    try call.rejectKeywords()
    if name == "throw", box.kind == "generator" { return try throwIntoGenerator(box, call.positional) }
    let expected = name == "send" ? 1 : 0
    guard call.positional.count == expected else {
      throw PythonError.type(
        expected == 0
          ? "\(box.kind).\(name)() takes no arguments (\(call.positional.count) given)"
          : "\(box.kind).send() takes exactly one argument (\(call.positional.count) given)")
    }
    switch name {
    case "__iter__": return .iterator(box)
    case "reset" where box.broadcast != nil:
      box.position = 0
      return .none
    case "close":
      try box.source?.close()
      box.source = nil
      box.position = box.items.count
      return .none
    case "send" where !call.positional[0].isNone:
      if let generator = box.source as? GeneratorSource, !generator.hasStarted {
        throw PythonError.type("can't send non-None value to a just-started generator")
      }
      guard box.isLazy else { throw PythonError("StopIteration", "") }
      guard let generator = box.source as? GeneratorSource, box.position >= box.items.count else {
        throw PythonError.limit(
          "send() to a generator whose items were read ahead is not supported in snippets")
      }
      // The `yield` the generator stopped at receives the value when it resumes (`x = yield`).
      generator.sentValue = call.positional[0]
      defer { generator.sentValue = .none }
      return try nextOrStop(box)
    default:
      return try nextOrStop(box)
    }
  }

  /// `generator.throw(type, value=None, traceback=None)`: the exception raised at the `yield` the generator stopped
  /// at, so that its `try` may handle it; then what the generator yields next (or its StopIteration, or the error
  /// leaving it). A generator not started or finished raises it at once, and is finished, as CPython's.
  mutating func throwIntoGenerator(_ box: IteratorBox, _ positional: [Value]) throws(PythonError) -> Value {
    guard (1...3).contains(positional.count) else {
      throw PythonError.type(
        positional.isEmpty
          ? "throw expected at least 1 argument, got 0" : "throw expected at most 3 arguments, got \(positional.count)")
    }
    let error = try thrownError(positional)
    guard let generator = box.source as? GeneratorSource else {
      guard box.source == nil, box.position >= box.items.count else {
        throw PythonError.limit("throw() into a generator whose items were read ahead is not supported in snippets")
      }
      throw error
    }
    guard generator.hasStarted, generator.returned == nil else {
      try generator.close()
      box.source = nil
      box.position = box.items.count
      throw error
    }
    guard box.isLazy, box.position >= box.items.count else {
      throw PythonError.limit("throw() into a generator whose items were read ahead is not supported in snippets")
    }
    generator.thrownError = error
    defer { generator.thrownError = nil }
    return try nextOrStop(box)
  }

  /// The next item of `box`, or CPython's StopIteration: carrying what a generator returned (`StopIteration: 5`,
  /// whose `args` are `(5,)`) from the call that exhausted it, bare from any later one.
  mutating func nextOrStop(_ box: IteratorBox) throws(PythonError) -> Value {
    let wasRunning = box.source != nil
    if let item = try box.next(&self) { return item }
    if wasRunning, let value = box.returned, !value.isNone {
      var error = PythonError("StopIteration", try text(value, repr: false))
      error.exceptionArguments = [value]
      throw error
    }
    throw PythonError("StopIteration", "")
  }
}

extension Interpreter {
  /// `function(*arguments)` for `map` and `filter`, nil when it raises StopIteration: CPython's map and filter pass
  /// it on from their `__next__`, which ends whatever iterates them (`list(map(next, iterators))` stops at the first
  /// empty one). CPython's iterator would call the function again when asked once more, where snippets' is
  /// exhausted; that next request is refused (`StoppedByFunctionSource`).
  mutating func callEndingIteration(_ function: Value, _ arguments: [Value]) throws(PythonError) -> Value? {
    do throws(PythonError) {
      return try callValue(function, self.arguments(arguments))
    } catch {
      if !error.isLimit, exception(error, isA: .function("StopIteration")) {
        throw PythonError(Self.stoppedByFunction, "")
      }
      throw error
    }
  }

  /// The marker error `callEndingIteration` throws to the box, which ends the iteration.
  static let stoppedByFunction = "__docbuild_stopped_by_function__"
}

/// What an iterator whose function raised StopIteration gives from then on: a refusal, as CPython's `map` and
/// `filter` would call the function again.
final class StoppedByFunctionSource: IteratorSource, @unchecked Sendable {
  let kind: String

  init(_ kind: String) { self.kind = kind }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    throw PythonError.limit(
      "another item from a \(kind) whose function raised StopIteration is not part of the snippet language (Python "
        + "would call the function again)")
  }

  var heldValues: [Value] { [] }
}

extension IteratorBox {
  /// The next item, computing it when the iterator is lazy; nil once it is exhausted (and from then on).
  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    if position < items.count {
      position += 1
      return items[position - 1]
    }
    guard let source else { return nil }
    let item: Value?
    do throws(PythonError) {
      item = try source.next(&interpreter)
    } catch  where error.type == Interpreter.stoppedByFunction {
      self.source = StoppedByFunctionSource(kind)
      return nil
    }
    if let item { return item }
    // Exhausted stays exhausted: the source (and the frame or list it holds) is let go.
    returned = source.returned
    self.source = nil
    return nil
  }

  /// Every item not yet consumed, consuming them, at most `maxElementCount` of them (an endless generator ends by
  /// the step budget, or here).
  func drain(_ interpreter: inout Interpreter) throws(PythonError) -> [Value] {
    guard source != nil else { return drainBuffered() }
    var rest = drainBuffered()
    while let item = try next(&interpreter) {
      if rest.count >= maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      rest.append(item)
    }
    return rest
  }

  /// The values the iterator keeps alive, for the memory walk.
  var heldValues: [Value] { Array(items[position...]) + (source?.heldValues ?? []) }
}

extension Interpreter {
  /// `iter(value)` as the builtins that consume an iterable lazily take it: an iterator itself, a list read in place
  /// by position (so changes made while it is consumed are seen, as in CPython), a range counted as it goes, an
  /// iterator object asked through `__next__`; any other iterable (tuples, strings, arrays, dicts, sets) its items.
  mutating func makeIterator(_ value: Value) throws(PythonError) -> IteratorBox {
    switch value {
    case .iterator(let box): return box
    case .list(let list): return IteratorBox(kind: "list_iterator", source: ListIteratorSource(list))
    case .range(let start, let stop, let step):
      return IteratorBox(kind: "range_iterator", source: RangeIteratorSource(next: start, stop: stop, step: step))
    case .classObject(let type) where type.metaclass != nil:
      return try makeIterator(try callMetaclass(type, "__iter__", arguments([])))
    case .object(let object):
      if let iterator = try objectIterator(object) {
        if case .iterator(let box) = iterator { return box }
        if case .object(let source) = iterator {
          return IteratorBox(kind: source.type.name, source: ObjectIteratorSource(source))
        }
      }
      return IteratorBox(kind: "iterator", items: try iterate(value))
    case .dict, .dictView, .set:
      return IteratorBox(kind: Self.iteratorKind(of: value), source: try ContainerIteratorSource(value, &self))
    case .tensor(let array) where ArrayRowsSource.iterates(array):
      return IteratorBox(kind: "iterator", source: try ArrayRowsSource(array))
    default:
      return IteratorBox(kind: Self.iteratorKind(of: value), items: try iterate(value))
    }
  }

  /// The value with a lazy iterator's items computed now and kept in it, for code that reads an iterable whole
  /// without the interpreter (NumPy's functions, slice assignment): they take every item first, as CPython's do.
  mutating func materialized(_ value: Value) throws(PythonError) -> Value {
    guard case .iterator(let box) = value, box.isLazy else { return value }
    box.items = try box.drain(&self)
    box.position = 0
    return value
  }

  /// A call's arguments with every lazy iterator among them materialized (see `materialized`).
  mutating func materializedArguments(_ call: CallArguments) throws(PythonError) -> CallArguments {
    let isLazy = { (value: Value) -> Bool in if case .iterator(let box) = value { box.isLazy } else { false } }
    guard call.positional.contains(where: isLazy) || call.keywords.contains(where: { isLazy($0.value) }) else {
      return call
    }
    var call = call
    for index in call.positional.indices { call.positional[index] = try materialized(call.positional[index]) }
    for index in call.keywords.indices { call.keywords[index].value = try materialized(call.keywords[index].value) }
    return call
  }

  /// `np.fromiter(iter, dtype, count=-1)`: `count` items (all when -1) taken one at a time, then the array.
  mutating func fromIterator(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["iter", "dtype", "count", "like"])
    guard let source = bound.values["iter"] else {
      throw PythonError.type("fromiter() missing required argument 'iter' (pos 1)")
    }
    guard let dtype = bound.values["dtype"] else {
      throw PythonError.type("fromiter() missing required argument 'dtype' (pos 2)")
    }
    let count = try bound["count"]?.toInt() ?? -1
    let box = try makeIterator(source)
    var items: [Value] = []
    while count < 0 || items.count < count {
      guard let item = try box.next(&self) else {
        if count >= 0 {
          throw PythonError.value("iterator too short: Expected \(count) but iterator had only \(items.count) items.")
        }
        break
      }
      switch item {
      case .int, .float, .bool, .bigInt, .complex: break
      case .tensor(let tensor) where tensor.isScalar: break
      case .list, .tuple, .tensor: throw PythonError.value("setting an array element with a sequence.")
      default:
        throw PythonError.limit(
          "np.fromiter of \(item.typeName) items is not supported in snippets: its items must be numbers")
      }
      if items.count >= maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      items.append(item)
    }
    let keywords: [(name: String, value: Value)] = [("dtype", dtype)]
    return try callFunction(
      "numpy.array",
      CallArguments(function: "array", positional: [try .makeList(items)], keywords: keywords, positionalTexts: [""]))
  }

  /// Python's type name of `iter(value)`.
  static func iteratorKind(of value: Value) -> String {
    switch value {
    case .list: "list_iterator"
    case .tuple: "tuple_iterator"
    case .string(let text): text.unicodeScalars.allSatisfy(\.isASCII) ? "str_ascii_iterator" : "str_iterator"
    case .range: "range_iterator"
    case .dict: "dict_keyiterator"
    default: "iterator"
    }
  }
}

/// NumPy's iterator over an array's first axis: row `k` is read when the iteration reaches it, from the memory as it
/// is then, so a loop whose body writes into the array it iterates (`for i, v in enumerate(x[:-1]): x[i + 1] += v`)
/// sees its own writes, as in NumPy. The array's memory gets a root (as a view of it would), which every write into it
/// updates; a row is taken again from the root once it changed.
final class ArrayRowsSource: IteratorSource, @unchecked Sendable {
  private var array: Tensor
  private let count: Int
  private var position = 0
  private let lineage: ArrayLineage
  private var rootVersion: Int

  /// True for the arrays read this way: not NumPy scalars, 0-d arrays or a flat iterator (which keeps its own
  /// position).
  static func iterates(_ array: Tensor) -> Bool { !array.isScalar && array.ndim > 0 && !array.isFlatIterator }

  init(_ array: Tensor) throws(PythonError) {
    array.ensureRoot()
    self.array = array
    count = array.shape[0]
    lineage = array.lineage
    rootVersion = lineage.rootVersion
  }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    guard position < count else { return nil }
    if lineage.rootVersion != rootVersion {
      rootVersion = lineage.rootVersion
      if let current = array.regathered(), current.shape == array.shape { array = current }
    }
    position += 1
    let row = try core { try array.index([.int(position - 1)]) }
    // A row is a view of the array in NumPy: a write to it changes the array.
    return .tensor(ViewTracking.indexView(of: array, [.int(position - 1)], row))
  }

  var heldValues: [Value] { [.tensor(array)] }
}

/// CPython's list iterator: the list read at a position that only grows, so the body of a loop that appends to the
/// list sees the new items and one that deletes skips the item that moved into the deleted one's place.
final class ListIteratorSource: IteratorSource, @unchecked Sendable {
  let list: ValueList
  var position = 0

  init(_ list: ValueList) { self.list = list }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    guard position < list.count else { return nil }
    position += 1
    return list[position - 1]
  }

  var heldValues: [Value] { [.list(list)] }
}

/// CPython's `reversed(list)`: an index counting down, the list read at each step (an item removed before the index
/// reaches the end of the shortened list ends the iteration, as `listreviter_next` checks).
final class ReversedListSource: IteratorSource, @unchecked Sendable {
  let list: ValueList
  var index: Int

  init(_ list: ValueList) {
    self.list = list
    index = list.count - 1
  }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    guard index >= 0, index < list.count else { return nil }
    index -= 1
    return list[index + 1]
  }

  var heldValues: [Value] { [.list(list)] }
}

/// A range's ints, one at a time (an endless-looking `range(10**12)` costs nothing until consumed).
final class RangeIteratorSource: IteratorSource, @unchecked Sendable {
  var current: Int
  let stop: Int
  let step: Int
  var done = false

  init(next: Int, stop: Int, step: Int) {
    current = next
    self.stop = stop
    self.step = step
  }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    guard !done, step > 0 ? current < stop : current > stop else { return nil }
    let value = current
    let (advanced, overflowed) = current.addingReportingOverflow(step)
    if overflowed { done = true } else { current = advanced }
    return .int(value)
  }

  var heldValues: [Value] { [] }
}

/// An iterator object of a snippet class, asked through `__next__` (StopIteration ends it).
final class ObjectIteratorSource: IteratorSource, @unchecked Sendable {
  let object: ObjectBox

  init(_ object: ObjectBox) { self.object = object }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? { try interpreter.nextItem(of: object) }

  var heldValues: [Value] { [.object(object)] }
}

/// `map(function, *iterables)`: one item from each iterable in turn, then the call; the first exhausted one ends it.
final class MapSource: IteratorSource, @unchecked Sendable {
  let function: Value
  let sources: [IteratorBox]

  init(_ function: Value, _ sources: [IteratorBox]) {
    self.function = function
    self.sources = sources
  }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    var row: [Value] = []
    for source in sources {
      guard let item = try source.next(&interpreter) else { return nil }
      row.append(item)
    }
    return try interpreter.callEndingIteration(function, row)
  }

  var heldValues: [Value] { [function] + sources.map { .iterator($0) } }
}

/// `iter(callable, sentinel)`: calls `callable` for each item until it returns something equal to `sentinel`
/// (compared as CPython's `sentinel == result`, identity first) or raises StopIteration.
final class CallableIteratorSource: IteratorSource, @unchecked Sendable {
  let function: Value
  let sentinel: Value

  init(_ function: Value, _ sentinel: Value) {
    self.function = function
    self.sentinel = sentinel
  }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    try interpreter.tick()
    let result: Value
    do throws(PythonError) {
      result = try interpreter.callValue(function, interpreter.arguments([]))
    } catch {
      if !error.isLimit, interpreter.exception(error, isA: .function("StopIteration")) { return nil }
      throw error
    }
    return try interpreter.searchEquals(sentinel, result) ? nil : result
  }

  var heldValues: [Value] { [function, sentinel] }
}

/// `filter(function, iterable)`; `filter(None, iterable)` keeps the true items.
final class FilterSource: IteratorSource, @unchecked Sendable {
  let function: Value
  let source: IteratorBox

  init(_ function: Value, _ source: IteratorBox) {
    self.function = function
    self.source = source
  }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    while let item = try source.next(&interpreter) {
      try interpreter.tick()
      guard let keep = function.isNone ? item : try interpreter.callEndingIteration(function, [item]) else {
        return nil
      }
      if try interpreter.truth(keep) { return item }
    }
    return nil
  }

  var heldValues: [Value] { [function, .iterator(source)] }
}

/// `enumerate(iterable, start)`.
final class EnumerateSource: IteratorSource, @unchecked Sendable {
  let source: IteratorBox
  var count: Int

  init(_ source: IteratorBox, start: Int) {
    self.source = source
    count = start
  }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    guard let item = try source.next(&interpreter) else { return nil }
    defer { count &+= 1 }
    return .tuple(ValueList([.int(count), item]))
  }

  var heldValues: [Value] { [.iterator(source)] }
}

/// `zip(*iterables, strict=False)`: one item from each in turn, as CPython's zip takes them, so `zip(it, it)` pairs
/// consecutive items and an iterator keeps what zip did not take; `strict` checks the lengths with CPython's words.
final class ZipSource: IteratorSource, @unchecked Sendable {
  let sources: [IteratorBox]
  let strict: Bool

  init(_ sources: [IteratorBox], strict: Bool) {
    self.sources = sources
    self.strict = strict
  }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    guard !sources.isEmpty else { return nil }
    var row: [Value] = []
    for (column, source) in sources.enumerated() {
      if let item = try source.next(&interpreter) {
        row.append(item)
        continue
      }
      guard strict else { return nil }
      if column > 0 {
        let span = column == 1 ? "argument 1" : "arguments 1-\(column)"
        throw PythonError.value("zip() argument \(column + 1) is shorter than \(span)")
      }
      for later in sources.indices.dropFirst() where try sources[later].next(&interpreter) != nil {
        let span = later == 1 ? "argument 1" : "arguments 1-\(later)"
        throw PythonError.value("zip() argument \(later + 1) is longer than \(span)")
      }
      return nil
    }
    return .tuple(ValueList(row))
  }

  var heldValues: [Value] { sources.map { .iterator($0) } }
}

/// `reversed(obj)` of an object without `__reversed__` that has `__len__` and `__getitem__`: CPython's reversed
/// object, which asks for one item at a time, from index `len - 1` down, and stops at an IndexError or StopIteration.
final class ReversedSequenceSource: IteratorSource, @unchecked Sendable {
  let object: ObjectBox
  var index: Int

  init(_ object: ObjectBox, count: Int) {
    self.object = object
    index = count - 1
  }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    guard index >= 0 else { return nil }
    let position = index
    index -= 1
    do {
      return try interpreter.callSpecial(object, "__getitem__", [.int(position)])
    } catch  where error.type == "IndexError" || error.type == "StopIteration" {
      index = -1
      return nil
    }
  }

  var heldValues: [Value] { [.object(object)] }
}
