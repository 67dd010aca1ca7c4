#!/usr/bin/env python3
"""Dtype sweep: every NumPy function called with its array arguments of every dtype, shape and stressing value.

Run: `python3 Fuzz/dtype_sweep.py --out FILE [--variants dtypes|shapes|values|python] [--modules ,linalg,fft,methods,ufuncs]
[--functions NAME,...]`, then `python3 Fuzz/numpy_differential.py --statements FILE --show --docbuild BINARY` to run
them in CPython + NumPy and in docbuild.

`Fuzz/signature_sweep.py` gives every keyword of every NumPy function unusual values, but always from one working
argument list over `numpy_differential.py`'s float64 and int64 arrays (`a`, `b`, `i`, `m`, `z`). This sweep keeps
that argument list (the first of `signature_sweep.CANDIDATE_ARGUMENTS` NumPy answers, `signature_sweep.answered_calls`) and its keywords' defaults, and
replaces each base array the list names, everywhere it appears, by a variant (the other names stay as they are):

- `--variants dtypes`: the same values as each of NumPy's fourteen dtypes, `a.astype(np.int8)` … (float values
  truncated into the integers, negative ones wrapped into the unsigned, as `astype` does);
- `--variants shapes`: the same dtype in other shapes, built from the array's own values: a NumPy scalar, a 0-d
  array, empty `(0,)` and `(0, 3)`, one element, `(1, 1)`, stepped and reversed views, the transpose;
- `--variants values`: arrays of values that stress dtypes: negatives wrapped into uint8 and uint64, values past
  int8's and int16's ranges (wrapped), the int64 and uint64 extremes, ±0.0, NaN and infinities in float16, float32
  and float64, subnormals of each float width, float16's largest finite values, complex NaN and -0.0;
- `--variants python`: the same values as Python objects, which NumPy makes an array of first (`asarray`, with NEP
  50's weak Python scalars): nested lists (`X.tolist()`), a flat tuple, a Python number (`X.ravel()[0].item()`) and
  a range; each statement prints the result's type and OWNDATA beside it, since a function's view of the array NumPy
  made is a view where docbuild once made an array of its own (session 50);
- `--variants memory`: the base arrays as they are, in Fortran order and reversed along their last axis, and each
  statement prints, for every array it returns (each item of a tuple or list), its shape, strides, OWNDATA,
  contiguity, WRITEABLE and its `.base`'s type, shape and strides: where NumPy returns a view of an array it made
  on the way (`np.linalg.eig`'s `w.real`, session 51) docbuild once printed an array of its own;
- `--variants noise`: each float base array (`a`, `b`, `m`) replaced by one of its shape holding the eigenvalues of
  a singular symmetric matrix (`np.linalg.eigvalsh(np.add.outer(r, r))` for `r = np.arange(n)`), all but two of them
  rounding noise whose bits are LAPACK's, not docbuild's: whatever shows those digits must be refused, as
  `np.round(w, 20)`, `w.astype(str)` and `np.unique(w)` once were not (session 51).

`--modules` picks what is swept, as in `signature_sweep.py`: `''` the functions of `np`, `linalg` and `fft` theirs,
`methods` the array methods of `signature_sweep.METHOD_CALLS` (and the array method of each function of the same
name), `ufuncs` the two-operand ufuncs' `reduce`, `accumulate` and `outer`, `random` the legacy functions (each
statement seeds the global state first, as signature_sweep does), `generator` a Generator's methods (made fresh in
each statement, `np.random.default_rng(0).choice(...)`). NumPy's answer, a value or an exception, is the
expected text; docbuild must print it or refuse by name. Nothing is random: the same NumPy gives the same statements.
"""
import argparse
import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import signature_sweep  # noqa: E402

# The base arrays of numpy_differential.SETUP an argument list may name.
BASE_NAMES = ["a", "b", "i", "m", "z"]
DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32",
          "float64", "complex64", "complex128"]
# Each a postfix expression of the name `X`, so it replaces the name anywhere without parentheses.
SHAPES = ["X.ravel()[0]", "X.ravel()[:1].reshape(())", "X.ravel()[:0]", "X.ravel()[:0].reshape(0, 3)",
          "X.ravel()[:1]", "X.ravel()[:1].reshape(1, 1)", "X.ravel()[::2]", "X[..., ::-1]", "X.T"]
VALUES = [
    "np.array([-1, 2, -3]).astype(np.uint8)",
    "np.array([-1, 2, -3]).astype(np.uint64)",
    "np.array([100, 200, -200, 127]).astype(np.int8)",
    "np.array([30000, 40000, -32768]).astype(np.int16)",
    "np.array([2**63 - 1, -2**63, 1])",
    "np.array([2**64 - 1, 2**63, 0], dtype=np.uint64)",
    "np.array([0.0, -0.0, 1.5])",
    "np.array([-0.0, 0.0, -2.0], dtype=np.float32)",
    "np.array([np.nan, np.inf, -np.inf, 1.0], dtype=np.float16)",
    "np.array([np.nan, -np.inf, 0.5, np.inf], dtype=np.float32)",
    "np.array([np.nan, 1.0, -np.inf])",
    "np.array([5e-324, -1e-310, 1.0])",
    "np.array([1e-45, -1e-40, 1.0], dtype=np.float32)",
    "np.array([6e-08, -1e-05, 1.0], dtype=np.float16)",
    "np.array([65504.0, -65504.0, 60000.0], dtype=np.float16)",
    "np.array([complex(np.nan, 1), -0.0 + 0j, 1j])",
]
MEMORY_LAYOUTS = ["X", "np.asfortranarray(X)", "X[..., ::-1]"]
# Eigenvalues of a singular symmetric matrix (rank 2) in the shape of each float base array.
NOISE = {
    name: f"np.linalg.eigvalsh(np.add.outer(np.arange({size}.0), np.arange({size}.0))){reshape}"
    for name, size, reshape in (("a", 6, ".reshape(2, 3)"), ("b", 3, ""), ("m", 12, ".reshape(3, 4)"))
}
PYTHON_VALUES = ["X.tolist()", "tuple(X.ravel().tolist())", "X.ravel()[0].item()", "range(X.size)"]
NAME_PATTERN = re.compile(r"(?<![\w.])(" + "|".join(BASE_NAMES) + r")(?!\w)")


