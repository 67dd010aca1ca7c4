#!/usr/bin/env python3
"""Writes elementary.json: for each elementary function, inputs over its whole float64 domain and its hard regions,
the correctly rounded result (mpmath at two high precisions that must agree), how far the exact value lies from it
(in ulps of the rounded result), and NumPy's own result for the same inputs. Values are hex bit patterns. Rerun
from the repository root; the output is byte-identical (seeded inputs, exact arithmetic), except NumPy's column on a
CPU where NumPy dispatches other SIMD loops (it was written on an AVX-512 machine); the tests only report that
column, never assert it."""

import json
import math
import os
import random
import struct

import mpmath
import numpy as np
from mpmath import mp, mpf

OUT = os.path.join("Tests", "TensorCoreTests", "Fixtures", "elementary.json")
RANDOM_CASES = 1300
MAX_DOUBLE = 1.7976931348623157e308
SPECIALS = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
            -2.2250738585072014e-308, MAX_DOUBLE, -MAX_DOUBLE, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0,
            1e-300, -1e-300, 1e300, -1e300, 0.25, 10.0]


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def hexbits(x):
    return f"{bits(x):016x}"


def ulp(d):
    """The spacing of doubles at |d| (2^-1074 for subnormals and zero)."""
    if d == 0 or abs(d) < 2.2250738585072014e-308:
        return mpf(2) ** -1074
    return mpf(2) ** (math.frexp(abs(d))[1] - 53)


def nearest(v):
    """(v rounded to the nearest double, ties to even; (v - it) / ulp(it)) for a real mpf v."""
    if abs(v) >= mpf(2) ** 1024 - mpf(2) ** 970:
        return (math.inf if v > 0 else -math.inf), 0.0
    d = float(v)
    d = max(-MAX_DOUBLE, min(MAX_DOUBLE, d))
    best = None
    for c in (math.nextafter(d, -math.inf), d, math.nextafter(d, math.inf)):
        dist = abs(mpf(c) - v)
        if best is None or dist < best[0] or (dist == best[0] and bits(c) % 2 == 0):
            best = (dist, c)
    c = best[1]
    if c == 0 and v < 0:
        c = -0.0
    return c, float((v - mpf(c)) / ulp(c))


def reference(name, args):
    """The correctly rounded result and the fraction, or (value, 0) for special and exact results."""
    exact = SPECIAL_RESULT[name](*args)
    if exact is not None:
        return exact, 0.0
    precision = 320
    if name in ("sin", "cos", "tan"):
        precision += max(0, math.frexp(abs(args[0]))[1])
    results = []
    for p in (precision, precision + 160):
        with mp.workprec(p):
            v = MP[name](*[mpf(a) for a in args])
            results.append(nearest(v))
    (c1, f1), (c2, f2) = results
    assert bits(c1) == bits(c2) and abs(f1 - f2) < 1e-6, (name, args, results)
    return c2, f2


def nonfinite(*args):
    return any(not math.isfinite(a) for a in args)


def special_result(np_function):
    """NumPy's result where an input is not finite or zero: C99's special values, the same in every libm."""
    def rule(*args):
        if nonfinite(*args) or any(a == 0 for a in args):
            return elementwise(np_function, *args)
        return None
    return rule


def elementwise(np_function, *args):
    """NumPy's element-wise loop on one element (arrays of two, so no scalar fast path such as power's sqrt for 0.5,
    which gives pow(-0, 0.5) = -0 where C99 says +0)."""
    with np.errstate(all="ignore"):
        return float(np_function(*[np.array([a, a], dtype=np.float64) for a in args])[0])


def pow_rule(x, y):
    if nonfinite(x, y) or x == 0 or y == 0 or x == 1:
        return elementwise(np.power, x, y)
    if x < 0 and y != math.floor(y):
        return math.nan
    return None


def domain_rule(lo, hi, open_low=False, open_high=False):
    """NaN outside [lo, hi] (C99's invalid operation), else the special-value rule."""
    def rule(np_function):
        base = special_result(np_function)

        def check(x):
            if not math.isnan(x) and (x < lo or x > hi or (open_low and x == lo) or (open_high and x == hi)):
                return elementwise(np_function, x)
            return base(x)
        return check
    return rule


