extension ModuleSources {
  /// `np.var`, `np.std`, `np.nanvar` and `np.nanstd` with a `dtype=` docbuild's kernels do not take, in NumPy's own
  /// steps (session 43): they join the `_numpy_breadth` module (`Interpreter.callStatisticInDType`).
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
        if name.endswith('std') and dtype.kind == 'c':
            _refuse_statistic(name, "(a complex variance's square root)")
        result = _statistic_sum(name, x, axis, dtype, keepdims)
        divisor = np.maximum(np.intp(count) - ddof, 0)
        if isinstance(result, np.ndarray) and result.ndim:
            result = _statistic_cast(name, np.true_divide(result, divisor), result.dtype)
        else:
            result = result.dtype.type(_statistic_cast(name, np.true_divide(result, divisor), result.dtype)[()])
        if not name.endswith('std'):
            return result
        if isinstance(result, np.ndarray) and result.ndim:
            # um.sqrt(ret, out=ret): its output cast back under 'same_kind'.
            return np.sqrt(result, out=result)
        return result.dtype.type(_statistic_cast(name, np.sqrt(result), result.dtype)[()])

    def nan_statistic_in_dtype(name, a, axis=None, dtype=None, ddof=0, keepdims=False):
        # numpy/lib/_nanfunctions_impl.py's nanvar and nanstd with a dtype= given: np.var's steps for an array
        # without NaNs to replace (integers, bools), else NaN replaced by 0 and counted out.
        arr = np.asanyarray(a)
        if arr.dtype.kind not in 'fc':
            return statistic_in_dtype(name, arr, axis=axis, dtype=dtype, ddof=ddof, keepdims=keepdims)
        dtype = np.dtype(dtype)
        if dtype.kind not in 'fc':
            raise TypeError("If a is inexact, then dtype must be inexact")
        if arr.dtype.kind == 'c' and dtype.kind != 'c':
            _refuse_statistic(name, 'of complex values (NumPy warns that the imaginary part is discarded)')
        if arr.size > 8192:
            _refuse_statistic(name, 'of more than 8192 elements (NumPy casts a buffer at a time)')
        mask = np.isnan(arr)
        arr = np.where(mask, 0, arr).astype(arr.dtype)
        count = np.sum(~mask, axis=axis, dtype=np.intp, keepdims=True)
        total = np.sum(arr.astype(dtype), axis=axis, keepdims=True)
        # _divide_by_count: np.divide(avg, cnt, out=avg, casting='unsafe'), NaN where a slice has no numbers.
        mean = np.true_divide(total, count).astype(total.dtype)
        deviations = np.subtract(arr, mean).astype(arr.dtype)
        deviations = np.where(mask, 0, deviations).astype(arr.dtype)
        if arr.dtype.kind == 'c':
            squares = np.multiply(deviations, np.conjugate(deviations)).real
        else:
            squares = np.multiply(deviations, deviations)
        result = np.sum(squares.astype(dtype), axis=axis, keepdims=keepdims)
        if not keepdims:
            count = np.squeeze(count, axis=axis)
        dof = count - ddof
        if np.any(dof <= 0):
            _refuse_statistic(name, 'and slices of no more values than ddof (NumPy warns of the degrees of freedom)')
        if isinstance(result, np.ndarray):
            result = np.true_divide(result, dof).astype(result.dtype)
        else:
            result = result.dtype.type(np.true_divide(result, dof))
        if not name.endswith('std'):
            return result
        if name.endswith('std') and dtype.kind == 'c':
            _refuse_statistic(name, "(a complex variance's square root)")
        if isinstance(result, np.ndarray):
            return np.sqrt(result)
        return result.dtype.type(np.sqrt(result))

    """#
}
