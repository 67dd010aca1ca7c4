import TensorCore

/// `obj.x += v` and `xs[i] += v`, `del`, and `with`.
extension Interpreter {
  /// `target op= value` for an attribute or item: the base and index are evaluated once, as in Python.
  mutating func runAugmented(_ target: AssignmentTarget, _ op: BinaryOperator, _ expression: Expression)
    throws(PythonError)
  {
    switch target {
    case .attribute(let base, let name, _):
      let object = try evaluate(base)
      let current = try attributeValue(object, name)
      let result = try inPlaceResult(current, op, try evaluate(expression))
      try setAttribute(object, name, result)
    case .item(let base, let index, _):
      var container = try evaluate(base)
      let key = try evaluate(index)
      if case .objectArray(let array) = container {
        // Python's get, operate, set: a view's in-place operator writes its elements, the set writes them again.
        let current = try ObjectArrays.index(array, key)
        let result = try inPlaceResult(current, op, try evaluate(expression))
        try ObjectArrays.assign(array, key, result)
        return
      }
      guard case .object(let object) = container else {
        try checkSelectionWriteable(container, key)
        if try augmentElementInPlace(base, &container, key, op, expression) { return }
        // Lists, dicts and arrays: Python's get, operate, set, with NumPy's buffered in-place rules for arrays.
        try assignItemInPlace(container, key, op, expression)
        return
      }
      guard let current = try callSpecial(object, "__getitem__", [key]) else {
        throw PythonError.type("'\(Value.object(object).typeName)' object is not subscriptable")
      }
      let result = try inPlaceResult(current, op, try evaluate(expression))
      guard try callSpecial(object, "__setitem__", [key, result]) != nil else {
        throw PythonError.type("'\(Value.object(object).typeName)' object does not support item assignment")
      }
    case .name(let name, _):
      let current = try lookUp(name)
      let walks = arrayWrites
      let operand = try evaluate(expression)
      try checkHeldArrays(since: walks, [current], at: expression)
      try assignInPlace(name, current, op, operand)
    case .local(let slot, let name, _):
      guard let frame = scope, let current = frame[slot] else { throw Self.unboundLocal(name) }
      let walks = arrayWrites
      let operand = try evaluate(expression)
      try checkHeldArrays(since: walks, [current], at: expression)
      frame[slot] = try inPlaceResult(current, op, operand)
    case .global(let slot, let name, let range):
      guard let current = globals.value(at: slot) else { return try runAugmented(.name(name, range), op, expression) }
      let walks = arrayWrites
      let operand = try evaluate(expression)
      try checkHeldArrays(since: walks, [current], at: expression)
      globals.set(slot, try inPlaceResult(current, op, operand))
    case .unpack, .starred:
      throw PythonError("SyntaxError", "'tuple' is an illegal expression for augmented assignment")
    }
  }

  /// `a[key] op= v` of a read-only array whose `a[key]` is a view of it (basic indexing): NumPy's in-place ufunc
  /// fails on that view's output first ("output array is read-only"); a copy (fancy or mask indexing) or a single
  /// element reaches the item assignment's "assignment destination is read-only".
  private func checkSelectionWriteable(_ container: Value, _ key: Value) throws(PythonError) {
    guard case .tensor(let array) = container, !array.isScalar, (try? array.requireWriteable("")) == nil,
      case .tensor(let selection)? = try? indexedView(container, key), !selection.isScalar,
      selection.sharesLineage(with: array)
    else { return }
    try checkNoLiveViews(of: selection)
  }

