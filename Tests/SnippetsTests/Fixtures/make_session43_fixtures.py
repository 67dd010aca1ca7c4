#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements of session 43's lead work.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session43_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/118-*`, `426-*` and `427-*` fixtures; rerunning gives identical bytes.

426: NumPy's legacy seeding from a sequence (`np.random.seed([1, 2])`, `RandomState((1, 2, 3))`, a 1-d int array,
a range): MT19937's `init_by_array`, which is not the seeding of one int even for one word (`RandomState([3])` is not
`RandomState(3)`), with the errors of the array NumPy makes of the sequence (empty, not 1-d, a float in it, a word
outside 0 .. 2**32 - 1), and `np.trim_zeros`'s axis read as a C long and then a C int before its bounds are checked
(`axis=2**31` is an OverflowError, not an AxisError; the last of `Fuzz/signature_sweep.py`'s wrong error texts),
np.rot90's message showing its axes as given (`(0, np.int64(5))`) and np.fft's n-d axes read as C longs.

427: a Generator's `choice(a, size, axis=1)` (docbuild refused every axis but 0; NumPy draws indices into
`a.shape[axis]` and returns `a.take(indices, axis=axis)`), the errors of NumPy's two reads of the axis (a bool passes
`a.shape[axis]` but not `take`'s converter), and an int-like population — `choice(np.int64(5), 2)`, `choice(True,
2)`, a 0-d int array — which docbuild answered with a ValueError where NumPy draws; `permutation(x, axis=1)`
(refused before), NumPy's `x[:, indices]`, not C-contiguous; `shuffle(x, axis=1)` in place (refused before).

118: np.median of float32 values, NumPy's float32 mean of the middle values (refused before).
"""

import pathlib

import numpy as np

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session43_fixtures.py"

SEEDS = ["[3]", "[1, 2]", "(1, 2, 3)", "[0]", "[True, False]", "[2**32 - 1, 0]", "np.array([5, 6])",
         "np.array([5, 6], dtype=np.uint8)", "np.array([[5, 6]])", "np.array([[5]])", "range(4)",
         "[np.int32(4), 5]", "list(range(700))", "np.array([True, False])", "(2**32 - 1,)", "[False]",
         "[]", "[[1, 2]]", "[1.0, 2]", "[-1, 2]", "[2**32, 1]", "np.array([[5, 6], [7, 8]])", "np.array([5.0, 6.0])",
         "range(0)", "''", "b''", "np.array([], dtype=int)", "np.array([5, 6], dtype=np.uint64)",
         "np.array([-5, 6])", "np.array([5, 2**33])", "np.array([1.5, 2], dtype=np.float32)"]

LEGACY_SEEDS = []
for seed in SEEDS:
    LEGACY_SEEDS.append(f"np.random.RandomState({seed}).rand(3)")
    LEGACY_SEEDS.append(f"np.random.seed({seed}); np.random.rand(2)")
LEGACY_SEEDS += [
    "rs = np.random.RandomState([7, 8, 9])",
    "rs.randn(4)",
    "rs.randint(0, 100, 5)",
    "rs.seed((7, 8, 9)); rs.randn(4)",
    "rs.seed(7); rs.randn(2)",
    "np.random.seed(np.arange(3)); np.random.permutation(6)",
]

TRIM_AXES = ["2**31", "2**63 - 1", "2**63", "2**64", "-2**31 - 1", "-2**63", "-2**63 - 1", "(2**63,)", "(0, 2**63)",
             "[2**40]", "np.int64(2**40)", "np.int64(-1)", "(True,)", "5", "-2"]
TRIM_ZEROS = ["t = np.array([[0., 1., 2., 0.]])"] + [f"np.trim_zeros(t, axis={axis})" for axis in TRIM_AXES]

# np.rot90's message shows the axes as given; np.fft's n-d functions read each axis as a C long first.
ROT90_FFT_AXES = [
    "np.rot90(t, axes=(0, np.int64(2**40)))", "np.rot90(t, axes=[0, np.int32(5)])",
    "np.rot90(t, axes=np.array([0, 7]))", "np.rot90(t, axes=(True, 5))", "np.rot90(t, axes=(0, -3))",
    "np.fft.fftn(t, axes=(2**63,))", "np.fft.fftn(t, axes=(-2**63 - 1,))", "np.fft.fftn(t, axes=(2**62,))",
    "np.fft.fftn(t, axes=[np.int64(5)])", "np.fft.fftn(t, axes=(True,))",
]

# A Generator's choice along another axis (`a.take(indices, axis=axis)`), the axis errors NumPy's two reads of it
# raise, and an int-like population (a bool, a NumPy int, a 0-d int array) in the Generator and the legacy functions.
CHOICE_AXES = ["w = np.arange(12).reshape(3, 4)", "m = np.arange(24.0).reshape(2, 3, 4)", "v = np.arange(5)"]
for args in ["w, 2, axis=1", "w, 2, axis=1, replace=False", "w, (2, 2), axis=1", "w, None, axis=1", "w, (), axis=1",
             "w, 0, axis=1", "w, 5, axis=-1", "w, 2, axis=-2", "w, 2, axis=2", "w, 2, axis=-3", "w, 2, axis=True",
             "w, 2, axis=np.int64(1)", "w, 3, axis=1, p=[0.1, 0.2, 0.3, 0.4]", "w, 3, axis=1, p=[0.5, 0.5, 0.0]",
             "w, 4, axis=1, replace=False, shuffle=False", "m, 3, axis=2", "m, (2, 2), axis=1", "m, None, axis=2",
             "m, 5, axis=1, replace=False", "5, 3, axis=1", "5, 3, axis=1.5", "[[1, 2], [3, 4]], 3, axis=1",
             "w, 2, axis=1.5", "w, 2, axis=None", "np.zeros((2, 0)), 0, axis=1", "np.zeros((2, 0)), 1, axis=1",
             "w[:, ::2], 3, axis=1", "w.T, 3, axis=1", "v, 2, axis=False", "v, None, axis=False", "v, (), axis=False",
             "w, None, axis=False", "5, 2, axis=False", "[1, 2, 3], 2, axis=np.bool_(False)", "v, 2, axis=np.float64(0)",
             "5, 2, axis='x'", "v, 2, axis='x'", "v, 2, axis=2**63"]:
    CHOICE_AXES.append(f"g = np.random.default_rng(7); r = g.choice({args}); r, r.flags['C_CONTIGUOUS'], g.random()")
for args in ["np.float64(5), 2", "np.array(5), 2", "np.array(5.0), 2", "np.int32(5), None", "np.True_, 2", "True, 2",
             "np.uint8(3), 2", "np.array(5)", "np.int64(0), 2", "np.int64(-1), 2", "2.5, 2", "False, 0",
             "np.int64(3), 3, replace=False", "np.int64(4), 2, p=[0.1, 0.2, 0.3, 0.4]"]:
    CHOICE_AXES.append(f"g = np.random.default_rng(7); g.choice({args}), g.random()")
    CHOICE_AXES.append(f"rs = np.random.RandomState(7); rs.choice({args}), rs.rand()")
# permutation along another axis: NumPy shuffles np.arange(x.shape[axis]) and indexes x[:, …, indices], a result
# held with that axis outermost in memory (not C-contiguous).
for args in ["w, axis=1", "w, axis=-1", "w, 1", "w, axis=0", "w, axis=2", "w, axis=-3", "m, axis=2", "m, axis=1",
             "w.T, axis=1", "w[:, ::2], axis=1", "np.zeros((2, 0)), axis=1", "np.zeros((0, 2)), axis=1",
             "[[1, 2], [3, 4]], axis=1", "np.arange(4), axis=1", "np.arange(4), axis=-1", "5, axis=1",
             "w, axis=True", "w, axis=np.int64(1)", "w, axis=1.0", "w, axis=None", "np.array(3), axis=1"]:
    CHOICE_AXES.append(
        f"g = np.random.default_rng(3); r = g.permutation({args}); r, r.flags['C_CONTIGUOUS'], g.random()")
CHOICE_AXES.append("g = np.random.default_rng(3); g.permutation(m, axis=2).sum(axis=0)")

# shuffle along another axis, in place: NumPy swaps the rows of np.swapaxes(x, 0, axis), drawn as along axis 0.
for setup, args in [("x = w.copy()", "x, axis=1"), ("x = w.copy()", "x, axis=-1"), ("x = w.copy()", "x, 1"),
                    ("x = w.copy()", "x, axis=2"), ("x = m.copy()", "x, axis=2"), ("x = m.copy()", "x, axis=1"),
                    ("x = w.T.copy()", "x, axis=1"), ("x = np.asfortranarray(w)", "x, axis=1"),
                    ("x = np.arange(4)", "x, axis=-1"), ("x = np.arange(4)", "x, axis=1"), ("x = [1, 2, 3]", "x, axis=1"),
                    ("x = [1, 2, 3]", "x, axis=-1"), ("x = w.copy()", "x, axis=True"),
                    ("x = w.copy()", "x, axis=np.int64(1)"), ("x = np.zeros((2, 0))", "x, axis=1"),
                    ("x = np.zeros((2, 0))", "x, axis=5"), ("x = m.copy()", "x, axis=-2")]:
    CHOICE_AXES.append(f"{setup}; g = np.random.default_rng(5); g.shuffle({args}); x, x.flags['C_CONTIGUOUS'], "
                       "x.flags['F_CONTIGUOUS'], g.random()")
CHOICE_AXES += [
    "x = w.copy(); y = x; L = [x, 1]; g = np.random.default_rng(5); g.shuffle(x, axis=1); y, L",
    "x = w.copy(); v = x[1:]; g = np.random.default_rng(5); g.shuffle(v, axis=1); x, v",
    "x = w.copy(); v = x[:, ::2]; g = np.random.default_rng(5); g.shuffle(v, axis=1); x, v",
    "x = w.copy(); v = x.T; g = np.random.default_rng(5); g.shuffle(v, axis=1); x, v",
    "x = np.arange(6.0).reshape(2, 3); g = np.random.default_rng(5); g.shuffle(x, axis=1); x.sum(axis=0), x.strides",
]

# np.median of float32 values: NumPy's float32 mean of the middle values (refused before).
MEDIANS_F32 = [
    "f = np.array([1.5, 2.25, 3.0, 0.1], np.float32)", "np.median(f)", "np.median(f[:3])",
    "np.median(f, keepdims=True)", "np.median(f.reshape(2, 2), axis=0)",
    "np.median(f.reshape(2, 2), axis=1, keepdims=True)", "np.median(np.array([np.nan, 1], np.float32))",
    "np.median(np.array([np.inf, 1], np.float32))", "np.median(np.array([np.inf, -np.inf], np.float32))",
    "np.median(np.array([-0.0, -0.0], np.float32))", "np.median(np.float32(2.5))", "np.median(f.T)",
    "np.median(f.reshape(2, 2).T, axis=0)", "np.median(np.array([0.1, 0.2, 0.7, 0.3], np.float32))",
    "np.median(np.array([16777217.0, 1.0, 3.0, 16777216.0], np.float32))",
]
_rng = np.random.default_rng(43)
for _ in range(30):
    _values = (_rng.standard_normal(int(_rng.integers(1, 9))) * 10.0 ** _rng.integers(-5, 6)).astype(np.float32)
    MEDIANS_F32.append("np.median(np.array([%s], np.float32))" % ", ".join(repr(float(v)) for v in _values))
for _axis in range(2):
    _values = (_rng.standard_normal(12) * 100).astype(np.float32)
    MEDIANS_F32.append("np.median(np.array([%s], np.float32).reshape(3, 4), axis=%d)"
                       % (", ".join(repr(float(v)) for v in _values), _axis))

FIXTURES = {
    "426-legacy-seed-sequences-and-trim-zeros-axes": (
        "NumPy's legacy seeding from a sequence of words (init_by_array) and its errors; np.trim_zeros's axis "
        "converted as a C long, then a C int; np.rot90's and np.fft.fftn's axes errors.",
        ["import numpy as np"] + LEGACY_SEEDS + TRIM_ZEROS + ROT90_FFT_AXES,
    ),
    "427-generator-choice-along-an-axis-and-int-like-populations": (
        "a Generator's choice along any axis (a.take(indices, axis=axis)) and its axis errors; choice of a bool, a "
        "NumPy int or a 0-d int array, in the Generator and in RandomState; a Generator's permutation and shuffle along an axis.",
        ["import numpy as np"] + CHOICE_AXES,
    ),
    "118-float32-median": (
        "np.median of float32 values: NumPy's float32 mean of the one or two middle values.",
        ["import numpy as np"] + MEDIANS_F32,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
