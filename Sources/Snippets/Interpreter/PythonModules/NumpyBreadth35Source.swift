extension ModuleSources {
  /// The `np.NAME` members `numpyBreadth35` answers.
  static let numpyBreadth35Names: Set<String> = [
    "hanning", "hamming", "bartlett", "blackman", "iscomplex", "extract", "trim_zeros",
  ]

  /// NumPy 2.4 functions of session 35 (issue 10) written in the snippet language as NumPy composes them: the window
  /// functions `np.hanning`, `np.hamming`, `np.bartlett` and `np.blackman` (the same float64 steps, so the same
  /// bits), `np.iscomplex`, `np.extract` and `np.trim_zeros` (any number of axes, `axis=`; its result a view of an
  /// array, a slice of a list). They join the `_numpy_breadth` module, whose functions autograd wraps
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

    def extract(condition, arr):
        return np.take(np.ravel(arr), np.nonzero(np.ravel(condition))[0])

    """#
}
