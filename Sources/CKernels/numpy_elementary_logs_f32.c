// NumPy's own float32 log1p, expm1, arcsinh, arccosh, arctanh, sinh, log2 and log10, reproduced bit for bit.
//
// Why: NumPy 2.4 on x86-64 with AVX-512 computes these for a float32 operand it reads forwards with Intel SVML's
// float32 vector functions (`__svml_log1pf16`, `__svml_expm1f16`, `__svml_asinhf16`, `__svml_acoshf16`,
// `__svml_atanhf16`, `__svml_sinhf16`, `__svml_log2f16`, `__svml_log10f16`: the `_la` accuracy, numpy/SVML's
// linux/avx512/svml_z0_*_s_la.s), which are not correctly rounded: their float differs from the correctly rounded one
// on a fraction of a percent to tens of percent of the inputs, and a float32 repr shows every bit. So the lanes
// (numpy_logs_f32_lanes.h, one source for every code path) run SVML's float operations in its order, fused
// multiply-adds exactly where SVML has them (the correctly rounded fmaf, in hardware or not), exact table reads; lanes
// outside a function's main range are finished here by SVML's scalar fallback (`__svml_s*_cout_rare_internal`), which
// does its own float arithmetic. Contraction is off: an implicit fused multiply-add would change the bits of the
// operations SVML does unfused. Benchmarks/prove_svml_f32_logs.py compares every float32 bit pattern with NumPy on
// every code path.
//
// The algorithms:
// - log1p: 1 + x as a rounded sum and the part the rounding lost; 1 + x = 2^k m with m in [2/3, 4/3) by integer
//   arithmetic on its bits, r = m - 1 + lost * 2^-k, log1p = k ln 2 + r + r^2 p(r), p of degree 7. 1 + x from 2^127
//   takes the fallback: a 65-entry table of rcp ~ 1/m and -log(rcp) by m rounded to 1/64.
// - expm1: n = x log2(e) rounded to 1/32, r = x - n ln 2 in two steps, 2^(j/32) from a 32-entry table as a head and
//   a tail, head 2^floor(n) rounded once (vscalefps), then (head 2^floor(n) - 1) + head 2^floor(n) (r + r^2 p(r) +
//   tail). From x = 86.64 the fallback computes e^x (e^x - 1 rounds to it) with its own degree-5 polynomial.
// - arcsinh and arccosh: log(|x| + sqrt(x^2 +- 1)). The square root from vrsqrt14ps refined with its error terms,
//   the sum as a head and a tail (|x| / 8 from 2^63, plus 4 ln 2 afterwards); vrcp14ps of it rounded to 5 mantissa
//   bits, r = rcp * sum - 1, log = -log(rcp) from a 32-entry table + r + r^2 p(r), p of degree 2. Below |x| = 2^-6
//   (arcsinh) and x^2 - 1 = 2^-12 (arccosh) a short odd polynomial instead.
// - arctanh: (log(1 + |x|) - log(1 - |x|)) / 2, both logs reduced as arcsinh's, their polynomials of degree 3.
// - sinh: N = |x| / ln 2 rounded, r = |x| - N ln 2 in two steps, 2^(N-1) +- 2^(-N-1) by integer arithmetic,
//   sinh = (2^(N-1) + 2^(-N-1)) sinh(r) + (2^(N-1) - 2^(-N-1)) (1 + r^2 q(r^2)). Beyond |x| = 87.34 the fallback
//   computes e^|x| / 2 in double precision and rounds it to float.
// - log2 and log10: x = 2^K m with m in [0.75, 1.5) (getexp and getmant), a cubic in t = m - 1 by the 16 intervals of
//   m's top mantissa bits, plus K (times log10(2) rounded to float for log10). The result differs from the correctly
//   rounded float on 2% (log2) and 46% (log10) of tutorial inputs. Zero, subnormals, negative x, +inf and NaN take
//   the scalar version of the same algorithm.

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "CKernels.h"
#include "numpy_elementary.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

