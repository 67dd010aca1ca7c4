#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements of session 47's answer47 work (issue 10, NumPy
breadth: what docbuild still refused where NumPy answers).

Run: `python3 Tests/SnippetsTests/Fixtures/make_answer47_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/490-*` to `494-*` fixtures; rerunning gives identical bytes.

490: axes past a C int or a C long (uint64 values from 2**63 up, Python ints, NumPy ints, np.linalg.norm's floats)
given to the reductions, the Python-level axis functions, swapaxes, transpose, split and tensordot: each function's
converter's error; bytearrays repeated by ints on either side and by NumPy integers.
491: the two-operand ufuncs given a Python int past 63 bits beside Python numbers, lists, NumPy scalars and arrays of
each dtype, in both orders: the int read for the loop the other operand chooses, or the C long OverflowError.
492: np.where, np.concatenate, the stacking functions and np.append over text (plain lists, tuples and strs of str and
bytes, string arrays) beside numbers: NumPy's promotion (a DTypePromotionError for a Python int, float or complex in
np.where and np.concatenate(axis=None)), the dispatcher's and the zero-dimensional errors; np.bytes_.
493: a negative print precision, which NumPy keeps and fails on where it formats a float array ("precision must be
>= 0"), under print, the echo, str and repr; np.array_str and np.array_repr of Python values and NumPy scalars.
494: sums into a narrower out past NumPy's 8192-element buffer (one cast per buffer), maxima and minima into a float
out at any size, the numbers module's classes with isinstance and issubclass, and np.diff and the swapaxes, diagonal,
repeat and take methods of complex arrays.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_answer47_fixtures.py"

AXIS_VALUES = ["np.uint64(2**63)", "2**64", "-2**63 - 1", "2**40", "np.int64(-2**40)", "2**31"]
AXIS_CALLS = [
    "np.sum(a, axis={v})", "a.sum(axis={v})", "np.prod(a, axis={v})", "a.max(axis={v})", "np.min(a, axis={v})",
    "np.any(a, axis={v})", "np.argmax(a, axis={v})", "a.argmin(axis={v})", "np.cumsum(a, axis={v})",
    "np.argsort(a, axis={v})", "np.nansum(a, axis={v})", "np.count_nonzero(a, axis={v})", "np.add.reduce(a, axis={v})",
    "np.concatenate([a, a], axis={v})", "np.squeeze(a, axis={v})", "np.take(a, 0, axis={v})",
    "np.repeat(a, 2, axis={v})", "np.linalg.norm(a, axis={v})", "np.sum(a, axis=(0, {v}))",
    "np.mean(a, axis={v})", "a.std(axis={v})", "np.var(a, axis={v})", "np.sort(a, axis={v})",
    "a.copy().sort(axis={v})", "np.median(a, axis={v})", "np.percentile(a, 50, axis={v})", "np.stack([a, a], axis={v})",
    "np.expand_dims(a, {v})", "np.flip(a, {v})", "np.roll(a, 1, axis={v})", "np.diff(a, axis={v})",
    "np.moveaxis(a, {v}, 0)", "np.delete(a, 0, axis={v})", "np.gradient(a, axis={v})", "np.mean(a, axis=({v},))",
    "np.linalg.norm(a, axis=({v}, 0))", "np.swapaxes(a, {v}, 0)", "a.swapaxes(0, {v})", "np.size(a, {v})",
    "np.mean(a, axis={v}, where=a > 1)", "a.max(axis={v}, initial=0)", "a.sum(axis={v}, where=a > 1)",
    "np.mean(i, axis={v})", "np.nanmean(i, axis={v})",
]
WIDE_AXES = ["a = np.arange(6.0).reshape(2, 3); i = np.arange(6).reshape(2, 3)"]
for value in AXIS_VALUES:
    WIDE_AXES += [call.format(v=value) for call in AXIS_CALLS]
for value in ["np.uint64(2**63)", "2**63", "2**100"]:
    WIDE_AXES += [f"a.transpose({value}, 0)", f"np.transpose(a, (0, {value}))"]
for value in ["np.uint64(2**63)", "np.uint64(2**64 - 1)", "np.array(2**63, dtype=np.uint64)", "2**64", "2**40"]:
    WIDE_AXES += [f"np.split(a, 1, axis={value})", f"np.array_split(a, 2, axis={value})",
                  f"np.trapezoid(a, axis={value})", f"np.fft.fft(a, axis={value})"]
WIDE_AXES += [f"np.tensordot(a, a, axes=({value}, 0))" for value in ["np.uint64(2**63)", "2**63", "2**40"]]
for value in ["np.float64(1e300)", "np.float64(2.0**63)", "np.float64(1e10)", "np.float32(3e9)", "np.float64(-2.0**63)",
              "np.float64(np.nan)", "np.float64(1.5)", "np.float16(-1)", "np.uint64(2**40)", "np.uint8(200)"]:
    WIDE_AXES += [f"np.linalg.norm(np.arange(3.0), axis={value})", f"np.linalg.norm(np.ones((2, 2)), axis={value})"]
for value in ["2", "-1", "0", "True", "np.int64(2)", "np.uint8(3)", "np.int64(-1)", "np.True_", "np.uint64(2**63)",
              "2**63", "-2**63"]:
    WIDE_AXES += [f"bytearray(b'ab') * {value}", f"{value} * bytearray(b'ab')",
                  f"x = bytearray(b'ab'); x *= {value}; x"]

WIDE_OPERANDS = ["2**63", "2**64 - 1", "-2**63 - 1", "2**100 + 2**76 + 1", "2**1024"]
UFUNCS = ["add", "subtract", "multiply", "true_divide", "floor_divide", "remainder", "fmod", "power", "float_power",
          "maximum", "minimum", "fmax", "arctan2", "hypot", "copysign", "logaddexp", "nextafter", "heaviside",
          "bitwise_and", "left_shift", "gcd", "divmod", "logical_and", "less", "equal", "greater_equal"]
UFUNC_OTHERS = ["3", "2.5", "1j", "True", "[3, 4]", "(2.5,)", "[]", "np.int8(5)", "np.int16(-7)", "np.uint32(4)",
                "np.uint64(3)", "np.float32(2.5)", "np.float64(-1.5)", "np.complex64(1j)", "np.bool_(True)",
                "np.array([1, 2**63], dtype=np.uint64)", "np.array([1.5, np.nan])", "np.array([[1, 2]], dtype=np.uint16)",
                "np.array([1.5, -2.0], dtype=np.float32)", "np.array([1j, 2])", "np.array([5, 2**40])",
                "np.array([True, False])"]
WIDE_UFUNCS = []


def answered(ufunc, other):
    """False for the pairs docbuild refuses: float-only ufuncs whose loop is float16 (NumPy's cast of the int warns),
    logaddexp's float32 kernel, complex powers, fmax and comparisons, float32 powers, uint64 fmod and gcd, gcd of
    floats."""
    if ufunc in {"arctan2", "hypot", "copysign", "logaddexp", "nextafter", "heaviside"} and other in {
            "np.int8(5)", "np.bool_(True)", "np.array([True, False])"}:
        return False
    if ufunc == "logaddexp" and other in {"np.float32(2.5)", "np.int16(-7)", "np.array([1.5, -2.0], dtype=np.float32)",
                                          "np.array([[1, 2]], dtype=np.uint16)"}:
        return False
    if ufunc in {"power", "float_power", "fmax"} and "j" in other:
        return False
    if ufunc in {"less", "greater_equal", "gcd"} and "j" in other:
        return False
    if ufunc == "gcd" and (other in {"2.5", "(2.5,)", "[]"} or "float" in other or "nan" in other or "uint64" in other):
        return False
    return not (ufunc == "power" and "float32" in other) and not (ufunc == "fmod" and "uint64" in other)


for ufunc in UFUNCS:
    for other in filter(lambda other: answered(ufunc, other), UFUNC_OTHERS):
        for wide in WIDE_OPERANDS:
            WIDE_UFUNCS.append(f"np.{ufunc}({other}, {wide}), np.{ufunc}({wide}, {other})")
    WIDE_UFUNCS += [f"np.{ufunc}(2**64, 2**65)", f"np.{ufunc}(-2**64, 2**64)"]

TEXTS = ["'a'", "'xyz'", "b'xy'", "np.str_('ab')", "['a', 'bb']", "[b'a', b'cd']", "('p', 'q')", "[['a'], ['b']]",
         "np.array(['a', 'bcd'])", "np.array([b'x', b'yz'])", "np.array('abc')"]
NUMBERS = ["1", "2.5", "1j", "True", "np.int64(3)", "np.float32(1.5)", "np.array([1, 2])", "[1, 2]",
           "np.array([1.5, 2], dtype=np.float16)", "np.array([1, 2], dtype=np.uint8)"]
TEXT_JOINS = []
for condition in ["[True, False]", "np.array([False, True])", "[[True], [False]]"]:
    for x in TEXTS + NUMBERS:
        for y in TEXTS + NUMBERS:
            if (x in TEXTS or y in TEXTS) and (x in TEXTS[:6] or y in TEXTS[:6]):
                TEXT_JOINS.append(f"np.where({condition}, {x}, {y})")
PARTS = ["['a', 'b']", "['ccc']", "[b'a']", "[b'xy', b'z']", "('p', 'q')", "[1, 2]", "[2.5]", "[True]",
         "np.array(['u', 'vw'])", "np.array([b'x'])", "np.array([1, 2])", "[[]]", "[['c', 'd'], ['e', 'f']]", "'ab'",
         "1", "np.array('a')"]
for first in PARTS:
    for second in PARTS:
        if first.startswith(("[", "(", "np.array([")) and second.startswith(("[", "(", "np.array([")) and (
                "'" in first + second):
            TEXT_JOINS += [f"np.concatenate([{first}, {second}])", f"np.concatenate(({first}, {second}), axis=None)",
                           f"np.hstack([{first}, {second}])", f"np.vstack([{first}, {second}])",
                           f"np.stack([{first}, {second}])", f"np.column_stack([{first}, {second}])",
                           f"np.append({first}, {second})", f"np.concatenate([{first}, {second}], axis=1)"]
        elif "'" in first + second:
            TEXT_JOINS += [f"np.concatenate([{first}, {second}])", f"np.concatenate([{first}, {second}], axis=None)"]
TEXT_JOINS += [f"np.concatenate({part})" for part in ["'ab'", "b'ab'", "1", "None", "np.array('a')", "np.array(5)",
                                                       "np.float64(1.5)", "{1: 2}", "[1, 2]", "[[1], [2]]"]]
TEXT_JOINS += ["np.bytes_(b'q')", "np.bytes_('ab')", "np.bytes_()", "np.bytes_('é')", "np.bytes_(bytearray(b'z'))",
               "np.bytes_(np.str_('x'))", "type(np.bytes_(b'a'))", "np.bytes_(b'a') == b'a'",
               "print(np.bytes_(b'ab'))", "np.array([np.bytes_(b'a'), b'bc'])"]

PRINT_VALUES = ["np.array([1.5, 2.25])", "np.arange(3)", "np.array([1+2j])", "np.array(1.5)", "np.float64(2.5)",
                "np.array([], dtype=float)", "np.arange(3000.0)", "np.array([1.5], dtype=np.float32)",
                "np.array([True])", "np.array([[0.1, 0.2]])", "np.array(1j)"]
PRINT_FORMS = ["print({v})", "{v}", "repr({v})", "str({v})", "print('x', {v})", "print(1, {v}, sep='--')",
               "np.array2string({v})", "np.array_repr({v})", "np.array2string({v}, precision=2)",
               "np.array2string({v}, floatmode='unique')"]
PRINTING = []
for setting in ["precision=-1", "precision=-3, floatmode='fixed'", "precision=-2, floatmode='unique'",
                "precision=-1, legacy='1.13'", "precision=np.int64(-1)"]:
    PRINTING.append(f"np.set_printoptions({setting})")
    PRINTING.append("np.get_printoptions()['precision']")
    for value in PRINT_VALUES:
        # NumPy 1.13's unique mode writes a float array in scientific notation with no precision: a TypeError,
        # refused.
        PRINTING += [form.format(v=value) for form in PRINT_FORMS
                     if not ("legacy" in setting and "unique" in form and "3000" in value)]
    PRINTING += ["print([np.array([1.5])])", "[np.array([1.5])]", "print((np.array(2.5), 1))", "(np.array(2.5), 1)",
                 "{'a': np.array([0.5])}"]
    PRINTING.append("np.set_printoptions(precision=8, floatmode='maxprec', legacy=False)")
for value in PRINT_VALUES[:6]:
    PRINTING += [f"with np.printoptions(precision=-1): print({value})", f"np.array2string({value}, precision=-1)",
                 f"np.array2string({value}, precision=-1, floatmode='unique')", f"np.array_repr({value}, precision=-2)",
                 f"np.array_str({value}, precision=-2)"]
REPR_VALUES = ["1.5", "3", "True", "1j", "None", "'ab'", "b'ab'", "[1, 2]", "[[1.5, 2]]", "(1, 2)", "{}", "range(3)",
               "2**70", "np.float64(1.5)", "np.float32(1.123456789)", "np.float16(0.1)", "np.int8(3)", "np.int64(5)",
               "np.uint64(2**63)", "np.int32(7)", "np.bool_(True)", "np.complex64(1j)", "np.complex128(1+2j)",
               "np.uint8(200)", "np.float64(1e-20)", "np.float64(np.nan)", "np.float64(123456789.123)"]
for value in REPR_VALUES:
    PRINTING += [f"np.array_str({value})", f"np.array_repr({value})", f"np.array_repr({value}, precision=3)",
                 f"np.array_repr({value}, max_line_width=10)", f"np.array_repr({value}, precision='x')",
                 f"np.array_str({value}, precision='x')", f"np.array_repr({value}, 5, 2)"]
    for setting in ["legacy='1.13'", "threshold=0", "precision=2", "floatmode='fixed'", "sign='+'"]:
        PRINTING += [f"with np.printoptions({setting}): np.array_repr({value})",
                     f"with np.printoptions({setting}): np.array_str({value})"]

NARROW = []
MAKES = ["np.random.default_rng({s}).standard_normal({n}) * 10.0**{e}",
         "np.random.default_rng({s}).choice([2.0**30, -2.0**30, 1.0, 3.0, 0.5], size={n})",
         "np.random.default_rng({s}).standard_normal((3, {n})) * 10.0**{e}",
         "np.random.default_rng({s}).standard_normal((2, 5, {n} // 10)) * 10.0**{e}",
         "(np.random.default_rng({s}).standard_normal({n}) * 10.0**{e}).astype(np.float32)",
         "np.random.default_rng({s}).integers(-10**6, 10**6, {n})"]
for seed, made in enumerate(MAKES):
    for n, e in [(8193, 0), (30000, 6)]:
        x = eval(made.format(s=seed, n=n, e=e))
        for axis in ["None", "-1"]:
            for form in ["np.sum(x, axis={a}, out=o)", "x.sum(axis={a}, out=o)", "np.add.reduce(x, axis={a}, out=o)",
                         "np.mean(x, axis={a}, out=o)", "np.max(x, axis={a}, out=o)", "np.min(x, axis={a}, out=o)",
                         "np.sum(x, axis={a}, out=o, keepdims=True)"]:
                statement = form.format(a=axis)
                if axis == "-1" and x.ndim == 1:
                    continue
                if x.ndim == 3 and axis == "-1":
                    continue
                shape = eval(statement.replace(", out=o", ""), {"np": np, "x": x}).shape
                # (A mean divided in a float16 out is refused.)
                for out in ["np.float32"] + (["np.float16"] if "mean" not in form else []):
                    NARROW.append(f"x = {made.format(s=seed, n=n, e=e)}; o = np.zeros({shape}, dtype={out}); "
                                  f"r = {statement}; r.ravel()[:4].tolist(), r.dtype, r.shape, r is o")
NUMBERS_MODULE = [
    "import numbers",
    "numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral",
    "type(numbers.Real), numbers.Real.__name__, numbers.Real.__module__, numbers.Real.__qualname__",
    "numbers.Integral.__mro__, numbers.Real.__bases__, numbers.__all__",
    "from fractions import Fraction",
    "from decimal import Decimal",
]
for value in ["3", "True", "2.5", "1j", "2**70", "'a'", "None", "[1]", "np.int8(3)", "np.uint64(5)", "np.float32(1.5)",
              "np.float64(2)", "np.complex64(1j)", "np.bool_(True)", "np.array(1.5)", "np.array([1])",
              "np.float16(1)", "Fraction(1, 2)", "Decimal('1.5')"]:
    NUMBERS_MODULE.append(", ".join(f"isinstance({value}, numbers.{name})"
                                    for name in ["Number", "Complex", "Real", "Rational", "Integral"]))
for kind in ["int", "bool", "float", "complex", "str", "list", "np.int8", "np.uint64", "np.float32", "np.float64",
             "np.complex128", "np.bool_", "numbers.Integral", "numbers.Number"]:
    NUMBERS_MODULE.append(", ".join(f"issubclass({kind}, numbers.{name})"
                                    for name in ["Number", "Complex", "Real", "Rational", "Integral"]))
NUMBERS_MODULE += ["isinstance(3, (numbers.Integral, str))", "from numbers import Number; isinstance(5.0, Number)",
                   "[x for x in [1, 'a', 2.5, np.float64(3), None, 1j] if isinstance(x, numbers.Real)]"]

COMPLEX_MOVES = []
for made in ["np.array([[1.26+2.5j, -0.55j, 3.14159], [2.5-1.25j, 0.1+0.75j, -4.5j]])",
             "(np.arange(24).reshape(2, 3, 4) * (1.5 - 0.25j)).astype(np.complex64)",
             "np.array([1e308+1e308j, -1e308-1e308j, np.inf - 0j, np.nan * 1j, -0.0 + 0j])",
             "np.array([-0.0 + 0j, 0j, -0.0 - 0.0j], dtype=np.complex64)"]:
    COMPLEX_MOVES += [f"z = {made}"] + [
        "np.diff(z)", "np.diff(z, axis=0)", "np.diff(z, n=2)", "np.diff(z, prepend=1j)", "np.diff(z, append=-0.0)",
        "z.swapaxes(0, -1)", "z.diagonal(-1, 0, -1)", "z.repeat(2)", "z.repeat([1, 2], axis=0)", "z.take([0, 2])",
        "z.take([2, 0], axis=-1)", "z.take(7, mode='wrap')", "z.take(10)", "d = z.diagonal(); d[0] = 5"]

FIXTURES = {
    "490-answer47-axes-past-a-c-int-and-bytearray-repeats": (
        "axes past a C int or a C long given to each kind of axis converter (NumPy's error for each) and bytearrays "
        "repeated by ints and NumPy integers.",
        ["import numpy as np"] + WIDE_AXES,
    ),
    "491-answer47-ufuncs-with-python-ints-past-63-bits": (
        "the two-operand ufuncs given a Python int past 63 bits beside numbers and arrays of each dtype, in both "
        "orders.",
        ["import numpy as np"] + WIDE_UFUNCS,
    ),
    "492-answer47-text-joins-and-promotion-errors": (
        "np.where, np.concatenate, the stacking functions and np.append over text beside numbers, their promotion "
        "and dispatcher errors, and np.bytes_.",
        ["import numpy as np"] + TEXT_JOINS,
    ),
    "493-answer47-negative-precision-and-array-str-repr-of-values": (
        "a negative print precision kept and failing where a float array is formatted, and np.array_str and "
        "np.array_repr of Python values and NumPy scalars under print options.",
        ["import numpy as np"] + PRINTING,
    ),
    "494-answer47-buffered-narrow-sums-and-the-numbers-module": (
        "sums into a narrower out past NumPy's 8192-element buffer, maxima and minima into a float out, the numbers "
        "module with isinstance and issubclass, and np.diff, swapaxes, diagonal, repeat and take of complex arrays.",
        ["import numpy as np"] + NARROW + NUMBERS_MODULE + COMPLEX_MOVES,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
