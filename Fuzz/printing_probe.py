#!/usr/bin/env python3
"""Differential probe of how docbuild prints and formats NumPy values: CPython 3.11 + NumPy 2.4's text against docbuild's.

Run: `python3 Fuzz/printing_probe.py --space SPACE --docbuild .build/debug/docbuild [--show] [--out DIR]`.
It writes the space's statements (one self-contained line each, drawn deterministically: the same space always gives
the same statements), records what CPython prints for them as docbuild transcripts (`numpy_differential.write_chapters`,
40 to a chapter), runs `docbuild check` on them and prints the tally (statements, matching, refused), each mismatch
(docbuild printed other text than NumPy, or raised where NumPy did not: there must be none), and the refusals grouped
by their first words. `--show` prints each mismatch's statement with NumPy's and docbuild's last lines;
`--skip-record` re-judges the chapters an earlier run left in `--out` (another docbuild on the same recording);
`--statements-only` prints the statements and stops; `--limit N` keeps every k-th statement so that about N remain.

Spaces (session 46, fuzz46):

- `printoptions`: `np.set_printoptions(...)` (reset to the defaults at the end of its line, so that no line leaks into
  the next) and `with np.printoptions(...):` over precision, suppress, linewidth, threshold, edgeitems, sign
  (' ', '+', '-'), the four floatmodes, legacy ('1.13', '1.21', '1.25', '2.1', '2.2', False), nanstr and infstr, alone
  and combined, each followed by `print`, `repr` or `str` of an array of one of 13 dtypes (bool, the eight integer
  widths, float16/32/64, complex64/128), 0-d to 3-d, empty or summarised (longer than the threshold), holding NaN,
  infinities, -0.0, huge and tiny magnitudes; `np.get_printoptions()` after a set; bad option values (NumPy's
  errors).
- `formatting`: f-strings, `format()` and `str.format` with specs (`.3f`, `e`, `g`, `>10`, `+`, `,`, `%`, `x`, ...)
  of NumPy scalars of every dtype; `%`-formatting (`'%d' % np.int8(5)`, `'%.2f' % np.float32(...)`, `%s`, `%r`,
  `%x`, `%e`, `%g`, `%c`, tuples of several); str()/repr() of NumPy scalars, of lists, tuples, dicts and sets holding
  NumPy scalars and 0-d arrays; `np.array2string` (precision, separator, prefix, suffix, suppress_small,
  max_line_width, threshold, edgeitems, sign, floatmode), `np.array_repr`, `np.array_str`, and
  `np.format_float_positional` / `np.format_float_scientific` (precision, unique, fractional, trim, sign, pad_left,
  pad_right, exp_digits, min_digits) of float16/32/64 values.
- `random-floats`: 2,000 float16/32/64 and complex arrays of random digits and magnitudes under one to four random
  print options (precision, suppress, sign, floatmode, legacy, linewidth, threshold, edgeitems), shown by print,
  repr, str of an element, array2string or a format spec.
"""

import argparse
import itertools
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Fuzz"))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
import numpy_differential  # noqa: E402
import reach_probe  # noqa: E402

# Every chapter starts with NumPy's default print options saved, so that a line can put them back.
SETUP = ["import numpy as np", "import sys", "D = np.get_printoptions()"]

DTYPES = ["bool_", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32",
          "float64", "complex64", "complex128"]
