#!/usr/bin/env python3
"""Writes Sources/TensorCore/Random/ZigguratTables.swift: the 256-level ziggurat tables of NumPy's Generator for the
standard normal (ki, wi, fi; 52-bit draws) and the standard exponential (ke, we, fe; 53-bit draws), derived here with
mpmath. Rerun from the repository root; the output is byte-identical on every machine. The proof that they are NumPy's
tables is RandomGeneratorTests: the streams of `standard_normal` and `exponential` match NumPy's bit for bit.

Layers are numbered as NumPy numbers them: x[255] = r is the base layer's edge, x[1] the top layer's; layer 0 is the
base strip (rectangle plus tail), whose width is v / f(r).

Normal, f(x) = exp(-x^2/2). NumPy's tables are the double-precision recurrence
    x[i] = sqrt(-2 log(f(x[i+1]) + v / x[i+1])),   ki[i+1] = round(2^52 x[i] / x[i+1])
started from NumPy's r = 3.6541528853610087963519472518 and v = 0.0049286732339746519 (mpmath's exact constants for
this ziggurat, printed below, agree with both to 1e-15). Every operation here is rounded to double exactly once
(mpmath, correctly rounded), which reproduces NumPy's x[38..255]. The machine that made NumPy's table rounded
f(x[38]) = exp(-0.38951100007894385) one unit in the last place up (into fi[38] and into the step to x[37]);
CORRECTIONS records that one value, and x[1..37] then follow by the same recurrence. The strip test compares 52-bit draws with ki, so this matters: without the
correction 37 layers would give other values in their last bits.

Exponential, f(x) = exp(-x). NumPy's tables are the exact ziggurat rounded once: r = 7.69711747013104971404462804811,
v = r f(r) + f(r) (the area of each layer), x[i] = -log(f(x[i+1]) + v / x[i+1]) at 160 bits, we = x / 2^53 and
fe = f(x) rounded to double. ke[i+1] is floor(2^53 x[i] / x[i+1]); NumPy's own ke entries sit up to 2 units (in 2^53)
below these, which changes a draw only when its 53-bit integer falls in that gap (probability below 2^-51 a draw).

The float32 samplers (`standard_normal(dtype=np.float32)`, `standard_exponential(dtype=np.float32)`) draw 23-bit
positions from one 32-bit word, with tables of their own. They follow from the ones above (checked against all 256
entries of each of NumPy's float tables): the normal's ki rounded to 2^23 (nearest, ties to even), wi scaled by
2^29 and fi, each rounded to float32; the exponential's ke as nint(2^23 x[i] / x[i+1]) from the exact x (and
nint(2^23 r f(r) / v) for the base), and we scaled by 2^30 and fe as NumPy's header holds them: printed to nine
significant digits, then read as float32 (which differs from rounding the double once in 4 of the 512 entries).
The three float constants are NumPy's decimal r, 1 / r and exponential r read as float32.
"""

import os
import struct

import mpmath
from mpmath import mp, mpf

mp.prec = 160
OUT = os.path.join("Sources", "TensorCore", "Random", "ZigguratTables.swift")
LEVELS = 256


def rnd(v):
    """v rounded to the nearest double (ties to even), exactly."""
    return float(mpmath.mpf(v))  # mpmath's float() rounds to nearest at any precision


def exp_d(x):
    return rnd(mpmath.exp(mpf(x)))


def log_d(x):
    return rnd(mpmath.log(mpf(x)))


def sqrt_d(x):
    return rnd(mpmath.sqrt(mpf(x)))


def f32(x):
    """x rounded to the nearest float32, as a Python float."""
    return struct.unpack("f", struct.pack("f", x))[0]


def next_up(x, ulps):
    import math
    for _ in range(ulps):
        x = math.nextafter(x, math.inf)
    return x


# Layer -> ulps by which NumPy's table-making exp rounded f(x[layer]) above the correctly rounded value.
CORRECTIONS = {38: 1}


def normal_density(x, layer):
    return next_up(exp_d(-0.5 * x * x), CORRECTIONS.get(layer, 0))


def exact_normal_constants():
    """r and v of the 256-layer normal ziggurat: the r at which 255 layers of area v reach f(0) = 1 exactly."""
    f = lambda x: mpmath.exp(-x * x / 2)

    def area(r):
        return r * f(r) + mpmath.sqrt(mpmath.pi / 2) * mpmath.erfc(r / mpmath.sqrt(2))

    def top(r):
        v, x = area(r), r
        for _ in range(LEVELS - 2):
            x = mpmath.sqrt(-2 * mpmath.log(v / x + f(x)))
        return v / x + f(x) - 1

    r = mpmath.re(mpmath.findroot(top, mpf("3.654")))
    return r, area(r)


def normal_tables():
    r, v = 3.6541528853610087963519472518, 0.0049286732339746519
    exact_r, exact_v = exact_normal_constants()
    assert abs(exact_r - mpf(r)) < mpf("1e-15") * r and abs(exact_v - mpf(v)) < mpf("1e-15") * v
    x = [0.0] * LEVELS
    x[LEVELS - 1] = r
    for i in range(LEVELS - 2, 0, -1):
        x[i] = sqrt_d(-2 * log_d(normal_density(x[i + 1], i + 1) + v / x[i + 1]))
    scale = 2.0**52
    base = rnd(mpf(v) / mpf(exp_d(-0.5 * r * r)))
    k = [0] * LEVELS
    k[0] = int(mpmath.nint(mpf(rnd(r * exp_d(-0.5 * r * r) / v)) * scale))
    for i in range(1, LEVELS - 1):
        k[i + 1] = int(mpmath.nint(mpf(rnd(x[i] / x[i + 1])) * scale))
    w = [base / scale] + [x[i] / scale for i in range(1, LEVELS)]
    f = [1.0] + [normal_density(x[i], i) for i in range(1, LEVELS)]
    return k, w, f, exact_r, exact_v


