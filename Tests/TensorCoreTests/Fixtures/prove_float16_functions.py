"""Proves which float16 results of NumPy's float functions are the same on every NumPy build, and writes the table.

Run with NumPy 2.4 and mpmath: `python3 prove_float16_functions.py > float16_proof.txt` (a few minutes; the
output is deterministic, so a rerun is byte-identical).

NumPy computes a float function of a half x as round_half(F(x)), where F is a float32 kernel: Intel's SVML on
x86-64 Linux machines with AVX-512 (contiguous arrays, loops_half.dispatch.c.src), the C library's float32 function
elsewhere and for strided arrays (`npy_sinf`, …), and IEEE's correctly rounded `sqrtf` for `np.sqrt`. Different
builds give different F, but each is within a few float32 ulps of the exact value f(x):

- NumPy's own accuracy tests allow at most 4 ulps against the correctly rounded float32 value for every one of these
  functions (numpy/_core/tests/data/umath-validation-set-*.csv, column `ulperror`, checked by
  test_umath_accuracy.py on SVML and non-SVML builds), so |F(x) - f(x)| <= 4.5 ulps;
- glibc's manual tabulates the known errors of its libm ("Known Maximum Errors in Math Functions",
  https://sourceware.org/glibc/manual/2.42/html_node/Errors-in-Math-Functions.html), and its test suite refuses to
  record any float error above 9 ulps (libm-test.inc's sanity check, "Automatically check sanity of ulps from libm
  tests", libc-alpha, March 2014); P. Zimmermann's exhaustive single-precision measurements of several C libraries
  are in "Accuracy of Mathematical Functions in Single, Double, Extended Double and Quadruple Precision"
  (hal-03141101).

The script assumes ASSUMED_ERROR_ULPS = 9.5 (glibc's ceiling plus the float32 rounding, more than twice NumPy's
bound), and reports the largest error it sees, on the halves, of this machine's glibc float32 function and of
NumPy's float32 ufunc (SVML or NumPy's own SIMD kernels). For every finite half x it computes f(x) with mpmath to 96 bits and its distance to the nearest float16
rounding boundary (a midpoint between two adjacent halves, 65520 for overflow), in ulps of the correctly rounded
float32 value. Where the distance exceeds the assumed error, every F within it lands strictly on the same side, so
every NumPy build prints round_half(f(x)), which docbuild computes (its float64 functions are within a few float64
ulps, 2^-29 float32 ulps, of f). Inputs at or inside the bound are refused by docbuild, per element. NaN, infinite and
zero results are the same on every build (IEEE special cases) and are checked against this machine's NumPy.

The table checks both of this machine's NumPy paths (SVML on contiguous arrays, glibc on strided ones) against
round_half(f(x)) on every accepted input, and shows what they give on the refused ones.
"""

import bisect
import ctypes
import json
import math
import multiprocessing
import random
import struct
import sys
import warnings

import mpmath
import numpy as np

ASSUMED_ERROR_ULPS = 9.5
# sqrtf is correctly rounded everywhere (IEEE 754 requires it): its error is the float32 rounding alone.
ERROR_ULPS = {"sqrt": 0.5}
mpmath.mp.prec = 96
mpf = mpmath.mpf

# name -> (mpmath function on an exact input, or None where the result is special, as a callable returning a Python
# float for special values: nan, inf or a signed zero).
TWO = mpf(2)


