#!/usr/bin/env python3
"""Statements probing what answer45 (issue 10, NumPy breadth) answers, for `numpy_differential.py --statements`.

Run: `python3 Fuzz/answer45_probe.py THEME > /tmp/THEME.txt` with THEME one of `equality`, `random-integers`,
`float32-gamma`, `matmul-out`, `reduction-out`, `two-output-out`, then
`python3 Fuzz/numpy_differential.py --statements /tmp/THEME.txt --show --docbuild .build/debug/docbuild`.

equality: arrays of every kind, NumPy scalars and flat iterators compared with `==`/`!=` (either side) and
np.equal/np.not_equal to None, a dict, a set, a module, a function or a class. random-integers: the legacy
np.random.random_integers and RandomState.random_integers over bounds, sizes and wrong arguments. float32-gamma: the
Generator's float32 standard_gamma over shapes and sizes, interleaved with other draws, and standard_exponential by
inversion. matmul-out, reduction-out, two-output-out: output arrays of every shape and dtype for np.matmul (and
vecdot, matvec, vecmat), the reductions (functions, methods, ufunc.reduce) and np.divmod/modf/frexp with the single
output ufuncs beside them.
"""

import sys


def equality():
    arrays = ["np.array([1, 2])", "np.array(3.0)", "np.array([])", "np.zeros((2, 0))", "np.array([1+2j])",
              "np.array([True, False])", "np.zeros((2, 3), dtype=np.float32)", "np.arange(6).reshape(2, 3)",
              "np.array([1, 2], dtype=np.uint8)", "np.array([np.nan, np.inf])", "np.float64(2)", "np.int8(1)",
              "np.bool_(True)", "np.complex64(1)", "np.float16(1)", "np.array(5)", "np.array([1.5])[0]",
              "np.arange(4.0)[::2]", "np.ones((1, 1, 2))", "np.array(['a', 'b'])",
              "np.array(['2020-01-01'], dtype='M8[D]')", "np.array([None, 1], dtype=object)", "np.arange(3).flat"]
    lines = ["def g(x): return x"]
    for a in arrays:
        for o in ["None", "{}", "{1}", "np", "len", "int", "{'a': 1}", "frozenset()", "g"]:
            for form in ["{a} == {o}", "{a} != {o}", "{o} == {a}", "{o} != {a}", "np.equal({a}, {o})",
                         "np.not_equal({o}, {a})"]:
                lines.append(form.format(a=a, o=o))
    lines += ["a = np.array([1, 2]); a is None", "np.equal(None, None)", "np.equal(1.5, None)",
              "np.equal([1, 2], None)", "np.equal([1, None], None)", "a = np.array([1, 2]); np.equal(a, None, out=a); a",
              "np.equal(np.array([1, 2]), None, dtype=bool)", "x = np.array([1., 2.]); x[x == None]",
              "np.ma.array([1, 2]) == None", "np.matrix([[1, 2]]) == None"]
    return lines


def random_integers():
    arguments = ["5", "5.5", "1.5, 4", "1, 4.7", "0", "-3", "3, 2", "3, 3", "3, 3, 4", "1, 6, (2, 2)",
                 "np.array([1, 5]), 9", "1, np.array([3, 9])", "'a'", "None", "5, None, 3", "2**62", "2**63",
                 "2**63 - 1", "1, 2**63 - 1", "True", "5, size=0", "5, size=()", "-2**63, 2**63 - 2", "1, 6, size=3.0",
                 "1, '6'", "1, high=[3, 4]", "np.float64(3)", "1, 2+0j", "low=4", "", "1, 2, 3, 4", "1, 6, size=-1",
                 "2**64", "1, 6, 1000", "-5, 5, (3, 4)", "0, 0, 3", "10, size=(2, 0)", "np.int8(7)", "np.array(4)",
                 "'1', 6", "1, float('nan')", "1, float('inf')", "-2**63 - 1, 0", "2**64, size=0", "1, -2**70"]
    lines = []
    for a in arguments:
        lines.append(f"np.random.seed(3); np.random.random_integers({a})")
        lines.append(f"rs = np.random.RandomState(7); rs.random_integers({a}), rs.rand()")
    return lines + ["rng = np.random.default_rng(0); rng.random_integers(5)"]