  /// `del target`.
  mutating func delete(_ target: AssignmentTarget) throws(PythonError) {
    switch target {
    case .local(let slot, let name, _):
      guard let frame = scope, frame[slot] != nil else { throw Self.unboundLocal(name) }
      frame[slot] = nil
    case .global(_, let name, let range):
      try delete(.name(name, range))
    case .name(let name, _):
      if let scope, !scope.definition.globals.contains(name) {
        guard let slot = scope.definition.slotIndex[name], scope[slot] != nil else {
          throw Self.unboundLocal(name)
        }
        scope[slot] = nil
        return
      }
      guard globals.removeValue(forKey: name) != nil else {
        // A name a refused statement would have set: Python deletes it, and it is unbound here already.
        if refusedNames.removeValue(forKey: name) != nil { return }
        throw PythonError("NameError", "name '\(name)' is not defined")
      }
    case .attribute(let base, let name, _):
      try deleteAttribute(try evaluate(base), name)
    case .unpack(let targets, _):
      for inner in targets { try delete(inner) }
    case .starred:
      throw PythonError("SyntaxError", "cannot delete starred")
    case .item(let base, let index, _):
      let container = try evaluate(base)
      let key = try evaluate(index)
      switch container {
      case .object(let object):
        guard try callSpecial(object, "__delitem__", [key]) != nil else {
          throw PythonError.type("'\(Value.object(object).typeName)' object doesn't support item deletion")
        }
      case .dict(let dict):
        guard try dict.remove(key) != nil else { throw PythonError.key(key, shown: try text(key, repr: true)) }
      case .list(let list):
        try deleteListItems(list, key)
      case .bytearray(let memory):
        try PythonBytes.arrayDelete(memory, key)
      case .tensor(let array):
        // A traced value is autograd's ArrayBox, which has no `__delitem__`; a NumPy scalar words it NumPy's way.
        if let input = derivativeInput, array.dependsOn(input) {
          throw PythonError.type("'ArrayBox' object doesn't support item deletion")
        }
        if array.isScalar {
          throw PythonError.type("'\(container.typeName)' object does not support item deletion")
        }
        throw PythonError.value("cannot delete array elements")
      default:
        throw PythonError.type("'\(container.typeName)' object doesn't support item deletion")
      }
    }
  }

  /// `del xs[i]` and `del xs[a:b:c]`.
  private func deleteListItems(_ list: ValueList, _ key: Value) throws(PythonError) {
    var items = list.items
    if case .slice(let start, let stop, let step) = key {
      let step = step ?? 1
      guard step != 0 else { throw PythonError.value("slice step cannot be zero") }
      let count = items.count
      func clamp(_ bound: Int?, _ fallback: Int) -> Int {
        guard var bound else { return fallback }
        if bound < 0 { bound += count }
        return step > 0 ? Swift.min(Swift.max(bound, 0), count) : Swift.min(Swift.max(bound, -1), count - 1)
      }
      var doomed: Set<Int> = []
      var position = clamp(start, step > 0 ? 0 : count - 1)
      let end = clamp(stop, step > 0 ? count : -1)
      while step > 0 ? position < end : position > end {
        doomed.insert(position)
        position += step
      }
      items = items.indices.filter { !doomed.contains($0) }.map { items[$0] }
    } else {
      if case .bigInt = key { throw PythonError.index("cannot fit 'int' into an index-sized integer") }
      // A NumPy uint64 from 2**63 up is an int no index-sized integer holds, named by its own type.
      if case .tensor(let tensor) = key, tensor.ndim == 0, tensor.dtype == .uint64,
        try key.indexInteger()?.asInt == nil
      {
        throw PythonError.index("cannot fit '\(key.typeName)' into an index-sized integer")
      }
      // A NumPy integer deletes by its `__index__` (an array of others raises its own error).
      guard case .int(var position) = try key.indexInteger().flatMap({ $0.asInt }).map(Value.int) ?? .none else {
        throw PythonError.type("list indices must be integers or slices, not \(key.typeName)")
      }
      if position < 0 { position += items.count }
      guard position >= 0, position < items.count else {
        throw PythonError("IndexError", "list assignment index out of range")
      }
      // In place, without the copy `items` would force: `del xs[-1]` in a loop stays linear overall, as CPython's.
      items = []
      try list.remove(at: position)
      return
    }
    try list.replace(with: items)
  }

