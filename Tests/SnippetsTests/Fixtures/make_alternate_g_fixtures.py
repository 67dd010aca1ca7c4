#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for the alternate form (`#`) of the 'g', 'G' and 'n' float formats: trailing zeros
kept, the decimal point always shown. docbuild used the C library's `%#g`, which loses a digit when rounding carries
into the next power of ten (`format(99.995, '#.2G')` is '1.0E+02' in CPython, glibc gave '1.E+02'; found by
`Fuzz/python_differential.py --grammar strings --seed 2212`). NumPy scalars format as Python floats here.

Run: `python3 Tests/SnippetsTests/Fixtures/make_alternate_g_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/107-alternate-general-float-format.txt`; rerunning gives identical bytes.
"""

import pathlib
import random

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "107-alternate-general-float-format.txt"

generator = random.Random(5)
VALUES = [99.995, 9.96, 0.0999, 999.5, 9.5, 0.0, -0.0, 1e-05, 9.9999e-05, 0.00012345, 123456.0, 1e16, 0.99999, -2.5]
VALUES += [round(generator.uniform(-1e6, 1e6), 3) for _ in range(4)]
VALUES += [float(f"{10 ** generator.uniform(-8, 8):.6g}") for _ in range(4)]
SPECS = ["#g", "#.0g", "#.1g", "#.2G", "#.3g", "#10.4g", "+#.5G", "#n", "#015.3g", "<#12.1G", "#,.8g"]

STATEMENTS = [f"format({value!r}, {spec!r})" for value in VALUES for spec in SPECS]
# Without `#` the C library's 'g' is CPython's: trailing zeros and a lone decimal point dropped.
STATEMENTS += [f"format({value!r}, {spec!r})" for value in VALUES[:8] for spec in ("g", ".2G", ".1g", "10.3n")]
STATEMENTS += [f"format(float({word!r}), '#.3G')" for word in ("inf", "-inf", "nan")]
STATEMENTS += [
    "f'{99.995:#.2g}', f'{9.96:#.2g}', '{:#.1G}'.format(9.5)",
    "format(np.float64(99.995), '#.2G'), format(np.float32(9.96), '#.2g'), f'{np.float64(0.0999):#.2g}'",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_alternate_g_fixtures.py",
        "the alternate form (#) of the 'g', 'G' and 'n' float formats, where rounding carries into a new power of ten",
        STATEMENTS,
    )
