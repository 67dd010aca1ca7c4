import TensorCore

extension ClassBox {
  /// True for `np.matrix` (NumpyMatrixSource.swift) and classes deriving from it.
  var isNumpyMatrix: Bool {
    ([self] + ancestors).contains { $0.module == "numpy" && $0.name == "matrix" && $0.derivesFromArray }
  }
}

/// Calls given an `np.matrix`, and the matrix under autograd: autograd differentiates no matrix (its `grad` raises
/// for a matrix argument, and an ArrayBox inside a matrix is an object array NumPy computes with element by element),
/// so snippets refuse it.
enum NumpyMatrices {
  /// True when an argument of `call` is an np.matrix or a list or tuple holding one.
  static func appear(in call: CallArguments) -> Bool {
    func isMatrix(_ value: Value) -> Bool {
      if case .object(let object) = value, object.array != nil, object.type.isNumpyMatrix { return true }
      return false
    }
    func holdsMatrix(_ value: Value) -> Bool {
      switch value {
      case .list(let items): return items.contains(where: isMatrix)
      case .tuple(let items): return items.contains(where: isMatrix)
      default: return isMatrix(value)
      }
    }
    return call.positional.contains(where: holdsMatrix) || call.keywords.contains(where: { holdsMatrix($0.value) })
  }

  /// The refusal of a matrix while autograd traces a derivative, nil outside one.
  static func refusalUnderGradient() -> PythonError? {
    guard GradientTrace.input != nil else { return nil }
    return PythonError.limit(
      "np.matrix inside a function autograd differentiates is not supported in snippets: autograd computes no "
        + "gradient through matrices; use arrays and @ instead")
  }
}

extension Interpreter {
  /// `np.NAME(...)` with an `np.matrix` among its arguments (or inside a list or tuple argument, as
  /// `np.concatenate((m1, m2))` takes them): the matrix source's `dispatch` runs it as NumPy does on matrices, or
  /// refuses it by name. Nil when no argument is a matrix.
  mutating func callWithMatrices(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard NumpyMatrices.appear(in: call) else { return nil }
    if let refusal = NumpyMatrices.refusalUnderGradient() { throw refusal }
    guard let dispatch = try pythonModuleMember("_numpy_matrix", "dispatch") else { return nil }
    let keywords = try Value.makeDict(call.keywords.map { (.string($0.name), $0.value) })
    let short = String(name.dropFirst("numpy.".count))
    return try callValue(dispatch, arguments([.string(short), try .makeTuple(call.positional), keywords]))
  }
}
