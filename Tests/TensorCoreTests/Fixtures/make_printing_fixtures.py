#!/usr/bin/env python3
"""Writes printing.json and random.json beside this script from NumPy itself (the reference).

Run by hand with NumPy 2.x (made with numpy 2.4.6): `python3 make_printing_fixtures.py`. Every input comes from fixed
seeds and the JSON is written with sorted keys, so rerunning rewrites both files byte for byte.

printing.json
  cases: arrays and scalars with NumPy's repr and str. `values` are strings: float.hex for float64 (so every bit
  survives, nan/inf included), decimal for int64, "1"/"0" for bool; `scalar` marks NumPy scalars (np.float64(…)).
  python_float_repr: doubles (as float.hex) with Python's repr(float).
  python_shape_repr: shapes with Python's repr of the tuple.
  dtype_text: repr and str of each dtype object.
random.json
  sequences: calls on NumPy's legacy global RandomState (np.random.seed/rand/randn) and the float.hex of every value
  they returned; `shape` [] stands for the no-argument call, which returns a Python float.
  errors: calls NumPy rejects, with the exception line it raises.
"""

import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261126)
cases = []


def encode(array):
    flat = np.asarray(array).reshape(-1)
    if flat.dtype == np.bool_:
        return ["1" if v else "0" for v in flat]
    if flat.dtype == np.int64:
        return [str(int(v)) for v in flat]
    return [float(v).hex() for v in flat]


def add(kind, value):
    """Records one array (np.ndarray) or NumPy scalar (np.generic)."""
    is_scalar = isinstance(value, np.generic)
    array = np.asarray(value)
    assert array.dtype in (np.float64, np.int64, np.bool_), array.dtype
    cases.append({
        "id": f"{kind}-{len(cases):04d}",
        "dtype": str(array.dtype),
        "shape": list(array.shape),
        "values": encode(array),
        "scalar": is_scalar,
        "repr": repr(value),
        "str": str(value),
    })


def magnitudes(size, low_exp, high_exp, negative_share=0.3, digits=None):
    """Random doubles with log-uniform magnitude in [10**low_exp, 10**high_exp)."""
    exps = rng.uniform(low_exp, high_exp, size)
    values = 10.0 ** exps
    if digits is not None:
        values = np.array([float(f"{v:.{digits}g}") for v in values])
    signs = np.where(rng.random(size) < negative_share, -1.0, 1.0)
    return values * signs


def random_shape(ndim, max_extent):
    return tuple(int(n) for n in rng.integers(1, max_extent + 1, ndim))


SPECIAL_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.5, 0.25, 0.125, 2.675, 1e-5, 1e-4, 0.0001000001, 9.999e-5, 123456789.0, 0.1 + 0.2,
    1 / 3, 2 / 3, 1e8, 99999999.0, 99999999.5, 1e16, 9999999999999998.0, 1e22, 1e23, 1e100, 1e-100, 1.5e-300,
    5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.pi, math.e, 6.0, 100.0, 1000.0, 1234.5678,
    0.30000000000000004, 0.1, 0.7, 1.05, 2.5, 3.5, 0.015625, 1e15, 1.25e-7, 4.35, 0.45, 1.000000005, 9.9999999,
    99.999999995, 0.999999995, 0.000123456789, 12345.678912345, float("nan"), float("inf"), float("-inf"),
]


def python_float_cases():
    values = list(SPECIAL_FLOATS)
    values += list(magnitudes(150, -12, 22, 0.3))
    values += list(magnitudes(60, -320, 308, 0.3))
    values += list(magnitudes(60, -6, 18, 0.3, digits=3))
    values += [float(np.nextafter(v, np.inf)) for v in (1e16, 1e-4, 0.1, 1.0, 1e23)]
    values += [float(np.nextafter(v, -np.inf)) for v in (1e16, 1e-4, 0.1, 1.0, 1e23)]
    return [{"value": float(v).hex(), "repr": repr(float(v))} for v in values]


