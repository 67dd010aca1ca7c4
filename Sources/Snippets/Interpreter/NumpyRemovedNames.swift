/// NumPy 2's AttributeError for the names it removed (`np.float`, `np.asfarray`, `np.byte_bounds`, ...): their own
/// message, as older tutorials meet it, instead of the plain "module 'numpy' has no attribute". The texts are NumPy
/// 2.4.6's (`numpy._expired_attrs_2_0` and `numpy.__former_attrs__`); every one is checked against NumPy by
/// `Tests/SnippetsTests/Fixtures/make_reach13_fixtures.py` (interpreter/54-reach13-tutorial-gaps.txt).
enum NumpyRemovedNames {
  /// The message of `np.NAME` for a removed name, or nil.
  static func message(_ name: String) -> String? { messages[name] }

  private static let messages: [String: String] = [
    "DataSource": """
    `np.DataSource` was removed in the NumPy 2.0 release. It's still available as \
    `np.lib.npyio.DataSource`.
    """,
    "Inf": """
    `np.Inf` was removed in the NumPy 2.0 release. Use `np.inf` instead.
    """,
    "Infinity": """
    `np.Infinity` was removed in the NumPy 2.0 release. Use `np.inf` instead.
    """,
    "NINF": """
    `np.NINF` was removed in the NumPy 2.0 release. Use `-np.inf` instead.
    """,
    "NZERO": """
    `np.NZERO` was removed in the NumPy 2.0 release. Use `-0.0` instead.
    """,
    "NaN": """
    `np.NaN` was removed in the NumPy 2.0 release. Use `np.nan` instead.
    """,
    "PINF": """
    `np.PINF` was removed in the NumPy 2.0 release. Use `np.inf` instead.
    """,
    "PZERO": """
    `np.PZERO` was removed in the NumPy 2.0 release. Use `0.0` instead.
    """,
    "add_docstring": """
    `np.add_docstring` was removed in the NumPy 2.0 release. It's still available as \
    `np.lib.add_docstring`.
    """,
    "add_newdoc": """
    `np.add_newdoc` was removed in the NumPy 2.0 release. It's still available as `np.lib.add_newdoc`.
    """,
    "add_newdoc_ufunc": """
    `np.add_newdoc_ufunc` was removed in the NumPy 2.0 release. It's an internal function and doesn't \
    have a replacement.
    """,
    "alltrue": """
    `np.alltrue` was removed in the NumPy 2.0 release. Use `np.all` instead.
    """,
    "asfarray": """
    `np.asfarray` was removed in the NumPy 2.0 release. Use `np.asarray` with a proper dtype instead.
    """,
    "byte_bounds": """
    `np.byte_bounds` was removed in the NumPy 2.0 release. Now it's available under \
    `np.lib.array_utils.byte_bounds`
    """,
    "cast": """
    `np.cast` was removed in the NumPy 2.0 release. Use `np.asarray(arr, dtype=dtype)` instead.
    """,
    "cfloat": """
    `np.cfloat` was removed in the NumPy 2.0 release. Use `np.complex128` instead.
    """,
    "clongfloat": """
    `np.clongfloat` was removed in the NumPy 2.0 release. Use `np.clongdouble` instead.
    """,
    "compare_chararrays": """
    `np.compare_chararrays` was removed in the NumPy 2.0 release. It's still available as \
    `np.char.compare_chararrays`.
    """,
    "complex": """
    module 'numpy' has no attribute 'complex'.\n`np.complex` was a deprecated alias for the builtin \
    `complex`. To avoid this error in existing code, use `complex` by itself. Doing this will not modify \
    any behavior and is safe. If you specifically wanted the numpy scalar type, use `np.complex128` \
    here.\nThe aliases was originally deprecated in NumPy 1.20; for more details and guidance see the \
    original release note at:\n    https://numpy.org/devdocs/release/1.20.0-notes.html#deprecations
    """,
    "complex_": """
    `np.complex_` was removed in the NumPy 2.0 release. Use `np.complex128` instead.
    """,
    "deprecate": """
    `np.deprecate` was removed in the NumPy 2.0 release. Emit `DeprecationWarning` with `warnings.warn` \
    directly, or use `typing.deprecated`.
    """,
    "deprecate_with_doc": """
    `np.deprecate_with_doc` was removed in the NumPy 2.0 release. Emit `DeprecationWarning` with \
    `warnings.warn` directly, or use `typing.deprecated`.
    """,
    "fastCopyAndTranspose": """
    `np.fastCopyAndTranspose` was removed in the NumPy 2.0 release. Use `arr.T.copy()` instead.
    """,
    "find_common_type": """
    `np.find_common_type` was removed in the NumPy 2.0 release. Use `numpy.promote_types` or \
    `numpy.result_type` instead. To achieve semantics for the `scalar_types` argument, use \
    `numpy.result_type` and pass the Python values `0`, `0.0`, or `0j`.
    """,
    "float": """
    module 'numpy' has no attribute 'float'.\n`np.float` was a deprecated alias for the builtin `float`. \
    To avoid this error in existing code, use `float` by itself. Doing this will not modify any behavior \
    and is safe. If you specifically wanted the numpy scalar type, use `np.float64` here.\nThe aliases \
    was originally deprecated in NumPy 1.20; for more details and guidance see the original release note \
    at:\n    https://numpy.org/devdocs/release/1.20.0-notes.html#deprecations
    """,
    "float_": """
    `np.float_` was removed in the NumPy 2.0 release. Use `np.float64` instead.
    """,
    "format_parser": """
    `np.format_parser` was removed in the NumPy 2.0 release. It's still available as \
    `np.rec.format_parser`.
    """,
    "get_array_wrap": """
    `np.get_array_wrap` was removed in the NumPy 2.0 release. 
    """,
    "geterrobj": """
    `np.geterrobj` was removed in the NumPy 2.0 release. Use the np.errstate context manager instead.
    """,
    "infty": """
    `np.infty` was removed in the NumPy 2.0 release. Use `np.inf` instead.
    """,
    "int": """
    module 'numpy' has no attribute 'int'.\n`np.int` was a deprecated alias for the builtin `int`. To \
    avoid this error in existing code, use `int` by itself. Doing this will not modify any behavior and \
    is safe. When replacing `np.int`, you may wish to use e.g. `np.int64` or `np.int32` to specify the \
    precision. If you wish to review your current use, check the release note link for additional \
    information.\nThe aliases was originally deprecated in NumPy 1.20; for more details and guidance see \
    the original release note at:\n    https://numpy.org/devdocs/release/1.20.0-notes.html#deprecations
    """,
    "issctype": """
    `np.issctype` was removed in the NumPy 2.0 release. Use `issubclass(rep, np.generic)` instead.
    """,
    "issubclass_": """
    `np.issubclass_` was removed in the NumPy 2.0 release. Use `issubclass` builtin instead.
    """,
    "issubsctype": """
    `np.issubsctype` was removed in the NumPy 2.0 release. Use `np.issubdtype` instead.
    """,
    "longcomplex": """
    `np.longcomplex` was removed in the NumPy 2.0 release. Use `np.clongdouble` instead.
    """,
    "longfloat": """
    `np.longfloat` was removed in the NumPy 2.0 release. Use `np.longdouble` instead.
    """,
    "lookfor": """
    `np.lookfor` was removed in the NumPy 2.0 release. Search NumPy's documentation directly.
    """,
    "mat": """
    `np.mat` was removed in the NumPy 2.0 release. Use `np.asmatrix` instead.
    """,
    "maximum_sctype": """
    `np.maximum_sctype` was removed in the NumPy 2.0 release. Use a specific dtype instead. You should \
    avoid relying on any implicit mechanism and select the largest dtype of a kind explicitly in the \
    code.
    """,
    "nbytes": """
    `np.nbytes` was removed in the NumPy 2.0 release. Use `np.dtype(<dtype>).itemsize` instead.
    """,
    "obj2sctype": """
    `np.obj2sctype` was removed in the NumPy 2.0 release. Use `np.dtype(obj).type` instead.
    """,
    "object": """
    module 'numpy' has no attribute 'object'.\n`np.object` was a deprecated alias for the builtin \
    `object`. To avoid this error in existing code, use `object` by itself. Doing this will not modify \
    any behavior and is safe. \nThe aliases was originally deprecated in NumPy 1.20; for more details \
    and guidance see the original release note \
    at:\n    https://numpy.org/devdocs/release/1.20.0-notes.html#deprecations
    """,
    "recfromcsv": """
    `np.recfromcsv` was removed in the NumPy 2.0 release. Use `np.genfromtxt` with comma delimiter \
    instead.
    """,
    "recfromtxt": """
    `np.recfromtxt` was removed in the NumPy 2.0 release. Use `np.genfromtxt` instead.
    """,
    "round_": """
    `np.round_` was removed in the NumPy 2.0 release. Use `np.round` instead.
    """,
    "safe_eval": """
    `np.safe_eval` was removed in the NumPy 2.0 release. Use `ast.literal_eval` instead.
    """,
    "sctype2char": """
    `np.sctype2char` was removed in the NumPy 2.0 release. Use `np.dtype(obj).char` instead.
    """,
    "sctypes": """
    `np.sctypes` was removed in the NumPy 2.0 release. Access dtypes explicitly instead.
    """,
    "set_numeric_ops": """
    `np.set_numeric_ops` was removed in the NumPy 2.0 release. For the general case, use \
    `PyUFunc_ReplaceLoopBySignature`. For ndarray subclasses, define the ``__array_ufunc__`` method and \
    override the relevant ufunc.
    """,
    "set_string_function": """
    `np.set_string_function` was removed in the NumPy 2.0 release. Use `np.set_printoptions` instead \
    with a formatter for custom printing of NumPy objects.
    """,
    "seterrobj": """
    `np.seterrobj` was removed in the NumPy 2.0 release. Use the np.errstate context manager instead.
    """,
    "singlecomplex": """
    `np.singlecomplex` was removed in the NumPy 2.0 release. Use `np.complex64` instead.
    """,
    "sometrue": """
    `np.sometrue` was removed in the NumPy 2.0 release. Use `np.any` instead.
    """,
    "source": """
    `np.source` was removed in the NumPy 2.0 release. Use `inspect.getsource` instead.
    """,
    "str": """
    module 'numpy' has no attribute 'str'.\n`np.str` was a deprecated alias for the builtin `str`. To \
    avoid this error in existing code, use `str` by itself. Doing this will not modify any behavior and \
    is safe. If you specifically wanted the numpy scalar type, use `np.str_` here.\nThe aliases was \
    originally deprecated in NumPy 1.20; for more details and guidance see the original release note \
    at:\n    https://numpy.org/devdocs/release/1.20.0-notes.html#deprecations
    """,
    "string_": """
    `np.string_` was removed in the NumPy 2.0 release. Use `np.bytes_` instead.
    """,
    "tracemalloc_domain": """
    `np.tracemalloc_domain` was removed in the NumPy 2.0 release. It's now available from `np.lib`.
    """,
    "unicode_": """
    `np.unicode_` was removed in the NumPy 2.0 release. Use `np.str_` instead.
    """,
    "who": """
    `np.who` was removed in the NumPy 2.0 release. Use an IDE variable explorer or `locals()` instead.
    """,
  ]
}
