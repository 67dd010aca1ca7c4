/// CPython's dict, dict view and set iterators: each step first checks that the container still holds as many keys
/// as when the iteration began (else `RuntimeError: dictionary changed size during iteration`, or `Set changed size
/// during iteration`, raised again at every later step), and a view's values are read when their key is reached.
/// Keys added and deleted in equal numbers are refused: what CPython's iterator does next (yield a new key, skip
/// one, or raise "dictionary keys changed during iteration") depends on its hash table's layout.
final class ContainerIteratorSource: IteratorSource, @unchecked Sendable {
  private let container: Value
  private let keys: DictBox
  private let view: DictView?
  private let isSet: Bool
  private let items: [Value]
  private let count: Int
  private let keyChanges: Int
  private var position = 0
  private var failed = false

  init(_ value: Value, _ interpreter: inout Interpreter) throws(PythonError) {
    container = value
    switch value {
    case .dict(let dict):
      (keys, view, isSet, items) = (dict, nil, false, dict.keys)
    case .dictView(let kind, let dict):
      (keys, view, isSet, items) = (dict, kind, false, dict.keys)
    case .set(let set):
      (keys, view, isSet, items) = (set.elements, nil, true, try set.orderedItems())
    default:
      (keys, view, isSet, items) = (DictBox(), nil, false, try interpreter.iterate(value))
    }
    count = keys.count
    keyChanges = keys.keyChanges
  }

  func next(_ interpreter: inout Interpreter) throws(PythonError) -> Value? {
    if failed || keys.count != count {
      failed = true
      throw PythonError(
        "RuntimeError", isSet ? "Set changed size during iteration" : "dictionary changed size during iteration")
    }
    if keys.keyChanges != keyChanges {
      throw PythonError.limit(
        "the \(isSet ? "set" : "dict") a loop goes over had keys added and deleted in equal numbers: what CPython "
          + "does next depends on its hash table's layout, which snippets do not keep; loop over a list of its "
          + "keys instead")
    }
    guard position < items.count else { return nil }
    let key = items[position]
    position += 1
    switch view {
    case .values?: return try keys.get(key) ?? Value.none
    case .items?: return .tuple(ValueList([key, try keys.get(key) ?? .none]))
    default: return key
    }
  }

  var heldValues: [Value] { [container] }
}
