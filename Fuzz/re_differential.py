#!/usr/bin/env python3
"""Differential fuzzer for the `re` module: random patterns and strings, CPython 3.11's answers against docbuild's.

Run: `python3 Fuzz/re_differential.py --seed 7 --count 400 [--docbuild .build/debug/docbuild] [--out DIR]`.
Each case is a random pattern (literals, classes, `\\d \\w \\s \\b \\B`, anchors, greedy, lazy and possessive repeats,
capturing, named, non-capturing, atomic and flag groups, alternation with empty branches, backreferences,
conditionals, lookahead and lookbehind, inline flags) over a small alphabet that holds the characters CPython folds
specially under IGNORECASE (the Kelvin sign, the long s, dotless and dotted i, the Greek sigmas). Patterns CPython
rejects are dropped. For each, two statements: every match of `finditer` with its span, groups and `lastindex`, and
`sub` with a `\\g<0>` template, `split` and `fullmatch`. CPython runs them as `Benchmarks/reach_probe.py` records a
chapter; their output becomes the expected text of a docbuild transcript under OUT (never in the repository), and
`docbuild check` judges it. It prints how many statements match; every failure is a difference from CPython. The
same seed gives the same statements.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Tests", "SnippetsTests", "Fixtures"))
from make_interpreter_fixtures import write_transcript  # noqa: E402

ATOMS = ["a", "b", "c", ".", r"\d", r"\w", r"\s", r"\W", "[ab]", "[^a]", "[a-c]", "x", r"\b", r"\B", "^", "$", r"\A",
         r"\Z", "é", "É", "K", "[k-m]", "s", "σ", "i", "[A-Z]", "[^b-y]", r"[\w-]", "(?(1)a|b)", "ß"]
ANCHORS = {"^", "$", r"\A", r"\Z", r"\b", r"\B"}
GROUPS = ["(", "(", "(?:", "(?P<g%d>", "(?=", "(?!", "(?>", "(?<=", "(?<!", "(?i:", "(?-i:", "(?s:"]
QUANTIFIERS = ["*", "+", "?", "{2}", "{1,2}", "{,2}", "*?", "+?", "??", "{1,3}?", "*+", "++"]
ALPHABET = "aAbBxX \nkKſsSßσΣςıİi1é"


def pattern(rng, depth, groups):
    """A random pattern of one to three items; `groups` counts the capturing groups opened so far."""
    out = ""
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        if depth > 0 and roll < 0.25:
            kind = rng.choice(GROUPS)
            inner = pattern(rng, depth - 1, groups)
            if rng.random() < 0.3:
                inner += "|" + (pattern(rng, depth - 1, groups) if rng.random() < 0.7 else "")
            if kind.startswith("(?<"):
                inner = rng.choice(["a", "ab", "[ab]", r"\d", "a|b", "(a)"])
            if "%d" in kind:
                groups[0] += 1
                kind = kind % groups[0]
            elif kind == "(":
                groups[0] += 1
            item = kind + inner + ")"
        elif roll < 0.3 and groups[0] > 0:
            item = "\\%d" % rng.randint(1, groups[0])
        else:
            item = rng.choice(ATOMS)
        if rng.random() < 0.35 and item not in ANCHORS:
            item += rng.choice(QUANTIFIERS)
        out += item
    return out


def statements(seed, count):
    rng = random.Random(seed)
    made = ["import re"]
    while len(made) < 2 * count + 1:
        source = pattern(rng, 3, [0])
        if rng.random() < 0.2:
            source = "(?" + rng.choice(["i", "i", "ia", "m", "s", "a", "im", "x"]) + ")" + source
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 8)))
        try:
            re.compile(source)
        except (re.error, OverflowError, ValueError):
            continue
        made.append(f"[(m.span(), m.groups(), m.lastindex) for m in re.finditer({source!r}, {text!r})]")
        made.append(f"re.sub({source!r}, '<\\\\g<0>>', {text!r}), re.split({source!r}, {text!r}), "
                    f"re.fullmatch({source!r}, {text!r})")
    return made


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--docbuild", default=os.path.join(ROOT, ".build", "debug", "docbuild"))
    parser.add_argument("--out", help="the folder for the chapters (default: a new one under /tmp, so that "
                        "runs side by side never share one)")
    arguments = parser.parse_args()
    arguments.out = arguments.out or tempfile.mkdtemp(prefix="re-differential-")
    os.makedirs(arguments.out, exist_ok=True)
    transcript = os.path.join(arguments.out, "transcript.txt")
    made = statements(arguments.seed, arguments.count)
    write_transcript(transcript, "#", made, {"__name__": "__main__"}, quiet=True)
    body = open(transcript, encoding="utf-8").read().split("\n", 1)[1].rstrip("\n")
    with open(os.path.join(arguments.out, "index.md"), "w", encoding="utf-8") as handle:
        handle.write("# re differential\n")
    with open(os.path.join(arguments.out, "01-fuzz.md"), "w", encoding="utf-8") as handle:
        handle.write(f"# Seed {arguments.seed}\n\n```tensor\n{body}\n```\n")
    result = subprocess.run([arguments.docbuild, "check", "--no-cache", "--content", arguments.out],
                            capture_output=True, text=True, check=False)
    failures = [line for line in result.stdout.splitlines() + result.stderr.splitlines() if ": error:" in line]
    print(f"seed {arguments.seed}: {len(made) - len(failures)}/{len(made)} statements match CPython")
    for line in failures:
        print("  ", line)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
