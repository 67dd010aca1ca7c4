#!/usr/bin/env python3
"""Writes what NumPy 2.4.6 (on CPython 3.11) prints for `np.ravel_multi_index`'s clip modes, good and bad.

NumPy's converter accepts exactly 'raise', 'wrap' and 'clip' (one, or one per axis); a text starting with one of
their first letters in either case ('clamp', 'Clip', 'r') is `ValueError: Use one of 'clip', 'raise', or 'wrap' for
clip mode`, any other ('x', '') names itself. Two branches merged on 2026-12-02 each implemented `mode=`; this fixture
holds the merged code to NumPy's words.

Run: `python3 Tests/SnippetsTests/Fixtures/make_clipmode_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/93-ravel-multi-index-clip-modes.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "93-ravel-multi-index-clip-modes.txt"

MODES = ["raise", "wrap", "clip", "clamp", "Clip", "CLIP", "w", "wraparound", "r", "R", "c", "ra", "Raise", "Xlip",
         "q", "x", "", "clip "]
STATEMENTS = (
    [f"np.ravel_multi_index([1], (3,), mode={mode!r})" for mode in MODES]
    + [f"np.ravel_multi_index([5], (3,), mode=({mode!r},))" for mode in MODES]
    + [
        "np.ravel_multi_index([[1, 5], [-1, 2]], (3, 4), mode=('clip', 'wrap'))",
        "np.ravel_multi_index([[1, 5], [-1, 2]], (3, 4), mode=('clip',))",
        "np.ravel_multi_index([[1, 5], [-1, 2]], (3, 4), mode=['wrap', 'raise'])",
        "np.ravel_multi_index([[1, 5], [-1, 2]], (3, 4), mode='wrap', order='F')",
        "np.ravel_multi_index([[1, 2], [3, 3]], (3, 4), mode=('raise', 'clamp'))",
    ]
)


def main():
    write_numpy_fixture(
        OUTPUT, "make_clipmode_fixtures.py", "np.ravel_multi_index's clip modes, good and bad.", STATEMENTS)


if __name__ == "__main__":
    main()
