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
  /// `neginf=` (`Interpreter.nanToNumberTakesNumpysSteps`); `pad_as_numpy`, `np.pad` as NumPy composes it, for the
  /// modes `maximum`, `minimum`, `mean`, `median` (`stat_length=`) and `reflect_type='odd'` (`Interpreter.padTakesNumpysSteps`).
  /// `histogram_with_estimator`, `np.histogram` and `np.histogram_bin_edges` with a string `bins` (NumPy's
  /// estimators giving the number of equal bins; `'stone'` refused). They join the `_numpy_breadth` module, whose functions autograd wraps
  /// without a VJP.
  static let numpyBreadth35 = #"""

    def _window_length(M):
        # NumPy's `np.array([0.0, M])`: at least float64 (a str gives strings, whose `M < 1` is Python's TypeError).
        values = np.array([0.0, M])
        if values.dtype.kind not in 'fU':
            __docbuild_refuse__('a window function of a ' + type(M).__name__ + ' length is not supported in snippets')
        return values

    def _window(M, formula):
        # NumPy's windows: empty below 1, [1.] at 1, else the formula over n = 1 - M, 3 - M, ..., M - 1.
        values = _window_length(M)
        M = values[1]
        if M < 1:
            return np.array([], dtype=values.dtype)
        if M == 1:
            return np.ones(1, dtype=values.dtype)
        return formula(np.arange(1 - M, M, 2), M)

    def hanning(M):
        return _window(M, lambda n, M: 0.5 + 0.5 * np.cos(np.pi * n / (M - 1)))

    def hamming(M):
        return _window(M, lambda n, M: 0.54 + 0.46 * np.cos(np.pi * n / (M - 1)))

    def bartlett(M):
        return _window(M, lambda n, M: np.where(np.less_equal(n, 0), 1 + n / (M - 1), 1 - n / (M - 1)))

    def blackman(M):
        return _window(M, lambda n, M: 0.42 + 0.5 * np.cos(np.pi * n / (M - 1))
                       + 0.08 * np.cos(2.0 * np.pi * n / (M - 1)))

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
            # NumPy's normalize_axis_index reads the axis as a C long, then as a C int, before any bounds check.
            ax = int(ax)
            if not -2**63 <= ax < 2**63:
                raise OverflowError('Python int too large to convert to C long')
            if not -2**31 <= ax < 2**31:
                raise OverflowError('Python int too large to convert to C int')
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

    def _pad_pairs(x, ndim, as_index=False):
        # NumPy's _as_pairs.
        if x is None:
            return ((None, None),) * ndim
        x = np.array(x)
        if as_index:
            if x.dtype.kind not in 'biu':
                __docbuild_refuse__('np.pad with widths or lengths that are not integers is not supported in snippets')
            x = x.astype(np.intp)
        if x.ndim < 3:
            if x.size == 1:
                x = x.ravel()
                if as_index and x < 0:
                    raise ValueError("index can't contain negative values")
                return ((int(x[0]), int(x[0])) if as_index else (x[0], x[0]),) * ndim
            if x.size == 2 and x.shape != (2, 1):
                x = x.ravel()
                if as_index and (x[0] < 0 or x[1] < 0):
                    raise ValueError("index can't contain negative values")
                return ((int(x[0]), int(x[1])) if as_index else (x[0], x[1]),) * ndim
        if as_index and x.min() < 0:
            raise ValueError("index can't contain negative values")
        return np.broadcast_to(x, (ndim, 2)).tolist()

    def _at_axis(sl, axis):
        return (slice(None),) * axis + (sl,) + (...,)

    def _pad_area(padded, axis, width_pair, value_pair):
        padded[_at_axis(slice(None, width_pair[0]), axis)] = value_pair[0]
        padded[_at_axis(slice(padded.shape[axis] - width_pair[1], None), axis)] = value_pair[1]

    def _pad_median(chunk, axis, keepdims):
        # np.median(..., keepdims=True): the median with the reduced axis put back.
        return np.expand_dims(np.median(chunk, axis=axis), axis)

    def _pad_stats(padded, axis, width_pair, length_pair, stat):
        left_index = width_pair[0]
        right_index = padded.shape[axis] - width_pair[1]
        max_length = right_index - left_index
        left_length, right_length = length_pair
        if left_length is None or max_length < left_length:
            left_length = max_length
        if right_length is None or max_length < right_length:
            right_length = max_length
        if (left_length == 0 or right_length == 0) and stat in (np.amax, np.amin):
            raise ValueError('stat_length of 0 yields no value for padding')
        left_stat = stat(padded[_at_axis(slice(left_index, left_index + left_length), axis)], axis=axis,
                         keepdims=True)
        if padded.dtype.kind in 'iu':
            left_stat = left_stat.round()
        if left_length == right_length == max_length:
            return left_stat, left_stat
        right_stat = stat(padded[_at_axis(slice(right_index - right_length, right_index), axis)], axis=axis,
                          keepdims=True)
        if padded.dtype.kind in 'iu':
            right_stat = right_stat.round()
        return left_stat, right_stat

    def _pad_reflect_both(padded, axis, width_pair, method, original_period, include_edge):
        left_pad, right_pad = width_pair
        old_length = padded.shape[axis] - right_pad - left_pad
        if include_edge:
            old_length = old_length // original_period * original_period
            edge_offset = 1
        else:
            old_length = (old_length - 1) // (original_period - 1) * (original_period - 1) + 1
            edge_offset = 0
            old_length -= 1
        if left_pad > 0:
            chunk_length = min(old_length, left_pad)
            stop = left_pad - edge_offset
            start = stop + chunk_length
            left_chunk = padded[_at_axis(slice(start, stop, -1), axis)]
            if method == 'odd':
                left_chunk = 2 * padded[_at_axis(slice(left_pad, left_pad + 1), axis)] - left_chunk
            padded[_at_axis(slice(left_pad - chunk_length, left_pad), axis)] = left_chunk
            left_pad -= chunk_length
        if right_pad > 0:
            chunk_length = min(old_length, right_pad)
            start = -right_pad + edge_offset - 2
            stop = start - chunk_length
            right_chunk = padded[_at_axis(slice(start, stop, -1), axis)]
            if method == 'odd':
                right_chunk = 2 * padded[_at_axis(slice(-right_pad - 1, -right_pad), axis)] - right_chunk
            start = padded.shape[axis] - right_pad
            padded[_at_axis(slice(start, start + chunk_length), axis)] = right_chunk
            right_pad -= chunk_length
        return left_pad, right_pad

    def pad_as_numpy(array, pad_width, mode='constant', **kwargs):
        array = np.asarray(array)
        if isinstance(pad_width, dict):
            __docbuild_refuse__('np.pad with a dict pad_width and this mode is not supported in snippets')
        pad_width = np.asarray(pad_width)
        if not pad_width.dtype.kind == 'i':
            raise TypeError('`pad_width` must be of integral type.')
        pad_width = _pad_pairs(pad_width, array.ndim, as_index=True)
        allowed = {'maximum': ['stat_length'], 'mean': ['stat_length'], 'median': ['stat_length'],
                   'minimum': ['stat_length'], 'reflect': ['reflect_type'], 'symmetric': ['reflect_type']}
        unsupported = set(kwargs) - set(allowed[mode])
        if unsupported:
            if len(unsupported) > 1:
                __docbuild_refuse__('np.pad with several unsupported keyword arguments is not supported in snippets')
            raise ValueError(f"unsupported keyword arguments for mode '{mode}': {unsupported}")
        if array.dtype.kind not in 'biuf':
            __docbuild_refuse__('np.pad of ' + str(array.dtype) + ' values in this mode is not supported in snippets')
        new_shape = tuple(left + size + right for size, (left, right) in zip(array.shape, pad_width))
        order = 'F' if array.flags.f_contiguous and not array.flags.c_contiguous else 'C'
        padded = np.zeros(new_shape, dtype=array.dtype, order=order)
        original = tuple(slice(left, left + size) for size, (left, right) in zip(array.shape, pad_width))
        padded[original] = array
        if array.size == 0:
            for axis, width_pair in enumerate(pad_width):
                if array.shape[axis] == 0 and any(width_pair):
                    raise ValueError(f"can't extend empty axis {axis} using modes other than 'constant' or 'empty'")
            return padded
        if mode in ('reflect', 'symmetric'):
            method = kwargs.get('reflect_type', 'even')
            include_edge = mode == 'symmetric'
            for axis, (left_index, right_index) in enumerate(pad_width):
                roi = padded[(slice(None),) * (axis + 1) + original[axis + 1:]]
                if array.shape[axis] == 1 and (left_index > 0 or right_index > 0):
                    left_edge = roi[_at_axis(slice(left_index, left_index + 1), axis)]
                    right_index_at = roi.shape[axis] - right_index
                    right_edge = roi[_at_axis(slice(right_index_at - 1, right_index_at), axis)]
                    _pad_area(roi, axis, (left_index, right_index), (left_edge, right_edge))
                    continue
                while left_index > 0 or right_index > 0:
                    left_index, right_index = _pad_reflect_both(roi, axis, (left_index, right_index), method,
                                                                array.shape[axis], include_edge)
            return padded
        stat = {'maximum': np.amax, 'minimum': np.amin, 'mean': np.mean, 'median': _pad_median}[mode]
        length = _pad_pairs(kwargs.get('stat_length'), padded.ndim, as_index=True)
        for axis, (width_pair, length_pair) in enumerate(zip(pad_width, length)):
            roi = padded[(slice(None),) * (axis + 1) + original[axis + 1:]]
            stat_pair = _pad_stats(roi, axis, width_pair, length_pair, stat)
            _pad_area(roi, axis, width_pair, stat_pair)
        return padded

    def _hist_unsigned_subtract(a, b):
        # NumPy's _unsigned_subtract: a signed integer difference taken in its unsigned type (it never overflows).
        dt = np.result_type(a, b)
        if dt.kind == 'i':
            return np.uint64(int(a) - int(b))
        return np.subtract(a, b, dtype=dt)

    def _hist_ptp(x):
        return _hist_unsigned_subtract(x.max(), x.min())

    def _hist_bin_width(name, x):
        if name == 'sqrt':
            return _hist_ptp(x) / np.sqrt(x.size)
        if name == 'sturges':
            return _hist_ptp(x) / (np.log2(x.size) + 1.0)
        if name == 'rice':
            return _hist_ptp(x) / (2.0 * x.size ** (1.0 / 3))
        if name == 'scott':
            return (24.0 * np.pi**0.5 / x.size)**(1.0 / 3.0) * np.std(x)
        if name == 'doane':
            if x.size > 2:
                sg1 = np.sqrt(6.0 * (x.size - 2) / ((x.size + 1.0) * (x.size + 3)))
                sigma = np.std(x)
                if sigma > 0.0:
                    temp = np.power((x - np.mean(x)) / sigma, 3)
                    g1 = np.mean(temp)
                    return _hist_ptp(x) / (1.0 + np.log2(x.size) + np.log2(1.0 + np.absolute(g1) / sg1))
            return 0.0
        if name == 'fd':
            iqr = np.subtract(*np.percentile(x, [75, 25]))
            return 2.0 * iqr * x.size ** (-1.0 / 3.0)
        # 'auto'
        fd_bw = _hist_bin_width('fd', x)
        sturges_bw = _hist_bin_width('sturges', x)
        sqrt_bw = _hist_bin_width('sqrt', x)
        return min(max(fd_bw, sqrt_bw / 2), sturges_bw)

    def _hist_outer_edges(a, range):
        if range is not None:
            first_edge, last_edge = range
            if first_edge > last_edge:
                raise ValueError('max must be larger than min in range parameter.')
            if not (np.isfinite(first_edge) and np.isfinite(last_edge)):
                raise ValueError(f'supplied range of [{first_edge}, {last_edge}] is not finite')
        elif a.size == 0:
            first_edge, last_edge = 0, 1
        else:
            first_edge, last_edge = a.min(), a.max()
            if not (np.isfinite(first_edge) and np.isfinite(last_edge)):
                raise ValueError(f'autodetected range of [{first_edge}, {last_edge}] is not finite')
        if first_edge == last_edge:
            first_edge = first_edge - 0.5
            last_edge = last_edge + 0.5
        return first_edge, last_edge

    def histogram_with_estimator(function, a, bins=10, range=None, density=None, weights=None):
        # np.histogram / np.histogram_bin_edges with a string `bins`: NumPy's estimator gives the number of equal
        # bins, and the function runs with that number.
        a = np.asarray(a)
        if a.dtype.kind not in 'biuf':
            __docbuild_refuse__('np.' + function + ' of ' + str(a.dtype) + ' values with an estimator is not supported '
                                'in snippets')
        if a.dtype.kind == 'b':
            a = a.astype(np.uint8)
        if weights is not None and np.shape(weights) != a.shape:
            raise ValueError('weights should have the same shape as a.')
        a = a.ravel()
        if bins not in ('auto', 'fd', 'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt'):
            raise ValueError(f'{bins!r} is not a valid estimator for `bins`')
        if weights is not None:
            raise TypeError('Automated estimation of the number of bins is not supported for weighted data')
        if bins == 'stone':
            __docbuild_refuse__("np." + function + "'s bins='stone' is not supported in snippets")
        first_edge, last_edge = _hist_outer_edges(a, range)
        x = a
        if range is not None:
            keep = (x >= first_edge) & (x <= last_edge)
            if not np.logical_and.reduce(keep):
                x = x[keep]
        if x.size == 0:
            n_equal_bins = 1
        else:
            width = _hist_bin_width(bins, x)
            if width:
                if x.dtype.kind in 'iu' and width < 1:
                    width = 1
                delta = _hist_unsigned_subtract(last_edge, first_edge)
                n_equal_bins = int(np.ceil(delta / width))
            else:
                n_equal_bins = 1
        if function == 'histogram':
            return np.histogram(a, n_equal_bins, range=range, density=density)
        return np.histogram_bin_edges(a, n_equal_bins, range=range)

    def extract(condition, arr):
        return np.take(np.ravel(arr), np.nonzero(np.ravel(condition))[0])

    """#
}
