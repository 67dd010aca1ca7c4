#!/usr/bin/env python3
"""Statements composing NumPy values the sweeps held fixed, for `numpy_differential.py --statements`.

Run: `python3 Fuzz/composition_probe.py --space SPACE > /tmp/SPACE.txt`, then
`python3 Fuzz/numpy_differential.py --statements /tmp/SPACE.txt --show --docbuild .build/debug/docbuild`.

The signature, dtype and positional sweeps (sessions 42-44) call one function or method at a time on a few fixed
arrays. Each space here feeds the result of one operation to another, over every dtype, as one self-contained line:

- `weak`: NumPy scalars, 0-d arrays and 1-d arrays of each of 14 dtypes under Python's operators and a few ufuncs
  with Python ints, floats, complexes and bools, in both orders (NEP 50's weak scalars: `np.uint8(200) + 100`,
  `np.int8` arrays with 1000, float16 with large ints), shown by `repr` (value and dtype).
- `pairs`: 0-d arrays against NumPy scalars and against each other for every pair of dtypes (promotion).
- `builtins`: Python's builtins over NumPy values of each dtype (`sum`, `min`, `max`, `sorted`, `round`, `int`,
  `float`, `abs`, `divmod`, three-argument `pow`, `bool`, `len`, `hash`, `list`, `tuple`, `zip`, `enumerate`,
  `in`, `%`-formatting, `operator.index`, `math` functions); `builtins-shapes` the same over 0-d and 2-d arrays.
- `scalar-methods`: the methods, attributes and special methods of NumPy scalars of every dtype and value.
- `printing`: `repr`/`str`/`print`/format specs of each dtype's scalars and arrays holding NaN, infinities, -0.0,
  huge and tiny values, under `np.printoptions` variations (precision, suppress, floatmode, sign, legacy,
  linewidth, threshold, edgeitems).
- `lists`: NumPy scalars and 0-d arrays of each dtype and value inside a list given to `np.array`, with and
  without `dtype=` (NumPy converts each by its own rules: `np.array([np.int64(300), 1], dtype=np.int8)` raises,
  `dtype=np.uint8` wraps).
- `stores`: the same values written into arrays of each dtype (item, slice, mask and fancy assignment, `fill`,
  `np.copyto`, in-place `+=`) and given to `np.full`, `np.array(v, dtype=)`, the scalar types and `np.full_like`.
- `compare`: NumPy scalars compared with Python numbers (ints past 64 bits too) and with each other, sorted,
  hashed, looked up in lists, sets and dicts.
- `views`: views of views (transposes, steps, reversals, reshapes, swapaxes, `.real`/`.imag`) of arrays of several
  dtypes, then a reduction of the view along each axis, or a write through it and the base printed.

`--limit N` keeps every k-th statement so that about N remain (deterministic). Session 45 (fuzz45) wrote it.
"""

import argparse
import itertools
import sys

# Three values per dtype that stress it (its extremes, a fraction, a negative), and one for its scalars.
DTYPE_VALUES = {
    "bool_": ["True", "False", "True"],
    "int8": ["100", "-128", "7"],
    "uint8": ["200", "255", "3"],
    "int16": ["30000", "-32768", "7"],
    "uint16": ["60000", "65535", "3"],
    "int32": ["2**31 - 1", "-2**31", "7"],
    "uint32": ["2**32 - 1", "2**31", "3"],
    "int64": ["2**62", "-2**63", "7"],
    "uint64": ["2**64 - 1", "2**63", "3"],
    "float16": ["0.1", "65504.0", "-2.5"],
    "float32": ["0.1", "3.4e38", "-2.5"],
    "float64": ["0.1", "1e300", "-2.5"],
    "complex64": ["1+2j", "-0.5j", "3"],
    "complex128": ["1+2j", "-0.5j", "3"],
}
DTYPES = list(DTYPE_VALUES)
# Smaller values every dtype holds, for compositions whose point is not overflow.
PLAIN_VALUES = {
    "bool_": ["True", "False", "True", "True"],
    "float16": ["0.5", "-1.25", "3.0", "2.0"],
    "float32": ["0.1", "-1.25", "3.0", "2.0"],
    "float64": ["0.1", "-1.25", "3.0", "2.0"],
    "complex64": ["1+2j", "-0.5j", "3", "2-1j"],
    "complex128": ["1+2j", "-0.5j", "3", "2-1j"],
}
PYTHON_OPERANDS = ["0", "1", "-1", "100", "300", "1000", "-129", "2**31", "2**63", "2**64", "-2**63 - 1", "1.5",
                   "1e300", "70000.0", "1e-50", "2j", "True", "float('nan')"]
