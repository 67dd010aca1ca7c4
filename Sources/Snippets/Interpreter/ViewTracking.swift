import TensorCore

/// Which operations return a NumPy view of their array operand. docbuild's results are copies, so it remembers which
/// arrays NumPy would have tied together, and refuses an in-place update that NumPy would show through another array.
enum ViewTracking {
  /// Attributes that are views in NumPy.
  static let attributes: Set<String> = ["T", "mT", "real", "flat"]
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
  /// The address of the element buffer, the identity of the NumPy array a name holds; nil for an empty array.
  var bufferAddress: UInt? {
    guard size > 0 else { return nil }
    func address<T>(_ values: [T]) -> UInt? {
      values.withUnsafeBufferPointer { $0.baseAddress.map { UInt(bitPattern: $0) } }
    }
    switch storage {
    case .float64(let values): return address(values)
    case .int64(let values): return address(values)
    case .bool(let values): return address(values)
    }
  }
}

extension Interpreter {
  /// Records that `result` is, in NumPy, a view of `source` (an index, a reshape, a transpose): both join one family.
  /// (A reshape may hand back the very same buffer under another shape; it joins the family all the same.)
  mutating func relateViews(_ source: Value, _ result: Value) {
    guard case .tensor(let base) = source, case .tensor(let view) = result, !view.isScalar,
      let baseAddress = base.bufferAddress, let viewAddress = view.bufferAddress
    else { return }
    let family = viewFamilies[baseAddress] ?? viewFamilies[viewAddress] ?? (viewFamilies.count + 1)
    viewFamilies[baseAddress] = family
    viewFamilies[viewAddress] = family
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
          for item in current.locals.values { walk(item) }
          enclosing = current.parent
        }
      case .method(let receiver, _): walk(receiver)
      default: break
      }
    }
    for value in globals.values { walk(value) }
    var frame = scope
    while let current = frame {
      for value in current.locals.values { walk(value) }
      frame = current.parent
    }
    return tensors
  }

  /// Refuses an in-place update of `array` when another reachable array is, in NumPy, a view of it or it of them.
  func checkNoLiveViews(of array: Tensor) throws(PythonError) {
    guard let address = array.bufferAddress, let family = viewFamilies[address] else { return }
    for other in reachableTensors() {
      // The same array under another name is updated with it; anything else in the family is a view.
      guard let otherAddress = other.bufferAddress, !other.sharesStorage(with: array),
        viewFamilies[otherAddress] == family
      else { continue }
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
      case .tensor(let bound): return bound.sharesStorage(with: array) ? .tensor(updated) : nil
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
      case .dict(let dict):
        guard visited.insert(ObjectIdentifier(dict)).inserted else { return nil }
        for (key, item) in zip(dict.keys, dict.values) {
          if let new = try replaced(item) { try dict.set(key, new) }
        }
        return nil
      default: return nil
      }
    }
    for (name, value) in globals {
      if let new = try replaced(value) { globals[name] = new }
    }
    var frame = scope
    while let current = frame {
      for (name, value) in current.locals {
        if let new = try replaced(value) { current.locals[name] = new }
      }
      frame = current.parent
    }
    if let old = array.bufferAddress, let family = viewFamilies[old], let new = updated.bufferAddress {
      viewFamilies[new] = family
    }
  }
}
