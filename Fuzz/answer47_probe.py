#!/usr/bin/env python3
"""Statements probing what answer47 (issue 10, NumPy breadth) answers, for `numpy_differential.py --statements`.

Run: `python3 Fuzz/answer47_probe.py THEME > /tmp/THEME.txt` with THEME one of `wide-axes`, `wide-ufuncs`,
`text-joins`, `late-options`, `repr-functions`, `narrow-out-long`, then
`python3 Fuzz/numpy_differential.py --statements /tmp/THEME.txt --show --docbuild .build/debug/docbuild`.

wide-axes: ints past a C int or a C long (Python ints, uint64 values from 2**63 up, NumPy ints, floats for
np.linalg.norm) as the axis of every axis-taking function and method, and uint64 values from 2**63 up as range()
bounds and repeat counts. wide-ufuncs: the comparison and other two-operand ufuncs given Python ints past 63 bits
beside Python numbers, lists, NumPy scalars and arrays of each dtype, in both orders. text-joins: np.where,
np.concatenate and the stacking functions over str, bytes and lists of them beside Python and NumPy numbers.
late-options: print options NumPy accepts and fails on only when printing (a negative precision) under each way of
printing. repr-functions: np.array_str, np.array_repr and np.array2string of Python and NumPy scalars, lists,
tuples and other values. narrow-out-long: reductions into an out= of a narrower dtype past NumPy's 8,192-element
buffer.
"""

import sys

AXIS_VALUES = ["np.uint64(2**63)", "np.uint64(2**64 - 1)", "2**63", "2**64", "-2**63 - 1", "2**100", "2**40",
               "-2**40", "2**31", "-2**31 - 1", "np.int64(2**40)", "np.uint64(2**40)", "np.array(2**63, dtype=np.uint64)"]

AXIS_CALLS = [
    "np.sum(a, axis={v})", "a.sum(axis={v})", "a.sum({v})", "np.prod(a, axis={v})", "a.prod(axis={v})",
    "np.mean(a, axis={v})", "a.mean(axis={v})", "np.std(a, axis={v})", "a.std(axis={v})", "np.var(a, axis={v})",
    "a.var(axis={v})", "np.max(a, axis={v})", "a.max(axis={v})", "np.min(a, axis={v})", "a.min(axis={v})",
    "np.amax(a, axis={v})", "np.amin(a, axis={v})", "np.any(a, axis={v})", "a.any(axis={v})", "np.all(a, axis={v})",
    "a.all(axis={v})", "np.ptp(a, axis={v})", "np.argmax(a, axis={v})", "a.argmax(axis={v})",
    "np.argmin(a, axis={v})", "a.argmin(axis={v})", "np.cumsum(a, axis={v})", "a.cumsum(axis={v})",
    "np.cumprod(a, axis={v})", "a.cumprod(axis={v})", "np.sort(a, axis={v})", "a.copy().sort(axis={v})",
    "np.argsort(a, axis={v})", "a.argsort(axis={v})", "np.nansum(a, axis={v})", "np.nanmean(a, axis={v})",
    "np.nanmax(a, axis={v})", "np.nanmin(a, axis={v})", "np.nanstd(a, axis={v})", "np.nanvar(a, axis={v})",
    "np.nanprod(a, axis={v})", "np.nanargmax(a, axis={v})", "np.nanargmin(a, axis={v})",
    "np.nancumsum(a, axis={v})", "np.count_nonzero(a, axis={v})", "np.median(a, axis={v})",
    "np.percentile(a, 50, axis={v})", "np.quantile(a, 0.5, axis={v})", "np.average(a, axis={v})",
    "np.add.reduce(a, axis={v})", "np.maximum.reduce(a, axis={v})", "np.add.accumulate(a, axis={v})",
    "np.multiply.reduce(a, axis={v})", "np.concatenate([a, a], axis={v})", "np.stack([a, a], axis={v})",
    "np.expand_dims(a, {v})", "np.squeeze(a, axis={v})", "a.squeeze(axis={v})", "np.flip(a, {v})",
    "np.flip(a, axis={v})", "np.roll(a, 1, axis={v})", "np.take(a, 0, axis={v})", "a.take(0, axis={v})",
    "np.repeat(a, 2, axis={v})", "a.repeat(2, axis={v})", "np.diff(a, axis={v})", "np.moveaxis(a, {v}, 0)",
    "np.moveaxis(a, 0, {v})", "np.swapaxes(a, {v}, 0)", "a.swapaxes({v}, 0)", "np.rollaxis(a, {v})",
    "np.delete(a, 0, axis={v})", "np.insert(a, 0, 5, axis={v})", "np.append(a, a, axis={v})",
    "np.unique(a, axis={v})", "np.gradient(a, axis={v})", "np.cross(a, a, axis={v})", "np.trapezoid(a, axis={v})",
    "np.split(a, 1, axis={v})", "np.array_split(a, 2, axis={v})", "np.partition(a, 0, axis={v})",
    "np.argpartition(a, 0, axis={v})", "np.linalg.norm(a, axis={v})", "np.fft.fft(a, axis={v})",
    "np.apply_along_axis(np.sum, {v}, a)", "np.take_along_axis(a, np.zeros((1, 3), int), axis={v})",
    "np.cumulative_sum(a, axis={v})", "np.nanmedian(a, axis={v})", "np.sum(a, axis=({v},))",
    "np.sum(a, axis=(0, {v}))", "np.max(a, axis=({v},))", "np.mean(a, axis=({v},))", "np.expand_dims(a, ({v},))",
    "np.linalg.norm(a, axis=({v}, 0))", "np.flip(a, ({v},))", "np.roll(a, 1, axis=({v},))",
    "np.transpose(a, ({v}, 0))", "a.transpose({v}, 0)", "np.tensordot(a, a, axes=({v}, 0))",
    "np.compress([True], a, axis={v})", "np.fft.rfft(a, axis={v})", "np.sort_complex(a)",
    "np.lexsort([a[0]], axis={v})", "np.nanmean(i, axis={v})", "np.nanstd(i, axis={v})", "np.nanvar(i, axis={v})",
    "np.nansum(i, axis={v})", "np.nanargmax(i, axis={v})", "np.unique(np.arange(3), axis={v})",
    "np.mean(i, axis={v})", "i.mean(axis={v})", "np.nanmax(i, axis={v})", "np.size(a, {v})",
    "np.mean(a, axis={v}, where=a > 1)", "np.sum(a, axis={v}, keepdims=True)", "np.max(a, {v}, None, True)",
    "a.mean(axis={v}, dtype=np.float32)", "a.sum(axis={v}, where=a > 1)", "a.max(axis={v}, initial=0)",
    "a.std(axis={v}, ddof=1)", "a.sum(axis={v}, out=np.zeros(3))", "np.sum(a, axis={v}, initial=1)",
    "np.sum(a, axis={v}, dtype=np.float32)", "np.max(a, axis={v}, out=np.zeros(3))", "a.var(axis={v}, where=a > 1)",
    "np.std(i, axis={v}, dtype=np.float32)", "a.argmax(axis={v}, keepdims=True)", "a.cumsum(axis={v}, dtype=int)",
    "np.cumsum(i, axis={v}, dtype=np.float32)", "a.copy().partition(0, axis={v})", "np.min(a, axis={v}, where=a > 1, initial=9)",
]


