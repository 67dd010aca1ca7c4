#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 44's helper sweep44.

Run: `python3 Tests/SnippetsTests/Fixtures/make_sweep44_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/453-*` to `456-*` fixtures; rerunning gives identical bytes.

453: what `Fuzz/signature_sweep.py --bases all --values float,list,empty` and `--values true,negative,huge,nan` found
docbuild printing other than NumPy: `np.array`'s `copy=` read by truth (any falsy value but None is False, so a list
needs a copy NumPy refuses to make), `np.base_repr` of 0 with a negative padding (NumPy's `res or '0'` keeps the empty
padding), `np.flip` of a 0-d array with no axes (a NumPy scalar, as with `axis=None`), and `np.diag`'s `abs(k)` of a
list or tuple `k`.

454: the axes NumPy reads before the function's own converter: `np.mean`/`np.var`/`np.std` (functions and methods,
and the nan-forms of integer and bool arrays, which are theirs) count the items along each axis with
`normalize_axis_index` first (a Python float is "integer argument expected, got float", a bool is its int, out of
range the AxisError), a bool axis beside `where=` is the mask sum's TypeError, `np.nanargmax`/`np.nanargmin` of
integers word a bool axis as `np.argmax`, `np.unique` only checks the axis of a 1-d array and names a bool axis of a
0-d one as given, `np.trapezoid` indexes its lists of slices with a bool axis and converts an axis past 64 bits in
`np.diff`, `np.roll` of a 0-d array over no axes unpacks nothing, and `np.diag_indices` of a float n is an
`arange` of floats.

455: `np.histogram` counts in the weights' dtype (a bool bin is whether a true weight fell in it; narrow integers and
float32 the sums cast; bools over given edges the running sums' cast error), `np.isin` with a list or tuple
`invert=` reads it by truth except on its sorting path (the concatenate error), `np.result_type`'s tuple of another
size than two, and `np.trapezoid`'s int spacing past 64 bits of integer samples.

456: from `--bases all --pairs --values float,list,empty --modules linalg,fft,methods,random`: `np.linalg.norm`'s
vector path (a str order is "Invalid norm order" before any axis check; the reduction reads `keepdims` with C's int
parser, where the fast and matrix paths read it by truth), the 1-d FFTs' float axis beside a length `n`
(`normalize_axis_index`), the legacy `np.random.randint` and a Generator's `integers` reading a float bound with
`int()`, a Generator's `permutation` of an int never reading its axis, and the broadcast error of a Generator's
`uniform`/`integers` bounds in a ufunc's compact shapes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_sweep44_fixtures.py"

SETUP = [
    'a = np.array([[0.5, -1.25, 3.0], [2.0, 0.1, -0.7]])',
    'b = np.array([1.5, -2.0, 0.3])',
    'c = np.arange(24.0).reshape(2, 3, 4) / 7',
    'i = np.array([[3, -7, 2], [0, 5, -1]])',
    'z = np.array([1+2j, -0.5j, 3])',
]

SWEEP_VALUES = SETUP + [
    'np.array(3, copy=())',
    'np.array((2, 3), copy=())',
    'np.array([1.5, 2.5], copy=0)',
    'np.array(b, copy=())',
    'np.array(b, copy=[])',
    'np.array(a, copy=0.0)',
    'np.array(b, copy=[1])',
    'np.array(b, dtype=np.float32, copy=())',
    'np.base_repr(0, 5, padding=-1)',
    'np.base_repr(0, padding=-3)',
    'np.base_repr(0, padding=2)',
    'np.base_repr(0, padding=True)',
    'np.base_repr(7, 3, padding=-1)',
    'np.base_repr(-7, 3, padding=-2)',
    'np.flip(np.array(-1.5), axis=())',
    'np.flip(np.array(-1.5), axis=[])',
    'np.flip(np.array(2), ())',
    'np.flip(b, axis=())',
    'np.flip(a, axis=[])',
    'np.diag(b, k=[1])',
    'np.diag(b, k=())',
    'np.diag(z, k=[1])',
    'np.diag(b, k=range(2))',
    'np.diag(b, k=1.5)',
    'np.diag(a, k=())',
]