def mp_pow(x, y):
    if x < 0:
        return (-1) ** int(y) * mp.power(-x, y)
    return mp.power(x, y)


def mp_atan2(y, x):
    return mp.atan2(y, x)


MP = {
    "exp": mp.exp, "expm1": mp.expm1, "exp2": lambda x: mp.power(2, x), "log": mp.log, "log1p": mp.log1p,
    "log2": lambda x: mp.log(x, 2), "log10": mp.log10, "pow": mp_pow, "tanh": mp.tanh, "sinh": mp.sinh,
    "cosh": mp.cosh, "sin": mp.sin, "cos": mp.cos, "tan": mp.tan, "asin": mp.asin, "acos": mp.acos,
    "atan": mp.atan, "asinh": mp.asinh, "acosh": mp.acosh, "atanh": mp.atanh, "hypot": mp.hypot,
    "atan2": mp_atan2,
}

NP = {
    "exp": np.exp, "expm1": np.expm1, "exp2": np.exp2, "log": np.log, "log1p": np.log1p, "log2": np.log2,
    "log10": np.log10, "pow": np.power, "tanh": np.tanh, "sinh": np.sinh, "cosh": np.cosh, "sin": np.sin,
    "cos": np.cos, "tan": np.tan, "asin": np.arcsin, "acos": np.arccos, "atan": np.arctan, "asinh": np.arcsinh,
    "acosh": np.arccosh, "atanh": np.arctanh, "hypot": np.hypot, "atan2": np.arctan2,
}

SPECIAL_RESULT = {name: special_result(f) for name, f in NP.items()}
SPECIAL_RESULT["pow"] = pow_rule
SPECIAL_RESULT["log"] = domain_rule(0, math.inf)(np.log)
SPECIAL_RESULT["log2"] = domain_rule(0, math.inf)(np.log2)
SPECIAL_RESULT["log10"] = domain_rule(0, math.inf)(np.log10)
SPECIAL_RESULT["log1p"] = domain_rule(-1, math.inf, open_low=True)(np.log1p)
SPECIAL_RESULT["asin"] = domain_rule(-1, 1)(np.arcsin)
SPECIAL_RESULT["acos"] = domain_rule(-1, 1)(np.arccos)
SPECIAL_RESULT["acosh"] = domain_rule(1, math.inf, open_low=True)(np.arccosh)
SPECIAL_RESULT["atanh"] = domain_rule(-1, 1, open_low=True, open_high=True)(np.arctanh)
_acosh = SPECIAL_RESULT["acosh"]
SPECIAL_RESULT["acosh"] = lambda x: 0.0 if x == 1 else _acosh(x)


def any_double(rng):
    while True:
        x = from_bits(rng.getrandbits(64))
        if not math.isnan(x) and not math.isinf(x):
            return x


def neighbours(x, count):
    out = [x]
    up = down = x
    for _ in range(count):
        up = math.nextafter(up, math.inf)
        down = math.nextafter(down, -math.inf)
        out += [up, down]
    return out


def in_domain(name, x):
    if name in ("log", "log2", "log10"):
        return x > 0
    if name == "log1p":
        return x > -1
    if name in ("asin", "acos", "atanh"):
        return -1 < x < 1
    if name == "acosh":
        return x > 1
    return True


