extension ModuleSources {
  /// `np.var` and `np.std` with a `dtype=` docbuild's kernels do not take, in NumPy's own steps (session 43): they
  /// join the `_numpy_breadth` module (`Interpreter.callStatisticInDType`).
  static let numpyBreadth43 = #"""

    def _refuse_statistic(name, why):
        __docbuild_refuse__('np.' + name + ' with this dtype= ' + why + ' is not supported in snippets')

    def _statistic_cast(name, x, dtype):
        # NumPy casts a float to an integer with the CPU's conversion: NaN, infinities and values out of the
        # integer's range give what the machine gives, so those casts are refused.
        x = np.asarray(x)
        if dtype.kind in 'iu' and x.dtype.kind == 'f' and x.size:
            if not np.all(np.isfinite(x)):
                _refuse_statistic(name, 'of NaN or infinite values (a CPU-dependent cast to ' + dtype.name + ')')
            info = np.iinfo(dtype)
            if np.max(np.trunc(x)) > float(info.max) or np.min(np.trunc(x)) < float(info.min):
                _refuse_statistic(name, 'of values out of ' + dtype.name + "'s range (a CPU-dependent cast)")
        return x.astype(dtype)

    def _statistic_sum(name, x, axis, dtype, keepdims):
        # NumPy's umr_sum(x, axis, dtype): the elements cast to dtype as they are read, summed in it (an
        # add.reduce in bool is a logical or).
        cast = _statistic_cast(name, x, dtype)
        if dtype == np.bool_:
            return np.any(cast, axis=axis, keepdims=keepdims)
        if dtype.kind in 'iu':
            # An integer's sum would otherwise widen to int64 or uint64.
            return np.sum(cast, axis=axis, dtype=dtype, keepdims=keepdims)
        return np.sum(cast, axis=axis, keepdims=keepdims)

    def statistic_in_dtype(name, a, axis=None, dtype=None, ddof=0, keepdims=False):
        # numpy/_core/_methods.py's _var and _std with a dtype= given, step for step.
        arr = np.asanyarray(a)
        dtype = np.dtype(dtype)
        if arr.size > 8192:
            _refuse_statistic(name, 'of more than 8192 elements (NumPy casts a buffer at a time)')
        if arr.dtype.kind == 'c' and dtype.kind != 'c':
            _refuse_statistic(name, 'of complex values (NumPy warns that the imaginary part is discarded)')
        if arr.dtype.kind not in 'biufc' or dtype.kind not in 'biufc':
            _refuse_statistic(name, 'of ' + arr.dtype.name + ' values')
        axes = tuple(range(arr.ndim)) if axis is None else axis if type(axis) is tuple else (axis,)
        count = 1
        for ax in axes:
            count *= arr.shape[ax if ax >= 0 else ax + arr.ndim]
        if type(ddof) is not int or ddof >= count:
            _refuse_statistic(name, 'and this ddof (NumPy warns of the degrees of freedom)')
        total = _statistic_sum(name, arr, axis, dtype, True)
        # true_divide(arrmean, count, out=arrmean, casting='unsafe'): divided in float64 (a NumPy intp count),
        # cast back to the sum's dtype.
        mean = _statistic_cast(name, np.true_divide(total, np.intp(count)), total.dtype)
        x = np.asarray(np.subtract(arr, mean))
        if arr.dtype.kind in 'iuf':
            x = np.square(x)
        elif arr.dtype.kind == 'c':
            x = np.add(np.square(x.real), np.square(x.imag))
        else:
            x = np.multiply(x, np.conjugate(x)).real
        if name == 'std' and dtype.kind == 'c':
            _refuse_statistic(name, "(a complex variance's square root)")
        result = _statistic_sum(name, x, axis, dtype, keepdims)
        divisor = np.maximum(np.intp(count) - ddof, 0)
        if isinstance(result, np.ndarray) and result.ndim:
            result = _statistic_cast(name, np.true_divide(result, divisor), result.dtype)
        else:
            result = result.dtype.type(_statistic_cast(name, np.true_divide(result, divisor), result.dtype)[()])
        if name != 'std':
            return result
        if isinstance(result, np.ndarray) and result.ndim:
            # um.sqrt(ret, out=ret): its output cast back under 'same_kind'.
            return np.sqrt(result, out=result)
        return result.dtype.type(_statistic_cast(name, np.sqrt(result), result.dtype)[()])

    """#
}