def float32_gamma():
    shapes = ["2.0", "1.0", "0.0", "1", "3", "5.5", "1.0000001", "1e6", "np.float32(2.5)", "np.nan", "np.inf", "-0.0",
              "-1.0", "0.5", "1e-50", "True", "'2'", "None", "[2.0, 3.0]", "np.array(2.0)", "1.2", "1e30"]
    lines = []
    seed = 0
    for shape in shapes:
        for size in ["", ", 5", ", (2, 3)", ", size=0", ", size=()", ", 1000", ", size=-1"]:
            seed += 1
            lines.append(f"rng = np.random.default_rng({seed}); rng.standard_gamma({shape}{size}, dtype=np.float32)")
    for shape in ["1.5", "2.0", "3.3", "10.0", "1.01"]:
        lines.append(f"rng = np.random.default_rng(42); x = rng.standard_gamma({shape}, 100000, dtype=np.float32); "
                     "x.astype(np.float64).sum(), x.min(), x.max(), rng.random()")
    for method in ["'inv'", "None", "'zig'", "'x'", "1", "b'zig'"]:
        for dtype in ["", ", dtype=np.float32", ", dtype=np.int8"]:
            seed += 1
            lines.append(f"rng = np.random.default_rng({seed}); rng.standard_exponential(5, method={method}{dtype})")
    return lines


def matmul_out():
    ops = {"m": "np.arange(6.0).reshape(2, 3)", "v": "np.array([1.0, 2.0, 3.0])", "M": "np.arange(6.0).reshape(3, 2) - 2",
           "B": "np.arange(12.0).reshape(2, 2, 3)", "C": "np.arange(6).reshape(2, 1, 3)", "w": "np.array([1.0, -1.0])",
           "i": "np.arange(6).reshape(2, 3)", "j": "np.array([1, 2, 3])", "z": "np.zeros((0, 2, 3))"}
    outs = ["()", "(1,)", "(2,)", "(3,)", "(1, 2)", "(2, 2)", "(3, 2)", "(4, 2)", "(2, 1)", "(2, 3)", "(1, 2, 2)",
            "(2, 2, 2)", "(3, 2, 2)", "(2, 1, 2)", "(0, 2, 2)", "(2, 3, 2, 2)", "(3, 2, 3)", "(5,)", "(3, 3)"]
    lines = []
    for a, b in [("m", "v"), ("v", "M"), ("m", "M"), ("v", "v"), ("B", "M"), ("B", "v"), ("C", "M"), ("i", "j"),
                 ("m", "j"), ("z", "M"), ("w", "m"), ("M", "w"), ("i", "M")]:
        for out in outs:
            for d in ["", ", dtype=np.float32", ", dtype=int", ", dtype=complex"]:
                lines.append(f"o = np.zeros({out}{d}); r = np.matmul({ops[a]}, {ops[b]}, out=o); r is o, o")
    for name, a, b in [("vecdot", "m", "v"), ("matvec", "m", "v"), ("vecmat", "v", "M")]:
        for out in outs:
            lines.append(f"o = np.zeros({out}); r = np.{name}({ops[a]}, {ops[b]}, out=o); r is o, o")
    return lines


