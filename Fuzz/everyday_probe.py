#!/usr/bin/env python3
"""Statements that exercise the compiled call sites of NumPy's everyday functions (session 47, speed47).

`Compiler.everydayCall` computes `np.argmax(a, axis=1)`, `np.clip(a, -1, 1)`, `np.linspace(0, 1, num=50)` and the
other functions of `EverydayRules` at their call sites, and hands every call a rule declines to the general path.
This writes, for each such function, its receivers (arrays of several dtypes, layouts and shapes, NumPy scalars, 0-d
arrays, Python numbers and lists, None, a string) crossed with its argument forms (positional and keyword, every
keyword the rule binds and some it does not, axes in and out of range, None, bools, floats, huge ints, NumPy
integers, repeated and unknown keywords), each shown as echoed and by what it says of its memory.

Run:
  python3 Fuzz/everyday_probe.py --write FILE
      writes the statements, one a line, for `python3 Fuzz/numpy_differential.py --statements FILE --show` (NumPy's
      output against docbuild's: 0 wrong is the bar);
  python3 Fuzz/everyday_probe.py --compare [--docbuild .build/debug/docbuild]
      checks the same statements twice, once as written and once in chapters that made an `np.matrix` first (which
      turns the call sites' rules off: `Interpreter.computesEverydayCalls`), and prints every statement whose
      diagnostics (line, column and message) differ between the two: the rules must give exactly what the general
      path gives, refusals and errors included.
"""

import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Benchmarks"))

import numpy_differential  # noqa: E402
import reach_probe  # noqa: E402

# Arrays of each storage class and layout the rules must take or decline, and values that are no arrays (besides
# numpy_differential's setup: a, b, c float64, i int64, f float32, u uint8, m float64, z complex).
RECEIVERS = [
    "a", "b", "c", "i", "f", "u", "m", "z", "np.zeros((0, 3))", "np.array([[True, False, True], [False, False, True]])",
    "np.array([[np.nan, 1.0, -0.0], [0.0, np.inf, -np.inf]])", "np.arange(6, dtype=np.float16).reshape(2, 3)",
    "np.array([[1, -2, 3], [4, 5, -6]], dtype=np.int8)", "np.linspace(0.0, 1.0, 12).reshape(3, 4)",
    "np.array([2**62, -2**62, 7])", "a.T", "m[::-1]", "m[:, 1:]", "c[:, 0]", "m.reshape(4, 3)", "c.transpose(1, 2, 0)",
    "np.float64(2.5)", "np.array(1.5)", "np.int64(3)", "[1, 2, 3]", "[[1.5, 2], [3, 4]]", "3", "2.5", "True", "None",
    "'ab'", "np.arange(5)", "m.flat",
]

AXES = ["0", "1", "-1", "2", "-2", "-3", "None", "True", "1.0", "'0'", "2**70", "-2**31", "np.int64(1)", "(0,)", "[0]"]

# Each function's argument forms; X is the receiver (a form without X is written once).
FORMS = {
    "argmax": ["X"] + [f"X, axis={k}" for k in AXES] + [f"X, {k}" for k in AXES[:7]] + [
        "X, axis=0, keepdims=True", "X, axis=1, out=None", "a=X, axis=0", "axis=0, a=X", "X, 0, None", "X, bogus=1",
        "X, axis=0, axis=1", "", "X, 1, None, True", "X, keepdims=False"],
}
FORMS["argmin"] = FORMS["argmax"]
FORMS["cumsum"] = ["X"] + [f"X, axis={k}" for k in AXES] + [f"X, {k}" for k in AXES[:7]] + [
    "X, axis=0, dtype=None", "X, axis=1, dtype=np.float32", "X, 0, int", "X, axis=0, out=None", "a=X, axis=0",
    "axis=0, a=X", "X, bogus=1", "", "X, axis=0, out=np.zeros((2, 3))"]
FORMS["where"] = [
    "X > 0, X, 0", "X > 0, X, -1.5", "X > 0, 0, X", "X > 0, X, X * 2", "X > 0", "X > 0, X", "X, X, 0",
    "condition=X > 0, x=X, y=0", "X > 0, x=X, y=0", "X > 0, X, None", "X > 0, X, 'a'", "X > 0, X, 2**70",
    "X > 0, X, np.float32(1)", "X > 0, X, True", "X > 0, X, [1, 2, 3]", "X > 0, X, b", "X > 0, X, 1e300",
    "X > 0, X, np.nan", "True, X, 0", "X > 0, X, 0, 1", "X > 0, X, 2**62", "X > 0, X, -0.0", "X < 0.5, 1, 0",
    "X == X, X, 0", "X > 0, X, a"]