COUNTED_AXES = SETUP + [
    'np.mean(i, axis=1.5)',
    'np.mean(a, axis=(0, 1.5))',
    'np.var(i, axis=(1.5,))',
    'np.std(a, axis=(3, 1.5))',
    'np.var(c, axis=(0, -1, 1.5), ddof=1)',
    'np.mean([1.5, 2.5], axis=(0, 1.5))',
    'np.mean(a, axis=1.5, where=a > 0)',
    'np.mean(a, axis=np.float32(1.5))',
    'np.nanmean(i, axis=1.5)',
    'np.nanmean(i, axis=1.5, keepdims=True)',
    'np.nanvar(a > 0, axis=1.5)',
    "np.nanstd(i, axis=float('nan'))",
    'np.nanmean(i, axis=(1.5,))',
    'np.nanmean(i, axis=np.float64(1.5))',
    'np.nanmean(i, axis=np.float32(1.5))',
    'np.nanmean(i, axis=(0, 1.5))',
    'np.nanmean(i, axis=(5, 1.5))',
    'np.nanmean(i, axis=(True, 1.5))',
    'np.nanstd(3, axis=1.5)',
    'np.nanstd(3, axis=1.5, ddof=None)',
    'np.nanvar(i, axis=1.5, ddof=None)',
    'np.nanvar(i, ddof=None)',
    'np.nanvar([1, 2], axis=1.5)',
    'np.nanvar([[1, 2], [3, 4]], axis=(1, 1.5))',
    'np.nanmean(a, axis=1.5)',
    'np.nanmean(a, axis=(0, 1.5))',
    'np.mean(a, axis=True)',
    'np.mean(b, axis=True)',
    'np.mean(b, axis=False)',
    'np.std(b, axis=True)',
    'np.var(a, axis=True)',
    'np.mean(3, axis=True)',
    'np.mean(np.array(-1.5), axis=True)',
    'np.std(z, axis=True)',
    'np.mean(a, axis=(True,))',
    'np.mean(b, axis=(0, True))',
    'np.mean(a, axis=np.True_)',
    'np.mean(a, axis=(0, np.int64(3)))',
    'np.mean(a, axis=True, where=a > 0)',
    'np.mean(b, axis=True, where=b > 0)',
    'np.mean(a, axis=np.True_, where=a > 0)',
    'np.any(a, axis=True, where=a > 0)',
    'np.var(a, axis=(0, True), where=a > 0)',
    'a.mean(axis=True)',
    'b.mean(axis=True)',
    'z.var(axis=True)',
    'np.array(-1.5).std(axis=True)',
    'a.mean(axis=True, where=a > 0)',
    'a.std(axis=(0, 1.5))',
    'c.var(axis=(0, 5))',
    'b.var(True)',
    'a.var(np.True_)',
    'np.nanmean(a, axis=True)',
    'np.nanmean(i, axis=True)',
    'np.nanmean(i, axis=False)',
    'np.nanvar(b, axis=True)',
    'np.nanmean(b > 0, axis=True)',
    'np.nanvar(3, axis=True)',
    'np.nanargmax(a, axis=True)',
    'np.nanargmax(i, axis=True)',
    'np.nanargmin(b, axis=True)',
    'np.nanargmin(b > 0, axis=False)',
    'np.unique(b, axis=1.5)',
    'np.unique(b, 2, axis=1.5)',
    'np.unique((2, 3), axis=1.5)',
    'np.unique(b, axis=True)',
    'np.unique(b, axis=False)',
    'np.unique(b, axis=(0,))',
    'np.unique(b, axis=[0])',
    'np.unique(b, axis=np.float64(1.5))',
    'np.unique(b, axis=-1)',
    'np.unique(a, axis=1.5)',
    'np.unique(a, axis=True)',
    'np.unique(c, axis=True)',
    'np.unique(3, axis=True)',
    'np.unique(0, 5, axis=True)',
    'np.unique(np.array(-1.5), axis=False)',
    'np.trapezoid(a, a, axis=1.5)',
    'np.trapezoid(c, c, axis=np.float64(1.5))',
    'np.trapezoid(b, b, axis=1.5)',
    'np.trapezoid(a, [[1, 2, 3], [4, 5, 6]], axis=1.5)',
    'np.trapezoid(a, a, axis=2**63)',
    'np.trapezoid(a, a > 0, 0.0, axis=2**63)',
    'np.trapezoid(b, axis=True)',
    'np.trapezoid(b, axis=False)',
    'np.trapezoid(a, axis=True)',
    'np.trapezoid(3, axis=False)',
    'np.trapezoid(b, b, axis=True)',
    'np.trapezoid(b, [0, 2], axis=True)',
    'np.trapezoid((2, 3), axis=True)',
    'np.trapezoid(a, b, axis=True)',
    'np.roll(0, 5, axis=())',
    'np.roll(np.array(2.5), [], axis=())',
    'np.roll(np.array(2.5), 1, axis=[])',
    'np.roll(np.array(2.5), [1, 2], axis=())',
    'np.roll(b, 1, axis=())',
    'np.diag_indices(np.array(-1.5), ndim=True)',
    'np.diag_indices(np.array(-1.5), ndim=-1)',
    'np.diag_indices(np.array(2.5))',
    'np.diag_indices(2.5)',
    'np.diag_indices(np.float64(2.5), 3)',
    'np.diag_indices(np.float32(2.5))',
    'np.diag_indices(3, ndim=1.5)',
    'np.diag_indices(3.0, ndim=np.int64(1))',
]

