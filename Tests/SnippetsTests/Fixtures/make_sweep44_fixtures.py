#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 44's helper sweep44.

Run: `python3 Tests/SnippetsTests/Fixtures/make_sweep44_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/453-*` fixtures; rerunning gives identical bytes.

453: what `Fuzz/signature_sweep.py --bases all --values float,list,empty` and `--values true,negative,huge,nan` found
docbuild printing other than NumPy: `np.array`'s `copy=` read by truth (any falsy value but None is False, so a list
needs a copy NumPy refuses to make), `np.base_repr` of 0 with a negative padding (NumPy's `res or '0'` keeps the empty
padding), `np.flip` of a 0-d array with no axes (a NumPy scalar, as with `axis=None`), and `np.diag`'s `abs(k)` of a
list or tuple `k`.
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

FIXTURES = {
    "453-sweep44-unusual-values": (
        "np.array's copy= by truth, np.base_repr(0) with a negative padding, np.flip of a 0-d array with no axes, "
        "np.diag's abs(k) of a container k.",
        SWEEP_VALUES,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
