extension ModuleSources {
  /// `numpy.testing`'s assertions as tutorials use them, checking what they check: `assert_allclose`,
  /// `assert_almost_equal`, `assert_array_almost_equal`, `assert_array_equal`, `assert_array_less`, `assert_equal`,
  /// `assert_string_equal` and `assert_`, and `assert_raises` and `assert_raises_regex` (unittest's, with its
  /// messages). A check
  /// that passes returns None as NumPy's does; one that fails, or that meets values whose comparison NumPy treats
  /// specially (NaN, infinities, signed zeros, float32 and complex rounding, integers past 2**53, other types), is
  /// refused, since NumPy's AssertionError text (a report of the mismatched elements) is not reproduced.
  static let numpyTesting = #"""
    import numpy as np

    # NumPy's names in numpy.testing that this module does not define are refused by name (PythonModules.swift).

    def _refuse(what):
        __docbuild_refuse__(what + ' is not supported in snippets')

    def _numbers(value, function):
        # The values as float64, int or bool, finite, integers exact as doubles: there NumPy's comparisons are
        # plain float64 arithmetic.
        if not isinstance(value, (int, float, bool, list, tuple, np.ndarray, np.generic)):
            _refuse(function + ' of a ' + type(value).__name__)
        array = np.asarray(value)
        kind = array.dtype.kind
        if kind not in 'biuf' or (kind == 'f' and array.dtype != np.float64):
            _refuse(function + ' of ' + str(array.dtype) + ' values')
        if kind == 'f' and not np.isfinite(array).all():
            _refuse(function + ' of values holding NaN or infinity')
        if kind in 'iu' and array.size > 0 and np.abs(array.astype(np.float64)).max() >= 2.0 ** 53:
            _refuse(function + ' of integers past 2**53')
        return array.astype(np.float64)

    def _pair(actual, desired, function):
        x = _numbers(actual, function)
        y = _numbers(desired, function)
        # NumPy's assert_array_compare: equal shapes, or one side 0-d.
        if not (x.shape == () or y.shape == () or x.shape == y.shape):
            _failed(function)
        return x, y

    def _failed(function):
        _refuse(function + ' of values that fail its check (NumPy raises an AssertionError whose report of the '
                + 'mismatched elements snippets do not reproduce)')

    def _number(value, name, function):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            _refuse(function + ' with a ' + type(value).__name__ + ' ' + name)
        return value

    def assert_(val, msg=''):
        if not val:
            try:
                smsg = msg()
            except TypeError:
                smsg = msg
            raise AssertionError(smsg)

    def assert_allclose(actual, desired, rtol=1e-07, atol=0, equal_nan=True, err_msg='', verbose=True, *,
                        strict=False):
        function = 'np.testing.assert_allclose'
        rtol = _number(rtol, 'rtol', function)
        atol = _number(atol, 'atol', function)
        if strict:
            _refuse(function + ' with strict=True')
        x, y = _pair(actual, desired, function)
        if not (np.abs(x - y) <= atol + rtol * np.abs(y)).all():
            _failed(function)

    def assert_array_almost_equal(actual, desired, decimal=6, err_msg='', verbose=True):
        function = 'np.testing.assert_array_almost_equal'
        if isinstance(decimal, bool) or not isinstance(decimal, int):
            _refuse(function + ' with a ' + type(decimal).__name__ + ' decimal')
        x, y = _pair(actual, desired, function)
        if not (np.abs(x - y) < 1.5 * 10.0 ** (-decimal)).all():
            _failed(function)

    def assert_almost_equal(actual, desired, decimal=7, err_msg='', verbose=True):
        function = 'np.testing.assert_almost_equal'
        if isinstance(decimal, bool) or not isinstance(decimal, int):
            _refuse(function + ' with a ' + type(decimal).__name__ + ' decimal')
        x, y = _pair(actual, desired, function)
        if not (np.abs(x - y) < 1.5 * 10.0 ** (-decimal)).all():
            _failed(function)

    def assert_array_equal(actual, desired, err_msg='', verbose=True, *, strict=False):
        function = 'np.testing.assert_array_equal'
        if strict:
            _refuse(function + ' with strict=True')
        x, y = _pair(actual, desired, function)
        if not (x == y).all():
            _failed(function)