  /// `with a as x, b: body`: each manager's `__enter__`, the body, then `__exit__` in reverse, which may swallow
  /// the body's exception by returning a true value.
  mutating func runWith(
    _ items: ArraySlice<(manager: Expression, target: AssignmentTarget?)>, _ body: [Statement]
  ) throws(PythonError) -> Flow {
    guard let item = items.first else { return try run(body) }
    let manager = try evaluate(item.manager)
    if case .printOptionsContext(let update) = manager, let box = PrintOptionsBox.current {
      // NumPy's `printoptions` (or `errstate`): the options apply to the body and are restored however it ends.
      try update.enterErrorState(allowingRaise: true)
      let saved = box.options
      box.options = update.applied(to: saved)
      defer { box.options = saved }
      if let target = item.target {
        try assign(target, update.errorModes == nil ? try NumpyPrintOptions.dictionary(box.options) : .none)
      }
      if FloatErrorModes.raisingModes != nil {
        // Each statement of the body is checked for NumPy's FloatingPointError before it runs.
        guard items.count == 1 else { throw FloatErrorModes.refusal("a with statement of several managers") }
        for statement in body {
          do throws(PythonError) {
            try checkFloatErrors(before: statement)
            seterrAtItsStatement = Self.calledFunction(of: statement) == "seterr"
            defer { seterrAtItsStatement = false }
            let flow = try run(statement)
            if case .normal = flow { continue }
            return flow
          } catch {
            throw located(error, at: statement)
          }
        }
        return .normal
      }
      return try runWith(items.dropFirst(), body)
    }
    guard case .object(let object) = manager else {
      throw PythonError.type(
        "'\(manager.typeName)' object does not support the context manager protocol")
    }
    // Its body would run unchecked under NumPy's error modes that raise.
    if FloatErrorModes.raisingModes != nil { throw FloatErrorModes.refusal("this with statement") }
    guard object.type.lookUp("__exit__") != nil, let entered = try callSpecial(object, "__enter__", []) else {
      let missing = object.type.lookUp("__enter__") == nil ? "" : " (missed __exit__ method)"
      throw PythonError.type(
        "'\(Value.object(object).typeName)' object does not support the context manager protocol\(missing)")
    }
    let flow: Flow
    do {
      if let target = item.target { try assign(target, entered) }
      flow = try runWith(items.dropFirst(), body)
    } catch {
      if error.isLimit || Self.isMissingNameRefusal(error) { throw error }
      let type = error.exceptionObject.map { Value.classObject($0.type) } ?? .function(error.type)
      let swallow = try callSpecial(object, "__exit__", [type, Self.caught(error), .none]) ?? .none
      if try truth(swallow) { return .normal }
      throw error
    }
    _ = try callSpecial(object, "__exit__", [.none, .none, .none])
    return flow
  }
}

/// `target &= value`, `|=`, `^=`, `<<=`, `>>=`.
extension Interpreter {
  /// Runs one augmented bitwise assignment: base and index evaluated once, as in Python.
  mutating func runAugmentedBitwise(_ target: AssignmentTarget, _ op: BitwiseOperator, _ expression: Expression)
    throws(PythonError)
  {
    switch target {
    case .name(let name, _):
      let current = try lookUp(name)
      try store(name, try inPlaceBitwise(current, op, try evaluate(expression)))
    case .local(let slot, let name, _):
      guard let frame = scope, let current = frame[slot] else { throw Self.unboundLocal(name) }
      let operand = try evaluate(expression)
      frame[slot] = try inPlaceBitwise(current, op, operand)
    case .global(let slot, let name, let range):
      guard let current = globals.value(at: slot) else {
        return try runAugmentedBitwise(.name(name, range), op, expression)
      }
      let operand = try evaluate(expression)
      globals.set(slot, try inPlaceBitwise(current, op, operand))
    case .attribute(let base, let name, _):
      let object = try evaluate(base)
      let current = try attributeValue(object, name)
      try setAttribute(object, name, try inPlaceBitwise(current, op, try evaluate(expression)))
    case .item(let base, let index, _):
      let container = try evaluate(base)
      let key = try evaluate(index)
      let current: Value
      if case .object(let object) = container {
        guard let item = try callSpecial(object, "__getitem__", [key]) else {
          throw PythonError.type("'\(Value.object(object).typeName)' object is not subscriptable")
        }
        current = item
      } else {
        try checkSelectionWriteable(container, key)
        current = try Indexing.index(container, with: key)
      }
      // An array item's result is written back through item assignment, which casts and checks as NumPy does.
      let result = try inPlaceBitwise(current, op, try evaluate(expression), writesBack: true)
      if case .object(let object) = container {
        guard try callSpecial(object, "__setitem__", [key, result]) != nil else {
          throw PythonError.type("'\(Value.object(object).typeName)' object does not support item assignment")
        }
      } else if case .tensor(let array) = container {
        try assignItem(array, key, result)
      } else if case .rawArray(let raw) = container, Self.isArrayDTypeView(container) {
        try assignThroughDTypeView(raw, key, result)
      } else {
        try Indexing.setItem(container, key, result)
      }
    case .unpack, .starred:
      throw PythonError("SyntaxError", "'tuple' is an illegal expression for augmented assignment")
    }
  }