def wide_axes():
    lines = []
    setup = "a = np.arange(6.0).reshape(2, 3); i = np.arange(6).reshape(2, 3); "
    for value in AXIS_VALUES:
        for call in AXIS_CALLS:
            if "{v}" in call:
                lines.append(setup + call.format(v=value))
    for value in ["np.uint64(2**63)", "np.uint64(2**64 - 1)", "np.array(2**63, dtype=np.uint64)"]:
        for use in ["range({v})", "range(0, {v})", "range(0, 10, {v})", "range({v}, 0, -1)", "len(range({v}))",
                    "range({v})[5]", "list(range({v})[:3])", "[0] * {v}", "{v} * [0]", "'a' * {v}", "(0,) * {v}",
                    "b'a' * {v}", "bytearray(b'a') * {v}", "{v} * bytearray(b'a')",
                    "x = [0]; x *= {v}", "x = bytearray(b'a'); x *= {v}", "np.repeat(a, {v})",
                    "np.repeat(a, {v}, axis=0)", "a.repeat({v})", "np.tile(a, {v})", "np.tile(np.arange(3), {v})",
                    "np.repeat(a, [{v}, 1], axis=0)", "operator.index({v})", "int({v})", "hex({v})",
                    "{v}.__index__()"]:
            lines.append("import operator; " + setup + use.format(v=value))
    for value in ["2**40", "np.uint64(2**40)", "2**63 - 1", "-2**63"]:
        for use in ["bytearray(b'a') * {v}", "{v} * bytearray(b'a')", "x = bytearray(b'a'); x *= {v}"]:
            lines.append(use.format(v=value))
    for value in ["2", "np.int64(2)", "np.uint8(3)", "np.True_", "0", "-1", "np.int64(-1)"]:
        for use in ["bytearray(b'ab') * {v}", "{v} * bytearray(b'ab')", "x = bytearray(b'ab'); x *= {v}; x"]:
            lines.append(use.format(v=value))
    for value in ["np.float64(1e300)", "np.float64(2.0**63)", "np.float64(1e10)", "np.float32(3e9)",
                  "np.float64(-1e300)", "np.float64(np.inf)", "np.float64(np.nan)", "np.float64(1.5)",
                  "np.float16(-1)", "np.float64(-2.0**63)", "np.float64(2.0**62)"]:
        lines.append(f"np.linalg.norm(np.arange(3.0), axis={value})")
        lines.append(f"np.linalg.norm(np.ones((2, 2)), axis={value})")
    return lines


