#!/usr/bin/env python3
"""Writes what CPython and NumPy print for the statements the differential fuzzers found docbuild printing otherwise.

Run: `python3 Tests/SnippetsTests/Fixtures/make_wrongout4_fixtures.py` (Python 3.11, NumPy 2.4.6 on x86-64). It
rewrites `interpreter/78-wrongout4-differential-findings.txt`; rerunning gives identical bytes.

Each group names the fuzzer run that found it (`Fuzz/numpy_differential.py --grammar tutorial` with `--seed`, the
grammar this round added: printing under `np.printoptions`, format specs on NumPy scalars, integer reductions that
overflow and in-place operators on views) and widens the one statement into the family it belongs to:

- the mean of integers whose sum passes 2**53 (seeds 744-745, `big.mean()` for `[2**62, 2**62, 3]` printed
  `np.float64(-3.0744573456182584e+18)`, NumPy `np.float64(3.0744573456182584e+18)`): NumPy's `_mean` sums integers
  converted to float64, where docbuild summed them in int64, which wraps; below 2**53 the two sums agree.
- `np.add` and `np.multiply`'s `reduce`, `accumulate` and `reduceat` of bool and integers narrower than 64 bits
  (seeds 743 and 746, `print(np.add.accumulate(k.reshape(2, 2)))` of uint8 printed `[203   3]`, NumPy `[203 259]`):
  NumPy casts them to int64 (unsigned ones to uint64) first; other ufuncs keep the dtype, but `np.logical_and`'s
  and `np.logical_or`'s accumulation is bool from its first item (docbuild kept that item's integer).
- an augmented assignment to a name whose array does not broadcast with the operand (seeds 743-746,
  `x = np.arange(10.0); v = x[1:3]; v /= x[::-1]`): NumPy's in-place ufunc names the output's shape as a third.
- the flat iterator `a.flat` (seeds 743-746, `x = np.arange(10); v = x.flat; v *= np.int8(7); x` printed
  `array([ 0,  7, 14, …])`, NumPy `array([0, 1, 2, …])`): it is no array. It has no arithmetic of its own (an
  ndarray or NumPy scalar operand takes it as an array, a Python number is a TypeError), so an augmented assignment
  rebinds the name to a new array and never writes; it has four attributes (`base coords copy index`), no unary
  operators, and a slice of it is a copy.
- `mean(dtype=np.float16)` (seed 753, `np.array([60000, 6000], dtype=np.uint16).mean(dtype=np.float16)` printed
  `3.3e+04`, NumPy `inf`): NumPy sums in float16 itself (its float32 accumulation is a float16 mean's without
  `dtype=`), so a sum past 65504 is inf.
- an augmented assignment whose result would not fit the array (seed 757,
  `x = np.arange(8, dtype=np.int8) * 40; v = x[:, None]; v **= x` printed "Integers to negative integer powers are
  not allowed.", NumPy "non-broadcastable output operand ..."): NumPy checks the output's shape before the loop runs.
- an f-string field with `=` and an explicit empty spec (python_differential seeds 146-149, `f'{"text" = :}'`
  printed `'"text" = \\'text\\''`, CPython `'"text" = text'`): a spec, even empty, formats the value instead of its repr.
- `round(x, ndigits)` with negative ndigits (python_differential seeds 146-149, `print(round(1e300 * 10, -5))`
  printed `9.999999999999999e+300`, CPython `1e+301`): CPython rounds the exact decimal digits half-even and reads
  the result back, where docbuild divided by 10**5 first, rounding twice.
- `np.dot` of a zero scalar and a float64 array of more than one element (numpy_differential seeds 764-766,
  `(np.dot(np.argmax(np.int64(3)), (m[::-1] ** 2.5))).prod().T.copy()` printed `np.float64(nan)`, NumPy
  `np.float64(0.0)`): BLAS's `daxpy` adds nothing for a zero scalar, so NaNs times it are 0; a single element is a
  plain product (`np.dot(-1.0, np.array([0.0]))` is `array([-0.])`).
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "78-wrongout4-differential-findings.txt"


def integer_mean_statements():
    """Means of int64, uint64 and narrower integers around 2**53, over every axis form, and the fuzzer's statement."""
    statements = [
        "big = np.array([2**62, 2**62, 3], dtype=np.int64)",
        "big.mean(), np.mean(big), print(big.mean())",
        "big.mean(axis=0), big.reshape(3, 1).mean(axis=0), big.reshape(1, 3).mean(axis=1, keepdims=True)",
        "np.average(big), np.mean(big[::-1]), big[::2].mean()",
        "np.array([2**62, -2**62, 2**62, 7]).mean(), np.array([-2**63, -2**63]).mean()",
        "np.array([2**53, 1, 1]).mean(), np.array([2**53 - 1, 1]).mean(), np.array([2**52, 2**52 - 1, 1]).mean()",
        "np.array([2**53 + 1, 2**53 + 3, 5]).mean(), np.array([9007199254740993, 1]).mean()",
        "u = np.array([2**62, 2**62 + 5, 3], dtype=np.uint64) + np.array([2**62, 2**62, 0], dtype=np.uint64)",
        "u, u.mean(), u[:2].mean(), u.reshape(1, 3).mean(axis=1)",
        "np.array([[2**61, 3], [2**61 + 1, 2**62]]).mean(axis=0), np.array([[2**61, 3], [2**61 + 1, 2**62]]).mean(axis=1)",
        "np.array([[2**61, 3], [2**61 + 1, 2**62]]).T.mean(axis=1), np.array([[2**61, 3], [2**61 + 1, 2**62]]).T.mean()",
        "np.arange(0, 2**62, 2**55).mean(), np.arange(0, 2**62, 2**55).reshape(8, 16).mean(axis=0)",
        "np.array([2**31 - 1, 2**31 - 1], dtype=np.int32).mean(), np.array([60000, 6000], dtype=np.uint16).mean()",
        "np.array([100, 120, -128, 7], dtype=np.int8).mean(), np.array([True, True, False]).mean()",
        "np.array([2**62, 2**62, 3]).mean(dtype=np.float64), np.array([2**62, 2**62, 3]).mean(dtype=np.float32)",
    ]
    return statements


