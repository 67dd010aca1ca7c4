#!/usr/bin/env python3
"""Writes random_generator.json beside this script from NumPy itself (the reference): streams of NumPy's modern
Generator (np.random.default_rng: SeedSequence + PCG64) and of the legacy RandomState's other methods, each a seed
followed by calls and exactly what NumPy returned (floats as float.hex, ints as ints), plus calls NumPy refuses with
the exception line it raised. Rerun from anywhere; the output is byte-identical for the same NumPy version.

streams: {id, kind: "generator" | "legacy", seed: int | [int], calls: [{method, args, dtype, shape, scalar, values}]}
  args holds the keyword arguments as NumPy was called; `size` is null for a single draw.
errors: {kind, seed, method, args, error}
"""

import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "random_generator.json")


def encode(result):
    array = np.asarray(result)
    if array.dtype.kind == "f":
        values = [float(v).hex() for v in array.ravel()]
    else:
        values = [int(v) for v in array.ravel()]
    return {
        "dtype": str(array.dtype),
        "shape": list(array.shape),
        "scalar": not isinstance(result, np.ndarray),
        "values": values,
    }


def call(rng, method, args):
    """Calls rng.method with args; `a` lists become float arrays, `x` (shuffle) is an array shuffled in place."""
    kwargs = dict(args)
    if "size" in kwargs and isinstance(kwargs["size"], list):
        kwargs["size"] = tuple(kwargs["size"])
    if isinstance(kwargs.get("a"), list):
        kwargs["a"] = np.array(kwargs["a"], dtype=float)
    if isinstance(kwargs.get("x"), list):
        kwargs["x"] = np.array(kwargs["x"], dtype=float)
    if method == "shuffle":
        rng.shuffle(kwargs["x"])
        return kwargs["x"]
    if method == "permutation":
        return rng.permutation(kwargs["x"])
    return getattr(rng, method)(**kwargs)


streams = []
errors = []


def stream(name, kind, seed, calls):
    rng = np.random.default_rng(seed) if kind == "generator" else np.random.RandomState(seed)
    recorded = []
    for method, args in calls:
        entry = {"method": method, "args": args}
        entry.update(encode(call(rng, method, args)))
        recorded.append(entry)
    streams.append({"id": name, "kind": kind, "seed": seed, "calls": recorded})


def error(kind, seed, method, args):
    rng = np.random.default_rng(seed) if kind == "generator" else np.random.RandomState(seed)
    try:
        call(rng, method, args)
    except Exception as exc:  # the exception line is the expected value
        errors.append({"kind": kind, "seed": seed, "method": method, "args": args,
                       "error": f"{type(exc).__name__}: {exc}"})
        return
    raise SystemExit(f"expected {method}{args} to raise")


G = "generator"
L = "legacy"

# Seeds: SeedSequence of small, large, multi-word and list entropy.
for seed in [0, 1, 42, 12345, 2**32 - 1, 2**32, 2**63 - 1, [1, 2, 3], [0], [], [2**40, 7, 0, 5, 9]]:
    stream(f"random-seed-{seed}", G, seed, [("random", {"size": None}), ("random", {"size": [5]})])

stream("random-shapes", G, 7, [("random", {"size": [2, 3]}), ("random", {"size": []}), ("random", {"size": [0, 4]}),
                                ("random", {"size": [1, 1, 3]})])
stream("standard-normal-1000", G, 0, [("standard_normal", {"size": [1000]})])
stream("standard-normal-tail", G, 3, [("standard_normal", {"size": [20000]})])
stream("standard-normal-scalar", G, 5, [("standard_normal", {"size": None}), ("standard_normal", {"size": [2, 2]})])
stream("normal-loc-scale", G, 11, [("normal", {"loc": 3.5, "scale": 2.0, "size": [50]}),
                                   ("normal", {"loc": 0.0, "scale": 1.0, "size": None}),
                                   ("normal", {"loc": -1.0, "scale": 0.0, "size": [3]})])