def exact(name, x):
    """f(x) for a finite half x (a Python float): an mpf, or a float for NaN, infinities and signed zeros."""
    v = mpf(x)
    zero_keeps_sign = name in ("sin", "tan", "arcsin", "arctan", "sinh", "tanh", "arcsinh", "arctanh", "expm1",
                               "log1p", "cbrt", "sqrt")
    if x == 0 and zero_keeps_sign:
        return x  # signed zero in, same zero out
    if name == "exp":
        return mpmath.exp(v)
    if name == "exp2":
        return mpmath.power(TWO, v)
    if name == "expm1":
        return mpmath.expm1(v)
    if name in ("log", "log2", "log10"):
        if x < 0:
            return float("nan")
        if x == 0:
            return float("-inf")
        return {"log": mpmath.log, "log2": lambda t: mpmath.log(t, 2), "log10": mpmath.log10}[name](v)
    if name == "log1p":
        if x < -1:
            return float("nan")
        if x == -1:
            return float("-inf")
        return mpmath.log1p(v)
    if name == "sin":
        return mpmath.sin(v)
    if name == "cos":
        return mpmath.cos(v)
    if name == "tan":
        return mpmath.tan(v)
    if name in ("arcsin", "arccos"):
        if abs(x) > 1:
            return float("nan")
        return mpmath.asin(v) if name == "arcsin" else mpmath.acos(v)
    if name == "arctan":
        return mpmath.atan(v)
    if name == "sinh":
        return mpmath.sinh(v)
    if name == "cosh":
        return mpmath.cosh(v)
    if name == "tanh":
        return mpmath.tanh(v)
    if name == "arcsinh":
        return mpmath.asinh(v)
    if name == "arccosh":
        if x < 1:
            return float("nan")
        return mpmath.acosh(v)
    if name == "arctanh":
        if abs(x) > 1:
            return float("nan")
        if abs(x) == 1:
            return float("inf") if x > 0 else float("-inf")
        return mpmath.atanh(v)
    if name == "cbrt":
        return mpmath.cbrt(v) if x > 0 else -mpmath.cbrt(-v)
    if name == "sqrt":
        if x < 0:
            return float("nan")
        return mpmath.sqrt(v)
    raise ValueError(name)


