import TensorCore

/// Which operations return a NumPy view of their array operand. docbuild's results are copies, so a view carries its
/// base's `lineage`, and an in-place update that NumPy would show through another array of that lineage is refused.
enum ViewTracking {
  /// Attributes that are views in NumPy.
  static let attributes: Set<String> = ["T", "mT", "real", "imag", "flat"]
  /// Array methods that return views (or may: NumPy's `reshape` and `ravel` do whenever they can).
  static let methods: Set<String> = [
    "reshape", "transpose", "ravel", "squeeze", "swapaxes", "view", "diagonal",
  ]
  /// NumPy functions that return views of their first argument.
  static let functions: Set<String> = [
    "reshape", "transpose", "ravel", "squeeze", "expand_dims", "broadcast_to", "swapaxes", "moveaxis", "asarray",
    "atleast_1d", "atleast_2d", "atleast_3d", "diagonal",
  ]
}

extension Tensor {
  /// True when both are the very same NumPy array (one array bound to two names): the same lineage, shape and buffer.
  /// A copy may share the buffer (docbuild's arrays are copy-on-write) but has a lineage of its own.
  func isSameArray(as other: Tensor) -> Bool {
    lineage === other.lineage && shape == other.shape && (size == 0 || sharesStorage(with: other))
  }
}

extension Interpreter {
  /// `result` as NumPy returns it from a view operation on `source` (an index, a reshape, a transpose): a view of the
  /// same memory, so it takes `source`'s lineage.
  func asView(of source: Value, _ result: Value) -> Value {
    guard case .tensor(let base) = source, case .tensor(var view) = result, !view.isScalar else { return result }
    view.lineage = base.lineage
    return .tensor(view)
  }

  /// Every array the chapter can still reach: the names of the chapter and of the running calls, and what their lists,
  /// tuples, dicts and closures hold.
  func reachableTensors() -> [Tensor] {
    var tensors: [Tensor] = []
    var visited: Set<ObjectIdentifier> = []
    func walk(_ value: Value) {
      switch value {
      case .tensor(let tensor): tensors.append(tensor)
      case .list(let items), .tuple(let items):
        guard visited.insert(ObjectIdentifier(items)).inserted else { return }
        for item in items { walk(item) }
      case .dict(let dict), .dictView(_, let dict):
        guard visited.insert(ObjectIdentifier(dict)).inserted else { return }
        for item in dict.keys + dict.values { walk(item) }
      case .userFunction(let closure):
        guard visited.insert(ObjectIdentifier(closure)).inserted else { return }
        for item in closure.defaults.values { walk(item) }
        var enclosing = closure.enclosing
        while let current = enclosing, visited.insert(ObjectIdentifier(current)).inserted {
          for case let item? in current.values { walk(item) }
          enclosing = current.parent
        }
      case .method(let receiver, _): walk(receiver)
      default: break
      }
    }
    for value in globals.boundValues { walk(value) }
    var frame = scope
    while let current = frame {
      for case let value? in current.values { walk(value) }
      frame = current.parent
    }
    return tensors
  }

  /// Refuses an in-place update of `array` when another reachable array is, in NumPy, a view of it or it of them.
  func checkNoLiveViews(of array: Tensor) throws(PythonError) {
    for other in reachableTensors() {
      // The same array under another name is updated with it; anything else of its lineage is a view.
      guard other.lineage === array.lineage, !other.isSameArray(as: array) else { continue }
      var error = PythonError(
        "NotImplementedError",
        "this array shares its memory with another one in NumPy (a slice, reshape or transpose of it, or the "
          + "array it was taken from), so NumPy would change both; docbuild's views are copies and cannot show "
          + "that. Update a copy instead: write `a = a + …` rather than `a += …`")
      error.isLimit = true  // Python would run it: a transcript must never expect this line
      throw error
    }
  }

  /// Puts `updated` wherever `array` is held: the chapter's names, the running calls' names, and every list, tuple and
  /// dict that holds it, as NumPy's in-place update of one array is seen through all of them.
  mutating func replaceEverywhere(_ array: Tensor, with updated: Tensor) throws(PythonError) {
    var visited: Set<ObjectIdentifier> = []
    func replaced(_ value: Value) throws(PythonError) -> Value? {
      switch value {
      case .tensor(let bound): return bound.isSameArray(as: array) ? .tensor(updated) : nil
      case .list(let items), .tuple(let items):
        guard visited.insert(ObjectIdentifier(items)).inserted else { return nil }
        var changed = false
        var newItems: [Value] = []
        for item in items {
          if let new = try replaced(item) {
            newItems.append(new)
            changed = true
          } else {
            newItems.append(item)
          }
        }
        if changed { try items.replace(with: newItems) }
        return nil
      case .object(let object):
        // An array held by an object's attribute is the same NumPy array too.
        guard visited.insert(ObjectIdentifier(object)).inserted else { return nil }
        for (key, item) in object.attributes {
          if let new = try replaced(item) { object.attributes[key] = new }
        }
        return nil
      case .dict(let dict):
        guard visited.insert(ObjectIdentifier(dict)).inserted else { return nil }
        for (key, item) in zip(dict.keys, dict.values) {
          if let new = try replaced(item) { try dict.set(key, new) }
        }
        return nil
      default: return nil
      }
    }
    for (name, value) in globals.entries {
      if let new = try replaced(value) { globals[name] = new }
    }
    var frame = scope
    while let current = frame {
      for slot in 0..<current.count {
        if let value = current[slot], let new = try replaced(value) { current[slot] = new }
      }
      frame = current.parent
    }
  }
}