WIDE_OPERANDS = ["2**63", "2**64 - 1", "2**64", "-2**63 - 1", "2**100 + 2**76 + 1", "2**1024"]
UFUNCS2 = ["add", "subtract", "multiply", "divide", "true_divide", "floor_divide", "remainder", "mod", "fmod",
           "power", "float_power", "maximum", "minimum", "fmax", "fmin", "arctan2", "hypot", "copysign",
           "logaddexp", "logaddexp2", "nextafter", "heaviside", "bitwise_and", "bitwise_or", "bitwise_xor",
           "left_shift", "right_shift", "gcd", "lcm", "divmod", "less", "less_equal", "greater", "greater_equal",
           "equal", "not_equal", "logical_and", "logical_or", "logical_xor"]
UFUNC_OTHERS = ["3", "-2", "0", "2.5", "-0.5", "float('nan')", "1e300", "1j", "True", "False", "[3, 4]", "(2.5,)",
                "[]", "[True]", "np.int8(5)", "np.uint8(200)", "np.int16(-7)", "np.uint32(4)", "np.int64(-1)",
                "np.uint64(3)", "np.float16(1.5)", "np.float32(2.5)", "np.float64(-1.5)", "np.complex64(1j)",
                "np.complex128(2)", "np.bool_(True)", "np.array([1, -2], dtype=np.int8)",
                "np.array([3, 250], dtype=np.uint8)", "np.array([1, 2], dtype=np.int32)",
                "np.array([5, 2**40], dtype=np.int64)", "np.array([1, 2**63], dtype=np.uint64)",
                "np.array([1.5, -2.0], dtype=np.float16)", "np.array([1.5, -2.0], dtype=np.float32)",
                "np.array([1.5, np.nan])", "np.array([1j, 2])", "np.array([1j], dtype=np.complex64)",
                "np.array([True, False])", "np.array(7)", "np.array([[1, 2]], dtype=np.uint16)",
                "np.array([4], dtype=np.uint32)"]


def wide_ufuncs():
    lines = []
    for ufunc in UFUNCS2:
        for other in UFUNC_OTHERS:
            for wide in WIDE_OPERANDS:
                lines.append(f"np.{ufunc}({other}, {wide})")
                lines.append(f"np.{ufunc}({wide}, {other})")
        for pair in [("2**64", "2**65"), ("2**63", "2**63"), ("-2**64", "2**64")]:
            lines.append(f"np.{ufunc}({pair[0]}, {pair[1]})")
    return lines


TEXTS = ["'a'", "'xyz'", "''", "b'a'", "b'xy'", "np.str_('ab')", "np.bytes_(b'q')", "['a', 'bb']", "[b'a', b'cd']",
         "('p', 'q')", "[['a'], ['b']]", "np.array(['a', 'bcd'])", "np.array([b'x', b'yz'])", "np.array('abc')",
         "['é', 'ü']", "[b'\\xff']"]
NUMBERS = ["1", "-7", "2.5", "1j", "True", "False", "2**70", "np.int64(3)", "np.float32(1.5)", "np.bool_(False)",
           "np.array([1, 2])", "np.array(2.5)", "[1, 2]", "[True, False]", "np.array([1.5, 2], dtype=np.float16)",
           "np.array([1, 2], dtype=np.uint8)", "None"]


