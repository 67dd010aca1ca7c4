#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for three constructs of NumPy's own docstring examples that
docbuild refused (issue 10; `Benchmarks/reach_probe.py --corpus numpy-docstrings`).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach12_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/85-reach12-einsum-interleaved.txt` (and the other files named in FIXTURES); rerunning gives identical
bytes.

`np.einsum`'s interleaved form (`np.einsum(a, [0, 1], b, [1, 2], [0, 2])`) is the subscripts form NumPy's C einsum
builds from it (label 0-25 is 'A'-'Z', 26-51 is 'a'-'z'), so its results, views and errors are checked here.
"""

import pathlib
import sys

import numpy as np
from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

# NumPy's own examples (`np.einsum`'s docstring), then what they rest on: views of the one operand, the implicit
# output's order across the two letter cases, and the errors of a malformed sublist.
EINSUM_INTERLEAVED = [
    "a = np.arange(25).reshape(5, 5)",
    "b = np.arange(5)",
    "c = np.arange(6).reshape(2, 3)",
    "np.einsum(a, [0, 0])",
    "np.einsum(a, [0, 0], [0])",
    "np.einsum(a, [0, 1], [0])",
    "np.einsum(a, [Ellipsis, 1], [Ellipsis])",
    "np.einsum(c, [1, 0])",
    "np.einsum(b, [0], b, [0])",
    "np.einsum(a, [0, 1], b, [1])",
    "np.einsum(3, [Ellipsis], c, [Ellipsis])",
    "np.einsum(np.arange(2) + 1, [0], b, [1])",
    "a3 = np.arange(60.).reshape(3, 4, 5)",
    "b3 = np.arange(24.).reshape(4, 3, 2)",
    "np.einsum(a3, [0, 1, 2], b3, [1, 0, 3], [2, 3])",
    "np.einsum(a3, (0, 1, 2), b3, (1, 0, 3), (2, 3))",
    "np.einsum(c, [0, 1], c, [0, 2], [1, 2])",
    "np.einsum(a, [0, 1], b, [1], [0], optimize=False)",
    "v = np.einsum(c, [1, 0])",
    "v[0, 1] = 30",
    "c",
    "v.strides, v.flags.c_contiguous, v.flags.f_contiguous",
    "d = np.einsum(a, [7, 7], [7])",
    "d[1] = -1",
    "a[1, 1]",
    "np.einsum(c, [26, 0])",
    "np.einsum(c, [25, 26])",
    "np.einsum(c, [51, 0])",
    "np.einsum(c, [0, np.int64(1)], [np.int64(1)])",
    "np.einsum(c, [0, np.uint8(1)])",
    "m = np.arange(6.).reshape(2, 3)",
    "np.einsum(m, [0, 1], m, [0, 1], [1, 0])",
    "np.einsum(m, [0, 1], m, [0, 1], [1, 0]).flags.f_contiguous",
    "np.einsum(c, [0, 52])",
    "np.einsum(c, [0, -1])",
    "np.einsum(c, [0, 1.5])",
    "np.einsum(c, [0, 'x'])",
    "np.einsum(c, [0, True])",
    "np.einsum(c, [0, 2**70])",
    "np.einsum(c, [Ellipsis, Ellipsis])",
    "np.einsum(c, 0)",
    "np.einsum(c)",
    "np.einsum(c, [0])",
    "np.einsum(c, [0, 1], [2])",
    "np.einsum(c, [0, 1], c)",
    "np.einsum(c, np.array([1, 0]))",
    "np.einsum(c, range(2))",
    "np.einsum(c, np.array([0., 1.]))",
    "np.einsum(c, np.array([True, False]))",
    "np.einsum(c, np.int64(0))",
    "np.einsum(c, 'ab')",
]

FIXTURES = {
    "85-reach12-einsum-interleaved": (
        "np.einsum's interleaved form (operand, sublist, ..., [output sublist]): NumPy's docstring examples, views of "
        "one operand, both letter cases and the errors of malformed sublists.",
        EINSUM_INTERLEAVED,
    ),
}


def main():
    assert sys.version_info[:2] == (3, 11), sys.version
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", "make_reach12_fixtures.py", description, statements)


if __name__ == "__main__":
    main()
