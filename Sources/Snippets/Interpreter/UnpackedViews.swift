extension Interpreter {
  /// Binds each of `items` to its target in order, as CPython's unpacking assignment does. A view among the items
  /// still to be bound shows the writes the earlier targets make: `a[0], a[2] = a[2], a[0]` writes row 2 into row 0,
  /// then row 0 (a view, now holding row 2's values) into row 2, so both rows end as row 2 was.
  mutating func assignUnpacked(_ targets: [AssignmentTarget], _ items: [Value]) throws(PythonError) {
    // Only arrays can change under a write (a list or object holding one is changed in place by the walk): other
    // items are bound as they are, with no list for the walk to visit.
    guard targets.count > 1, items.dropFirst().contains(where: Self.holdsArray) else {
      for (target, item) in zip(targets, items) { try assign(target, item) }
      return
    }
    let pending = ValueList(items)
    pendingUnpackedItems.append(pending)
    defer { pendingUnpackedItems.removeLast() }
    for index in targets.indices {
      // Read again at each step: a write through an earlier target replaces the views it changed in `pending`.
      try assign(targets[index], pending[index])
    }
  }

  /// Whether `value` is, or holds, an array a write may change: the array written itself (`a[0], y = 5, a`), or a
  /// view of its memory (a row, a slice, a transpose).
  private static func holdsArray(_ value: Value) -> Bool {
    switch value {
    case .tensor(let tensor): !tensor.isScalar
    case .list(let items), .tuple(let items): !items.holdsNoArrays
    default: false
    }
  }
}