def text_joins():
    lines = []
    conditions = ["[True, False]", "True", "[[True], [False]]", "np.array([False, True])", "'abc'", "[1, 0]"]
    for condition in conditions:
        for x in TEXTS + NUMBERS:
            for y in TEXTS + NUMBERS:
                if (x in TEXTS) or (y in TEXTS):
                    lines.append(f"np.where({condition}, {x}, {y})")
    parts = ["['a', 'b']", "['ccc']", "[b'a']", "[b'xy', b'z']", "('p', 'q')", "[1, 2]", "[2.5]", "[True]",
             "np.array(['u', 'vw'])", "np.array([b'x'])", "np.array([1, 2])", "np.array([1.5])", "['é']", "[b'\\xff']",
             "[]", "[[]]", "[['a', 'b']]", "[['c', 'd'], ['e', 'f']]", "'ab'", "b'ab'", "1", "np.array('a')"]
    for first in parts:
        for second in parts:
            for function in ["np.concatenate([{a}, {b}])", "np.concatenate(({a}, {b}), axis=0)",
                             "np.concatenate([{a}, {b}], axis=None)", "np.hstack([{a}, {b}])", "np.vstack([{a}, {b}])",
                             "np.stack([{a}, {b}])", "np.column_stack([{a}, {b}])", "np.append({a}, {b})",
                             "np.concatenate([{a}, {b}], axis=1)"]:
                lines.append(function.format(a=first, b=second))
    for part in parts:
        lines += [f"np.concatenate([{part}])", f"np.concatenate({part})", f"np.concatenate([{part}, {part}, {part}])"]
    return lines


def late_options():
    values = ["np.array([1.5, 2.25])", "np.arange(3)", "np.array([1+2j])", "np.array(1.5)", "np.float64(2.5)",
              "np.array([], dtype=float)", "np.arange(3000.0)", "np.array([1.5], dtype=np.float32)",
              "np.array([True])", "np.array(3)", "[np.array([1.5])]", "(np.array(2.5), 1)", "{'a': np.array([0.5])}",
              "np.array([[0.1, 0.2]])", "np.float32(1.5)", "np.array(1j)", "np.array([1.5], dtype='>f8')"]
    shows = ["print({v})", "{v}", "repr({v})", "str({v})", "f'{{{v}}}'", "np.array2string({v})",
             "np.array_repr({v})", "np.array_str({v})", "print('x', {v})", "print({v}, sep='')",
             "np.array2string({v}, precision=2)", "np.array2string({v}, floatmode='unique')", "[{v}]",
             "print([{v}])", "np.array_repr({v}, precision=3)"]
    lines = []
    for setting in ["np.set_printoptions(precision=-1)", "np.set_printoptions(precision=-3, floatmode='fixed')",
                    "np.set_printoptions(precision=-2, floatmode='unique')", "np.set_printoptions(precision=-1, legacy='1.13')",
                    "np.set_printoptions(precision=True)", "np.set_printoptions(precision=np.int64(-1))"]:
        for value in values:
            for show in shows:
                lines.append(f"{setting}; " + show.format(v=value) + "; np.set_printoptions(precision=8, floatmode='maxprec', legacy=False)")
        lines.append(f"{setting}; np.get_printoptions()['precision']; np.set_printoptions(precision=8, floatmode='maxprec', legacy=False)")
    for value in values:
        for show in shows[:4]:
            lines.append("with np.printoptions(precision=-1): " + show.format(v=value))
    for value in values[:8]:
        lines.append(f"np.array2string({value}, precision=-1)")
        lines.append(f"np.array2string({value}, precision=-1, floatmode='unique')")
        lines.append(f"np.array_repr({value}, precision=-2)")
        lines.append(f"np.array_str({value}, precision=-2)")
    return lines


def repr_functions():
    values = ["1.5", "3", "True", "1j", "None", "'ab'", "b'ab'", "[1, 2]", "[[1.5, 2]]", "(1, 2)", "{}", "range(3)",
              "2**70", "np.float64(1.5)", "np.float32(1.123456789)", "np.float16(0.1)", "np.int8(3)", "np.int64(5)",
              "np.uint64(2**63)", "np.int32(7)", "np.bool_(True)", "np.complex64(1j)", "np.complex128(1+2j)",
              "np.uint8(200)", "np.float64(1e-20)", "np.float64(np.nan)", "np.array(1.5)", "np.array([1.5, 2])",
              "np.str_('a')", "np.float64(123456789.123)", "np.int16(-4)"]
    calls = ["np.array_str({v})", "np.array_repr({v})", "np.array_repr({v}, precision=3)",
             "np.array_repr({v}, max_line_width=10)", "np.array_repr({v}, precision='x')",
             "np.array_str({v}, precision='x')", "np.array_repr({v}, suppress_small=True)",
             "np.array_str({v}, max_line_width=5)", "np.array2string({v})", "np.array_repr({v}, 5, 2)"]
    lines = []
    for value in values:
        for call in calls:
            lines.append(call.format(v=value))
        for setting in ["legacy='1.13'", "threshold=0", "precision=2", "floatmode='fixed'", "sign='+'"]:
            for call in calls[:3]:
                lines.append(f"with np.printoptions({setting}): " + call.format(v=value))
    return lines


