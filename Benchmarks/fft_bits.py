"""Compares docbuild's np.fft with NumPy's, bit for bit, over many lengths and values (issue 10).

Usage: python3 Benchmarks/fft_bits.py --docbuild .build/debug/docbuild [--out /tmp/fft-bits] [--quick]

Writes a docbuild book under --out whose chapters each hold one `tensor` transcript: for every length (1 to 2048,
then primes and products of 2, 3, 5, 7 and 11 up to 10**5, and large primes that take Bluestein's algorithm) and for
fft, ifft, rfft and irfft in float64 and float32 under each `norm`, one statement prints a checksum of the result's
bits — every element's sign, exponent and significand (from `np.frexp`, exact) folded into an int — with the
checksum NumPy's own result gives as its expected output. Inputs come from `np.random.seed(n)` and
`np.random.random`, NumPy's legacy stream, which docbuild reproduces bit for bit. Then `docbuild check` runs on the
book: each statement whose checksum differs is a diagnostic, and the script prints the lengths and transforms that
mismatched (none, when docbuild has NumPy's bits). Exit status 0 when everything matches, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

import numpy as np

SETUP = [
    "import numpy as np",
    # The bits of every element: significand as an exact integer, exponent and sign, folded with position weights.
    "def bits(a):\n"
    "    parts = [a.real, a.imag] if np.iscomplexobj(a) else [a]\n"
    "    total = 0\n"
    "    for p in parts:\n"
    "        p = p.astype(np.float64).ravel()\n"
    "        m, e = np.frexp(p)\n"
    "        w = np.arange(1, p.size + 1) % 1009 + 1\n"
    "        s = (m * 2.0**53).astype(np.int64) % 1000003\n"
    "        total = total * 31 + int((s * w).sum()) + int((e.astype(np.int64) * w).sum()) * 7\n"
    "        total += int(np.isnan(p).sum()) * 13\n"
    "    return total % 2**61\n",
]


def bits(a: np.ndarray) -> int:
    """The checksum SETUP's `bits` computes, here from NumPy's own result."""
    parts = [a.real, a.imag] if np.iscomplexobj(a) else [a]
    total = 0
    for p in parts:
        p = p.astype(np.float64).ravel()
        m, e = np.frexp(p)
        w = np.arange(1, p.size + 1) % 1009 + 1
        s = (m * 2.0**53).astype(np.int64) % 1000003
        total = total * 31 + int((s * w).sum()) + int((e.astype(np.int64) * w).sum()) * 7
        total += int(np.isnan(p).sum()) * 13
    return total % 2**61


def primes_up_to(limit: int) -> list[int]:
    sieve = np.ones(limit + 1, bool)
    sieve[:2] = False
    for i in range(2, int(limit**0.5) + 1):
        if sieve[i]:
            sieve[i * i :: i] = False
    return [int(p) for p in np.flatnonzero(sieve)]


def lengths(quick: bool) -> list[int]:
    if quick:
        return sorted(set(range(1, 130)) | {243, 256, 343, 1331, 1009, 2048, 2053, 4099})
    smooth = sorted(
        n
        for a in range(17)
        for b in range(11)
        for c in range(8)
        for d in range(6)
        for e in range(5)
        if (n := 2**a * 3**b * 5**c * 7**d * 11**e) <= 100_000 and n > 2048
    )
    primes = [p for p in primes_up_to(100_000) if p > 2048]
    return sorted(
        set(range(1, 2049))
        | set(smooth[::7])
        | set(primes[::97])
        | {65537, 65521, 99991, 2 * 50021, 3 * 33331, 97 * 89 * 11}
    )


def transforms(n: int):
    """(label, statement, expected checksum) for one length."""
    rng_statement = f"np.random.seed({n}); x = np.random.random({n}) - 0.5; y = np.random.random({n}) - 0.5"
    np.random.seed(n)
    x = np.random.random(n) - 0.5
    y = np.random.random(n) - 0.5
    z = x + 1j * y
    yield None, rng_statement, None
    yield None, "z = x + 1j * y", None
    for single in (False, True):
        cast = ".astype(np.float32)" if single else ""
        ccast = ".astype(np.complex64)" if single else ""
        xs, zs = (x.astype(np.float32), z.astype(np.complex64)) if single else (x, z)
        for norm in (None, "ortho", "forward"):
            keyword = "" if norm is None else f", norm={norm!r}"
            cases = [
                ("fft", f"np.fft.fft(z{ccast}{keyword})", np.fft.fft(zs, norm=norm)),
                ("ifft", f"np.fft.ifft(z{ccast}{keyword})", np.fft.ifft(zs, norm=norm)),
                ("rfft", f"np.fft.rfft(x{cast}{keyword})", np.fft.rfft(xs, norm=norm)),
                ("irfft", f"np.fft.irfft(z{ccast}, {n}{keyword})", np.fft.irfft(zs, n, norm=norm)),
            ]
            for name, call, expected in cases:
                label = f"{name} n={n} {'float32' if single else 'float64'} norm={norm}"
                yield label, f"bits({call})", bits(expected)


def write_book(out: str, quick: bool) -> dict[tuple[str, int], str]:
    """Writes the chapters; returns each statement's (file, prompt line) → label."""
    content = os.path.join(out, "content")
    os.makedirs(content, exist_ok=True)
    for name in os.listdir(content):
        os.remove(os.path.join(content, name))
    labels: dict[tuple[str, int], str] = {}
    chunk, index = [], 0
    all_lengths = lengths(quick)

    def flush():
        nonlocal chunk, index
        if not chunk:
            return
        name = f"{index:03d}-fft-{index}.md"
        text = [f"# FFT bits {index}", "", "````tensor"]
        for setup in SETUP:
            for i, line in enumerate(setup.rstrip("\n").split("\n")):
                text.append((">>> " if i == 0 else "... ") + line)
            if "\n" in setup.rstrip("\n"):
                text.append("...")
        for label, statement, expected in chunk:
            if label is not None:
                labels[(name, len(text) + 1)] = label
            text.append(">>> " + statement)
            if expected is not None:
                text.append(str(expected))
        text.append("````")
        with open(os.path.join(content, name), "w") as handle:
            handle.write("\n".join(text) + "\n")
        chunk, index = [], index + 1

    budget = 0
    for n in all_lengths:
        chunk.extend(transforms(n))
        budget += n
        if budget > 200_000 or len(chunk) > 600:
            flush()
            budget = 0
    flush()
    return labels


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docbuild", required=True)
    parser.add_argument("--out", default="/tmp/fft-bits")
    parser.add_argument("--quick", action="store_true")
    arguments = parser.parse_args()
    labels = write_book(arguments.out, arguments.quick)
    done = subprocess.run(
        [os.path.abspath(arguments.docbuild), "check", "--no-cache", "--quiet", "--content", "content"],
        capture_output=True, text=True, cwd=arguments.out)
    diagnostics = re.findall(r"^(?:.*/)?([^/:]+\.md):(\d+):\d+: error: (.*)$", done.stderr, re.M)
    if done.returncode not in (0, 1) or (done.returncode == 1 and not diagnostics):
        print(f"docbuild exited with status {done.returncode}:\n{done.stderr[-2000:]}")
        return 1
    failed = []
    for name, line, message in diagnostics:
        starts = [start for (file, start) in labels if file == name and start <= int(line)]
        label = labels[(name, max(starts))] if starts else f"{name}:{line}"
        failed.append(f"{label}: {message}")
    print(f"{len(labels)} transforms over {len(lengths(arguments.quick))} lengths: {len(failed)} mismatches")
    for line in failed[:50]:
        print("  " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
