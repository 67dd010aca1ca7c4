/// The inputs a graph node's operation read: one or two (nearly every recorded operation's) held inline, more in a
/// list. A `[Tensor]` allocated a list for every recorded value and freed it with the node, an allocation and a free
/// per operation of a gradient step.
struct NodeInputs: RandomAccessCollection, Sendable {
  /// The first input when there are one or two; nil otherwise.
  private var first: Tensor?
  /// The second input when there are two; nil otherwise.
  private var second: Tensor?
  /// Every input when there are more than two (`isList`); empty otherwise.
  private var more: [Tensor]
  /// True when the inputs are held in `more`.
  private var isList: Bool
  /// How many inputs there are.
  private(set) var endIndex: Int

  private init(_ first: Tensor?, _ second: Tensor?, more: [Tensor], isList: Bool, endIndex: Int) {
    (self.first, self.second, self.more, self.isList, self.endIndex) = (first, second, more, isList, endIndex)
  }

  /// No inputs (a leaf's).
  init() { self.init(nil, nil, more: [], isList: false, endIndex: 0) }

  /// One input.
  init(_ a: Tensor) { self.init(a, nil, more: [], isList: false, endIndex: 1) }

  /// Two inputs.
  init(_ a: Tensor, _ b: Tensor) { self.init(a, b, more: [], isList: false, endIndex: 2) }

  /// The inputs of a list (the list kept only when it holds more than two).
  init(_ inputs: [Tensor]) {
    switch inputs.count {
    case 0: self.init()
    case 1: self.init(inputs[0])
    case 2: self.init(inputs[0], inputs[1])
    default: self.init(nil, nil, more: inputs, isList: true, endIndex: inputs.count)
    }
  }

  var startIndex: Int { 0 }

  subscript(position: Int) -> Tensor {
    if isList { return more[position] }
    precondition(position >= 0 && position < endIndex, "NodeInputs index out of range")
    return position == 0 ? first.unsafelyUnwrapped : second.unsafelyUnwrapped
  }

  /// The graph node of input `position`, read in place (the input itself is not copied).
  func node(at position: Int) -> GraphNode? {
    precondition(position >= 0 && position < endIndex, "NodeInputs index out of range")
    if isList { return more.withUnsafeBufferPointer { $0[position].node } }
    return position == 0 ? first?.node : second?.node
  }

  /// The elements of input `position`, read in place.
  func size(at position: Int) -> Int {
    precondition(position >= 0 && position < endIndex, "NodeInputs index out of range")
    if isList { return more.withUnsafeBufferPointer { $0[position].size } }
    return (position == 0 ? first?.size : second?.size) ?? 0
  }

  /// The inputs as a list, for the rules and kernels that take one (a new list unless there are more than two).
  var array: [Tensor] {
    if isList { return more }
    switch endIndex {
    case 0: return []
    case 1: return [first.unsafelyUnwrapped]
    default: return [first.unsafelyUnwrapped, second.unsafelyUnwrapped]
    }
  }

  /// Adds an input at the end (a third moves all of them into the list).
  mutating func append(_ input: Tensor) {
    if isList {
      more.append(input)
    } else if endIndex == 0 {
      first = input
    } else if endIndex == 1 {
      second = input
    } else {
      more = [first.take().unsafelyUnwrapped, second.take().unsafelyUnwrapped, input]
      isList = true
    }
    endIndex += 1
  }

  /// Removes and returns the last input, moved out (nil when there is none).
  mutating func popLast() -> Tensor? {
    guard endIndex > 0 else { return nil }
    endIndex -= 1
    if isList { return more.popLast() }
    return endIndex == 0 ? first.take() : second.take()
  }
}

extension NodeInputs {
  /// Runs `body` on the first input, read in place (`self[0]` would copy it, a retain and a release).
  @inline(__always)
  func withFirst<R>(_ body: (Tensor) throws -> R) rethrows -> R {
    precondition(endIndex >= 1, "NodeInputs index out of range")
    if isList { return try more.withUnsafeBufferPointer { try body($0[0]) } }
    return try body(first.unsafelyUnwrapped)
  }

  /// Runs `body` on the first two inputs, read in place.
  @inline(__always)
  func withFirstTwo<R>(_ body: (Tensor, Tensor) throws -> R) rethrows -> R {
    precondition(endIndex >= 2, "NodeInputs index out of range")
    if isList { return try more.withUnsafeBufferPointer { try body($0[0], $0[1]) } }
    return try body(first.unsafelyUnwrapped, second.unsafelyUnwrapped)
  }

  /// True when `test` holds for some input, each read in place (iterating the inputs copies each one).
  @inline(__always)
  func containsInPlace(where test: (Tensor) throws -> Bool) rethrows -> Bool {
    if isList { return try more.withUnsafeBufferPointer { buffer in try buffer.contains(where: test) } }
    if endIndex >= 1, try test(first.unsafelyUnwrapped) { return true }
    if endIndex >= 2, try test(second.unsafelyUnwrapped) { return true }
    return false
  }

  /// Calls `body` with each input in order, read in place.
  @inline(__always)
  func forEachInPlace(_ body: (Tensor) throws -> Void) rethrows {
    if isList {
      try more.withUnsafeBufferPointer { buffer in for i in buffer.indices { try body(buffer[i]) } }
      return
    }
    if endIndex >= 1 { try body(first.unsafelyUnwrapped) }
    if endIndex >= 2 { try body(second.unsafelyUnwrapped) }
  }
}
