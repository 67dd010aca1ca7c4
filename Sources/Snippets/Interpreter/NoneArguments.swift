/// NumPy's errors for None given explicitly to a parameter whose NumPy default is not None (`np.round(a, None)`,
/// `a.sum(keepdims=None)`, `np.std(a, ddof=None)`): snippets' argument binding reads a None as an absent argument, so
/// without this check the call would run with the default where NumPy raises. Each error is NumPy 2.4's own (checked in
/// `Fixtures/interpreter/415-*`, `make_reach41_fixtures.py`); `np.where` with None for x or y, which NumPy answers with
/// an object array, is refused.
enum NoneArguments {
  /// A parameter by its name and its position among the positional arguments.
  typealias Parameter = (name: String, position: Int)

  private static let notAnInteger = "'NoneType' object cannot be interpreted as an integer"
  private static let ddofComparison = "'<=' not supported between instances of 'int' and 'NoneType'"
  private static let nanDdofSubtraction = "unsupported operand type(s) for -: 'int' and 'NoneType'"

  /// NumPy's functions, by the name `np` gives them: each parameter and the TypeError NumPy raises for None, in the
  /// order NumPy reaches them.
  static let functions: [String: [(parameter: Parameter, message: String?)]] = {
    var table: [String: [(parameter: Parameter, message: String?)]] = [
      "round": [(("decimals", 1), notAnInteger)],
      "around": [(("decimals", 1), notAnInteger)],
      "diff": [(("n", 1), "'<' not supported between instances of 'NoneType' and 'int'"), (("axis", 2), notAnInteger)],
      "eye": [(("k", 2), "'>=' not supported between instances of 'NoneType' and 'int'")],
      "tile": [(("reps", 1), "unsupported operand type(s) for *: 'int' and 'NoneType'")],
      "split": [(("indices_or_sections", 1), "unsupported operand type(s) for %: 'int' and 'NoneType'")],
      "array_split": [
        (
          ("indices_or_sections", 1),
          "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"
        )
      ],
      "polyfit": [
        (("deg", 2), "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
      ],
      "histogram": [(("bins", 1), "`bins` must be an integer, a string, or an array")],
      // NumPy makes an object array holding None, which snippets do not have.
      "where": [(("x", 1), nil), (("y", 2), nil)],
    ]
    // Reductions with (a, axis, dtype, out, keepdims) and with (a, axis, out, keepdims).
    for name in ["sum", "prod", "mean", "nanmean", "nansum", "nanprod"] {
      table[name] = [(("keepdims", 4), notAnInteger)]
    }
    for name in ["max", "min", "amax", "amin", "all", "any", "ptp", "nanmax", "nanmin"] {
      table[name] = [(("keepdims", 3), notAnInteger)]
    }
    for name in ["std", "var"] { table[name] = [(("ddof", 4), ddofComparison), (("keepdims", 5), notAnInteger)] }
    for name in ["nanstd", "nanvar"] {
      table[name] = [(("ddof", 4), nanDdofSubtraction), (("keepdims", 5), notAnInteger)]
    }
    return table
  }()

  /// The array methods, by name, as `functions` (positions count from the first argument after the array).
  static let methods: [String: [(parameter: Parameter, message: String?)]] = {
    var table: [String: [(parameter: Parameter, message: String?)]] = ["round": [(("decimals", 0), notAnInteger)]]
    for name in ["sum", "prod", "mean"] { table[name] = [(("keepdims", 3), notAnInteger)] }
    for name in ["max", "min", "all", "any"] { table[name] = [(("keepdims", 2), notAnInteger)] }
    for name in ["std", "var"] { table[name] = [(("ddof", 3), ddofComparison), (("keepdims", 4), notAnInteger)] }
    return table
  }()

  /// Throws NumPy's error when `call` gives None to one of the parameters `name` lists (`isMethod` for an array
  /// method's).
  static func check(_ name: String, _ call: CallArguments, isMethod: Bool = false) throws(PythonError) {
    guard let parameters = (isMethod ? methods : functions)[name] else { return }
    for (parameter, message) in parameters {
      let given =
        call.positional.count > parameter.position
        ? call.positional[parameter.position] : call.keywords.first { $0.name == parameter.name }?.value
      guard case .none? = given else { continue }
      guard let message else {
        let shown = isMethod ? "ndarray.\(name)" : "np.\(name)"
        throw PythonError.limit(
          "\(shown) with \(parameter.name)=None is not supported in snippets: NumPy makes an array of objects")
      }
      throw PythonError.type(message)
    }
  }
}
