#!/usr/bin/env python3
"""Times `docbuild build` (release) on synthetic books and checks the speed targets.

Usage: python3 Benchmarks/book_benchmark.py [--chapters 3,1000] [--runs 5] [--no-build] [--baseline OLD_DOCBUILD]
                                           [--content DIR] [--cold-only]

Cold builds run with --no-cache into an empty output folder (and once more over the previous site, whose unchanged
files a build links instead of writing). With a warm run cache it also times `check` with nothing changed (target under 50 ms
for 1000 chapters), `build` after one chapter changed (target under 150 ms), and `serve`: the time from saving an edit
to the edited page being served with it (target under 200 ms).

Each chapter has prose, inline and display math, 8 tensor blocks (transcripts and scripts), one gradient table
and two claims. Targets: the 3-chapter book under 25 ms wall; 1000 chapters under 1.5 s with --jobs 2;
--jobs 2 at least 1.6x faster than --jobs 1; peak memory under 300 MB. With --baseline, another release binary's cold
builds (--jobs 1 and 2) are timed in turns with these (before and after a change, in the same run) and both sites
compared. --content DIR times a copy of an existing book (the shipped one: --content content) instead of the generated
ones; --cold-only leaves out the warm-cache and serve rows.
"""
import argparse
import os
import pathlib
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent

CHAPTER = """# Chapter {index}: broadcasting a bias

Adding a bias $b \\in \\mathbb{{R}}^3$ to every row of $x$ broadcasts it, so its gradient is summed:

$$\\frac{{\\partial l}}{{\\partial b}} = \\sum_i \\frac{{\\partial l}}{{\\partial z_i}}$$

```tensor
>>> x = np.ones((4, 3))
>>> x.shape
(4, 3)
```

Prose between the blocks, with $z_{{ij}} = x_{{ij}} + b_j$ inline.

```tensor
>>> b = np.arange(3) * 1.0
>>> b
array([0., 1., 2.])
```

```tensor
>>> z = x + b
>>> z[0]
array([1., 2., 3.])
```

```tensor
>>> z.sum()
np.float64(24.0)
```

```tensor
W = np.ones((3, 2))
y = z @ W
print(y.shape)
```

```tensor
l = (y * y).sum()
gradients(l, W, b)
```

```tensor
assert np.allclose(grad(l, b), numgrad(l, b))
assert np.allclose(grad(l, W), numgrad(l, W))
```

```tensor
>>> np.mean(z)
np.float64(2.0)
```
"""


def write_book(folder, chapters):
    content = folder / "content"
    content.mkdir(parents=True)
    (content / "index.md").write_text("# Benchmark book\n\nA synthetic book.\n")
    for index in range(1, chapters + 1):
        (content / f"{index:04d}-chapter-{index}.md").write_text(CHAPTER.format(index=index))
    return content


def run_build(binary, content, output, jobs, cache=False, command_name="build"):
    """Returns (wall seconds, peak resident MB, exit status, CPU seconds) for one build (or `check`), cold unless
    `cache`. CPU time (user + system) moves far less than wall time when other work shares the machine; it comes from
    the kernel's accounting of the child (`wait4`), to the microsecond (`/usr/bin/time` rounded it to 10 ms, as much
    as a small book's whole build)."""
    command = [str(binary), command_name, "--content", str(content), "--jobs", str(jobs), "--quiet"]
    if command_name == "build":
        command += ["--output", str(output)]
    if not cache:
        command.append("--no-cache")
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            errors.seek(0)
            sys.stderr.write(errors.read().decode(errors="replace"))
    return wall, usage.ru_maxrss / 1024, code, usage.ru_utime + usage.ru_stime


