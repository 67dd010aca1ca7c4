/// Which top-level names hold one object because a statement bound one to the other (`b = a`): CPython's `a is b` is
/// then True for every kind of value, where docbuild cannot tell from equal numbers, strings or tuples whether
/// CPython made one object or two. Binding either name again, by any statement, ends the pairing (`Namespace.set`).
extension Namespace {
  /// Binds `target` to `value`, read from `source`, and records that the two hold one object (unless `value` came
  /// from a builtin of the name `source` has not bound). `a = a` keeps `a`'s pairings, as CPython keeps the object.
  mutating func bind(_ target: Int, _ value: Value, toObjectOf source: Int) {
    let kept = objectGroup(of: target)
    set(target, value)
    guard self.value(at: source) != nil else { return }
    if target == source {
      setObjectGroup(target, kept)
      return
    }
    var group = objectGroup(of: source)
    if group == 0 {
      lastObjectGroup += 1
      group = lastObjectGroup
      setObjectGroup(source, group)
    }
    setObjectGroup(target, group)
  }

  /// True when both slots are bound and hold one object because one was bound to the other.
  func holdOneObject(_ first: Int, _ second: Int) -> Bool {
    if first == second { return value(at: first) != nil }
    let group = objectGroup(of: first)
    return group != 0 && objectGroup(of: second) == group
  }

  /// The group a slot's object was paired in, 0 for none.
  private func objectGroup(of slot: Int) -> Int {
    slot < objectGroups.count ? objectGroups[slot] : 0
  }

  private mutating func setObjectGroup(_ slot: Int, _ group: Int) {
    if slot >= objectGroups.count {
      if group == 0 { return }
      objectGroups += [Int](repeating: 0, count: slot + 1 - objectGroups.count)
    }
    objectGroups[slot] = group
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
