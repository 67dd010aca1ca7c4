#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements of session 45's composition probe (fuzz45).

Run: `python3 Tests/SnippetsTests/Fixtures/make_fuzz45_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/468-*` to `471-*` fixtures; rerunning gives identical bytes.

`Fuzz/composition_probe.py` feeds one operation's result to another over every dtype. These are its findings:

468: `+a` is np.positive(a), a new array (docbuild returned `a` itself, so a write through `+a` changed `a`), a NumPy
scalar of a 0-d array, NumPy's no-loop error for bools; `%x`/`%X`/`%o` of a NumPy bool is CPython's TypeError (it has
no `__index__`); a uint32 operand beside a Python int from 2**63 to 2**64 - 1 is NumPy's "out of bounds for uint32"
(docbuild: the C long error), a uint64 array's bitwise operators and shifts take such an int as a uint64 (docbuild
raised); an in-place operator on a read-only array is NumPy's "output array is read-only" before any casting error;
a uint64 element from 2**63 up read as a Python int by round(), complex(), bin(), hex(), oct() (docbuild read its
negative bit pattern); reversed() of a 0-d array or a NumPy scalar.
469: np.array of a list holding NumPy scalars, 0-d arrays or arrays, with dtype=: each item stored as NumPy's
`PyArray_Pack` stores it (arrays and NumPy scalars of another type cast, wrapping integers; a signed integer dtype
reads NumPy scalars through int() and its range check), and a 0-d uint64 from 2**63 up in a list keeping its value
(docbuild read it as -1).
470: float16 sums and products over transposed, swapped and stepped views of 3-d arrays, in NumPy's memory order.
471: NumPy scalars written into arrays: through a basic index or `fill` a signed integer array takes a NumPy scalar
of another type through int() and its range check (docbuild wrapped it), a fancy or mask index casts; np.full and
np.full_like of a uint64 fill from 2**63 up (read as negative before); np.copyto's "Cannot cast scalar" for a 0-d
source.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_fuzz45_fixtures.py"

POSITIVE = [
    "x = np.arange(3); y = +x; y[0] = 9; x",
    "x = np.arange(3); (+x) is x",
    "x = np.arange(3.0); y = +x; y += 1; x, y",
    "x = np.arange(6).reshape(2, 3).T; (+x).flags.c_contiguous, (+x).flags.f_contiguous",
    "repr(+np.array(2.5))",
    "repr(+np.array([1 + 2j]))",
    "repr(+np.float32(2))",
    "repr(+np.int8(-3))",
    "+np.True_",
    "+np.array([True, False])",
    "+np.array(True)",
]
PERCENT = []
for code in ["x", "X", "o", "d", "i", "u", "e", "c"]:
    for value in ["np.True_", "np.array(True)", "np.array(3)", "np.int8(3)", "np.float64(3)", "np.uint64(3)"]:
        PERCENT.append(f"'%{code}' % {value}")
PERCENT += ["format(np.True_, 'x')", "'{:x}'.format(np.True_)", "hex(np.True_)"]

BIG_INTS = []
for made in ["np.uint32(2**32 - 1)", "np.array(7, dtype=np.uint32)", "np.array([2**32 - 1, 3], dtype=np.uint32)",
             "np.array([1, 2], dtype=np.uint16)", "np.array([True, False])"]:
    for expression in ["x + 2**63", "2**63 - x", "x * (2**64 - 1)", "x // 2**63", "x & 2**63", "x << 2**63",
                       "x ** 2**63", "x + 2**64", "x - (-2**63 - 1)", "x / 2**63"]:
        BIG_INTS.append(f"x = {made}; repr({expression})")
    BIG_INTS.append(f"x = {made}; x += 2**63; repr(x)")
for made in ["np.array(2**64 - 1, dtype=np.uint64)", "np.array([2**64 - 1, 2**63, 3], dtype=np.uint64)"]:
    for expression in ["x & 2**63", "2**63 & x", "x | 2**63", "x ^ (2**64 - 1)", "x << 2**63", "2**63 >> x",
                       "x >> 2**63", "x & 2**64"]:
        BIG_INTS.append(f"x = {made}; repr({expression})")
    BIG_INTS.append(f"x = {made}; x |= 2**63 + 1; repr(x)")
    BIG_INTS.append(f"x = {made}; x &= 2**64; repr(x)")

# A uint64 element from 2**63 up where Python reads an int (docbuild read its negative bit pattern).
HIGH_ELEMENTS = ["x = np.array([2**64 - 1, 2**63, 3], dtype=np.uint64)"]
for value in ["np.float64(1)", "np.int8(3)", "np.True_", "np.array(5)", "np.array(2.5)", "np.array([1, 2])"]:
    HIGH_ELEMENTS.append(f"list(reversed({value}))")
for key in ["x[0]", "np.array(2**64 - 1, dtype=np.uint64)", "x[2]", "np.int8(-1)"]:
    HIGH_ELEMENTS.append(f"l = [1, 2, 3, 4]; del l[{key}]; l")