# Values each dtype holds, from the ordinary to the extremes: the first few are tame, the rest stress the printer.
VALUES = {
    "bool_": ["True", "False"],
    "int8": ["0", "-1", "7", "100", "-128", "127"],
    "uint8": ["0", "3", "200", "255"],
    "int16": ["0", "-7", "300", "-32768", "32767"],
    "uint16": ["0", "3", "60000", "65535"],
    "int32": ["0", "-7", "123456", "-2**31", "2**31 - 1"],
    "uint32": ["0", "3", "2**31", "2**32 - 1"],
    "int64": ["0", "-7", "123456789", "-2**63", "2**63 - 1"],
    "uint64": ["0", "3", "2**63 - 1", "2**64 - 1"],
    "float16": ["0.5", "-1.25", "0.1", "3.0", "np.nan", "-np.inf", "np.inf", "-0.0", "65504.0", "6e-08", "1000.5",
                "0.0001", "1e-05", "-2.5", "12345.0", "0.3333"],
    "float32": ["0.5", "-1.25", "0.1", "3.0", "np.nan", "np.inf", "-np.inf", "-0.0", "3.4e38", "1e-45", "123456.78",
                "1e-08", "16777217.0", "-2.5", "1e16", "0.3333333"],
    "float64": ["0.5", "-1.25", "0.1", "3.0", "np.nan", "-np.inf", "np.inf", "-0.0", "1e300", "5e-324",
                "123456789.123", "1e-08", "1e16", "-2.5", "2**53 + 1.0", "1/3"],
    "complex64": ["1+2j", "-0.5j", "3", "0.1+0.2j", "complex(np.nan, 1)", "complex(1, np.inf)", "-0.0j", "3e38+1j",
                  "1e-45j", "-2.5-1e-08j", "complex(-np.inf, -0.0)", "1e10+1e-10j"],
    "complex128": ["1+2j", "-0.5j", "3", "0.1+0.2j", "complex(np.nan, -1)", "complex(-np.inf, 0)", "-0.0-0.0j",
                   "1e300j", "5e-324+1j", "-2.5-1e-08j", "complex(np.inf, np.nan)", "1e16+1e-16j"],
}


def array_forms(dtype, rng):
    """Expressions making arrays of `dtype`: 0-d to 3-d, empty, summarised, the dtype's stress values among tame ones."""
    values = VALUES[dtype]
    t = f"np.{dtype}"
    forms = [
        f"np.array({values[0]}, dtype={t})",
        f"np.array({rng.choice(values)}, dtype={t})",
        f"np.array([{', '.join(values)}], dtype={t})",
        f"np.array([{', '.join(values[:3])}], dtype={t})",
        f"np.array([], dtype={t})",
        f"np.zeros((2, 0), dtype={t})",
        f"np.zeros((0, 3), dtype={t})",
        f"np.zeros((2, 0, 3), dtype={t})",
    ]
    for _ in range(3):
        chosen = [rng.choice(values) for _ in range(6)]
        forms.append(f"np.array([{', '.join(chosen)}], dtype={t}).reshape(2, 3)")
    chosen = [rng.choice(values) for _ in range(12)]
    forms.append(f"np.array([{', '.join(chosen)}], dtype={t}).reshape(2, 3, 2)")
    chosen = [rng.choice(values) for _ in range(4)]
    forms.append(f"np.array([{', '.join(chosen)}], dtype={t}).reshape(1, 4, 1)")
    # Longer than the default threshold (1000): summarised with `...`.
    if dtype == "bool_":
        forms.append("(np.arange(1200) % 3 == 0)")
        forms.append("(np.arange(2400).reshape(40, 60) % 7 == 0)")
    elif dtype.startswith(("float", "complex")):
        forms.append(f"np.linspace(-1e5, 1e5, 1201).astype({t})")
        forms.append(f"(np.arange(2400).reshape(40, 60) / 7).astype({t})")
        forms.append(f"(np.arange(1001) * 1e-3 - 0.5).astype({t})")
    else:
        forms.append(f"np.arange(1200).astype({t})")
        forms.append(f"np.arange(2400).reshape(40, 60).astype({t})")
        forms.append(f"np.arange(1001).reshape(7, 11, 13).astype({t})")
    # Mixed magnitudes, whose text switches between positional and scientific.
    if dtype.startswith("float"):
        forms.append(f"np.array([1e-5, 1.0, 1e4], dtype={t})")
        forms.append(f"np.array([1e-3, 12345.678, 0.0], dtype={t})")
        forms.append(f"np.array([[0.001, 0.1], [-0.0, 1e-9]], dtype={t})")
        forms.append(f"np.array([1e8, 1.5, np.nan], dtype={t})")
        forms.append(f"np.array([1.0, 2.0, 3.0], dtype={t})")
        forms.append(f"np.array([np.nan, np.inf, -np.inf], dtype={t})")
    if dtype.startswith("complex"):
        forms.append(f"np.array([1e-5 + 1j, 1.0 - 1e4j], dtype={t})")
        forms.append(f"np.array([1 + 1j, 2 - 2j], dtype={t})")
        forms.append(f"np.array([[0.001j, 1e8], [np.nan, -0.0]], dtype={t})")
    return forms


