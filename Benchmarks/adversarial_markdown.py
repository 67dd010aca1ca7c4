#!/usr/bin/env python3
"""Times `docbuild check` on adversarial chapters at two sizes and prints how the time grows.

Each case builds one chapter from a pattern repeated n and 4n times; a linear path takes about 4x as long at 4n,
a quadratic one about 16x. Usage: python3 Benchmarks/adversarial_markdown.py [--binary .build/release/docbuild]
[--size N] [--case NAME]
"""
import argparse
import os
import subprocess
import tempfile
import time

CASES = {
    "identical headings": lambda n: "# T\n\n" + "## A\n\n" * n,
    "bad math on one line": lambda n: "# T\n\n" + "$\\bad$ " * n + "\n",
    "good math on one line": lambda n: "# T\n\n" + "$x^2$ " * n + "\n",
    "one long formula": lambda n: "# T\n\n$" + "a+" * n + "a$\n",
    "nested braces in math": lambda n: "# T\n\n$" + "{" * n + "x" + "}" * n + "$\n",
    "nested scripts": lambda n: "# T\n\n$" + "x^{" * n + "x" + "}" * n + "$\n",
    "nested fractions": lambda n: "# T\n\n$" + "\\frac{1}{" * n + "x" + "}" * n + "$\n",
    "left right pairs": lambda n: "# T\n\n$" + "\\left(" * n + "x" + "\\right)" * n + "$\n",
    "big matrix": lambda n: "# T\n\n$$\\begin{pmatrix}" + ("a & " * 20 + "a \\\\ ") * (n // 20) + "\\end{pmatrix}$$\n",
    "long text in math": lambda n: "# T\n\n$\\text{" + "word " * n + "}$\n",
    "primes": lambda n: "# T\n\n$x" + "'" * n + "$\n",
    "unclosed left": lambda n: "# T\n\n$" + "\\left( a " * n + "$\n",
    "unclosed dollars": lambda n: "# T\n\n" + "$a " * n + "\n",
    "unclosed display math": lambda n: "# T\n\n" + "$$a " * n + "\n",
    "dollars over many lines": lambda n: "# T\n\n" + "$a\n" * n,
    "dollars and code spans": lambda n: "# T\n\n" + "$`a$` " * n + "\n",
    "escaped dollars": lambda n: "# T\n\n" + "\\$ " * n + "\n",
    "many links": lambda n: "# T\n\n## A\n\n" + "[x](#a) " * n + "\n",
    "many broken anchors": lambda n: "# T\n\n" + "[x](#nowhere) " * n + "\n",
    "refused URLs": lambda n: "# T\n\n" + "[x](javascript:x) " * n + "\n",
    "nested block quotes": lambda n: "# T\n\n" + ">" * n + " x\n",
    "nested lists": lambda n: "# T\n\n" + "- " * n + "x\n",
    "nested ordered lists": lambda n: "# T\n\n" + "1. " * n + "x\n",
    "open brackets": lambda n: "# T\n\n" + "[" * n + "\n",
    "emphasis runs": lambda n: "# T\n\n" + "*a **b " * n + "\n",
    "long plain line": lambda n: "# T\n\n" + "word " * n + "\n",
    "many paragraphs": lambda n: "# T\n\n" + "Some text here.\n\n" * n,
    "headings with math": lambda n: "# T\n\n" + "## $x$ and $y$\n\n" * n,
    "inline html": lambda n: "# T\n\n" + "<b>x</b> " * n + "\n",
    "autolinks": lambda n: "# T\n\n" + "<https://a.example/x> " * n + "\n",
    "entities": lambda n: "# T\n\n" + "&amp;&#9;&lt; " * n + "\n",
    "code spans": lambda n: "# T\n\n" + "`a` " * n + "\n",
    "backtick runs": lambda n: "# T\n\n" + "".join("`" * (i % 50 + 1) + " " for i in range(n)) + "\n",
    "backtick runs of every length": lambda n: "# T\n\n" + "".join("`" * i + " " for i in range(1, int((20 * n) ** 0.5))) + "\n",
    "math in link text": lambda n: "# T\n\n## A\n\n" + "[$x$](#a) " * n + "\n",
    "long title chapter": lambda n: "# " + "T" * n * 10 + "\n",
    "control bytes": lambda n: "# T\n\n" + "\x1b]0;x\x07 $\\bad$ " * n + "\n",
    "references to one equation": lambda n: "# T\n\n$$a$$ {#eq-a}\n\n" + "@eq-a [-@eq-a] " * n + "\n",
    "missing references": lambda n: "# T\n\n" + "@eq-nowhere " * n + "\n",
    "unclosed reference brackets": lambda n: "# T\n\n" + "[-@eq-a " * n + "\n",
    "label openers": lambda n: "# T\n\n" + "{#eq-a " * n + "\n",
    "one long label": lambda n: "# T\n\n@eq-" + "a-" * n + "a\n",
    "many numbered equations": lambda n: "# T\n\n" + "".join(f"$$x$$ {{#eq-{i}}} @eq-{i}\n\n" for i in range(n)),
    "duplicate labels": lambda n: "# T\n\n" + "$$x$$ {#eq-a}\n\n" * n,
}


def time_check(binary, text):
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "01-t.md"), "w") as handle:
            handle.write(text)
        started = time.perf_counter()
        result = subprocess.run([binary, "check", "--content", folder, "--quiet"], capture_output=True)
        elapsed = time.perf_counter() - started
        return elapsed, result.returncode, len(result.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/docbuild")
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--case", action="append")
    args = parser.parse_args()
    print(f"{'case':28} {'n':>7} {'time n':>9} {'time 4n':>9} {'ratio':>6} {'exit':>4} {'stderr 4n':>10}")
    for name, make in CASES.items():
        if args.case and name not in args.case:
            continue
        small, _, _ = time_check(args.binary, make(args.size))
        large, code, stderr = time_check(args.binary, make(4 * args.size))
        print(f"{name:28} {args.size:>7} {small:>8.3f}s {large:>8.3f}s {large / small:>6.1f} {code:>4} {stderr:>10}")


if __name__ == "__main__":
    main()