UFUNCS = ["add", "multiply", "subtract", "maximum", "minimum", "bitwise_or", "logical_and"]
KINDS = ["bool_", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]


def accumulate_statements():
    """reduce, accumulate and reduceat of each ufunc over each integer and bool dtype, 1-d and 2-d, with values
    that overflow the narrow dtypes."""
    statements = [
        "k = np.array([200, 250, 3, 9], dtype=np.uint8)",
        "print(np.add.accumulate(k.reshape(2, 2)))",
        "h = np.array([100, 120, -128, 7], dtype=np.int8)",
    ]
    for ufunc in UFUNCS:
        for kind in KINDS:
            if kind == "uint64" and ufunc not in ("add", "multiply", "subtract"):
                continue  # docbuild refuses uint64 comparisons and bitwise operators beyond + - *
            values = "[1, 0, 1, 1]" if kind == "bool_" else "[3, 1, 2, 1]" if ufunc == "subtract" else "[100, 120, 60, 7]"
            with np.errstate(all="ignore"):
                array = np.array(eval(values), dtype=getattr(np, kind))
                try:
                    getattr(np, ufunc).reduce(array)
                except TypeError:
                    continue
            x = f"np.array({values}, dtype=np.{kind})"
            statements.append(f"np.{ufunc}.reduce({x}), np.{ufunc}.accumulate({x})")
            statements.append(f"np.{ufunc}.accumulate({x}.reshape(2, 2)), np.{ufunc}.accumulate({x}.reshape(2, 2), axis=1)")
            statements.append(f"np.{ufunc}.reduce({x}.reshape(2, 2), axis=1), np.{ufunc}.reduceat({x}, [0, 2])")
    statements += [
        "np.add.accumulate(k), np.multiply.accumulate(k), np.multiply.reduce(k)",
        "np.add.accumulate(h), np.multiply.accumulate(h), np.add.reduce(h, keepdims=True)",
        "np.multiply.accumulate(np.array([100, 2], dtype=np.int16))",
        "np.add.reduce(np.array([[True, True], [False, True]]), axis=0)",
        "np.cumsum(k), np.cumprod(h), k.sum(), h.prod()",
    ]
    return statements


