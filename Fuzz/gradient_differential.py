#!/usr/bin/env python3
"""Differential gradient fuzzer: random compositions of the operations docbuild differentiates, differentiated by
autograd 1.9.1 (the expected text), by docbuild's `agrad` (autograd's `grad(f)`) and by docbuild's own `grad(y, x)`.

Run: `python3 Fuzz/gradient_differential.py --seed 1 --count 300 --docbuild .build/debug/docbuild`
(Python 3.11+, NumPy 2.4.6, autograd 1.9.1). It writes chapters under `--out` (default a new folder under /tmp),
runs `docbuild check` on them and prints every statement whose output differs, then a tally.

Each random function `f(a)` of an argument (a 2-d array `x`, a 1-d array `v` or a 0-d float64 `s`) becomes:
- `agrad(f)(x)`: the expected output is autograd's own, run here (its error too, when autograd raises one);
- `grad(f(x), x)`: docbuild's derivative of the recorded mathematics. Where autograd succeeds and agrees with a
  central finite difference, the expected output is autograd's text; otherwise (autograd raises, or disagrees with
  the finite difference) the statement is `np.allclose(grad(f(x), x), FD, …)` with the finite difference FD written
  out, and the expected output is `True`. A statement docbuild refuses by name is counted, not a mismatch: a refusal
  is allowed, a silently wrong gradient is not.
Functions whose finite difference is unreliable (a kink within reach of the step) keep only the first form.

`--wide` widens the grammar (other seeds then draw other functions; without it every seed draws what it always drew):
views passed straight as the argument (`xr = x[::-1]`, `xc = x[:, ::-1]`, `vr = v[::-1]`), `fmax`/`fmin` and one-sided
`clip`, `np.where` against a constant, `einsum`, reductions with `keepdims` broadcast back, indexing with repeats, and
`np.dot` of vectors.

`--numpys-own` runs the chapters with `import numpy as np` and turns about half of each function's `anp.` calls into
NumPy's own `np.` ones (a chapter that imports both): NumPy hands autograd's box back to autograd only through ufuncs,
the functions that call the box's method and `np.flip`, and docbuild must print what Python prints or refuse the call
(docs/03-language.md). Only the `agrad(f)` form is kept there: docbuild's own `grad(y, x)` does not trace.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import traceback
import warnings

import numpy as np
import autograd.numpy as anp
from autograd import grad as agrad

SETUP = [
    "import autograd.numpy as anp",
    "from autograd import grad as agrad",
    "x = np.array([[0.31, -1.2, 0.77, 1.9], [-0.45, 0.58, -2.1, 0.12], [1.33, -0.66, 0.05, -0.91]])",
    "v = np.array([0.8, -0.35, 1.7, -1.1, 0.42])",
    "s = np.float64(0.7)",
]

# Set by `--wide`.
WIDE = False

# Set by `--numpys-own`.
NUMPYS_OWN = False


def numpys_own(rng, line):
    """`line` with about half of its `anp.` calls NumPy's own (`np.`), chosen by `rng`."""
    return re.sub(r"\banp\.", lambda match: "np." if rng.random() < 0.5 else match.group(0), line)

# The views `--wide` passes as the argument, each of the shape of the array it views.
WIDE_SETUP = ["xr = x[::-1]", "xc = x[:, ::-1]", "vr = v[::-1]"]
WIDE_ARGUMENTS = {"xr": "x", "xc": "x", "vr": "v"}

WIDE_ELEMENTWISE = [
    "anp.fmax({e}, 0.1)", "anp.fmin({e}, -0.2)", "anp.clip({e}, -0.5, None)", "anp.clip({e}, None, 0.4)",
    "anp.where({e} > 0.2, {e}, 0.2)", "anp.abs({e}) * -1.0",
]

# Shape-preserving element-wise steps; {e} is the operand.
ELEMENTWISE = [
    "anp.sin({e})", "anp.cos({e})", "anp.tanh({e})", "anp.exp(0.3 * {e})", "({e}) ** 2", "anp.abs({e})",
    "anp.sqrt({e} * {e} + 1.0)", "anp.log({e} * {e} + 1.0)", "anp.maximum({e}, 0.1)", "anp.minimum({e}, -0.2)",
    "anp.clip({e}, -0.5, 0.6)", "anp.where({e} > 0, {e}, 0.3 * {e})", "({e}) * 1.5 - 0.25", "1.0 / (1.0 + {e} * {e})",
    "anp.arctan({e})", "anp.sinh(0.5 * {e})", "anp.hypot({e}, 1.0)", "anp.arctan2({e}, 1.5)", "anp.expm1(0.2 * {e})",
    "anp.log1p({e} * {e})", "anp.fabs({e})", "anp.square({e})", "anp.negative({e})", "({e}) / 2.0",
    "anp.sign({e}) * {e}", "anp.maximum({e}, anp.sin({e}))", "({e}) * anp.cos({e})",
]