stream("uniform", G, 13, [("uniform", {"low": 0.0, "high": 1.0, "size": [10]}),
                          ("uniform", {"low": -5.0, "high": 5.0, "size": [2, 5]}),
                          ("uniform", {"low": 2.0, "high": 2.0, "size": [2]})])
stream("exponential", G, 17, [("exponential", {"scale": 1.0, "size": [2000]}),
                              ("exponential", {"scale": 0.25, "size": [5]}),
                              ("exponential", {"scale": 2.0, "size": None})])
stream("exponential-tail", G, 99, [("exponential", {"scale": 1.0, "size": [30000]})])
stream("integers-small", G, 0, [("integers", {"low": 0, "high": 10, "size": [20]})])
stream("integers-0-1", G, 1, [("integers", {"low": 0, "high": 1, "size": [5]}), ("random", {"size": [2]})])
stream("integers-buffer", G, 2, [("integers", {"low": 0, "high": 100, "size": [3]}), ("random", {"size": [1]}),
                                 ("integers", {"low": 0, "high": 100, "size": [1]}),
                                 ("integers", {"low": 0, "high": 100, "size": None}),
                                 ("standard_normal", {"size": [2]}),
                                 ("integers", {"low": 0, "high": 100, "size": [2]})])
stream("integers-endpoint", G, 3, [("integers", {"low": 1, "high": 6, "endpoint": True, "size": [30]}),
                                   ("integers", {"low": 5, "high": 5, "endpoint": True, "size": [3]}),
                                   ("integers", {"low": -10, "high": 10, "size": [10]})])
stream("integers-32-bit-edge", G, 4, [("integers", {"low": 0, "high": 2**32, "size": [6]}),
                                      ("integers", {"low": 0, "high": 2**32 - 1, "size": [6]}),
                                      ("integers", {"low": 0, "high": 2**32 + 1, "size": [6]})])
stream("integers-64-bit", G, 5, [("integers", {"low": -2**63, "high": 2**63 - 1, "size": [6]}),
                                 ("integers", {"low": 0, "high": 2**62 + 12345, "size": [6]}),
                                 ("integers", {"low": -2**63, "high": 2**63 - 1, "endpoint": True, "size": [4]})])
stream("integers-rejection", G, 6, [("integers", {"low": 0, "high": 3 * 2**30 + 1, "size": [40]}),
                                    ("integers", {"low": 0, "high": 2**63 + 2**62 - 3 - 2**63, "size": [10]})])
stream("binomial-small", G, 21, [("binomial", {"n": 10, "p": 0.3, "size": [50]}),
                                 ("binomial", {"n": 10, "p": 0.7, "size": [50]})])
stream("binomial-edges", G, 22, [("binomial", {"n": 0, "p": 0.5, "size": [5]}),
                                 ("binomial", {"n": 10, "p": 0.0, "size": [5]}),
                                 ("binomial", {"n": 10, "p": 1.0, "size": [5]}),
                                 ("binomial", {"n": 1, "p": 0.5, "size": [10]}),
                                 ("binomial", {"n": 7, "p": 0.5, "size": None})])
stream("binomial-btpe", G, 23, [("binomial", {"n": 1000, "p": 0.4, "size": [500]}),
                                ("binomial", {"n": 1000, "p": 0.6, "size": [500]})])
stream("binomial-large-n", G, 24, [("binomial", {"n": 10**9, "p": 0.25, "size": [200]}),
                                   ("binomial", {"n": 2**40, "p": 1e-9, "size": [50]}),
                                   ("binomial", {"n": 100, "p": 0.29, "size": [100]})])
stream("poisson-small", G, 31, [("poisson", {"lam": 1.0, "size": [100]}), ("poisson", {"lam": 9.99, "size": [50]})])
stream("poisson-edges", G, 32, [("poisson", {"lam": 0.0, "size": [5]}), ("poisson", {"lam": 1e-8, "size": [5]}),
                                ("poisson", {"lam": 3.0, "size": None})])
