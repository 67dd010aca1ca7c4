/// `heapq`'s push, pop, replace, push-pop and heapify done in Swift for lists whose compared items are plain (ints,
/// floats, texts and tuples of them): CPython's are C (`_heapqmodule.c`), and the module's Python source took 90
/// times CPython's time for a heap of ints. The sift order is the C module's, so the list ends as CPython leaves it.
/// A call whose comparisons would meet anything else changes nothing and hands back the sentinel it was given, so
/// the module's Python source does it, comparisons, errors and all.
enum NativeHeaps {
  /// A heap being sifted: the list's items, with the writes a sift has decided kept apart until the whole sift is
  /// known to compare plain items only.
  private struct Sift {
    let list: ValueList
    /// The heap's length during the sift (a pop's is one less than the list's).
    let count: Int
    var writes: [Int: Value] = [:]

    subscript(position: Int) -> Value {
      get { writes[position] ?? list[position] }
      set { writes[position] = newValue }
    }

    /// `left < right`, nil when either is not a plain item or only the general comparison can answer.
    static func less(_ left: Value, _ right: Value) -> Bool? {
      guard left.isPlainHeapItem, right.isPlainHeapItem else { return nil }
      return Operators.plainLess(left, right)
    }

    /// CPython's `siftdown`: the item at `position` moves up while it is less than its parent. False when a
    /// comparison is not plain.
    mutating func siftDown(from start: Int, _ position: Int) -> Bool {
      var position = position
      let item = self[position]
      while position > start {
        let parentPosition = (position - 1) >> 1
        let parent = self[parentPosition]
        guard let less = Self.less(item, parent) else { return false }
        if !less { break }
        self[position] = parent
        position = parentPosition
      }
      self[position] = item
      return true
    }

    /// CPython's `siftup`: the smaller child moves up until a leaf is reached, then the item sifts down from there.
    mutating func siftUp(_ position: Int) -> Bool {
      var position = position
      let start = position
      let item = self[position]
      let limit = count >> 1
      while position < limit {
        var child = 2 * position + 1
        if child + 1 < count {
          guard let less = Self.less(self[child], self[child + 1]) else { return false }
          if !less { child += 1 }
        }
        guard self[child].isPlainHeapItem else { return false }
        self[position] = self[child]
        position = child
      }
      self[position] = item
      return siftDown(from: start, position)
    }

    /// Stores the decided writes into the list.
    func apply() throws(PythonError) {
      for (position, value) in writes { try list.setItem(value, at: position) }
    }
  }

  /// `__docbuild_heap__(operation, heap, item, sentinel)`: the operation done, returning what heapq's function
  /// returns; or `sentinel`, with nothing changed, when `heap` is not a list or a comparison is not plain.
  static func call(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 4, case .string(let operation) = call.positional[0] else {
      throw PythonError.type("__docbuild_heap__(operation, heap, item, sentinel)")
    }
    let (item, sentinel) = (call.positional[2], call.positional[3])
    let takesItem = operation != "pop" && operation != "heapify"
    guard case .list(let list) = call.positional[1], !takesItem || item.isPlainHeapItem else { return sentinel }
    let count = list.count
    switch operation {
    case "push":
      var sift = Sift(list: list, count: count + 1)
      sift[count] = item
      guard sift.siftDown(from: 0, count) else { return sentinel }
      try list.append(sift[count])
      sift.writes[count] = nil
      try sift.apply()
      return .none
    case "pop":
      guard count > 0, list[count - 1].isPlainHeapItem else { return sentinel }
      if count == 1 { return try list.remove(at: 0) }
      var sift = Sift(list: list, count: count - 1)
      let top = list[0]
      sift[0] = list[count - 1]
      guard sift.siftUp(0) else { return sentinel }
      try list.remove(at: count - 1)
      try sift.apply()
      return top
    case "replace", "pushpop":
      guard count > 0 else { return sentinel }
      let top = list[0]
      if operation == "pushpop" {
        guard let less = Sift.less(top, item) else { return sentinel }
        if !less { return item }
      }
      var sift = Sift(list: list, count: count)
      sift[0] = item
      guard sift.siftUp(0) else { return sentinel }
      try sift.apply()
      return top
    case "heapify":
      // Every item is moved or compared in turn, so the sifts run on a copy that replaces the items at the end.
      guard list.allSatisfy(\.isPlainHeapItem) else { return sentinel }
      let copy = ValueList(list.items)
      var sift = Sift(list: copy, count: count)
      for position in stride(from: count / 2 - 1, through: 0, by: -1) {
        guard sift.siftUp(position) else { return sentinel }
        try sift.apply()
        sift.writes = [:]
      }
      try list.replace(with: copy.items)
      return .none
    default:
      throw PythonError.type("__docbuild_heap__: unknown operation \(operation)")
    }
  }
}

extension Value {
  /// True for an int, float, text, bool or None, or a tuple of them: what a native heap moves and compares.
  var isPlainHeapItem: Bool {
    switch self {
    case .int, .float, .string, .bool, .none: true
    case .tuple(let items): items.allSatisfy(\.isPlainHeapItem)
    default: false
    }
  }
}