def warm_cache_rows(binary, content, folder, runs, failures):
    """The author's loop with a warm run cache: `check` with nothing changed, and `build` after one chapter changed."""
    chapters = sorted(content.glob("[0-9]*.md"))
    run_build(binary, content, folder / "site", 2, cache=True, command_name="check")
    walls = []
    for _ in range(runs):
        walls.append(run_build(binary, content, folder / "site", 2, cache=True, command_name="check")[0])
    check = statistics.median(walls)
    print(f"{len(chapters):5d} chapters  warm cache, nothing changed, check --jobs 2  median {check * 1000:8.1f} ms")
    # The same check without the book manifest: every chapter read, parsed and taken from the run cache.
    walls = []
    for _ in range(runs):
        for manifest in (folder / ".docbuild").glob("*/book-check"):
            manifest.unlink()
        walls.append(run_build(binary, content, folder / "site", 2, cache=True, command_name="check")[0])
    print(f"{len(chapters):5d} chapters  warm cache, manifest removed, check --jobs 2  median "
          f"{statistics.median(walls) * 1000:8.1f} ms")
    walls, cpus = [], []
    edited = chapters[len(chapters) // 2]
    original = edited.read_text()
    # A build with the cache first, as an author's last one was: the rows above ran --no-cache, which records nothing.
    run_build(binary, content, folder / "site", 2, cache=True)
    for run in range(runs):
        edited.write_text(original + f"\nEdit {run}.\n")
        wall, _, _, cpu = run_build(binary, content, folder / "site", 2, cache=True)
        walls.append(wall)
        cpus.append(cpu)
    edited.write_text(original)
    build = statistics.median(walls)
    print(f"{len(chapters):5d} chapters  warm cache, one chapter edited, build --jobs 2  median {build * 1000:8.1f} ms"
          f"  CPU {statistics.median(cpus) * 1000:.0f} ms")
    if len(chapters) >= 1000:
        if check >= 0.05:
            failures.append(f"{len(chapters)} chapters: warm check {check * 1000:.0f} ms (target < 50 ms)")
        if build >= 0.15:
            failures.append(f"{len(chapters)} chapters: warm build after one edit {build * 1000:.0f} ms (target < 150 ms)")


def process_cpu_seconds(pid):
    """User plus system CPU time a running process has used so far (Linux's /proc, in clock ticks)."""
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def serve_rows(binary, content, runs, failures):
    """`serve` on a free port: the time from writing an edit to the edited page being served with it."""
    chapters = sorted(content.glob("[0-9]*.md"))
    edited = chapters[len(chapters) // 2]
    slug = re.sub(r"^[0-9]+[-_]", "", edited.stem)
    original = edited.read_text()
    server = subprocess.Popen([str(binary), "serve", "--content", str(content), "--port", "0", "--jobs", "2"],
                              stderr=subprocess.PIPE, text=True)
    try:
        url = None
        for line in server.stderr:
            found = re.search(r"at (http://\S+/) ", line)
            if found:
                url = found.group(1) + slug + ".html"
                break
        if url is None:
            failures.append("serve did not start")
            return
        latencies, cpus = [], []
        for run in range(runs):
            marker = f"served-edit-{run}-{time.time_ns()}"
            cpu_before = process_cpu_seconds(server.pid)
            edited.write_text(original + f"\n{marker}\n")
            started = time.perf_counter()
            while time.perf_counter() - started < 30:
                with urllib.request.urlopen(url) as response:
                    if marker.encode() in response.read():
                        break
                time.sleep(0.002)
            latencies.append(time.perf_counter() - started)
            cpus.append(process_cpu_seconds(server.pid) - cpu_before)
            time.sleep(0.5)
        latency = statistics.median(latencies)
        print(f"{len(chapters):5d} chapters  serve, saved edit to served page  median {latency * 1000:8.1f} ms"
              f"  (min {min(latencies) * 1000:.1f}, max {max(latencies) * 1000:.1f})"
              f"  server CPU {statistics.median(cpus) * 1000:.0f} ms")
        if len(chapters) >= 1000 and latency >= 0.2:
            failures.append(f"{len(chapters)} chapters: serve shows an edit after {latency * 1000:.0f} ms (target < 200 ms)")
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)
        edited.write_text(original)


def fresh_output(folder, name):
    """A site folder no build has used: cold builds go into a new one each time and the old ones stay until the book's
    rows are done. Removing a large site just before a build made that build slower for a reason not its own: ext4
    without a journal passes over every inode freed in the last seconds to minutes when it creates a file, so each of
    the next build's files scanned past the thousand just deleted (a quarter of a 1000-chapter build's CPU, in the
    kernel)."""
    index = 0
    while (folder / f"{name}-{index}").exists():
        index += 1
    return folder / f"{name}-{index}"


def baseline_rows(binary, baseline, content, folder, runs):
    """Cold `--jobs 1` and `--jobs 2` builds of `binary` and `baseline` taken in turns in the same run, so the shared
    machine's load falls on both alike: medians of wall and CPU time, their ranges, and the ratios (after / before).
    Both sites must be equal."""
    failures = []
    chapters = len(list(content.glob("*.md"))) - 1
    for jobs in (1, 2):
        rows = {binary: ([], []), baseline: ([], [])}
        outputs = {}
        for _ in range(runs):
            for candidate in (baseline, binary):
                outputs[candidate] = fresh_output(folder, "site-baseline" if candidate == baseline else "site-pair")
                wall, _, status, cpu = run_build(candidate, content, outputs[candidate], jobs)
                if status != 0:
                    return [f"{candidate}: exit {status}"]
                rows[candidate][0].append(wall)
                rows[candidate][1].append(cpu)
        walls = {key: statistics.median(value[0]) for key, value in rows.items()}
        cpus = {key: statistics.median(value[1]) for key, value in rows.items()}

        def spread(values):
            return f"{min(values) * 1000:.1f}-{max(values) * 1000:.1f}"

        print(f"{chapters:5d} chapters  --jobs {jobs} cold, load {os.getloadavg()[0]:.1f}, baseline {baseline}: "
              f"wall {walls[baseline] * 1000:.1f} ms ({spread(rows[baseline][0])}), CPU {cpus[baseline] * 1000:.1f} ms "
              f"({spread(rows[baseline][1])}); this binary: wall {walls[binary] * 1000:.1f} ms "
              f"({spread(rows[binary][0])}), CPU {cpus[binary] * 1000:.1f} ms ({spread(rows[binary][1])}); ratio wall "
              f"{walls[binary] / walls[baseline]:.2f}x, CPU {cpus[binary] / cpus[baseline]:.2f}x ({runs} runs each, "
              f"in turns)")
        same = subprocess.run(["diff", "-r", "-q", str(outputs[binary]), str(outputs[baseline])],
                              capture_output=True, text=True)
        if same.returncode != 0:
            failures.append(f"{chapters} chapters: the baseline's site differs: {same.stdout[:300]}")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--chapters", default="3,1000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-build", action="store_true", help="use the existing release binary")
    parser.add_argument("--binary", help="time this docbuild (with docbuild-serve beside it) instead; implies --no-build")
    parser.add_argument("--warm-only", action="store_true", help="skip the cold builds (warm cache and serve rows only)")
    parser.add_argument("--baseline", help="also time this docbuild's cold builds, in turns with the binary measured")
    parser.add_argument("--content", help="time a copy of this book instead of generated ones (--chapters is ignored)")
    parser.add_argument("--cold-only", action="store_true", help="leave out the warm-cache and serve rows")
    args = parser.parse_args()
    if not args.no_build and not args.binary:
        # `serve` runs in its own executable beside docbuild.
        for product in ("docbuild", "docbuild-serve"):
            subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True)
    binary = pathlib.Path(args.binary).resolve() if args.binary else ROOT / ".build" / "release" / "docbuild"
    # The run cache's signing key goes to a scratch folder, not the user's own cache folder.
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="docbuild-bench-key-")
    failures = []
    books = [None] if args.content else [int(n) for n in args.chapters.split(",")]
    for chapters in books:
        folder = pathlib.Path(tempfile.mkdtemp(prefix="docbuild-bench-"))
        try:
            if args.content:
                # A copy, so the run cache and sites land in the scratch folder, never beside the real book.
                content = folder / "content"
                shutil.copytree(args.content, content)
                chapters = len(list(content.glob("*.md"))) - 1
            else:
                content = write_book(folder, chapters)
            medians = {}
            if args.warm_only:
                # The warm rows need a site and a run cache to start from.
                run_build(binary, content, folder / "site", 2, cache=True)
            for jobs in () if args.warm_only else (1, 2):
                walls, peaks, cpus = [], [], []
                for run in range(args.runs):
                    # Cold means into an empty folder too: over an earlier site, unchanged files are linked, not
                    # written (the row after this loop).
                    wall, peak, status, cpu = run_build(binary, content, fresh_output(folder, "site-cold"), jobs)
                    if status != 0:
                        failures.append(f"{chapters} chapters, --jobs {jobs}: exit {status}")
                        break
                    walls.append(wall)
                    peaks.append(peak)
                    cpus.append(cpu)
                if not walls:
                    continue
                medians[jobs] = statistics.median(walls)
                print(f"{chapters:5d} chapters  --jobs {jobs}  median {medians[jobs] * 1000:8.1f} ms"
                      f"  (min {min(walls) * 1000:.1f}, max {max(walls) * 1000:.1f})  peak {max(peaks):6.1f} MB"
                      f"  CPU {statistics.median(cpus) * 1000:.1f} ms")
                if max(peaks) >= 300:
                    failures.append(f"{chapters} chapters, --jobs {jobs}: peak {max(peaks):.0f} MB >= 300 MB")
            if args.baseline and not args.warm_only:
                failures += baseline_rows(binary, pathlib.Path(args.baseline).resolve(), content, folder, args.runs)
            if not args.warm_only:
                run_build(binary, content, folder / "site", 2)  # the previous site the timed builds go over
                walls = [run_build(binary, content, folder / "site", 2)[0] for _ in range(args.runs)]
                print(f"{chapters:5d} chapters  --jobs 2, --no-cache over the previous site  median "
                      f"{statistics.median(walls) * 1000:8.1f} ms")
            if 1 in medians and 2 in medians:
                speedup = medians[1] / medians[2]
                print(f"{chapters:5d} chapters  --jobs 2 is {speedup:.2f}x faster than --jobs 1")
                if chapters >= 100 and speedup < 1.6:
                    failures.append(f"{chapters} chapters: --jobs 2 only {speedup:.2f}x faster (target 1.6x)")
                # The 3-chapter book, and the shipped book (`--content content`, 4 chapters).
                if chapters <= 4 and medians[2] >= 0.025:
                    failures.append(f"{chapters} chapters: {medians[2] * 1000:.1f} ms (target < 25 ms)")
                if chapters >= 1000 and medians[2] >= 1.5:
                    failures.append(f"{chapters} chapters: {medians[2]:.2f} s with --jobs 2 (target < 1.5 s)")
            if not args.cold_only:
                warm_cache_rows(binary, content, folder, args.runs, failures)
                serve_rows(binary, content, args.runs, failures)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    for failure in failures:
        print("MISSED:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
