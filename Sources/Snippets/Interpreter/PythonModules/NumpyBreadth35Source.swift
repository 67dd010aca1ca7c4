extension ModuleSources {
  /// The `np.NAME` members `numpyBreadth35` answers.
  static let numpyBreadth35Names: Set<String> = [
    "hanning", "hamming", "bartlett", "blackman", "iscomplex", "extract", "trim_zeros",
  ]

  /// NumPy 2.4 functions of session 35 (issue 10) written in the snippet language as NumPy composes them: the window
  /// functions `np.hanning`, `np.hamming`, `np.bartlett` and `np.blackman` (the same float64 steps, so the same
  /// bits), `np.iscomplex`, `np.extract` and `np.trim_zeros` (any number of axes, `axis=`; its result a view of an
  /// array, a slice of a list); `nan_to_num_as_numpy`, `np.nan_to_num` as NumPy writes it (`np.copyto` with
  /// `where=` into the array or its real and imaginary views), for `copy=False` and array-valued `nan=`, `posinf=`,
  /// `neginf=` (`Interpreter.nanToNumberTakesNumpysSteps`). They join the `_numpy_breadth` module, whose functions autograd wraps
  /// without a VJP.
  static let numpyBreadth35 = #"""

    def _window_length(M):
        # NumPy's `np.array([0.0, M])`: at least float64 (a str gives strings, whose `M < 1` is Python's TypeError).
        values = np.array([0.0, M])
        if values.dtype.kind not in 'fU':
            __docbuild_refuse__('a window function of a ' + type(M).__name__ + ' length is not supported in snippets')
        return values

    def hanning(M):
        values = _window_length(M)
        M = values[1]
        if M < 1:
            return np.array([], dtype=values.dtype)
        if M == 1:
            return np.ones(1, dtype=values.dtype)
        n = np.arange(1 - M, M, 2)
        return 0.5 + 0.5 * np.cos(np.pi * n / (M - 1))

    def hamming(M):
        values = _window_length(M)
        M = values[1]
        if M < 1:
            return np.array([], dtype=values.dtype)
        if M == 1:
            return np.ones(1, dtype=values.dtype)
        n = np.arange(1 - M, M, 2)
        return 0.54 + 0.46 * np.cos(np.pi * n / (M - 1))

    def bartlett(M):
        values = _window_length(M)
        M = values[1]
        if M < 1:
            return np.array([], dtype=values.dtype)
        if M == 1:
            return np.ones(1, dtype=values.dtype)
        n = np.arange(1 - M, M, 2)
        return np.where(np.less_equal(n, 0), 1 + n / (M - 1), 1 - n / (M - 1))

    def blackman(M):
        values = _window_length(M)
        M = values[1]
        if M < 1:
            return np.array([], dtype=values.dtype)
        if M == 1:
            return np.ones(1, dtype=values.dtype)
        n = np.arange(1 - M, M, 2)
        return 0.42 + 0.5 * np.cos(np.pi * n / (M - 1)) + 0.08 * np.cos(2.0 * np.pi * n / (M - 1))

    def iscomplex(x):
        ax = np.asanyarray(x)
        if ax.dtype.kind == 'c':
            return ax.imag != 0
        if ax.dtype.kind not in 'biuf':
            __docbuild_refuse__('np.iscomplex of ' + str(ax.dtype) + ' values is not supported in snippets')
        res = np.zeros(ax.shape, bool)
        return res[()]

    def _normalized_axes(axis, ndim):
        # NumPy's normalize_axis_tuple(axis, ndim, argname='axis').
        if type(axis) not in (tuple, list):
            if not isinstance(axis, (int, np.integer)):
                __docbuild_refuse__('np.trim_zeros with an axis that is not an int or a tuple of ints is not '
                                    'supported in snippets')
            axis = [axis]
        axes = []
        for ax in axis:
            if not isinstance(ax, (int, np.integer)):
                __docbuild_refuse__('np.trim_zeros with an axis that is not an int or a tuple of ints is not '
                                    'supported in snippets')
            if not -ndim <= ax < ndim:
                __docbuild_axis_error__(f'axis: axis {ax} is out of bounds for array of dimension {ndim}')
            axes.append(ax % ndim if ndim else ax)
        if len(set(axes)) != len(axes):
            raise ValueError('repeated axis in `axis` argument')
        return tuple(axes)

    def trim_zeros(filt, trim='fb', axis=None):
        filt_ = np.asarray(filt)
        if filt_.dtype.kind not in 'biufc':
            __docbuild_refuse__('np.trim_zeros of ' + str(filt_.dtype) + ' values is not supported in snippets')
        trim = trim.lower()
        if trim not in {'fb', 'bf', 'f', 'b'}:
            raise ValueError(f'unexpected character(s) in `trim`: {trim!r}')
        if axis is None:
            axis_tuple = tuple(range(filt_.ndim))
        else:
            axis_tuple = _normalized_axes(axis, filt_.ndim)
        if not axis_tuple:
            return filt
        # A complex element is nonzero where either part is (`!= 0` says so without np.argwhere of complex values).
        nonzero = np.argwhere(filt_ != 0 if filt_.dtype.kind == 'c' else filt_)
        if nonzero.size == 0:
            start = stop = [0] * filt_.ndim
        else:
            start = [int(v) for v in nonzero.min(axis=0)]
            stop = [int(v) + 1 for v in nonzero.max(axis=0)]
            if 'f' not in trim:
                start = [None] * filt_.ndim
            if 'b' not in trim:
                stop = [None] * filt_.ndim
        sl = tuple(slice(start[ax], stop[ax]) if ax in axis_tuple else slice(None) for ax in range(filt_.ndim))
        if len(sl) == 1:
            return filt[sl[0]]
        return filt[sl]

    _NO_COPY = ('Unable to avoid copy while creating an array as requested.\n'
                'If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed '
                '(no behavior change in NumPy 1.x).\n'
                'For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html'
                '#adapting-to-changes-in-the-copy-keyword.')

    def _shape_text(shape):
        # A shape as NumPy's broadcast messages print it: (3,), (2,2), ().
        return '(' + ','.join(str(n) for n in shape) + (',)' if len(shape) == 1 else ')')

    def _copy_where(d, value, where):
        # np.copyto(d, value, where=where): the value cast by the rule 'same_kind' and broadcast to d's shape.
        if type(value) in (bool, int, float, complex):
            if type(value) is int and not -2**63 <= value < 2**63:
                __docbuild_refuse__('np.nan_to_num with a Python int outside int64 is not supported in snippets')
            if type(value) is complex and d.dtype.kind != 'c':
                raise TypeError(f"Cannot cast scalar from dtype('complex128') to {d.dtype!r} according to the rule "
                                "'same_kind'")
            d[where] = value
            return
        value = np.asarray(value)
        if value.dtype.kind not in 'biufc':
            __docbuild_refuse__('np.nan_to_num with ' + str(value.dtype) + ' replacements is not supported in snippets')
        if not np.can_cast(value.dtype, d.dtype, 'same_kind'):
            raise TypeError(f"Cannot cast array data from {value.dtype!r} to {d.dtype!r} according to the rule "
                            "'same_kind'")
        shape = value.shape
        # The source's leading extent-1 axes beyond the target's drop out, as NumPy's assignment drops them.
        while len(shape) > d.ndim and shape[0] == 1:
            shape = shape[1:]
        fits = len(shape) <= d.ndim and all(n == 1 or n == m for n, m in zip(shape[::-1], d.shape[::-1]))
        if not fits:
            raise ValueError(f'could not broadcast input array from shape {_shape_text(value.shape)} into shape '
                             f'{_shape_text(d.shape)}')
        d[where] = np.broadcast_to(value.reshape(shape), d.shape)[where]

    def nan_to_num_as_numpy(x, copy=True, nan=0.0, posinf=None, neginf=None):
        if copy is not True and copy is not False:
            __docbuild_refuse__('np.nan_to_num with copy= other than True or False is not supported in snippets')
        if copy:
            x = np.array(x)
        elif not isinstance(x, np.ndarray):
            raise ValueError(_NO_COPY)
        if x.dtype.kind not in 'biufc':
            __docbuild_refuse__('np.nan_to_num of ' + str(x.dtype) + ' values is not supported in snippets')
        isscalar = x.ndim == 0
        if x.dtype.kind not in 'fc':
            return x[()] if isscalar else x
        dest = (x.real, x.imag) if x.dtype.kind == 'c' else (x,)
        limits = np.finfo(x.real.dtype)
        maxf = limits.max if posinf is None else posinf
        minf = limits.min if neginf is None else neginf
        for d in dest:
            idx_nan = np.isnan(d)
            idx_posinf = np.isposinf(d)
            idx_neginf = np.isneginf(d)
            _copy_where(d, nan, idx_nan)
            _copy_where(d, maxf, idx_posinf)
            _copy_where(d, minf, idx_neginf)
        return x[()] if isscalar else x

    def extract(condition, arr):
        return np.take(np.ravel(arr), np.nonzero(np.ravel(condition))[0])

    """#
}
