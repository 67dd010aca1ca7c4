#!/usr/bin/env python3
"""Statements probing what answer46 (issue 10, NumPy breadth) answers, for `numpy_differential.py --statements`.

Run: `python3 Fuzz/answer46_probe.py THEME > /tmp/THEME.txt` with THEME one of `wide-scalars`, `wide-compare`,
`narrow-out`, `dispatchers`, `flat-writes`, then
`python3 Fuzz/numpy_differential.py --statements /tmp/THEME.txt --show --docbuild .build/debug/docbuild`.

wide-scalars: every NumPy scalar type given Python ints past 63 bits (and floats and strings past each type's
range), then uint64 values from 2**63 up used as shapes, indices, slice bounds, repeat counts and in arithmetic with
Python ints and NumPy values. wide-compare: scalars and arrays of every dtype compared with Python ints past 63 bits
by the operators (both orders) and the comparison ufuncs. narrow-out: reductions (functions, methods, ufunc.reduce)
into an `out=` of another dtype than the loop's, empty max/min into an out. dispatchers: `type()`, `repr()`, `str()`
of NumPy's functions and ufuncs. flat-writes: NumPy scalars and Python numbers written through `a.flat[...]` into
arrays of every dtype.
"""

import sys

SCALAR_TYPES = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32",
                "float64", "complex64", "complex128", "bool_", "intp", "uintp", "int_", "uint"]
WIDE_INTS = ["2**63", "2**64 - 1", "2**64", "-2**63 - 1", "-2**64", "2**100", "2**70", "2**100 + 2**76 + 1",
             "2**1024", "-2**1024"]


def wide_scalars():
    lines = []
    for name in SCALAR_TYPES:
        for value in WIDE_INTS + ["'18446744073709551615'", "'18446744073709551616'", "2.0**63", "2.0**64", "-1.0",
                                  "1e300", "300.0", "-129.0", "255.9", "-0.5", "-2.0**63", "1e19"]:
            lines.append(f"np.{name}({value})")
    uses = [
        "np.zeros(s)", "np.zeros(m)", "np.zeros((s,))", "np.zeros((2, s))", "np.ones(s)", "np.empty(s)",
        "np.full(s, 1)", "np.zeros(z)", "np.zeros((z, 1))", "np.ones(s, dtype=bool)", "np.full((s, 2), 1)",
        "np.zeros((0, s))", "a.reshape(s)", "a.reshape((s,))", "np.reshape(a, s)", "a.reshape(s, 2)",
        "np.broadcast_to(1, (s,))", "np.eye(s)", "np.random.rand(s)", "np.tile(a, s)",
        "[1, 2][s]", "[1, 2][z]", "(1, 2)[s]", "'ab'[s]", "b'ab'[s]", "bytearray(b'ab')[s]", "range(5)[s]",
        "x = [1, 2]; x[s] = 5", "a.shape[s]", "'ab'[s:]", "[1, 2][s:]", "[1, 2][:s]", "[1, 2][::s]", "[1, 2][-s:]",
        "np.arange(3)[s:]", "np.arange(3)[:s]", "np.arange(3)[::s]", "np.zeros(0)[s:]", "range(0, 10)[s:]",
        "np.arange(3)[s]", "np.arange(3)[z]", "a[s]", "a[1, s]", "a[s, ...]", "a[:, s]", "x = np.arange(3); x[s] = 1",
        "a.item(s)", "a.item(1, s)", "[0] * s", "s * [0]", "'a' * s", "(0,) * s", "len([0]) * s",
        "bytearray(b'ab')[2**63]", "x = bytearray(b'ab'); x[2**63] = 1", "b'ab'[np.int64(1)]",
        "np.take(a, s)", "a.sum(axis=s)", "np.repeat(a, s)", "range(s)", "operator.index(s)", "np.arange(s)",
        "np.linspace(0, 1, s)", "np.expand_dims(a, s)",
    ]
    setup = ("import operator; s = np.uint64(2**63); m = np.uint64(2**64 - 1); "
             "z = np.array(2**63, dtype=np.uint64); a = np.arange(6).reshape(2, 3); ")
    lines += [setup + use for use in uses]
    lefts = ["np.uint64(2**63)", "np.uint64(2**64 - 1)", "np.uint64(7)", "np.array([2**63, 5, 2**64 - 1], dtype=np.uint64)",
             "np.array(2**64 - 3, dtype=np.uint64)", "np.array([3, 250], dtype=np.uint8)"]
    rights = ["3", "0", "1", "2**63", "2**64 - 1", "2**64", "-1", "np.uint64(3)", "np.uint64(0)", "np.uint64(2**63 + 5)",
              "np.uint8(7)", "np.int64(3)", "2.0", "True", "np.array([2, 0, 3], dtype=np.uint64)", "63", "64", "65"]
    for left in lefts:
        for right in rights:
            for op in ["+", "-", "*", "/", "//", "%", "**", "&", "|", "<<", ">>"]:
                lines.append(f"{left} {op} {right}")
                lines.append(f"{right} {op} {left}")
    for function in ["np.floor_divide", "np.remainder", "np.power", "np.mod", "np.divmod", "divmod", "np.add",
                     "np.maximum"]:
        for left, right in [("np.uint64(2**64 - 1)", "np.uint64(10)"), ("np.array([2**63, 9], dtype=np.uint64)", "7"),
                            ("np.uint64(12)", "np.uint64(0)"), ("np.uint64(2**63)", "2**63")]:
            lines.append(f"{function}({left}, {right})")
    lines += [
        "x = np.array([2**63, 5], dtype=np.uint64); x //= 3; x", "x = np.array([3, 5], dtype=np.uint64); x **= 40; x",
        "x = np.uint64(2**63); x //= 7; x", "x = np.uint64(3); x **= 41; x",
        "s = np.uint64(2**63); int(s), float(s), str(s), s.item(), hash(s) == hash(2**63), bool(s), -s, ~s, abs(s)",
        "s = np.uint64(2**63); np.array([s, 1]), np.array(s), np.array([s]), np.int64(s), np.uint8(s), np.float32(s)",
        "s = np.uint64(2**64 - 1); s + np.int64(1), s + np.int8(-1), np.float32(1) + s, np.float16(1) + s",
    ]
    return lines


