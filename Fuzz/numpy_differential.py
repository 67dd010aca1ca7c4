#!/usr/bin/env python3
"""Differential fuzzer: random NumPy expressions, NumPy's real output against what docbuild prints for them.

Run: `python3 Fuzz/numpy_differential.py --seed 7 --count 400 [--docbuild .build/debug/docbuild] [--out DIR]`
(Python 3.11 with numpy 2.4). Each statement is a random expression over a few fixed arrays (ufuncs, reductions with
and without axes, operators, two-operand functions, scalars), wrapped in a random way of showing it (repr, print,
tolist, dtype, astype, ...). CPython runs them, as `Benchmarks/reach_probe.py` records a chapter, and their output
becomes the expected text of docbuild transcripts under OUT/chapters/fuzz/ (never in the repository); then
`docbuild check` judges them. It prints the tally (statements, matching, refused), each mismatch (docbuild printed
other text than NumPy, or raised where NumPy did not), which must be none, and the refusals grouped by their first
words. `--show` prints each mismatch's statement with NumPy's and docbuild's last lines; `--statements FILE` checks
the statements of FILE (one a line) instead of random ones. The same seed gives the same statements.
"""

import argparse
import json
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
import reach_probe  # noqa: E402

SETUP = [
    "import numpy as np",
    "a = np.array([[0.5, -1.25, 3.0], [2.0, 0.1, -0.7]])",
    "b = np.array([1.5, -2.0, 0.3])",
    "c = np.arange(24.0).reshape(2, 3, 4) / 7",
    "i = np.array([[3, -7, 2], [0, 5, -1]])",
    "f = np.array([[0.1, 0.2, 0.3], [1e-5, 1e5, -3.5]], dtype=np.float32)",
    "u = np.array([1, 200, 30], dtype=np.uint8)",
    "m = np.linspace(-2, 2, 12).reshape(3, 4)",
    "z = np.array([1+2j, -0.5j, 3])",
]
ARRAYS = ["a", "b", "c", "i", "f", "m", "a.T", "c.transpose(1, 2, 0)", "m[::-1]", "m.T[:, ::2]", "f.T", "i.T",
          "c[:, ::-1, 1:]", "np.swapaxes(c, 0, 2)", "a[:, [2, 0]]", "m[m > 0]", "u", "z", "np.float64(2.5)",
          "np.array(-1.5)", "np.int64(3)"]
UNARY = ["np.exp", "np.log1p", "np.sqrt", "np.abs", "np.sin", "np.cos", "np.tanh", "np.floor", "np.ceil", "np.negative",
         "np.square", "np.sign", "np.round", "np.cumsum", "np.cumprod", "np.sort", "np.argsort", "np.argmax",
         "np.argmin", "np.ravel", "np.diff", "np.fliplr", "np.arctan", "np.exp2", "np.log10", "np.reciprocal",
         "np.rint", "np.trunc", "np.isfinite", "np.nonzero", "np.unique", "np.flatnonzero", "np.median",
         "np.ptp", "np.count_nonzero", "np.nancumsum", "np.sinh", "np.cosh", "np.arcsinh", "np.degrees"]
REDUCE = ["sum", "mean", "var", "std", "max", "min", "prod", "argmax", "argmin", "cumsum", "any", "all"]
BINARY = ["+", "-", "*", "/", "**", "//", "%", ">", "==", "<=", "&", "@"]
FUNCS2 = ["np.maximum", "np.minimum", "np.hypot", "np.arctan2", "np.add", "np.subtract", "np.multiply",
          "np.true_divide", "np.fmod", "np.copysign", "np.logaddexp", "np.dot", "np.outer", "np.inner",
          "np.heaviside", "np.fmax", "np.power", "np.remainder", "np.floor_divide"]
WRAP = ["{}", "repr({})", "print({})", "{}.tolist()", "{}.dtype", "{}.shape", "float({}.sum())",
        "np.round({}, 3)", "{}.astype(np.float32)", "{}.astype(int)", "{}.T.copy()", "str({})",
        "np.array2string({}, precision=2)", "f'{{{}.sum():.6g}}'", "{}.item(0)", "{}.reshape(-1)"]


