#!/usr/bin/env python3
"""CPython (and NumPy + autograd) timings of the snippet-language workloads in LanguageBenchmarks/main.swift.

Prints one JSON object: per workload, the wall-clock and process CPU seconds of one run (best of 5 each), each run
compiled and executed at module level in a fresh namespace exactly as the snippet is written, after its setup
(untimed; `np` is NumPy there, as it is in a docbuild chapter). Run by `swift run -c release LanguageBenchmarks`.
With `--repeat REPEATS WORKLOADS_JSON` it runs the workloads untimed instead, for `instruction_counts.sh --cpython`.
"""

import json
import sys
import time

def best_of(workload, repeats=5):
    setup = compile("import numpy as np\n" + workload["setup"], "<setup>", "exec")
    code = compile(workload["source"], "<snippet>", "exec")
    wall = cpu = float("inf")
    for _ in range(repeats):
        namespace = {}
        exec(setup, namespace)
        cpu_start = time.process_time()
        start = time.perf_counter()
        exec(code, namespace)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - cpu_start)
    return {"wall": wall, "cpu": cpu}


def repeated(workload, repeats):
    """Runs `workload` `repeats` times untimed, each run after its setup in a fresh namespace, as docbuild's
    LanguageBenchmarks runs it with a repeat count: callgrind counts the instructions (`instruction_counts.sh`)."""
    setup = compile("import numpy as np\n" + workload["setup"], "<setup>", "exec")
    code = compile(workload["source"], "<snippet>", "exec")
    for _ in range(repeats):
        namespace = {}
        exec(setup, namespace)
        exec(code, namespace)


if __name__ == "__main__":
    if sys.argv[1] == "--repeat":
        # language_bench.py --repeat REPEATS WORKLOADS_JSON
        for workload in json.loads(sys.argv[3]).values():
            repeated(workload, int(sys.argv[2]))
    else:
        WORKLOADS = json.loads(sys.argv[1])
        print(json.dumps({name: best_of(workload) for name, workload in WORKLOADS.items()}))