for element in ["x[0]", "x[1]", "x[2]", "np.array(2**64 - 1, dtype=np.uint64)"]:
    for form in ["round({})", "complex({})", "complex({}, 1)", "bin({})", "hex({})", "oct({})", "int({})",
                 "float({})"]:
        HIGH_ELEMENTS.append(f"repr({form.format(element)})")

READ_ONLY = [
    "b = (np.arange(6).reshape(2, 3) % 3 == 0); v = b.T.imag; v -= v",
    "b = (np.arange(6).reshape(2, 3) % 3 == 0); v = b.imag; v += 1",
    "b = np.arange(6); v = b.imag; v += 1.5",
    "b = np.arange(6); v = b.imag; v += None",
    "b = np.arange(6); v = b.imag; v += np.zeros((3, 3))",
    "b = np.arange(6.0); v = np.broadcast_to(b, (2, 6)); v += [1, 2]",
    "b = np.arange(6.0); v = b.reshape(2, 3).diagonal(); v += 'x'",
    "b = np.arange(6); b.flags.writeable = False; b <<= 1.5",
    "b = np.arange(6); b.flags.writeable = False; b += [1, 2]",
    "b = np.broadcast_to(np.arange(3), (2, 3)); b[0] += 1",
    "b = np.broadcast_to(np.arange(3), (2, 3)); b[[0]] += 1",
    "b = np.broadcast_to(np.arange(3), (2, 3)); b[0] |= 1",
    "b = np.broadcast_to(np.arange(3), (2, 3)); b[[0]] |= 1",
    "b = np.broadcast_to(np.arange(3), (2, 3)); b |= 1.5",
    "b = np.broadcast_to(np.arange(6).reshape(2, 3), (2, 2, 3)); b[0, 1] += 1",
    "b = np.broadcast_to(np.arange(6).reshape(2, 3), (2, 2, 3)); b[0, 1, 2] += 1",
    "b = np.arange(6); b.flags.writeable = False; b[::2] -= 1",
    "b = np.arange(6); b.flags.writeable = False; b[::2] >>= 1",
    "b = np.arange(6); b.flags.writeable = False; b[[0]] >>= 1",
    "b = np.arange(6); b.flags.writeable = False; b[b > 2] += 1",
    "b = np.arange(6); b.flags.writeable = False; b[...] *= 2",
    "b = np.arange(6); b.flags.writeable = False; b[1:] += 'x'",
    "b = np.arange(6.0).reshape(2, 3); v = b.T; v.flags.writeable = False; v[0] += 1",
    "x = np.array(5); x |= 1; repr(x)",
    "x = np.array(5, dtype=np.uint8); x <<= 2; repr(x)",
    "x = np.array(True); x ^= True; repr(x)",
    "x = np.array(5); y = x; x &= 4; repr(y)",
]

HIGH = "np.array([2**64 - 1, 5], dtype=np.uint64)"
LISTS = [f"x = {HIGH}"]
for items in ["x[0], x[1]", "x[0], 1", "x[0], 1.5", "x[0], -1", "x[0], np.int64(-1)", "x[0], True", "x[0], np.uint8(7)",
              "x[0], np.int8(100)", "x[0], np.float32(2)", "x[0], np.float16(1)", "x[1], np.int8(-1)",
              "np.array(2**64 - 1, dtype=np.uint64), np.int16(2)", "np.array(2**64 - 1, dtype=np.uint64)"]:
    LISTS.append(f"repr(np.array([{items}]))")
LISTS += ["repr(np.array([x[:1], [True]]))", "repr(np.array([[x[0]], [np.int8(1)]]))", "repr(np.asarray((x[0], 2)))"]
for items in ["x[0], 1", "x[0]"]:
    for dtype in ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "bool"]:
        LISTS.append(f"repr(np.array([{items}], dtype=np.{dtype}))")
INTEGER_TYPES = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]
for value in ["np.int64(300)", "np.int64(-1)", "np.int16(-32768)", "np.uint8(200)", "np.uint32(2**32 - 1)",
              "np.True_", "np.array(300)", "np.array(-128, dtype=np.int8)", "np.array([300])[0]"]:
    for dtype in INTEGER_TYPES + ["float16", "bool"]:
        LISTS.append(f"repr(np.array([{value}, 1], dtype=np.{dtype}))")
# A float outside an unsigned dtype's range converts by the CPU there (refused); the signed dtypes read it with int().
for value in ["np.float64(300.5)", "np.float64(np.nan)", "np.float64(1e300)", "np.float32(3.4e38)", "np.float16(-2.5)"]:
    for dtype in ["int8", "int16", "int32", "int64", "float16", "bool"]:
        LISTS.append(f"repr(np.array([{value}, 1], dtype=np.{dtype}))")
