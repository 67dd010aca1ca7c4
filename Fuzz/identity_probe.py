#!/usr/bin/env python3
"""Random walks of name bindings with `is` checks between them (session 49).

docbuild pairs two top-level names bound one to the other (`b = a`, `NameAliases.swift`) so `a is b` is CPython's
answer for numbers, strings and tuples too, whose identity it does not track otherwise; a pairing ends when either
name is bound again. This writes walks of `n = value`, `n = m`, `n = n`, `n += 1`, `del n` over a few names holding
large ints, floats, tuples, lists, dicts and arrays, each step followed by `x is y` for some pair of bound names, so
`numpy_differential.py --statements` compares every answer with CPython's (0 wrong is the bar; `is` between equal
numbers or tuples never paired is refused by name).

Run: python3 Fuzz/identity_probe.py --seed 4901 --count 3000 > F
     python3 Fuzz/numpy_differential.py --statements F --per 60 --show --docbuild .build/debug/docbuild
"""

import argparse
import random

NAMES = ["p", "q", "r", "s", "t"]
# Values CPython makes a new object for at each statement (no small ints, no interned strings).
VALUES = [
    "1000", "10**20", "-7777", "2.5", "1e300", "(1, 2)", "(3000, [1])", "[1, 2]", "[]", "{'k': 1}",
    "np.arange(3.0)", "np.float64(1.5)", "np.int64(4000)", "'a b c'", "3000 + 1", "2.5 * 2", "1j * 3",
]


def walk(rng, steps):
    """One walk: the names unbound at its start, then `steps` bindings each followed by a check."""
    statements = [f"{name} = None" for name in NAMES] + [f"del {name}" for name in NAMES]
    bound = set()
    for _ in range(steps):
        name = rng.choice(NAMES)
        kind = rng.random()
        if kind < 0.3 or not bound:
            statements.append(f"{name} = {rng.choice(VALUES)}")
            bound.add(name)
        elif kind < 0.6:
            statements.append(f"{name} = {rng.choice(sorted(bound))}")
            bound.add(name)
        elif kind < 0.7 and name in bound:
            statements.append(f"{name} = {name}")
        elif kind < 0.8 and name in bound:
            statements.append(f"del {name}")
            bound.discard(name)
        elif name in bound:
            statements.append(f"{name} = ({name},)[0]")
        if len(bound) >= 2:
            first, second = rng.sample(sorted(bound), 2)
            statements.append(f"{first} is {second}")
            statements.append(f"{first} is not {second}")
    return statements


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=4901)
    parser.add_argument("--count", type=int, default=3000, help="about how many statements to write")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    statements = []
    while len(statements) < args.count:
        statements += walk(rng, rng.randint(5, 25))
    print("\n".join(statements))


if __name__ == "__main__":
    main()
