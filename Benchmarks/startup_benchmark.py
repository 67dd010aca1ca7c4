#!/usr/bin/env python3
"""Times how long `docbuild --help` takes to start and exit, beside peers started in the same run.

Usage: python3 Benchmarks/startup_benchmark.py [--runs 200] [--binary .build/release/docbuild] [--no-build]
                                              [--baseline OLD_DOCBUILD]

The target is 5 ms for `docbuild --help` from a release build. Each command is started `--runs` times, interleaved
(round robin) so that a busy moment on the shared machine falls on every command alike. The figures are the median and
the 10th percentile in milliseconds, and each command's median as a ratio to the process-spawn floor (`/bin/true`) and
to CPython's own start (`python3 -S -c pass`, no site packages). Spawning from Python costs about the same for every
command, so the ratios against the floor are what to compare across machines.

Each command's CPU time (user + system, from the kernel's accounting of the child, mean of the runs) is printed too: it
moves far less than wall time when other work shares the machine. With --baseline, another docbuild's `--help` is
started in the same round robin (before and after a change, in one run).
"""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET_MS = 5.0


def time_once(command):
    """Wall and CPU milliseconds of one run of `command`."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--binary", default=str(ROOT / ".build/release/docbuild"))
    parser.add_argument("--no-build", action="store_true", help="use the existing release binary")
    parser.add_argument("--baseline", help="also time this docbuild's --help, in turns with the binary measured")
    arguments = parser.parse_args()

    if not arguments.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "docbuild"], cwd=ROOT, check=True)
    commands = {
        "/bin/true": ["/bin/true"],
        "python3 -S -c pass": [sys.executable, "-S", "-c", "pass"],
        "git --version": [shutil.which("git") or "git", "--version"],
        "docbuild --help": [arguments.binary, "--help"],
        "docbuild check --help": [arguments.binary, "check", "--help"],
    }
    if arguments.baseline:
        commands["baseline --help"] = [arguments.baseline, "--help"]
    samples = {name: [] for name in commands}
    cpu = {name: [] for name in commands}
    for name, command in commands.items():
        time_once(command)  # warm the page cache
    for _ in range(arguments.runs):
        for name, command in commands.items():
            wall, used = time_once(command)
            samples[name].append(wall)
            cpu[name].append(used)

    floor = statistics.median(samples["/bin/true"])
    cpython = statistics.median(samples["python3 -S -c pass"])
    print(f"{'command':24} {'median':>8} {'p10':>8} {'÷ spawn':>8} {'÷ CPython':>10} {'CPU':>8}   "
          f"({arguments.runs} runs each)")
    for name, values in samples.items():
        values.sort()
        median = statistics.median(values)
        p10 = values[len(values) // 10]
        print(f"{name:24} {median:6.2f}ms {p10:6.2f}ms {median / floor:7.2f}× {median / cpython:9.2f}× "
              f"{statistics.mean(cpu[name]):6.2f}ms")
    help_median = statistics.median(samples["docbuild --help"])
    # Strict: the figure judged includes Python's cost of spawning the process, which /bin/true also pays.
    verdict = "met" if help_median <= TARGET_MS else "missed"
    print(f"docbuild --help: {help_median:.2f} ms including the spawn ({help_median - floor:.2f} ms above "
          f"/bin/true); target {TARGET_MS:.0f} ms: {verdict}")
    load = os.getloadavg()[0]
    print(f"load average at the end: {load:.2f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