def expression(rng, depth=0):
    """A random NumPy expression, at most three calls deep."""
    r = rng.random()
    if depth > 2 or r < 0.3:
        return rng.choice(ARRAYS)
    if r < 0.5:
        return f"{rng.choice(UNARY)}({expression(rng, depth + 1)})"
    if r < 0.7:
        op = rng.choice(REDUCE)
        x = expression(rng, depth + 1)
        k = rng.random()
        if k < 0.4:
            return f"({x}).{op}()"
        if k < 0.8:
            return f"({x}).{op}(axis={rng.choice([0, 1, -1])})"
        if op in ("argmax", "argmin", "cumsum"):
            return f"np.{op}({x}, axis=0)"
        return f"np.{op}({x}, axis={rng.choice([0, 1])}, keepdims=True)"
    if r < 0.85:
        return f"({expression(rng, depth + 1)} {rng.choice(BINARY)} {expression(rng, depth + 1)})"
    if r < 0.95:
        return f"{rng.choice(FUNCS2)}({expression(rng, depth + 1)}, {expression(rng, depth + 1)})"
    s = rng.choice(["2.5", "-3", "np.float32(0.3)", "np.int8(-4)", "True", "1e300", "0.1"])
    return f"({expression(rng, depth + 1)} {rng.choice(BINARY[:8])} {s})"


def write_chapters(statements, out, per):
    """Records NumPy's output for the statements, `per` to a chapter, as docbuild transcripts under OUT."""
    folder = os.path.join(out, "chapters", "fuzz")
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    prompt_lines = {}
    for n in range(0, len(statements), per):
        group = statements[n:n + per]
        outputs = reach_probe.record(SETUP + group)
        text = ["# fuzz", "", "````tensor"]
        prompts = []
        for statement, output in zip(SETUP + group, outputs):
            # A statement CPython could not record, or whose output looks like a prompt, is left out.
            if output is None or any(line.lstrip().startswith((">>>", "...")) for line in output.split("\n")):
                continue
            prompts.append(len(text) + 1)
            text += reach_probe.transcript(statement, False, output).split("\n")
        text.append("````")
        name = f"{n // per:03d}-fuzz{n // per:03d}.md"
        with open(os.path.join(folder, name), "w") as handle:
            handle.write("\n".join(text) + "\n")
        prompt_lines[name] = prompts
    with open(os.path.join(out, "chapters", "fuzz.json"), "w") as handle:
        json.dump({"prompts": prompt_lines, "skips": {}}, handle)
    return folder


def show_mismatches(docbuild, folder):
    """Each mismatch's statement with the last line NumPy printed and the last line docbuild printed."""
    done = subprocess.run([docbuild, "check", "--no-cache", "--content", folder], capture_output=True, text=True)
    for block in re.split(r"\n(?=\S+\.md:\d+:\d+: error)", done.stderr):
        if "note: expected" not in block:
            continue
        statement = block.split("\n")[1].split("| ", 1)[-1]
        expected = [line.strip() for line in block.split("note: expected:\n")[1].split("note: actual:")[0].split("\n")
                    if line.strip() and "Traceback" not in line]
        actual = [line.strip() for line in block.split("note: actual:\n")[1].split("\n") if line.strip()]
        print(statement)
        print("   numpy   ", expected[-1][:160] if expected else "")
        print("   docbuild", actual[-1][:160] if actual else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--out", default="/tmp/numpy-differential")
    parser.add_argument("--docbuild", default=os.path.join(ROOT, ".build", "debug", "docbuild"))
    parser.add_argument("--per", type=int, default=40, help="statements per chapter")
    parser.add_argument("--statements", help="a file of statements, one a line, instead of random ones")
    parser.add_argument("--show", action="store_true", help="print each mismatch with NumPy's and docbuild's text")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.statements:
        with open(args.statements) as handle:
            statements = [line for line in handle.read().split("\n") if line.strip()]
    else:
        statements = [rng.choice(WRAP).format(expression(rng)) for _ in range(args.count)]
    folder = write_chapters(statements, args.out, args.per)
    result = reach_probe.tally(args.docbuild, args.out, "fuzz")
    print(json.dumps({k: result[k] for k in ("statements", "matching", "percent", "refused")}))
    for mismatch in result["mismatches"]:
        print("MISMATCH", mismatch)
    if args.show:
        show_mismatches(args.docbuild, folder)
    for root, n in result["roots"][:15]:
        print(f"{n:4d} {root}")


if __name__ == "__main__":
    main()
