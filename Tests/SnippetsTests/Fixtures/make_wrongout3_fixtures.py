#!/usr/bin/env python3
"""Writes what CPython and NumPy print for the statements the differential fuzzers found docbuild printing otherwise.

Run: `python3 Tests/SnippetsTests/Fixtures/make_wrongout3_fixtures.py` (Python 3.11, NumPy 2.4.6 on x86-64). It
rewrites `interpreter/77-wrongout3-differential-findings.txt`; rerunning gives identical bytes.

Each group names the fuzzer run that found it (`Fuzz/python_differential.py`, `Fuzz/numpy_differential.py`,
`Fuzz/gradient_differential.py` with `--seed`) and widens the one statement into the family it belongs to:

- `//`, `%` and `divmod` of a complex NumPy scalar (python_differential seed 117,
  `np.complex128(1+2j) // np.bool_(True)`): NumPy's scalar math says "unsupported operand type(s)" only when the other
  scalar converts safely to the complex one's type; a NumPy bool, or a type that needs promotion (complex64 against
  int32, int64, uint32, uint64, float64), goes on to the ufunc, which reports no loop, and `divmod` of arrays names
  the `divmod` ufunc.
- `**` of two scalars whose float64 result NumPy's scalar math cannot hold (a scan of scalar pairs after
  python_differential seed 117: `np.uint32(4000000000) ** np.float32(-1.25)` and `np.float16(2.5) ** np.int64(-5)`):
  without a float64 NumPy scalar among the operands (`np.int32(284) ** 1.46`, `2.5 ** np.int8(-5)`) the pair goes to
  the ufunc, whose SIMD pow differs from the C library's in the last bit for these values; `np.power` is the ufunc
  for every operand, NumPy scalars included (`np.power(np.float64(284), 1.46)`).
- a float zero under a format spec with a precision and no type (python_differential seed 124, `format(-0.0, '1.1')`):
  its exponent is 0, so precision 1 (and 0) writes it in exponent notation, `-0e+00`, as any other number.
- `+` and `*` of two float64 arrays where NaNs of both signs meet (numpy_differential --grammar special, seeds 709
  and 711: `(-n * n[::-1]) + np.arctan2(np.float64(np.nan), n - n)` showed a negative NaN at position 8, NumPy a
  positive one): for two contiguous arrays of one shape NumPy's vector loop returns the first operand's NaN and its
  scalar loop over the last `count % 8` elements (beyond the first 8) the second's. Other layouts, broadcasts and
  narrow dtypes move that tail; docbuild refuses them (`WrongOutputRefusalTests.swift`).
- the float loop of a two-operand float ufunc of integer operands (numpy_differential seed 724:
  `repr(np.ptp(np.copysign(u, u)).sum())` printed `np.float64(199.0)`, NumPy `np.float16(199.0)`): NumPy picks the
  narrowest float type both operands cast to safely, each on its own (uint8 with int8 is float16, not the float32 of
  their promoted int16; int16 with uint16 float32), for `np.copysign`, `np.heaviside`, `np.nextafter`, `np.hypot`,
  `np.arctan2`, `np.logaddexp` and `np.logaddexp2` (the last two docbuild refuses in float16 and float32, whose C
  `expf`/`log1pf` bits it does not reproduce). A Python int converts into that loop, so one out of the integer
  array's range is no OverflowError there (`np.hypot(np.array([1], np.uint8), -2)`; `--grammar scalars` seeds
  802-804 printed one).
- `//` and `%` of a Python complex and a NumPy scalar that is not complex (numpy_differential --grammar scalars, seeds
  800 and 801: `1j % np.float64(0.5)` printed "unsupported operand type(s)", NumPy reports the ufunc's missing loop).
- autograd's gradient of `np.fabs`, `sign(x) * g` (gradient_differential seed 547: `agrad(f94)(s)` for
  `anp.sin(anp.expm1(0.2 * anp.fabs(a)))` printed 0.22746207135912752, autograd 0.22746207135912755): docbuild gave
  it abs's rule, `g * x / |x|`, which rounds.
- autograd's gradient of `np.outer`, `dot(g, b)` and `dot(a, g)` (gradient_differential seed 550:
  `agrad(lambda a: anp.outer(a * anp.arange(1., 6.), anp.arange(1., 6.)).mean())(0.7)` printed a last digit 4,
  autograd 3): docbuild built outer as a broadcast product, whose gradient sums each row pairwise where BLAS's
  matrix-vector product sums in its own order.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "77-wrongout3-differential-findings.txt"

SCALAR_TYPES = ["bool_", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16",
                "float32", "float64", "complex64", "complex128"]


def complex_floor_statements():
    """Each complex scalar type against each NumPy scalar type and Python number, on both sides, for `//` and `%`,
    then `divmod`, in-place operators and arrays."""
    statements = []
    for complex_type in ["complex64", "complex128"]:
        for other in SCALAR_TYPES:
            for op in ["//", "%"]:
                statements.append(f"np.{complex_type}(1+2j) {op} np.{other}(1)")
                statements.append(f"np.{other}(1) {op} np.{complex_type}(1+2j)")
        for other in ["True", "1", "1.5", "1j"]:
            statements.append(f"np.{complex_type}(1+2j) // {other}, {other} % np.{complex_type}(1+2j)")
            statements.append(f"np.{complex_type}(1+2j) // {other}")
            statements.append(f"{other} % np.{complex_type}(1+2j)")
    statements += [
        "divmod(np.complex128(1+2j), np.bool_(True))",
        "divmod(np.complex64(1+2j), np.int64(1))",
        "divmod(np.complex64(1+2j), np.int8(1))",
        "divmod(np.float64(2), np.complex64(1j))",
        "divmod(np.complex128(1+2j), 2)",
        "divmod(np.array([1+2j]), 2)",
        "divmod(2, np.array([1+2j]))",
        "divmod(np.array(1+2j), np.array([1, 2, 3]))",
        "divmod(np.array([1.0, 2.0]), np.complex64(1j))",
        "x = np.complex64(1+2j); x //= np.int64(2)",
        "x = np.complex64(1+2j); x //= np.int8(2)",
        "x = np.complex128(1+2j); x %= np.bool_(True)",
        "x = np.array([1+2j]); x //= 2",
        "np.complex64(1+2j) // np.array(2), np.complex64(1+2j) // np.array(True)",
    ]
    return statements


POWER_TYPES = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32",
               "float64"]


def scalar_power_statements():
    """`**`, `pow` and `np.power` of two scalars (NumPy's of each type, Python's) at bases and exponents where the
    C library's pow and NumPy's SIMD pow differ: 284 ** 1.46, 3313 ** -0.8, 2.5 ** -5 and 4e9 ** -1.25."""
    statements = []
    for base_type in POWER_TYPES + ["python"]:
        for exponent_type in POWER_TYPES + ["python"]:
            for base, exponent in [(284, 1.46), (2.5, -5), (3313, -0.8)]:
                def scalar(kind, value):
                    if kind == "python":
                        return repr(value)
                    if kind.startswith(("int", "uint")) and value != int(value):
                        return None
                    if kind.startswith("int8") and abs(value) > 127 or kind == "uint8" and abs(value) > 255:
                        return None
                    if kind.startswith("uint") and value < 0:
                        return None
                    return f"np.{kind}({value})"
                a, b = scalar(base_type, base), scalar(exponent_type, exponent)
                if a is None or b is None or base_type == exponent_type == "python":
                    continue
                with np.errstate(all="ignore"):
                    result = eval(f"{a} ** {b}")
                if isinstance(result, np.float64):
                    statements.append(f"{a} ** {b}, np.power({a}, {b})")
    statements += [
        "np.uint32(4000000000) ** np.float32(-1.25)",
        "pow(np.uint32(4000000000), np.float32(-1.25))",
        "x = np.uint32(4000000000); x **= np.float32(-1.25); x",
        "np.float16(2.5) ** np.int64(-5), pow(np.float16(2.5), np.int64(-5))",
        "x = np.float16(2.5); x **= np.int64(-5); x",
        "np.float64(4e9) ** np.float32(-1.25), np.float32(-1.25) ** np.float64(0.5)",
        "np.array(4e9) ** np.array(-1.25), np.power(np.array([4e9]), -1.25)",
        "np.power(np.float64(284), 1.46), np.float64(284) ** 1.46",
        "np.power(np.float64(284), np.float64(1.46)), np.float64(284) ** np.float64(1.46)",
        "np.power(284.0, np.float64(1.46)), 284.0 ** np.float64(1.46)",
        "np.power(np.float16(2.5), 3), np.power(np.float16(-1.7), np.float16(1.5)), np.power(np.int8(3), -0.8)",
    ]
    return statements


def zero_format_statements():
    """Zeros and their neighbours under the no-type format with each precision, through every way of formatting."""
    statements = []
    for value in ["0.0", "-0.0", "1.0", "0.5", "10.0", "1e-05", "99.5"]:
        for spec in [".0", ".1", "1.1", ".2", "#.1", "+.1", " .1", "<8.1", "^9.1", "08.1", "z.1", "#.0"]:
            statements.append(f"format({value}, {spec!r})")
        statements.append(f"f'{{{value}:.1}}', f'{{{value}:.2}}', '{{:.1}}'.format({value}), '{{:>7.0}}'.format({value})")
    statements += [
        "format(np.float64(0.0), '.1'), format(np.float64(-0.0), '.1'), format(np.float32(0.0), '.1')",
        "format(np.float16(-0.0), '.1'), format(np.float32(-0.0), '.2'), f'{np.float64(0):.0}'",
        "[f'{x:.1}' for x in [0.0, -0.0, 0.25, 2.0]]",
    ]
    return statements


def nan_tail_statements():
    """NaNs of both signs meeting in `+` and `*` of contiguous float64 arrays of every length from 2 to 26,
    through the operator, `np.add`/`np.multiply` and in place, and the statement the fuzzer found."""
    statements = ["def bits(x): return np.signbit(x).astype(int).tolist()"]
    for length in list(range(2, 27)) + [33, 40, 41]:
        statements.append(f"bits(np.full({length}, -np.nan) + np.full({length}, np.nan)), "
                          f"bits(np.full({length}, np.nan) * np.full({length}, -np.nan))")
    statements += [
        "a = np.array([-np.nan, np.nan, 1.0, -np.nan] * 5); b = np.array([np.nan, -np.nan, -np.nan, 2.0] * 5)",
        "bits(a + b), bits(b + a), bits(a * b), bits(np.add(a, b)), bits(np.multiply(b, a))",
        "x = a.copy(); x += b; bits(x)",
        "x = b.copy(); x *= a; bits(x)",
        "bits(a[:12] - b[:12]), bits(a[:12] / b[:12])",
        "n = np.array([np.nan, -np.nan, -np.inf, np.inf, -0.0, 0.0, -7.0, 2.0, 0.5, -1.0])",
        "with np.errstate(all='ignore'): t = (-n * n[::-1]) + np.arctan2(np.float64(np.nan), n - n)",
        "np.asarray(t).tobytes().hex()",
        "bits(-n * n[::-1]), bits(np.arctan2(np.float64(np.nan), n - n)), bits(t)",
        "bits(np.full(10, -np.nan, np.float16) + np.full(10, np.nan, np.float16))",
        "bits(np.full(12, -np.nan, np.float16) * np.full(12, np.nan, np.float16))",
        "bits(np.full(8, -np.nan, np.float32) + np.full(8, np.nan, np.float32))",
    ]
    return statements


FLOAT_LOOP_FUNCTIONS = ["copysign", "heaviside", "nextafter", "hypot", "arctan2", "logaddexp", "logaddexp2"]
# docbuild refuses these loops (their last bits), and hypot and arctan2 of two bool arrays.
REFUSED_LOOPS = {("arctan2", "float16"), ("logaddexp", "float16"), ("logaddexp", "float32"),
                 ("logaddexp2", "float16"), ("logaddexp2", "float32")}


def float_loop_statements():
    """Each float ufunc of two operands of integer and bool dtypes (and Python numbers), where docbuild computes it."""
    statements = []
    kinds = ["bool_", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64"]
    pairs = [(a, b) for a in kinds for b in ["bool_", "int8", "uint8", "int16", "uint16", "int32"]]
    for function in FLOAT_LOOP_FUNCTIONS:
        for first, second in pairs + [("uint8", "3"), ("3", "int8"), ("uint8", "2.5"), ("int16", "3"),
                                      ("float16", "int8"), ("float16", "int16"), ("float32", "uint16")]:
            def operand(kind, values):
                if kind[0].isdigit():
                    return kind
                return f"np.array({values}, dtype=np.{kind})"
            a = operand(first, "[1, 0, 3]")
            b = operand(second, "[0, 2, 1]" if function in ("logaddexp", "logaddexp2") else "[1, 2, 0]")
            with np.errstate(all="ignore"):
                result = eval(f"np.{function}({a}, {b})", {"np": np})
            if (function, result.dtype.name) in REFUSED_LOOPS or (
                    function in ("hypot", "arctan2") and first == second == "bool_"):
                continue
            statements.append(f"np.{function}({a}, {b})")
    statements += [
        "repr(np.ptp(np.copysign(np.array([1, 200, 30], dtype=np.uint8), np.array([1, 200, 30], dtype=np.uint8))).sum())",
        "np.copysign(np.uint8(3), np.int8(-2)), np.heaviside(np.uint8(3), np.int8(-2)), np.hypot(np.uint8(3), np.int8(-2))",
        "np.nextafter(np.uint8(3), np.int8(-2)), np.nextafter(np.int16(3), np.uint16(0)), np.copysign(2, 3)",
        "np.copysign(np.array([True, False]), -2), np.copysign(np.array([1, 2], np.uint8), 3.0)",
        # A Python int converts into the float loop: out of the integer array's range it raises nothing
        # (numpy_differential --grammar scalars seeds 802-804 printed OverflowError).
        "np.hypot(np.array([1, 0, 3], dtype=np.uint8), -2), np.hypot(np.array([1, 0, 3], dtype=np.uint16), -2)",
        "np.arctan2(np.array([1, 0, 3], dtype=np.uint16), -2), np.arctan2(np.array([1, 0, 3], dtype=np.int16), 70000)",
        "np.nextafter(np.array([1, 0, 3], dtype=np.uint16), -2), np.nextafter(np.uint8(3), 300)",
        "np.copysign(np.array([1, 2], np.uint8), 300), np.heaviside(np.array([1, 0], np.uint8), -2)",
        "np.add(np.array([1, 0, 3], dtype=np.uint8), -2)",
    ]
    return statements


def python_complex_statements():
    """A Python complex against each NumPy scalar type under `//`, `%` and `divmod`, on both sides."""
    statements = []
    for kind in SCALAR_TYPES:
        statements.append(f"1j // np.{kind}(1), (2+1j) % np.{kind}(1)")
        statements.append(f"np.{kind}(1) // 1j")
        statements.append(f"np.{kind}(1) % (0.5-2j)")
        statements.append(f"divmod(np.{kind}(1), 1j)")
    return statements


def fabs_gradient_statements():
    """autograd's `np.fabs` gradient through compositions whose rounding shows it, beside `np.abs`."""
    statements = [
        "from autograd import grad as agrad",
        "import autograd.numpy as anp",
        "s = np.float64(0.7)",
        "v = np.array([0.8, -0.35, 1.7, -1.1, 0.42])",
        "agrad(lambda a: anp.sin(anp.expm1(0.2 * anp.fabs(a))))(s)",
        "agrad(lambda a: anp.sin(anp.expm1(0.2 * anp.fabs(a))))(-s)",
        "agrad(lambda a: anp.sum(anp.sin(anp.expm1(0.2 * anp.fabs(a)))))(v)",
        "agrad(lambda a: anp.sum(anp.fabs(a) * 3.3))(v), agrad(lambda a: anp.sum(anp.abs(a) * 3.3))(v)",
        "agrad(lambda a: anp.sum(anp.fabs(anp.sin(a * 1.7)) ** 2))(v)",
        "agrad(lambda a: anp.sum(anp.exp(anp.fabs(a * 0.3))))(v)",
        "agrad(lambda a: anp.fabs(a) * 1e-300)(np.float64(-1e-10))",
        "agrad(agrad(lambda a: anp.fabs(a) ** 3))(s)",
    ]
    for x in ["0.1", "-0.3", "2.5", "-7.25", "1e-5"]:
        statements.append(f"agrad(lambda a: anp.cos(anp.fabs(a) * 1.1) * 0.9)(np.float64({x}))")
    return statements