def reduction_out():
    arrays = ["np.array([[0.5, 1.6, 2.7], [3.2, 4.9, 5.5]])", "np.arange(6).reshape(2, 3)",
              "np.array([[True, False, True], [True, True, False]])",
              "np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], dtype=np.float32)", "np.full((2, 3), 100, dtype=np.int8)",
              "np.array([[np.nan, 1.0, -np.inf], [2.0, np.inf, -0.0]])", "np.array([[1+2j, 3j, 1], [2, 2, 2j]])",
              "np.zeros((0, 3))", "np.arange(24.0).reshape(2, 3, 4)"]
    outs = ["np.zeros(3)", "np.zeros(2)", "np.zeros(())", "np.zeros((1, 3))", "np.zeros(3, int)",
            "np.zeros(3, np.float32)", "np.zeros(3, bool)", "np.zeros(3, np.int8)", "np.zeros(3, complex)",
            "np.zeros((2, 1))", "np.zeros((2, 4))", "np.zeros((3, 4))", "np.zeros(4)"]
    calls = ["np.sum({a}, axis=0, out=o)", "np.sum({a}, axis=1, out=o)", "np.sum({a}, out=o)",
             "np.sum({a}, axis=0, keepdims=True, out=o)", "np.prod({a}, 0, None, o)", "np.max({a}, 0, o)",
             "np.min({a}, axis=1, out=o)", "np.amax({a}, axis=None, out=o)", "np.mean({a}, axis=0, out=o)",
             "np.mean({a}, out=o)", "{a}.sum(0, out=o)", "{a}.max(0, o)", "{a}.prod(1, None, o)", "{a}.mean(0, out=o)",
             "np.add.reduce({a}, out=o)", "np.add.reduce({a}, 1, None, o)", "np.multiply.reduce({a}, axis=None, out=o)",
             "np.maximum.reduce({a}, 0, out=o)", "np.minimum.reduce({a}, axis=1, out=o)",
             "np.sum({a}, axis=0, dtype=np.float32, out=o)", "np.sum({a}, axis=0, dtype=int, out=o)"]
    return [f"o = {out}; r = {call.format(a=a)}; r is o, o" for a in arrays for call in calls for out in outs]


def two_output_out():
    inputs = ["np.array([7.5, -8.25, 3.0])", "np.array([7, -8, 9])", "2.5", "np.arange(6.0).reshape(2, 3) - 2.5",
              "np.array(4.5)", "np.array([True, False, True])", "np.array([1.5, -2.5, 0.0], dtype=np.float16)",
              "np.array([1.5, -2.5, 0.0], dtype=np.float32)", "np.array([3, 250, 7], dtype=np.uint8)"]
    outs = ["np.zeros(3)", "np.zeros(3, int)", "np.zeros(3, np.int8)", "np.zeros(3, np.float32)", "np.zeros(2)",
            "np.zeros((2, 3))", "np.zeros(())", "np.zeros(3, complex)", "np.zeros(3, bool)", "None", "np.zeros((1, 3))"]
    lines = []
    for x in inputs:
        for o1 in outs:
            for o2 in ["np.zeros(3)", "None", "np.zeros(3, int)", "np.zeros(2, np.int32)", "np.zeros((2, 3))"]:
                lines.append(f"o1 = {o1}; o2 = {o2}; r = np.divmod({x}, 2, out=(o1, o2)); r[0] is o1, r[1] is o2, r")
                lines.append(f"o1 = {o1}; o2 = {o2}; r = np.modf({x}, out=(o1, o2)); r[0] is o1, r[1] is o2, r")
                lines.append(f"o1 = {o1}; o2 = {o2}; r = np.frexp({x}, o1, o2); r[0] is o1, r[1] is o2, r")
        for o in outs:
            lines += [f"o = {o}; r = np.add({x}, 1, out=o); r is o, r", f"o = {o}; r = np.sqrt({x}, o); r is o, r",
                      f"o = {o}; r = np.multiply({x}, np.ones(2), out=o); r is o, r"]
    return lines


THEMES = {"equality": equality, "random-integers": random_integers, "float32-gamma": float32_gamma,
          "matmul-out": matmul_out, "reduction-out": reduction_out, "two-output-out": two_output_out}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in THEMES:
        sys.exit(f"usage: answer45_probe.py {{{','.join(THEMES)}}}")
    print("\n".join(THEMES[sys.argv[1]]()))