FORMS["clip"] = [
    "X, -1, 1", "X, 0, 0.5", "X, 1, -1", "X, -0.0, 0.0", "X, 0.0, -0.0", "X, np.nan, 1", "X, -1", "X",
    "X, None, 1", "X, 0, None", "X, None, None", "X, a_min=-1, a_max=1", "a=X, a_min=0, a_max=1", "X, -1, 1, None",
    "X, min=-1, max=1", "X, -2**70, 1", "X, -1.5, 2.5", "X, 0, 1e300", "X, -np.inf, np.inf", "X, np.int64(0), 1",
    "X, 0, np.float32(0.5)", "X, True, 2", "X, 'a', 1", "X, b, 1", "X, 1, out=None", "X, 0, 2**62", "X, -3, 200",
    "X, 0.25, 0.75", "X, 2, 2"]
FORMS["concatenate"] = [
    "[X, X]", "(X, X)", "[X]", "[X, X], axis=0", "[X, X], axis=1", "[X, X], axis=-1", "[X, X], 1",
    "[X, X], axis=None", "[X, X], axis=2", "[X, X], axis=-3", "[X, X], axis=True", "[X, X], axis=1.0",
    "[X, X], out=None", "[X, X], dtype=np.float32", "[X, X], 0, None", "X", "[X, a]", "[X, i]", "[X, X.T]",
    "arrays=[X, X]", "[X, X], axis=0, bogus=1", "[X, [1, 2, 3]]", "[X, 5]", "[X, X, X], -2", "[]", "()"]
FORMS["stack"] = FORMS["concatenate"]
FORMS["zeros"] = [
    "3", "(2, 3)", "(0,)", "()", "(2, 0, 3)", "-1", "(2, -1)", "2**70", "(2**40, 2**40)", "3.0", "(3.0,)",
    "[2, 3]", "(2, 3), float", "(2, 3), dtype=int", "shape=(2, 3)", "(2, 3), order='F'", "(True, 2)",
    "np.int64(3)", "(np.int64(2), 3)", "None", "'3'", "(2, 3), None", "(1,) * 33", "(2, 3), bogus=1", "(4, 5, 6)",
    "(3, 4)"]
FORMS["ones"] = FORMS["zeros"]
FORMS["arange"] = [
    "5", "0", "-3", "2, 10", "10, 2", "2, 10, 3", "10, 2, -3", "0, 10, 0", "5.0", "2, 7.5", "stop=5",
    "start=2, stop=5", "1, step=2", "0, 5, 1, int", "5, dtype=float", "2**62", "-2**63, 2**63 - 1", "True",
    "np.int64(5)", "1, 2**70", "'5'", "None", "5, None", "0, 3*10**9, 10**9", "-5, 5, 2", "2**63 - 3, 2**63 - 1",
    "-2**63, -2**63 + 3", "0, 2**62, 2**61"]
FORMS["linspace"] = [
    "0, 1", "0, 1, 5", "0, 1, num=5", "0, 1, 5, False", "0, 1, num=5, endpoint=False", "1, 0, 4", "0, 1, 0",
    "0, 1, 1", "0, 1, 1, False", "0, 1, -1", "0.5, 2.25, 7", "-1e300, 1e300, 3", "0, np.inf, 3", "np.nan, 1, 3",
    "0, 1, 5.0", "0, 1, True", "0, 1, 5, endpoint=1", "0, 1, 5, retstep=True", "0, 1, 5, dtype=int", "0, 1, None",
    "0, 1, num=2**70", "start=0, stop=1", "0, 1, num=5, axis=0", "0, 10**20, 3", "2**53 + 1, 2**53 + 5, 5",
    "True, 2, 3", "np.float64(0), 1, 3", "np.float32(0), 1, 3", "0, 1j, 3", "-0.0, 0.0, 3", "0, -0.0, 2",
    "0, 1, num=50", "-3, 7, 11", "0.1, 0.7, 9, False", "0, 2**70, 3", "0, 1, 5, True, False", "0, 1, 2**40"]