def unary_inputs(name, rng):
    xs = list(SPECIALS)
    u = rng.uniform
    bound = {"exp": 745.2, "expm1": 745.2, "exp2": 1075.5, "tanh": 25.0, "sinh": 711.0, "cosh": 711.0}
    for _ in range(RANDOM_CASES // 2):
        # Half over every double of the domain (uniform bits), half uniform over the range that matters.
        x = any_double(rng)
        while not in_domain(name, x):
            x = any_double(rng)
        xs.append(x)
    for _ in range(RANDOM_CASES // 2):
        if name in bound:
            xs.append(u(-bound[name], bound[name]))
        elif name in ("asin", "acos", "atanh"):
            xs.append(u(-1, 1))
        elif name in ("sin", "cos", "tan"):
            xs.append(u(-20, 20) if rng.random() < 0.5 else u(-1e6, 1e6))
        elif name == "acosh":
            xs.append(1 + math.ldexp(rng.random(), rng.randint(-60, 10)))
        elif name == "log1p":
            xs.append(u(-1, 4))
        else:
            xs.append(math.ldexp(rng.random(), rng.randint(-10, 10)) * rng.choice((1, -1) if name in (
                "atan", "asinh") else (1,)))
    hard = []
    tiny = [math.ldexp(rng.random() + 0.5, rng.randint(-1074, -20)) * rng.choice((1, -1)) for _ in range(120)]
    if name in ("exp", "expm1"):
        hard += neighbours(709.782712893384, 20) + neighbours(-708.3964185322641, 20)
        hard += neighbours(-745.1332191019411, 20) + neighbours(-744.4400719213812, 10) + tiny
        hard += [u(-1e-3, 1e-3) for _ in range(100)] + [u(-40, -35) for _ in range(40)]
    if name == "exp2":
        hard += neighbours(1024.0, 10) + neighbours(-1022.0, 10) + neighbours(-1074.0, 10) + neighbours(-1075.0, 10)
        hard += [float(rng.randint(-1080, 1030)) for _ in range(60)] + [rng.randint(-2000, 2000) / 8 for _ in
                                                                         range(60)] + tiny
    if name in ("log", "log2", "log10", "log1p"):
        base = -1.0 if name == "log1p" else 0.0
        hard += [1.0 + base + math.ldexp(u(-1, 1), rng.randint(-60, -1)) for _ in range(200)]
        hard += [v + base for v in neighbours(1.0, 20)]
        hard += [math.ldexp(1.0, rng.randint(-1074, 1023)) for _ in range(60)]
        hard += [float(10 ** rng.randint(0, 22)) for _ in range(20)] + [10.0 ** -rng.randint(1, 300) for _ in
                                                                          range(20)]
        hard += [abs(t) for t in tiny]
        if name == "log1p":
            hard += [-1 + math.ldexp(rng.random(), rng.randint(-53, -1)) for _ in range(60)] + tiny
    if name in ("tanh", "sinh", "cosh", "asinh", "atan", "sin", "tan", "atanh", "asin"):
        hard += tiny + [math.ldexp(u(0.5, 1), rng.randint(-30, -24)) * rng.choice((1, -1)) for _ in range(60)]
    if name in ("sinh", "cosh"):
        hard += neighbours(710.4758600739439, 20) + neighbours(-710.4758600739439, 10) + neighbours(40.0, 5)
    if name == "tanh":
        hard += neighbours(22.0, 5) + [u(18, 23) for _ in range(40)]
    if name in ("sin", "cos", "tan"):
        for _ in range(150):
            k = rng.randint(1, 1 << rng.choice((4, 10, 19, 30, 52)))
            c = float(mpmath.mpf(k) * mp.pi / 2)
            hard += [c, math.nextafter(c, math.inf)]
        hard += neighbours(6381956970095103 * 2.0 ** 797, 3) + neighbours(2.0 ** 19, 4) + [1e22, 1e300, -1e300]
        hard += neighbours(0.7853981633974483, 4) + [math.ldexp(rng.random(), rng.randint(0, 1023)) for _ in
                                                     range(100)]
    if name in ("asin", "acos", "atanh"):
        hard += [1 - math.ldexp(rng.random(), rng.randint(-53, -2)) for _ in range(80)]
        hard += [-1 + math.ldexp(rng.random(), rng.randint(-53, -2)) for _ in range(40)]
        hard += neighbours(0.5, 5) + neighbours(-0.5, 5)
    if name == "acosh":
        hard += [v for v in neighbours(1.0, 30) if v > 1] + neighbours(2.0 ** 32, 4) + [
            1 + math.ldexp(rng.random(), rng.randint(-52, -20)) for _ in range(80)]
    if name in ("asinh", "atan"):
        hard += neighbours(2.0 ** 32, 4) + neighbours(2.0 ** 54, 4) + neighbours(1.0, 5) + neighbours(-1.0, 5)
    return xs + hard


def binary_inputs(name, rng):
    pairs = [(a, b) for a in SPECIALS for b in SPECIALS]
    u = rng.uniform
    for _ in range(RANDOM_CASES // 2):
        pairs.append((any_double(rng), any_double(rng)))
    if name == "pow":
        for _ in range(RANDOM_CASES // 2):
            pairs.append((math.ldexp(rng.random(), rng.randint(-5, 5)), u(-60, 60)))
        for _ in range(150):
            pairs.append((1 + math.ldexp(u(-1, 1), rng.randint(-52, -10)), u(-1e9, 1e9)))
        for _ in range(100):
            pairs.append((-u(0.1, 10), float(rng.randint(-200, 200))))
        for _ in range(100):
            x = math.ldexp(rng.random() + 0.5, rng.randint(-20, 20))
            target = rng.choice((709.5, 709.78, -708.3, -744.5, -745.1, 100.0))
            pairs.append((x, target / math.log(x) if x != 1 else 1.0))
        pairs += [(float(b), float(e)) for b in (2, 3, 5, 10, 7) for e in range(-30, 31, 3)]
        pairs += [(u(0, 100), y) for y in (0.5, 2.0, -1.0, 1.0, 3.0, -2.0, 0.25) for _ in range(10)]
        pairs += [(-u(0, 100), y) for y in (0.5, 2.0, -1.0, 3.0, -3.0) for _ in range(10)]
    else:
        for _ in range(RANDOM_CASES // 2):
            pairs.append((u(-10, 10), u(-10, 10)))
        for _ in range(200):
            a = math.ldexp(rng.random(), rng.randint(-1074, 1023)) * rng.choice((1, -1))
            b = math.ldexp(rng.random(), rng.randint(-1074, 1023)) * rng.choice((1, -1))
            pairs.append((a, b))
        for _ in range(100):
            a = u(0.5, 1) * rng.choice((1, -1))
            g = rng.randint(55, 66)
            pairs.append((a, math.ldexp(u(0.5, 1), -g) * rng.choice((1, -1))))
            pairs.append((math.ldexp(u(0.5, 1), -g), a))
        for _ in range(60):
            a = math.ldexp(rng.random(), -1074 + rng.randint(0, 60))
            pairs.append((a, math.ldexp(rng.random(), -1074 + rng.randint(0, 60))))
            pairs.append((math.ldexp(rng.random(), 1020 + rng.randint(0, 3)), math.ldexp(rng.random(), 1023)))
    return pairs


FUNCTIONS = ["exp", "expm1", "exp2", "log", "log1p", "log2", "log10", "pow", "tanh", "sinh", "cosh", "sin", "cos",
             "tan", "asin", "acos", "atan", "asinh", "acosh", "atanh", "hypot", "atan2"]
BINARY = {"pow", "hypot", "atan2"}


def main():
    out = {"numpy": np.__version__, "mpmath": mpmath.__version__,
           "columns": "inputs (hex bits), correctly rounded result, (exact - it) / ulp(it), NumPy's result",
           "functions": {}}
    for index, name in enumerate(FUNCTIONS):
        rng = random.Random(1000 + index)
        if name in BINARY:
            cases = binary_inputs(name, rng)
        else:
            cases = [(x,) for x in unary_inputs(name, rng)]
        seen = set()
        unique = []
        for c in cases:
            key = tuple(bits(a) for a in c)
            if key not in seen:
                seen.add(key)
                unique.append(c)
        columns = [np.array([c[i] for c in unique], dtype=np.float64) for i in range(len(unique[0]))]
        with np.errstate(all="ignore"):
            numpy_results = NP[name](*columns)
        rows = []
        for c, npr in zip(unique, numpy_results):
            cr, frac = reference(name, c)
            rows.append([hexbits(a) for a in c] + [hexbits(cr), f"{frac:.4f}", hexbits(float(npr))])
        out["functions"][name] = rows
    with open(OUT, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