def printing_cases():
    # The SPEC's own examples.
    add("spec", np.array([[0.5, 0.25]]))
    add("spec", np.ones((1, 3)))
    add("spec", np.array([True, False]))
    add("spec", np.zeros((0, 3)))
    add("spec", np.float64(6.0))
    add("spec", np.int64(3))
    add("spec", np.array(6.0))
    add("spec", np.arange(24.0).reshape(4, 2, 3))

    # Scalars of every kind, and 0-d arrays of the same values.
    for v in SPECIAL_FLOATS + list(magnitudes(40, -10, 20, 0.4)):
        add("float-scalar", np.float64(v))
    for v in SPECIAL_FLOATS[::2] + list(magnitudes(20, -10, 20, 0.4)):
        add("float-0d", np.array(v))
    for v in [0, 3, -7, 42, 10**12, -(2**63), 2**63 - 1]:
        add("int-scalar", np.int64(v))
        add("int-0d", np.array(v, dtype=np.int64))
    for v in [True, False]:
        add("bool-scalar", np.bool_(v))
        add("bool-0d", np.array(v))

    # Each special float beside a few ordinary ones: notation switches, padding, nan/inf columns.
    for v in SPECIAL_FLOATS:
        add("float-special", np.array([v, 1.0, -2.5]))
        add("float-special", np.array([v]))
    add("float-nonfinite", np.array([np.nan, np.inf, -np.inf]))
    add("float-nonfinite", np.array([np.nan, np.nan]))
    add("float-nonfinite", np.array([np.inf, 1e-9]))
    add("float-nonfinite", np.array([[np.nan, 1.5], [-np.inf, 2.0]]))
    add("float-nonfinite", np.array([-np.inf, 1e10, 3.0]))
    add("float-negzero", np.array([-0.0, 0.0]))
    add("float-negzero", np.array([-0.0, 1.5]))
    add("float-threshold", np.array([1.0, 1000.0]))
    add("float-threshold", np.array([1.0, 1000.0000001]))
    add("float-threshold", np.array([1e-4, 0.05]))
    add("float-threshold", np.array([99999999.99, 1.0]))
    add("float-threshold", np.array([1e8, 1.0]))
    add("float-threshold", np.array([1.5e-300, 1.0]))
    add("float-threshold", np.array([1e100, 1.0]))
    add("float-threshold", np.array([0.1, 1.5e-300]))
    add("float-threshold", np.array([0.3, 1.5e-300, 1.0 / 3.0]))

    # Exact binary ties at the cutoff digit: NumPy rounds the exact value half to even.
    add("float-tie", np.array([1 / 512, 0.5]))
    add("float-tie", np.array([3 / 512, 0.5]))
    add("float-tie", np.array([1234567885.0, 1234567895.0]))
    add("float-tie", np.array(1234567885.0))
    for _ in range(12):
        odd = rng.integers(1, 2**16, 3) * 2 + 1
        add("float-tie", odd / 2.0 ** int(rng.integers(9, 14)) + rng.integers(0, 100, 3))
        digits = int(rng.integers(10, 17))
        add("float-tie", (rng.integers(10 ** (digits - 2), 10 ** (digits - 1), 2) * 10 + 5).astype(float))

    # Random 1-d floats of many magnitudes and lengths (wrapping at 75 columns).
    for lo, hi in [(-1, 1), (-3, 3), (0, 4), (-5, 0), (5, 9), (-12, 12), (-300, 300), (2, 3)]:
        for length in [1, 2, 5, 8, 11, 17, 30]:
            add("float-1d", magnitudes(length, lo, hi))
    for length in [3, 6, 9, 13, 20, 40]:
        add("float-1d-short-digits", magnitudes(length, -2, 3, digits=3))
        add("float-1d-integral", np.round(magnitudes(length, 0, 5)))
        add("float-1d-normal", rng.standard_normal(length))
        add("float-1d-uniform", rng.random(length))

    # 2-d, 3-d and 4-d floats.
    for ndim, extent in [(2, 6), (2, 12), (3, 4), (3, 5), (4, 3), (4, 4)]:
        for _ in range(12):
            shape = random_shape(ndim, extent)
            lo = int(rng.integers(-6, 4))
            add(f"float-{ndim}d", magnitudes(int(np.prod(shape)), lo, lo + int(rng.integers(1, 6))).reshape(shape))
    for shape in [(2, 3), (3, 1), (1, 1), (1, 5), (5, 1), (2, 1, 3), (1, 1, 1, 1), (2, 2, 2, 2), (3, 2, 1, 2)]:
        add("float-shape", rng.standard_normal(shape))
        add("float-shape-arange", np.arange(float(np.prod(shape))).reshape(shape))

    # Integers: widths, signs, wrapping, nesting.
    for length in [1, 4, 10, 20, 26, 40]:
        add("int-1d", rng.integers(-10, 10, length))
        add("int-1d-wide", rng.integers(-(10**15), 10**15, length))
    add("int-extremes", np.array([-(2**63), 2**63 - 1, 0], dtype=np.int64))
    for ndim, extent in [(2, 8), (3, 4), (4, 3)]:
        for _ in range(6):
            shape = random_shape(ndim, extent)
            add(f"int-{ndim}d", rng.integers(-1000, 1000, shape))
    add("int-arange", np.arange(24).reshape(4, 2, 3))
    add("int-arange", np.arange(100))

    # Booleans.
    for shape in [(1,), (3,), (20,), (2, 3), (3, 2, 2), (2, 2, 2, 2), (40,)]:
        add("bool", rng.random(shape) < 0.5)
    add("bool-all-false", np.zeros(5, dtype=bool))

    # Empty arrays of every dtype and several shapes.
    for dtype in [np.float64, np.int64, np.bool_]:
        for shape in [(0,), (0, 3), (3, 0), (2, 0, 3), (0, 0), (1, 0, 2, 2)]:
            add("empty", np.zeros(shape, dtype=dtype))

    # Summarisation past 1000 elements (edgeitems 3) and NumPy 2's shape= suffix.
    add("summary", np.arange(1001.0))
    add("summary", np.arange(1001))
    add("summary", np.arange(2000.0).reshape(40, 50))
    add("summary", np.arange(1000.0))
    add("summary", rng.standard_normal(1500))
    add("summary", rng.standard_normal((11, 10, 10)))
    add("summary", rng.standard_normal((2, 501)))
    add("summary", rng.standard_normal((501, 2)))
    add("summary", rng.standard_normal((4, 4, 4, 20)))
    add("summary", magnitudes(1200, -6, 10).reshape(30, 40))
    add("summary", rng.integers(-10**6, 10**6, (7, 200)))
    add("summary", rng.random((3, 3, 120)) < 0.5)
    add("summary", np.concatenate([[np.nan, -np.inf], rng.standard_normal(1003)]))
    add("summary-hidden-nan", np.concatenate([rng.standard_normal(10), [np.nan, 1e-9], rng.standard_normal(1000)]))