FORMS["array"] = [
    "[1.0, 2.0, 3.0]", "[1, 2, 3]", "[1, 2.5]", "[]", "[2**62, 1]", "[2**63]", "[-2**63, 1]", "[1, True]",
    "[True, False]", "[1.0, np.nan, -0.0, np.inf]", "[[1, 2], [3, 4]]", "[1, [2]]", "[1, 'a']", "[1j, 2]",
    "[1.5, 2], dtype=int", "[1, 2], float", "[1, 2], ndmin=2", "[1, 2], copy=False", "(1, 2)",
    "[np.float32(1), 2.0]", "[1e308, 1e308]", "[2**53 + 1, 0.5]", "[0.1] * 40", "range(3)", "[X, X]", "[X, 1]", "X",
    "[-0.0]", "[5]", "object=[1, 2]", "[1, 2], None", "[1.0, 2.0], order='F'"]

# Methods: each form is the call's argument list, X the receiver.
METHOD_FORMS = {
    "astype": [
        "np.float32", "np.int64", "int", "float", "bool", "np.float64", "np.uint8", "np.int8", "np.float16",
        "np.complex128", "'float32'", "np.dtype('float32')", "dtype=np.float32", "np.float32, copy=False",
        "np.float64, copy=False", "np.float32, order='F'", "", "None", "np.float32, 'C'", "str", "np.bool_",
        "np.int32, casting='safe'", "X.dtype", "complex"],
}

# A seeded Generator's samplers: a statement seeds one (`rng`) and draws from it with each argument form.
SAMPLERS = {
    "normal": 2, "exponential": 1, "gamma": 2, "chisquare": 1, "beta": 2, "laplace": 2, "rayleigh": 1,
    "lognormal": 2, "standard_t": 1, "f": 2, "logistic": 2, "gumbel": 2, "weibull": 1, "pareto": 1, "power": 1,
    "triangular": 3, "wald": 2, "vonmises": 2, "noncentral_chisquare": 2, "noncentral_f": 3, "geometric": 1,
    "poisson": 1, "negative_binomial": 2, "zipf": 1, "logseries": 1, "standard_gamma": 1,
}
SAMPLER_FORMS = [
    "", "size=3", "size=(2, 3)", "size=None", "{p}", "{p}, size=4", "{p}, size=(2, 2)", "size=0", "size=()",
    "size=-1", "size=2.5", "size=[2]", "size=(2, -1)", "size=True", "size=np.int64(2)", "bogus=1", "{n}, size=3",
    "{q}, size=2", "{a}", "{t}, size=2", "{p}, size=3, dtype=np.float32", "{p}, 3", "size=2**40"]


def sampler_statements():
    result = []
    for name, count in SAMPLERS.items():
        for form in SAMPLER_FORMS:
            args = form.format(
                p=", ".join(["0.5", "2.0", "0.75"][:count]), n=", ".join(["-1.0"] * count),
                q=", ".join(["np.nan"] * count), a=", ".join(["[0.5, 0.25]"] * count),
                t=", ".join(["True"] * count))
            result.append(f"rng = np.random.default_rng(7); rng.{name}({args})")
        result.append(f"rng = np.random.default_rng(7); x1 = rng.{name}(0.5, size=3); rng.{name}(0.5, size=3)")
    result.append("rng = np.random.RandomState(7); rng.normal(size=3)")
    result.append("rng = np.random.default_rng(); rng.normal(size=3)")
    return result


# How a result is shown: echoed, and what it says of its memory.
SHOWN = ["{}", "{}.flags.c_contiguous", "{}.strides", "{}.dtype", "{}.flags.writeable"]


def statements():
    result = []
    for name, forms in FORMS.items():
        for receiver in RECEIVERS:
            for form in forms:
                call = f"np.{name}({form.replace('X', receiver)})"
                if "X" not in form and receiver != RECEIVERS[0]:
                    continue
                result.append(call)
                if receiver in ("a", "m[::-1]", "m.reshape(4, 3)") and form in (forms[0], forms[1]) or "X" not in form:
                    result += [shown.format(call) for shown in SHOWN[1:]]
    for name, forms in METHOD_FORMS.items():
        for receiver in RECEIVERS:
            for form in forms:
                # A receiver that is no name is read through one (`x = ...`), as the call sites' rules take names.
                call = f"x = {receiver}; x.{name}({form.replace('X', 'x')})"
                result.append(call)
                if receiver in ("a", "m[::-1]", "np.float64(2.5)") and form in forms[:2]:
                    result += [f"x = {receiver}; " + shown.format(f"x.{name}({form})") for shown in SHOWN[1:]]
                    result.append(f"x = {receiver}; x.{name}({form}) is x")
    # `x ** 2` squares a float64 array (NumPy's `fast_scalar_power`): a name, a local and any other operand.
    for receiver in RECEIVERS:
        for power in ["2", "2.0", "3", "0.5", "-1", "True"]:
            result.append(f"x = {receiver}; x ** {power}")
        result += [f"({receiver}) ** 2", f"(lambda x: x ** 2)({receiver})", f"x = {receiver}; (x ** 2).strides",
                   f"x = {receiver}; (x ** 2).flags.c_contiguous", f"x = {receiver}; (x ** 2.0).dtype",
                   f"x = {receiver}; y = x ** 2; y is x"]
    return result + sampler_statements()