# One option each, then a few combinations, for `set_printoptions` and `printoptions`.
SINGLE_OPTIONS = [
    "precision=0", "precision=1", "precision=3", "precision=8", "precision=17", "precision=None",
    "suppress=True", "suppress=False",
    "linewidth=10", "linewidth=30", "linewidth=40", "linewidth=200",
    "threshold=0", "threshold=5", "threshold=11", "threshold=2000", "threshold=sys.maxsize",
    "edgeitems=0", "edgeitems=1", "edgeitems=2", "edgeitems=5",
    "sign=' '", "sign='+'", "sign='-'",
    "floatmode='fixed'", "floatmode='unique'", "floatmode='maxprec'", "floatmode='maxprec_equal'",
    "legacy='1.25'", "legacy='1.21'", "legacy='1.13'", "legacy='2.1'", "legacy='2.2'", "legacy=False",
    "nanstr='NaN'", "infstr='Inf'", "nanstr='nan!', infstr='oo'",
]
COMBINED_OPTIONS = [
    "precision=3, suppress=True", "precision=2, floatmode='fixed'", "precision=2, floatmode='maxprec'",
    "precision=2, floatmode='maxprec_equal'", "precision=2, floatmode='unique'", "precision=4, sign='+'",
    "suppress=True, sign=' '", "threshold=5, edgeitems=1", "threshold=5, edgeitems=2, linewidth=30",
    "linewidth=30, precision=2", "sign='+', floatmode='fixed', precision=1", "legacy='1.25', precision=3",
    "legacy='1.13', sign='-'", "legacy='1.21', floatmode='fixed'", "legacy='1.25', sign='+'",
    "precision=0, floatmode='fixed'", "precision=10, suppress=True", "nanstr='NaN', infstr='Inf', sign='+'",
    "threshold=0, edgeitems=1", "edgeitems=1, linewidth=25", "precision=3, suppress=True, linewidth=40",
    "legacy='1.13', linewidth=30", "precision=17, floatmode='maxprec'", "sign=' ', legacy='1.25'",
]
# Option values NumPy refuses: its error is the expected text.
BAD_OPTIONS = [
    "precision=-1", "precision=1.5", "precision='3'", "sign='x'", "floatmode='exact'", "legacy='1.0'", "legacy=1.25",
    "threshold=-1", "threshold=1.5", "threshold=np.nan", "linewidth='a'", "edgeitems='2'", "nanstr=1",
    "legacy='2.3'", "legacy=True", "suppress='no'", "formatter=5",
]
SHOWS = ["print(x)", "repr(x)", "str(x)", "print(repr(x))", "x", "print(x, x.dtype)", "print([x])"]


