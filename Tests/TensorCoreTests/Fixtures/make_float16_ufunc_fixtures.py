"""Writes float16_ufuncs.json: NumPy's float16 results of the float functions and powers docbuild computes for
float16, over every finite half, and the inputs docbuild refuses.

Run with NumPy 2.4, after prove_float16_functions.py has written float16_proof.txt beside this script:
`python3 make_float16_ufunc_fixtures.py > float16_ufuncs.json`. Deterministic (fixed seed), so a rerun is
byte-identical.

For each function the fixture holds the inputs the proof refuses (float16 bit patterns), a 64-bit FNV-1a hash of
the 63,488 result bit patterns of NumPy on this machine (inputs in increasing bit order, NaNs as 0x7E00, refused
inputs as 0xFFFF, a pattern no result has), and a sample of inputs with their results so that a failure can name a
value. The script asserts that NumPy's strided loop (the C library's float32 function where the contiguous one is
SVML's) gives the same results outside the refused inputs, so the fixture does not depend on this machine's SIMD
path. `powers` lists pairs of halves with NumPy's `x ** y` (C's powf rounded to half), 0xFFFF where docbuild must
refuse (the proof's rule on the float64 power); `square`, `reciprocal` and `sqrt` are NumPy's `h ** 2`, `h ** -1`
and `h ** 0.5`, which NumPy computes with those correctly rounded functions.
"""

import json
import os
import random
import warnings

import numpy as np

from prove_float16_functions import ASSUMED_ERROR_ULPS, kernel_margins

KERNEL_FUNCTIONS = ["exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos",
                    "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "cbrt"]
# One float32 multiplication each, and IEEE's correctly rounded sqrtf: the same on every build, nothing refused.
EXACT_FUNCTIONS = ["deg2rad", "rad2deg", "radians", "degrees", "sqrt"]
REFUSED = 0xFFFF


def fnv1a64(data):
    value = 0xCBF29CE484222325
    for byte in data:
        value ^= byte
        value = (value * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def result_bits(result):
    bits = result.view(np.uint16).copy()
    bits[np.isnan(result)] = 0x7E00
    return bits


def proof_refusals():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "float16_proof.txt")
    with open(path) as proof:
        return json.loads(proof.read().strip().splitlines()[-1])


def entry(name, finite, bits, refused):
    bits = bits.copy()
    inputs = finite.view(np.uint16)
    bits[np.isin(inputs, refused)] = REFUSED
    sample = list(range(0, len(finite), 997))
    return {
        "name": name,
        "count": int(len(finite)),
        "refused": refused,
        "fnv1a64": f"{fnv1a64(bits.astype('<u2').tobytes()):016x}",
        "sample": [[int(inputs[i]), int(bits[i])] for i in sample],
    }


def quietly(function, *arguments):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return function(*arguments)


def main():
    halves = np.arange(65536, dtype=np.uint32).astype(np.uint16).view(np.float16)
    finite = halves[np.isfinite(halves)]
    strided_source = np.repeat(finite, 2)
    refusals = proof_refusals()
    entries = []
    for name in KERNEL_FUNCTIONS + EXACT_FUNCTIONS:
        result = quietly(getattr(np, name), finite)
        strided = quietly(getattr(np, name), strided_source[::2])
        assert result.dtype == np.float16
        refused = refusals.get(name, []) if name != "sqrt" else []
        bits, strided_bits = result_bits(result), result_bits(strided)
        outside = ~np.isin(finite.view(np.uint16), refused)
        assert np.array_equal(bits[outside], strided_bits[outside]), name
        entries.append(entry(name, finite, bits, refused))
    # The fast paths of `array ** python_number`.
    for name, exponent in (("square", 2), ("reciprocal", -1), ("sqrt_power", 0.5)):
        result = quietly(lambda h: h ** exponent, finite)
        reference = quietly(getattr(np, name.replace("_power", "")), finite)
        assert np.array_equal(result_bits(result), result_bits(reference)), name
        entries.append(entry(name, finite, result_bits(result), []))
    # Pairs for float16 ** float16: small integers and halves, their ties (47 ** 2), and random pairs.
    rng = random.Random(20261201)
    patterns = [int(p) for p in finite.view(np.uint16)]
    small = [int(np.float16(v).view(np.uint16)) for v in (-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 47, 0.1)]
    pairs = [(a, b) for a in small for b in small]
    pairs += [(rng.choice(patterns), rng.choice(patterns)) for _ in range(3000)]
    pairs += [(rng.choice(patterns), rng.choice(small)) for _ in range(1000)]
    base = np.array([a for a, _ in pairs], dtype=np.uint16).view(np.float16)
    power = np.array([b for _, b in pairs], dtype=np.uint16).view(np.float16)
    numpy_half = result_bits(quietly(np.power, base, power))
    margins = kernel_margins(quietly(np.power, base.astype(np.float64), power.astype(np.float64)))
    numpy_half[margins <= ASSUMED_ERROR_ULPS + 2.0 ** -20] = REFUSED
    lines = [json.dumps(e) for e in entries]
    powers = json.dumps([[a, b, int(r)] for (a, b), r in zip(pairs, numpy_half)])
    print('{"numpy": "%s", "functions": [\n%s\n],\n"powers": %s}' % (np.__version__, ",\n".join(lines), powers))


if __name__ == "__main__":
    main()