def diagnostics(docbuild, out):
    """Each statement's diagnostics (line offset within its chapter's statements, column, message), by index."""
    import json
    import re
    import subprocess

    with open(os.path.join(out, "chapters", "fuzz.json")) as handle:
        prompts = json.load(handle)["prompts"]
    done = subprocess.run([docbuild, "check", "--no-cache", "--quiet", "--content",
                           os.path.join(out, "chapters", "fuzz")], capture_output=True, text=True, cwd=out)
    found = re.findall(r"^(?:.*/)?([^/:]+\.md):(\d+):(\d+): error: (.*)$", done.stderr, re.M)
    by_prompt = {}
    for name, line, column, message in found:
        starts = [p for p in prompts[name] if p <= int(line)]
        start = starts[-1] if starts else int(line)
        by_prompt.setdefault((name, start), []).append((int(line) - start, int(column), message))
    return prompts, by_prompt


def compare(docbuild, per, gradients=False, texts=None, fast="rules", what="the rules"):
    """Runs `texts` (by default this probe's statements) in plain chapters and in chapters that made an np.matrix,
    which turns the compiled call sites off (the views made directly too, `Fuzz/view_probe.py`), and prints every
    statement whose diagnostics differ; returns 1 if any does. `fast` and `what` name the plain side in the report."""
    texts = statements() if texts is None else texts
    results = []
    for matrix in (False, True):
        out = tempfile.mkdtemp(prefix="everyday-probe-")
        # A chapter that names `grad` keeps every value's history: the rules then take the recorded operations.
        setup = numpy_differential.SETUP + (["from autograd import grad"] if gradients else []) + (
            ["_m = np.matrix([[1.0]])"] if matrix else [])
        numpy_differential.write_chapters(texts, out, per, setup)
        prompts, by_prompt = diagnostics(docbuild, out)
        # The statements' prompts in order, past each chapter's setup.
        ordered = []
        for name in sorted(prompts):
            ordered += [(name, line) for line in prompts[name][len(setup):]]
        results.append([by_prompt.get(key, []) for key in ordered])
    if len(results[0]) != len(results[1]):
        print(f"the two runs recorded {len(results[0])} and {len(results[1])} statements")
        return 1
    differing = 0
    for index, (plain, general) in enumerate(zip(*results)):
        if plain != general:
            differing += 1
            print(f"DIFFERS {texts[index] if len(texts) == len(results[0]) else index}")
            print(f"   {fast:<8} {plain}")
            print(f"   general  {general}")
    print(f"{len(results[0])} statements, {differing} differ between {what} and the general path")
    return 1 if differing else 0


def command_line(make_statements, description, fast="rules", what="the rules"):
    """The probes' command line: `--write FILE` writes `make_statements()`, `--compare` runs `compare` on them."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--write", help="write the statements to this file")
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--gradients", action="store_true",
                        help="with --compare: in chapters that name grad (every value keeps its history)")
    parser.add_argument("--docbuild", default=os.path.join(numpy_differential.ROOT, ".build", "debug", "docbuild"))
    parser.add_argument("--per", type=int, default=200)
    args = parser.parse_args()
    texts = make_statements()
    if args.write:
        with open(args.write, "w") as handle:
            handle.write("\n".join(texts) + "\n")
        print(f"{len(texts)} statements")
    if args.compare:
        sys.exit(compare(os.path.abspath(args.docbuild), args.per, args.gradients, texts=texts, fast=fast, what=what))


def main():
    command_line(statements, __doc__.split("\n")[0])


if __name__ == "__main__":
    main()
