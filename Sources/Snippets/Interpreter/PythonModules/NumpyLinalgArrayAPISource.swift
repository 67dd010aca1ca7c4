extension ModuleSources {
  /// The `np.linalg.NAME` members `numpyLinalgArrayAPI` answers.
  static let numpyLinalgArrayAPINames: Set<String> = [
    "matmul", "cross", "diagonal", "trace", "svdvals", "tensordot", "matrix_transpose", "matrix_norm", "vector_norm",
    "vecdot",
  ]

  /// NumPy 2's array-API functions of `np.linalg` (session 51, found by `Fuzz/dtype_sweep.py --modules linalg`), in
  /// the steps of NumPy 2.4's numpy/linalg/_linalg.py: each is the `np` function it wraps with the last two axes as
  /// the matrix axes (`diagonal`, `trace`), a check of its own (`cross`'s 3-element vectors), `norm` over the last
  /// two axes (`matrix_norm`) or over every axis, a tuple of axes moved to the front and joined, or one axis
  /// (`vector_norm`), and keyword-only parameters after the operands.
  static let numpyLinalgArrayAPI = #"""
    import operator
    import numpy as np

    def matmul(x1, x2, /):
        return np.matmul(x1, x2)

    def cross(x1, x2, /, *, axis=-1):
        x1 = np.asanyarray(x1)
        x2 = np.asanyarray(x2)
        if x1.shape[axis] != 3 or x2.shape[axis] != 3:
            raise ValueError(
                "Both input arrays must be (arrays of) 3-dimensional vectors, "
                f"but they are {x1.shape[axis]} and {x2.shape[axis]} "
                "dimensional instead."
            )
        return np.cross(x1, x2, axis=axis)

    def diagonal(x, /, *, offset=0):
        return np.diagonal(x, offset, axis1=-2, axis2=-1)

    def trace(x, /, *, offset=0, dtype=None):
        # NumPy's PyArray_Trace: the diagonal's sum over its last axis.
        return np.diagonal(x, offset, -2, -1).sum(-1, dtype=dtype)

    def svdvals(x, /):
        return np.linalg.svd(x, compute_uv=False, hermitian=False)

    def tensordot(x1, x2, /, *, axes=2):
        return np.tensordot(x1, x2, axes=axes)

    def matrix_transpose(x, /):
        return np.matrix_transpose(x)

    def matrix_norm(x, /, *, keepdims=False, ord="fro"):
        x = np.asanyarray(x)
        return np.linalg.norm(x, axis=(-2, -1), keepdims=keepdims, ord=ord)

    def _normalize_axis_tuple(axis, ndim):
        # NumPy's normalize_axis_tuple(axis, ndim) without an argument name.
        if type(axis) not in (tuple, list):
            try:
                axis = [operator.index(axis)]
            except TypeError:
                pass
        axes = []
        for ax in axis:
            ax = operator.index(ax)
            if not -ndim <= ax < ndim:
                __docbuild_axis_error__(f'axis {ax} is out of bounds for array of dimension {ndim}')
            axes.append(ax % ndim if ndim else ax)
        if len(set(axes)) != len(axes):
            raise ValueError('repeated axis')
        return tuple(axes)

    def vector_norm(x, /, *, axis=None, keepdims=False, ord=2):
        x = np.asanyarray(x)
        shape = list(x.shape)
        if axis is None:
            x = x.ravel()
            _axis = 0
        elif isinstance(axis, tuple):
            normalized_axis = _normalize_axis_tuple(axis, x.ndim)
            rest = tuple(i for i in range(x.ndim) if i not in normalized_axis)
            newshape = axis + rest
            x = np.transpose(x, newshape).reshape(
                (
                    np.prod([x.shape[i] for i in axis], dtype=int),
                    *[x.shape[i] for i in rest]
                )
            )
            _axis = 0
        else:
            _axis = axis
        res = np.linalg.norm(x, axis=_axis, ord=ord)
        if keepdims:
            _axis = _normalize_axis_tuple(range(len(shape)) if axis is None else axis, len(shape))
            for i in _axis:
                shape[i] = 1
            res = res.reshape(tuple(shape))
        return res

    def vecdot(x1, x2, /, *, axis=-1):
        return np.vecdot(x1, x2, axis=axis)
    """#
}