# The float16 functions whose NumPy loop is a float32 kernel rounded to half. The four angle conversions are one
# float32 multiplication (no kernel choice) and are checked by make_float16_ufunc_fixtures.py instead.
FUNCTIONS = ["exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos",
             "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "cbrt", "sqrt"]

def all_finite_halves():
    halves = np.arange(65536, dtype=np.uint32).astype(np.uint16).view(np.float16)
    return halves[np.isfinite(halves)]


def float32_ulp(magnitude):
    """The ulp of the correctly rounded float32 of a positive mpf below 2^128."""
    rounded = struct.unpack("<f", struct.pack("<f", float(magnitude)))[0]
    if rounded < 2.0 ** -126:
        return mpf(2) ** -149
    return mpf(2) ** (math.frexp(rounded)[1] - 24)


# The float16 rounding boundaries of non-negative values, increasing: the midpoints between adjacent non-negative
# halves (and between 0 and the smallest subnormal), then 65520, past which values round to infinity. Each is a
# double exactly.
_POSITIVE_HALVES = [float(h) for h in np.arange(0, 0x7C00, dtype=np.uint16).view(np.float16)]
BOUNDARIES = [-2.0 ** -25] + [(a + b) / 2 for a, b in zip(_POSITIVE_HALVES, _POSITIVE_HALVES[1:])] + [65520.0]


def margin_ulps(y):
    """Distance from y to the nearest float16 rounding boundary in float32 ulps, or None for a special value."""
    if isinstance(y, float):
        return None
    magnitude = abs(y)
    if magnitude >= mpf(2) ** 17:
        return mpf(2) ** 100  # far past the overflow boundary: every float32 near it rounds to infinity
    # float(magnitude) is within 2^-53 of it: the boundaries found around it are the ones around the magnitude, or,
    # when it is that close to a boundary, a neighbouring pair that gives a distance at most 2^-53 too large,
    # far inside the refusal bound either way.
    index = bisect.bisect_right(BOUNDARIES, float(magnitude))
    lower = mpf(BOUNDARIES[index - 1])
    distance = magnitude - lower if index == len(BOUNDARIES) else min(magnitude - lower, mpf(BOUNDARIES[index]) - magnitude)
    return distance / float32_ulp(magnitude)


def round_half(y):
    """round_half(y): the half nearest to the exact value (ties cannot occur outside the refused inputs)."""
    if isinstance(y, float):
        return np.float16(y)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.float16(float(y))


def same(a, b):
    return (np.isnan(a) and np.isnan(b)) or (a == b and np.signbit(a) == np.signbit(b))


GLIBC = {"exp": "expf", "exp2": "exp2f", "expm1": "expm1f", "log": "logf", "log2": "log2f", "log10": "log10f",
         "log1p": "log1pf", "sin": "sinf", "cos": "cosf", "tan": "tanf", "arcsin": "asinf", "arccos": "acosf",
         "arctan": "atanf", "sinh": "sinhf", "cosh": "coshf", "tanh": "tanhf", "arcsinh": "asinhf",
         "arccosh": "acoshf", "arctanh": "atanhf", "cbrt": "cbrtf", "sqrt": "sqrtf"}


def float32_error(value, y):
    """|value - y| in float32 ulps of y, for a finite float32 `value` and a finite mpf y (0 when value is not
    finite or y is special: those cases are compared as halves)."""
    if isinstance(y, float) or not math.isfinite(value) or abs(y) >= mpf(2) ** 128:
        return 0
    return abs(mpf(value) - y) / float32_ulp(abs(y))


def check(name):
    """One table row and the refused inputs of one function."""
    finite = all_finite_halves()
    bits = finite.view(np.uint16)
    bound = ERROR_ULPS.get(name, ASSUMED_ERROR_ULPS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        contiguous = getattr(np, name)(finite)
        strided = getattr(np, name)(np.repeat(finite, 2)[::2])
    glibc = getattr(ctypes.CDLL("libm.so.6"), GLIBC[name])
    glibc.restype, glibc.argtypes = ctypes.c_float, [ctypes.c_float]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        numpy_float32 = getattr(np, name)(finite.astype(np.float32))
    glibc_worst, numpy_worst = mpf(0), mpf(0)
    closest, refused, special = None, [], 0
    contiguous_bad, strided_bad, refused_contiguous_ok, refused_strided_ok = 0, 0, 0, 0
    for i, x in enumerate(float(h) for h in finite):
        y = exact(name, x)
        glibc_worst = max(glibc_worst, float32_error(glibc(x), y))
        numpy_worst = max(numpy_worst, float32_error(float(numpy_float32[i]), y))
        margin = margin_ulps(y)
        expected = round_half(y)
        if margin is None:
            special += 1
        elif margin <= bound:
            refused.append(int(bits[i]))
            refused_contiguous_ok += same(contiguous[i], expected)
            refused_strided_ok += same(strided[i], expected)
            continue
        elif closest is None or margin < closest:
            closest = margin
        contiguous_bad += not same(contiguous[i], expected)
        strided_bad += not same(strided[i], expected)
    assert glibc_worst < bound and numpy_worst < bound, f"{name}: a float32 kernel here exceeds the assumed bound"
    print(f"{name}: done", file=sys.stderr)
    shown = "none" if closest is None else mpmath.nstr(closest, 6)
    row = (name, bound, len(finite), special, shown, len(refused), refused_contiguous_ok, refused_strided_ok,
           contiguous_bad, strided_bad, mpmath.nstr(glibc_worst, 3), mpmath.nstr(numpy_worst, 3))
    return row, refused


def kernel_margins(values):
    """margin_ulps for float64 values (arrays), vectorized; +inf for the special values. A float64 within a few
    float64 ulps of the exact result gives its margin to within 2^-26 float32 ulps."""
    magnitude = np.abs(values)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        special = ~np.isfinite(magnitude) | (magnitude == 0) | (magnitude >= 2.0 ** 17)
        nearest = np.where(special, 1.0, magnitude).astype(np.float16)
        pattern = nearest.view(np.uint16).astype(np.int32)
        finite = np.isfinite(nearest)
        below = np.where(pattern > 0, np.clip(pattern - 1, 0, 0x7BFF).astype(np.uint16).view(np.float16)
                         .astype(np.float64), -2.0 ** -24)
        above = np.where(pattern < 0x7BFF, np.clip(pattern + 1, 0, 0x7BFF).astype(np.uint16).view(np.float16)
                         .astype(np.float64), 65536.0)
        here = nearest.astype(np.float64)
        lower = np.where(finite, (here + below) / 2, 65520.0)
        upper = np.where(finite, (here + above) / 2, np.inf)
        distance = np.minimum(magnitude - lower, upper - magnitude)
        ulp = np.spacing(np.where(special, 1.0, magnitude).astype(np.float32)).astype(np.float64)
        return np.where(special, np.inf, distance / ulp)


def power_rows(exponent_indices):
    """For exponents `exponent_indices` (indices into the finite halves) and every finite half base: the closest
    accepted margin, refused pairs, refused pairs this machine's NumPy rounds as the exact value, and accepted pairs
    where it does not (must be 0)."""
    finite = all_finite_halves()
    bases = finite.astype(np.float64)
    closest, refused, refused_ok, wrong = np.inf, 0, 0, 0
    for index in exponent_indices:
        exponent16 = np.full(len(finite), finite[index])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exact = np.power(bases, exponent16.astype(np.float64))
            numpy_half = np.power(finite, exponent16)
            expected = exact.astype(np.float16)
        margins = kernel_margins(exact)
        agree = (numpy_half == expected) & (np.signbit(numpy_half) == np.signbit(expected))
        agree |= np.isnan(numpy_half) & np.isnan(expected)
        near = margins <= ASSUMED_ERROR_ULPS + 2.0 ** -20
        refused += int(near.sum())
        refused_ok += int((near & agree).sum())
        wrong += int((~near & ~agree).sum())
        accepted = margins[~near]
        if accepted.size:
            closest = min(closest, float(accepted.min()))
    return closest, refused, refused_ok, wrong


# Exponents for the power check: the ones tutorials write, and seeded random halves.
POWER_EXPONENTS = [-3.0, -2.0, -1.5, -1.0, -0.5, 0.0, 1 / 3, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 10.0]
POWER_RANDOM_EXPONENTS = 496


def prove_power(pool):
    """float16 ** float16 (powf rounded to half, NumPy's loop and scalar path) for every finite half base against
    POWER_EXPONENTS and POWER_RANDOM_EXPONENTS seeded random finite halves (all 4.03e9 pairs take hours on this
    machine). docbuild checks the proof's condition itself on each pair at run time (from its float64 pow), so this
    sample confirms this machine's NumPy; it is not what makes the rule sound."""
    finite = all_finite_halves()
    patterns = finite.view(np.uint16)
    wanted = {int(np.float16(e).view(np.uint16)) for e in POWER_EXPONENTS}
    chosen = [i for i, p in enumerate(patterns) if int(p) in wanted]
    chosen += sorted(random.Random(20261201).sample(range(len(finite)), POWER_RANDOM_EXPONENTS))
    chunks = [chosen[start:start + 64] for start in range(0, len(chosen), 64)]
    parts = pool.map(power_rows, chunks, chunksize=1)
    closest = min(part[0] for part in parts)
    refused = sum(part[1] for part in parts)
    refused_ok = sum(part[2] for part in parts)
    wrong = sum(part[3] for part in parts)
    print("power: done", file=sys.stderr)
    pairs = len(chosen) * len(finite)
    return ("power", ASSUMED_ERROR_ULPS, pairs, "-", f"{closest:.6g}", refused, "-", refused_ok, "-", wrong, "-", "-")


def main():
    with multiprocessing.Pool(2) as pool:
        results = pool.map(check, FUNCTIONS, chunksize=1)
        power = prove_power(pool)
    print(f"# float16 functions: NumPy {np.__version__}, mpmath {mpmath.__version__} at {mpmath.mp.prec} bits")
    print("# bound: the float32 error assumed of every kernel, in ulps; margin: the distance from f(x) to the nearest "
          "float16 rounding boundary, in float32 ulps; refused: inputs with margin <= bound")
    print("# svml/glibc wrong: accepted inputs where this machine's contiguous (SVML) or strided (glibc) result "
          "differs from round_half(f(x)) (must be 0)")
    print("# refused svml/glibc = exact: refused inputs this machine's paths still round to round_half(f(x))")
    print("# f32 max error: the largest error, in float32 ulps of f(x), of glibc's float32 function (ctypes) and of "
          "NumPy's float32 ufunc on this machine, over the finite halves (must stay below the bound)")
    header = ("function", "bound", "inputs", "special", "closest accepted margin", "refused", "refused svml = exact",
              "refused glibc = exact", "svml wrong", "glibc wrong", "glibc f32 max error", "numpy f32 max error")
    print(" | ".join(header))
    for row, _ in results:
        print(" | ".join(str(cell) for cell in row))
    print(" | ".join(str(cell) for cell in power))
    print("# power: every finite half base against 512 exponents (16 common ones, 496 seeded random halves), exact "
          "values from float64 pow (within 4 float64 ulps); NumPy's float16 power is C's powf on every path, so only "
          "the glibc columns apply")
    print("# refused inputs (float16 bit patterns)")
    print(json.dumps({name: refused for name, (_, refused) in zip(FUNCTIONS, results)}))
    assert all(row[8] == 0 and row[9] == 0 for row, _ in results), "a NumPy path differs from round_half(f(x))"
    assert power[9] == 0, "NumPy's float16 power differs from round_half(x ** y)"


if __name__ == "__main__":
    main()
