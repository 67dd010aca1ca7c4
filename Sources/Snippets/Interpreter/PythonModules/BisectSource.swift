extension ModuleSources {
  /// `bisect`, after CPython 3.11's C module `_bisect`: its bounds checks and conversions, in order, with their
  /// messages, the comparisons it makes (`x < a[mid]` to the right, `a[mid] < x` to the left, through `key`), and
  /// `insort` inserting through the sequence's own `insert`. Sequences other than lists, tuples, strings, ranges
  /// and arrays are refused by name (CPython's C lookups word their errors per type).
  static let bisect = #"""
    def _low(lo):
        if type(lo) is not int and type(lo) is not bool:
            if isinstance(lo, (float, str, list, tuple, dict, type(None))):
                raise TypeError(f"'{type(lo).__name__}' object cannot be interpreted as an integer")
            __docbuild_refuse__(f'bisect with lo of type {type(lo).__name__} is not supported in snippets')
        if not -9223372036854775808 <= lo <= 9223372036854775807:
            raise OverflowError('Python int too large to convert to C ssize_t')
        return int(lo)

    def _high(hi):
        if hi is None:
            return -1
        if type(hi) is not int and type(hi) is not bool:
            if isinstance(hi, (float, str, list, tuple, dict)):
                raise TypeError(f"argument should be integer or None, not '{type(hi).__name__}'")
            __docbuild_refuse__(f'bisect with hi of type {type(hi).__name__} is not supported in snippets')
        if not -9223372036854775808 <= hi <= 9223372036854775807:
            raise OverflowError("cannot fit 'int' into an index-sized integer")
        return int(hi)

    def _bounds(a, lo, hi):
        lo = _low(lo)
        hi = _high(hi)
        if lo < 0:
            raise ValueError('lo must be non-negative')
        if type(a).__name__ not in ('list', 'tuple', 'str', 'range', 'ndarray'):
            __docbuild_refuse__(f'bisect over a {type(a).__name__} is not supported in snippets')
        if hi == -1:
            hi = len(a)
        return lo, hi

    def _search(a, x, lo, hi, key, right):
        # The first position whose item is greater than x (right) or not less than x (left): `x < item` and
        # `item < x` are the only comparisons CPython's loops make.
        lo, hi = _bounds(a, lo, hi)
        while lo < hi:
            mid = (lo + hi) // 2
            item = a[mid] if key is None else key(a[mid])
            if (x < item) if right else not (item < x):
                hi = mid
            else:
                lo = mid + 1
        return lo

    def bisect_right(a, x, lo=0, hi=None, *, key=None):
        return _search(a, x, lo, hi, key, True)

    def bisect_left(a, x, lo=0, hi=None, *, key=None):
        return _search(a, x, lo, hi, key, False)

    def insort_right(a, x, lo=0, hi=None, *, key=None):
        index = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
        a.insert(index, x)

    def insort_left(a, x, lo=0, hi=None, *, key=None):
        index = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
        a.insert(index, x)

    bisect = bisect_right
    insort = insort_right
    """#
}
