#!/usr/bin/env python3
"""Writes what CPython and NumPy print for the tutorial code the reach probe found docbuild refusing (issue 10).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach15_fixtures.py` (Python 3.11, numpy 2.4.6, on an x86-64 CPU with
AVX-512: NumPy's `np.partition` of one kth dispatches to x86-simd-sort there). It rewrites
`interpreter/64-reach15-stride-tricks-partition-nditer.txt`; rerunning gives identical bytes.

`Benchmarks/reach_probe.py` listed these among the refusals left in published tutorials: `numpy.lib.stride_tricks`
(`sliding_window_view`, `as_strided`) and `np.add.reduceat` in NumPy's 100 exercises, `np.partition` and
`np.argpartition` in the Python Data Science Handbook, `np.nditer` in cs231n's numerical gradient and the 100
exercises, `np.seterr` and `np.emath.sqrt` in the 100 exercises. Each block below is what docbuild now runs as CPython
and NumPy do, the statements that raise included, with NumPy's own messages. What docbuild refuses instead (reads
outside an array's memory, writes through overlapping windows, partitions whose order x86-simd-sort's vector code
decides) is in `Tests/SnippetsTests/Reach15RefusalTests.swift`.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "64-reach15-stride-tricks-partition-nditer.txt"

STRIDE_TRICKS = [
    # NumPy's 100 exercises, 75 and 76: moving averages and rolling windows.
    "from numpy.lib.stride_tricks import sliding_window_view",
    "Z = np.arange(20)",
    "print(sliding_window_view(Z, window_shape=3).mean(axis=-1))",
    "from numpy.lib import stride_tricks",
    "def rolling(a, window):\n"
    "    shape = (a.size - window + 1, window)\n"
    "    strides = (a.strides[0], a.strides[0])\n"
    "    return stride_tricks.as_strided(a, shape=shape, strides=strides)",
    "Z = rolling(np.arange(10), 3)",
    "print(Z)",
    "Z",
    "Z.strides, Z.flags.writeable, Z.flags.c_contiguous, Z.flags.owndata",
    "Z = np.arange(1, 15, dtype=np.uint32)",
    "R = stride_tricks.as_strided(Z, (11, 4), (4, 4))",
    "print(R)",
    "R.dtype, R.strides",
    "print(sliding_window_view(Z, window_shape=4))",
    # 84: every 3x3 block of a 10x10 matrix.
    "np.random.seed(0)",
    "Z = np.random.randint(0, 5, (10, 10))",
    "n = 3",
    "i = 1 + (Z.shape[0] - 3)",
    "j = 1 + (Z.shape[1] - 3)",
    "C = stride_tricks.as_strided(Z, shape=(i, j, n, n), strides=Z.strides + Z.strides)",
    "print(C[:2, :2])",
    "C.shape, C.strides, C.sum()",
    "W = sliding_window_view(Z, window_shape=(3, 3))",
    "np.array_equal(W, C), W.flags.writeable",
    # 87: block sums of a 16x16 matrix, with reduceat and with windows.
    "Z = np.ones((16, 16))",
    "k = 4",
    "S = np.add.reduceat(np.add.reduceat(Z, np.arange(0, Z.shape[0], k), axis=0),\n"
    "                                       np.arange(0, Z.shape[1], k), axis=1)",
    "print(S)",
    "windows = np.lib.stride_tricks.sliding_window_view(Z, (k, k))",
    "S = windows[::k, ::k, ...].sum(axis=(-2, -1))",
    "S",
    # axis= and window_shape=, as NumPy's own examples give them.
    "x = np.arange(12).reshape(3, 4)",
    "sliding_window_view(x, 2, axis=0)",
    "sliding_window_view(x, (2, 2), axis=(1, 1))",
    "sliding_window_view(x, 3, axis=-1)",
    "sliding_window_view(x, (2, 3))",
    "sliding_window_view(np.arange(6.0), np.int64(2))",
    "sliding_window_view([1, 2, 3, 4], 2)",
    "sliding_window_view(x.T, 2, axis=1)",
    "v = sliding_window_view(x[:, ::2], 2, axis=0)",
    "v, v.strides",
    "sliding_window_view(np.arange(5), 5), sliding_window_view(np.arange(5), 0)",
    "sliding_window_view(np.arange(5), ())",
    "sliding_window_view(x, 2)",
    "sliding_window_view(x, (2, 2, 2))",
    "sliding_window_view(x, 4, axis=0)",
    "sliding_window_view(x, -1)",
    "sliding_window_view(x, 2, axis=2)",
    "sliding_window_view(x, (2, 2), axis=0)",
    "sliding_window_view(x, (2, 2), axis=(0, 0))",
    "sliding_window_view(x, 1.5, axis=0)",
    # Read-only by default; writeable=True makes a view that writes through.
    "w = sliding_window_view(np.arange(5.0), 2)",
    "w.flags",
    "w[0, 0] = 7",
    "w += 1",
    "a = np.arange(6.0)",
    "w = sliding_window_view(a, 3, writeable=True)",
    "w.flags.writeable",
    "w[::3, 0]",
    "w[1, 1] = 50",
    "a, w",
    "a[0] = -1",
    "w[0]",
    # Writes that give each memory position one value, however NumPy's loop runs.
    "w += 1",
    "a",
    "w[0] = [7, 8, 9]",
    "a",
    "w[...] = w * 2",
    "a, w[-1]",
    "w[2, ::2] = -5",
    "a",
    # as_strided: shape and strides default to the array's own; a view of part of the memory may read all of it.
    "a = np.arange(6.0)",
    "stride_tricks.as_strided(a, shape=(3,))",
    "stride_tricks.as_strided(a)",
    "stride_tricks.as_strided(a[::2], (3, 2), (16, 8))",
    "stride_tricks.as_strided(a[::-1], (2, 3), (-8, -16))",
    "r = stride_tricks.as_strided(a, (2, 3), (24, 8))",
    "r[1, 2] = 100",
    "a, r.flags.writeable, np.shares_memory(r, a)",
    "stride_tricks.as_strided(a, (3, 2), (0, 8))",
    "stride_tricks.as_strided(a, (2, 3), (24, 8), writeable=False).flags.writeable",
    "stride_tricks.as_strided(a, (3,), (8, 8))",
    "stride_tricks.as_strided(a, (-1,))",
    "stride_tricks.as_strided(a, 3)",
    "stride_tricks.as_strided(a, (3,), 8)",
    "stride_tricks.as_strided(a, (2.0,))",
    "stride_tricks.as_strided(a, (0, 5), (8, 800))",
    "from numpy.lib.stride_tricks import as_strided",
    "as_strided(np.arange(6, dtype=np.int16).reshape(2, 3), (2, 2), (2, 2))",
    "as_strided(np.array([[1.5, 2.5], [3.5, 4.5]]).T, (4,), (8,))",
]

SETERR = [
    # NumPy's 100 exercises, 31 and 32.
    "defaults = np.seterr(all='ignore')",
    "Z = np.ones(1) / 0",
    "_ = np.seterr(**defaults)",
    "defaults",
    "np.geterr()",
    "np.seterr(divide='ignore', all='warn')",
    "np.seterr(under='warn')",
    "np.geterr()",
    "np.seterr(all=None)",
    "with np.errstate(all='ignore'):\n    print(np.geterr())",
    "np.geterr()",
    "np.seterr(over='bogus')",
    "np.seterr(over=1)",
    "np.seterr(**np.seterr())",
    "np.sqrt(-1) == np.emath.sqrt(-1)",
    "np.emath.sqrt(-1), np.emath.sqrt(4), np.emath.sqrt(-4.0)",
    "np.emath.sqrt([-4, 4]), np.emath.sqrt(np.array([4.0, 9.0]))",
    "np.emath.sqrt(np.array([4.0], dtype=np.float32)), np.emath.sqrt(np.array([4, 9], dtype=np.uint8))",
    "np.emath.sqrt(-0.0), np.emath.sqrt(np.float16(-4))",
    "np.emath.log(np.e), np.emath.log([np.e, 1]), np.emath.log10(100), np.emath.log2(8), np.emath.log(0.0)",
    "from numpy.lib import scimath",
    "scimath.sqrt(-9)",
]

PARTITION = [
    # The Python Data Science Handbook, 02.08: partial sorts and k nearest neighbours.
    "x = np.array([7, 2, 3, 1, 6, 5, 4])",
    "np.partition(x, 3)",
    "np.random.seed(42)",
    "X = np.random.randint(0, 10, (4, 6))",
    "np.partition(X, 2, axis=1)",
    "np.partition(X, 2, axis=0), np.partition(X, 2, axis=None)",
    "X = np.random.rand(10, 2)",
    "dist_sq = np.sum((X[:, np.newaxis] - X[np.newaxis, :]) ** 2, axis=-1)",
    "K = 2",
    "nearest_partition = np.argpartition(dist_sq, K + 1, axis=1)",
    "nearest_partition[:, :K + 1]",
    "nearest_partition",
    # NumPy's 100 exercises, 89: the n largest values.
    "Z = np.arange(200)",
    "np.random.shuffle(Z)",
    "n = 5",
    "print(Z[np.argpartition(-Z, n)[:n]])",
    "print(Z[np.argpartition(Z, -n)[-n:]])",
    # Several kth run NumPy's own introselect, as do 8-bit and bool types.
    "a = np.random.randint(0, 1000, 60)",
    "np.partition(a, [3, 20, 40])",
    "np.argpartition(a, [3, 20, 40])",
    "np.partition(a, (-1, 10)), np.partition(a, [5, 5, 1])",
    "np.partition(a.astype(np.int8), 10), np.argpartition(a.astype(np.int8), 10)",
    "np.partition(a.astype(np.uint8), [0, 59]), np.argpartition(a.astype(np.uint8), 30)",
    "np.partition(a > 500, 30), np.argpartition(a > 500, 30)",
    "r = np.roll(np.arange(1000), 500)",
    "p = np.partition(r, [100, 900])",
    "p[:30], p[-30:], (p * np.arange(1000)).sum()",
    "q = np.argpartition(r, [100, 900])",
    "q[95:105], (q * np.arange(1000)).sum()",
    "f = np.random.standard_normal(400)",
    "p = np.partition(f, [7, 399])",
    "p[:10], p[-3:], (p * np.arange(400)).sum()",
    "q = np.argpartition(f, [0, 1, 2, 200])",
    "q[:5], q[198:203], (q * np.arange(400)).sum()",
    "s = np.partition(np.sin(np.arange(3000)), [1500, 1501])",
    "s[1495:1505], (s * np.arange(3000)).sum()",
    "u = np.argpartition(np.cos(np.arange(2000) * 0.7), [10, 1000, 1990])",
    "u[:12], u[995:1005], (u * np.arange(2000)).sum()",
    # One kth of a 16-, 32- or 64-bit type: x86-simd-sort's selection, which sorts a line of up to 256 (512).
    "np.partition(np.float32([4.5, -1, 3, 2.25, 0, 7]), 2), np.argpartition(np.float32([4.5, -1, 3, 2.25, 0, 7]), 2)",
    "np.partition(np.int16([9, -3, 5, 0, 2]), 1), np.partition(np.uint16([9, 3, 5, 0, 2]), 4)",
    "np.argpartition(np.int16([9, -3, 5, 0, 2, 9, 5]), 1), np.argpartition(np.float16([9, -3, 5, 0, 2, 9, 5]), 3)",
    "np.partition(np.float16([9, -3, 5, 0, 2, 9, 5]), 3)",
    "big = np.array([-9223372036854775803, 3, -1, -9223372036854775808]).astype(np.uint64)",
    "np.partition(big, 1), np.argpartition(big, 1)",
    "np.partition(np.random.randint(0, 20, 256), 100)",
    "np.partition(np.random.standard_normal(500).astype(np.float32), 250)[::50]",
    "np.argpartition(np.random.permutation(256), 3)[:8]",
    # Longer lines: x86-simd-sort's argselect partitions eight lanes at a time down to a range of 256, then sorts.
    "Z = np.arange(10000)",
    "np.random.shuffle(Z)",
    "print(Z[np.argpartition(-Z, n)[:n]])",
    "q = np.argpartition(-Z, n)",
    "q[:8], (q * np.arange(10000)).sum()",
    "q = np.argpartition(np.random.standard_normal(3000), 1234)",
    "q[1230:1238], (q * np.arange(3000)).sum()",
    "q = np.argpartition(np.random.permutation(5000).astype(np.int32), 17)",
    "q[:20], (q * np.arange(5000)).sum()",
    "q = np.argpartition(np.random.standard_normal(777).astype(np.float32), 700)",
    "q[695:705], (q * np.arange(777)).sum()",
    "q = np.argpartition(np.random.permutation(2049).astype(np.uint64), 2048)",
    "q[-5:], (q * np.arange(2049)).sum()",
    "q = np.argpartition(np.zeros(300), 5)",
    "q[:12], (q * np.arange(300)).sum()",
    "q = np.argpartition(np.random.standard_normal((3, 400)), 399, axis=1)",
    "q[:, -3:], (q * np.arange(400)).sum(axis=1)",
    "g = np.array([3.0, np.nan, 1.0, 2.0, np.nan, 0.5])",
    "np.partition(g, 1), np.partition(g, 3), np.partition(g, 4), np.partition(g, 5)",
    "np.partition(g, [1, 5]), np.argpartition(g, [1, 5]), np.partition(g, -1)",
    "np.partition(np.array([np.nan, np.nan, 1.0]), 0), np.partition(np.array([np.nan, 2.0, 1.0]), 2)",
    "np.partition(np.array([0.0, -0.0, 1.0]), [0, 1]), np.partition(np.array([-0.0, -2.0, -0.0]), 0)",
    # In place, as a method; a view writes into its base.
    "b = np.array([5, 1, 4, 2, 3])",
    "b.partition(2)",
    "b",
    "c = np.array([[5, 1, 4], [2, 3, 0]])",
    "c[1].partition(0)",
    "c",
    "c.argpartition(1, axis=0), c.argpartition(1, axis=None)",
    "np.partition([3, 1, 2], 1), np.argpartition((3.5, 1.5, 2.5), [0, 1])",
    "np.partition(np.zeros((2, 0)), 5), np.partition(np.arange(24).reshape(2, 3, 4)[:, ::-1, ::2], 1, axis=1)",
    "np.partition(x, 7)",
    "np.partition(x, -8)",
    "np.partition(x, [1, 9])",
    "np.partition(x, True)",
    "np.partition(x, 1.0)",
    "np.partition(x, [])",
    "np.partition(x, [[1]])",
    "np.partition(x, 1, kind='quick')",
    "np.partition(x, 1, axis=1)",
    "np.partition(np.array(3), 0)",
    "np.argpartition(x, 7)",
]

NDITER = [
    # cs231n's optimisation notes: a numerical gradient, one element at a time.
    "def eval_numerical_gradient(f, x):\n"
    "    fx = f(x)\n"
    "    grad = np.zeros(x.shape)\n"
    "    h = 0.00001\n"
    "    it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])\n"
    "    while not it.finished:\n"
    "        ix = it.multi_index\n"
    "        old_value = x[ix]\n"
    "        x[ix] = old_value + h\n"
    "        fxh = f(x)\n"
    "        x[ix] = old_value\n"
    "        grad[ix] = (fxh - fx) / h\n"
    "        it.iternext()\n"
    "    return grad",
    "W = np.arange(6.0).reshape(2, 3) / 10",
    "eval_numerical_gradient(lambda w: np.sum(w ** 2), W)",
    "W",
    # NumPy's 100 exercises, 62: a sum through a broadcast iterator and an allocated output.
    "A = np.arange(3).reshape(3, 1)",
    "B = np.arange(3).reshape(1, 3)",
    "it = np.nditer([A, B, None])",
    "for x, y, z in it: z[...] = x + y",
    "print(it.operands[2])",
    "it.operands[2].dtype, len(it.operands), it.nop, it.itersize, it.finished",
    # Element loops in C, Fortran and memory order.
    "a = np.arange(6).reshape(2, 3)",
    "for x in np.nditer(a):\n    print(x, end=' ')",
    "for x in np.nditer(a.T):\n    print(x, end=' ')",
    "for x in np.nditer(a.T.copy()):\n    print(x, end=' ')",
    "for x in np.nditer(a, order='F'):\n    print(x, end=' ')",
    "for x in np.nditer(a.T, order='C'):\n    print(x, end=' ')",
    "x",
    "x.shape, x.dtype, x.flags.writeable",
    "[v for v in np.nditer(np.float64(3))], [v for v in np.nditer([1.5, 2.5])]",
    "b = np.arange(4.0)",
    "with np.nditer(b, op_flags=['readwrite']) as it:\n    for v in it:\n        v[...] = 2 * v",
    "b",
    "for v in np.nditer(b, op_flags=['readwrite']):\n    v[...] = v + 1",
    "b",
    "for v in np.nditer(b):\n    v[...] = 0",
    "for v, w in np.nditer([b, np.arange(4)], op_flags=[['readonly'], ['writeonly']]):\n    w[...] = v * 10",
    "it = np.nditer(a, flags=['multi_index'])",
    "while not it.finished:\n    print(it.multi_index, it.value, it.iterindex, end='; ')\n    it.iternext()",
    "it.finished, it.iternext(), it.itersize",
    "it.multi_index",
    "it.value",
    "it.reset()",
    "next(it), it.multi_index, next(it), it.multi_index",
    "for v in it:\n    print(it.multi_index, v, end=' ')",
    "np.nditer(a).multi_index",
    "np.nditer([a, a]).value",
    "np.nditer(a, flags='multi_index')",
    "np.nditer(a, flags=['bogus'])",
    "np.nditer(a, op_flags=['bogus'])",
    "np.nditer(a, op_flags='readwrite')",
    "np.nditer(a, order='X')",
    "np.nditer([None])",
    "np.nditer([a, np.arange(4)])",
    "np.nditer(np.zeros((0, 3)))",
]

REDUCEAT = [
    "Z = np.arange(10)",
    "np.add.reduceat(Z, [0, 4, 1, 5]), np.add.reduceat(Z, [0, 4, 4, 9])",
    "np.add.reduceat(Z, [0, 10])",
    "np.add.reduceat(Z, [-1, 2])",
    "np.add.reduceat(Z, [])",
    "np.add.reduceat(Z, 2)",
    "np.multiply.reduceat(Z + 1.0, [0, 3, 6]), np.maximum.reduceat(Z, [0, 3, 6])",
    "np.minimum.reduceat(Z[::-1], np.array([0, 2, 7]))",
    "np.add.reduceat(np.arange(12.0).reshape(3, 4), [0, 2], axis=1)",
    "np.add.reduceat(np.arange(12.0).reshape(3, 4), [0, 2], axis=-1)",
    "np.add.reduceat(np.arange(12.0).reshape(3, 4), [2, 0, 1])",
    "np.add.reduceat(np.arange(12.0).reshape(3, 4), [0, 2], axis=2)",
    "np.add.reduceat(np.float64(3), [0])",
    "np.subtract.reduceat(Z, [0, 5])",
    "np.add.reduceat(Z.astype(np.int8), [0, 5]), np.add.reduceat(Z > 4, [0, 5])",
    "np.logical_or.reduceat(Z > 5, [0, 5])",
    "np.add.reduceat([1, 2, 3], [0, 1])",
    "np.add.reduceat(Z, [[0, 1]])",
    "np.random.seed(1)",
    "f = np.random.standard_normal(300)",
    "np.add.reduceat(f, [0, 7, 150, 299]), f[7:150].sum()",
    "np.add.reduceat(f.astype(np.float32), [0, 100, 299])",
    "np.add.reduceat(f, [0, 3, 299, 1, 200]), np.add.reduceat(f[::-1], [5, 290])",
    "m = np.random.standard_normal((260, 3))",
    "np.add.reduceat(m, [0, 9, 140], axis=0), np.add.reduceat(m.T, [0, 9, 140], axis=1)",
    "np.add.reduceat(m.astype(np.float32), [1, 200], axis=0), np.multiply.reduceat(m, [0, 200], axis=0)",
]


def main():
    statements = STRIDE_TRICKS + SETERR + REDUCEAT + PARTITION + NDITER
    header = (
        f"# 64-reach15-stride-tricks-partition-nditer: generated by make_reach15_fixtures.py from Python and NumPy "
        f"{np.__version__}; tutorial code the reach probe found refused, as CPython runs it."
    )
    write_transcript(OUTPUT, header, statements, {"np": np, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
