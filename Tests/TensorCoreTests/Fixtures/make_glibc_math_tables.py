#!/usr/bin/env python3
"""Writes Sources/TensorCore/GlibcMath/GlibcMathTables.swift and Sources/CKernels/glibc_sincos_table.h: the tables
of the C library's exp, pow, log, log2, sin and cos, derived here with mpmath by the rules glibc documents for them. Rerun from the repository root; the output is byte-identical on every
machine. The proof that they are glibc's tables is GlibcMathTests: math.exp, math.pow and float ** computed from them
equal CPython's results (which call glibc) bit for bit on every input of glibc_math.json.

exp: 2^(k/128) ~= H[k] * (1 + T[k]) for k in [0, 128), H[k] the double nearest 2^(k/128) and T[k] the double nearest
(2^(k/128) - H[k]) / H[k]. The table interleaves the bits of T[k] with those of H[k] less k << 45, so that adding the
scaled integer part of the reduced argument to the second word makes the scale's exponent.

pow's logarithm: z in [0x1.69555p-1, 0x1.69555p0) (bit patterns from 0x3fe6955500000000) is split into 128 intervals
of equal bit-pattern width; for an interval's centre m, 1/c = round(128/m)/128 when m < 1 and round(256/m)/256
otherwise, so that z/c - 1 is exact; log(c) is rounded to a multiple of 2^-43 (logc) and the rest rounded to double
(logctail).

log: z in [0x1.6p-1, 0x1.6p0) (bit patterns from 0x3fe6000000000000) is split the same way; glibc chose each 1/c by a
search near 1/centre (so that k ln2hi + log(c) is exact and log(c) rounds with an error below 2^-66), so the 128
values of 1/c below are its published constants; log(c) is derived here, rounded to double.

log2: z in [0x1.6p-1, 0x1.6p0) split into 64 intervals the same way; 1/c are glibc's published constants (chosen by a
search, as log's), log2(c) is derived here, rounded to double.

sin and cos: for i in [0, 110), sin(i/128) and cos(i/128) as double-double pairs (the double nearest, then the double
nearest the rest). glibc's table (sysdeps/ieee754/dbl-64/sincostab.c) was made at a lower precision: 18 of its 220 low
words are not the nearest double to the rest (off by up to 66 of their own ulps, below 2^-100 of the entry), so those
18 are its published values, each checked here to be that close. The large-argument reduction's 2/pi in base 2^24
digits (toverp in branred.h) is derived.
"""

import os
import struct

import mpmath
from mpmath import mp, mpf

mp.prec = 300
N = 128
OFFSET = 0x3FE6955500000000


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def double(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]


