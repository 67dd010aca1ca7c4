import TensorCore

/// An operator between a NumPy array (or NumPy scalar) and an instance of a snippet class, as NumPy 2.4 decides it.
///
/// An array operand hands the operator to the object's reflected method (`__radd__`) only when the object's class sets
/// `__array_priority__` above the array's (0 for an array, -1,000,000 for a NumPy scalar): DeZero's `Variable` does,
/// so `np.array(2.0) + x` is `x.__radd__(np.array(2.0))`. Without it NumPy runs the ufunc over an array of dtype
/// object: the operator between each element, as a Python number, and the object (`np.float64(2.0) + w` is
/// `2.0 + w`), the results in an object array. Snippets have no object arrays, so that is followed for a NumPy scalar
/// or a 0-d array, whose result is the one element, and refused for others; so is a class NumPy would read as a
/// sequence or array (its elements, not the object, meet the operator), and an operand autograd traces (its box
/// wraps the operator in `autograd.numpy`'s).
enum ArrayObjectOperands {
  /// What NumPy's `binop_should_defer` answers for the operand pair: the object's priority is higher.
  enum Plan {
    /// The object's reflected method, or Python's TypeError without one.
    case deferToObject
    /// The operator between the array's one element, a Python number, and the object.
    case element(Value)
  }

  /// NumPy's priority of an array (`ndarray.__array_priority__`) and of a scalar or an object that sets none.
  static let arrayPriority = 0.0
  static let scalarPriority = -1_000_000.0

  /// The refusal of an operator NumPy runs over an object array whose one element's result snippets do not make
  /// as NumPy does (a comparison's or a bitwise operator's NumPy bool or integer).
  static func elementwise(_ symbol: String, _ object: Value) -> PythonError {
    PythonError.limit(
      "\(symbol) between a NumPy value and a \(object.typeName) object is not supported in snippets: NumPy applies "
        + "it between each element, as a Python number, and the object, in an array of dtype object; set "
        + "__array_priority__ in the class to have its reflected method called with the array")
  }

  /// The refusal of `@` between a NumPy scalar or 0-d array and an object NumPy does not defer to: its matmul
  /// checks the operands' dimensions before it meets the object.
  static func matrixProduct(_ object: Value) -> PythonError {
    PythonError.limit(
      "@ between a NumPy scalar or 0-d array and a \(object.typeName) object is not supported in snippets: NumPy's "
        + "matmul reads the object as an array of dtype object and checks both operands' dimensions first")
  }

  /// The special methods through which NumPy reads an object as an array or a sequence of elements.
  static let arrayLikeNames = ["__len__", "__getitem__", "__iter__", "__array__", "__array_interface__"]
}

extension Interpreter {
  /// How a binary operator between a NumPy value and a snippet object goes, or nil when neither operand is such a
  /// pair (or the object is an `np.ndarray` subclass's instance or a library class's, which Python's own protocol
  /// handles). `array` is
  /// the NumPy operand, `object` the other; `symbol` names the operator in the refusal; `mayDefer` is false for the
  /// array's reflected operator; `inPlace` is `array op= object`, where NumPy writes the object loop's result back
  /// into the array and fails on casting it.
  mutating func arrayObjectPlan(
    array arrayValue: Value, object objectValue: Value, symbol: String, mayDefer: Bool, inPlace: Bool = false
  ) throws(PythonError) -> ArrayObjectOperands.Plan? {
    // The language's own classes written in Python (np.polynomial's, which NumPy gives `__array_ufunc__ = None`
    // so that arrays always defer to them) keep the reflected call they were written for.
    guard case .tensor(let tensor) = arrayValue, case .object(let object) = objectValue, object.array == nil,
      object.type.module == "__main__"
    else {
      return nil
    }
    let className = object.type.name
    // NumPy converts an instance of a class deriving from a built-in type as the built-in value it holds: an int or
    // float subclass's own methods refuse NumPy operands by name; the others (list, dict, str, tuple) are refused here.
    if let builtin = object.type.resolutionOrder.first(where: { $0.emulates != nil })?.emulates {
      if builtin == "int" || builtin == "float" { return nil }
      throw PythonError.limit(
        "\(symbol) between a NumPy value and an instance of \(className), which derives from \(builtin), is not "
          + "supported in snippets: NumPy converts it as the \(builtin) it holds; convert it with \(builtin)(…) first")
    }
    if AutogradTracing.isTraced(arrayValue) {
      throw PythonError.limit(
        "\(symbol) between a value autograd traces and a \(className) object is not supported in snippets: "
          + "autograd's box hands it to autograd.numpy's \(symbol), which NumPy runs over an array of dtype object")
    }
    // An array's forward operators and its comparisons defer; its reflected operators (`object + array`, after the
    // object's own method gave nothing) always run the ufunc.
    if mayDefer, let priority = try Self.objectArrayPriority(object),
      priority > (tensor.isScalar ? ArrayObjectOperands.scalarPriority : ArrayObjectOperands.arrayPriority)
    {
      return .deferToObject
    }
    if let name = ArrayObjectOperands.arrayLikeNames.first(where: { object.type.lookUp($0) != nil }) {
      throw PythonError.limit(
        "\(symbol) between a NumPy array and a \(className) object is not supported in snippets: class \(className) "
          + "defines \(name), so NumPy reads the object as an array of its elements first; convert it with "
          + "np.array(…), or set __array_priority__ in the class to have its reflected method called")
    }
    if inPlace && !tensor.isScalar {
      throw PythonError.limit(
        "\(symbol)= of an array with a \(className) object is not supported in snippets: NumPy computes each "
          + "element's result in an array of dtype object and then fails to cast it into the array's \(tensor.dtype.rawValue) "
          + "elements; set __array_priority__ in class \(className) to have its reflected method called")
    }
    guard tensor.shape.isEmpty else {
      throw PythonError.limit(
        "\(symbol) between a NumPy array and a \(className) object is not supported in snippets: NumPy applies it "
          + "between each element and the object and collects the results in an array of dtype object, which "
          + "snippets do not have; set __array_priority__ in class \(className) (above 0) to have its reflected "
          + "method called with the whole array, as NumPy then does")
    }
    return .element(try Self.pythonScalar(of: tensor))
  }

  /// The class's `__array_priority__` as NumPy reads it (a float), or nil when it sets none.
  private static func objectArrayPriority(_ object: ObjectBox) throws(PythonError) -> Double? {
    guard let attribute = object.type.lookUp("__array_priority__") else { return nil }
    switch attribute.value {
    case .int(let value): return Double(value)
    case .float(let value): return value
    case .bool(let value): return value ? 1 : 0
    default:
      throw PythonError.limit(
        "class \(object.type.name) sets __array_priority__ to a \(attribute.value.typeName), which snippets do not "
          + "read as NumPy does: set it to a number")
    }
  }

  /// The Python number NumPy's `item()` gives for a NumPy scalar or a 0-d array (what its object loop hands on).
  static func pythonScalar(of element: Tensor) throws(PythonError) -> Value {
    switch try core({ try element.item() }) {
    case .bool(let value): return .bool(value)
    case .int(let value): return .pythonInt(value, of: element.dtype)
    case .double(let value):
      if element.dtype == .float64 { PythonNumberRecord.note(value, from: element) }
      ApproximateFloats.note(.float(value), from: element)
      return .float(value)
    case .complex(let value):
      ApproximateFloats.note(.complex(value), from: element)
      return .complex(value)
    }
  }
}