def narrow_out_long():
    import numpy as np
    lines = []
    makes = {
        "1d": "np.random.default_rng({seed}).standard_normal({n}) * 10.0**{e}",
        "2d-rows": "np.random.default_rng({seed}).standard_normal((3, {n})) * 10.0**{e}",
        "2d-cols": "np.random.default_rng({seed}).standard_normal(({n}, 3)) * 10.0**{e}",
        "2d-wide": "np.random.default_rng({seed}).standard_normal((2, {n} // 2)) * 10.0**{e}",
        "3d": "np.random.default_rng({seed}).standard_normal((2, 3, {n} // 6)) * 10.0**{e}",
        "ints": "np.random.default_rng({seed}).integers(-10**6, 10**6, {n})",
        "f32": "(np.random.default_rng({seed}).standard_normal({n}) * 10.0**{e}).astype(np.float32)",
        "f32-cols": "(np.random.default_rng({seed}).standard_normal(({n}, 2)) * 10.0**{e}).astype(np.float32)",
        "transposed": "np.random.default_rng({seed}).standard_normal((3, {n})).T",
        "strided": "np.random.default_rng({seed}).standard_normal(2 * {n})[::2]",
        "bools": "np.random.default_rng({seed}).standard_normal({n}) > 0",
    }
    forms = ["np.sum(x, axis={axis}, out=o)", "x.sum(axis={axis}, out=o)", "np.add.reduce(x, axis={axis}, out=o)",
             "np.mean(x, axis={axis}, out=o)", "np.max(x, axis={axis}, out=o)", "np.prod(x, axis={axis}, out=o)",
             "np.sum(x, axis={axis}, out=o, keepdims=True)"]
    for seed, (kind, made) in enumerate(makes.items()):
        for n in [8193, 20000]:
            for e in [0 if n < 10000 else 6]:
                x = eval(made.format(seed=seed, n=n, e=e))
                for axis in ["None", "0", "1", "-1"]:
                    for form in forms:
                        statement = form.format(axis=axis)
                        try:
                            with np.errstate(all="ignore"):
                                shape = eval(statement.replace(", out=o", ""), {"np": np, "x": x}).shape
                        except Exception:  # noqa: BLE001 - the reduction's own error: any out will do
                            continue
                        for out in ["np.float32", "np.float16", "np.int32"]:
                            lines.append(f"x = {made.format(seed=seed, n=n, e=e)}; o = np.zeros({shape}, dtype={out}); "
                                         f"r = {statement}; r.tolist() if r.size < 8 else (r[:3].tolist(), r.dtype), r is o")
    return lines


COMPLEX_ARRAYS = ["np.array([[1.26+2.5j, -0.55j, 3.14159], [2.5-1.25j, 0.1+0.75j, -4.5j]])",
                  "(np.arange(24).reshape(2, 3, 4) * (1.5 - 0.25j)).astype(np.complex64)",
                  "np.array([1e308+1e308j, -1e308-1e308j, np.inf - 0j, np.nan * 1j, -0.0 + 0j])",
                  "np.fft.fft(np.arange(8.0))", "np.array([-0.0 + 0j, 0j, -0.0 - 0.0j], dtype=np.complex64)"]


def complex_moves():
    lines = []
    calls = ["np.diff(z)", "np.diff(z, axis=0)", "np.diff(z, n=2)", "np.diff(z, prepend=1j)", "np.diff(z, append=-0.0)",
             "np.diff(z, n=9)", "z.swapaxes(0, -1)", "z.swapaxes(0, 5)", "z.diagonal()", "z.diagonal(1)",
             "z.diagonal(-1, 0, -1)", "z.repeat(2)", "z.repeat(2, axis=0)", "z.repeat([1, 2], axis=0)", "z.take([0, 2])",
             "z.take([2, 0], axis=-1)", "z.take(7, mode='wrap')", "z.take([99], mode='clip')", "z.take(10)",
             "d = z.diagonal(); d[0] = 5", "z.diagonal().flags.writeable", "np.diff(z).dtype, z.take([0]).dtype"]
    for made in COMPLEX_ARRAYS:
        for call in calls:
            lines.append(f"z = {made}; {call}")
    return lines


THEMES = {"complex-moves": complex_moves, "narrow-out-long": narrow_out_long, "wide-axes": wide_axes, "wide-ufuncs": wide_ufuncs, "text-joins": text_joins, "late-options": late_options,
          "repr-functions": repr_functions}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in THEMES:
        sys.exit(f"usage: answer47_probe.py {{{','.join(THEMES)}}}")
    print("\n".join(THEMES[sys.argv[1]]()))
