#!/usr/bin/env python3
"""Instructions per iteration of two training loops, docbuild against CPython + NumPy (issue 9, plain Python loops).

Usage: python3 Benchmarks/loop_step_counts.py DOCBUILD OUTDIR [--python PYTHON]
  DOCBUILD: a release `docbuild` (`swift build -c release --product docbuild`); copied to OUTDIR stripped of its debug
  information (valgrind reads it at every start), with `docbuild_Site.resources` beside it.

The loops: a tiny 2-layer net's forward pass, loss and in-place weight updates in a function called N times on the
(4, 2) XOR batch, and lazyprogrammer-ml's bad_xor.py (a logistic regression whose step appends its loss and |w|^2 to
lists), with a fixed w instead of np.random.randn. Each is written as a docbuild chapter for N and 2N iterations, its
expected output printed by CPython + NumPy running the same code, and run under callgrind
(`SWIFT_DETERMINISTIC_HASHING=1`). Per iteration = (count at 2N - count at N) / N, so start-up and set-up cancel.
docbuild's count is the inclusive count of the transcript's run (`BlockRunner.runTranscript`): the session's teardown,
which frees the history the loop's arrays keep, partly runs on another thread and varied by +-15 M instructions from
run to run. CPython's is its whole process, the same code run N and 2N times.
Prints "loop<TAB>docbuild<TAB>CPython<TAB>ratio" per loop.
"""
import argparse
import contextlib
import io
import os
import shutil
import subprocess
import sys

NET_SETUP = """import numpy as np
X = np.array([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
T = np.array([[0.], [1.], [1.], [0.]])
W1 = np.array([[0.5, -0.4, 0.3], [-0.2, 0.6, 0.1]])
b1 = np.zeros(3)
W2 = np.array([[0.7], [-0.5], [0.2]])
b2 = np.zeros(1)
def step(W1, b1, W2, b2, lr):
    H = np.tanh(np.dot(X, W1) + b1)
    Y = np.dot(H, W2) + b2
    E = Y - T
    loss = (E ** 2).sum() / 4
    dY = E / 2
    dW2 = np.dot(H.T, dY)
    dH = np.dot(dY, W2.T) * (1 - H * H)
    dW1 = np.dot(X.T, dH)
    W1 -= lr * dW1
    b1 -= lr * dH.sum(axis=0)
    W2 -= lr * dW2
    b2 -= lr * dY.sum(axis=0)
    return loss
losses = []
for i in range(N):
    loss = step(W1, b1, W2, b2, 0.1)
    if i % 1000 == 0:
        losses.append(loss)
print(round(float(loss), 6))
"""

BAD_XOR = """import numpy as np
N = 4
D = 2
X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
T = np.array([0, 1, 1, 0])
ones = np.ones((N, 1))
Xb = np.concatenate((ones, X), axis=1)
w = np.array([0.3, -1.2, 0.7])
z = Xb.dot(w)
def sigmoid(z):
    return 1/(1 + np.exp(-z))
Y = sigmoid(z)
def cross_entropy(T, Y):
    return -(T*np.log(Y) + (1-T)*np.log(1-Y)).sum()
learning_rate = 0.001
error = []
w_mags = []
for i in range(STEPS):
    e = cross_entropy(T, Y)
    error.append(e)
    if i % 1000 == 0:
        print(e)
    w += learning_rate * Xb.T.dot(T - Y)
    w_mags.append(w.dot(w))
    Y = sigmoid(Xb.dot(w))
print("Final w:", w)
"""

LOOPS = {"net step in a function": (NET_SETUP, "N", 200), "bad_xor.py step": (BAD_XOR, "STEPS", 1000)}


def script(template: str, name: str, count: int) -> str:
    return template.replace(f"range({name})", f"range({count})")


def chapter(source: str) -> str:
    """The script as one transcript: each top-level statement a prompt, the loop's and the last print's output
    under them (the only statements that print), as CPython printed it."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(source, "loop", "exec"), {})
    outputs = printed.getvalue().splitlines()
    statements: list[list[str]] = []
    for line in source.splitlines():
        if line.startswith(" ") and statements:
            statements[-1].append(line)
        else:
            statements.append([line])
    lines = []
    for statement in statements:
        lines.append(">>> " + statement[0])
        lines += ["... " + line for line in statement[1:]]
        if len(statement) > 1:
            lines.append("...")
        if statement[0].startswith("for "):
            lines += outputs[:-1]
        elif statement[0].startswith("print("):
            lines.append(outputs[-1])
    return "# loop\n\n```tensor\n" + "\n".join(lines) + "\n```\n"


def callgrind(command: list[str], out: str) -> str:
    env = dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1")
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + command, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


def total(out: str) -> int:
    with open(out) as handle:
        for line in handle:
            if line.startswith("totals:"):
                return int(line.split()[1])
    raise SystemExit(f"no totals in {out}")


def transcript_count(out: str) -> int:
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                               capture_output=True, text=True).stdout
    for line in annotated.splitlines():
        if "BlockRunnerV13runTranscript" in line:
            return int(line.split()[0].replace(",", ""))
    raise SystemExit(f"no BlockRunner.runTranscript in {out}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("docbuild")
    parser.add_argument("out")
    parser.add_argument("--python", default=sys.executable, help="the interpreter itself, not a pyenv shim")
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    binary = os.path.join(arguments.out, "docbuild")
    subprocess.run(["objcopy", "--strip-debug", arguments.docbuild, binary], check=True)
    resources = os.path.join(os.path.dirname(arguments.docbuild), "docbuild_Site.resources")
    if os.path.isdir(resources):
        shutil.copytree(resources, os.path.join(arguments.out, "docbuild_Site.resources"), dirs_exist_ok=True)
    for label, (template, name, count) in LOOPS.items():
        docbuild_counts, python_counts = [], []
        for steps in (count, 2 * count):
            key = f"{name.lower()}{steps}-{template is BAD_XOR}"
            folder = os.path.join(arguments.out, key)
            os.makedirs(folder, exist_ok=True)
            source = script(template, name, steps)
            with open(os.path.join(folder, "loop.md"), "w") as handle:
                handle.write(chapter(source))
            check = subprocess.run([binary, "check", "--no-cache", "--content", folder], capture_output=True,
                                   text=True)
            if check.returncode != 0:
                raise SystemExit(f"docbuild check failed on {folder}:\n{check.stdout}{check.stderr}")
            out = callgrind([binary, "check", "--no-cache", "--content", folder], f"{folder}.docbuild.out")
            docbuild_counts.append(transcript_count(out))
            with open(f"{folder}.py", "w") as handle:
                handle.write(source)
            python_counts.append(total(callgrind([arguments.python, f"{folder}.py"], f"{folder}.python.out")))
        per_docbuild = (docbuild_counts[1] - docbuild_counts[0]) // count
        per_python = (python_counts[1] - python_counts[0]) // count
        print(f"{label}\t{per_docbuild}\t{per_python}\t{per_docbuild / per_python:.2f}", flush=True)


if __name__ == "__main__":
    main()
