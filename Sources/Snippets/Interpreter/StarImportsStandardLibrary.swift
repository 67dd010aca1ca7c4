/// The names `from MODULE import *` binds for the standard-library modules snippets know besides NumPy, math, random
/// and typing: the module's `__all__`, or (itertools, cmath, bisect, decimal, which have none) every name not starting
/// with `_`, as CPython 3.11 binds them. `Tests/SnippetsTests/Fixtures/make_reach26b_fixtures.py` checks these lists
/// against CPython itself.
extension StarImports {
  /// The standard-library modules of this file, with their names.
  static let standardLibrary: [String: [String]] = [
    "re": re, "collections": collections, "itertools": itertools, "functools": functools, "operator": `operator`,
    "string": string, "statistics": statistics, "cmath": cmath, "heapq": heapq, "bisect": bisect, "copy": copy,
    "textwrap": textwrap, "fractions": fractions, "decimal": decimal, "contextlib": contextlib, "weakref": weakref,
  ]

  static let re: [String] = [
    "A", "ASCII", "DOTALL", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "Match", "NOFLAG", "Pattern",
    "RegexFlag", "S", "U", "UNICODE", "VERBOSE", "X", "compile", "error", "escape", "findall", "finditer", "fullmatch",
    "match", "purge", "search", "split", "sub", "subn", "template",
  ]

  static let collections: [String] = [
    "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString", "defaultdict", "deque", "namedtuple",
  ]

  static let itertools: [String] = [
    "accumulate", "chain", "combinations", "combinations_with_replacement", "compress", "count", "cycle", "dropwhile",
    "filterfalse", "groupby", "islice", "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee",
    "zip_longest",
  ]

  static let functools: [String] = [
    "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "cache", "cached_property", "cmp_to_key", "lru_cache", "partial",
    "partialmethod", "reduce", "singledispatch", "singledispatchmethod", "total_ordering", "update_wrapper", "wraps",
  ]

  static let `operator`: [String] = [
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq", "floordiv", "ge",
    "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf",
    "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le",
    "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow",
    "rshift", "setitem", "sub", "truediv", "truth", "xor",
  ]

  static let string: [String] = [
    "Formatter", "Template", "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
    "octdigits", "printable", "punctuation", "whitespace",
  ]

  static let statistics: [String] = [
    "NormalDist", "StatisticsError", "correlation", "covariance", "fmean", "geometric_mean", "harmonic_mean",
    "linear_regression", "mean", "median", "median_grouped", "median_high", "median_low", "mode", "multimode", "pstdev",
    "pvariance", "quantiles", "stdev", "variance",
  ]

  static let cmath: [String] = [
    "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "e", "exp", "inf", "infj", "isclose", "isfinite",
    "isinf", "isnan", "log", "log10", "nan", "nanj", "phase", "pi", "polar", "rect", "sin", "sinh", "sqrt", "tan",
    "tanh", "tau",
  ]

  static let heapq: [String] = [
    "heapify", "heappop", "heappush", "heappushpop", "heapreplace", "merge", "nlargest", "nsmallest",
  ]

  static let bisect: [String] = [
    "bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right",
  ]

  static let copy: [String] = [
    "Error", "copy", "deepcopy",
  ]

  static let textwrap: [String] = [
    "TextWrapper", "dedent", "fill", "indent", "shorten", "wrap",
  ]

  static let contextlib: [String] = [
    "AbstractAsyncContextManager", "AbstractContextManager", "AsyncExitStack", "ContextDecorator", "ExitStack",
    "aclosing", "asynccontextmanager", "chdir", "closing", "contextmanager", "nullcontext", "redirect_stderr",
    "redirect_stdout", "suppress",
  ]

  static let weakref: [String] = [
    "CallableProxyType", "ProxyType", "ProxyTypes", "ReferenceType", "WeakKeyDictionary", "WeakMethod", "WeakSet",
    "WeakValueDictionary", "finalize", "getweakrefcount", "getweakrefs", "proxy", "ref",
  ]

  static let fractions: [String] = [
    "Fraction"
  ]

  static let decimal: [String] = [
    "BasicContext", "Clamped", "Context", "ConversionSyntax", "Decimal", "DecimalException", "DecimalTuple",
    "DefaultContext", "DivisionByZero", "DivisionImpossible", "DivisionUndefined", "ExtendedContext", "FloatOperation",
    "HAVE_CONTEXTVAR", "HAVE_THREADS", "Inexact", "InvalidContext", "InvalidOperation", "MAX_EMAX", "MAX_PREC",
    "MIN_EMIN", "MIN_ETINY", "Overflow", "ROUND_05UP", "ROUND_CEILING", "ROUND_DOWN", "ROUND_FLOOR", "ROUND_HALF_DOWN",
    "ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_UP", "Rounded", "Subnormal", "Underflow", "getcontext", "localcontext",
    "setcontext",
  ]
}
