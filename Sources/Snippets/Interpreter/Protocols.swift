/// `typing.Protocol` (the typing module's source): a class naming `Protocol` among its bases is a protocol, which
/// `object.__new__`'s abstract check aside cannot be made ("Protocols cannot be instantiated", unless it defines
/// `__init__`) and is refused by `isinstance` and `issubclass` (CPython's TypeError, as no `runtime_checkable`
/// exists in snippets). A class deriving from a protocol without naming `Protocol` is an ordinary class.
extension Interpreter {
  /// `__docbuild_protocol__(Protocol, _ProtocolMeta)`: marks typing's `Protocol` as the root of protocols, made by
  /// `_ProtocolMeta` (an `abc.ABCMeta`, so abstract methods count), whose order CPython completes with `Generic`.
  mutating func markProtocolRoot(_ call: CallArguments) throws(PythonError) -> Value {
    guard call.positional.count == 2, case .classObject(let root) = call.positional[0],
      case .classObject(let metaclass) = call.positional[1]
    else { throw PythonError.type("__docbuild_protocol__(Protocol, _ProtocolMeta)") }
    root.abstractMethods = []
    root.shownMetaclass = metaclass
    root.derivesFromTypingAlias = true
    root.isProtocolRoot = true
    root.isProtocol = true
    return .none
  }

  /// CPython's TypeError for `isinstance` or `issubclass` with a protocol that is not runtime-checkable.
  static func protocolCheckError(_ classes: Value) -> PythonError? {
    guard case .classObject(let type) = classes, type.isProtocol else { return nil }
    return PythonError.type("Instance and class checks can only be used with @runtime_checkable protocols")
  }
}

extension ClassBox {
  /// True for a class deriving from `typing.Protocol`, named or not.
  var derivesFromProtocol: Bool { resolutionOrder.contains(where: \.isProtocolRoot) }
}