LISTS += ["repr(np.array([np.array([300]), [1]], dtype=np.int8))",
          "repr(np.array([np.array([-1]), np.array([1])], dtype=np.uint8))",
          "repr(np.array([[np.int64(300)], [1]], dtype=np.int8))", "repr(np.array((np.int64(300),), dtype=np.int8))",
          "repr(np.asarray([np.int64(300)], dtype=np.uint8))", "repr(np.array(np.int64(300), dtype=np.int8))",
          "repr(np.array([1+2j, np.int64(300)], dtype=np.int8))", "repr(np.array([-1, np.int64(300)], dtype=np.uint8))",
          "repr(np.array([np.int64(300), -1], dtype=np.uint8))", "repr(np.array([np.int64(300), 1.5], dtype=np.int8))"]

HALF_VIEWS = []
for base in ["(np.arange(60, dtype=np.float16).reshape(3, 4, 5) * np.float16(0.37))",
             "(np.arange(24, dtype=np.float16).reshape(2, 3, 4) * np.float16(0.3))"]:
    HALF_VIEWS.append(f"b = {base}")
    for view in ["b.T", "b.transpose(1, 0, 2)", "b.transpose(2, 0, 1)", "np.swapaxes(b, 0, 1)", "b[::-1].T",
                 "b[..., ::-1].transpose(0, 2, 1)", "b.T[::2]", "np.moveaxis(b, 2, 0)[:, 1:]", "b.T[..., None]"]:
        for reduction in ["v.sum(0)", "v.sum(1)", "v.sum(-1)", "v.sum()", "v.sum((0, 1))", "v.sum(0, keepdims=True)",
                          "v.prod(0)", "v.prod(-1)", "np.add.reduce(v, 1)"]:
            HALF_VIEWS.append(f"v = {view}; repr({reduction})")

STORES = []
for value in ["np.int16(30000)", "np.uint8(200)", "np.uint16(65535)", "np.int32(-2**31)", "np.uint32(2**31)",
              "np.int64(2**62)", "np.int8(-128)", "np.array(30000, dtype=np.int16)", "np.float64(300.5)",
              "np.float32(-2.5)", "np.True_", "np.uint64(5)"]:
    for target in ["int8", "int16", "int32", "uint8", "uint16"]:
        for form in ["a[0] = {v}", "a[:] = {v}", "a[...] = {v}", "a[0, ...] = {v}", "a.fill({v})", "a[[0]] = {v}",
                     "a[a == a] = {v}"]:
            if value.startswith("np.float") and (target.startswith("u") or "a[" in form and "]] =" in form
                                                 or "a == a" in form):
                continue  # a float cast where it does not fit converts by the CPU there (refused)
            STORES.append(f"a = np.zeros(2, dtype=np.{target}); {form.format(v=value)}; repr(a)")
HIGH_FILL = "np.array(2**64 - 1, dtype=np.uint64)"
for dtype in ["float32", "float64", "complex128", "uint64", None]:
    given = f", dtype=np.{dtype}" if dtype else ""
    STORES.append(f"repr(np.full(2, {HIGH_FILL}{given}))")
    STORES.append(f"repr(np.full(2, np.array(2**63, dtype=np.uint64){given}))")
for dtype in ["float32", "float64", "complex64", "uint64"]:
    STORES.append(f"repr(np.full_like(np.zeros(2, dtype=np.{dtype}), {HIGH_FILL}))")
for source in ["np.int8(100)", "np.array(100, dtype=np.int8)", "np.array([100, 1], dtype=np.int8)", "np.float64(1.5)",
               "np.array([1.5, 2])"]:
    for target in ["uint16", "bool", "int64"]:
        STORES.append(f"a = np.zeros(2, dtype=np.{target}); np.copyto(a, {source}); repr(a)")

FIXTURES = {
    "468-positive-percent-bools-uint-big-ints-read-only-in-place": (
        "+a as np.positive (a new array; bools have no loop), %x/%X/%o of NumPy bools, Python ints from 2**63 to "
        "2**64 - 1 beside uint32 and uint64 operands, and in-place operators on read-only arrays.",
        ["import numpy as np"] + POSITIVE + PERCENT + BIG_INTS + READ_ONLY + HIGH_ELEMENTS,
    ),
    "469-numpy-values-in-lists-given-to-np-array": (
        "np.array of lists holding NumPy scalars, 0-d arrays and arrays, with and without dtype= (NumPy's "
        "PyArray_Pack: casts, or int() and the range check of a signed integer dtype), and uint64 values from "
        "2**63 up among them.",
        ["import numpy as np"] + LISTS,
    ),
    "471-numpy-scalars-stored-into-arrays": (
        "NumPy scalars and 0-d arrays written into arrays of a signed integer dtype through basic indices and fill "
        "(int() and the range check), fancy and mask indices (a cast); np.full and np.full_like of a uint64 fill "
        "from 2**63 up; np.copyto's cast error for a 0-d source.",
        ["import numpy as np"] + STORES,
    ),
    "470-float16-reductions-of-transposed-views": (
        "float16 sums and products along each axis of transposed, swapped and stepped views of 3-d arrays.",
        ["import numpy as np"] + HALF_VIEWS,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