WEIGHTS_AND_FLAGS = SETUP + [
    'np.histogram(3, weights=True)',
    'np.histogram(0, 5, weights=True)',
    'np.histogram(np.array(-1.5), weights=False)',
    'np.histogram(b, weights=b > 0)',
    'np.histogram(b, 3, weights=np.array([True, True, False]))',
    'np.histogram(b, [-2, 0, 2], weights=b > 0)',
    'np.histogram(b, [-2, 0, 2], weights=b > 0, density=True)',
    'np.histogram(np.array([]), [-2, 0, 2], weights=np.array([], dtype=bool))',
    'np.histogram(b, weights=np.array([1, 2, 3]))',
    'np.histogram(b, weights=np.array([1, 2, 3], dtype=np.int8))',
    'np.histogram(b, weights=np.array([100, 100, 100], dtype=np.int8))',
    'np.histogram(b, weights=np.array([1, 2, 3], dtype=np.uint8))',
    'np.histogram(b, [-2, 0, 2], weights=np.array([1, 2, 3], dtype=np.uint8))',
    'np.histogram(b, [-2, 0, 2], weights=np.array([100, 100, 100], dtype=np.int8))',
    'np.histogram(b, [-2, 0, 2], weights=np.array([200, 100, 250], dtype=np.uint8))',
    'np.histogram(b, [-2, 0, 2], weights=np.array([-100, -100, -100], dtype=np.int16))',
    'np.histogram(b, weights=np.array([1, 2, 3], dtype=np.uint64))',
    'np.histogram(b, weights=np.array([1, 2, 3], dtype=np.int16), range=(0, 1))',
    'np.histogram(b, weights=np.array([1, 2, 3], dtype=np.float32))',
    'np.histogram(3, weights=-1)',
    'np.histogram(3, weights=1.5)',
    "np.histogram(3, weights=float('nan'))",
    'np.histogram_bin_edges(3, weights=True)',
    'np.trapezoid(i, dx=2**63)',
    'np.trapezoid(a, dx=2**63)',
    'np.trapezoid(a > 0, dx=2**63)',
    'np.trapezoid((2, 3), dx=2**63)',
    'np.result_type(b, ())',
    'np.result_type(1.5, (1, 2, 3))',
    'np.unwrap(a, 1, period=())',
    'np.unwrap(b, period=(1,))',
]
for operands in ['a, b', 'c, c', 'b, b', 'a, a', 'i, i', 'i, [1, 2, 3]', 'b > 0, a > 0', 'i, np.arange(40)',
                      'np.arange(3), np.arange(100)', 'np.arange(3), np.arange(100) * 1000', 'i, b',
                      'np.arange(3), [1.5] * 30']:
    for invert in ['[1]', '()', '[]', '(0,)', '[1, 2]']:
        WEIGHTS_AND_FLAGS.append(f'np.isin({operands}, invert={invert})')
WEIGHTS_AND_FLAGS += [
    "np.isin(c, c, invert=[1], kind='sort')",
    "np.isin(i, i, invert=[1], kind='sort')",
    "np.isin(i, i, invert=[1], kind='table')",
    "np.isin(i, i, invert=[1], kind='x')",
    'np.isin(a, a, False, invert=())',
]