OPERATORS = ["+", "-", "*", "/", "//", "%", "**", "<", "==", "&", "<<", ">>"]
WEAK_UFUNCS = ["np.add", "np.maximum", "np.power", "np.floor_divide", "np.true_divide", "np.arctan2", "np.copysign",
               "np.bitwise_or", "np.fmod", "np.minimum"]


def scalar(dtype, value=None):
    return f"np.{dtype}({value if value is not None else DTYPE_VALUES[dtype][0]})"


def zero_d(dtype, value=None):
    return f"np.array({value if value is not None else DTYPE_VALUES[dtype][0]}, dtype=np.{dtype})"


def one_d(dtype):
    return f"np.array([{', '.join(DTYPE_VALUES[dtype])}], dtype=np.{dtype})"


def weak():
    for dtype in DTYPES:
        for make in (scalar, zero_d, one_d):
            operand = make(dtype)
            for value in PYTHON_OPERANDS:
                for op in OPERATORS:
                    yield f"x = {operand}; repr(x {op} {value})"
                    yield f"x = {operand}; repr({value} {op} x)"
                for ufunc in WEAK_UFUNCS:
                    yield f"x = {operand}; repr({ufunc}(x, {value}))"
            # In place: the Python operand cast to the array's dtype (or NumPy's casting error).
            if make is one_d:
                for value in PYTHON_OPERANDS:
                    for op in ["+=", "-=", "*=", "//=", "|="]:
                        yield f"x = {operand}; x {op} {value}; repr(x)"


def pairs():
    for left in DTYPES:
        for right in DTYPES:
            for op in ["+", "*", "/", "//", "**", "<"]:
                yield f"repr({zero_d(left)} {op} {scalar(right)})"
                yield f"repr({scalar(left)} {op} {zero_d(right)})"
                yield f"repr({zero_d(left)} {op} {zero_d(right)})"
            yield f"repr(np.maximum({scalar(left)}, {scalar(right)}))"
            yield f"repr(np.array([{scalar(left)}, {scalar(right)}]))"
            yield f"repr(np.array([{zero_d(left)}, {scalar(right)}]))"
            yield f"repr(np.where(True, {scalar(left)}, {scalar(right)}))"
            yield f"repr(np.concatenate([{one_d(left)}, {one_d(right)}]))"