def exponential_tables():
    r = mpf("7.69711747013104971404462804811")
    f = lambda t: mpmath.exp(-t)
    v = r * f(r) + f(r)
    x = [mpf(0)] * LEVELS
    x[LEVELS - 1] = r
    for i in range(LEVELS - 2, 0, -1):
        x[i] = -mpmath.log(f(x[i + 1]) + v / x[i + 1])
    scale = mpf(2) ** 53
    k = [0] * LEVELS
    k[0] = int(mpmath.floor(r * f(r) / v * scale))
    for i in range(1, LEVELS - 1):
        k[i + 1] = int(mpmath.floor(x[i] / x[i + 1] * scale))
    w = [rnd(v / f(r) / scale)] + [rnd(x[i] / scale) for i in range(1, LEVELS)]
    fe = [1.0] + [rnd(f(x[i])) for i in range(1, LEVELS)]
    float_scale = mpf(2) ** 23
    float_k = [0] * LEVELS
    float_k[0] = int(mpmath.nint(r * f(r) / v * float_scale))
    for i in range(1, LEVELS - 1):
        float_k[i + 1] = int(mpmath.nint(x[i] / x[i + 1] * float_scale))
    return k, w, fe, r, v, float_k


def swift_array(name, doc, kind, values):
    lines = [f"  /// {doc}", f"  static let {name}: [{kind}] = ["]
    if kind == "UInt64":
        items = [f"0x{v:016x}" for v in values]
        per = 4
    elif kind == "UInt32":
        items = [f"0x{v:08x}" for v in values]
        per = 6
    else:
        items = [v.hex() for v in values]
        per = 3
    for start in range(0, len(items), per):
        lines.append("    " + ", ".join(items[start : start + per]) + ",")
    lines.append("  ]")
    return "\n".join(lines)


def main():
    ki, wi, fi, nr, nv = normal_tables()
    ke, we, fe, er, ev, kef = exponential_tables()
    kif = [int(round(k / 2.0**29)) for k in ki]
    wif = [f32(w * 2.0**29) for w in wi]
    fif = [f32(value) for value in fi]
    wef = [f32(float("%.8e" % (w * 2.0**30))) for w in we]
    fef = [f32(float("%.8e" % value)) for value in fe]
    parts = [
        "// Generated by Tests/TensorCoreTests/Fixtures/make_ziggurat_tables.py (mpmath); do not edit.",
        "// swift-format-ignore-file",
        "",
        "/// The 256-layer ziggurat tables of NumPy's Generator for the standard normal and exponential distributions.",
        "enum ZigguratTables {",
        f"  /// The normal ziggurat's base edge r (mpmath: {mpmath.nstr(nr, 25)}).",
        f"  static let normalR: Double = {(3.6541528853610087963519472518).hex()}",
        "  /// 1 / r, for the normal tail.",
        f"  static let normalInverseR: Double = {rnd(1 / mpf(3.6541528853610087963519472518)).hex()}",
        f"  /// The exponential ziggurat's base edge r (layer area v = {mpmath.nstr(ev, 25)}).",
        f"  static let exponentialR: Double = {rnd(er).hex()}",
        "",
        swift_array("ki", "Normal: a 52-bit draw below ki[layer] lies inside the layer's rectangle.", "UInt64", ki),
        "",
        swift_array("wi", "Normal: layer width / 2^52.", "Double", wi),
        "",
        swift_array("fi", "Normal: f at each layer's edge.", "Double", fi),
        "",
        swift_array("ke", "Exponential: a 53-bit draw below ke[layer] lies inside the layer's rectangle.", "UInt64", ke),
        "",
        swift_array("we", "Exponential: layer width / 2^53.", "Double", we),
        "",
        swift_array("fe", "Exponential: f at each layer's edge.", "Double", fe),
        "",
        "  /// The float32 normal's r, 1 / r and the float32 exponential's r.",
        f"  static let normalRFloat: Float = {f32(3.6541528853610087963519472518).hex()}",
        f"  static let normalInverseRFloat: Float = {f32(0.27366123732975827203338247596).hex()}",
        f"  static let exponentialRFloat: Float = {f32(7.6971174701310497140446280481).hex()}",
        "",
        swift_array("kiFloat", "Float32 normal: a 23-bit draw below kiFloat[layer] lies inside the rectangle.", "UInt32", kif),
        "",
        swift_array("wiFloat", "Float32 normal: layer width / 2^23.", "Float", wif),
        "",
        swift_array("fiFloat", "Float32 normal: f at each layer's edge.", "Float", fif),
        "",
        swift_array("keFloat", "Float32 exponential: a 23-bit draw below keFloat[layer] lies inside the rectangle.", "UInt32", kef),
        "",
        swift_array("weFloat", "Float32 exponential: layer width / 2^23.", "Float", wef),
        "",
        swift_array("feFloat", "Float32 exponential: f at each layer's edge.", "Float", fef),
        "}",
        "",
    ]
    with open(OUT, "w") as out:
        out.write("\n".join(parts))


if __name__ == "__main__":
    main()
