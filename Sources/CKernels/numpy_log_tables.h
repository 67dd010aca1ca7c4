// The tables of Intel SVML's float64 log, shared by its relatives log1p, arcsinh, arccosh and arctanh
// (numpy_elementary_logs.c), which reduce their argument with the same reciprocal and read the same -log(rcp).
#ifndef DOCBUILD_NUMPY_LOG_TABLES_H
#define DOCBUILD_NUMPY_LOG_TABLES_H

#include <stdint.h>

// log: NumPy 2.4's float64 log on x86-64 with AVX-512 (SKX) is Intel SVML's high-accuracy log (`__svml_log8_ha`),
// measured identical to it on 10^6 inputs. x = 2^E * m with m in [1, 2); rcp = 1/m rounded to a multiple of 1/32;
// R = rcp * m - 1 (exact); log x = E * ln2 - log(rcp) + log(1 + R), the last a degree-9 polynomial, summed in a
// high and a low part. -log(rcp) (as log(2 * rcp) with E + 1 when rcp < 0.75) has a head and a tail per rcp:
static const uint64_t log_head[16] = {
    0x0000000000000000ull, 0xbfaf0a30c0120000ull, 0xbfbe27076e2b0000ull, 0xbfc5ff3070a78000ull,
    0xbfcc8ff7c79a8000ull, 0xbfd1675cababc000ull, 0xbfd4618bc21c4000ull, 0xbfd739d7f6bbc000ull,
    0x3fd269621134c000ull, 0x3fcf991c6cb38000ull, 0x3fca93ed3c8b0000ull, 0x3fc5bf406b540000ull,
    0x3fc1178e82280000ull, 0x3fb9335e5d590000ull, 0x3fb08598b59e0000ull, 0x3fa0415d89e80000ull,
};
static const uint64_t log_tail[16] = {
    0x0000000000000000ull, 0x3d53ab33d066d1d2ull, 0x3d2a342c2af0003cull, 0xbd43d3c873e20a07ull,
    0xbd4a21ac25d81ef3ull, 0x3d59f1fc63382a8full, 0xbd5ec27d0b7b37b3ull, 0xbd50069ce24c53fbull,
    0x3d5b92783beb7677ull, 0x3d59bcbecca0cdf3ull, 0xbd530e486a0ac42dull, 0x3d5ed8fdc149767eull,
    0xbd4b8421cc74be04ull, 0x3d52622b8757a8fbull, 0x3d4d034451fecdfbull, 0xbd577771fd187145ull,
};

// SVML gets rcp from the AVX-512 instruction vrcp14pd (a 14-bit reciprocal estimate) rounded to 1/32, so near the
// midpoints between two multiples of 1/32 the estimate's error picks the side. The 16 mantissas at which the rounded
// estimate steps down from k/32 to (k - 1)/32 (k = 32 ... 17), found by bisection on an Intel Xeon (AVX-512) and
// checked on 200,000 mantissas around each; the estimate is a step function of m between them. AMD's vrcp14pd may
// step elsewhere; NumPy's results there would differ in the same way. The steps (the fixture script lists them) by
// the 5 bits of m below its leading one (at most one in each 1/32): 32 - the steps at or below the start of that
// 1/32, and the step inside it (none: all ones), so a lane finds rcp with two table reads.
static const uint64_t log_rcp_base[32] = {
    32, 31, 30, 29, 28, 28, 27, 26, 26, 25, 24, 24, 23, 23, 22, 22, 21, 21, 20, 20, 20, 19, 19, 19, 18, 18, 18, 17, 17,
    17, 17, 16,
};
static const uint64_t log_rcp_step_in[32] = {
    0x3ff040f000000000ull, 0x3ff0c97000000000ull, 0x3ff15b4000000000ull, 0x3ff1f70000000000ull, 0xffffffffffffffffull,
    0x3ff29e6000000000ull, 0x3ff3523000000000ull, 0xffffffffffffffffull, 0x3ff4143000000000ull, 0x3ff4e5f000000000ull,
    0xffffffffffffffffull, 0x3ff5c99000000000ull, 0xffffffffffffffffull, 0x3ff6c15000000000ull, 0xffffffffffffffffull,
    0x3ff7d07000000000ull, 0xffffffffffffffffull, 0x3ff8f9c000000000ull, 0xffffffffffffffffull, 0xffffffffffffffffull,
    0x3ffa41a000000000ull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0x3ffbad0000000000ull, 0xffffffffffffffffull,
    0xffffffffffffffffull, 0x3ffd41c000000000ull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull,
    0x3fff080000000000ull, 0xffffffffffffffffull,
};

#endif