def wide_compare():
    values = ["np.int8(5)", "np.uint8(200)", "np.int16(-7)", "np.uint16(9)", "np.int32(3)", "np.uint32(4)",
              "np.int64(-1)", "np.uint64(2**64 - 1)", "np.uint64(3)", "np.bool_(True)", "np.float64(1.5)",
              "np.float32(3e38)", "np.float16(np.inf)", "np.float32(np.inf)", "np.complex128(1)", "np.complex64(2**100)",
              "np.float32(2**100)", "np.array([1, 2], dtype=np.int8)", "np.array([[1, 2]], dtype=np.uint64)",
              "np.array(True)", "np.array([True])", "np.array([1.0, np.nan])", "np.array([1+1j])",
              "np.array(2, dtype=np.uint8)", "np.array([], dtype=np.int32)", "np.arange(3).flat",
              "np.arange(6).reshape(2, 3)[:, ::2]", "np.array([2**63], dtype=np.uint64)", "np.float64(np.inf)"]
    wide = ["2**63", "-2**63 - 1", "-2**65", "2**64", "2**64 - 1", "2**1024", "-2**1024", "2**70",
            "2**100 + 2**76 + 1", "2**1000"]
    lines = []
    for value in values:
        for big in wide:
            for op in ["<", "==", ">=", "!=", ">", "<="]:
                lines.append(f"{value} {op} {big}")
            lines.append(f"{big} > {value}")
            lines.append(f"{big} == {value}")
    for function in ["np.less", "np.less_equal", "np.greater", "np.equal", "np.greater_equal", "np.not_equal"]:
        for a, b in [("np.int8(5)", "2**63"), ("2**70", "np.array([1, 2])"), ("np.uint64(3)", "2**64"),
                     ("np.float64(3)", "2**64"), ("True", "2**64"), ("np.array([True])", "2**64"), ("3", "2**64"),
                     ("np.array([1.5])", "-2**1024"), ("np.uint64(2**63)", "2**63")]:
            lines.append(f"{function}({a}, {b})")
    lines += [
        "x = np.arange(4); x[x < 2**70]", "x = np.arange(4, dtype=np.uint16); (x > -2**65).all(), (x == 2**66).any()",
        "x = np.int8(5); y = x < 2**63; type(y), y.dtype", "sorted([np.int64(3), 2**70, np.uint8(1), -2**65])",
        "max(np.int32(7), 2**64), min([np.float32(1), -2**70])", "np.int64(5) in [2**63, 5]",
        "np.where(np.arange(3) < 2**64, 1, 0)", "np.array([1, 2]) < [2**63]",
    ]
    return lines


