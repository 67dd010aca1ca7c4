import TensorCore

/// `isinstance(x, numbers.Real)` and `issubclass(T, numbers.Integral)` for the values and types snippets make, as
/// CPython's registrations answer them: int and bool are Integral, float Real, complex Complex, fractions.Fraction
/// Rational, decimal.Decimal a Number only; NumPy registers its integers as Integral, its floats as Real, its complex
/// types as Complex (np.bool_ is none of them).
enum NumbersModule {
  /// The tower's classes from the widest, each under the ones before it.
  private static let tower = ["Number", "Complex", "Real", "Rational", "Integral"]

  /// The narrowest class of the tower a value or type of this kind belongs to.
  private enum Kind: Int {
    case number = 0, complex, real, rational, integral
  }

  /// True or false when `value` is one of Python's or NumPy's numbers or another value snippets make; nil for an
  /// instance of a snippet class (whose bases answer).
  static func isInstance(_ value: Value, of name: String) -> Bool? {
    guard let level = tower.firstIndex(of: name) else { return nil }
    let kind: Kind?
    switch value {
    case .int, .bigInt, .bool: kind = .integral
    case .float: kind = .real
    case .complex: kind = .complex
    case .tensor(let tensor) where tensor.isScalar && !tensor.isPythonScalar: kind = Self.kind(of: tensor.dtype)
    case .object(let object) where object.type.module == "fractions" && object.type.name == "Fraction":
      kind = .rational
    case .object(let object) where object.type.module == "decimal" && object.type.name == "Decimal": kind = .number
    case .object: return nil
    default: kind = nil
    }
    guard let kind else { return false }
    return kind.rawValue >= level
  }

  /// True or false when `type` is one of Python's or NumPy's number types or another builtin type; nil otherwise.
  static func isSubclass(_ type: Value, of name: String) -> Bool? {
    guard let level = tower.firstIndex(of: name) else { return nil }
    let kind: Kind?
    switch type {
    case .function("int"), .function("bool"): kind = .integral
    case .function("float"): kind = .real
    case .function("complex"): kind = .complex
    case .scalarType(let dtype): kind = Self.kind(of: dtype)
    case .function(let builtin) where Builtins.pythonTypes.contains(builtin): kind = nil
    default: return nil
    }
    guard let kind else { return false }
    return kind.rawValue >= level
  }

  /// Where NumPy registers a scalar type of `dtype`: nil for np.bool_.
  private static func kind(of dtype: DType) -> Kind? {
    if dtype == .bool { return nil }
    if dtype.isComplex { return .complex }
    if dtype.isFloat { return .real }
    return .integral
  }
}