BUILTIN_FORMS = [
    "sum(x)", "sum(x, 10)", "sum(x, 0.5)", "sum(x, start=s)", "min(x)", "max(x)", "sorted(x)", "sorted(x, reverse=True)",
    "max(x, key=abs)", "min(s, 2)", "max(s, 2.5)", "round(s)", "round(s, 2)", "round(s, -1)", "round(s, 0)", "int(s)",
    "float(s)", "complex(s)", "abs(s)", "-s", "+s", "~s", "divmod(s, 3)", "divmod(7, s)", "divmod(s, 0.5)",
    "pow(s, 2)", "pow(s, 2, 5)", "pow(2, s)", "pow(s, -1)", "bool(s)", "bool(x)", "len(x)", "hash(s)", "list(x)",
    "tuple(x)", "list(zip(x, x[::-1]))", "list(enumerate(x))", "s in x", "3 in x", "0.1 in x", "list(map(type, x))",
    "[type(e).__name__ for e in x]", "any(x)", "all(x)", "'%d' % s", "'%x' % s", "'%.2f' % s", "'%s' % s",
    "'%r' % s", "'%e' % s", "'%g' % s", "str(s)", "repr(s)", "f'{s}'", "f'{s!r}'", "f'{s:>8}'", "f'{s:.3}'",
    "operator.index(s)", "math.floor(s)", "math.ceil(s)", "math.trunc(s)", "math.sqrt(abs(s))", "math.isnan(s)",
    "math.fsum(x)", "math.prod(x)", "math.isclose(s, 0.1)", "s.is_integer()", "s.as_integer_ratio()",
    "s.bit_length()", "s.conjugate()", "s.real, s.imag", "s == s.item()", "type(s.item()).__name__",
    "s.item() == s", "x.tolist()", "[e for e in x]", "list(reversed(x))", "dict(zip(['a', 'b', 'c'], x))",
    "set(x.tolist())", "statistics.mean(x)", "statistics.median(x)", "bin(s)", "hex(s)", "chr(s % 100 + 40)",
    "[10, 20, 30][s % 3]", "'abc'[s % 3]", "range(s % 5)", "s * [1]", "s * 'ab'", "float(x[:1])", "int(x[1:2])",
    "complex(x[:1])", "x[0] is x[0]", "x[0] == x[0]", "sum(x) == x.sum()", "max(x) == x.max()",
    "sorted(x, key=lambda e: -e)", "list(x) == x.tolist()", "str(list(x))", "str(tuple(x))", "print(*x)",
    "print(s, x)", "id(s) == id(s)", "isinstance(s, (int, float, complex))", "isinstance(s, numbers.Number)",
    "isinstance(s, numbers.Integral)", "isinstance(s, numbers.Real)", "[s] * 2", "(s,)", "{s: 1}",
]
BUILTIN_SETUP = "import math"


def builtins(shapes=("1-d",)):
    for dtype in DTYPES:
        values = DTYPE_VALUES[dtype]
        for variant, shape in itertools.product(("extremes", "plain"), shapes):
            if variant == "plain":
                values = PLAIN_VALUES.get(dtype, ["5", "2", "7"] if dtype.startswith("u") else ["5", "-2", "7"])
            x = f"np.array([{', '.join(values)}], dtype=np.{dtype})"
            if shape == "0-d":
                x = f"np.array({values[0]}, dtype=np.{dtype})"
            elif shape == "2-d":
                x = f"np.array([[{values[0]}, {values[1]}], [{values[2]}, {values[0]}]], dtype=np.{dtype})"
            s = f"np.{dtype}({values[0]})"
            for form in BUILTIN_FORMS:
                # A module docbuild may not import is imported by the forms that use it alone.
                imports = [m for m in ("operator", "statistics", "numbers") if m + "." in form]
                setup = "; ".join([BUILTIN_SETUP] + [f"import {m}" for m in imports])
                yield f"{setup}; x = {x}; s = {s}; {form}"


PRINT_VALUES = {
    "float16": ["np.nan", "-np.inf", "-0.0", "65504.0", "6e-08", "0.1", "1000.5", "-2.5"],
    "float32": ["np.nan", "np.inf", "-0.0", "3.4e38", "1e-45", "0.1", "123456.78", "-2.5"],
    "float64": ["np.nan", "-np.inf", "-0.0", "1e300", "5e-324", "0.1", "123456789.123", "-2.5"],
    "complex64": ["complex(np.nan, 1)", "complex(1, np.inf)", "-0.0j", "3e38+1j", "1e-45j", "0.1+0.2j", "-2.5"],
    "complex128": ["complex(np.nan, -1)", "complex(-np.inf, 0)", "-0.0-0.0j", "1e300j", "5e-324+1j", "0.1+0.2j"],
    "int8": ["-128", "127", "0"], "uint8": ["255", "0"], "int64": ["-2**63", "2**63 - 1", "0"],
    "uint64": ["2**64 - 1", "0"], "bool_": ["True", "False"], "int16": ["-32768", "300"], "uint32": ["2**32 - 1"],
}
PRINT_OPTIONS = [
    "", "precision=2", "precision=0", "precision=17", "suppress=True", "suppress=True, precision=3",
    "floatmode='fixed'", "floatmode='unique'", "floatmode='maxprec_equal'", "floatmode='maxprec'",
    "floatmode='fixed', precision=3", "sign='+'", "sign=' '", "sign='+', floatmode='fixed'", "legacy='1.25'",
    "legacy='1.21'", "legacy='2.1'", "linewidth=20", "threshold=3", "threshold=3, edgeitems=1", "nanstr='NaN'",
    "infstr='Inf'", "precision=3, suppress=True, sign='+'", "legacy='1.25', precision=3",
]
PRINT_SHOWS = ["print(x)", "print(repr(x))", "repr(x)", "print(s)", "repr(s)", "str(s)", "print(x[1:3])",
               "print(x.reshape(-1, 1)[:3])", "print([s])", "print(x * 10)", "np.array2string(x)", "print(x.tolist())",
               "repr(np.array(s))", "print(np.array([s, s]))"]
