// glibc 2.36's atan, asin and acos (IBM's Accurate Mathematical Library, without the slow paths since 2.34), operation
// for operation as its FMA build computes them: CPython's `math.atan`/`math.asin`/`math.acos` call them, and so does
// NumPy 2.4's float64 loop for arrays its SIMD code does not take (strided views). Each function evaluates a short
// polynomial around the nearest of a few hundred table points; the tables are glibc's (glibc_inverse_trig_table.h).
//
// Why C: every `a * b + c` that GCC fuses in glibc's FMA build is FMA(a, b, c) below, one instruction on a CPU with
// FMA (the path compiled with that target) and C's correctly rounded fma() elsewhere, the same value either way.
// Every other operation rounds as written (contraction off).

#include "numpy_elementary.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "double_bits.h"
#include "glibc_fused_dispatch.h"
#include "glibc_inverse_trig_table.h"

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

int docbuild_elementary_path(void);

// atan's odd polynomial, its thresholds (|x| below atan_a is its own atan; from atan_e on, atan is +-pi/2 rounded)
// and pi/2 as a double-double.
static const double atan_d3 = -0x1.5555555555555p-2, atan_d5 = 0x1.99999999997fdp-3, atan_d7 = -0x1.24924923f7603p-3,
                    atan_d9 = 0x1.c71c6e5129a3bp-4, atan_d11 = -0x1.7458022b13c25p-4, atan_d13 = 0x1.375f08b31cbcep-4;
static const double atan_a = 0x1.bb67ap-27, atan_e = 0x1.49ff2p+52, atan_two52 = 0x1p52;
static const double atan_hpi = 0x1.921fb54442d18p0, atan_hpi1 = 0x1.1a62633145c07p-54;

// atan2: pi and pi - its double, pi/4 and 3pi/4 rounded.
static const double atan2_pi = 0x1.921fb54442d18p+1, atan2_pi1 = 0x1.1a62633145c07p-53,
                    atan2_quarter_pi = 0x1.921fb54442d18p-1, atan2_three_quarter_pi = 0x1.2d97c7f3321d2p+1;

// asin and acos: pi/2 as a double-double; the odd polynomial f1...f6 below 0.125 and near 1; the polynomial rt0...rt3
// that refines root.tbl's guess of 1/sqrt(z); 2^24 and 2^27 to split a double.
static const double asin_hp0 = 0x1.921fb54442d18p+0, asin_hp1 = 0x1.1a62633145c07p-54;
static const double asin_f1 = 0x1.55555555554f9p-3, asin_f2 = 0x1.333333336127dp-4, asin_f3 = 0x1.6db6dae42c0e4p-5,
                    asin_f4 = 0x1.f1c7e04f4ad99p-6, asin_f5 = 0x1.6e442c822d419p-6, asin_f6 = 0x1.292d80f453c72p-6;
static const double asin_rt0 = 0x1.fffffffecc1ddp-1, asin_rt1 = 0x1.fffffff757304p-2, asin_rt2 = 0x1.800496769c91ap-2,
                    asin_rt3 = 0x1.4006318d1dab9p-2;
static const double asin_t24 = 0x1p24, asin_t27 = 0x1p27;

#define SUFFIX fused
#define ATTRIBUTES __attribute__((target("fma")))
#define FMA __builtin_fma
#include "glibc_inverse_trig_body.h"

#define SUFFIX portable
#define ATTRIBUTES
#define FMA fma
#include "glibc_inverse_trig_body.h"

DEFINE_GLIBC_FUNCTION(atan)
DEFINE_GLIBC_FUNCTION(asin)
DEFINE_GLIBC_FUNCTION(acos)
DEFINE_GLIBC_PAIR_FUNCTION(atan2)
