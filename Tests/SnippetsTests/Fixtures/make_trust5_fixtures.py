#!/usr/bin/env python3
"""Writes what CPython and NumPy print for the hostile integers trust5 found docbuild crashing or misprinting on.

Run: `python3 Tests/SnippetsTests/Fixtures/make_trust5_fixtures.py` (Python 3.11, NumPy 2.4.6 on x86-64). It
rewrites `interpreter/83-trust5-hostile-integers.txt`; rerunning gives identical bytes.

- An int64 array holding 2**63 - 1 given where NumPy reads indices, counts or a shape (`np.zeros(big)`,
  `np.take(a, big)`, `np.searchsorted(a, v, sorter=big)`, …): docbuild read it through float64, where it rounds up
  to 2**63, and converting that to an Int trapped (the process died with "Double value cannot be converted to Int").
- `np.unravel_index` and `np.ravel_multi_index` with dimensions whose product passes 2**63 - 1 trapped on the
  overflow; `ravel_multi_index` also ignored `mode=` (`mode='wrap'` raised "invalid entry in coordinates array").
  (`np.take(a, big, mode='wrap')` is left out: NumPy wraps by repeated subtraction and never finishes; so are
  `np.expand_dims` and `np.moveaxis` with an axis past a C int, NumPy's OverflowError, which docbuild refuses.)
- `np.insert` names an out-of-bounds index as `str` shows it (`index [9]`, `index 9` for `np.int64(9)`), not its repr.
- Python's str methods and formatting around docbuild's element limit: below it they must print what CPython prints
  (the limit itself is a refusal no transcript can expect, tested in TrustHostileInputTests).
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "83-trust5-hostile-integers.txt"


def huge_index_statements():
    """2**63 - 1 and 2**62 + 1 (which float64 cannot hold) where each function reads indices, counts or a shape."""
    statements = ["big = np.array([2**63 - 1])", "odd = np.array([2**62 + 1])", "a = np.arange(3)"]
    for value in ["big", "odd"]:
        statements += [
            f"np.zeros({value})", f"np.empty({value})", f"np.full({value}, 1)", f"a.reshape({value})",
            f"np.broadcast_to(a, {value})", f"np.take(a, {value})", f"np.take(a, {value}, mode='clip')", f"np.take_along_axis(a, {value}, axis=0)",
            f"np.searchsorted([1, 2, 3], 2, sorter={value})", f"np.insert(a, {value}, 1)",
            f"np.insert(a, np.int64(9), 1)", f"np.insert(a, np.array(9), 1)", f"np.insert(a, (9,), 1)", f"np.delete(a, {value})",
            f"np.put(a.copy(), {value}, 1)", f"np.partition(a, {value})", f"np.add.reduceat(a, {value})",
            f"np.split(a, {value})",
            f"np.array_split(a, {value})", f"a[{value}]", f"np.unravel_index({value}, (2,))",
            f"np.unravel_index({value}, (2**62, 3))",
        ]
    return statements


def ravel_statements():
    """unravel_index and ravel_multi_index around the intp limit, with zero and huge dimensions and every mode."""
    return [
        "np.ravel_multi_index((1, 1), (2**32, 2**32))", "np.ravel_multi_index((1, 1), (2**31, 2**31))",
        "np.ravel_multi_index((1, 1), (2**62, 2))", "np.ravel_multi_index((0, 0), (0, 2**63 - 1))",
        "np.ravel_multi_index((1,), (0,))", "np.ravel_multi_index(([3], [2**62]), (2**61, 2))",
        "np.ravel_multi_index((np.array([2**62]),), (2**63 - 1,))",
        "np.ravel_multi_index(([2**40], [0]), (2**41, 3))", "np.ravel_multi_index((9007199254740993,), (2**60,))",
        "np.ravel_multi_index((3, 4), (2, 2), mode='wrap')", "np.ravel_multi_index((3, -4), (2, 2), mode='clip')",
        "np.ravel_multi_index((1, -5), (2, 3), mode=('clip', 'wrap'))",
        "np.ravel_multi_index((1, -7), (2, 3), mode='wrap')", "np.ravel_multi_index((1, 2**62), (2, 3), mode='clip')",
        "np.ravel_multi_index((1, -5), (2, 3), mode=('clip',))", "np.ravel_multi_index((1, -5), (2, 3), mode='bogus')",
        "np.ravel_multi_index(([1, 2], [0, 1]), (3, 2), order='F')", "np.ravel_multi_index((3, 1), (3, 2))",
        "np.unravel_index(5, (2**40, 2**40))", "np.unravel_index(0, (0,))", "np.unravel_index([1], (2**62, 0))",
        "np.unravel_index(0, (0, 5))", "np.unravel_index(9007199254740993, (2**60,))",
        "np.unravel_index(2**63 - 1, (2**62, 3))", "np.unravel_index([5, 0], (2, 3), order='F')",
        "np.bincount(np.array([2**20]))[-1]",
    ]


def text_statements():
    """str padding, tabs, replace and formatting, long but within docbuild's element limit, and the widths and
    precisions CPython itself refuses."""
    return [
        "len('a'.center(10**6)), len('ab'.ljust(10**6)), len('-7'.zfill(10**6)), len('a'.rjust(10**6, '*'))",
        "len('\\tabc'.expandtabs(10**6)), len('a\\tb\\tc'.expandtabs(1000))",
        "x = 'a' * 1000", "len(x.replace('a', x)), len(x.replace('', '--')), len(x.replace('a', 'bb', 10))",
        "len('%1000000d' % 1), len('%.1000000d' % 1), len('%-1000000s|' % 'a'), len('%*d' % (1000000, 5))",
        "'%99999999999999999999d' % 1", "'%.99999999999999999999d' % 1", "'%.3000000000d' % 1",
        "len('{:>1000000}'.format(1)), len(f'{1:^1000000}'), len(format(1.5, '1000000.3f'))",
        "'{:.99999999999999999999}'.format(1.5)", "'{:99999999999999999999}'.format(1.5)",
        "'{:.3000000000f}'.format(1.5)", "len('{:.10000f}'.format(1.5)), '{:.}'.format(1.5)",
        "sum(range(1000000)), max(range(1000000))",
    ]


GROUPS = [huge_index_statements(), ravel_statements(), text_statements()]


def main():
    statements = ["import numpy as np"] + [statement for group in GROUPS for statement in group]
    write_numpy_fixture(
        OUTPUT, "make_trust5_fixtures.py",
        "hostile integers and lengths docbuild crashed or misprinted on (see the script).", statements)


if __name__ == "__main__":
    main()