NARROW_INPUTS = {
    "i8": "np.array([[100, -7, 120, 3], [100, 50, -128, 9], [27, 1, 5, -3]], dtype=np.int8)",
    "u8": "np.array([[200, 7, 255, 3], [100, 50, 128, 9], [27, 1, 5, 250]], dtype=np.uint8)",
    "i16": "np.array([[300, -70, 1200, 3], [30000, 50, -128, 9], [27, 1, 500, -300]], dtype=np.int16)",
    "i64": "np.array([[300, -7, 2**40, 3], [100, 130, -2**33, 9], [27, 1, 256, -3]])",
    "u64": "np.array([[2**63, 7, 300, 3], [100, 2**64 - 1, 128, 9], [27, 1, 5, 250]], dtype=np.uint64)",
    "f16": "np.array([[1.5, -2.25, 300.0, 0.1], [65504.0, 2.5, -0.5, 9.75], [0.3, 1.0, 5.5, -3.0]], dtype=np.float16)",
    "f32": "np.array([[1.5, -2.25, 1e30, 0.1], [3.3, 2.5, -0.5, 9.75], [0.3, 1.0, 5.5, -3.0]], dtype=np.float32)",
    "f64": "np.array([[1.5, -2.25, 100.7, 0.1], [3.3, 2.5, -0.5, 9.75], [0.3, 1.0, 5.5, -3.0]])",
    "fnan": "np.array([[1.5, np.nan, 7.0, 0.1], [3.3, 2.5, np.nan, 9.75], [0.3, 1.0, 5.5, -3.0]])",
    "c128": "np.array([[1+2j, -2.25, 3j, 0.1], [3.3-1j, 2.5, -0.5, 9.75j], [0.3, 1.0, 5.5, -3.0]])",
    "b": "np.array([[True, False, True, True], [False, False, True, False], [True, True, True, False]])",
    "half": "np.full((4, 3), 0.5)",
    "i3d": "np.arange(24).reshape(2, 3, 4) * 37 - 300",
    "f1d": "np.array([0.7, 1.9, -0.4, 2.6, 0.5])",
    "i1d": "np.array([300, 100, -200, 250, 7])",
    "empty0": "np.zeros((0, 3))",
    "empty1": "np.zeros((3, 0), dtype=np.int64)",
    "zd": "np.array(2.75)",
}
NARROW_OUTS = ["np.int8", "np.uint8", "np.int16", "np.int64", "np.uint64", "np.float16", "np.float32", "np.float64",
               "np.bool_", "np.complex64"]


def narrow_out():
    import numpy as np
    lines = []
    forms = ["np.sum(x, axis={axis}, out=o)", "np.prod(x, axis={axis}, out=o)", "np.max(x, axis={axis}, out=o)",
             "np.min(x, axis={axis}, out=o)", "np.mean(x, axis={axis}, out=o)", "x.max(axis={axis}, out=o)",
             "x.min({axis}, o)", "x.sum(axis={axis}, out=o)", "np.add.reduce(x, axis={axis}, out=o)",
             "np.maximum.reduce(x, axis={axis}, out=o)", "np.sum(x, axis={axis}, dtype=np.float32, out=o)",
             "np.max(x, axis={axis}, out=o, keepdims=True)", "np.mean(x, axis={axis}, dtype=np.float64, out=o)"]
    for name, made in NARROW_INPUTS.items():
        x = eval(made)
        for axis in ["0", "1", "-1", "None", "(0, 1)"]:
            for form in forms:
                statement = form.format(axis=axis)
                try:
                    with np.errstate(all="ignore"):
                        shape = eval(statement.replace(", out=o", "").replace(", o)", ")"),
                                     {"np": np, "x": x}).shape
                except Exception:  # noqa: BLE001 - the reduction's own error: any out shape will do
                    shape = (3,)
                for out in NARROW_OUTS:
                    lines.append(f"x = {made}; o = np.ones({shape}, dtype={out}); r = {statement}; r, r is o")
    for out in NARROW_OUTS:
        for size in ["8192", "8193", "20000"]:
            for made in [f"np.full(({size}, 2), 0.3)", f"np.full((2, {size}), 0.3)", f"np.arange({size}) * 0.7",
                         f"np.full({size}, 100)"]:
                for statement in ["np.sum(x, axis=0, out=o)", "np.max(x, axis=0, out=o)", "np.mean(x, axis=0, out=o)"]:
                    try:
                        shape = eval(statement.replace(", out=o", ""), {"np": np, "x": eval(made)}).shape
                    except Exception:  # noqa: BLE001
                        shape = ()
                    lines.append(f"x = {made}; o = np.ones({shape}, dtype={out}); r = {statement}; r, r is o")
    lines += [
        "np.max(np.zeros((0, 2)), axis=0, out=np.zeros(3))", "np.max(np.zeros((0, 2)), axis=0, out=np.zeros((1, 2)))",
        "np.max(np.zeros((0, 2)), axis=0, out=np.zeros((1, 2)), keepdims=True)",
        "np.max(np.zeros((0, 2)), axis=0, out=np.zeros((2,)), keepdims=True)",
        "np.max(np.zeros((0, 2)), out=np.zeros(()))", "np.max(np.zeros((0, 2)), out=np.zeros((1,)))",
        "np.min(np.zeros((2, 0)), axis=0, out=np.zeros(0))", "np.min(np.zeros((2, 0)), axis=1, out=np.zeros(2, int))",
        "np.zeros((0, 2)).max(axis=0, out=np.zeros(2))", "np.maximum.reduce(np.zeros((0, 2)), axis=0, out=np.zeros(2))",
        "np.max(np.zeros((0, 2)), axis=5, out=np.zeros(2))", "np.mean(np.zeros((2, 0)), axis=1, out=np.ones(2))",
        "np.sum(np.ones((2, 3)), axis=0, out=np.zeros((1, 3)), keepdims=False)",
        "np.sum(np.ones((2, 3)), axis=0, out=np.zeros(3), keepdims=True)",
    ]
    return lines