def constant(shape):
    """A deterministic constant array of `shape` as source text (the same text in both languages)."""
    n = int(np.prod(shape)) if shape else 1
    if not shape:
        return "0.375"
    return f"anp.cos(anp.arange({n}.0) + 0.5).reshape{tuple(shape)!r}".replace(",)", ",)")


def step(rng, e, shape):
    """One random step from an expression `e` of `shape` to (new expression, new shape)."""
    nd = len(shape)
    choices = ["elementwise"] * 4
    if nd == 2:
        choices += ["transpose", "slice2", "reshape2", "reduce2", "concat2", "matmul2", "index2", "broadcast2",
                    "cumsum2", "stack2"]
    if nd == 1:
        choices += ["slice1", "reshape1", "reduce1", "outer1", "creation1", "concat1", "index1", "cumsum1"]
    if nd == 0:
        choices += ["creation0", "scalar0"]
    if WIDE:
        choices += ["wide"] * 3
    kind = rng.choice(choices)
    if kind == "elementwise":
        return rng.choice(ELEMENTWISE).format(e=e), shape
    if kind == "wide":
        return wide_step(rng, e, shape)
    if nd == 2:
        r, c = shape
        if kind == "transpose":
            form = rng.choice(["({e}).T", "anp.transpose({e})", "anp.swapaxes({e}, 0, 1)"])
            return form.format(e=e), (c, r)
        if kind == "slice2":
            options = [("({e})[::-1]", (r, c)), ("({e})[:, ::-1]", (r, c)), ("({e})[:, ::2]", (r, (c + 1) // 2))]
            if r > 1:
                options.append(("({e})[1:]", (r - 1, c)))
            if c > 1:
                options.append(("({e})[:, :-1]", (r, c - 1)))
            form, new = rng.choice(options)
            return form.format(e=e), new
        if kind == "reshape2":
            return rng.choice([(f"({e}).reshape({c}, {r})", (c, r)), (f"({e}).reshape(-1)", (r * c,)),
                               (f"anp.ravel({e})", (r * c,))])
        if kind == "reduce2":
            axis = rng.choice([0, 1])
            keep = rng.random() < 0.3
            name = rng.choice(["sum", "mean", "max", "min", "var", "std", "prod"])
            new = (1, c) if keep and axis == 0 else (r, 1) if keep else (c,) if axis == 0 else (r,)
            if name in ("prod",):
                return f"anp.prod(({e}) * 0.5 + 1.0, axis={axis}, keepdims={keep})", new
            if rng.random() < 0.5:
                return f"({e}).{name}(axis={axis}, keepdims={keep})", new
            return f"anp.{name}({e}, axis={axis}, keepdims={keep})", new
        if kind == "concat2":
            axis = rng.choice([0, 1])
            new = (2 * r, c) if axis == 0 else (r, 2 * c)
            return f"anp.concatenate([{e}, anp.tanh({e})], axis={axis})", new
        if kind == "stack2":
            return rng.choice([(f"anp.stack([({e})[0], ({e})[-1]])", (2, c)),
                               (f"anp.vstack([{e}, ({e})[:1]])", (r + 1, c)),
                               (f"anp.hstack([{e}, ({e})[:, :1]])", (r, c + 1))])
        if kind == "matmul2":
            return rng.choice([(f"({e}) @ ({e}).T", (r, r)), (f"({e}).T @ ({e})", (c, c)),
                               (f"({e}) @ {constant((c, 2))}", (r, 2)), (f"anp.dot({constant((2, r))}, {e})", (2, c)),
                               (f"({e}) @ {constant((c,))}", (r,))])
        if kind == "index2":
            return rng.choice([(f"({e})[0]", (c,)), (f"({e})[:, 1]", (r,)), (f"({e})[[0, -1]]", (2, c)),
                               (f"({e})[-1, 1:]", (c - 1,)), (f"({e})[:, [1, 0, 1]]", (r, 3))])
        if kind == "broadcast2":
            return rng.choice([(f"({e}) + ({e}).sum(axis=0)", (r, c)),
                               (f"({e}) * ({e}).mean(axis=1, keepdims=True)", (r, c)),
                               (f"({e}) - {constant((c,))}", (r, c)), (f"({e}) * {constant((r, 1))}", (r, c))])
        if kind == "cumsum2":
            return f"anp.cumsum({e}, axis={rng.choice([0, 1])})", (r, c)
    if nd == 1:
        (n,) = shape
        if kind == "slice1":
            options = [("({e})[::-1]", (n,)), ("({e})[::2]", ((n + 1) // 2,))]
            if n > 1:
                options.append(("({e})[1:]", (n - 1,)))
            form, new = rng.choice(options)
            return form.format(e=e), new
        if kind == "reshape1":
            return rng.choice([(f"({e}).reshape(1, {n})", (1, n)), (f"({e})[:, None] * ({e})", (n, n)),
                               (f"({e}).reshape(-1, 1)", (n, 1))])
        if kind == "reduce1":
            name = rng.choice(["sum", "mean", "max", "var", "std"])
            return f"({e}).{name}()", ()
        if kind == "outer1":
            return rng.choice([(f"anp.outer({e}, {e})", (n, n)), (f"anp.dot({e}, {e})", ()),
                               (f"({e}) @ ({e})", ())])
        if kind == "creation1":
            return rng.choice([
                (f"anp.linspace(({e})[0], ({e})[-1], 5)", (5,)),
                (f"anp.linspace(({e})[0], 2.0, 4) * ({e})[1]", (4,)),
                (f"anp.full(3, ({e})[0]) * anp.arange(3.0)", (3,)),
                (f"anp.zeros_like({e}) + ({e})", (n,)),
                (f"anp.ones_like({e}) * ({e})", (n,)),
                (f"({e}) * anp.float64(({e})[0])", (n,)),
                (f"({e}) * float(({e})[1])", (n,)),
                (f"({e}) * ({e})[0].item()", (n,)),
                (f"anp.linspace(0.0, ({e})[-1], 6, endpoint=False)", (6,)),
                (f"anp.array([({e})[0], ({e})[-1]])", (2,)),
            ])
        if kind == "concat1":
            return f"anp.concatenate([{e}, anp.sin({e})])", (2 * n,)
        if kind == "index1":
            return rng.choice([(f"({e})[[0, -1, 0]]", (3,)), (f"({e})[({e}) > 0]", None), (f"({e})[-1]", ())])
        if kind == "cumsum1":
            return f"anp.cumsum({e})", (n,)
    if nd == 0:
        if kind == "creation0":
            return rng.choice([(f"anp.linspace({e}, 1.5, 4)", (4,)), (f"anp.linspace(-1.0, {e}, 3)", (3,)),
                               (f"anp.linspace({e}, 2.0 * {e}, 5)", (5,)),
                               (f"anp.full((2, 2), {e})", (2, 2)), (f"anp.full(3, {e}) * anp.arange(3.0)", (3,)),
                               (f"anp.array([{e}, 2.0 * {e}])", (2,)),
                               (f"anp.linspace({e}, 1.0, 4, endpoint=False)", (4,)),
                               (f"anp.linspace({e}, 1.0, num=3)", (3,))])
        if kind == "scalar0":
            return rng.choice([(f"({e}) * float({e})", ()), (f"anp.float64({e}) ** 2", ()),
                               (f"({e}) * 2.0 + 1.0", ())])
    return rng.choice(ELEMENTWISE).format(e=e), shape


def wide_step(rng, e, shape):
    """One of `--wide`'s steps from `e` of `shape`."""
    options = [(form, shape) for form in WIDE_ELEMENTWISE]
    if len(shape) == 2:
        r, c = shape
        options += [(f"anp.einsum('ij,ij->i', {e}, {e})", (r,)), (f"anp.einsum('ij->j', {e})", (c,)),
                    (f"({e}) - ({e}).mean(axis=1, keepdims=True)", (r, c)),
                    (f"({e}) / ({e}).max(axis=0, keepdims=True)", (r, c)),
                    (f"({e})[[0, 0, -1]]", (3, c)), (f"({e})[:, [1, 1]]", (r, 2))]
    if len(shape) == 1:
        options += [(f"anp.dot({e}, {e})", ()), (f"anp.einsum('i,i->', {e}, {e})", ()),
                    (f"({e})[[0, 0, 1]]", (3,)), (f"({e}) * ({e}).sum(keepdims=True)", shape)]
    form, new = rng.choice(options)
    return form.format(e=e), new


def finisher(rng, e, shape):
    """An expression reducing `e` of `shape` to a scalar."""
    if shape == ():
        return rng.choice(["{e}", "anp.sin({e})", "({e}) ** 2"]).format(e=e)
    forms = ["({e}).sum()", "anp.sum(({e}) ** 2)", "({e}).mean()", "anp.sum(anp.tanh({e}) * 0.5)"]
    if shape is not None and int(np.prod(shape)) > 1:
        forms += ["({e}).var()", "({e}).std()", "({e}).max()"]
    return rng.choice(forms).format(e=e)


def body(rng, argument):
    e, shape = "a", {"x": (3, 4), "v": (5,), "s": ()}[WIDE_ARGUMENTS.get(argument, argument)]
    for _ in range(rng.randint(1, 4)):
        if shape is None:
            break
        e, shape = step(rng, e, shape)
    return finisher(rng, e, shape)


def copy_updates(rng, argument):
    """Multi-line bodies: an in-place update of a copy, then a reduction."""
    copy = rng.choice(["a + 0.0", "anp.array(a)", "a.copy()", "a * 1.0"])
    index = "0" if argument == "v" else "0, 1"
    update = rng.choice([f"b[{index}] = b[{index}] * 3.0", f"b[{index}] *= 2.0", f"b[{index}] += a[{index}]",
                         "b[1:] = anp.sin(b[1:])"])
    tail = rng.choice(["anp.sum(b ** 2)", "anp.sum(anp.tanh(b) * a)", "(b * b).mean()"])
    return [f"b = {copy}", update, f"return {tail}"]


def python_run(source, namespace):
    """Runs one statement as the REPL does; its printed output (or traceback's last line)."""
    import io

    buffer = io.StringIO()
    real = sys.stdout
    sys.stdout = buffer
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(compile(source, "<stdin>", "single"), namespace)
    except BaseException as error:  # noqa: BLE001 — the error is the statement's output
        buffer.write("Traceback (most recent call last):\n")
        buffer.write(traceback.format_exception_only(type(error), error)[-1])
    finally:
        sys.stdout = real
    return buffer.getvalue()


def finite_difference(function, point, h=1e-6):
    point = np.array(point, dtype=float)
    flat = point.reshape(-1)
    result = np.zeros(flat.shape)
    for i in range(flat.size):
        up = flat.copy()
        down = flat.copy()
        up[i] += h
        down[i] -= h
        result[i] = (function(up.reshape(point.shape)) - function(down.reshape(point.shape))) / (2 * h)
    return result.reshape(point.shape)


def smooth_enough(function, point, fd):
    """True when two step sizes agree, so the finite difference is trustworthy (no kink within reach)."""
    other = finite_difference(function, point, h=1e-4)
    return np.all(np.isfinite(fd)) and np.allclose(fd, other, rtol=1e-3, atol=1e-5)


def cases(seed, count):
    rng = random.Random(seed)
    mixing = random.Random(seed + 1)
    namespace = {"np": np, "__name__": "__main__"}
    for line in SETUP:
        python_run(line, namespace)
    statements = []  # (source, expected output)
    for number in range(count):
        argument = rng.choice(["x", "x", "v", "v", "s"] + (list(WIDE_ARGUMENTS) if WIDE else []))
        if rng.random() < 0.12 and argument != "s":
            lines = copy_updates(rng, WIDE_ARGUMENTS.get(argument, argument))
        else:
            lines = [f"return {body(rng, argument)}"]
        if NUMPYS_OWN:
            lines = [numpys_own(mixing, line) for line in lines]
        name = f"f{number}"
        definition = f"def {name}(a):\n" + "\n".join("    " + line for line in lines)
        output = python_run(definition + "\n", namespace)
        if output:
            continue
        statements.append((definition, ""))
        traced = f"agrad({name})({argument})"
        expected = python_run(traced, namespace)
        statements.append((traced, expected))
        if NUMPYS_OWN:
            continue
        function = namespace[name]
        point = namespace[argument]
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                value = function(point)
                if not np.isfinite(value):
                    continue
                fd = finite_difference(lambda p: float(function(np.float64(p) if argument == "s" else p)), point)
        except Exception:  # noqa: BLE001 — NumPy cannot run it either: no mathematics to compare
            continue
        if not smooth_enough(lambda p: float(function(np.float64(p) if argument == "s" else p)), point, fd):
            continue
        own = f"grad({name}({argument}), {argument})"
        autograd_ok = not expected.startswith("Traceback")
        if autograd_ok:
            exact = np.asarray(agrad(function)(point), dtype=float)
            autograd_ok = np.allclose(exact, fd, rtol=1e-4, atol=1e-6)
        if not autograd_ok and not np.any(np.abs(fd) > 1e-9):
            # A finite difference of (rounding noise around) zeros where autograd disagrees or raises is the std or var
            # of a constant, whose derivative autograd (and docbuild) give as NaN at the kink sqrt(0): the difference
            # proves nothing (seed 556: the std of anp.linspace(a[0], a[0], 5)).
            continue
        if autograd_ok:
            # docbuild's grad(y, s) of a 0-d argument is a 0-d array (docs/04-numbers.md), autograd's an np.float64.
            statements.append((own, python_run(f"np.asarray({traced})", namespace) if argument == "s" else expected))
        else:
            literal = np.array2string(np.asarray(fd), separator=", ", precision=17, floatmode="unique",
                                      threshold=10**6).replace("\n", "")
            check = f"np.allclose({own}, np.array({literal}), rtol=1e-4, atol=1e-6)"
            statements.append((check, "True\n"))
    return statements


def transcript(source, output):
    lines = source.split("\n")
    text = [">>> " + lines[0]] + ["... " + line for line in lines[1:]]
    if len(lines) > 1:
        text.append("...")
    out = output.rstrip("\n")
    return text + (out.split("\n") if out else [])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--per", type=int, default=30, help="functions per chapter")
    parser.add_argument("--out", help="the folder for the chapters (default: a new one under /tmp, so that "
                        "runs side by side never share one)")
    parser.add_argument("--docbuild", default=".build/debug/docbuild")
    parser.add_argument("--wide", action="store_true", help="the wider grammar (see the header)")
    parser.add_argument("--numpys-own", action="store_true", help="NumPy's own functions beside autograd's")
    args = parser.parse_args()
    args.out = args.out or tempfile.mkdtemp(prefix="gradient-differential-")
    global WIDE, NUMPYS_OWN
    WIDE = args.wide
    if WIDE:
        SETUP.extend(WIDE_SETUP)
    NUMPYS_OWN = args.numpys_own
    if NUMPYS_OWN:
        SETUP.insert(0, "import numpy as np")
    statements = cases(args.seed, args.count)
    folder = os.path.join(args.out, "chapters")
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    starts = {}
    groups = []
    group = []
    for source, output in statements:
        if source.startswith("def ") and len(group) >= args.per * 3:
            groups.append(group)
            group = []
        group.append((source, output))
    if group:
        groups.append(group)
    for k, group in enumerate(groups):
        name = f"{k:03d}-gradients{k:03d}.md"
        text = [f"# Gradients {k}", "", "````tensor"]
        lines = {}
        setup_namespace = {"np": np}
        for source, output in [(line, python_run(line, setup_namespace)) for line in SETUP] + group:
            lines[len(text) + 1] = source
            text += transcript(source, output if output else "")
        text.append("````")
        with open(os.path.join(folder, name), "w") as handle:
            handle.write("\n".join(text) + "\n")
        starts[name] = lines
    done = subprocess.run([args.docbuild, "check", "--no-cache", "--quiet", "--content", folder],
                          capture_output=True, text=True)
    found = re.findall(r"^(?:.*/)?([^/:]+\.md):(\d+):\d+: error: (.*)$", done.stderr, re.M)
    wrong, refused = [], []
    seen = set()
    for name, line, message in found:
        prompts = [p for p in starts.get(name, {}) if p <= int(line)]
        key = (name, prompts[-1] if prompts else int(line))
        if key in seen:
            continue
        seen.add(key)
        source = starts.get(name, {}).get(key[1], "?")
        if message.startswith(("output does not match", "statement raised", "claim failed")):
            wrong.append((name, key[1], source, message))
        else:
            refused.append((name, key[1], source, message))
    for name, line, source, message in wrong:
        print(f"WRONG {name}:{line}: {source.splitlines()[-1] if source else ''}\n    {message}")
    for name, line, source, message in refused:
        print(f"REFUSED {name}:{line}: {source.splitlines()[-1] if source else ''}\n    {message[:200]}")
    total = sum(1 for source, _ in statements if not source.startswith("def "))
    print(f"{total} gradient statements, {len(wrong)} wrong, {len(refused)} refused")
    if "more diagnostics" in done.stderr:
        print("(docbuild stopped listing diagnostics: lower --per)")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