  /// What `current op= operand` leaves in the target. Sets and dicts change in place (every name holding them sees
  /// it), as do arrays (NumPy's in-place ufunc; refused where a view would show it); ints and bools rebind.
  mutating func inPlaceBitwise(_ current: Value, _ op: BitwiseOperator, _ operand: Value, writesBack: Bool = false)
    throws(PythonError) -> Value
  {
    let name = op.specialMethodSuffix
    if FlatIterator.holds(current) {
      // NumPy's flat iterator has no in-place operators: Python rebinds the name to `current op operand`.
      do { return try bitwise(op, current, operand) } catch { throw FlatIterator.augmented(error, op.rawValue) }
    }
    // NumPy's in-place ufunc checks that its output is writeable before it looks at the operand (`b <<= 1.5`).
    if case .tensor(let array) = current, !array.isScalar, !writesBack { try checkNoLiveViews(of: array) }
    if case .object(let object) = current {
      if let result = try callSpecial(object, "__i" + name, [operand]), !result.isNotImplemented { return result }
      if let result = try callSpecial(object, "__" + name, [operand]), !result.isNotImplemented { return result }
    }
    if case .object(let object) = operand {
      if let result = try callSpecial(object, "__r" + name, [current]), !result.isNotImplemented { return result }
    }
    switch (current, operand) {
    // A set's `|=`, `&=`, `^=` change the set itself, as CPython's `set_ior`, `set_iand` (the intersection's table
    // swapped in) and `set_ixor`; a frozenset's make a new one.
    case (.set(let set), .set(let other)) where op == .or && !set.isFrozen:
      try set.merge(other)
      return current
    case (.set(let set), .set(let other)) where op == .and && !set.isFrozen:
      try set.replaceBody(with: try set.intersection(other))
      return current
    case (.set(let set), .set(let other)) where op == .xor && !set.isFrozen:
      try set.formSymmetricDifference(other)
      return current
    case (.dict(let dict), _) where op == .or && dict.isMappingProxy:
      // CPython's mappingproxy has `|` but no `|=`, and says so whatever the operand.
      throw PythonError.type("'|=' is not supported by mappingproxy; use '|' instead")
    case (.dict(let dict), .dict(let other)) where op == .or:
      for (key, value) in zip(other.keys, other.values) { try dict.set(key, value) }
      return current
    default:
      break
    }
    if case .tensor(let array) = current, !array.isScalar, Operators.wrapsAsObject(operand) {
      throw Operators.objectOutputCastError(Self.ufunc(op).rawValue, into: array)
    }
    let result: Value
    do {
      result = try bitwise(op, current, operand)
    } catch {
      if case .tensor(let array) = current, !array.isScalar, error.type == "ValueError" {
        // The in-place ufunc's type and casting errors come before any shape error.
        if let first = Self.inPlaceBitwiseCastError(array, operand, op) { throw first }
        if error.message.hasPrefix("operands could not be broadcast together with shapes ") {
          // An in-place ufunc names its output operand too.
          throw PythonError.value(error.message + Self.compactShape(array.shape) + " ")
        }
      }
      let plain = "unsupported operand type(s) for \(op.rawValue):"
      guard error.type == "TypeError", error.message.hasPrefix(plain), !Operators.meetsObjectLoop(current, operand)
      else { throw error }
      throw PythonError.type("unsupported operand type(s) for \(op.rawValue)=:" + error.message.dropFirst(plain.count))
    }
    guard case .tensor(let array) = current, !array.isScalar, case .tensor(var updated) = result else {
      return result
    }
    // A 0-d array stays the array it is (`x = np.array(5); x |= 1`), where the operation alone gives a NumPy scalar.
    if updated.isScalar { updated.isScalar = false }
    // An item's selection is updated by the same in-place ufunc before it is written back: cast, then shape.
    updated = try Self.castBitwiseInPlace(updated, to: array, op)
    if updated.shape != array.shape {
      throw PythonError.value(
        "non-broadcastable output operand with shape \(Self.compactShape(array.shape)) doesn't match the "
          + "broadcast shape \(Self.compactShape(updated.shape))")
    }
    if writesBack { return .tensor(updated) }
    try checkNoLiveViews(of: array)
    return .tensor(try replaceEverywhere(array, with: updated))
  }
}
