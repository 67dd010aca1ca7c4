#!/usr/bin/env python3
"""Python arithmetic on floats taken from decompositions' results, as statements for `numpy_differential.py`.

Run: `python3 Fuzz/decomposition_floats_probe.py --out FILE`, then
`python3 Fuzz/numpy_differential.py --statements FILE --show --out DIR --docbuild ABSOLUTE_BINARY` to run them in
CPython + NumPy and in docbuild.

A decomposition's results (`eigvals`, `svd`, `eigvalsh`, `norm(·, 2)`, and `inv`/`det`/`solve` past 5×5) agree with
NumPy's to the digits an array prints, not to the last bit, so a Python float taken out of one (`float(w[0])`,
`w.tolist()[0]`, `w.item(1)`) must never show its every digit, and neither may what Python arithmetic makes of it
(`x * 2`, `x ** 2`, `sum([x, 0.1])`), nor an integer its ninth significant digit on decides (`int(x * 1e9)`). Each
statement is `(lambda x: FORM)(float(SOURCE))`: 12 sources × 26 forms. docbuild must print NumPy's text or refuse by
name; a rounded result (`round(x * 3, 4)`, `f'{x * 2:.3f}'`) and a decision far from any boundary must still run.
Session 52: 0 of 312 differ (`Benchmarks/README.md`).
"""

import argparse

SINGULAR = "np.array([[1., 2., 3.], [4., 5., 6.], [7., 8., 9.]])"
SIX = "(np.arange(36.0).reshape(6, 6) % 7 + np.eye(6))"

SOURCES = [
    f"np.linalg.eigvals({SINGULAR})[0]", f"np.linalg.eigvals({SINGULAR})[1]", f"np.linalg.eigvals({SINGULAR})[2]",
    f"np.linalg.svd({SINGULAR})[1][0]", f"np.linalg.svd({SINGULAR})[1][2]", f"np.linalg.inv({SIX})[0, 0]",
    f"np.linalg.det({SIX})", f"np.linalg.eigvalsh({SINGULAR} + {SINGULAR}.T)[1]", f"np.linalg.norm({SINGULAR}, 2)",
    f"np.linalg.solve({SIX}, np.ones(6))[2]", f"np.linalg.eigvals({SINGULAR}).tolist()[0]",
    f"np.linalg.eigvals({SINGULAR}).item(1)",
]

FORMS = [
    "x * 2", "x + 1", "x - 0.5", "x / 3", "x ** 2", "x % 1", "x // 0.1", "round(x * 3, 4)", "int(x * 100)",
    "int(x * 1e9)", "abs(x) * 7", "sum([x, x, 0.1])", "x * x", "1 / x", "f'{x * 2:.3f}'", "str(x * 2)",
    "[x * 2, 1.0]", "round(x * 1e16, 1)", "int(x)", "-x * 3", "(x + 1) * (x - 1)", "divmod(x, 0.7)", "pow(x, 3)",
    "max(x * 2, 0.0)", "x * 2 > 10", "round(x / 7, 12)",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="the statements file to write, one statement a line")
    arguments = parser.parse_args()
    statements = [f"(lambda x: {form})(float({source}))" for source in SOURCES for form in FORMS]
    with open(arguments.out, "w") as handle:
        handle.write("\n".join(statements) + "\n")
    print(f"{len(statements)} statements in {arguments.out}")


if __name__ == "__main__":
    main()