def printoptions_space():
    rng = random.Random(46)
    options = SINGLE_OPTIONS + COMBINED_OPTIONS
    lines = []
    for dtype in DTYPES:
        forms = array_forms(dtype, rng)
        for option in options:
            # Three arrays for each option set, from the dtype's forms.
            for form in rng.sample(forms, 3):
                show = rng.choice(SHOWS)
                if rng.random() < 0.5:
                    lines.append(f"with np.printoptions({option}): x = {form}; {show}")
                else:
                    lines.append(f"np.set_printoptions({option}); x = {form}; {show}; np.set_printoptions(**D)")
        # Every form under the defaults and under one drawn option set.
        for form in forms:
            lines.append(f"x = {form}; print(x); repr(x)")
            option = rng.choice(options)
            lines.append(f"with np.printoptions({option}): x = {form}; print(x); repr(x)")
    # get_printoptions after a set: NumPy's dict of the options (a `with` restores them).
    for option in options:
        lines.append(f"np.set_printoptions({option}); o = np.get_printoptions(); np.set_printoptions(**D); o")
        lines.append(f"with np.printoptions({option}) as o: o")
        lines.append(f"with np.printoptions({option}): pass")
        lines.append("np.get_printoptions() == D")
    # Some of these NumPy takes (and then fails or prints oddly): the defaults are put back on a line of their own,
    # after which nothing may be left of them.
    for option in BAD_OPTIONS:
        lines.append(f"np.set_printoptions({option})")
        lines.append("np.set_printoptions(**D)")
        lines.append(f"with np.printoptions({option}): print(np.arange(3))")
        lines.append("np.get_printoptions() == D")
    # Scalars and 0-d arrays under the options: repr of a NumPy scalar follows legacy, sign and precision too.
    for dtype in DTYPES:
        for value in VALUES[dtype]:
            option = rng.choice(options)
            s = f"np.{dtype}({value})"
            lines.append(f"with np.printoptions({option}): s = {s}; print(s); repr(s); str(s); repr(np.array(s))")
    return lines


FLOAT_SPECS = ["", ".3f", "e", ".2e", "g", ".10g", ">10", "<10", "^12", "+", "+.2f", " ", ",", ",.2f", "_", ".0%",
               "%", ".1%", "010.3f", "#g", "#.0f", "E", "G", ".3", "12.4E", "z.1f", "-", "*>12.3f", "=+10.2f",
               "F", "n", ".0f", ".30f", ".17g", "x", "d"]
INT_SPECS = ["", "d", "x", "X", "#x", "o", "#o", "b", "#b", ">8", "<8", "^8", "08d", "+", " ", ",", "_", "_x",
             ".3f", "e", ".2e", "g", "%", "c", "n", "+08,d", "=+8", ".2", "s"]
BOOL_SPECS = ["", "d", "x", ">6", "s", "^7", ".3f", "+", "b"]
COMPLEX_SPECS = ["", ".3f", "e", ".2g", ">30", "+", "g", ".0f", "^40", ",", "_.2f", "d", "%", "z.1f", "=10"]
PERCENT_FLOAT = ["%d", "%i", "%x", "%o", "%e", "%E", "%f", "%F", "%g", "%G", "%s", "%r", "%a", "%.2f", "%10.3f",
                 "%-10.2e", "%+.3g", "% d", "%05.1f", "%#x", "%c", "%.0f", "%.20f", "%u", "%#.3g", "%5s"]
PERCENT_INT = ["%d", "%i", "%x", "%X", "%o", "%#o", "%e", "%f", "%g", "%s", "%r", "%a", "%.2f", "%5d", "%-5d|",
               "%+d", "% d", "%05d", "%#x", "%c", "%u", "%.3d", "%*d"]
FLOAT_TYPES = ["float16", "float32", "float64"]


def scalar_formats():
    rng = random.Random(46)
    for dtype in DTYPES:
        if dtype == "bool_":
            specs = BOOL_SPECS
        elif dtype.startswith("complex"):
            specs = COMPLEX_SPECS
        elif dtype.startswith("float"):
            specs = FLOAT_SPECS
        else:
            specs = INT_SPECS
        for value in VALUES[dtype]:
            s = f"np.{dtype}({value})"
            # A dozen of the specs for each value, each by format(), an f-string or str.format.
            for spec in rng.sample(specs, min(12, len(specs))):
                yield rng.choice([f"s = {s}; format(s, {spec!r})", f"s = {s}; f'{{s:{spec}}}'",
                                  f"s = {s}; '{{:{spec}}}|{{0!s:{spec}}}'.format(s)"])
            yield f"s = {s}; '{{}} {{!r}} {{!s}} {{:>12}}'.format(s, s, s, s)"
            yield f"s = {s}; f'{{s!r}} {{s!s}} {{s!a}} {{s=}} {{s = }}'"
            yield f"s = {s}; str(s), repr(s), ascii(s)"
            percents = PERCENT_INT if dtype.startswith(("int", "uint")) else PERCENT_FLOAT
            for form in rng.sample(percents, 8):
                if "*" in form:
                    yield f"s = {s}; {form!r} % (6, s)"
                else:
                    yield f"s = {s}; {form!r} % s"
            yield f"s = {s}; '%s and %r' % (s, s)"
            yield f"s = {s}; '%(v)s %(v)r' % {{'v': s}}"


