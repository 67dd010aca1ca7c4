import TensorCore

extension Interpreter {
  /// True for `np.var`/`np.std` (and the methods) given a `dtype=` that `statisticInDefaultDType` does not answer —
  /// an integer, bool, float16, float32 or complex dtype — with only `axis=`, `ddof=` and `keepdims=` beside it, of
  /// valid values: those run NumPy's `_var` step for step (`statistic_in_dtype`, NumpyBreadth43Source.swift). The
  /// same for `np.nanvar`/`np.nanstd` of integer, bool or complex arrays, or a dtype other than a float array's own
  /// (`nan_statistic_in_dtype`).
  /// Other calls (`where=`, `mean=`, `correction=`, `out=`, positional keywords, a bad axis) keep their paths.
  static func statisticTakesDTypeSteps(_ name: String, _ array: Tensor, _ call: CallArguments, isMethod: Bool) -> Bool {
    guard ["var", "std"].contains(name) || (!isMethod && ["nanvar", "nanstd"].contains(name)),
      call.positional.count == (isMethod ? 0 : 1),
      let dtypeValue = call.keywords.first(where: { $0.name == "dtype" })?.value, !dtypeValue.isNone,
      (try? dtypeValue.toDType()) != nil,
      call.keywords.allSatisfy({ ["axis", "dtype", "ddof", "keepdims"].contains($0.name) })
    else { return false }
    // The nan-functions' own kernel answers a float array in its own dtype.
    if name.hasPrefix("nan"), array.dtype.isFloat, (try? dtypeValue.toDType()) == array.dtype { return false }
    for (keyword, value) in call.keywords {
      switch (keyword, value) {
      case ("keepdims", .bool), ("ddof", .int), ("dtype", _): continue
      case ("axis", .none): continue
      case ("axis", .int(let axis)): if !(-array.ndim..<array.ndim).contains(axis) { return false }
      case ("axis", .tuple(let axes)):
        var seen = Set<Int>()
        for item in axes.items {
          guard case .int(let axis) = item, (-array.ndim..<array.ndim).contains(axis),
            seen.insert((axis + array.ndim) % array.ndim).inserted
          else { return false }
        }
      default: return false
      }
    }
    return true
  }

  /// `np.var`/`np.std` (`np.nanvar`/`np.nanstd`) of `array` in NumPy's steps for the `dtype=` given (see
  /// `statisticTakesDTypeSteps`).
  mutating func callStatisticInDType(_ name: String, _ array: Tensor, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    if derivativeInput != nil || GradientTrace.input != nil {
      throw PythonError.limit(
        "np.\(name) with this dtype= inside a differentiated function is not supported in snippets")
    }
    let function = name.hasPrefix("nan") ? "nan_statistic_in_dtype" : "statistic_in_dtype"
    guard let callee = try pythonModuleMember("_numpy_breadth", function) else {
      throw PythonError.limit("docbuild's module for np.\(name)'s dtype= is missing")
    }
    let steps = CallArguments(
      function: name, positional: [.string(name), .tensor(array)], keywords: call.keywords, positionalTexts: [])
    return try callValue(callee, steps)
  }
}