def broadcast_error_statements():
    """Augmented assignment to a name, a slice and an item whose operand does not broadcast, for each operator."""
    statements = []
    for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**="]:
        statements.append(f"x = np.arange(10.0); v = x[1:3]; v {op} x[::-1]")
    statements += [
        "x = np.arange(10); v = x[::2]; v //= x",
        "x = np.arange(6, dtype=np.uint8); v = x[1:]; v += x",
        "x = np.ones((3, 3)); v = x.ravel(); v -= x[::-1]",
        "x = np.arange(12.0).reshape(3, 4); v = x[::2]; v += x",
        "x = np.arange(10.0); v = x.view(); v -= [1, 2]",
        "x = np.arange(3.0); x += np.arange(2.0)",
        "x = np.arange(3.0); x *= np.ones((2, 3))",
        "x = np.arange(3.0); x[:] += np.arange(2.0)",
        "x = np.arange(6).reshape(2, 3); x += np.arange(2)",
        "x = np.arange(4, dtype=np.int8); x |= np.arange(3, dtype=np.int8)",
        "x = np.arange(4, dtype=np.int8); x <<= np.arange(3, dtype=np.int8)",
        "x = np.arange(4.0); x @= np.ones(3)",
    ]
    return statements


def flat_statements():
    """What a flat iterator does and does not do, next to what `a.flat[...]` reads and writes."""
    return [
        "x = np.arange(10); v = x.flat; v *= np.int8(7); x",
        "v",
        "x = np.arange(10.0); v = x.flat; v -= x; v, x",
        "x = np.ones((3, 3)); v = x.flat; v //= np.int8(7); x.dtype, x.sum()",
        "x = np.arange(8, dtype=np.int8) * 40; v = x.flat; v -= x; repr(x)",
        "x = np.arange(6, dtype=np.uint8); v = x.flat; v *= x[::-1]; v.base is x, v.flags.writeable",
        "x = np.arange(6, dtype=np.uint8); v = x.flat; v -= np.int8(7); x",
        "x = np.arange(10); v = x.flat; v /= x; x.dtype, x.sum()",
        "x = np.arange(10); v = x.flat; v += 1",
        "x = np.arange(10); v = x.flat; v %= 2**40",
        "x = np.arange(10); v = x.flat; v **= 2",
        "x = np.arange(10); v = x.flat; v |= True",
        "x = np.arange(10.0); v = x.flat; v <<= 100",
        "x = np.arange(6, dtype=np.uint8); v = x.flat; v *= 2.5",
        "x = np.arange(10); v = x.flat; v @= x",
        "x = np.arange(6); f = x.flat",
        "type(f), f.base is x, len(f)",
        "3 in f",
        "f[0], list(f)",
        "f[1], sum(f)",
        "f[0] = 0; [v * 2 for v in f]",
        "[v for v in x.flat], [v for v in x.flat], list(x.flat), 9 in x.flat",
        "g = np.arange(6.0).reshape(2, 3).flat; g[1:3] = 7.5; list(g)",
        "isinstance(f, np.ndarray), isinstance(x, np.ndarray)",
        "f + 1",
        "2 * f",
        "f ** 2",
        "2 ** f",
        "f + [1]",
        "f + f",
        "f - 1.5",
        "f & 1",
        "f + np.int8(1), np.int8(1) + f, f * np.arange(6), np.arange(6) - f, f @ np.arange(6)",
        "f == 2, f < 3, 2 == f, f != np.arange(6)",
        "-f",
        "+f",
        "~f",
        "abs(f)",
        "f.shape",
        "f.T",
        "f.sum()",
        "f.dtype",
        "f.reshape(2, 3)",
        "f.copy(), f[3], f[-1], f[[0, 5]], f[np.array([True, False] * 3)]",
        "y = x.flat[1:3]; y[0] = 99; x, y",
        "y = x.flat[...]; y[0] = 42; x",
        "x.T.flat[1:4], x.reshape(2, 3).T.flat[1:4], x.reshape(2, 3).flat[4]",
        "f[3] = 100; x",
        "f[[1, 2]] = 7; x",
        "f[4:] = -1; x",
        "np.sum(f), np.asarray(f), np.array(f)",
        "[int(v) for v in x.reshape(2, 3).T.flat]",
    ]