def containers():
    rng = random.Random(4646)
    for dtype in DTYPES:
        values = VALUES[dtype]
        for _ in range(6):
            a, b = rng.choice(values), rng.choice(values)
            s, t = f"np.{dtype}({a})", f"np.{dtype}({b})"
            z = f"np.array({a}, dtype=np.{dtype})"
            for form in ["[s, t]", "(s,)", "(s, t)", "{'k': s}", "{s: 1}", "[z]", "[s, z]", "(z, [s])",
                         "{'a': [s, (t, z)]}", "[[s], {'z': z}]", "{1: z}", "[s, 1, 2.5, 'x', None]"]:
                yield f"s = {s}; t = {t}; z = {z}; print({form}); repr({form}); str({form})"
            yield f"s = {s}; t = {t}; print(s, t, sep=', '); print(s, end='|\\n')"
            yield f"s = {s}; [s] * 2, {{s}}, frozenset([s])"
            yield f"x = np.array([{a}, {b}], dtype=np.{dtype}); list(x), tuple(x), x.tolist(), [e for e in x]"
            yield f"x = np.array([{a}, {b}], dtype=np.{dtype}); print(list(x)); print(*x); print(x[0], x[1:])"
            yield f"x = np.array([{a}, {b}], dtype=np.{dtype}); dict(zip('ab', x)), list(enumerate(x))"
            yield f"z = np.array({a}, dtype=np.{dtype}); print(z); print(z[()]); repr(z[()]), repr(z), str(z)"


ARRAY2STRING_KEYWORDS = [
    "", "precision=2", "precision=0", "separator=', '", "separator=''", "separator=';'", "prefix='array('",
    "prefix='   '", "suffix=')'", "prefix='x = ', suffix=';'", "suppress_small=True", "suppress_small=True, precision=3",
    "max_line_width=10", "max_line_width=25", "max_line_width=200", "threshold=3", "threshold=3, edgeitems=1",
    "edgeitems=1", "sign='+'", "sign=' '", "floatmode='fixed'", "floatmode='unique'", "floatmode='maxprec_equal'",
    "floatmode='maxprec', precision=3", "legacy='1.13'", "legacy='1.25'", "separator=', ', prefix='a(', suffix=')'",
    "max_line_width=20, separator=', '", "precision=3, sign='+', floatmode='fixed'", "precision=-1", "sign='?'",
]
REPR_KEYWORDS = ["", "max_line_width=20", "precision=2", "suppress_small=True", "precision=3, suppress_small=True",
                 "max_line_width=40, precision=1"]


def array_texts():
    rng = random.Random(46046)
    for dtype in DTYPES:
        forms = array_forms(dtype, rng)
        for keywords in ARRAY2STRING_KEYWORDS:
            for form in rng.sample(forms, 3):
                extra = f", {keywords}" if keywords else ""
                yield f"x = {form}; print(np.array2string(x{extra}))"
        for keywords in REPR_KEYWORDS:
            for form in rng.sample(forms, 2):
                extra = f", {keywords}" if keywords else ""
                yield f"x = {form}; print(np.array_repr(x{extra}))"
                yield f"x = {form}; print(np.array_str(x{extra}))"
    for call in ["np.array2string(np.arange(3), separator=1)", "np.array2string([1, 2])", "np.array2string(5)",
                 "np.array_repr([1.5, 2])", "np.array_str(3.5)", "np.array2string(np.arange(3), style=repr)",
                 "np.array2string(np.arange(3), 'x')", "np.array2string(np.float64(2.5))"]:
        yield call