    def assert_equal(actual, desired, err_msg='', verbose=True, *, strict=False):
        function = 'np.testing.assert_equal'
        if strict:
            _refuse(function + ' with strict=True')
        if isinstance(actual, np.ndarray) or isinstance(desired, np.ndarray):
            assert_array_equal(actual, desired)
            return
        if isinstance(actual, (list, tuple)) and isinstance(desired, (list, tuple)):
            if len(actual) != len(desired):
                _failed(function)
            for k in range(len(desired)):
                assert_equal(actual[k], desired[k])
            return
        if isinstance(actual, str) and isinstance(desired, str):
            if actual != desired:
                _failed(function)
            return
        if isinstance(actual, (list, tuple)) or isinstance(desired, (list, tuple)):
            _refuse(function + ' of a sequence and a ' + 'scalar')
        x, y = _pair(actual, desired, function)
        # NumPy tells 0.0 from -0.0 here (by signbit); a zero on either side is left to it.
        if (x == 0).any() or (y == 0).any():
            if np.signbit(x) != np.signbit(y):
                _failed(function)
        if not (x == y).all():
            _failed(function)

    # unittest's assertRaises and assertRaisesRegex, which NumPy's assert_raises and assert_raises_regex are: called
    # with the exception class only, a context manager; with a callable, a call of it.
    class _AssertRaisesContext:
        def __init__(self, expected, pattern, callable_name):
            self.expected = expected
            self.pattern = pattern
            self.callable_name = callable_name

        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc_value, tb):
            if exc_type is None:
                if isinstance(self.expected, tuple):
                    name = str(self.expected)
                else:
                    name = self.expected.__name__
                if self.callable_name is not None:
                    raise AssertionError(name + ' not raised by ' + self.callable_name)
                raise AssertionError(name + ' not raised')
            if not issubclass(exc_type, self.expected):
                return False
            if self.pattern is not None:
                import re
                if not re.search(self.pattern, str(exc_value)):
                    raise AssertionError('"' + self.pattern + '" does not match "' + str(exc_value) + '"')
            return True

    def _raises(expected, pattern, args, kwargs):
        if not args:
            if kwargs:
                _refuse('np.testing.assert_raises with keyword arguments and no callable')
            return _AssertRaisesContext(expected, pattern, None)
        function = args[0]
        with _AssertRaisesContext(expected, pattern, function.__name__):
            function(*args[1:], **kwargs)

    def assert_raises(exception_class, *args, **kwargs):
        return _raises(exception_class, None, args, kwargs)

    def assert_raises_regex(exception_class, expected_regexp, *args, **kwargs):
        if not isinstance(expected_regexp, str):
            _refuse('np.testing.assert_raises_regex with a compiled pattern')
        return _raises(exception_class, expected_regexp, args, kwargs)

    def assert_string_equal(actual, desired):
        # NumPy reports a difference with difflib's line diff, which snippets do not reproduce.
        if not isinstance(actual, str):
            raise AssertionError(repr(type(actual)))
        if not isinstance(desired, str):
            raise AssertionError(repr(type(desired)))
        if desired != actual:
            _failed('np.testing.assert_string_equal')

    def assert_array_less(x, y, err_msg='', verbose=True, *, strict=False):
        # NaNs in the same places of both (as NumPy's assert_array_compare allows) are left out of the comparison.
        function = 'np.testing.assert_array_less'
        if strict:
            _refuse(function + ' with strict=True')
        a = np.asarray(x)
        b = np.asarray(y)
        if a.dtype.kind not in 'biuf' or b.dtype.kind not in 'biuf':
            _refuse(function + ' of ' + str(a.dtype) + ' and ' + str(b.dtype) + ' values')
        if not (a.shape == () or b.shape == () or a.shape == b.shape):
            _failed(function)
        a_nan = np.isnan(a.astype(np.float64))
        b_nan = np.isnan(b.astype(np.float64))
        if a_nan.any() or b_nan.any():
            if a.shape != b.shape or not (a_nan == b_nan).all():
                _failed(function)
            keep = ~a_nan
            a = a[keep]
            b = b[keep]
        x_, y_ = _pair(a, b, function)
        if not (x_ < y_).all():
            _failed(function)
    """#
}
