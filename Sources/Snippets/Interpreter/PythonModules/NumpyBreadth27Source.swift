extension ModuleSources {
  /// The `np.NAME` members `numpyBreadth27` answers.
  static let numpyBreadth27Names: Set<String> = [
    "matrix_transpose", "iterable", "real_if_close", "isreal", "asarray_chkfinite", "sort_complex", "put_along_axis",
  ]

  /// Refuses `np.real_if_close` of a traced value given more than the array: autograd's VJP for it takes the array
  /// alone, so `tol` is its TypeError, which docbuild does not word.
  static func refuseTracedTolerance(_ name: String, _ call: CallArguments) throws(PythonError) {
    guard name == "real_if_close", call.positional.count + call.keywords.count > 1,
      call.positional.contains(where: AutogradTracing.isTraced)
        || call.keywords.contains(where: { AutogradTracing.isTraced($0.value) })
    else { return }
    throw PythonError.limit(
      "np.real_if_close with tol of a differentiated value is not supported in snippets: autograd's VJP for it "
        + "takes the array alone and raises TypeError")
  }

  /// NumPy 2.4 functions of session 27 (issue 10) written in the snippet language as NumPy writes them (its Python
  /// functions, with their checks and messages): `np.matrix_transpose`, `np.iterable`, `np.real_if_close`,
  /// `np.isreal` (of numbers; of text, whose `imag` NumPy reads as empty strings, refused), `np.asarray_chkfinite`,
  /// `np.sort_complex` (of complex values by real part, then imaginary part; holding NaN or -0.0, or 0-d, refused) and `np.put_along_axis` (its index built as NumPy's `_make_along_axis_idx` builds it, checked
  /// by `np.take_along_axis`, which raises NumPy's errors for the same index; `axis=None` of an array that is not
  /// C-contiguous, whose flat copy NumPy makes read-only, refused). They join the `_numpy_breadth` module.
  static let numpyBreadth27 = #"""

    def matrix_transpose(x, /):
        x = np.asanyarray(x)
        if x.ndim < 2:
            raise ValueError(f"Input array must be at least 2-dimensional, but it is {x.ndim}")
        return np.swapaxes(x, -1, -2)

    def iterable(y):
        try:
            iter(y)
        except TypeError:
            return False
        return True

    def real_if_close(a, tol=100):
        a = np.asanyarray(a)
        type_ = a.dtype.type
        if not issubclass(type_, np.complexfloating):
            return a
        if tol > 1:
            f = np.finfo(type_)
            tol = f.eps * tol
        if np.all(np.absolute(a.imag) < tol):
            a = a.real
        return a

    def isreal(x):
        if np.asanyarray(x).dtype.kind not in 'biufc':
            __docbuild_refuse__('np.isreal of ' + str(np.asanyarray(x).dtype) + ' values is not supported in snippets')
        return np.imag(x) == 0

    def asarray_chkfinite(a, dtype=None, order=None):
        a = np.asarray(a, dtype=dtype, order=order)
        if a.dtype.char in np.typecodes['AllFloat'] and not np.isfinite(a).all():
            raise ValueError("array must not contain infs or NaNs")
        return a

    def sort_complex(a):
        b = np.array(a)
        if issubclass(b.dtype.type, np.complexfloating):
            # NumPy orders complex values by real part, then imaginary part; equal keys with zeros of other signs, and
            # NaN, it places by its sort's own steps, which are not followed.
            parts = np.concatenate([b.real.ravel(), b.imag.ravel()])
            if np.isnan(parts).any() or np.signbit(parts[parts == 0]).any():
                __docbuild_refuse__('np.sort_complex of complex values holding NaN or -0.0 is not supported in '
                                    'snippets')
            if b.ndim == 0:
                __docbuild_refuse__('np.sort_complex of a 0-d complex array is not supported in snippets')
            if b.size == 0:
                return b
            rows = b.reshape(-1, b.shape[-1]).copy()
            for i in range(rows.shape[0]):
                row = rows[i].copy()
                rows[i] = row[np.lexsort((row.imag, row.real))]
            return rows.reshape(b.shape)
        b.sort()
        if not issubclass(b.dtype.type, np.complexfloating):
            if b.dtype.char in 'bhBH':
                return b.astype('F')
            return b.astype('D')
        return b

    def put_along_axis(arr, indices, values, axis):
        # np.take_along_axis checks the same index with NumPy's own errors.
        np.take_along_axis(arr, indices, axis)
        if axis is None:
            # NumPy writes into np.array(arr.flat): arr's own memory when arr is C-contiguous, else a read-only copy.
            if not arr.flags.c_contiguous:
                __docbuild_refuse__('np.put_along_axis(..., axis=None) of an array that is not C-contiguous is not '
                                    'supported in snippets')
            arr = arr.reshape(-1)
            axis = 0
        elif axis < 0:
            axis += arr.ndim
        shape_ones = (1,) * indices.ndim
        dest_dims = list(range(axis)) + [None] + list(range(axis + 1, indices.ndim))
        fancy_index = []
        for dim, n in zip(dest_dims, arr.shape):
            if dim is None:
                fancy_index.append(indices)
            else:
                ind_shape = shape_ones[:dim] + (-1,) + shape_ones[dim + 1:]
                fancy_index.append(np.arange(n).reshape(ind_shape))
        arr[tuple(fancy_index)] = values
    """#
}
