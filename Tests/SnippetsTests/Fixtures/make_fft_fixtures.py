#!/usr/bin/env python3
"""Writes what NumPy prints for `np.fft` (issue 10): the transforms, their normalisations, axes and lengths, the
n-dimensional and Hermitian forms, the frequency helpers, and NumPy's errors.

Run: `python3 Tests/SnippetsTests/Fixtures/make_fft_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/63-fft.txt`; rerunning gives identical bytes.

NumPy 2.4 transforms with pocketfft's C++ passes, whose rounding shows in the tiny parts it prints (`1.2e-16j`), so
docbuild ports those passes operation for operation (Sources/CKernels/pocketfft.c); these statements print many such
parts: lengths that take each radix pass (2, 3, 4, 5, 7, 8, 11 and the generic one), Bluestein's algorithm for a
large prime, float32 inputs (computed in double unless scaled, as NumPy's loop order decides), and the tutorials'
own statements the reach probe found. `Benchmarks/fft_bits.py` compares many more lengths and values bit for bit.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "63-fft.txt"

TUTORIALS = [
    # The statements the reach probe found (numpy-100, from-python-to-numpy, scipy-lectures, jrjohansson).
    "np.fft.fft(np.exp(2j * np.pi * np.arange(8)))",
    "t = np.arange(256)",
    "sp = np.fft.fft(np.sin(t))",
    "freq = np.fft.fftfreq(t.shape[-1])",
    "sp[:5], freq[:5]",
    "sig = np.sin(2 * np.pi * 0.25 * np.arange(20)) + 0.5 * np.cos(2 * np.pi * 0.1 * np.arange(20))",
    "sig_fft = np.fft.fft(sig)",
    "power = np.abs(sig_fft)",
    "sample_freq = np.fft.fftfreq(sig.size, d=0.05)",
    "pos_mask = np.where(sample_freq > 0)",
    "freqs = sample_freq[pos_mask]",
    "peak_freq = freqs[power[pos_mask].argmax()]",
    "peak_freq",
    "high_freq_fft = sig_fft.copy()",
    "high_freq_fft[np.abs(sample_freq) > peak_freq] = 0",
    "filtered_sig = np.fft.ifft(high_freq_fft)",
    "filtered_sig.real[:6]",
    "from numpy.fft import fft, ifft, fftfreq",
    "fft([1, 2, 3, 4])",
]

LENGTHS = [
    "x = np.sin(np.arange(30) * 0.7) + np.cos(np.arange(30) * 0.3)",
] + [f"np.fft.fft(x[:{n}])" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 16, 17, 22, 24, 30)] + [
    "np.fft.ifft(x[:12])",
    "np.fft.rfft(x)",
    "np.fft.rfft(x[:7]), np.fft.rfft(x[:8]), np.fft.rfft(x[:13])",
    "np.fft.irfft(np.fft.rfft(x))",
    "np.fft.irfft(np.fft.rfft(x[:7]), 7)",
    "np.fft.ifft(np.fft.fft(x[:11]))",
    # 53 is prime with 53*53 > 53 and pocketfft's cost guess sends it to Bluestein's algorithm.
    "b = np.fft.fft(np.cos(np.arange(53) ** 1.5))",
    "b[:4], b[26:29]",
    "np.fft.irfft(np.fft.rfft(np.cos(np.arange(59.0))))[:4]",
    "np.fft.fft(np.arange(64) % 7)[:6]",
    "np.fft.fft(np.ones(8)), np.fft.fft(np.zeros(3))",
    "np.fft.fft([True, False, True]), np.fft.fft([1, 2, 3]).dtype",
    "np.fft.fft([1 + 2j, -3j, 0.5]), np.fft.ifft([1 + 2j, -3j, 0.5])",
    "np.fft.fft(np.array([-0.0, -0.0])), np.fft.fft([np.inf, 1.0]), np.fft.fft([np.nan, 0.0, 1.0])",
]

OPTIONS = [
    "y = np.cos(np.arange(10) * 1.1)",
    "np.fft.fft(y, norm='ortho')",
    "np.fft.fft(y, norm='forward')",
    "np.fft.fft(y, norm='backward')",
    "np.fft.ifft(y, norm='ortho')",
    "np.fft.ifft(y, norm='forward')",
    "np.fft.rfft(y, norm='ortho'), np.fft.irfft(y, norm='ortho')",
    "np.fft.rfft(y, norm='forward'), np.fft.irfft(y, norm='forward')",
    "np.fft.fft(y, 4), np.fft.fft(y, 13)",
    "np.fft.rfft(y, 5), np.fft.rfft(y, 14)",
    "np.fft.irfft(y, 5), np.fft.irfft(y, 21)",
    "np.fft.fft(y, n=np.int64(6))",
    "m = np.arange(12.0).reshape(3, 4) ** 1.5",
    "np.fft.fft(m)",
    "np.fft.fft(m, axis=0)",
    "np.fft.rfft(m, axis=0)",
    "np.fft.irfft(m, axis=-2)",
    "np.fft.fft(m.T, n=5)",
    "np.fft.fft(np.zeros((0, 3)))",
    "np.fft.fft(np.zeros(0), n=4)",
]

FLOAT32 = [
    "f = (np.sin(np.arange(12)) * 3).astype(np.float32)",
    "np.fft.fft(f)",
    "np.fft.fft(f, norm='ortho')",
    "np.fft.ifft(f)",
    "np.fft.ifft(f, norm='forward')",
    "np.fft.rfft(f), np.fft.rfft(f, norm='forward')",
    "np.fft.irfft(f), np.fft.irfft(f, norm='forward')",
    "np.fft.fft(f.astype(np.complex64) * 1j, norm='ortho')",
    "np.fft.fft(np.float32([1, 2, 3])).dtype, np.fft.irfft(np.complex64([1, 2, 3])).dtype",
]

MULTI = [
    "g = np.cos(np.arange(24.0) ** 1.3).reshape(2, 3, 4)",
    "np.fft.fft2(g)",
    "np.fft.ifft2(g, axes=(0, 2))",
    "np.fft.fftn(g)",
    "np.fft.ifftn(g, s=(3, 5), axes=(1, 2))",
    "np.fft.rfft2(g)",
    "np.fft.rfftn(g, axes=(0, 1))",
    "np.fft.irfft2(np.fft.rfft2(g))",
    "np.fft.irfftn(np.fft.rfftn(g), s=g.shape, axes=(0, 1, 2))",
    "np.fft.hfft(np.array([1, 2 - 1j, 3 + 0.5j]))",
    "np.fft.hfft(np.array([1, 2 - 1j, 3 + 0.5j]), 5)",
    "np.fft.ihfft(np.array([1.0, 2.0, -1.0, 0.5]))",
    "np.fft.fftn(g, axes=(-1, 0), s=(-1, 3))",
]

HELPERS = [
    "np.fft.fftfreq(8), np.fft.fftfreq(9, d=0.1)",
    "np.fft.rfftfreq(8), np.fft.rfftfreq(9, 2)",
    "np.fft.fftfreq(5, d=np.float32(0.5))",
    "np.fft.fftfreq(np.int64(4)), np.fft.fftfreq(1)",
    "np.fft.fftshift(np.arange(10)), np.fft.ifftshift(np.arange(10))",
    "np.fft.fftshift(np.fft.fftfreq(9))",
    "np.fft.fftshift(np.arange(12).reshape(3, 4))",
    "np.fft.fftshift(np.arange(12).reshape(3, 4), axes=1)",
    "np.fft.ifftshift(np.arange(12).reshape(3, 4), axes=(0,))",
    "import numpy.fft",
    "from numpy import fft as npfft",
    "npfft.fft([1.0, -1.0])",
]

ERRORS = [
    "np.fft.fft([])",
    "np.fft.fft([1, 2], n=0)",
    "np.fft.fft([1, 2], n=-3)",
    "np.fft.fft([1, 2, 3], n=2.0)",
    "np.fft.fft([1, 2, 3], axis=1)",
    "np.fft.fft([1, 2, 3], n=4, axis=2)",
    "np.fft.fft([1, 2, 3], norm='bad')",
    "np.fft.ifft([1, 2, 3], norm='bad')",
    "np.fft.fft(5)",
    "np.fft.rfft(np.array([1 + 2j, 3]))",
    "np.fft.rfft(np.array([1 + 2j, 3, 4]))",
    "np.fft.irfft([1 + 1j])",
    "np.fft.fft2([1, 2, 3])",
    "np.fft.fftn(np.ones((2, 2)), s=(2, 2, 2), axes=(0, 1))",
    "np.fft.fftfreq(4.0)",
    "np.fft.fftfreq(0)",
    "np.fft.fft([1, 2], bogus=1)",
]


def main():
    statements = TUTORIALS + LENGTHS + OPTIONS + FLOAT32 + MULTI + HELPERS + ERRORS
    header = (
        f"# 63-fft: generated by make_fft_fixtures.py from Python and NumPy {np.__version__}; np.fft as NumPy "
        "computes it, bit for bit."
    )
    write_transcript(OUTPUT, header, statements, {"np": np, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
