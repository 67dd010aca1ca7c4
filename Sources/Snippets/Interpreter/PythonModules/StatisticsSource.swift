extension ModuleSources {
  /// `statistics`, after CPython 3.11's Lib/statistics.py: `mean`, `variance`, `pvariance` and `harmonic_mean` sum
  /// exactly with Fractions per denominator and convert once to the data's type; `stdev` and `pstdev` are the correctly
  /// rounded square root of that exact fraction (round-to-odd integer square root, then one rounding); `fmean` and
  /// `geometric_mean` use math.fsum, exp and log; the medians, `median_grouped`, `mode`, `multimode` and `quantiles`
  /// sort and count as CPython does. Decimals as CPython 3.11 treats them (exact ratios, results divided in the
  /// current context); NumPy data and the standard deviations of Decimals are refused, as are NormalDist, covariance,
  /// correlation and linear_regression (not written here).
  static let statistics = #"""
    import math
    import numpy as _np
    from fractions import Fraction
    from collections import Counter
    from bisect import bisect_left, bisect_right


    class StatisticsError(ValueError):
        pass


    def _exact_ratio(x):
        # The exact (numerator, denominator) of x; (x, None) for an infinity or a NaN.
        if isinstance(x, (_np.generic, _np.ndarray)):
            __docbuild_refuse__(f'statistics of a NumPy {type(x).__name__} is not supported in snippets')
        if isinstance(x, float):
            if math.isinf(x) or math.isnan(x):
                return (x, None)
            return x.as_integer_ratio()
        if isinstance(x, (int, Fraction)):
            return (x.numerator, x.denominator)
        if _is_decimal(x):
            # An infinity or a NaN stands for itself, as CPython's as_integer_ratio() fallback keeps it.
            if not x.is_finite():
                return (x, None)
            return x.as_integer_ratio()
        if type(x).__name__ in ('str', 'bytes', 'list', 'tuple', 'dict', 'set', 'NoneType', 'complex'):
            raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
        __docbuild_refuse__(f'statistics of a {type(x).__name__} is not supported in snippets')


    def _is_decimal(x):
        return type(x).__name__ == 'Decimal' and not isinstance(x, (str, float, complex)) and (
            type(x).__module__ == 'decimal')


    def _is_decimal_type(T):
        return T.__name__ == 'Decimal' and T not in (int, float, bool, str) and T.__module__ == 'decimal'


    def _coerce(T, S):
        # The common type of int, bool, float and Fraction data (the only types _exact_ratio lets through).
        if T is S:
            return T
        if S is int or S is bool:
            return T
        if T is int:
            return S
        if issubclass(S, T):
            return S
        if issubclass(T, S):
            return T
        if issubclass(T, int):
            return S
        if issubclass(S, int):
            return T
        if issubclass(T, Fraction) and issubclass(S, float):
            return S
        if issubclass(T, float) and issubclass(S, Fraction):
            return T
        raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


    def _result_type(types):
        T = int
        for S in types:
            T = _coerce(T, S)
        return T


    def _sum(data):
        # The exact sum as a Fraction (summed per denominator), the type to convert it to, and the count.
        count = 0
        types = []
        partials = {}
        for x in data:
            if type(x) not in types:
                types.append(type(x))
            n, d = _exact_ratio(x)
            count += 1
            partials[d] = partials.get(d, 0) + n
        if None in partials:
            total = partials[None]
        else:
            total = sum(Fraction(n, d) for d, n in partials.items())
        return (_result_type(types), total, count)


    def _ss(data, c=None):
        # The exact sum of squared deviations, the mean, the type and the count.
        if c is not None:
            T, ssd, count = _sum([(x - c) * (x - c) for x in data])
            return (T, ssd, c, count)
        count = 0
        types = []
        sx_partials = {}
        sxx_partials = {}
        for x in data:
            if type(x) not in types:
                types.append(type(x))
            n, d = _exact_ratio(x)
            count += 1
            sx_partials[d] = sx_partials.get(d, 0) + n
            sxx_partials[d] = sxx_partials.get(d, 0) + n * n
        if not count:
            ssd = c = Fraction(0)
        elif None in sx_partials:
            ssd = c = sx_partials[None]
        else:
            sx = sum(Fraction(n, d) for d, n in sx_partials.items())
            sxx = sum(Fraction(n, d * d) for d, n in sxx_partials.items())
            ssd = (count * sxx - sx * sx) / count
            c = sx / count
        return (_result_type(types), ssd, c, count)


    def _convert(value, T):
        if type(value) is T:
            return value
        if issubclass(T, int) and value.denominator != 1:
            T = float
        if _is_decimal_type(T):
            # Decimal takes no Fraction: CPython divides its numerator by its denominator in the current context.
            if _is_decimal(value):
                return value
            return T(value.numerator) / T(value.denominator)
        return T(value)


    def _integer_sqrt_of_frac_rto(n, m):
        # The square root of n/m rounded to an integer, to odd.
        a = math.isqrt(n // m)
        return a | (a * a * m != n)


    def _float_sqrt_of_frac(n, m):
        # The square root of n/m as the correctly rounded float (106 + 3 bits, rounded to odd, then one rounding).
        q = (n.bit_length() - m.bit_length() - 109) // 2
        if q >= 0:
            numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
            denominator = 1
        else:
            numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
            denominator = 1 << -q
        return numerator / denominator


    def _refuse_decimal_root(T, name):
        if _is_decimal_type(T):
            __docbuild_refuse__(f'statistics.{name} of Decimals (Decimal.next_plus) is not supported in snippets')


    def _data(data, name):
        if isinstance(data, (_np.ndarray, _np.generic)):
            __docbuild_refuse__(f'statistics.{name} of a NumPy array is not supported in snippets')
        return data


    def mean(data):
        T, total, n = _sum(_data(data, 'mean'))
        if n < 1:
            raise StatisticsError('mean requires at least one data point')
        return _convert(total / n, T)


    def fmean(data, weights=None):
        data = list(_data(data, 'fmean'))
        n = len(data)
        if weights is None:
            total = math.fsum(data)
            if not n:
                raise StatisticsError('fmean requires at least one data point')
            return total / n
        weights = list(weights)
        num = math.fsum([x * w for x, w in zip(data, weights)])
        if n != len(weights):
            raise StatisticsError('data and weights must be the same length')
        den = math.fsum(weights)
        if not den:
            raise StatisticsError('sum of weights must be non-zero')
        return num / den


    def geometric_mean(data):
        try:
            return math.exp(fmean([math.log(x) for x in _data(data, 'geometric_mean')]))
        except ValueError:
            raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


    def harmonic_mean(data, weights=None):
        data = list(_data(data, 'harmonic_mean'))
        errmsg = 'harmonic mean does not support negative values'
        n = len(data)
        if n < 1:
            raise StatisticsError('harmonic_mean requires at least one data point')
        elif n == 1 and weights is None:
            x = data[0]
            if isinstance(x, (int, float, Fraction)) or _is_decimal(x):
                if x < 0:
                    raise StatisticsError(errmsg)
                return x
            raise TypeError('unsupported type')
        if weights is None:
            weights = [1] * n
            sum_weights = n
        else:
            weights = list(weights)
            if len(weights) != n:
                raise StatisticsError('Number of weights does not match data size')
            for w in weights:
                if w < 0:
                    raise StatisticsError(errmsg)
            _, sum_weights, _ = _sum(weights)
        terms = []
        for w, x in zip(weights, data):
            if x < 0:
                raise StatisticsError(errmsg)
            if w:
                try:
                    terms.append(w / x)
                except ZeroDivisionError:
                    return 0
            else:
                terms.append(0)
        T, total, count = _sum(terms)
        if total <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return _convert(sum_weights / total, T)


    def median(data):
        data = sorted(_data(data, 'median'))
        n = len(data)
        if n == 0:
            raise StatisticsError('no median for empty data')
        if n % 2 == 1:
            return data[n // 2]
        i = n // 2
        return (data[i - 1] + data[i]) / 2


    def median_low(data):
        data = sorted(_data(data, 'median_low'))
        n = len(data)
        if n == 0:
            raise StatisticsError('no median for empty data')
        if n % 2 == 1:
            return data[n // 2]
        return data[n // 2 - 1]


    def median_high(data):
        data = sorted(_data(data, 'median_high'))
        n = len(data)
        if n == 0:
            raise StatisticsError('no median for empty data')
        return data[n // 2]


    def median_grouped(data, interval=1.0):
        data = sorted(_data(data, 'median_grouped'))
        n = len(data)
        if not n:
            raise StatisticsError('no median for empty data')
        x = data[n // 2]
        i = bisect_left(data, x)
        j = bisect_right(data, x, lo=i)
        try:
            interval = float(interval)
            x = float(x)
        except ValueError:
            raise TypeError('Value cannot be converted to a float')
        L = x - interval / 2.0
        cf = i
        f = j - i
        return L + interval * (n / 2 - cf) / f


    def mode(data):
        pairs = Counter(_data(data, 'mode')).most_common(1)
        if not pairs:
            raise StatisticsError('no mode for empty data')
        return pairs[0][0]


    def multimode(data):
        counts = Counter(_data(data, 'multimode'))
        if not counts:
            return []
        maxcount = max(counts.values())
        return [value for value, count in counts.items() if count == maxcount]


    def quantiles(data, *, n=4, method='exclusive'):
        if n < 1:
            raise StatisticsError('n must be at least 1')
        data = sorted(_data(data, 'quantiles'))
        ld = len(data)
        if ld < 2:
            raise StatisticsError('must have at least two data points')
        if method == 'inclusive':
            m = ld - 1
            result = []
            for i in range(1, n):
                j, delta = divmod(i * m, n)
                result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
            return result
        if method == 'exclusive':
            m = ld + 1
            result = []
            for i in range(1, n):
                j = i * m // n
                j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
                delta = i * m - j * n
                result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
            return result
        raise ValueError(f'Unknown method: {method!r}')


    def variance(data, xbar=None):
        T, ss, c, n = _ss(_data(data, 'variance'), xbar)
        if n < 2:
            raise StatisticsError('variance requires at least two data points')
        return _convert(ss / (n - 1), T)


    def pvariance(data, mu=None):
        T, ss, c, n = _ss(_data(data, 'pvariance'), mu)
        if n < 1:
            raise StatisticsError('pvariance requires at least one data point')
        return _convert(ss / n, T)


    def stdev(data, xbar=None):
        T, ss, c, n = _ss(_data(data, 'stdev'), xbar)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        mss = ss / (n - 1)
        _refuse_decimal_root(T, 'stdev')
        return _float_sqrt_of_frac(mss.numerator, mss.denominator)


    def pstdev(data, mu=None):
        T, ss, c, n = _ss(_data(data, 'pstdev'), mu)
        if n < 1:
            raise StatisticsError('pstdev requires at least one data point')
        mss = ss / n
        _refuse_decimal_root(T, 'pstdev')
        return _float_sqrt_of_frac(mss.numerator, mss.denominator)
    """#
}
