#!/usr/bin/env python3
"""CPython (and NumPy + autograd) timings of the snippet-language workloads in LanguageBenchmarks/main.swift.

Prints one JSON object: seconds per run of each workload, best of 5, each run compiled and executed at module level
in a fresh namespace exactly as the snippet is written, after its setup (untimed; `np` is NumPy there, as it is in a
docbuild chapter). Run by `swift run -c release LanguageBenchmarks`.
"""

import json
import sys
import time

WORKLOADS = json.loads(sys.argv[1])


def best_of(workload, repeats=5):
    setup = compile("import numpy as np\n" + workload["setup"], "<setup>", "exec")
    code = compile(workload["source"], "<snippet>", "exec")
    best = float("inf")
    for _ in range(repeats):
        namespace = {}
        exec(setup, namespace)
        start = time.perf_counter()
        exec(code, namespace)
        best = min(best, time.perf_counter() - start)
    return best


print(json.dumps({name: best_of(workload) for name, workload in WORKLOADS.items()}))