stream("poisson-ptrs", G, 33, [("poisson", {"lam": 10.0, "size": [300]}), ("poisson", {"lam": 150.5, "size": [300]})])
stream("poisson-large", G, 34, [("poisson", {"lam": 1e6, "size": [100]}), ("poisson", {"lam": 1e15, "size": [20]})])
stream("choice-int", G, 41, [("choice", {"a": 10, "size": [20]}), ("choice", {"a": 10, "size": None}),
                             ("choice", {"a": 1, "size": [3]})])
stream("choice-array", G, 42, [("choice", {"a": [1.5, 2.5, 3.5, 4.5], "size": [6]}),
                               ("choice", {"a": [1.5, 2.5, 3.5, 4.5], "size": None})])
stream("choice-p", G, 43, [("choice", {"a": 4, "size": [30], "p": [0.1, 0.0, 0.6, 0.3]}),
                           ("choice", {"a": 3, "size": None, "p": [0.0, 0.0, 1.0]})])
stream("choice-no-replace", G, 44, [("choice", {"a": 10, "size": [10], "replace": False}),
                                    ("choice", {"a": 100, "size": [2, 3], "replace": False}),
                                    ("choice", {"a": 5, "size": None, "replace": False})])
stream("choice-no-replace-tail", G, 45, [("choice", {"a": 20000, "size": [1000], "replace": False})])
stream("choice-no-replace-floyd", G, 46, [("choice", {"a": 20000, "size": [100], "replace": False})])
stream("choice-no-replace-p", G, 47, [("choice", {"a": 5, "size": [3], "replace": False,
                                                  "p": [0.1, 0.2, 0.0, 0.3, 0.4]}),
                                      ("choice", {"a": 4, "size": [4], "replace": False,
                                                  "p": [0.97, 0.01, 0.01, 0.01]})])
stream("permutation-int", G, 51, [("permutation", {"x": 10}), ("permutation", {"x": 1}), ("permutation", {"x": 0})])
stream("permutation-array", G, 52, [("permutation", {"x": [0.5, 1.5, 2.5, 3.5, 4.5]}),
                                    ("permutation", {"x": [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]})])
stream("shuffle", G, 53, [("shuffle", {"x": [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]}),
                          ("shuffle", {"x": [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]})])
stream("mixed-methods", G, 2024, [("random", {"size": None}), ("integers", {"low": 0, "high": 6, "size": None}),
                                  ("normal", {"loc": 0.0, "scale": 1.0, "size": [3]}),
                                  ("integers", {"low": 0, "high": 6, "size": [3]}),
                                  ("exponential", {"scale": 1.0, "size": None}),
                                  ("binomial", {"n": 50, "p": 0.5, "size": [4]}),
                                  ("poisson", {"lam": 4.0, "size": [4]}),
                                  ("choice", {"a": 7, "size": [3]}), ("permutation", {"x": 6}),
                                  ("uniform", {"low": 1.0, "high": 2.0, "size": [2]})])

# The legacy RandomState's methods on MT19937.
stream("legacy-randint", L, 0, [("randint", {"low": 0, "high": 10, "size": [20]}),
                                ("randint", {"low": -5, "high": 5, "size": None}),
                                ("randint", {"low": 0, "high": 2**40, "size": [5]}),
                                ("randint", {"low": 0, "high": 1, "size": [3]}),
                                ("randint", {"low": 0, "high": 2**32, "size": [3]}),
                                ("randint", {"low": -2**63, "high": 2**63 - 1, "size": [3]})])
stream("legacy-uniform", L, 1, [("uniform", {"low": 0.0, "high": 1.0, "size": [5]}),
                                ("uniform", {"low": -2.0, "high": 3.0, "size": None})])
stream("legacy-normal", L, 2, [("normal", {"loc": 0.0, "scale": 1.0, "size": [5]}),
                               ("normal", {"loc": 10.0, "scale": 0.5, "size": None}),
                               ("randn", {}), ("normal", {"loc": 1.0, "scale": 2.0, "size": [2, 2]})])