def variant_expressions(kind, name):
    """The expressions that stand for base array `name` in the `kind` sweep."""
    if kind == "dtypes":
        return [f"{name}.astype(np.{dtype})" for dtype in DTYPES]
    if kind == "shapes":
        return [shape.replace("X", name) for shape in SHAPES]
    if kind == "python":
        return [value.replace("X", name) for value in PYTHON_VALUES]
    if kind == "memory":
        return [layout.replace("X", name) for layout in MEMORY_LAYOUTS]
    if kind == "noise":
        return [NOISE[name]] if name in NOISE else []
    return VALUES


def replaced(arguments, name, expression):
    """`arguments` with every `name` outside quotes replaced by `expression`."""
    parts = re.split(r"('[^']*')", arguments)
    return "".join(part if part.startswith("'") else NAME_PATTERN.sub(
        lambda match: expression if match.group(1) == name else match.group(1), part) for part in parts)


def variants(call, kind):
    """The statements for `call` (a statement naming base arrays) with each base array it names replaced."""
    outside_quotes = "".join(re.split(r"'[^']*'", call))
    named = []
    for match in NAME_PATTERN.finditer(outside_quotes):
        if match.group(1) not in named:
            named.append(match.group(1))
    made = [replaced(call, name, expression) for name in named for expression in variant_expressions(kind, name)]
    if kind == "python":
        return [f"(lambda r: (r, type(r).__name__, getattr(getattr(r, 'flags', None), 'owndata', None)))({statement})"
                for statement in made]
    if kind == "memory":
        described = ("(e.shape, e.strides, e.flags.owndata, e.flags.c_contiguous, e.flags.f_contiguous, "
                     "e.flags.writeable, None if e.base is None else (type(e.base).__name__, "
                     "getattr(e.base, 'shape', None), getattr(e.base, 'strides', None)))")
        return [f"(lambda r: [{described} if isinstance(e, np.ndarray) else type(e).__name__ for e in "
                f"(r if isinstance(r, (tuple, list)) else (r,))])({statement})" for statement in made]
    return made


def base_calls(modules, only, names):
    """The working calls (statements naming base arrays) of each function of the modules."""
    made = []
    for module in modules:
        if module == "methods":
            for call, (before, _) in signature_sweep.METHOD_CALLS.items():
                made.append(f"{call}({before.rstrip(', ')})")
            continue
        if module == "ufuncs":
            for short in sorted(dir(np)):
                ufunc = getattr(np, short)
                if not isinstance(ufunc, np.ufunc) or ufunc.nin != 2 or ufunc.nout != 1:
                    continue
                if only and short not in only:
                    continue
                for form in (f"np.{short}.reduce(a)", f"np.{short}.accumulate(b)", f"np.{short}.outer(b, b)",
                             f"np.{short}.reduce(i)", f"np.{short}.reduce(a, axis=1)"):
                    if works(form, names):
                        made.append(form)
            continue
        namespace_object = np
        prefix = module
        if module == "generator":
            # A Generator made fresh in each statement, as signature_sweep's `generator` module does.
            names["rng"] = np.random.default_rng(0)
            namespace_object, prefix = names["rng"], "random.default_rng(0)"
        for part in filter(None, module.split(".")) if module != "generator" else []:
            namespace_object = getattr(namespace_object, part)
        for short in sorted(dir(namespace_object)):
            name = f"{prefix}.{short}" if prefix else short
            function = getattr(namespace_object, short)
            if short.startswith("_") or short in signature_sweep.SKIPPED or isinstance(function, type) or not callable(
                    function):
                continue
            if only and name not in only:
                continue
            answered = signature_sweep.answered_calls(name, names)
            if not answered:
                continue
            arguments = answered[0]
            call = f"np.{name}({arguments})"
            made.append(f"(np.random.seed(0), {call})[1]" if module == "random" else call)
            if not module and arguments in BASE_NAMES and hasattr(np.ndarray, name):
                made.append(f"{arguments}.{name}()")
    return made


def works(statement, names):
    """Whether NumPy answers `statement` without an exception."""
    try:
        with np.errstate(all="ignore"):
            eval(statement, names)
    except Exception:
        return False
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, help="the statements file to write, one statement a line")
    parser.add_argument("--variants", default="dtypes", choices=["dtypes", "shapes", "values", "python", "memory", "noise"])
    parser.add_argument("--functions", help="only these NumPy functions, comma-separated")
    parser.add_argument("--modules", default="",
                        help="comma-separated: '' for np itself, linalg, fft, random, generator, methods, ufuncs")
    args = parser.parse_args()
    only = set(args.functions.split(",")) if args.functions else None
    names = signature_sweep.namespace()
    made = []
    for call in base_calls(args.modules.split(","), only, names):
        made += variants(call, args.variants)
    with open(args.out, "w") as handle:
        handle.write("\n".join(made) + "\n")
    print(f"{len(made)} statements in {args.out}")


if __name__ == "__main__":
    main()
