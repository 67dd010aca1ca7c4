#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements of session 46's printing probe (fuzz46).

Run: `python3 Tests/SnippetsTests/Fixtures/make_fuzz46_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/476-*` to `479-*` fixtures; rerunning gives identical bytes.

`Fuzz/printing_probe.py` compares how docbuild prints and formats NumPy values with NumPy. These are its findings:

476: `np.format_float_positional` / `np.format_float_scientific`: NumPy's Python wrapper's checks (a negative
precision, pad, exp_digits or min_digits is a ValueError, min_digits above the precision too), then its C parser's
(a float where an int goes, a trim other than one of its four letters, unique=False without a precision: TypeErrors),
Dragon4's exact mode for `unique=False` (the digits stop where the exact value does, so `trim='-'` drops the point of
`1e+00`), `fractional=False` (a precision counting every digit), `+inf` under `sign=True`, and what `x` may be.
477: complex numbers (Python's and NumPy's) under format specs, as CPython's `format_complex_internal` writes them.
478: `np.array2string` with a separator, a prefix and a suffix, `np.array_str` and `np.array_repr` with max_line_width,
precision and suppress_small (and of 0-d arrays), a negative precision of integer and empty arrays (ignored).
479: summarised arrays under `edgeitems=0` (each axis still shows its last item), `np.set_printoptions(**D)` with
`D = np.get_printoptions()` putting the options back (after a refused call too: `Fuzz46RefusalTests`), and negative
thresholds (every array summarised).
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_fuzz46_fixtures.py"

FLOAT_VALUES = ["np.float16(0.1)", "np.float16(1000.5)", "np.float32(0.1)", "np.float32(16777217.0)", "np.float64(1.0)",
                "np.float64(100.0)", "np.float64(1.01)", "np.float64(1/3)", "np.float64(1e16)", "np.float64(5e-324)",
                "np.float64(-0.0)", "np.float64(np.inf)", "np.float64(-np.inf)", "np.float64(np.nan)", "123.456",
                "0.00123456"]
FLOAT_FORMATS = []
for value in FLOAT_VALUES:
    for keywords in ["unique=False, precision=4, trim='-'", "unique=False, precision=4, trim='.'",
                     "unique=False, precision=4, trim='0'", "unique=False, precision=4", "unique=False, precision=20",
                     "min_digits=4, trim='-'", "sign=True", "sign=True, pad_left=4", "precision=1, unique=False"]:
        FLOAT_FORMATS.append(f"np.format_float_scientific({value}, {keywords})")
        FLOAT_FORMATS.append(f"np.format_float_positional({value}, {keywords})")
    for keywords in ["fractional=False, precision=2", "fractional=False, precision=4, unique=False",
                     "fractional=False, precision=3, trim='-'", "fractional=False, precision=2, min_digits=2"]:
        FLOAT_FORMATS.append(f"np.format_float_positional({value}, {keywords})")