# glibc's 1/c for log's 128 intervals (sysdeps/ieee754/dbl-64/e_log_data.c).
LOG_INVERSE_C = [
    "0x1.734f0c3e0de9fp+0", "0x1.713786a2ce91fp+0", "0x1.6f26008fab5a0p+0", "0x1.6d1a61f138c7dp+0",
    "0x1.6b1490bc5b4d1p+0", "0x1.69147332f0cbap+0", "0x1.6719f18224223p+0", "0x1.6524f99a51ed9p+0",
    "0x1.63356aa8f24c4p+0", "0x1.614b36b9ddc14p+0", "0x1.5f66452c65c4cp+0", "0x1.5d867b5912c4fp+0",
    "0x1.5babccb5b90dep+0", "0x1.59d61f2d91a78p+0", "0x1.5805612465687p+0", "0x1.56397cee76bd3p+0",
    "0x1.54725e2a77f93p+0", "0x1.52aff42064583p+0", "0x1.50f22dbb2bddfp+0", "0x1.4f38f4734ded7p+0",
    "0x1.4d843cfde2840p+0", "0x1.4bd3ec078a3c8p+0", "0x1.4a27fc3e0258ap+0", "0x1.4880524d48434p+0",
    "0x1.46dce1b192d0bp+0", "0x1.453d9d3391854p+0", "0x1.43a2744b4845ap+0", "0x1.420b54115f8fbp+0",
    "0x1.40782da3ef4b1p+0", "0x1.3ee8f5d57fe8fp+0", "0x1.3d5d9a00b4ce9p+0", "0x1.3bd60c010c12bp+0",
    "0x1.3a5242b75dab8p+0", "0x1.38d22cd9fd002p+0", "0x1.3755bc5847a1cp+0", "0x1.35dce49ad36e2p+0",
    "0x1.34679984dd440p+0", "0x1.32f5cceffcb24p+0", "0x1.3187775a10d49p+0", "0x1.301c8373e3990p+0",
    "0x1.2eb4ebb95f841p+0", "0x1.2d50a0219a9d1p+0", "0x1.2bef9a8b7fd2ap+0", "0x1.2a91c7a0c1babp+0",
    "0x1.293726014b530p+0", "0x1.27dfa5757a1f5p+0", "0x1.268b39b1d3bbfp+0", "0x1.2539d838ff5bdp+0",
    "0x1.23eb7aac9083bp+0", "0x1.22a012ba940b6p+0", "0x1.2157996cc4132p+0", "0x1.201201dd2fc9bp+0",
    "0x1.1ecf4494d480bp+0", "0x1.1d8f5528f6569p+0", "0x1.1c52311577e7cp+0", "0x1.1b17c74cb26e9p+0",
    "0x1.19e010c2c1ab6p+0", "0x1.18ab07bb670bdp+0", "0x1.1778a25efbcb6p+0", "0x1.1648d354c31dap+0",
    "0x1.151b990275fddp+0", "0x1.13f0ea432d24cp+0", "0x1.12c8b7210f9dap+0", "0x1.11a3028ecb531p+0",
    "0x1.107fbda8434afp+0", "0x1.0f5ee0f4e6bb3p+0", "0x1.0e4065d2a9fcep+0", "0x1.0d244632ca521p+0",
    "0x1.0c0a77ce2981ap+0", "0x1.0af2f83c636d1p+0", "0x1.09ddb98a01339p+0", "0x1.08cabaf52e7dfp+0",
    "0x1.07b9f2f4e28fbp+0", "0x1.06ab58c358f19p+0", "0x1.059eea5ecf92cp+0", "0x1.04949cdd12c90p+0",
    "0x1.038c6c6f0ada9p+0", "0x1.02865137932a9p+0", "0x1.0182427ea7348p+0", "0x1.008040614b195p+0",
    "0x1.fe01ff726fa1ap-1", "0x1.fa11cc261ea74p-1", "0x1.f6310b081992ep-1", "0x1.f25f63ceeadcdp-1",
    "0x1.ee9c8039113e7p-1", "0x1.eae8078cbb1abp-1", "0x1.e741aa29d0c9bp-1", "0x1.e3a91830a99b5p-1",
    "0x1.e01e009609a56p-1", "0x1.dca01e577bb98p-1", "0x1.d92f20b7c9103p-1", "0x1.d5cac66fb5ccep-1",
    "0x1.d272caa5ede9dp-1", "0x1.cf26e3e6b2ccdp-1", "0x1.cbe6da2a77902p-1", "0x1.c8b266d37086dp-1",
    "0x1.c5894bd5d5804p-1", "0x1.c26b533bb9f8cp-1", "0x1.bf583eeece73fp-1", "0x1.bc4fd75db96c1p-1",
    "0x1.b951e0c864a28p-1", "0x1.b65e2c5ef3e2cp-1", "0x1.b374867c9888bp-1", "0x1.b094b211d304ap-1",
    "0x1.adbe885f2ef7ep-1", "0x1.aaf1d31603da2p-1", "0x1.a82e63fd358a7p-1", "0x1.a5740ef09738bp-1",
    "0x1.a2c2a90ab4b27p-1", "0x1.a01a01393f2d1p-1", "0x1.9d79f24db3c1bp-1", "0x1.9ae2505c7b190p-1",
    "0x1.9852ef297ce2fp-1", "0x1.95cbaeea44b75p-1", "0x1.934c69de74838p-1", "0x1.90d4f2f6752e6p-1",
    "0x1.8e6528effd79dp-1", "0x1.8bfce9fcc007cp-1", "0x1.899c0dabec30ep-1", "0x1.87427aa2317fbp-1",
    "0x1.84f00acb39a08p-1", "0x1.82a49e8653e55p-1", "0x1.8060195f40260p-1", "0x1.7e22563e0a329p-1",
    "0x1.7beb377dcb5adp-1", "0x1.79baa679725c2p-1", "0x1.77907f2170657p-1", "0x1.756cadbd6130cp-1",
]


