import TensorCore

extension ObjectArrays {
  /// `x.mean()`, `x.any()`, `x.all()` of an object array (and NumPy's functions of the same names) over every element,
  /// for elements that are Python ints, floats, bools (and, for `any` and `all`, None and strings): NumPy 2.4's `any`
  /// and `all` give `np.True_` or `np.False_` by the elements' truth; its `mean` adds the elements from the first
  /// (Python's `+`) and divides the sum by the count as an `np.intp`, which gives a float64. An axis, the other
  /// keywords and other elements (instances, whose `__bool__` or `__add__` may do anything; arrays) are refused.
  static func wholeReduction(_ name: String, _ array: ObjectArray, _ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["axis", "dtype", "out", "keepdims"])
    for parameter in ["axis", "dtype", "out", "keepdims"] {
      if let given = bound[parameter], !given.isNone {
        if parameter == "keepdims", case .bool(false) = given { continue }
        throw refusal("\(name)(\(parameter)=…)")
      }
    }
    // NumPy's sum visits the elements in memory order, which a float sum's rounding shows.
    if name == "mean", !array.isInMemoryOrder { throw refusal("mean() of a transposed or reordered view") }
    let elements = array.elements
    try WorkMeter.charge(elements.count)
    if name == "mean" { return try mean(elements) }
    var truths: [Bool] = []
    for element in elements {
      switch element {
      case .int(let value): truths.append(value != 0)
      case .float(let value): truths.append(value != 0)
      case .bool(let value): truths.append(value)
      case .none: truths.append(false)
      case .string(let text): truths.append(!text.isEmpty)
      default: throw refusal("\(name)() of an array holding \(element.typeName) elements")
      }
    }
    let result = name == "any" ? truths.contains(true) : truths.allSatisfy { $0 }
    return .tensor(Tensor(shape: [], storage: .bool([result]), isScalar: true))
  }

  /// The mean of Python ints, floats and bools as NumPy's `_mean` makes it: `sum / np.intp(count)`.
  private static func mean(_ elements: [Value]) throws(PythonError) -> Value {
    // Python's sum from the first element: ints (and bools) stay exact ints until a float joins.
    var exact: Int? = nil
    var inexact: Double? = nil
    for element in elements {
      let addend: Value
      switch element {
      case .bool(let flag): addend = .int(flag ? 1 : 0)
      case .int, .float: addend = element
      default: throw refusal("mean() of an array holding \(element.typeName) elements")
      }
      switch (addend, exact, inexact) {
      case (.int(let value), nil, nil): exact = value
      case (.int(let value), let sum?, nil):
        let (total, overflow) = sum.addingReportingOverflow(value)
        if overflow { throw refusal("mean() of ints whose sum passes 2**63") }
        exact = total
      case (.int(let value), nil, let sum?): inexact = sum + Double(value)
      case (.float(let value), nil, nil): inexact = value
      case (.float(let value), let sum?, nil):
        // Python's int + float rounds the int to the nearest float first, as `Double(_:)` does.
        (exact, inexact) = (nil, Double(sum) + value)
      case (.float(let value), nil, let sum?): inexact = sum + value
      default: break
      }
    }
    let count = Double(elements.count)
    // An empty array: NumPy's 0 / np.intp(0), NaN (with a warning).
    let sum = inexact ?? exact.map(Double.init) ?? 0
    return .tensor(Tensor(shape: [], storage: .float64([sum / count]), isScalar: true))
  }
}