stream("legacy-choice", L, 3, [("choice", {"a": 10, "size": [10]}), ("choice", {"a": 10, "size": None}),
                               ("choice", {"a": [1.5, 2.5, 3.5], "size": [4]}),
                               ("choice", {"a": 5, "size": [5], "p": [0.5, 0.0, 0.25, 0.25, 0.0]}),
                               ("choice", {"a": 10, "size": [4], "replace": False}),
                               ("choice", {"a": 5, "size": [2], "replace": False, "p": [0.1, 0.2, 0.3, 0.0, 0.4]})])
stream("legacy-permutation", L, 4, [("permutation", {"x": 10}), ("permutation", {"x": [1.0, 2.0, 3.0, 4.0]}),
                                    ("shuffle", {"x": [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]]})])
stream("legacy-random-sample", L, 5, [("random_sample", {"size": [3]}), ("random_sample", {"size": None})])
stream("legacy-large-shuffle", L, 6, [("permutation", {"x": 100000})])

for kind, method, args in [
    (G, "integers", {"low": 5, "high": 5, "size": None}),
    (G, "integers", {"low": 0, "high": 0, "size": None}),
    (G, "integers", {"low": 5, "high": 4, "endpoint": True, "size": None}),
    (G, "integers", {"low": 0, "high": -1, "endpoint": True, "size": None}),
    (G, "normal", {"loc": 0.0, "scale": -1.0, "size": None}),
    (G, "normal", {"loc": 0.0, "scale": -0.0, "size": None}),
    (G, "uniform", {"low": -1e308, "high": 1e308, "size": None}),
    (G, "uniform", {"low": 3.0, "high": -1.0, "size": None}),
    (G, "exponential", {"scale": -2.0, "size": None}),
    (G, "binomial", {"n": -1, "p": 0.5, "size": None}),
    (G, "binomial", {"n": 1, "p": 1.5, "size": None}),
    (G, "binomial", {"n": 1, "p": -0.1, "size": None}),
    (G, "poisson", {"lam": -1.0, "size": None}),
    (G, "poisson", {"lam": 1e19, "size": None}),
    (G, "choice", {"a": 0, "size": None}),
    (G, "choice", {"a": 3, "size": [5], "replace": False}),
    (G, "choice", {"a": 3, "size": None, "p": [0.5, 0.5]}),
    (G, "choice", {"a": 2, "size": None, "p": [0.5, 0.6]}),
    (G, "choice", {"a": 2, "size": None, "p": [-0.5, 1.5]}),
    (G, "choice", {"a": 3, "size": [2], "replace": False, "p": [1.0, 0.0, 0.0]}),
    (G, "random", {"size": [-1]}),
    (L, "randint", {"low": 5, "high": 5, "size": None}),
    (L, "randint", {"low": 0, "high": 0, "size": None}),
    (L, "choice", {"a": 3, "size": [5], "replace": False}),
    (L, "choice", {"a": 2, "size": None, "p": [0.5, 0.6]}),
    (L, "choice", {"a": 2, "size": None, "p": [-0.5, 1.5]}),
    (L, "choice", {"a": 0, "size": None}),
    (L, "normal", {"loc": 0.0, "scale": -1.0, "size": None}),
    (L, "uniform", {"low": -1e308, "high": 1e308, "size": None}),
]:
    error(kind, 0, method, args)

# One stream or error per line keeps the file small and its diffs readable.
with open(OUT, "w") as out:
    out.write('{"numpy": %s,\n"streams": [\n' % json.dumps(np.__version__))
    out.write(",\n".join(json.dumps(item, sort_keys=True) for item in streams))
    out.write('\n],\n"errors": [\n')
    out.write(",\n".join(json.dumps(item, sort_keys=True) for item in errors))
    out.write("\n]}\n")
print(f"{len(streams)} streams, {len(errors)} errors -> {OUT}")