# glibc's 1/c for log2's 64 intervals (sysdeps/ieee754/dbl-64/e_log2_data.c).
LOG2_INVERSE_C = [
    "0x1.724286bb1acf8p+0", "0x1.6e1f766d2cca1p+0", "0x1.6a13d0e30d48ap+0", "0x1.661ec32d06c85p+0",
    "0x1.623fa951198f8p+0", "0x1.5e75ba4cf026cp+0", "0x1.5ac055a214fb8p+0", "0x1.571ed0f166e1ep+0",
    "0x1.53909590bf835p+0", "0x1.5014fed61adddp+0", "0x1.4cab88e487bd0p+0", "0x1.49539b4334feep+0",
    "0x1.460cbdfafd569p+0", "0x1.42d664ee4b953p+0", "0x1.3fb01111dd8a6p+0", "0x1.3c995b70c5836p+0",
    "0x1.3991c4ab6fd4ap+0", "0x1.3698e0ce099b5p+0", "0x1.33ae48213e7b2p+0", "0x1.30d191985bdb1p+0",
    "0x1.2e025cab271d7p+0", "0x1.2b404cf13cd82p+0", "0x1.288b02c7ccb50p+0", "0x1.25e2263944de5p+0",
    "0x1.234563d8615b1p+0", "0x1.20b46e33eaf38p+0", "0x1.1e2eefdcda3ddp+0", "0x1.1bb4a580b3930p+0",
    "0x1.19453847f2200p+0", "0x1.16e06c0d5d73cp+0", "0x1.1485f47b7e4c2p+0", "0x1.12358ad0085d1p+0",
    "0x1.0fef00f532227p+0", "0x1.0db2077d03a8fp+0", "0x1.0b7e6d65980d9p+0", "0x1.0953efe7b408dp+0",
    "0x1.07325cac53b83p+0", "0x1.05197e40d1b5cp+0", "0x1.03091c1208ea2p+0", "0x1.0101025b37e21p+0",
    "0x1.fc07ef9caa76bp-1", "0x1.f4465d3f6f184p-1", "0x1.ecc079f84107fp-1", "0x1.e573a99975ae8p-1",
    "0x1.de5d6f0bd3de6p-1", "0x1.d77b681ff38b3p-1", "0x1.d0cb5724de943p-1", "0x1.ca4b2dc0e7563p-1",
    "0x1.c3f8ee8d6cb51p-1", "0x1.bdd2b4f020c4cp-1", "0x1.b7d6c006015cap-1", "0x1.b20366e2e338fp-1",
    "0x1.ac57026295039p-1", "0x1.a6d01bc2731ddp-1", "0x1.a16d3bc3ff18bp-1", "0x1.9c2d14967feadp-1",
    "0x1.970e4f47c9902p-1", "0x1.920fb3982bcf2p-1", "0x1.8d30187f759f1p-1", "0x1.886e5ebb9f66dp-1",
    "0x1.83c97b658b994p-1", "0x1.7f405ffc61022p-1", "0x1.7ad22181415cap-1", "0x1.767dcf99eff8cp-1",
]


def log2_table():
    return [(float.fromhex(text), float(-mpmath.log(mpf(float.fromhex(text)), 2))) for text in LOG2_INVERSE_C]


# glibc's sincostab low words that are not the nearest double to sin or cos(i/128) less its high word: (i, column).
SINCOS_PUBLISHED_LOW = {
    (2, 1): "-0x1.2ab639a9f0777p-63", (10, 1): "-0x1.921915299468cp-58", (23, 1): "-0x1.32c5c8b81c940p-66",
    (26, 3): "0x1.e3a0d3e03b1d5p-57", (27, 1): "-0x1.9883b57d6cdebp-58", (33, 1): "-0x1.9b8c29dfd8ec8p-56",
    (34, 1): "-0x1.9fb0a0c93e2b5p-56", (36, 1): "0x1.46076fe0dcff5p-56", (40, 1): "0x1.03d5504878398p-63",
    (44, 3): "-0x1.660aec7ef636cp-58", (70, 3): "0x1.8ff7947027a16p-58", (75, 1): "-0x1.f190c70cbb5ffp-58",
    (75, 3): "-0x1.b83d607cd5070p-63", (79, 3): "0x1.95e25736c0358p-60", (85, 1): "-0x1.97653a7d2f07bp-56",
    (90, 1): "0x1.0da05738cc59ap-61", (94, 1): "0x1.c843b4d0fb198p-58", (107, 1): "0x1.ad1197ccd0393p-59",
}


def sincos_table():
    rows = []
    for i in range(110):
        row = []
        for column, function in ((1, mpmath.sin), (3, mpmath.cos)):
            exact = function(mpf(i) / 128)
            high = float(exact)
            low = float(exact - high)
            published = SINCOS_PUBLISHED_LOW.get((i, column))
            if published is not None:
                assert published != float.hex(low)
                low = float.fromhex(published)
                assert abs(high + mpf(low) - exact) < abs(exact) * mpf(2) ** -100
            row += [high, low]
        rows.append(row)
    return rows


def two_over_pi_digits():
    with mpmath.workprec(75 * 24 + 100):  # 75 digits of 24 bits, and guard bits
        return [int(mpmath.floor(2 / mp.pi * mpf(2) ** (24 * (i + 1)))) % (1 << 24) for i in range(75)]