SCALAR_SPECS = ["", ".3f", ".2e", ".4g", "g", ">12", "+.1f", ".0%", "12.3E", ",", "_", "z.1f", ".1", "#.3g"]


def printing():
    for dtype, values in PRINT_VALUES.items():
        x = f"np.array([{', '.join(values)}], dtype=np.{dtype})"
        for value in values:
            s = f"np.{dtype}({value})"
            for spec in SCALAR_SPECS:
                yield f"s = {s}; format(s, {spec!r})"
            yield f"s = {s}; repr(s), str(s), f'{{s!r}}', '%s' % s"
        for option in PRINT_OPTIONS:
            for show in PRINT_SHOWS:
                s = f"np.{dtype}({values[0]})"
                # A `with` must start its line, so the names are made inside it.
                made = f"x = {x}; s = {s}; {show}"
                yield f"with np.printoptions({option}): {made}" if option else made
        big = f"np.linspace(-1e5, 1e5, 1001).astype(np.{dtype})" if dtype.startswith(("f", "c")) else \
            f"np.arange(1001).astype(np.{dtype})"
        for option in ["", "threshold=10", "edgeitems=2", "linewidth=40", "threshold=2000", "precision=1"]:
            for made in (f"x = {big}; print(x)", f"x = {big}.reshape(7, 11, 13); print(x[:, :4])"):
                yield f"with np.printoptions({option}): {made}" if option else made


VIEW_BASES = {
    "float64": "np.arange(24.0).reshape(2, 3, 4) / 7",
    "float32": "(np.arange(24, dtype=np.float32).reshape(2, 3, 4) * np.float32(0.1) + np.float32(1e4))",
    "float16": "(np.arange(24, dtype=np.float16).reshape(2, 3, 4) * np.float16(0.3))",
    "int8": "(np.arange(24, dtype=np.int8).reshape(2, 3, 4) * 11)",
    "uint8": "(np.arange(24, dtype=np.uint8).reshape(2, 3, 4) * 13)",
    "int64": "(np.arange(24).reshape(2, 3, 4) - 11)",
    "bool": "(np.arange(24).reshape(2, 3, 4) % 3 == 0)",
    "complex128": "(np.arange(24.0).reshape(2, 3, 4) / 3 + 1j * np.arange(24.0).reshape(2, 3, 4)[::-1] / 7)",
}
VIEW_STEPS = ["{}.T", "{}[::-1]", "{}[:, ::2]", "{}[..., ::-2]", "{}.transpose(1, 0, 2)", "np.swapaxes({}, 0, 2)",
              "{}[1:, :, 1:]", "{}.reshape(6, 4)", "{}.reshape(4, 6)", "{}[:, 1]", "{}[..., None]", "{}.ravel()",
              "np.moveaxis({}, 0, -1)", "{}[::-1, ::-1]", "{}.real", "{}.imag", "{}[np.newaxis, 1]", "{}.squeeze()",
              "np.flip({}, 1)", "{}.swapaxes(1, 2)[:, ::2]"]
VIEW_REDUCTIONS = ["v.sum()", "v.sum(0)", "v.sum(-1)", "v.prod(axis=0)", "v.mean()", "v.mean(-1)", "v.std()",
                   "v.max(0)", "v.argmax()", "v.argmin(-1)", "v.cumsum(0)", "v.cumsum()", "np.add.reduce(v, axis=None)",
                   "np.median(v)", "v.var(1)" , "np.sort(v, axis=0)", "np.argsort(v, axis=-1, kind='stable')",
                   "v.any(0)", "v.all(-1)", "np.nonzero(v)", "v.copy().flags.c_contiguous", "v.tolist()",
                   "np.diff(v)", "v @ v.T if v.ndim == 2 else v.sum(1)", "np.cumprod(v, -1)"]