def float16_mean_statements():
    """`mean(dtype=np.float16)` of integers and halves, whose float16 sum can pass 65504, beside the float32 mean of
    halves without dtype=."""
    statements = []
    for array in ["np.array([60000, 6000], dtype=np.uint16)", "np.array([60000.0, 6000.0], dtype=np.float16)",
                  "np.arange(10, dtype=np.float16) / 3", "np.array([[1, 2], [3, 4]], dtype=np.int8)",
                  "np.array([[30000, 40000], [3, 4]], dtype=np.int32)", "np.linspace(0, 1, 7)"]:
        statements.append(f"a = {array}")
        statements.append("a.mean(dtype=np.float16), np.mean(a, dtype=np.float16), a.mean(axis=0, dtype=np.float16)")
        statements.append("a.mean(axis=-1, dtype=np.float16, keepdims=True), a.mean(dtype=np.float32)")
    statements.append("np.array([60000, 6000], dtype=np.float16).mean(), np.array([60000, 6000], dtype=np.float16).sum()")
    return statements


def output_shape_first_statements():
    """An augmented assignment whose result would not fit its array fails on that shape before the loop's own errors."""
    return [
        "x = np.arange(8, dtype=np.int8) * 40; v = x[:, None]; v **= x",
        "x = np.arange(3); x **= np.array([[-1], [2]])",
        "x = np.arange(3); x **= np.array([-1, 2, 0])",
        "x = np.arange(3); x **= np.array([[2], [2]])",
        "x = np.arange(4.0); x += np.ones((2, 4))",
        "x = np.arange(4.0).reshape(4, 1); x -= np.ones(4); x",
        "x = np.ones((2, 1)); x *= np.ones((1, 1)); x",
    ]


def python_statements():
    """An f-string field's `=` with an explicit empty spec, and `round` to tens and beyond, near ties and large."""
    statements = [
        "x = 2.5; s = 'text'",
        "f'{\"text\" = :}', f'{x=:}', f'{x=}', f'{x=!r:}', f'{x=:>6}', f'{s=:}', f'{s=}', f'{s = !s:}'",
        "f'{np.float64(0.1)=:}', f'{np.float64(0.1)=}', f'{[1, 2]=:}', f'{None=:}'",
    ]
    values = ["1e300 * 10", "1e301", "1.7976931348623157e308", "123456789012345678.0", "2.5e22", "149.5", "150.0",
              "250.0", "-250.0", "350.0", "25.0", "-35.0", "1e16 + 2", "5e15 + 0.5", "0.4", "-0.4", "12345.678"]
    for value in values:
        statements.append(f"[round({value}, d) for d in (-1, -2, -3, -5, -16, -22, -300, -308, -309)]")
    statements += [
        "print(round(1e300 * 10, -5))",
        "round(np.float64(1e301), -5), round(np.float64(250.0), -2)",
    ]
    return statements


def dot_scalar_statements():
    """`np.dot` of a scalar and a float64 vector or matrix: BLAS adds the products into zeros, and a zero scalar adds
    nothing, so its NaNs and infinities give 0; one element, two scalars or three axes multiply."""
    statements = ["m = np.linspace(-2, 2, 12).reshape(3, 4)"]
    for scalar in ["0.0", "-0.0", "0", "np.int64(0)", "np.float64(0)", "False", "np.array(0.0)", "-1.0", "2.0"]:
        for array in ["np.array([np.nan, 1.0])", "np.array([np.inf, -0.0, 2.0])", "np.array([[np.nan, 1.0], [2, 3]])",
                      "np.array([[np.nan, 1.0], [2, 3]]).T", "np.array([np.nan])", "np.full((2, 2, 2), np.nan)"]:
            statements.append(f"np.dot({scalar}, {array}), np.dot({array}, {scalar})")
    statements += [
        "with np.errstate(all='ignore'): y = m[::-1] ** 2.5",
        "(np.dot(np.argmax(np.int64(3)), (m[::-1] ** 2.5))).prod().T.copy()",
        "np.dot(np.int64(0), y), np.dot(np.int64(1), y), y.dot(0.0)",
        "np.dot(-1.0, np.array([0.0])), np.dot(-1.0, np.array([0.0, 1.0]))",
    ]
    return statements


GROUPS = [integer_mean_statements(), accumulate_statements(), broadcast_error_statements(), flat_statements(),
          float16_mean_statements(), output_shape_first_statements(), python_statements(), dot_scalar_statements()]


def main():
    statements = ["import numpy as np"] + [statement for group in GROUPS for statement in group]
    header = (
        f"# 78-wrongout4-differential-findings: generated by make_wrongout4_fixtures.py from Python and NumPy "
        f"{np.__version__}; what the differential fuzzers found docbuild printing otherwise (see the script)."
    )
    write_transcript(OUTPUT, header, statements, {"np": np, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