static inline uint32_t float_bits(float x) {
  uint32_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

static inline uint64_t bits_of_double(double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

static inline float float_of(uint32_t b) {
  float x;
  memcpy(&x, &b, sizeof x);
  return x;
}

// 2^(j/32) by j, as a float, and the rest 2^(j/32) - that float (SVML's expm1 table).
static const uint32_t expm1f_head[32] = {
    0x3f800000u, 0x3f82cd87u, 0x3f85aac3u, 0x3f88980fu, 0x3f8b95c2u, 0x3f8ea43au, 0x3f91c3d3u, 0x3f94f4f0u,
    0x3f9837f0u, 0x3f9b8d3au, 0x3f9ef532u, 0x3fa27043u, 0x3fa5fed7u, 0x3fa9a15bu, 0x3fad583fu, 0x3fb123f6u,
    0x3fb504f3u, 0x3fb8fbafu, 0x3fbd08a4u, 0x3fc12c4du, 0x3fc5672au, 0x3fc9b9beu, 0x3fce248cu, 0x3fd2a81eu,
    0x3fd744fdu, 0x3fdbfbb8u, 0x3fe0ccdfu, 0x3fe5b907u, 0x3feac0c7u, 0x3fefe4bau, 0x3ff5257du, 0x3ffa83b3u,
};
static const uint32_t expm1f_tail[32] = {
    0x00000000u, 0xb34a3a0au, 0x3346cb6au, 0xb36ed17eu, 0xb24e0611u, 0xb3517dd9u, 0x334b2482u, 0xb31586deu,
    0x33092801u, 0xb2e6f467u, 0x331b85f2u, 0x3099b6f1u, 0xb3051aa8u, 0xb2e2a0dau, 0xb2006c56u, 0xb3365942u,
    0x329302aeu, 0x32c595dcu, 0xb302e5a2u, 0xb28e10a1u, 0x31b3d0e5u, 0xb31a472bu, 0x31d1daf2u, 0xb305bf64u,
    0xb27ce182u, 0xb2f26443u, 0xb1b4b0dau, 0xb1da8a8fu, 0xb1d290beu, 0xb2d5b899u, 0x31b0a147u, 0xb2156afcu,
};

// -log(1 + j/32) as a float whose low bits are zero, by j (SVML's arcsinh and arccosh).
static const uint32_t log_rcp_f_head[32] = {
    0x00000000u, 0xbcfc0000u, 0xbd788000u, 0xbdb78000u, 0xbdf14000u, 0xbe14a000u, 0xbe300000u, 0xbe4aa000u,
    0xbe648000u, 0xbe7dc000u, 0xbe8b4000u, 0xbe974000u, 0xbea31000u, 0xbeae9000u, 0xbeb9d000u, 0xbec4d000u,
    0xbecfa000u, 0xbeda2000u, 0xbee48000u, 0xbeeea000u, 0xbef89000u, 0xbf012800u, 0xbf05f000u, 0xbf0aa800u,
    0xbf0f4000u, 0xbf13c800u, 0xbf184000u, 0xbf1ca000u, 0xbf20f000u, 0xbf252800u, 0xbf295000u, 0xbf2d6800u,
};
// -log(1 + j/32) minus its head.
static const uint32_t log_rcp_f_tail[32] = {
    0x80000000u, 0xb726c39eu, 0x3839e7feu, 0xb7528ae5u, 0x377891d5u, 0xb8297c10u, 0x37cf8f58u, 0x3852b186u,
    0x35838656u, 0xb80c36afu, 0x38235454u, 0xb862bae1u, 0x37e87bc7u, 0x37848150u, 0x37202511u, 0xb74e1b05u,
    0x385c1340u, 0xb8777bcdu, 0x36038656u, 0xb7d40984u, 0xb80f5fafu, 0xb8254b4cu, 0xb865c84au, 0x37f0b42du,
    0xb83ebce1u, 0xb83c2513u, 0x37a332c4u, 0x3779654fu, 0x38602f73u, 0x367449f8u, 0xb7b4996fu, 0xb800986bu,
};
// log(1 + j/32) as a float whose low bits are zero, by j (SVML's arctanh).
static const uint32_t log_f_head[32] = {
    0x00000000u, 0x3cfc0000u, 0x3d780000u, 0x3db78000u, 0x3df10000u, 0x3e14c000u, 0x3e300000u, 0x3e4a8000u,
    0x3e648000u, 0x3e7dc000u, 0x3e8b4000u, 0x3e974000u, 0x3ea30000u, 0x3eae8000u, 0x3eb9c000u, 0x3ec4e000u,
    0x3ecfa000u, 0x3eda2000u, 0x3ee48000u, 0x3eeea000u, 0x3ef8a000u, 0x3f013000u, 0x3f05f000u, 0x3f0aa000u,
    0x3f0f4000u, 0x3f13d000u, 0x3f184000u, 0x3f1ca000u, 0x3f20f000u, 0x3f252000u, 0x3f295000u, 0x3f2d7000u,
};
// log(1 + j/32) minus its head.
static const uint32_t log_f_tail[32] = {
    0x00000000u, 0x3726c39eu, 0x38a30c01u, 0x37528ae5u, 0x38e0edc5u, 0xb8ab41f8u, 0xb7cf8f58u, 0x3896a73du,
    0xb5838656u, 0x380c36afu, 0xb8235454u, 0x3862bae1u, 0x38c5e10eu, 0x38dedfacu, 0x38ebfb5eu, 0xb8e63c9fu,
    0xb85c1340u, 0x38777bcdu, 0xb6038656u, 0x37d40984u, 0xb8b85028u, 0xb8ad5a5au, 0x3865c84au, 0x38c3d2f5u,
    0x383ebce1u, 0xb8a1ed76u, 0xb7a332c4u, 0xb779654fu, 0xb8602f73u, 0x38f85db0u, 0x37b4996fu, 0xb8bfb3cau,
};
// 2^(j/64) by j as a double and the rest (SVML's sinh fallback, as in float64): sinh_rare_table (and double_of, from
// double_bits.h).
#include "numpy_hyperbolic_tables.h"

// log2 and log10's coefficients by interval (the top 4 bits of m's fraction; see log2f_lanes): the cubic in t = m - 1
// of each of the 16 intervals, highest power first.
static const uint32_t log2f_coefficients[4][16] = {
    {0xbea77e4au, 0xbe8aae3du, 0xbe67fe32u, 0xbe43d1b6u, 0xbe26a589u, 0xbe0ee09bu, 0xbdf6a8a1u, 0xbdd63b49u, 0xbf584e51u,
     0xbf3e80a1u, 0xbf2892f0u, 0xbf15d377u, 0xbf05b525u, 0xbeef8e30u, 0xbed75c8fu, 0xbec24184u},
    {0x3ef5910cu, 0x3ef045a1u, 0x3ee7d87eu, 0x3eddbb84u, 0x3ed2d6dfu, 0x3ec7bbd2u, 0x3ebcc42fu, 0x3eb22616u, 0x3e8f3399u,
     0x3eb1223eu, 0x3ec9db4au, 0x3edb7a09u, 0x3ee79a1au, 0x3eef77cbu, 0x3ef407a4u, 0x3ef607b4u},
    {0xbf38a934u, 0xbf387de6u, 0xbf37f6f0u, 0xbf37048bu, 0xbf35a88au, 0xbf33ed04u, 0xbf31df56u, 0xbf2f8d82u, 0xbf416814u,
     0xbf3daf58u, 0xbf3b5c08u, 0xbf39fa2au, 0xbf393713u, 0xbf38d7e1u, 0xbf38b2cdu, 0xbf38aa62u},
    {0x3fb8aa3bu, 0x3fb8a9c0u, 0x3fb8a6e8u, 0x3fb89f4eu, 0x3fb890cbu, 0x3fb879b1u, 0x3fb858d8u, 0x3fb82d90u, 0x3fb8655eu,
     0x3fb8883au, 0x3fb89aeau, 0x3fb8a42fu, 0x3fb8a848u, 0x3fb8a9c9u, 0x3fb8aa2fu, 0x3fb8aa3bu},
};
static const uint32_t log10f_coefficients[4][16] = {
    {0xbdc9ae9bu, 0xbda6fcf4u, 0xbd8bac76u, 0xbd6bca30u, 0xbd48a99bu, 0xbd2c0a9fu, 0xbd1480dbu, 0xbd00faf2u, 0xbe823aa9u,
     0xbe656348u, 0xbe4afbb9u, 0xbe346895u, 0xbe20ffffu, 0xbe103a0bu, 0xbe01a91cu, 0xbde9e84eu},
    {0x3e13d888u, 0x3e10a87cu, 0x3e0b95c3u, 0x3e057f0bu, 0x3dfde038u, 0x3df080d9u, 0x3de34c1eu, 0x3dd68333u, 0x3dac6e8eu,
     0x3dd54a51u, 0x3df30f40u, 0x3e04235du, 0x3e0b7033u, 0x3e102c90u, 0x3e12ebadu, 0x3e141ff8u},
    {0xbe5e5a9bu, 0xbe5e2677u, 0xbe5d83f5u, 0xbe5c6016u, 0xbe5abd0bu, 0xbe58a6fdu, 0xbe562e02u, 0xbe5362f8u, 0xbe68e27cu,
     0xbe646747u, 0xbe619a73u, 0xbe5ff05au, 0xbe5f0570u, 0xbe5e92d0u, 0xbe5e662bu, 0xbe5e5c08u},
    {0x3ede5bd8u, 0x3ede5b45u, 0x3ede57d8u, 0x3ede4eb1u, 0x3ede3d37u, 0x3ede2166u, 0x3eddf9d9u, 0x3eddc5bbu, 0x3ede08edu,
     0x3ede32e7u, 0x3ede4967u, 0x3ede5490u, 0x3ede597fu, 0x3ede5b50u, 0x3ede5bcau, 0x3ede5bd9u},
};

typedef size_t (*NumpyLoop)(const double *, double *, size_t, uint32_t *);

// The functions in the order of each path's numpy_f32_loops.
typedef enum {
  NUMPY_LOG1PF,
  NUMPY_EXPM1F,
  NUMPY_ARCSINHF,
  NUMPY_ARCCOSHF,
  NUMPY_ARCTANHF,
  NUMPY_SINHF,
  NUMPY_LOG2F,
  NUMPY_LOG10F
} NumpyFloatFunction;

#define LANES "numpy_logs_f32_lanes.h"
#include "lanes_per_path.h"
#undef LANES
#include "numpy_loop_dispatch.h"

// x86's default NaN, which SVML's fallbacks return for arguments outside the domain (0 / 0).
static const uint32_t default_nan = 0xffc00000u;

// log1p's fallback table by m in [1, 2) rounded to 1/64: rcp ~ 1/m, and -log(rcp) as a head and a tail.
static const uint32_t log1pf_rare_table[65][3] = {
    {0x3f800000u, 0x00000000u, 0x00000000u}, {0x3f7c0000u, 0x3c810000u, 0x35acb127u},
    {0x3f780000u, 0x3d020000u, 0x372ec4f4u}, {0x3f740000u, 0x3d44c000u, 0xb7d57ad8u},
    {0x3f700000u, 0x3d843000u, 0xb6ce94c4u}, {0x3f6e0000u, 0x3d955000u, 0x349488e3u},
    {0x3f6a0000u, 0x3db80000u, 0x37530aebu}, {0x3f660000u, 0x3ddb5000u, 0x37488dadu},
    {0x3f640000u, 0x3ded4000u, 0xb7589c7cu}, {0x3f600000u, 0x3e08bc00u, 0x35e8227eu},
    {0x3f5e0000u, 0x3e11ec00u, 0xb5ed5b64u}, {0x3f5a0000u, 0x3e248800u, 0x36f60ccfu},
    {0x3f580000u, 0x3e2dfc00u, 0xb6fe52afu}, {0x3f540000u, 0x3e412000u, 0xb6fa6ab9u},
    {0x3f520000u, 0x3e4ad400u, 0xb6948c24u}, {0x3f500000u, 0x3e54a000u, 0xb6161ba9u},
    {0x3f4c0000u, 0x3e688000u, 0x36dfc995u}, {0x3f4a0000u, 0x3e729800u, 0x35effe71u},
    {0x3f480000u, 0x3e7cc800u, 0x3663659eu}, {0x3f460000u, 0x3e838a00u, 0xb5f3f655u},
    {0x3f440000u, 0x3e88bc00u, 0x3668227eu}, {0x3f400000u, 0x3e934b00u, 0x35044d37u},
    {0x3f3e0000u, 0x3e98a800u, 0xb661e2cau}, {0x3f3c0000u, 0x3e9e1300u, 0xb6588ccdu},
    {0x3f3a0000u, 0x3ea38c00u, 0x365c271cu}, {0x3f380000u, 0x3ea91500u, 0x3660738au},
    {0x3f360000u, 0x3eaeae00u, 0xb50829a8u}, {0x3f340000u, 0x3eb45600u, 0x3603e9c7u},
    {0x3f320000u, 0x3eba0f00u, 0xb5f12731u}, {0x3f300000u, 0x3ebfd800u, 0xb5b884fdu},
    {0x3f2e0000u, 0x3ec5b200u, 0xb5caee9au}, {0x3f2c0000u, 0x3ecb9d00u, 0x3550c4d6u},
    {0x3f2a0000u, 0x3ed19a00u, 0x3580449fu}, {0x3f280000u, 0x3ed7a900u, 0x3615248du},
    {0x3f280000u, 0x3ed7a900u, 0x3615248du}, {0x3f260000u, 0x3eddcb00u, 0x348dc071u},
    {0x3f240000u, 0x3ee40000u, 0xb5c71755u}, {0x3f220000u, 0x3eea4800u, 0x3511b7bfu},
    {0x3f200000u, 0x3ef0a400u, 0x3621a272u}, {0x3f200000u, 0x3ef0a400u, 0x3621a272u},
    {0x3f1e0000u, 0x3ef71500u, 0x34ab5a0au}, {0x3f1c0000u, 0x3efd9b00u, 0xb5ea10b7u},
    {0x3f1a0000u, 0x3f021b00u, 0x34be7604u}, {0x3f1a0000u, 0x3f021b00u, 0x34be7604u},
    {0x3f180000u, 0x3f0573c0u, 0xb50e97d6u}, {0x3f160000u, 0x3f08d7c0u, 0x338f1d6bu},
    {0x3f140000u, 0x3f0c4780u, 0xb55f86e2u}, {0x3f140000u, 0x3f0c4780u, 0xb55f86e2u},
    {0x3f120000u, 0x3f0fc300u, 0x35d7f186u}, {0x3f100000u, 0x3f134b00u, 0x35844d37u},
    {0x3f100000u, 0x3f134b00u, 0x35844d37u}, {0x3f0e0000u, 0x3f16dfc0u, 0xb5aa13c8u},
    {0x3f0e0000u, 0x3f16dfc0u, 0xb5aa13c8u}, {0x3f0c0000u, 0x3f1a8140u, 0x34ad9d8du},
    {0x3f0a0000u, 0x3f1e3040u, 0x32c36bfbu}, {0x3f0a0000u, 0x3f1e3040u, 0x32c36bfbu},
    {0x3f080000u, 0x3f21ed00u, 0xb2d06dc4u}, {0x3f080000u, 0x3f21ed00u, 0xb2d06dc4u},
    {0x3f060000u, 0x3f25b800u, 0xb5a41a3du}, {0x3f060000u, 0x3f25b800u, 0xb5a41a3du},
    {0x3f040000u, 0x3f299180u, 0xb56cbcc4u}, {0x3f040000u, 0x3f299180u, 0xb56cbcc4u},
    {0x3f020000u, 0x3f2d7a00u, 0x34386c94u}, {0x3f020000u, 0x3f2d7a00u, 0x34386c94u},
    {0x3f000000u, 0x3f317200u, 0x35bfbe8eu},
};

// SVML's float32 log1p fallback (`__svml_slog1p_cout_rare_internal`) for the lanes log1pf_lanes leaves: NaN, +inf,
// x <= -1, and 1 + x from 2^127 (a table-driven log of the rounded sum).
static double log1pf_special(double wide) {
  float x = (float)wide;
  float sum = x + 1.0f;
  uint32_t bits = float_bits(sum);
  if ((bits & 0x7f800000u) == 0x7f800000u) {
    if (bits == 0xff800000u) return float_of(default_nan);
    return sum * sum;  // +inf, or the NaN quieted
  }
  int exponent_offset = 0, scaled = 0;
  if ((bits & 0x7f800000u) == 0) {  // zero or subnormal: SVML scales by 2^40 first
    sum = sum * float_of(0x53800000u);
    bits = float_bits(sum);
    scaled = 1;
    exponent_offset = -40;
  }
  if (!(sum > 0.0f)) {
    if (sum == 0.0f) return -1.0f / 0.0f;
    return float_of(default_nan);
  }
  float d = sum - 1.0f;
  if (fabsf(d) <= float_of(0x3c200000u)) {
    float p = float_of(0xbe0005a0u) * d + float_of(0x3e124e01u);
    p = p * d + float_of(0xbe2aaaabu);
    p = p * d + float_of(0x3e4ccccdu);
    p = p * d + float_of(0xbe800000u);
    p = p * d + float_of(0x3eaaaaabu);
    p = p * d + float_of(0xbf000000u);
    return p * d * d + d;
  }
  float e = (float)(exponent_offset + (int)((bits >> 23) & 0xff) - 127);
  float e_high, e_low;
  if (scaled) {
    e_high = e * float_of(0x3f317218u);
    e_low = 0.0f;
  } else {
    e_high = float_of(0x3f317200u) * e;
    e_low = e * float_of(0x35bfbe8eu);
  }
  float m = float_of((bits & 0x807fffffu) | 0x3f800000u);
  unsigned index = float_bits(m + float_of(0x48000040u)) & 127;
  const uint32_t *row = log1pf_rare_table[index];
  float rcp = float_of(row[0]), table_high = float_of(row[1]);
  float high = e_high + table_high;
  e_low = e_low + float_of(row[2]);
  float low = (table_high - (high - e_high)) + e_low;
  float m_high = (m + 8192.0f) - 8192.0f;  // m rounded to 1/1024
  float m_low = m - m_high;
  float r_high = m_high * rcp - 1.0f;
  float r_low = rcp * m_low;
  float r = r_high + r_low;
  float low_sum = r_low + low;
  float r_low_rest = r_low - (low_sum - low);
  float head = r_high + high;
  float total = head + low_sum;
  float tail = low_sum - (total - head);
  float p = float_of(0xbe0005a0u) * r + float_of(0x3e124e01u);
  p = p * r + float_of(0xbe2aaaabu);
  p = p * r + float_of(0x3e4ccccdu);
  p = p * r + float_of(0xbe800000u);
  p = p * r + float_of(0x3eaaaaabu);
  p = p * r + float_of(0xbf000000u);
  p = p * r * r;
  return (tail + (r_low_rest + p)) + total;
}

// SVML's float32 expm1 for the lanes expm1f_lanes leaves: NaN (NumPy hands it to SVML, whose lanes return it
// quieted) and x >= 86.643394, where the fallback computes e^x with its own reduction and polynomial (e^x - 1
// rounds to e^x there) and overflows to inf beyond 88.722832.
static double expm1f_special(double wide) {
  float x = (float)wide;
  if (x != x) return wide;  // converted to a double, the NaN is quiet
  if (x == __builtin_inff() || x > float_of(0x42b17217u)) return __builtin_inff();
  float t = x * float_of(0x3fb8aa3bu);
  float shifted = t + float_of(0x4b400000u);
  float n = shifted - float_of(0x4b400000u);
  float r = x - n * float_of(0x3f317200u);
  r = r - n * float_of(0x35bfbe8eu);
  float p = float_of(0x3c0950efu) * r + float_of(0x3d2bb1b6u);
  p = p * r + float_of(0x3e2aa9c6u);
  p = p * r + float_of(0x3efffe85u);
  p = p * r + float_of(0x3f800001u);
  p = p * r;
  float e = float_of(0x3f800001u) + p;
  return float_of(float_bits(e) + (float_bits(shifted) << 23));
}

// The lanes arcsinhf_lanes leaves: NaN and +-inf (arcsinh(+-inf) = +-inf).
static double arcsinhf_special(double x) { return x; }

// The lanes arccoshf_lanes leaves: NaN, +inf, x <= 1 (arccosh(1) = 0; x86's default NaN below, as inf * 0 gives).
static double arccoshf_special(double x) {
  if (x != x || x == __builtin_inf()) return x;
  if (x == 1) return 0.0;
  return float_of(default_nan);
}

// The lanes arctanhf_lanes leaves: NaN, |x| >= 1 (arctanh(+-1) = +-inf; x86's default NaN beyond, as inf * 0 gives).
static double arctanhf_special(double x) {
  if (x != x) return x;
  if (x == 1 || x == -1) return x / 0.0;
  return float_of(default_nan);
}

// SVML's float32 sinh fallback (`__svml_ssinh_cout_rare_internal`) for the lanes sinhf_lanes leaves: NaN, +-inf and
// 87.33654 < |x|, where it computes e^|x| / 2 in double precision (N = |x| 64/ln 2 rounded, a 64-entry table of
// 2^(j/64), a degree-5 polynomial) and rounds that to float, infinite from |x| = 89.41599.
static double sinhf_special(double wide) {
  float x = (float)wide;
  if (x != x || x == __builtin_inff() || x == -__builtin_inff()) return wide;
  double ax = fabs(wide);
  if (ax >= double_of(0x40565a9fa0000000ull)) return x > 0 ? __builtin_inf() : -__builtin_inf();
  const double shift = double_of(0x4338000000000000ull);
  double shifted = double_of(0x40571547652b82feull) * ax + shift;
  double n = shifted - shift;
  uint32_t n_bits = (uint32_t)bits_of_double(shifted);
  unsigned j = n_bits & 63;
  double r = ax - n * double_of(0x3f862e42fefa0000ull);
  r = r - n * double_of(0x3d1cf79abc9e3b3aull);
  double p = double_of(0x3f56c16a1c2a3ffdull) * r + double_of(0x3f8111123aaf20d3ull);
  p = p * r + double_of(0x3fa5555555558fccull);
  p = p * r + double_of(0x3fc55555555548f8ull);
  p = p * r + double_of(0x3fe0000000000000ull);
  p = p * r * r + r;
  double head = double_of(sinh_rare_table[2 * j]);
  p = p * head + double_of(sinh_rare_table[2 * j + 1]) + head;
  unsigned exponent = ((n_bits >> 6) + 1022) & 2047;  // 2^(N/64 - 1): below overflow for |x| < 89.416
  double result = double_of((uint64_t)exponent << 52) * p;
  return (float)(x < 0 ? -result : result);
}

// SVML's float32 log2 (`log10`: false) or log10 (true) of one float, the special values as SVML returns them: the
// lanes log2f_lanes and log10f_lanes leave (zero, subnormal, negative, +inf and NaN).
static float log_family_float(float x, int log10) {
  uint32_t bits = float_bits(x);
  if (x != x) return float_of(bits | 0x00400000u);  // the NaN, quieted
  if (x == 0) return float_of(0xff800000u);         // -inf for +-0
  if (bits >> 31) return float_of(0xffc00000u);     // x86's default NaN for x < 0
  if (bits == 0x7f800000u) return x;                // +inf
  int exponent = (int)(bits >> 23) - 127;
  if (bits < 0x00800000u) {  // subnormal: normalized exactly first
    bits = float_bits(x * 0x1p24f);
    exponent = (int)(bits >> 23) - 127 - 24;
  }
  uint32_t fraction = bits & 0x007fffffu;
  int upper = fraction >= 0x00400000u;  // m >= 1.5: SVML's mantissa is m / 2, its exponent one more
  float m = float_of(fraction | (upper ? 0x3f000000u : 0x3f800000u));
  unsigned interval = (float_bits(m) >> 19) & 15;
  const uint32_t(*c)[16] = log10 ? log10f_coefficients : log2f_coefficients;
  float k = (float)(exponent + upper);
  if (log10) k = k * float_of(0x3e9a209bu);
  float t = m - 1.0f;
  float p = fmaf(t, float_of(c[0][interval]), float_of(c[1][interval]));
  p = fmaf(t, p, float_of(c[2][interval]));
  p = fmaf(t, p, float_of(c[3][interval]));
  return fmaf(t, p, k);
}

static double log2f_special(double x) { return log_family_float((float)x, 0); }

static double log10f_special(double x) { return log_family_float((float)x, 1); }

DEFINE_NUMPY_DISPATCH(NumpyFloatFunction, numpy_f32_loops)

void docbuild_numpy_log1p_float32(const double *x, double *y, size_t n) {
  run_finished(NUMPY_LOG1PF, log1pf_special, x, y, n);
}

void docbuild_numpy_expm1_float32(const double *x, double *y, size_t n) {
  run_finished(NUMPY_EXPM1F, expm1f_special, x, y, n);
}

void docbuild_numpy_arcsinh_float32(const double *x, double *y, size_t n) {
  run_finished(NUMPY_ARCSINHF, arcsinhf_special, x, y, n);
}

void docbuild_numpy_arccosh_float32(const double *x, double *y, size_t n) {
  run_finished(NUMPY_ARCCOSHF, arccoshf_special, x, y, n);
}

void docbuild_numpy_arctanh_float32(const double *x, double *y, size_t n) {
  run_finished(NUMPY_ARCTANHF, arctanhf_special, x, y, n);
}

void docbuild_numpy_sinh_float32(const double *x, double *y, size_t n) {
  run_finished(NUMPY_SINHF, sinhf_special, x, y, n);
}

void docbuild_numpy_log2_float32(const double *x, double *y, size_t n) {
  run_finished(NUMPY_LOG2F, log2f_special, x, y, n);
}

void docbuild_numpy_log10_float32(const double *x, double *y, size_t n) {
  run_finished(NUMPY_LOG10F, log10f_special, x, y, n);
}