VIEW_WRITES = ["v[...] = 5", "v += 1", "v *= 2", "v[0] = 9", "v.fill(3)", "np.add(v, 1, out=v)", "v[v != v] = 0",
               "v.sort()", "v[::2] = 0", "v -= v", "np.negative(v, out=v)", "v[:] = v[::-1]"]


def views():
    for dtype, base in VIEW_BASES.items():
        for k, (first, second) in enumerate(itertools.product(VIEW_STEPS, repeat=2)):
            made = second.format(first.format("b"))
            # Each pair of steps meets three of the reductions and two of the writes, turn about.
            for n in (k, k + 8, k + 16):
                yield f"b = {base}; v = {made}; repr({VIEW_REDUCTIONS[n % len(VIEW_REDUCTIONS)]})"
            for n in (k, k + 6):
                yield f"b = {base}; v = {made}; {VIEW_WRITES[n % len(VIEW_WRITES)]}; repr(b)"


def lists():
    """NumPy scalars and 0-d arrays of every dtype and value in a list given to np.array, with and without dtype=."""
    targets = [""] + [f", dtype=np.{dtype}" for dtype in DTYPES]
    for dtype in DTYPES:
        for value in DTYPE_VALUES[dtype]:
            for made in (scalar(dtype, value), zero_d(dtype, value), f"np.array([{value}], dtype=np.{dtype})[0]"):
                for target in targets:
                    yield f"repr(np.array([{made}, 1]{target}))"
                    yield f"repr(np.array([[{made}], [True]]{target}))"
                yield f"repr(np.array([{made}, 2.5]))"
                yield f"repr(np.array([{made}, np.int8(-1)]))"
                yield f"repr(np.array([{made}, np.uint8(7)]))"
                yield f"repr(np.array([{made}, np.float32(0.5)]))"
                yield f"repr(np.asarray([{made}]))"
                yield f"repr(np.array({made}, ndmin=1))"


def stores():
    """NumPy scalars, 0-d arrays and Python numbers of every dtype and value written into arrays of every dtype."""
    forms = ["a[0] = {v}", "a[:] = {v}", "a[...] = {v}", "a[[0]] = {v}", "a[a == a] = {v}", "a.fill({v})",
             "a[0, ...] = {v}", "a += {v}", "np.copyto(a, {v})", "np.copyto(a, {v}, casting='unsafe')"]
    makers = ["np.full(2, {v}, dtype=np.{t})", "np.array({v}, dtype=np.{t})", "np.{t}({v})",
              "np.asarray({v}, dtype=np.{t})", "np.full_like(np.zeros(2, dtype=np.{t}), {v})"]
    for dtype in DTYPES:
        for value in DTYPE_VALUES[dtype]:
            for made in (scalar(dtype, value), zero_d(dtype, value)):
                for target in DTYPES:
                    array = f"a = np.zeros(2, dtype=np.{target})"
                    for form in forms:
                        yield f"{array}; {form.format(v=made)}; repr(a)"
                    for maker in makers:
                        yield f"repr({maker.format(v=made, t=target)})"


def compare():
    """NumPy scalars of every dtype and value compared with Python numbers (ints past 64 bits too) and with each
    other, and used where Python compares or hashes them (sorted, max, in, dict keys, list.index)."""
    for dtype in DTYPES:
        for value in DTYPE_VALUES[dtype]:
            s = scalar(dtype, value)
            for other in PYTHON_OPERANDS + ["0.1", "-2**64", "2**100", "float('inf')", value]:
                for op in ["<", "==", ">=", "!="]:
                    yield f"s = {s}; repr(s {op} {other}), repr({other} {op} s)"
            for other_dtype in DTYPES:
                t = scalar(other_dtype)
                yield f"s = {s}; t = {t}; repr(s < t), repr(s == t), repr(t >= s)"
            for form in ["sorted([s, 0.1, -1, True])", "max(s, -1, 0.5)", "min([s, 2**63])", "s in [0.1, 7, True]",
                         "{s: 1}.get(" + value + ")", "[0.1, 7, s].index(s)", "hash(s) == hash(" + value + ")",
                         "len({s, " + value + "})", "sorted({s: 1, 0: 2})", "[s, " + value + "].count(" + value + ")"]:
                yield f"s = {s}; {form}"


