import TensorCore

/// NumPy's answers for the unusual argument values the session-42 probe (`Benchmarks/unusual_arguments_probe.py`)
/// gave the calls the corpora make: ints past a C int or long, bools where a count is taken, NumPy scalars where a
/// Python int is taken. Each answer is NumPy 2.4's own (fixtures 437–442, `make_probe42_fixtures.py`); what snippets
/// do not reproduce is refused by name.
enum UnusualArguments {
  /// NumPy's C `int` converter (`np.round`'s decimals): a Python int past a C long is "Python int too large to
  /// convert to C long", one past a C int "signed integer is greater than maximum" (or "less than minimum").
  static func cInt(_ value: Value) throws(PythonError) -> Int {
    if case .bigInt = value { throw PythonError("OverflowError", "Python int too large to convert to C long") }
    let number = try value.toInt()
    if number > Int(Int32.max) { throw PythonError("OverflowError", "signed integer is greater than maximum") }
    if number < Int(Int32.min) { throw PythonError("OverflowError", "signed integer is less than minimum") }
    return number
  }
}