def dispatchers():
    import types
    import numpy as np
    lines = []
    modules = {"np": np, "np.linalg": np.linalg, "np.fft": np.fft, "np.emath": np.emath, "np.char": np.char,
               "np.strings": np.strings, "np.random": np.random, "np.ma": np.ma, "np.testing": np.testing}
    for shown, module in modules.items():
        for name in sorted(dir(module)):
            value = getattr(module, name)
            if name.startswith("_") or isinstance(value, (type, types.ModuleType)) or not callable(value):
                continue
            f = f"{shown}.{name}"
            lines += [f"type({f})", f"print({f})", f"{f}", f"str({f})", f"type({f}).__name__",
                      f"isinstance({f}, type(np.concatenate))", f"type({f}) is type(np.array)", f"[{f}]"]
    lines += [
        "np.sum + 1", "np.concatenate * 2", "-np.dot", "np.sum[0]", "len(np.sum)", "np.array + 1", "np.add + 1",
        "np.sum < np.mean", "{np.sum: 1, np.mean: 2}", "(np.sum, np.dot, np.array, np.add)", "repr(np.sum)",
        "repr(np.concatenate)", "f'{np.concatenate}'", "'%s' % np.where", "format(np.dot)", "str([np.dot])",
        "print(np.dot, np.sum)", "type(type(np.sum))", "type(np.sum)(1)", "type(np.sum).__module__",
        "type(np.sum).__qualname__", "np.sum.__name__", "np.concat.__name__", "callable(type(np.sum))",
        "isinstance(np.add, type(np.sum))", "isinstance(len, type(np.sum))", "issubclass(type(np.sum), object)",
        "type(np.sum) == type(np.mean)", "type(np.sum) != type(np.array)", "np.sum == np.sum", "np.sum is np.sum",
        "f = np.sum; type(f), f", "def g(x): return x\ntype(g) is type(np.sum)",
    ]
    for f in ["np.sum", "np.concatenate", "np.array", "np.add", "np.fft.fft", "np.linalg.norm", "np.random.rand"]:
        for attribute in ["foo", "__wrapped__", "__qualname__", "__module__", "__call__", "_implementation", "identity",
                          "__defaults__", "__code__", "__self__", "nin", "__name__"]:
            lines.append(f"{f}.{attribute}")
        lines += [f"x = {f}; x.foo = 1", f"{f}.__doc__ = 'x'"]
    return lines


def flat_writes():
    values = ["np.int16(30000)", "np.int16(100)", "np.int16(-200)", "np.int64(300)", "np.int64(-129)", "np.uint8(200)",
              "np.uint16(65535)", "np.uint64(2**63)", "np.uint64(2**64 - 1)", "np.int32(2**31 - 1)", "np.float64(300.5)",
              "np.float64(1.5)", "np.float32(1e10)", "np.float16(np.inf)", "np.float64(np.nan)", "np.bool_(True)",
              "np.complex128(1+2j)", "300", "-129", "1.5", "True", "2**63", "np.array(30000, dtype=np.int16)",
              "np.array([30000], dtype=np.int16)", "[300, 1]", "np.array(2.5)"]
    targets = ["np.zeros(3, np.int8)", "np.zeros(3, np.uint8)", "np.zeros((2, 2), np.int16)", "np.zeros(3, np.int32)",
               "np.zeros(3, np.int64)", "np.zeros(3, np.uint64)", "np.zeros(3, np.float16)", "np.zeros(3, np.float32)",
               "np.zeros(3)", "np.zeros(3, bool)", "np.zeros(3, complex)", "np.zeros((2, 3), np.int8)[:, ::2]"]
    lines = []
    for value in values:
        for target in targets:
            for index in ["0", "-1", "[0, 1]", "1:", "...", "np.array([True, False, True, False])[:a.size]",
                          "np.int64(1)"]:
                lines.append(f"a = {target}; a.flat[{index}] = {value}; a")
    return lines


THEMES = {"wide-scalars": wide_scalars, "wide-compare": wide_compare, "narrow-out": narrow_out, "dispatchers": dispatchers, "flat-writes": flat_writes}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in THEMES:
        sys.exit(f"usage: answer46_probe.py {{{','.join(THEMES)}}}")
    print("\n".join(THEMES[sys.argv[1]]()))