FLOAT_VALUES = {
    "float16": ["0.1", "1.0", "-2.5", "65504.0", "6e-08", "0.0001", "1000.5", "-0.0", "np.nan", "np.inf", "0.3333",
                "100.0", "1e-05", "12345.0"],
    "float32": ["0.1", "1.0", "-2.5", "3.4e38", "1e-45", "123456.78", "1e-08", "-0.0", "np.nan", "-np.inf",
                "0.3333333", "16777217.0", "1e16", "100.0"],
    "float64": ["0.1", "1.0", "-2.5", "1e300", "5e-324", "123456789.123", "1e-08", "-0.0", "np.nan", "np.inf",
                "1/3", "2**53 + 1.0", "1e16", "100.0", "1e22", "1.5e-7"],
}
POSITIONAL_KEYWORDS = [
    "", "precision=3", "precision=0", "precision=20", "unique=False", "unique=False, precision=5",
    "unique=False, precision=0", "fractional=False, precision=3", "fractional=False, unique=False, precision=3",
    "trim='k'", "trim='.'", "trim='0'", "trim='-'", "precision=0, trim='-'", "precision=0, trim='.'",
    "precision=0, trim='0'", "unique=False, precision=4, trim='-'", "sign=True", "sign=True, precision=2",
    "pad_left=5", "pad_right=4", "pad_left=3, pad_right=3", "pad_left=0", "min_digits=3", "min_digits=5, precision=2",
    "unique=False, precision=2, min_digits=4", "precision=2, pad_right=5, trim='k'", "trim='x'", "precision=-1",
    "min_digits=-1", "pad_left=-2",
]
SCIENTIFIC_KEYWORDS = [
    "", "precision=3", "precision=0", "precision=20", "unique=False", "unique=False, precision=5",
    "unique=False, precision=0", "trim='k'", "trim='.'", "trim='0'", "trim='-'", "precision=0, trim='-'",
    "unique=False, precision=4, trim='-'", "sign=True", "pad_left=4", "pad_right=6", "exp_digits=1", "exp_digits=3",
    "exp_digits=5", "min_digits=4", "min_digits=2, precision=1", "unique=False, precision=2, min_digits=4",
    "sign=True, exp_digits=3, pad_left=3", "trim='x'", "precision=-1", "exp_digits=-1",
]