def outer_gradient_statements():
    """autograd's `np.outer` gradients (BLAS matrix-vector products) under means, sums, weights and nesting."""
    statements = [
        "r = np.random.RandomState(550)",
        "u = r.standard_normal(37)",
        "w = r.standard_normal(23)",
        "W = r.standard_normal((37, 23))",
        "V = r.standard_normal((37, 37))",
        "agrad(lambda a: anp.outer(a * anp.arange(1., 6.), anp.arange(1., 6.)).mean())(0.7)",
        "agrad(lambda a: anp.outer(a, w).mean())(u).tolist()",
        "agrad(lambda b: anp.outer(u, b).mean())(w).tolist()",
        "agrad(lambda a: anp.sum(anp.outer(a, w) * W))(u).tolist()",
        "agrad(lambda b: anp.sum(anp.outer(u, b) * W))(w).tolist()",
        "agrad(lambda a: anp.sum(anp.sin(anp.outer(a, w))))(u).tolist()",
        "agrad(lambda b: anp.sum(anp.outer(anp.tanh(u), b) ** 2))(w * 0.3).tolist()",
        "agrad(lambda a: anp.sum(anp.outer(a, a[::-1]) * V))(u).tolist()",
        "agrad(lambda a: anp.outer(a, w).sum())(u[:5]).tolist()",
        "agrad(lambda a: anp.sum(anp.outer(a, w).T * W.T))(u).tolist()",
        "agrad(agrad(lambda a: anp.sum(anp.outer(a * anp.arange(1., 6.), anp.arange(2., 7.)) ** 2)))(0.3)",
        "x = np.linspace(-1, 1, 9)",
        "y = np.outer(x, np.arange(1., 4.))",
        "y, y.flags['C_CONTIGUOUS']",
        "z = np.outer(x[::-2], x[1:4]); z, z.flags['C_CONTIGUOUS'], z.flags['OWNDATA']",
        "np.outer(x, -x)[0, :3], np.signbit(np.outer(np.array([0.0, -0.0]), np.array([-1.0, 2.0])))",
    ]
    return statements


GROUPS = [complex_floor_statements(), scalar_power_statements(), zero_format_statements(), nan_tail_statements(),
          float_loop_statements(), python_complex_statements(), fabs_gradient_statements(),
          outer_gradient_statements()]


def main():
    statements = ["import numpy as np"] + [statement for group in GROUPS for statement in group]
    header = (
        f"# 77-wrongout3-differential-findings: generated by make_wrongout3_fixtures.py from Python and NumPy "
        f"{np.__version__}; what the differential fuzzers found docbuild printing otherwise (see the script)."
    )
    write_transcript(OUTPUT, header, statements, {"np": np, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
