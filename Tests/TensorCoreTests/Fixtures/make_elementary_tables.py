#!/usr/bin/env python3
"""Writes Sources/TensorCore/Elementary/ElementaryTables.swift: the constants and tables of docbuild's elementary
functions, each a double-double (hi, lo) computed by mpmath at 400 bits, or the bits of 2/pi. Rerun from the
repository root; the output is byte-identical on every machine."""

import os

import mpmath
from mpmath import mp, mpf
from mpmath_doubles import dd, rnd

mp.prec = 400

OUT = os.path.join("Sources", "TensorCore", "Elementary", "ElementaryTables.swift")


def truncated(v, bits):
    """v with only its leading `bits` significant bits (truncated toward zero), exactly representable."""
    m, e = mpmath.frexp(v)
    scaled = mpmath.floor(abs(m) * 2**bits)
    return float(mpmath.sign(v) * scaled * mpf(2) ** (e - bits))


def split3(v, bits):
    p1 = truncated(v, bits)
    p2 = truncated(v - p1, bits)
    p3 = rnd(v - p1 - p2)
    return p1, p2, p3


def h(x):
    if x == 0:
        return "0x0p+0" if str(x)[0] != "-" else "-0x0p+0"
    return float.hex(x)


def array(name, doc, values, per_line=2):
    lines = [f"  /// {doc}", f"  static let {name}: [Double] = ["]
    for i in range(0, len(values), per_line):
        lines.append("    " + ", ".join(h(v) for v in values[i : i + per_line]) + ",")
    lines.append("  ]")
    return "\n".join(lines)


def const(name, doc, value):
    return f"  /// {doc}\n  static let {name}: Double = {h(value)}"