def float_formats():
    rng = random.Random(460)
    for dtype, values in FLOAT_VALUES.items():
        for value in values:
            s = f"np.{dtype}({value})"
            # Half the keyword sets for each value.
            for keywords in rng.sample(POSITIONAL_KEYWORDS, len(POSITIONAL_KEYWORDS) // 2):
                extra = f", {keywords}" if keywords else ""
                yield f"s = {s}; np.format_float_positional(s{extra})"
            for keywords in rng.sample(SCIENTIFIC_KEYWORDS, len(SCIENTIFIC_KEYWORDS) // 2):
                extra = f", {keywords}" if keywords else ""
                yield f"s = {s}; np.format_float_scientific(s{extra})"
    for call in ["np.format_float_positional(0.1)", "np.format_float_positional(5)", "np.format_float_positional('1')",
                 "np.format_float_scientific(np.int8(3))", "np.format_float_positional(np.array(2.5))",
                 "np.format_float_scientific(np.array([2.5]))", "np.format_float_positional(np.complex128(1))",
                 "np.format_float_positional(np.float32(0.1), unique=False, precision=None)",
                 "np.format_float_scientific(1e-300, precision=2, exp_digits=2)",
                 "np.format_float_positional(np.float64(0.1), True, False)"]:
        yield call


def formatting_space():
    return list(itertools.chain(scalar_formats(), containers(), array_texts(), float_formats()))


RANDOM_OPTIONS = ["precision=%d" % digits for digits in (0, 1, 2, 3, 5, 8, 12, 17)] + [
    "suppress=True", "sign='+'", "sign=' '", "floatmode='fixed'", "floatmode='unique'", "floatmode='maxprec'",
    "floatmode='maxprec_equal'", "legacy='1.13'", "legacy='1.21'", "legacy='1.25'", "linewidth=30", "threshold=4",
    "edgeitems=1"]
RANDOM_SHOWS = ["print(x)", "repr(x)", "repr(x[0])", "str(x[0])", "print(x.reshape(-1, 1))",
                "print(np.array2string(x, separator=', '))", "f'{x[0]:.3g}'"]


def random_floats_space():
    """Float16/32/64 and complex arrays of random values (random digits at magnitudes 1e-12 to 1e13, and NaN, ±inf,
    ±0.0) under one to four random print options, shown one of seven ways: the digits Dragon4 and the float
    formatter choose, which the fixed values of the other spaces do not reach."""
    rng = random.Random(4747)

    def value():
        if rng.random() < 0.1:
            return rng.choice(["np.nan", "np.inf", "-np.inf", "-0.0", "0.0"])
        return f"{round(rng.uniform(-10, 10), rng.randint(0, 6))}e{rng.randint(-12, 12)}"

    lines = []
    for _ in range(2000):
        dtype = rng.choice(["float16", "float32", "float64", "complex64", "complex128"])
        values = [value() for _ in range(rng.choice([1, 2, 3, 5, 8]))]
        if dtype.startswith("complex"):
            values = [f"complex({v}, {value()})" for v in values]
        chosen = {}
        for option in rng.sample(RANDOM_OPTIONS, rng.randint(1, 4)):
            chosen[option.split("=")[0]] = option
        show = rng.choice(RANDOM_SHOWS)
        lines.append(f"with np.printoptions({', '.join(chosen.values())}): "
                     f"x = np.array([{', '.join(values)}], dtype=np.{dtype}); {show}")
    return lines


SPACES = {"printoptions": printoptions_space, "formatting": formatting_space, "random-floats": random_floats_space}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--space", choices=list(SPACES), required=True)
    parser.add_argument("--docbuild", default=os.path.join(ROOT, ".build", "debug", "docbuild"))
    parser.add_argument("--out", help="the folder for the chapters (default: /tmp/printing-probe-SPACE)")
    parser.add_argument("--per", type=int, default=40, help="statements per chapter")
    parser.add_argument("--limit", type=int, help="keep every k-th statement so that about this many remain")
    parser.add_argument("--show", action="store_true", help="print each mismatch with NumPy's and docbuild's text")
    parser.add_argument("--skip-record", action="store_true", help="judge the chapters an earlier run left in --out")
    parser.add_argument("--statements-only", action="store_true", help="print the statements and stop")
    args = parser.parse_args()
    statements = SPACES[args.space]()
    if args.limit and len(statements) > args.limit:
        step = len(statements) / args.limit
        statements = [statements[int(n * step)] for n in range(args.limit)]
    if args.statements_only:
        sys.stdout.write("".join(statement + "\n" for statement in statements))
        return
    args.out = args.out or f"/tmp/printing-probe-{args.space}"
    folder = os.path.join(args.out, "chapters", "fuzz")
    if not args.skip_record:
        numpy_differential.write_chapters(statements, args.out, args.per, SETUP)
    result = reach_probe.tally(args.docbuild, args.out, "fuzz")
    print(json.dumps({"space": args.space, **{k: result[k] for k in ("statements", "matching", "refused")},
                      "mismatches": len(result["mismatches"])}))
    for mismatch in result["mismatches"]:
        print("MISMATCH", mismatch)
    if args.show:
        numpy_differential.show_mismatches(args.docbuild, folder)
    for root, n in result["roots"]:
        print(f"{n:5d} {root}")


if __name__ == "__main__":
    main()