def random_sequences():
    """Interleaved legacy RandomState calls; each re-seed must reset the cached second gaussian."""
    scripts = []
    for seed in [0, 1, 42, 2**32 - 1, 7, 123, 2024, 31337, 99999, 2**31, 2**31 - 1, 1000000007]:
        scripts.append((seed, [("rand", [3]), ("randn", [3]), ("rand", []), ("randn", []), ("randn", [2, 3]),
                               ("rand", [2, 2]), ("randn", [1])]))
    scripts.append((5, [("randn", []), ("rand", [])]))
    scripts.append((6, [("randn", [5]), ("seed", 6), ("randn", [5])]))
    scripts.append((8, [("randn", [1]), ("seed", 9), ("randn", [2]), ("rand", [4])]))
    scripts.append((10, [("rand", [0]), ("randn", [2, 0]), ("randn", [3, 4, 2]), ("rand", [2, 3, 2])]))
    scripts.append((11, [("randn", [1001])]))
    scripts.append((12, [("rand", [700])]))
    scripts.append((13, [("randn", [])] * 9))
    scripts.append((3, [("randn", [3]), ("rand", [1]), ("randn", []), ("randn", [2])]))
    scripts.append((4, [("randn", [3]), ("seed", 4), ("randn", [3]), ("randn", [])]))
    scripts.append((2**16, [("rand", [5, 5]), ("randn", [5, 5]), ("rand", [])]))
    scripts.append((2**32 - 2, [("rand", []), ("randn", [7]), ("rand", [1, 1, 1])]))
    sequences = []
    for seed, calls in scripts:
        np.random.seed(seed)
        ops = []
        for call in calls:
            if call[0] == "seed":
                np.random.seed(call[1])
                ops.append({"kind": "seed", "seed": call[1]})
                continue
            kind, shape = call
            result = getattr(np.random, kind)(*shape)
            if not shape:
                assert type(result) is float, type(result)
            ops.append({"kind": kind, "shape": shape,
                        "values": [float(v).hex() for v in np.asarray(result).reshape(-1)]})
        sequences.append({"id": f"seed-{seed}-{len(sequences):02d}", "seed": seed, "ops": ops})
    return sequences


def random_errors():
    errors = []
    for call, args in [("seed", [-1]), ("seed", [2**32]), ("seed", [2**40]), ("rand", [-1]), ("randn", [2, -3]),
                       ("rand", [3, -1, 2])]:
        try:
            getattr(np.random, call)(*args)
        except ValueError as error:
            errors.append({"call": call, "args": args, "error": f"ValueError: {error}"})
        else:
            raise AssertionError(f"{call}{args} did not fail")
    return errors


def write(name, content):
    with open(os.path.join(HERE, name), "w") as handle:
        json.dump(content, handle, indent=1, sort_keys=True)
        handle.write("\n")


printing_cases()
SHAPES = [(), (3,), (0,), (4, 2, 3), (2, 0, 3), (1, 1, 1, 1), (1001,), (10**12, 7)]
write("printing.json", {"numpy": np.__version__, "cases": cases, "python_float_repr": python_float_cases(),
                        "python_shape_repr": [{"shape": list(s), "repr": repr(s)} for s in SHAPES],
                        "dtype_text": [{"dtype": name, "repr": repr(np.dtype(name)), "str": str(np.dtype(name))}
                                       for name in ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16",
                                                    "uint32", "uint64", "float16", "float32", "float64", "complex64",
                                                    "complex128"]]})
write("random.json", {"numpy": np.__version__, "sequences": random_sequences(), "errors": random_errors()})
print(f"{len(cases)} printing cases")