def main():
    ln2 = mp.log(2)
    pi = mp.pi
    parts = []

    exp_table = []
    for j in range(128):
        exp_table += dd(mpf(2) ** (mpf(j) / 128))
    parts.append(array("exp2Fraction", "2^(j/128) for j in 0..<128, as (hi, lo) pairs.", exp_table))

    exp_table = []
    for j in range(1024):
        exp_table += dd(mpf(2) ** (mpf(j) / 1024))
    parts.append(array("exp2Fraction1024", "2^(j/1024) for j in 0..<1024, as (hi, lo) pairs (the fast paths).",
                       exp_table))

    # log: z = x scaled into [0.6875, 1.375) by the bits of x - 0x3fe6000000000000; index i = top 7 mantissa bits.
    off = 0x3FE6000000000000
    import struct

    def from_bits(b):
        return struct.unpack("<d", struct.pack("<Q", b))[0]

    log_inv, log_c = [], []
    for i in range(128):
        lo_z = from_bits(off + (i << 45))
        hi_z = from_bits(off + ((i + 1) << 45))
        if lo_z == 1.0 or hi_z == 1.0:
            invc = 1.0
        else:
            invc = truncated(2 / (mpf(lo_z) + mpf(hi_z)), 26)
        log_inv.append(invc)
        log_c += dd(-mp.log(mpf(invc)))
    parts.append(array("logInverseCenter", "1/c to 26 bits (so a 27-bit head of z times it is exact), for the 128 subintervals of [0.6875, 1.375).", log_inv, 4))
    parts.append(array("logCenter", "log(1/invc) of each subinterval's invc, as (hi, lo) pairs.", log_c))

    sc = []
    for i in range(52):
        sc += dd(mp.sin(mpf(i) / 64)) + dd(mp.cos(mpf(i) / 64))
    parts.append(array("sinCos", "sin(i/64) (hi, lo) then cos(i/64) (hi, lo), for i in 0..<52.", sc, 4))

    tn = []
    for i in range(52):
        tn += dd(mp.tan(mpf(i) / 64))
    parts.append(array("tanTable", "tan(i/64) for i in 0..<52, as (hi, lo) pairs.", tn))

    at = []
    for i in range(65):
        at += dd(mp.atan(mpf(i) / 64))
    parts.append(array("atanTable", "atan(i/64) for i in 0...64, as (hi, lo) pairs.", at))

    # 2/pi, one leading zero word (the integer part and padding), then 22 words of its fraction bits.
    words = [0]
    mp.prec = 1600
    frac = 2 / mp.pi
    for _ in range(22):
        frac *= 2**64
        w = int(mpmath.floor(frac))
        frac -= w
        words.append(w)
    mp.prec = 400
    lines = ["  /// The bits of 2/pi, most significant first: a zero word, then the fraction (Payne–Hanek).",
             "  static let twoOverPiBits: [UInt64] = ["]
    for i in range(0, len(words), 3):
        lines.append("    " + ", ".join(f"0x{w:016x}" for w in words[i : i + 3]) + ",")
    lines.append("  ]")
    parts.append("\n".join(lines))

    consts = []
    hi = truncated(ln2, 42)
    consts.append(const("ln2Hi", "ln 2 to 42 bits, so k * ln2Hi is exact for |k| < 2^11.", hi))
    consts.append(const("ln2Lo", "ln 2 - ln2Hi.", rnd(ln2 - hi)))
    l1, l2, l3 = split3(ln2 / 128, 35)
    consts.append(const("ln2Over128A", "ln2/128 to 35 bits, so n * it is exact for |n| < 2^18.", l1))
    consts.append(const("ln2Over128B", "The next 35 bits of ln2/128.", l2))
    consts.append(const("ln2Over128C", "The rest of ln2/128.", l3))
    consts.append(const("ln2Over128Rest", "ln2/128 - ln2Over128A, rounded (the fast path's second piece).",
                        rnd(ln2 / 128 - mpf(l1))))
    consts.append(const("invLn2Times128", "128/ln 2, to pick the reduction multiple.", rnd(128 / ln2)))
    l1 = truncated(ln2 / 1024, 32)
    consts.append(const("ln2Over1024A", "ln2/1024 to 32 bits, so n * it is exact for |n| < 2^21.", l1))
    consts.append(const("ln2Over1024Rest", "ln2/1024 - ln2Over1024A, rounded.", rnd(ln2 / 1024 - mpf(l1))))
    consts.append(const("invLn2Times1024", "1024/ln 2, to pick the fast paths' reduction multiple.",
                        rnd(1024 / ln2)))
    a, b = dd(ln2)
    consts.append(const("ln2DDHi", "ln 2, hi part.", a))
    consts.append(const("ln2DDLo", "ln 2, lo part.", b))
    a, b = dd(1 / ln2)
    consts.append(const("invLn2Hi", "1/ln 2, hi part.", a))
    consts.append(const("invLn2Lo", "1/ln 2, lo part.", b))
    a, b = dd(1 / mp.log(10))
    consts.append(const("invLn10Hi", "1/ln 10, hi part.", a))
    consts.append(const("invLn10Lo", "1/ln 10, lo part.", b))
    l10 = mp.log10(2)
    hi = truncated(l10, 42)
    consts.append(const("log10Of2Hi", "log10(2) to 42 bits, so k * it is exact for |k| < 2^11.", hi))
    consts.append(const("log10Of2Lo", "log10(2) - log10Of2Hi.", rnd(l10 - hi)))
    for name, v in (("halfPi", pi / 2), ("pi", pi)):
        a, b = dd(v)
        consts.append(const(name + "Hi", f"{name}, hi part.", a))
        consts.append(const(name + "Lo", f"{name}, lo part.", b))
    consts.append(const("quarterPiRounded", "pi/4 rounded.", rnd(pi / 4)))
    consts.append(const("threeQuarterPiRounded", "3pi/4 rounded.", rnd(3 * pi / 4)))
    p1, p2, rest = split3(pi / 2, 33)
    p3 = truncated(pi / 2 - p1 - p2, 33)
    p4 = rnd(pi / 2 - p1 - p2 - p3)
    consts.append(const("halfPiA", "pi/2 to 33 bits (Cody–Waite), so n * it is exact for |n| < 2^20.", p1))
    consts.append(const("halfPiB", "The next 33 bits of pi/2.", p2))
    consts.append(const("halfPiC", "The next 33 bits of pi/2.", p3))
    consts.append(const("halfPiD", "The rest of pi/2.", p4))
    consts.append(const("twoOverPi", "2/pi rounded, to pick the reduction multiple.", rnd(2 / pi)))

    text = (
        "// Generated by Tests/TensorCoreTests/Fixtures/make_elementary_tables.py (mpmath at 400 bits); do not edit.\n"
        "// swift-format-ignore-file\n\n"
        "/// Constants and tables of the elementary functions, as double-doubles computed by mpmath.\n"
        "enum ElementaryTables {\n" + "\n\n".join(consts + parts) + "\n}\n"
    )
    with open(OUT, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