LINALG_FFT_RANDOM = SETUP + [
    'm = np.array([[4.0, 1.0, 0.5, 2.0], [1.0, 3.0, 0.2, 0.1], [0.5, 0.2, 5.0, 1.5]])',
    'np.linalg.norm(b, 3, keepdims=None)',
    'np.linalg.norm(b, 3, keepdims="x")',
    'np.linalg.norm(b, 3, keepdims=2**63)',
    'np.linalg.norm(b, 3, keepdims=np.float64(1.5))',
    'np.linalg.norm(b, 3, keepdims=np.array([1, 2]))',
    'np.linalg.norm(b, keepdims=1.5)',
    'np.linalg.norm(b, 1, keepdims=1.5)',
    'np.linalg.norm(b, np.inf, keepdims=1.5)',
    'np.linalg.norm(b, 2, keepdims=1.5)',
    'np.linalg.norm(b, 2, 0, keepdims=1.5)',
    'np.linalg.norm(a, 1, keepdims=1.5)',
    'np.linalg.norm(a, None, 1, keepdims=1.5)',
    'np.linalg.norm(a, 0, 1, keepdims=[1])',
    'np.linalg.norm(b, 0.5, keepdims=())',
    'np.linalg.norm(b, 3, keepdims=np.True_)',
    'np.linalg.norm(b, 3, keepdims=True)',
    'np.linalg.norm(b, 3, keepdims=2)',
    'np.linalg.norm(b, 0, keepdims=0.0)',
    'np.linalg.norm(a, -np.inf, (1,), keepdims=())',
    "np.linalg.norm(a, 'fro', keepdims=1.5)",
    "np.linalg.norm(b, 'fro', axis=5)",
    "np.linalg.norm(b, 'nuc', axis=0)",
    "np.linalg.norm(a, 'fro', axis=1.5)",
    "np.linalg.norm(3, ord='fro', axis=0)",
    "np.linalg.norm(np.array(-1.5), ord='fro', axis=-1)",
    'np.fft.fft(a, axis=1.5)',
    'np.fft.fft(a, 2, axis=1.5)',
    'np.fft.fft(a, 2, axis=np.float64(1.5))',
    'np.fft.fft(a, 2, axis=True)',
    'np.fft.fft(a, None, axis=1.5)',
    'np.fft.fft(a, 2, axis=5)',
    'np.fft.fft(a, 2, axis=(0,))',
    'np.fft.rfft(b, 2, axis=[1])',
    'np.fft.ihfft(c, 1, axis=1.5)',
    'np.fft.irfft(b, 3, axis=1.5)',
    'np.fft.hfft(i, 1, axis=1.5)',
    "np.fft.ifft(b, 2, axis=1.5, norm='x')",
    'np.fft.fft(a, 1, axis=2**63)',
    'np.fft.ihfft(c, 1, axis=-2**63 - 1)',
    'np.random.seed(0)',
    'np.random.randint(3, high=1.5)',
    'np.random.randint(0, high=2.5)',
    'np.random.randint(2.5)',
    'np.random.randint(0.5, 3.7, size=4)',
    'np.random.randint(-0.5, 3.7, size=4)',
    'np.random.randint(-1.5, size=2)',
    "np.random.randint(float('nan'))",
    "np.random.randint(1, float('inf'))",
    'np.random.randint(0.5, 10.5, size=3, dtype=np.uint8)',
    'np.random.randint(0.5, 1.5, dtype=bool)',
    'np.random.RandomState(1).randint(0.2, 5.9, size=(2, 2))',
    'np.random.randint(3, high=1.5, size=0)',
    'np.random.randint(7)',
    'np.random.default_rng(0).integers(3, high=1.5)',
    "np.random.default_rng(0).integers(3, high=float('nan'))",
    'np.random.default_rng(0).integers(0.5, 7.9, size=5)',
    'np.random.default_rng(0).integers(2.5, endpoint=True, size=3)',
    'np.random.default_rng(0).integers(-2.5, 2.5, size=4, dtype=np.int8)',
    'np.random.default_rng(0).permutation(3, axis=1.5)',
    'np.random.default_rng(0).permutation(3, axis=2**63)',
    'np.random.default_rng(0).permutation(np.arange(4.0), axis=1.5)',
    'np.random.default_rng(0).uniform(a > 0, high=())',
    'np.random.default_rng(0).uniform(np.zeros((2, 3)), np.ones(4))',
    'np.random.default_rng(0).integers(np.zeros((2, 3), dtype=int), np.ones(4, dtype=int) * 5)',
]

FIXTURES = {
    "453-sweep44-unusual-values": (
        "np.array's copy= by truth, np.base_repr(0) with a negative padding, np.flip of a 0-d array with no axes, "
        "np.diag's abs(k) of a container k.",
        SWEEP_VALUES,
    ),
    "454-sweep44-axes-read-first": (
        "the axes np.mean/np.var/np.std (and the nan-forms of integers, the methods) count with normalize_axis_index "
        "first, a bool axis beside where=, nanargmax/nanargmin, np.unique, np.trapezoid, np.roll of a 0-d array over "
        "no axes, np.diag_indices of a float n.",
        COUNTED_AXES,
    ),
    "455-sweep44-weights-and-flags": (
        "np.histogram counted in the weights' dtype, np.isin with a list or tuple invert=, np.result_type of a tuple, "
        "np.trapezoid's int dx past 64 bits.",
        WEIGHTS_AND_FLAGS,
    ),
    "456-sweep44-norm-fft-randint": (
        "np.linalg.norm's vector path (str order first, keepdims through C's int parser), the 1-d FFTs' float axis "
        "beside n, the legacy np.random.randint's float bounds read with int().",
        LINALG_FFT_RANDOM,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