def exp_table():
    words = []
    for k in range(N):
        value = mpmath.power(2, mpf(k) / N)
        high = float(value)
        tail = float((value - high) / high)
        words += [bits(tail), (bits(high) - (k << 45)) % (1 << 64)]
    return words


def pow_log_table():
    rows = []
    for i in range(N):
        low = mpf(double(OFFSET + (i << 45)))
        high = mpf(double(OFFSET + ((i + 1) << 45)))
        centre = (low + high) / 2
        inverse = mpmath.nint(N / centre) / N if centre < 1 else mpmath.nint(2 * N / centre) / (2 * N)
        inverse = float(inverse)
        log_c = -mpmath.log(mpf(inverse))
        rounded = float(mpmath.nint(log_c * 2**43) / 2**43)
        rows.append((inverse, rounded, float(log_c - rounded)))
    return rows


def log_table():
    return [(float.fromhex(text), float(-mpmath.log(mpf(float.fromhex(text))))) for text in LOG_INVERSE_C]


def main():
    root = os.path.join(os.path.dirname(__file__), "..", "..", "..")
    lines = [
        "// Generated by Tests/TensorCoreTests/Fixtures/make_glibc_math_tables.py (mpmath); do not edit.",
        "// swift-format-ignore-file",
        "",
        "/// The tables of the C library's exp, pow and log (see the generating script for how each entry is defined).",
        "enum GlibcMathTables {",
        "  /// exp: for k in 0..<128, the bits of T[k] and of H[k] less k << 45, where 2^(k/128) ~= H[k] * (1 + T[k]).",
        "  static let exp: [UInt64] = [",
    ]
    words = exp_table()
    for start in range(0, len(words), 4):
        lines.append("    " + " ".join(f"0x{w:016x}," for w in words[start : start + 4]))
    lines += [
        "  ]",
        "",
        "  /// pow's logarithm: for each of 128 intervals, 1/c, log(c) rounded to a multiple of 2^-43, and the rest.",
        "  static let powLog: [(inverse: Double, log: Double, logTail: Double)] = [",
    ]
    for inverse, log_c, tail in pow_log_table():
        lines.append(f"    ({float.hex(inverse)}, {float.hex(log_c)}, {float.hex(tail)}),")
    lines += [
        "  ]",
        "",
        "  /// log: for each of 128 intervals, 1/c (glibc's chosen constants) and log(c) rounded to double.",
        "  static let log: [(inverse: Double, log: Double)] = [",
    ]
    for inverse, log_c in log_table():
        lines.append(f"    ({float.hex(inverse)}, {float.hex(log_c)}),")
    lines += [
        "  ]",
        "",
        "  /// log2: for each of 64 intervals, 1/c (glibc's chosen constants) and log2(c) rounded to double.",
        "  static let log2: [(inverse: Double, log2: Double)] = [",
    ]
    for inverse, log_c in log2_table():
        lines.append(f"    ({float.hex(inverse)}, {float.hex(log_c)}),")
    lines += ["  ]", "}", ""]
    path = os.path.join(root, "Sources", "TensorCore", "GlibcMath", "GlibcMathTables.swift")
    with open(path, "w") as file:
        file.write("\n".join(lines))
    # sin and cos run in C (Sources/CKernels/glibc_trigonometric.c), so that their fused multiply-adds are one
    # instruction where the CPU has FMA; their tables go to a C header.
    lines = [
        "// Generated by Tests/TensorCoreTests/Fixtures/make_glibc_math_tables.py (mpmath); do not edit.",
        "#ifndef DOCBUILD_GLIBC_SINCOS_TABLE_H",
        "#define DOCBUILD_GLIBC_SINCOS_TABLE_H",
        "",
        "// sin and cos: for i in 0..<110, sin(i/128) and cos(i/128) as (high, low) double-double pairs.",
        "static const double glibc_sincos_table[440] = {",
    ]
    for row in sincos_table():
        lines.append("    " + ", ".join(float.hex(v) for v in row) + ",")
    lines += [
        "};",
        "",
        "// The large-argument reduction's 2/pi: its base-2^24 digits after the point.",
        "static const double glibc_two_over_pi_digits[75] = {",
    ]
    digits = two_over_pi_digits()
    for start in range(0, len(digits), 8):
        lines.append("    " + " ".join(f"{d}.0," for d in digits[start : start + 8]))
    lines += ["};", "", "#endif", ""]
    path = os.path.join(root, "Sources", "CKernels", "glibc_sincos_table.h")
    with open(path, "w") as file:
        file.write("\n".join(lines))


if __name__ == "__main__":
    main()
