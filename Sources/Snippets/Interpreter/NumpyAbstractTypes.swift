import TensorCore

/// NumPy's abstract scalar classes (`np.integer`, `np.floating`, …), which only classify: `isinstance(x,
/// np.integer)` and `np.issubdtype(dtype, np.floating)` as NumPy answers them.
enum NumpyAbstractTypes {
  /// Each abstract class, by its name in `numpy`, with the dtypes whose scalars are its subclasses.
  static let classes: [String: @Sendable (DType) -> Bool] = [
    "generic": { _ in true },
    "number": { $0 != .bool },
    "integer": { $0.isInteger },
    "signedinteger": { $0.isInteger && !$0.isUnsigned },
    "unsignedinteger": { $0.isUnsigned },
    "inexact": { $0.isFloat || $0.isComplex },
    "floating": { $0.isFloat },
    "complexfloating": { $0.isComplex },
  ]

  /// The class `numpy.NAME` names, if it is an abstract one (`Value.function("numpy.integer")`).
  static func classify(_ qualified: String) -> (@Sendable (DType) -> Bool)? {
    guard qualified.hasPrefix("numpy.") else { return nil }
    return classes[String(qualified.dropFirst("numpy.".count))]
  }

  /// `np.issubdtype(arg1, arg2)`: NumPy turns each argument that is not a scalar class into its dtype's class, then
  /// asks whether the first is a subclass of the second.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard name == "issubdtype" else { return nil }
    let bound = try call.bind(["arg1", "arg2"], required: 2)
    let wider: (@Sendable (DType) -> Bool)? =
      if case .function(let second) = bound.value("arg2") { classify(second) } else { nil }
    if case .function(let first) = bound.value("arg1"), let narrower = classify(first) {
      // An abstract class is a subclass of the second only if that one is abstract and takes every dtype it takes.
      guard let wider else { return .bool(false) }
      return .bool(DType.allCases.allSatisfy { !narrower($0) || wider($0) })
    }
    // A C long long is a subclass of the abstract classes int64 is, but not of int64 itself.
    if let wider { return .bool(wider(try bound.value("arg1").toDTypeIgnoringCLongLong())) }
    let first = try bound.value("arg1").toDType()
    return .bool(first == (try bound.value("arg2").toDType()))
  }
}
