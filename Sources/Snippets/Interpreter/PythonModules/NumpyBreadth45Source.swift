extension ModuleSources {
  /// The `np.NAME` members `numpyBreadth45` answers.
  static let numpyBreadth45Names: Set<String> = ["histogram2d", "histogramdd"]

  /// `np.histogramdd` and `np.histogram2d` (session 45: Bressert's SciPy and NumPy bins a 2-D sample) in the steps
  /// of NumPy 2.4's numpy/lib/_histograms_impl.py and _twodim_base_impl.py: each axis's edges (`np.linspace` over the
  /// data's range, half a unit either side of a single value, or the edges given), each sample's bin by
  /// `searchsorted(side='right')` with the last edge closing the last bin, the counts by `np.bincount` over the
  /// flattened bins with an outlier bin each side, then those outlier bins cut off. They join `_numpy_breadth`.
  static let numpyBreadth45 = #"""

    # The builtin, which the functions' `range` parameter hides.
    _histogram_range = range

    def _outer_edges(a, range):
        # The first and last edge of one axis: the range given, else the data's own (widened for one value).
        if range is not None:
            first_edge, last_edge = range
            if first_edge > last_edge:
                raise ValueError('max must be larger than min in range parameter.')
            if not (np.isfinite(first_edge) and np.isfinite(last_edge)):
                raise ValueError('supplied range of [' + str(first_edge) + ', ' + str(last_edge) + '] is not finite')
        elif a.size == 0:
            first_edge, last_edge = 0, 1
        else:
            first_edge, last_edge = a.min(), a.max()
            if not (np.isfinite(first_edge) and np.isfinite(last_edge)):
                raise ValueError('autodetected range of [' + str(first_edge) + ', ' + str(last_edge)
                                 + '] is not finite')
        if first_edge == last_edge:
            first_edge = first_edge - 0.5
            last_edge = last_edge + 0.5
        return first_edge, last_edge

    def histogramdd(sample, bins=10, range=None, density=None, weights=None):
        # NumPy's dispatcher iterates a sample without a shape: a Python number is its TypeError.
        if isinstance(sample, (int, float, complex)):
            raise TypeError("'" + type(sample).__name__ + "' object is not iterable")
        if hasattr(sample, 'shape') and np.ndim(sample) == 2:
            N, D = sample.shape
        else:
            # A sequence of 1-D arrays, one per axis.
            sample = np.atleast_2d(sample).T
            N, D = sample.shape
        nbin = np.zeros(D, np.intp)
        edges = D * [None]
        dedges = D * [None]
        if weights is not None:
            weights = np.asarray(weights)
        if isinstance(bins, (list, tuple)) or np.ndim(bins) > 0:
            if len(bins) != D:
                raise ValueError('The dimension of bins must be equal to the dimension of the sample x.')
        else:
            bins = D * [bins]
        if range is None:
            range = (None,) * D
        elif len(range) != D:
            raise ValueError('range argument must have one entry per dimension')
        for i in _histogram_range(D):
            if np.ndim(bins[i]) == 0:
                if bins[i] < 1:
                    raise ValueError('`bins[' + str(i) + ']` must be positive, when an integer')
                smin, smax = _outer_edges(sample[:, i], range[i])
                if not isinstance(bins[i], (int, np.integer)):
                    raise TypeError('`bins[' + str(i) + ']` must be an integer, when a scalar')
                edges[i] = np.linspace(smin, smax, int(bins[i]) + 1)
            elif np.ndim(bins[i]) == 1:
                edges[i] = np.asarray(bins[i])
                if np.any(edges[i][:-1] > edges[i][1:]):
                    raise ValueError('`bins[' + str(i) + ']` must be monotonically increasing, when an array')
            else:
                raise ValueError('`bins[' + str(i) + ']` must be a scalar or 1d array')
            nbin[i] = len(edges[i]) + 1
            dedges[i] = np.diff(edges[i])
        counts = []
        for i in _histogram_range(D):
            index = np.searchsorted(edges[i], sample[:, i], side='right')
            # A value on the last edge belongs to the last bin, not to the outliers past it.
            index[sample[:, i] == edges[i][-1]] -= 1
            counts.append(index)
        flat = np.ravel_multi_index(tuple(counts), tuple(int(n) for n in nbin))
        hist = np.bincount(flat, weights, minlength=int(np.prod(nbin)))
        hist = hist.reshape(tuple(int(n) for n in nbin)).astype(float)
        hist = hist[D * (slice(1, -1),)]
        if density:
            s = hist.sum()
            for i in _histogram_range(D):
                shape = [1] * D
                shape[i] = int(nbin[i]) - 2
                hist = hist / dedges[i].reshape(shape)
            hist /= s
        return hist, edges

    def histogram2d(x, y, bins=10, range=None, density=None, weights=None):
        if len(x) != len(y):
            raise ValueError('x and y must have the same length.')
        try:
            N = len(bins)
        except TypeError:
            N = 1
        if N != 1 and N != 2:
            xedges = yedges = np.asarray(bins)
            bins = [xedges, yedges]
        hist, edges = histogramdd([x, y], bins, range, density, weights)
        return hist, edges[0], edges[1]
    """#
}
