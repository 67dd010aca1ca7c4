/// Which top-level names hold one object because a statement bound one to the other (`b = a`): CPython's `a is b` is
/// then True for every kind of value, where docbuild cannot tell from equal numbers, strings or tuples whether
/// CPython made one object or two. Binding either name again, by any statement, ends the pairing (`Namespace.set`).
extension Namespace {
  /// Binds `target` to `value`, read from `source`, and records that the two hold one object (unless `value` came
  /// from a builtin of the name `source` has not bound).
  mutating func bind(_ target: Int, _ value: Value, toObjectOf source: Int) {
    set(target, value)
    guard self.value(at: source) != nil, target != source else { return }
    let group = sharedObjects[source] ?? source
    sharedObjects[source] = group
    sharedObjects[target] = group
  }

  /// True when both slots are bound and hold one object because one was bound to the other.
  func holdOneObject(_ first: Int, _ second: Int) -> Bool {
    if first == second { return value(at: first) != nil }
    guard let group = sharedObjects[first] else { return false }
    return sharedObjects[second] == group
  }
}

extension Interpreter {
  /// The chapter-namespace slot an expression reads, when it is a plain top-level name.
  func globalSlot(_ expression: Expression) -> Int? {
    switch expression.kind {
    case .global(let slot, _): slot
    case .name(let name) where scope == nil: globals.table.slotOf[name]
    default: nil
    }
  }

  /// `a is b` / `a is not b` of two top-level names that hold one object by `b = a`; nil for every other comparison.
  func sharedIdentity(_ op: ComparisonOperator, _ left: Expression, _ right: Expression) -> Bool? {
    guard op == .is || op == .isNot, let first = globalSlot(left), let second = globalSlot(right),
      globals.holdOneObject(first, second)
    else { return nil }
    return op == .is
  }
}