SCALAR_METHODS = [
    "s.item()", "s.tolist()", "s.dtype", "s.shape", "s.ndim", "s.size", "s.itemsize", "s.nbytes", "s.strides",
    "s.real", "s.imag", "s.conj()", "s.round()", "s.round(1)", "s.round(-1)", "s.astype(np.int8)",
    "s.astype(np.float16)", "s.astype(bool)", "s.astype(np.uint64)", "s.tobytes().hex()", "s.sum()", "s.prod()",
    "s.max()", "s.min()", "s.argmax()", "s.mean()", "s.std()", "s.var()", "s.cumsum()", "s.reshape(1)",
    "s.reshape(1, 1)", "s.T", "s[()]", "s[...]", "s[None]", "s.flatten()", "s.ravel()", "s.squeeze()", "s.copy()",
    "s.all()", "s.any()", "s.clip(0, 1)", "s.nonzero()", "s.repeat(2)", "s.transpose()", "s.swapaxes(0, 0)",
    "s.byteswap()", "s.view(np.uint8)", "s.fill(1)", "s.__array__()", "np.asarray(s).flags.writeable",
    "s.flags.writeable", "s.base", "s.data.nbytes", "s.is_integer()", "s.as_integer_ratio()", "s.hex()",
    "s.bit_count()", "s.__round__(1)", "s.__index__()", "s.__float__()", "s.__int__()", "s.__bool__()",
    "s.__abs__()", "s.__neg__()", "s.__pos__()", "s.__invert__()", "s.__add__(1)", "s.__radd__(1.5)",
    "s.__truediv__(2)", "s.__floordiv__(0)", "s.__pow__(2)", "s.__lt__(1)", "s.__eq__(None)", "s.__hash__() == hash(s)",
    "s.dtype.type(s)", "type(s)(1)", "type(s)(s)", "type(s).__name__", "np.ndim(s)", "np.shape(s)", "np.size(s)",
    "np.isscalar(s)", "isinstance(s, np.generic)", "isinstance(s, np.number)", "isinstance(s, np.integer)",
    "isinstance(s, np.floating)", "isinstance(s, np.signedinteger)", "np.issubdtype(s.dtype, np.integer)",
    "np.can_cast(s, np.int8)", "np.min_scalar_type(s)", "np.result_type(s, 1)", "np.result_type(s, 1.0)",
    "np.result_type(s, np.int8)", "np.array(s).item()", "np.array([s]).dtype", "np.array(s)[()]",
]


def scalar_methods():
    """The methods, attributes and special methods of NumPy scalars of every dtype and value."""
    for dtype in DTYPES:
        for value in DTYPE_VALUES[dtype]:
            for form in SCALAR_METHODS:
                yield f"s = {scalar(dtype, value)}; repr({form})"


def builtins_shapes():
    """`builtins` with x a 0-d and a 2-d array instead of a 1-d one."""
    return builtins(shapes=("0-d", "2-d"))


SPACES = {"weak": weak, "pairs": pairs, "builtins": builtins, "printing": printing, "views": views,
          "lists": lists, "stores": stores, "compare": compare,
          "builtins-shapes": builtins_shapes,
          "scalar-methods": scalar_methods}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--space", choices=list(SPACES), required=True)
    parser.add_argument("--limit", type=int, help="keep every k-th statement so that about this many remain")
    args = parser.parse_args()
    statements = list(SPACES[args.space]())
    if args.limit and len(statements) > args.limit:
        step = len(statements) / args.limit
        statements = [statements[int(n * step)] for n in range(args.limit)]
    sys.stdout.write("".join(statement + "\n" for statement in statements))


if __name__ == "__main__":
    main()
