extension ModuleSources {
  /// `numpy.typing`'s `NDArray`, as type annotations use it (`def f(a: NDArray[np.float64]) -> NDArray[np.float64]`,
  /// which CPython 3.11 evaluates when the `def` runs): NumPy 2.4.6's alias `np.ndarray[tuple[Any, ...],
  /// np.dtype[_ScalarT]]`, subscripted with a NumPy scalar type or a builtin number type and shown as NumPy shows it.
  /// `ArrayLike` and `DTypeLike` are opaque (their reprs name NumPy's private protocols); what else NumPy's aliases
  /// do (`|`, `isinstance`, their attributes, calling one) is refused rather than answered differently.
  static let numpyTyping = #"""
    import numpy as np

    def _refuse(what):
        __docbuild_refuse__(what + ' is not supported in snippets')

    # The scalar types NDArray's repr names as `numpy.<name>`, and the builtins it names bare.
    _NUMPY_SCALARS = (np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
                      np.float16, np.float32, np.float64, np.complex64, np.complex128, np.generic, np.number,
                      np.integer, np.signedinteger, np.unsignedinteger, np.inexact, np.floating,
                      np.complexfloating)
    _NUMPY_SCALAR_NAMES = ('bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
                           'float16', 'float32', 'float64', 'complex64', 'complex128', 'generic', 'number',
                           'integer', 'signedinteger', 'unsignedinteger', 'inexact', 'floating',
                           'complexfloating')
    _BUILTIN_TYPES = (bool, int, float, complex, str, bytes, object)

    def _scalar_repr(scalar):
        for index in range(len(_NUMPY_SCALARS)):
            if scalar is _NUMPY_SCALARS[index]:
                return 'numpy.' + _NUMPY_SCALAR_NAMES[index]
        for builtin in _BUILTIN_TYPES:
            if scalar is builtin:
                return builtin.__name__
        _refuse('numpy.typing.NDArray of this type')

    class GenericAlias:
        # NDArray and NDArray[scalar]: `scalar` is None for the unsubscripted alias (its type variable).
        def __init__(self, scalar):
            self._scalar = scalar
        def __getitem__(self, scalar):
            if self._scalar is not None:
                raise TypeError(repr(self) + ' is not a generic class')
            _scalar_repr(scalar)
            return GenericAlias(scalar)
        def __repr__(self):
            shown = '~_ScalarT' if self._scalar is None else _scalar_repr(self._scalar)
            return 'numpy.ndarray[tuple[typing.Any, ...], numpy.dtype[' + shown + ']]'
        def __eq__(self, other):
            return isinstance(other, GenericAlias) and self._scalar is other._scalar
        def __hash__(self):
            _refuse('hash() of numpy.typing.NDArray')
        def __call__(self, *args, **kwargs):
            _refuse('calling numpy.typing.NDArray')
        def __or__(self, other):
            _refuse('| of numpy.typing.NDArray')
        def __ror__(self, other):
            _refuse('| of numpy.typing.NDArray')
        def __getattr__(self, name):
            _refuse('numpy.typing.NDArray.' + name)

    GenericAlias.__module__ = 'types'

    class _Opaque:
        # A Union of NumPy's private protocols: usable as an annotation, shown by no repr here.
        def __init__(self, name):
            self._name = name
        def __repr__(self):
            _refuse('repr of numpy.typing.' + self._name)
        def __getitem__(self, item):
            _refuse('subscripting numpy.typing.' + self._name)
        def __or__(self, other):
            _refuse('| of numpy.typing.' + self._name)
        def __ror__(self, other):
            _refuse('| of numpy.typing.' + self._name)
        def __eq__(self, other):
            return self is other
        def __hash__(self):
            _refuse('hash() of numpy.typing.' + self._name)
        def __call__(self, *args, **kwargs):
            _refuse('calling numpy.typing.' + self._name)
        def __getattr__(self, name):
            _refuse('numpy.typing.' + self._name + '.' + name)

    NDArray = GenericAlias(None)
    ArrayLike = _Opaque('ArrayLike')
    DTypeLike = _Opaque('DTypeLike')
    """#

  /// The names NumPy 2.4.6's `numpy.typing` has (`dir()`) that `numpyTyping` does not define: refused by name.
  static let numpyTypingRefused: Set<String> = ["NBitBase"]
}