for call in [
    "np.format_float_positional(1.5, precision=-1)", "np.format_float_scientific(1.5, precision=-1)",
    "np.format_float_positional(1.5, pad_left=-2)", "np.format_float_positional(1.5, pad_right=-1)",
    "np.format_float_scientific(1.5, exp_digits=-1)", "np.format_float_positional(1.5, min_digits=-1)",
    "np.format_float_positional(1.5, precision=-0.5)", "np.format_float_positional(1.5, min_digits=5, precision=2)",
    "np.format_float_scientific(1.5, min_digits=2, precision=1)", "np.format_float_positional(1.5, unique=False)",
    "np.format_float_scientific(1.5, unique=False)", "np.format_float_positional(1.5, trim='x')",
    "np.format_float_scientific(1.5, trim='kk')", "np.format_float_positional(1.5, trim=None)",
    "np.format_float_positional(1.5, trim=5)", "np.format_float_positional(1.5, precision=1.5)",
    "np.format_float_positional(1.5, precision='3')", "np.format_float_positional(1.5, precision=[1])",
    "np.format_float_positional(1.5, precision=True)", "np.format_float_positional(1.5, precision=np.int8(2))",
    "np.format_float_positional(1.5, precision=np.float64(2))", "np.format_float_positional(1.5, precision=np.float32(2))",
    "np.format_float_positional(1.5, precision=2**40)", "np.format_float_positional(1.5, precision=2**70)",
    "np.format_float_positional(1.5, sign=None)", "np.format_float_positional(1.5, unique=None, precision=2)",
    "np.format_float_positional(1.5, unique='')", "np.format_float_positional(1.5, sign='yes')",
    "np.format_float_positional(1.5, sign=2)", "np.format_float_positional(1.5, pad_left=2.5)",
    "np.format_float_positional(1.5, pad_left=None)", "np.format_float_positional(1.5, fractional=False, precision=0)",
    "np.format_float_positional(1.5, precision=0.0, fractional=False)",
    "np.format_float_positional(1.5, 2, False, True, '-', True, 4, 4, 1)",
    "np.format_float_positional(1.5, 2, False, True, '-', True, 4, 4, 1, 5)", "np.format_float_positional(x=1.5)",
    "np.format_float_positional(1.5, foo=1)", "np.format_float_scientific(1.5, exp_digits=7)",
    "np.format_float_scientific(1e-300, exp_digits=0)", "np.format_float_positional(5)",
    "np.format_float_positional(True)", "np.format_float_positional(np.array(2.5))",
    "np.format_float_positional(np.array(0.1, dtype=np.float16))", "np.format_float_positional(np.array([2.5]))",
    "np.format_float_positional(np.array([]))", "np.format_float_positional(np.int8(3))",
    "np.format_float_positional(2**1000)", "np.format_float_positional(2**2000)", "np.format_float_positional(None)",
    "np.format_float_positional('1')", "np.format_float_positional(1+2j)", "np.format_float_positional([1.5])",
    "np.format_float_positional(np.array(1+2j))", "np.format_float_positional(np.array(True))",
    "np.format_float_scientific(np.float32(0.1), precision=20, unique=False)",
    "np.format_float_positional(np.float16(0.1), precision=20, unique=False)",
    "np.format_float_positional(np.float16(1000.5), precision=3, unique=False, trim='-')",
    "np.format_float_positional(1.5, min_digits=0, precision=0)",
]:
    FLOAT_FORMATS.append(call)

COMPLEX_VALUES = ["1+2j", "-0.0+1j", "0j", "complex(-0.0, -0.0)", "1e16+1j", "complex(float('nan'), -1)",
                  "complex(-float('inf'), 0)", "1234.5-6789.25j", "2j", "-2j", "1e-7+3.14159j", "np.complex64(0.1+0.2j)",
                  "np.complex128(-1.5e300j)", "np.array(1+2j)"]
COMPLEX_SPECS = ["", "#", "z", ",", ">20", "^20", "+", " ", ".3", "#.3", ".0", "e", ".2f", "G", "n", "_.1f", "z.1f",
                 "<15.2e", "x<12", "*^30.4g", "d", "%", "010", "=10", "0<10", "#e", "E", ".10g", "+.2e", ",.2f", "-"]
COMPLEX_FORMATS = []
for value in COMPLEX_VALUES:
    for spec in COMPLEX_SPECS:
        COMPLEX_FORMATS.append(f"format({value}, {spec!r})")
    COMPLEX_FORMATS.append(f"z = {value}; f'{{z:>12.2f}}|{{z!r:>14}}|{{z:g}}'")
    COMPLEX_FORMATS.append(f"'{{:.1e}} {{:}}'.format({value}, {value})")

ARRAYS = ["np.arange(30).reshape(3, 10)", "np.linspace(0, 1, 25).reshape(5, 5)", "np.arange(2000)",
          "np.arange(24).reshape(2, 3, 4)", "np.array([1+2j, -3.5j, 1e-5])", "np.array([True, False])",
          "np.array(3.5)", "np.float32(0.1)", "np.array([], dtype=float)", "np.arange(2400).reshape(40, 60) / 7",
          "np.array([np.nan, -np.inf, 1.5])", "np.array([1e-8, 1e8])", "np.array(True)", "np.array(1+1j)"]
