#!/usr/bin/env python3
"""Differential fuzzer for writes through other holders: random sequences of element and slice writes made through
functions' parameters (nested calls included) into arrays that other names, lists, dicts, tuples and views hold,
with aliasing, copies and rebinding between them, checked against what CPython 3.11 + NumPy 2.4.6 print.

docbuild writes such arrays in place once the other holders of the same array are set aside
(`InPlaceElementWrites.swift`); every holder must see each write, and a copy, a rebound name or a view must keep
NumPy's answer.

Run: `python3 Fuzz/holder_writes_differential.py --docbuild .build/debug/docbuild --seed 1 --count 60`: it writes one
chapter per seed under --out, checks each with `docbuild check`, and prints the seeds whose check failed (0 expected).
"""

import argparse
import contextlib
import io
import os
import random
import subprocess
import sys
import tempfile

import numpy as np

NAMES = ["a", "b", "c"]
DEFINITIONS = [
    "def w1(x, i, j, v):\n    x[i, j] = v",
    "def w2(x, k, v):\n    x[:, k] = v",
    "def w3(x, v):\n    for i in range(x.shape[0]):\n        x[i, i % x.shape[1]] = x[i, 0] + v",
    "def w4(x, y):\n    w1(x, 0, 1, y[1, 0])\n    w2(y, 0, x[0, 0])",
    "def rd(x):\n    return float(x.sum())",
]
START = ["a = np.arange(12.0).reshape(3, 4).copy()", "b = a", "c = np.ones((3, 4))", "L = [a]", "v = a[0]",
         "D = {'k': a}", "t = (a, 1)"]


def statements(rng, length):
    """The chapter's statements: the definitions, the start, then `length` random ones."""
    out = DEFINITIONS + START
    for _ in range(length):
        r, n, m = rng.random(), rng.choice(NAMES), rng.choice(NAMES)
        if r < 0.2:
            value = rng.choice(["1.5", "-2", "True", n + "[0, 0]", "np.float64(3.25)"])
            out.append(f"w1({n}, {rng.randrange(3)}, {rng.randrange(4)}, {value})")
        elif r < 0.35:
            value = rng.choice(["0.5", n + "[:, 1]", m + "[:, 2]", "np.array([1.0, 2.0, 3.0])", "7"])
            out.append(f"w2({n}, {rng.randrange(4)}, {value})")
        elif r < 0.42:
            out.append(f"w3({n}, {rng.choice(['1.0', '2'])})")
        elif r < 0.48:
            out.append(f"w4({n}, {m})")
        elif r < 0.55:
            out.append(f"{n} = {m}")
        elif r < 0.6:
            out.append(f"{n} = {m}.copy()")
        elif r < 0.64:
            out.append(f"L = [{n}, {m}]")
        elif r < 0.67:
            out.append(f"v = {n}[{rng.randrange(3)}]")
        elif r < 0.70:
            out.append(f"D = {{'k': {n}}}")
        elif r < 0.73:
            out.append(f"{n}[{rng.randrange(3)}, {rng.randrange(4)}] = {rng.choice(['9.0', '-1', m + '[1, 1]'])}")
        elif r < 0.76:
            out.append(f"t = ({n}, 1)")
        elif r < 0.80:
            out.append(f"{n} = np.zeros((3, 4))")
        else:
            out.append(rng.choice([f"rd({n})", n, "L", "v", "D['k']", "t[0]", f"{n} is {m}", "rd(a) + rd(b) + rd(c)"]))
    return out


def transcript(lines):
    """The chapter: each statement as typed at the REPL, then what CPython and NumPy print for it."""
    namespace = {"np": np}
    out = ["# Writes through other holders", "", "```tensor"]
    for statement in lines:
        typed = statement.split("\n")
        out.append(">>> " + typed[0])
        out += ["... " + line for line in typed[1:]]
        if len(typed) > 1:
            out.append("...")
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            try:
                try:
                    value = eval(compile(statement, "<fuzz>", "eval"), namespace)
                    if value is not None:
                        print(repr(value))
                except SyntaxError:
                    exec(compile(statement, "<fuzz>", "exec"), namespace)
            except Exception as error:  # the REPL's last traceback line
                print(f"Traceback (most recent call last):\n  ...\n{type(error).__name__}: {error}")
        text = printed.getvalue().rstrip("\n")
        if text:
            out += text.split("\n")
    return "\n".join(out + ["```"]) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docbuild", default=".build/debug/docbuild")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=60, help="chapters, one per seed from --seed")
    parser.add_argument("--length", type=int, default=80, help="random statements per chapter")
    parser.add_argument("--out", help="the folder for the chapters (default: a new one under /tmp, so that "
                        "runs side by side never share one)")
    arguments = parser.parse_args()
    arguments.out = arguments.out or tempfile.mkdtemp(prefix="holder-writes-fuzz-")
    failed, total = [], 0
    for seed in range(arguments.seed, arguments.seed + arguments.count):
        lines = statements(random.Random(seed), arguments.length)
        total += len(lines)
        folder = os.path.join(arguments.out, f"seed{seed}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "chapter.md"), "w", encoding="utf-8") as file:
            file.write(transcript(lines))
        check = subprocess.run([arguments.docbuild, "check", "--no-cache", "--quiet", "--content", folder],
                               capture_output=True, text=True)
        if check.returncode != 0:
            failed.append(seed)
            print(f"seed {seed}:", (check.stdout + check.stderr).strip().splitlines()[:4])
    print(f"{arguments.count} chapters, {total} statements, {len(failed)} failing: {failed}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
