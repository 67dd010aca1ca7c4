#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for None as `np.full`'s and `np.full_like`'s fill value, which
snippets refused as a value where NumPy takes an array. NumPy makes an empty array of the dtype and copies the fill
value in with an unsafe cast: None is NaN in a float array (Engineering Computations' Fourier lesson starts
`xcm_array = numpy.full_like(freqs, None)` and fills it in a loop), False in a bool array, and the TypeError of
`int(None)` in an integer array unless the array has no element.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session34a_fill_fixtures.py` (Python 3.11, numpy 2.4.6). Rerunning
gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "223-session34-none-fill.txt"

STATEMENTS = [
    "freqs = np.linspace(0, 5, 6)",
    "xcm_array = np.full_like(freqs, None)",
    "xcm_array",
    "for i, f in enumerate(freqs[:3]):\n    xcm_array[i] = f * 2",
    "xcm_array, np.isnan(xcm_array).sum()",
    "np.full((2, 3), None, dtype=float)",
    "np.full(3, None, dtype=np.float32), np.full(2, None, dtype='f2')",
    "np.full_like(np.arange(3), None, dtype=float)",
    "np.full_like(np.array([True, False]), None)",
    "np.full(2, None, dtype=bool)",
    "np.full_like(np.arange(3), None)",
    "np.full(2, None, dtype=np.uint8)",
    "np.full((2, 0), None, dtype=int)",
    "np.full_like(np.zeros(0, dtype=np.int32), None)",
    "np.full(2, None, dtype='bogus')",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        OUTPUT,
        "make_session34a_fill_fixtures.py",
        "None as np.full's and np.full_like's fill value: NaN, False, or int()'s TypeError, by dtype",
        STATEMENTS,
    )
