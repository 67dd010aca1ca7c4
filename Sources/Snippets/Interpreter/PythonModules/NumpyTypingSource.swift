extension ModuleSources {
  /// `numpy.typing` for type hints (NumPy 2.4.6's `ArrayLike`, `DTypeLike`, `NBitBase` and `NDArray`): names to import
  /// and write in annotations and type aliases (`KernelMatrix: TypeAlias = NDArray[np.float64]`). `NDArray` and its
  /// subscription by a NumPy scalar type print and compare as NumPy's `types.GenericAlias` does
  /// (`numpy.ndarray[tuple[typing.Any, ...], numpy.dtype[numpy.float64]]`); showing `ArrayLike` or `DTypeLike`
  /// (unions of NumPy's private protocols), calling or subscribing them, and `NDArray` of anything but a NumPy scalar
  /// type are refused by name.
  static let numpyTyping = #"""
    import numpy as np

    def _refuse(what):
        __docbuild_refuse__(f'{what} is not part of the snippet language (Python has it)')

    class _HintOnly:
        # ArrayLike, DTypeLike, NBitBase: written in annotations, never shown or used.
        def __init__(self, name):
            self._name = name
        def __repr__(self):
            _refuse(f'showing numpy.typing.{self._name}')
        def __getitem__(self, params):
            _refuse(f'numpy.typing.{self._name}[...]')
        def __call__(self, *args, **kwargs):
            _refuse(f'numpy.typing.{self._name}()')

    # NumPy's scalar types by the name their alias shows (np.int_ is numpy.int64).
    _SCALARS = [(np.float64, 'float64'), (np.float32, 'float32'), (np.float16, 'float16'), (np.int64, 'int64'),
                (np.int32, 'int32'), (np.int16, 'int16'), (np.int8, 'int8'), (np.uint64, 'uint64'),
                (np.uint32, 'uint32'), (np.uint16, 'uint16'), (np.uint8, 'uint8'), (np.bool_, 'bool'),
                (np.complex128, 'complex128'), (np.complex64, 'complex64')]

    class _NDArrayAlias:
        # numpy.ndarray[tuple[Any, ...], numpy.dtype[scalar]]: NDArray itself has the TypeVar ~_ScalarT.
        def __init__(self, scalar):
            self._scalar = scalar
        def __repr__(self):
            return f'numpy.ndarray[tuple[typing.Any, ...], numpy.dtype[{self._scalar}]]'
        def __eq__(self, other):
            return isinstance(other, _NDArrayAlias) and self._scalar == other._scalar
        def __getitem__(self, scalar):
            if self._scalar != '~_ScalarT':
                _refuse('subscripting numpy.typing.NDArray[...] again')
            for kind, name in _SCALARS:
                if scalar is kind:
                    return _NDArrayAlias('numpy.' + name)
            _refuse('numpy.typing.NDArray[...] of anything but a NumPy scalar type')
        def __call__(self, *args, **kwargs):
            _refuse('calling numpy.typing.NDArray')

    ArrayLike = _HintOnly('ArrayLike')
    DTypeLike = _HintOnly('DTypeLike')
    NBitBase = _HintOnly('NBitBase')
    NDArray = _NDArrayAlias('~_ScalarT')
    """#
}