ARRAY_TEXTS = []
for array in ARRAYS:
    for keywords in ["separator=',   '", "separator=''", "separator='::'", "prefix='arrayish('", "suffix=')))))'",
                     "prefix='x' * 30, max_line_width=50", "separator=', ', prefix='array(', suffix=')'",
                     "legacy='1.13', separator=', '", "legacy='1.13', suffix='))))'", "max_line_width=5, separator='|'",
                     "threshold=5, edgeitems=1, separator=', '", "edgeitems=0, threshold=3, separator=';'",
                     "prefix='\u00e9\u00e9'", "suffix='', max_line_width=1", "sign='+', separator=', ', precision=2",
                     "precision=-1"]:
        ARRAY_TEXTS.append(f"x = {array}; print(np.array2string(x, {keywords}))")
    if array != "np.float32(0.1)":
        for keywords in ["", "max_line_width=20", "precision=1, suppress_small=True", "precision=-1", "5, 2"]:
            extra = ", " + keywords if keywords else ""
            ARRAY_TEXTS.append(f"x = {array}; print(np.array_str(x{extra}))")
            ARRAY_TEXTS.append(f"x = {array}; print(np.array_repr(x{extra}))")
ARRAY_TEXTS += [
    "with np.printoptions(legacy='1.13'): print(np.array_str(np.array(0.1, dtype=np.float32)))",
    "with np.printoptions(legacy='1.13'): print(np.array_str(np.array(1+2j)))",
    "with np.printoptions(legacy='1.13'): print(np.array_str(np.array([0.1, 2], dtype=np.float32), precision=3))",
    "with np.printoptions(sign='+'): print(np.array_str(np.array(1.5)))",
]

EDGES = []
for made in ["np.arange(2400).reshape(40, 60) % 7 == 0", "np.arange(2400).reshape(40, 60)",
             "(np.arange(1001) * 1e-3 - 0.5).astype(np.float16)", "np.linspace(-1e5, 1e5, 1201).astype(np.float32)",
             "np.arange(2400).reshape(40, 60) / 7", "np.arange(1001).reshape(7, 11, 13) * (1 + 1j)"]:
    for options in ["edgeitems=0", "edgeitems=0, threshold=10", "edgeitems=0, linewidth=30", "edgeitems=1"]:
        EDGES.append(f"with np.printoptions({options}): x = {made}; print(x); repr(x); str(x[:2])")
EDGES += [
    "D = np.get_printoptions()",
    "np.set_printoptions(precision=3, edgeitems=0, threshold=5); print(np.arange(10) / 3)",
    "np.set_printoptions(**D)",
    "print(np.arange(10) / 3)",
    "np.get_printoptions() == D",
    # A negative threshold (NumPy takes any number): every array is summarised, an empty one too.
    "with np.printoptions(threshold=-1): print(np.arange(3), np.arange(7), np.array(5)); repr(np.arange(7))",
    "with np.printoptions(threshold=-1): np.get_printoptions()['threshold']",
    "with np.printoptions(threshold=-1): repr(np.array([])), repr(np.zeros((2, 0))), repr(np.array(5)), "
    "repr(np.array(1.5)), str(np.array([])), repr(np.float64(2))",
    "with np.printoptions(threshold=-5, edgeitems=1): print(np.arange(3)); repr(np.arange(4).reshape(2, 2))",
    "with np.printoptions(threshold=-2**63): print(np.arange(7))",
    "with np.printoptions(threshold=-1): print(np.array2string(np.arange(7))); np.array_repr(np.array([1.5]))",
]

FIXTURES = {
    "476-format-float-positional-scientific-arguments-exact-mode": (
        "np.format_float_positional and np.format_float_scientific: NumPy's argument checks and conversions in its "
        "order, Dragon4's exact mode for unique=False, fractional=False, +inf under sign=True, and what x may be.",
        ["import numpy as np"] + FLOAT_FORMATS,
    ),
    "477-complex-numbers-under-format-specs": (
        "Python complex numbers, NumPy complex scalars and 0-d complex arrays under format specs (CPython's "
        "format_complex_internal: each part as a float, parentheses without a type, its refusals of 0 and '=').",
        ["import numpy as np"] + COMPLEX_FORMATS,
    ),
    "478-array2string-separator-prefix-suffix-array-str-repr-options": (
        "np.array2string with separators, prefixes and suffixes; np.array_str and np.array_repr with "
        "max_line_width, precision and suppress_small, of 0-d arrays too; a negative precision of non-float arrays.",
        ["import numpy as np"] + ARRAY_TEXTS,
    ),
    "479-edgeitems-zero-and-printoptions-restored-from-a-dict": (
        "Summarised arrays under edgeitems=0 (each axis still shows its last item, its elements fitted to every "
        "value), np.set_printoptions(**D) restoring the options, and negative thresholds.",
        ["import numpy as np"] + EDGES,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
