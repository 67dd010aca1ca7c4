// The vector fast paths of the elementary functions, compiled once per code path by elementary.c through
// lanes_per_path.h (which defines SUFFIX, ATTRIBUTES, WIDTH, FUSED, the vector types and F).
//
// Every lane runs either the same IEEE operations, in the same order, as the Swift code it mirrors in
// Sources/TensorCore/Elementary (the plain-double fast paths expFast, exp2Fast, expm1Fast, logFast, logBaseFast,
// tanhFast, hyperbolicFast, atanFast, atan2Fast, whose comments prove their error bounds, except
// that the logarithms' series runs in Estrin's order (log_series proves the bounds still hold), and for
// sin, cos, small log1p, pow's undecided lanes and hypot the double-double path itself), or a fast path of its own
// with its error bound proved here and a rounding test (log_dd_fast, for log1p, asinh, acosh and atanh; tan_lanes;
// asin_unit, for asin and acos; pow_fast_lanes), whose bound also covers the double-double path's error. So a decided
// lane has the Swift function's bits; the width only decides how many lanes run side by side.
//
// On the paths with FMA hardware (FUSED), the fast paths with a rounding test (never sin's and cos's double-double
// lanes, which have none) take fewer operations: a product and the sum after it in one fused multiply-add, which
// rounds once where the portable lanes round twice, so every error bound proved for them still holds; FastTwoSum
// where a comment shows the larger operand comes first; and their own reductions (log_fused_reduction,
// cody_waite_fused) with their bounds proved there. Their decided lanes are still the correctly rounded value, which
// is what the portable lanes and the scalar function give, so no result bit depends on the path.

// The lanes of an index vector as integers in memory, for the table reads below: one vector store, and each read's
// address from a scalar load (load ports), where taking the lanes out of the register one by one costs a vector
// instruction each on the ports the arithmetic needs; pow's loop ran 15% faster so on AVX-512. The empty asm keeps
// the compiler from turning the loads back into lane extractions.
#define SPILL_INDICES(i, name)                                                                                         \
  unsigned long name[WIDTH];                                                                                           \
  memcpy(name, &(i), sizeof name);                                                                                     \
  __asm__("" : : "m"(name))

// A vector of the wide paths from its blocks of 8 lanes, which the table reads below transpose one block at a time:
// the one block, or two joined. (Redefined for each path this file is compiled for.)
#undef LANES_OF_BLOCKS
#if WIDTH == 16
#define LANES_OF_BLOCKS(blocks)                                                                                        \
  __builtin_shufflevector((blocks)[0], (blocks)[1], 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
#else
#define LANES_OF_BLOCKS(blocks) ((blocks)[0])
#endif

// table[2 i] in each lane, and table[2 i + 1] in *low: one 16-byte load per lane and two shuffles, for the tables of
// (hi, lo) pairs. (Loading lane by lane, one value at a time, cost twice as many instructions; hardware gathers
// measured slower still on this project's build machine.) Only values move, so no bit depends on how.
ATTRIBUTES static inline VD F(gather_pair)(const double *table, VU i, VD *low) {
  typedef double Pair __attribute__((ext_vector_type(2)));
  Pair p[WIDTH];
  SPILL_INDICES(i, index);
  for (int l = 0; l < WIDTH; l++) memcpy(&p[l], table + 2 * index[l], sizeof(Pair));
#if WIDTH == 2
  *low = __builtin_shufflevector(p[0], p[1], 1, 3);
  return __builtin_shufflevector(p[0], p[1], 0, 2);
#elif WIDTH == 4
  typedef double Quad __attribute__((ext_vector_type(4)));
  Quad a = __builtin_shufflevector(p[0], p[2], 0, 1, 2, 3), b = __builtin_shufflevector(p[1], p[3], 0, 1, 2, 3);
  *low = __builtin_shufflevector(a, b, 1, 5, 3, 7);
  return __builtin_shufflevector(a, b, 0, 4, 2, 6);
#else
  // Each block of 8 lanes: 16-byte loads paired into 32-byte halves, then two shuffles; 16 lanes are two blocks.
  typedef double Quad __attribute__((ext_vector_type(4)));
  typedef double Oct __attribute__((ext_vector_type(8)));
  Oct lows[WIDTH / 8], highs[WIDTH / 8];
  for (int h = 0; h < WIDTH / 8; h++) {
    const Pair *q = p + 8 * h;
    Quad a0 = __builtin_shufflevector(q[0], q[2], 0, 1, 2, 3), a1 = __builtin_shufflevector(q[4], q[6], 0, 1, 2, 3);
    Quad b0 = __builtin_shufflevector(q[1], q[3], 0, 1, 2, 3), b1 = __builtin_shufflevector(q[5], q[7], 0, 1, 2, 3);
    Oct a = __builtin_shufflevector(a0, a1, 0, 1, 2, 3, 4, 5, 6, 7);
    Oct b = __builtin_shufflevector(b0, b1, 0, 1, 2, 3, 4, 5, 6, 7);
    lows[h] = __builtin_shufflevector(a, b, 1, 9, 3, 11, 5, 13, 7, 15);
    highs[h] = __builtin_shufflevector(a, b, 0, 8, 2, 10, 4, 12, 6, 14);
  }
  *low = LANES_OF_BLOCKS(lows);
  return LANES_OF_BLOCKS(highs);
#endif
}

// table[4 i], table[4 i + 1], table[4 i + 2] and table[4 i + 3] in each lane (the first returned, the others in *b,
// *c, *d): one 32-byte load per lane and a transposition, for tables of four values per entry.
ATTRIBUTES static inline VD F(gather_quad)(const double *table, VU i, VD *b, VD *c, VD *d) {
  typedef double Quad __attribute__((ext_vector_type(4)));
  Quad q[WIDTH];
  SPILL_INDICES(i, index);
  for (int l = 0; l < WIDTH; l++) memcpy(&q[l], table + 4 * index[l], sizeof(Quad));
#if WIDTH == 2
  *b = __builtin_shufflevector(q[0], q[1], 1, 5);
  *c = __builtin_shufflevector(q[0], q[1], 2, 6);
  *d = __builtin_shufflevector(q[0], q[1], 3, 7);
  return __builtin_shufflevector(q[0], q[1], 0, 4);
#elif WIDTH == 4
  Quad even01 = __builtin_shufflevector(q[0], q[1], 0, 4, 2, 6), odd01 = __builtin_shufflevector(q[0], q[1], 1, 5, 3, 7);
  Quad even23 = __builtin_shufflevector(q[2], q[3], 0, 4, 2, 6), odd23 = __builtin_shufflevector(q[2], q[3], 1, 5, 3, 7);
  *b = __builtin_shufflevector(odd01, odd23, 0, 1, 4, 5);
  *c = __builtin_shufflevector(even01, even23, 2, 3, 6, 7);
  *d = __builtin_shufflevector(odd01, odd23, 2, 3, 6, 7);
  return __builtin_shufflevector(even01, even23, 0, 1, 4, 5);
#else
  // Each block of 8 lanes transposed as 4 x 8; 16 lanes are two blocks.
  typedef double Oct __attribute__((ext_vector_type(8)));
  Oct ra[WIDTH / 8], rb[WIDTH / 8], rc[WIDTH / 8], rd[WIDTH / 8];
  for (int h = 0; h < WIDTH / 8; h++) {
    const Quad *r = q + 8 * h;
    Oct z0 = __builtin_shufflevector(r[0], r[4], 0, 1, 2, 3, 4, 5, 6, 7);
    Oct z1 = __builtin_shufflevector(r[1], r[5], 0, 1, 2, 3, 4, 5, 6, 7);
    Oct z2 = __builtin_shufflevector(r[2], r[6], 0, 1, 2, 3, 4, 5, 6, 7);
    Oct z3 = __builtin_shufflevector(r[3], r[7], 0, 1, 2, 3, 4, 5, 6, 7);
    Oct even01 = __builtin_shufflevector(z0, z1, 0, 8, 2, 10, 4, 12, 6, 14);
    Oct odd01 = __builtin_shufflevector(z0, z1, 1, 9, 3, 11, 5, 13, 7, 15);
    Oct even23 = __builtin_shufflevector(z2, z3, 0, 8, 2, 10, 4, 12, 6, 14);
    Oct odd23 = __builtin_shufflevector(z2, z3, 1, 9, 3, 11, 5, 13, 7, 15);
    rb[h] = __builtin_shufflevector(odd01, odd23, 0, 1, 8, 9, 4, 5, 12, 13);
    rc[h] = __builtin_shufflevector(even01, even23, 2, 3, 10, 11, 6, 7, 14, 15);
    rd[h] = __builtin_shufflevector(odd01, odd23, 2, 3, 10, 11, 6, 7, 14, 15);
    ra[h] = __builtin_shufflevector(even01, even23, 0, 1, 8, 9, 4, 5, 12, 13);
  }
  *b = LANES_OF_BLOCKS(rb);
  *c = LANES_OF_BLOCKS(rc);
  *d = LANES_OF_BLOCKS(rd);
  return LANES_OF_BLOCKS(ra);
#endif
}

// |v|, by clearing the sign bit.
ATTRIBUTES static inline VD F(magnitude)(VD v) { return (VD)((VU)v & 0x7FFFFFFFFFFFFFFFUL); }

// mask ? a : b, lane by lane, for a mask of comparison results (all bits set or clear).
ATTRIBUTES static inline VD F(select)(VL mask, VD a, VD b) {
  return (VD)(((VU)a & (VU)mask) | ((VU)b & ~(VU)mask));
}

// Knuth's TwoSum: *error = (a + b) - rounded sum, exactly.
ATTRIBUTES static inline VD F(two_sum)(VD a, VD b, VD *error) {
  VD s = a + b;
  VD bb = s - a;
  *error = (a - (s - bb)) + (b - bb);
  return s;
}

// Dekker's FastTwoSum, for |a| >= |b|.
ATTRIBUTES static inline VD F(fast_two_sum)(VD a, VD b, VD *error) {
  VD s = a + b;
  *error = b - (s - a);
  return s;
}

// Veltkamp's split into two 26-bit halves.
ATTRIBUTES static inline VD F(split)(VD a, VD *low) {
  VD c = 134217729.0 * a;
  VD hi = c - (c - a);
  *low = a - hi;
  return hi;
}

// Dekker's TwoProduct, without fused multiply-add.
ATTRIBUTES static inline VD F(two_product)(VD a, VD b, VD *error) {
  VD p = a * b;
  VD al, bl;
  VD ah = F(split)(a, &al);
  VD bh = F(split)(b, &bl);
  *error = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return p;
}

// a * b exactly as the rounded product and *error, for products whose error is a normal double (no underflow) and
// |a|, |b| < 2^995: then Dekker's TwoProduct and a fused multiply-add, which rounds a * b - p correctly, give the same
// exact value, so the paths with FMA (FUSED 1) use it and the portable path keeps Dekker's. Only where the caller has
// shown the error cannot underflow. Its callers' operands: divide's quotient times divisor is near the numerator,
// at least 2^-61 in every lane that keeps its result (tan's sine and cosine, tanh's e^2a - 1); atanh's quotient
// times divisor is near 1 + a; the square roots' s is at least 2^-26 (1 + a^2, x^2 - 1 >= 2^-51, 1 - a^2 >= 2^-53,
// hypot's [1, 8)); the logarithms' z c_i is near 1 and their s or r, a multiple of 2^-80, is 0 or at least that;
// log1p's argument is at least 2^-400 (log1p_lanes) and asinh's and acosh's squared one 2^-26;
// sin_cos's u, a multiple of ulp of the reduced argument (which no double below 2^19 brings under 2^-484), and
// table values are 0 or at least sin(1/64); sinh's and cosh's e^a and e^-a are within e^±40; pow's loop leaves
// |y log x| < 2^-400 to the scalar function, so its reduced argument is 0 or at least 2^-400; asin and acos square
// a >= 2^-200 and a root s >= 2^-27, and asin_unit multiplies u >= 2^-27 (or 0) by C >= 0.7 and c (0 or at least
// 2^-7) by v >= 2^-27.
ATTRIBUTES static inline VD F(exact_product)(VD a, VD b, VD *error) {
#if FUSED
  VD p = a * b;
  *error = __builtin_elementwise_fma(a, b, -p);
  return p;
#else
  return F(two_product)(a, b, error);
#endif
}

// a * b + c rounded once: one instruction on the paths with FMA hardware. Only the fast paths of their own use it
// (pow_fast_lanes, and the logarithms' lanes through log_fused_reduction), and only on those paths (the tests'
// pow_fast loop also on the portable one, through libm's correctly rounded fma()): their decided lanes are the
// correctly rounded value, which the portable path's own lanes and the scalar function give too, so no result bit
// depends on whether a path has fused multiply-adds.
ATTRIBUTES static inline VD F(fused)(VD a, VD b, VD c) { return __builtin_elementwise_fma(a, b, c); }

// a * b + c: one fused multiply-add on the paths with FMA hardware (one rounding), a product and then a sum on the
// portable path (two roundings: the same operations, so the same bits, as the expression it replaced). Only in fast
// paths with a rounding test, whose proofs bound the two roundings: one is within the same bound.
ATTRIBUTES static inline VD F(product_sum)(VD a, VD b, VD c) {
#if FUSED
  return F(fused)(a, b, c);
#else
  return a * b + c;
#endif
}

// (ah + al) / (bh + bl) as a double-double (DoubleDouble.divide).
ATTRIBUTES static inline VD F(divide)(VD ah, VD al, VD bh, VD bl, VD *low) {
  VD q = ah / bh;
  VD e;
  VD p = F(exact_product)(q, bh, &e);
  VD remainder = F(product_sum)(-q, bl, ((ah - p) - e) + al);
  return F(fast_two_sum)(q, remainder / bh, low);
}

// 2^k as a double from the rounded multiple's bits (k = n >> 10 where n is the low 32 bits of `shifted`): n - j is a
// multiple of 1024, so shifting it left by 42 places k at the exponent field without an arithmetic shift.
ATTRIBUTES static inline VD F(scale_of)(VU shifted, VU j) {
  return (VD)(((shifted - j) << 42) + ((1023UL << 52) - (0x4338000000000000UL << 42)));
}

// expFastReduced: 2^(n/1024) e^r = (th + *lo) * *scale with th returned, n the low 32 bits of `shifted`.
ATTRIBUTES static inline VD F(exp_reduced)(VD r, VD shifted, const DocbuildElementaryTables *t, VD *lo, VD *scale) {
  VU bits = (VU)shifted;
  VU j = bits & 1023;
  VD tl;
  VD th = F(gather_pair)(t->exp2_fraction_1024, j, &tl);
#if FUSED
  // The same terms with each product and the sum after it in one fused multiply-add (one rounding where the portable
  // lanes round twice, so expFastReduced's bounds hold).
  VD p = F(fused)(r * r, F(fused)(r, F(fused)(r, F(fused)(r, 1.0 / 120, 1.0 / 24), 1.0 / 6), 0.5), r);
  *lo = F(fused)(th, p, tl);
#else
  VD p = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120))));
  *lo = tl + th * p;
#endif
  *scale = F(scale_of)(bits, j);
  return th;
}

// expFastParts: e^x = (th + *lo) * *scale with th returned.
ATTRIBUTES static inline VD F(exp_parts)(VD x, const DocbuildElementaryTables *t, VD *lo, VD *scale) {
  VD shifted = x * 0x1.71547652b82fep+10 + 0x1.8p52;
  VD n = shifted - 0x1.8p52;
#if FUSED
  // x - n A is exact either way (A has 32 bits); the second product and difference round once here.
  VD r = F(fused)(-n, 0x1.a39ef35793c76p-43, F(fused)(-n, 0x1.62e42fee00000p-11, x));
  return F(exp_reduced)(r, shifted, t, lo, scale);
#else
  return F(exp_reduced)((x - n * 0x1.62e42fee00000p-11) - n * 0x1.a39ef35793c76p-43, shifted, t, lo, scale);
#endif
}

ATTRIBUTES static inline VL F(exp2_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  VD shifted = x * 1024 + 0x1.8p52;
  VD n = shifted - 0x1.8p52;
  VD r = x - n * 0x1p-10;
  VD lo, scale;
#if FUSED
  VD th = F(exp_reduced)(F(fused)(r, 0x1.62e42fefa39efp-1, r * 0x1.abc9e3b39803fp-56), shifted, t, &lo, &scale);
#else
  VD th = F(exp_reduced)(r * 0x1.62e42fefa39efp-1 + r * 0x1.abc9e3b39803fp-56, shifted, t, &lo, &scale);
#endif
  VD bound = th * 0x1p-61;
  VD result = th + (lo + bound);
  *y = result * scale;
  return (result == th + (lo - bound)) & (x < 1020) & (x > -1020);
}

ATTRIBUTES static inline VL F(exp_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  VD lo, scale;
  VD th = F(exp_parts)(x, t, &lo, &scale);
  VD bound = th * 0x1p-61;
  VD result = th + (lo + bound);
  *y = result * scale;
  return (result == th + (lo - bound)) & (x < 708) & (x > -708);
}

// The logarithms' series coefficient q = 1/3 - r/4 + r^2/5 - ... + r^6/9, for |r| <= 2^-7.9 with r2 = r * r
// rounded, in Estrin's order (pairs, then powers r^2 and r^4) rather than Horner's, so the dependency chain is three
// multiply-adds long instead of seven (the loops are bound by latency). Only the rounding of q differs from the
// Swift code's Horner order: every operation here rounds a value below 0.35 (the partial sums of an alternating
// series with |r| < 1/128 stay within 1/3 + 1/128), r2 and r4 are within 2^-52 of r^2 and r^4, so q is within
// 2^-50 absolute of the exact polynomial either way, and the callers use it only in r^3 q, where that is below
// 2^-57.9 r^2: under 2^-7 of the 2^-51 r^2 the callers' proofs budget for the r^2 term, which stays inside their
// rounding tests' 2^-50 r^2 (2^-49 in logBaseFast and log_dd_fast). A decided lane is the correctly rounded value
// (and so the accurate path's) whichever order rounded q.
ATTRIBUTES static inline VD F(log_series)(VD r, VD r2) {
  VD r4 = r2 * r2;
  return ((1.0 / 3 + r * (-1.0 / 4)) + r2 * (1.0 / 5 + r * (-1.0 / 6))) +
         r4 * ((1.0 / 7 + r * (-1.0 / 8)) + r2 * (1.0 / 9));
}

// The table reduction of every logarithm lane (Elementary.logFast's): x = 2^k z with z in [0.6875, 1.375), from x's
// bits less 0.6875's, and by z's top 7 mantissa bits the table's invc (about 1/c, returned) and log c = *log_c +
// *log_c_low. Bits and table reads only, exact.
ATTRIBUTES static inline VD F(log_table_reduction)(VD x, const DocbuildElementaryTables *t, VD *k, VD *z, VD *log_c,
                                                   VD *log_c_low) {
  VU bits = (VU)x;
  VU tmp = bits - 0x3FE6000000000000UL;
  VU i = (tmp >> 45) & 127;
  *k = __builtin_convertvector(((VL)tmp) >> 52, VD);
  *z = (VD)(bits - (tmp & 0xFFF0000000000000UL));
  VD pad;
  return F(gather_quad)(t->log_quad, i, log_c, log_c_low, &pad);
}

#if !FUSED
// The portable lanes' r = z invc - 1 = rh + *rl exactly, with z split so that zh invc is exact (Elementary.logFast):
// the table reduction's k, invc and log c as log_table_reduction returns them.
ATTRIBUTES static inline VD F(log_split_reduction)(VD x, const DocbuildElementaryTables *t, VD *k, VD *rl, VD *invc,
                                                   VD *log_c, VD *log_c_low) {
  VD z;
  *invc = F(log_table_reduction)(x, t, k, &z, log_c, log_c_low);
  VD zh = (VD)((VU)z & 0xFFFFFFFFFC000000UL);
  return F(two_sum)(zh * *invc - 1, (z - zh) * *invc, rl);
}
#endif

#if FUSED
// The logarithms' fast paths on the paths with FMA hardware (log_lanes, log_base_lanes and log_dd_fast there): the
// same reduction, terms and rounding tests as the portable path's lanes (and the Swift logFast and logBaseFast),
// in fewer operations, so half as many per lane. Their decided lanes are the correctly rounded value, as the
// portable lanes' are, so every path and the scalar function give the same bits (proof below and at each caller).
//
// log_fused_reduction: x = 2^k z (z in [0.6875, 1.375)) and r = z invc - 1 = rh + *rl exactly, as pow_fast_lanes
// takes it: z invc = zp + its error by a fused multiply-add (exact: the error of a product near 1 is far from
// underflow), zp - 1 exact by Sterbenz's lemma and at least ulp(zp) unless 0, so FastTwoSum holds. Over the table,
// |r| <= 2^-7 where c = 1 (log c = 0, rl = 0) and |r| <= 2^-8.01 elsewhere, where |log c| >= 2^-7.4. Also returns k,
// invc and log c = *log_c + *log_c_low (within 2^-106 of -log invc).
ATTRIBUTES static inline VD F(log_fused_reduction)(VD x, const DocbuildElementaryTables *t, VD *k, VD *rl, VD *invc,
                                                   VD *log_c, VD *log_c_low) {
  VD z;
  *invc = F(log_table_reduction)(x, t, k, &z, log_c, log_c_low);
  VD zp = z * *invc;
  return F(fast_two_sum)(zp - 1, F(fused)(z, *invc, -zp), rl);
}

// log(1 + rh) - rh, plus `small`, as r2 (rh q - 1/2) + small rounded with fused multiply-adds: q = 1/3 - rh/4 + ...
// + rh^6/9 in Estrin's order, r2 = rh * rh rounded, |rh| <= 2^-7. The error budget of the callers' r^2 terms: r2 is
// within 2^-53 r^2, so r2 (rh q - 1/2) within 2^-54 r^2 (1.01 of it); rh q - 1/2 (below 0.51) rounds at 2^-54;
// q (every operation rounds a value below 0.35, each factor r2 or r4 within 2^-52 relative) is within 2^-50 of the
// polynomial, 2^-57 r^2 in r2 rh q; the last fused multiply-add rounds at 2^-53 of r^2/1.96 + |small|. The series'
// tail (rh^10/10 and on, for |rh| <= 2^-7) is below 2^-59.3 r^2. So the sum is within 2^-52.3 r^2 + 2^-53 |small|
// of log(1 + rh) - rh + small.
ATTRIBUTES static inline VD F(log_fused_tail)(VD rh, VD r2, VD small) {
  VD r4 = r2 * r2;
  VD q = F(fused)(r4, F(fused)(r2, 1.0 / 9, F(fused)(rh, -1.0 / 8, 1.0 / 7)),
                  F(fused)(r2, F(fused)(rh, -1.0 / 6, 1.0 / 5), F(fused)(rh, -1.0 / 4, 1.0 / 3)));
  return F(fused)(r2, F(fused)(rh, q, -0.5), small);
}

// log c + r added exactly, or k ln2hi + log c + r: s + *error, for the reduction's rh (|rh| <= 2^-7) and kh = k ln2hi
// (exact: ln2hi has 42 bits, |k| < 2^11) or 0. Two FastTwoSums: |kh| >= 0.69 > |log c| (|log c| <= log 1.375) unless
// kh = 0; then |kh + log c| >= 0.31 > |rh| when kh != 0, and |log c| >= 2^-7.4 > |rh| when kh = 0 and c != 1, and
// log c = 0 when c = 1 (0 + rh is exact). The two errors add at 2^-53 of a value below 2^-51.9 |s|.
ATTRIBUTES static inline VD F(log_fused_head)(VD kh, VD log_c, VD rh, VD *error) {
  VD e1, e2;
  VD h = F(fast_two_sum)(kh, log_c, &e1);
  VD s = F(fast_two_sum)(h, rh, &e2);
  *error = e1 + e2;
  return s;
}
#endif

ATTRIBUTES static inline VL F(log_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
#if FUSED
  // As the portable lanes below (logFast's terms and test), with the fused pieces above: log x = s + lo, the heads
  // exact (log_fused_head), and in lo log(1 + r) - r (log_fused_tail, 2^-52.3 r^2) with small = rl (1 - rh) +
  // k ln2lo + log c's tail, where rl (1 - rh) stands for log(1 + r) - log(1 + rh) (its next term, below
  // 2^-53 |r|^3, is 2^-60 r^2). small is below |k| 2^-44.9 + 2^-54 + 2^-60, its two roundings and its 2^-53 in the
  // tail's last rounding below |k| 2^-96 + 2^-105; so are the errors of ln2lo (|k| 2^-97) and of the table (2^-106),
  // and the heads' errors (2^-105 |s|) and lo's last rounding (2^-53 of 2^-51.9 |s| + r^2/1.9): in all within
  // 2^-51.8 r^2 + 2^-90 |s| of log x (|s| >= 0.3 |k| when k != 0), below the portable lanes' 2^-51 r^2 + 2^-74 |s|. The
  // same test, 2^-50 r^2 + 2^-64 |s|, leaves the same room for the accurate path, so a decided lane is the correctly
  // rounded value and the scalar function's.
  VD k, rl, invc, log_c, log_c_low, head_error;
  VD rh = F(log_fused_reduction)(x, t, &k, &rl, &invc, &log_c, &log_c_low);
  VD s = F(log_fused_head)(k * 0x1.62e42fefa3800p-1, log_c, rh, &head_error);
  VD r2 = rh * rh;
  VD small = F(fused)(-rl, rh, rl + F(fused)(k, 0x1.ef35793c76730p-45, log_c_low));
  VD lo = head_error + F(log_fused_tail)(rh, r2, small);
  VD bound = F(fused)(r2, 0x1p-50, F(magnitude)(s) * 0x1p-64);
#else
  VD k, rl, invc, log_c, log_c_low, he, se;
  VD rh = F(log_split_reduction)(x, t, &k, &rl, &invc, &log_c, &log_c_low);
  VD h = F(two_sum)(k * 0x1.62e42fefa3800p-1, log_c, &he);
  VD s = F(two_sum)(h, rh, &se);
  VD r2 = rh * rh;
  VD q = F(log_series)(rh, r2);
  VD lo = he + se +
          (k * 0x1.ef35793c76730p-45 + log_c_low + rl - rl * rh + r2 * (rh * q - 0.5));
  VD magnitude = (VD)((VU)s & 0x7FFFFFFFFFFFFFFFUL);
  VD bound = r2 * 0x1p-50 + magnitude * 0x1p-64;
#endif
  VD result = s + (lo + bound);
  *y = result;
  // Positive, normal and finite (NaN fails every comparison).
  return (result == s + (lo - bound)) & (x >= 0x1p-1022) & (x <= 0x1.fffffffffffffp+1023);
}

ATTRIBUTES static inline VL F(expm1_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  VD lo, scale, el, se;
  VD th = F(exp_parts)(x, t, &lo, &scale);
  VD eh = F(fast_two_sum)(th * scale, lo * scale, &el);
  VD s = F(two_sum)(eh, -1, &se);
  VD tail = se + el;
  VD bound = (eh + F(magnitude)(s)) * 0x1p-62;
  VD result = s + (tail + bound);
  *y = result;
  return (result == s + (tail - bound)) & (F(magnitude)(x) >= 0x1p-5) & (x < 708) & (x > -40);
}

// logBaseFast: log x / ln b with (mh + ml) = 1/ln b and (kh + kl) = log_b 2.
ATTRIBUTES static inline VL F(log_base_lanes)(VD x, VD *y, const DocbuildElementaryTables *t, double mh, double ml,
                                              double kh, double kl) {
#if FUSED
  // As the portable lanes below (logBaseFast's terms and test), with the fused pieces of log_lanes: L = log z = s +
  // lo (log_fused_head with k ln2hi = 0, so s + se = log c + rh exactly; log_fused_tail), within 2^-51.8 r^2 + 2^-104
  // of L as in log_lanes. Times 1/ln b (at most 1.45): ph + pe = s mh exactly (fused; s is 0 or at least 2^-53, so
  // the error is normal), s ml + pe rounds at 2^-105 |ph| and lo mh + that at 2^-53 of 2^-52 |ph| + 0.73 r^2; so
  // within 2^-51.1 r^2 + 2^-102 |ph| with lo's error carried. Then k log_b 2 = k kh (exact: kh has at most 42 bits)
  // plus ph by FastTwoSum (|k kh| >= 1 or 0.301 > |ph| <= 0.46 or 0.14, for log2 and log10, unless k = 0, when the
  // sum is ph exactly), and the tail k kl + pl, te + that, rounds at 2^-53 of |k| 2^-35 + 0.73 r^2 + 2^-51 |total|.
  // In all within 2^-50.7 r^2 + 2^-74 |total| (|L / ln b| < 0.55 |k log_b 2| when k != 0), about the portable
  // lanes' 2^-50.5 r^2, so the same test, 2^-49 r^2 + 2^-64 |total|, decides only where the result is the correctly
  // rounded one.
  VD k, rl, invc, log_c, log_c_low, se, pe, te;
  VD rh = F(log_fused_reduction)(x, t, &k, &rl, &invc, &log_c, &log_c_low);
  VD s = F(log_fused_head)(0, log_c, rh, &se);
  VD r2 = rh * rh;
  VD lo = se + F(log_fused_tail)(rh, r2, F(fused)(-rl, rh, rl + log_c_low));
  VD ph = s * mh;
  pe = F(fused)(s, mh, -ph);
  VD pl = F(fused)(lo, mh, F(fused)(s, ml, pe));
  VD total = F(fast_two_sum)(k * kh, ph, &te);
  VD tail = te + F(fused)(k, kl, pl);
  VD bound = F(fused)(r2, 0x1p-49, F(magnitude)(total) * 0x1p-64);
#else
  VD k, rl, invc, log_c, log_c_low, se, pe, total_error;
  VD rh = F(log_split_reduction)(x, t, &k, &rl, &invc, &log_c, &log_c_low);
  VD s = F(two_sum)(log_c, rh, &se);
  VD r2 = rh * rh;
  VD q = F(log_series)(rh, r2);
  VD lo = se + (log_c_low + rl - rl * rh + r2 * (rh * q - 0.5));
  VD ph = F(exact_product)(s, mh, &pe);
  VD pl = pe + (s * ml + lo * mh);
  VD total = F(two_sum)(k * kh, ph, &total_error);
  VD tail = total_error + (pl + k * kl);
  VD magnitude = (VD)((VU)total & 0x7FFFFFFFFFFFFFFFUL);
  VD bound = r2 * 0x1p-49 + magnitude * 0x1p-64;
#endif
  VD result = total + (tail + bound);
  *y = result;
  return (result == total + (tail - bound)) & (x >= 0x1p-1022) & (x <= 0x1.fffffffffffffp+1023);
}

ATTRIBUTES static inline VL F(log2_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  return F(log_base_lanes)(x, y, t, 0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56, 1, 0);
}

ATTRIBUTES static inline VL F(log10_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  return F(log_base_lanes)(x, y, t, 0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57, 0x1.34413509f7800p-2,
                           0x1.fef311f12b358p-46);
}

// TrigonometricReduction.codyWaite: x = n pi/2 + rh + *rl, for |x| < 2^19 (n = round(x 2/pi), recomputed by the
// callers for the quadrant with the same operations).
ATTRIBUTES static inline VD F(cody_waite)(VD x, VD *rl) {
  VD shifted = x * 0x1.45f306dc9c883p-1 + 0x1.8p52;
  VD n = shifted - 0x1.8p52;
  VD e1, e2;
  VD s1 = F(two_sum)(x - n * 0x1.921fb54400000p+0, -(n * 0x1.0b4611a600000p-34), &e1);
  VD s2 = F(two_sum)(s1, -(n * 0x1.3198a2e000000p-69), &e2);
  return F(fast_two_sum)(s2, e2 + e1 - n * 0x1.b839a252049c1p-104, rl);
}

// TrigonometricReduction.codyWaite then Elementary.sinCos, operation for operation (the double-double path itself,
// not a fast path, so no rounding test): sin and cos of the reduced argument as double-doubles, and the quadrant.
ATTRIBUTES static inline VU F(sin_cos)(VD x, const DocbuildElementaryTables *t, VD *sh, VD *sl, VD *ch, VD *cl) {
  VD rl;
  VD rh = F(cody_waite)(x, &rl);
  VD shifted = x * 0x1.45f306dc9c883p-1 + 0x1.8p52;
  // r = i/64 + u with |u| <= 1/128; the table has sin and cos of i/64 for |i| <= 51.
  VD shifted64 = rh * 64 + 0x1.8p52;
  VD scaled = shifted64 - 0x1.8p52;
  VL i = (VL)((VU)shifted64 - 0x4338000000000000UL);
  VL negative = i < 0;
  VU magnitude = (VU)((i ^ negative) - negative);
  VL large = magnitude > 51;
  VU index = ((magnitude & ~(VU)large) | (51 & (VU)large)) * 4;
  VD u = rh - scaled * 0x1p-6;
  VD u2 = u * u;
  VD p = -1.0 / 6 + u2 * (1.0 / 120 + u2 * (-1.0 / 5040 + u2 * (1.0 / 362880)));
  VD stl = u * u2 * p + rl * (1 - 0.5 * u2);
  VD ql, c2a;
  VD qh = F(exact_product)(u, u, &ql);
  VD q = 1.0 / 24 + u2 * (-1.0 / 720 + u2 * (1.0 / 40320 + u2 * (-1.0 / 3628800)));
  VD c1 = F(fast_two_sum)(1, -0.5 * qh, &c2a);
  VD c2 = c2a - 0.5 * ql + u2 * u2 * q - rl * u;
  VU sign = (VU)negative & 0x8000000000000000UL;
  VD sal0, cah, cal;
  VD sah0 = F(gather_quad)(t->sin_cos, index / 4, &sal0, &cah, &cal);
  VD sah = (VD)((VU)sah0 ^ sign);
  VD sal = (VD)((VU)sal0 ^ sign);
  VD p1e, p2e, p3e, p4e, se, ce;
  VD p1h = F(exact_product)(sah, c1, &p1e);
  VD p1l = p1e + (sah * c2 + sal * c1);
  VD p2h = F(exact_product)(cah, u, &p2e);
  VD p2l = p2e + (cah * stl + cal * u);
  VD s = F(two_sum)(p1h, p2h, &se);
  *sh = F(fast_two_sum)(s, se + (p1l + p2l), sl);
  VD p3h = F(exact_product)(cah, c1, &p3e);
  VD p3l = p3e + (cah * c2 + cal * c1);
  VD p4h = F(exact_product)(sah, u, &p4e);
  VD p4l = p4e + (sah * stl + sal * u);
  VD c = F(two_sum)(p3h, -p4h, &ce);
  *ch = F(fast_two_sum)(c, ce + (p3l - p4l), cl);
  return (VU)shifted & 3;
}

// Elementary.sin for 2^-26 <= |x| < 2^19 (Cody–Waite's range); quadrants 0-3 give sin, cos, -sin, -cos of r.
ATTRIBUTES static inline VL F(sin_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  VD sh, sl, ch, cl;
  VU quadrant = F(sin_cos)(x, t, &sh, &sl, &ch, &cl);
  VD v = F(select)((VL)((quadrant & 1) == 1), ch + cl, sh + sl);
  *y = (VD)((VU)v ^ ((quadrant & 2) << 62));
  VD a = F(magnitude)(x);
  return (a >= 0x1p-26) & (a < 0x1p19);
}

// Elementary.cos for 2^-27 <= |x| < 2^19; quadrants 0-3 give cos, -sin, -cos, sin of r.
ATTRIBUTES static inline VL F(cos_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  VD sh, sl, ch, cl;
  VU quadrant = F(sin_cos)(x, t, &sh, &sl, &ch, &cl);
  VD v = F(select)((VL)((quadrant & 1) == 1), sh + sl, ch + cl);
  *y = (VD)((VU)v ^ (((quadrant + 1) & 2) << 62));
  VD a = F(magnitude)(x);
  return (a >= 0x1p-27) & (a < 0x1p19);
}

// Elementary.tan for 2^-27 <= |x| < 2^19, fast (its own path, with a rounding test; the double-double path is
// Elementary.tan, sin over cos): x = n pi/2 + r (cody_waite, r = rh + rl within 2^-100 relative), r = a + u with
// a = i/64 and |u| <= 1/128 (exact), and tan r = N / D with N = T + t, D = 1 - T t, T = tan a from the table (a
// double-double), t = tan(u + rl) = u + u^3 p(u^2) + rl (1 + u^2) (Taylor to u^11; the rest is below 2^-91 |u|);
// tan x = N / D in even quadrants and -D / N in odd ones.
//
// Error: u^3 p (p in Estrin's order, as log_series, within 2 ulps of its value 1/3 + ... either way) rounds at
// 4 ulps of a term below 2^-21 / 3 (so 2^-72.6 absolute), and below 2^-66.6 |u| when
// i = 0; otherwise |N| >= 2^-7 (a and u cannot cancel: |u| <= |a| / 2), so N is within 2^-65.5 relative (its tail,
// below 2^-22, rounds at 2^-75). D is in (0.99, 1.01), within 2^-74 (T tl rounds at 2^-75, Tl tl is below 2^-100).
// Both are renormalised (fast_two_sum) before the quotient, which takes one reciprocal: q = A (1/B) is within
// 2^-51.4 of A/B, A - qB exactly (exact_product, then Sterbenz), and the tail, below 2^-51 q, to 2^-51 of itself.
// In all within 2^-65.3 relative.
// The double-double path's own error is below 2^-68.5 (its sine's Taylor tail u^3 p rounds at 2^-75.6 absolute, its
// cosine's near 2^-84), so the test's 2^-63 |q| has room for both and a decided lane equals it bit for bit.
#if FUSED
// x = n pi/2 + rh + *rl for |x| < 2^19 with fused multiply-adds, n = round(x 2/pi) computed as cody_waite does (so
// the callers' quadrant matches): pi/2 = P1 + P2 + P3 + d with P1, P2, P3 doubles and |d| < 2^-163. x - n P1 is
// exact in one fused multiply-add (|n| < 2^19, so n P1 is exact inside it; x - n P1, below 0.79 in magnitude, is a
// multiple of 2^-53 where n != 0, as |x| >= 1/2 there, so it fits in 53 bits); n P2 = p2 + p2e exactly (fused; p2 is
// 0 or at least 2^-54); r1 - p2 by TwoSum, e - p2e - n P3 rounded twice and the pair renormalised (FastTwoSum, exact).
// The roundings are below 2^-106 |r| + 2^-138 and n d below 2^-144: the reduction is as close as cody_waite's four
// 33-bit pieces (2^-138 absolute), so tan_lanes' error bound holds as proved there.
ATTRIBUTES static inline VD F(cody_waite_fused)(VD x, VD *rl) {
  VD shifted = x * 0x1.45f306dc9c883p-1 + 0x1.8p52;
  VD n = shifted - 0x1.8p52;
  VD r1 = F(fused)(-n, 0x1.921fb54442d18p+0, x);
  VD p2 = n * 0x1.1a62633145c07p-54;
  VD p2e = F(fused)(n, 0x1.1a62633145c07p-54, -p2);
  VD e;
  VD rh0 = F(two_sum)(r1, -p2, &e);
  return F(fast_two_sum)(rh0, F(fused)(n, 0x1.f1976b7ed8fbcp-110, e - p2e), rl);
}
#endif

// tan's table entry for a reduced argument rh: rh rounded to a multiple of 1/64 (*scaled), whether it is negative,
// and the entry of its magnitude (clamped to the table in lanes that are not used).
ATTRIBUTES static inline VU F(tan_table_index)(VD rh, VD *scaled, VL *negative) {
  VD shifted64 = rh * 64 + 0x1.8p52;
  *scaled = shifted64 - 0x1.8p52;
  VL i = (VL)((VU)shifted64 - 0x4338000000000000UL);
  *negative = i < 0;
  VU magnitude = (VU)((i ^ *negative) - *negative);
  VL large = magnitude > 51;  // only in lanes that are not used: keeps the load inside the table
  return (magnitude & ~(VU)large) | (51 & (VU)large);
}

ATTRIBUTES static inline VL F(tan_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
#if FUSED
  // As the portable lanes below, with cody_waite_fused's reduction and fused multiply-adds where a product and a sum
  // rounded apart (each replaces two roundings by one of the same sum, so every bound of the proof above still holds,
  // and u = rh - scaled 2^-6 stays exact), and FastTwoSum for th + u (|th| >= tan(1/64) > 1/128 >= |u| unless th = 0,
  // and then the sum is u exactly): the same values within the same bounds, and the same test.
  VD rl;
  VD rh = F(cody_waite_fused)(x, &rl);
  VU quadrant = (VU)(x * 0x1.45f306dc9c883p-1 + 0x1.8p52);
  VD scaled;
  VL negative;
  VU index = F(tan_table_index)(rh, &scaled, &negative);
  VD u = F(fused)(scaled, -0x1p-6, rh);  // exact (Sterbenz)
  VD u2 = u * u;
  VD u4 = u2 * u2;
  VD p = F(fused)(u4, F(fused)(u4, 1382.0 / 155925, F(fused)(u2, 62.0 / 2835, 17.0 / 315)),
                  F(fused)(u2, 2.0 / 15, 1.0 / 3));
  VD tl = F(fused)(u * u2, p, F(fused)(rl, u2, rl));
  VU sign = (VU)negative & 0x8000000000000000UL;
  VD table_low;
  VD th = (VD)((VU)F(gather_pair)(t->tan_table, index, &table_low) ^ sign);
  VD tlow = (VD)((VU)table_low ^ sign);
  VD ne, pe, de, qe, nl, dl;
  VD n0 = F(fast_two_sum)(th, u, &ne);
  VD nh = F(fast_two_sum)(n0, ne + (tlow + tl), &nl);
  VD pp = th * u;
  pe = F(fused)(th, u, -pp);
  VD d0 = F(fast_two_sum)(1, -pp, &de);
  VD dh = F(fast_two_sum)(d0, de - (pe + F(fused)(th, tl, tlow * u)), &dl);
  VL odd = (VL)((quadrant & 1) == 1);
  VD ah = F(select)(odd, dh, nh), al = F(select)(odd, dl, nl);
  VD bh = F(select)(odd, nh, dh), bl = F(select)(odd, nl, dl);
  VD inverse = 1 / bh;
  VD q = ah * inverse;
  VD qp = q * bh;
  qe = F(fused)(q, bh, -qp);
  VD ql = F(fused)(-q, bl, ((ah - qp) - qe) + al) * inverse;
#else
  VD rl;
  VD rh = F(cody_waite)(x, &rl);
  VU quadrant = (VU)(x * 0x1.45f306dc9c883p-1 + 0x1.8p52);
  VD scaled;
  VL negative;
  VU index = F(tan_table_index)(rh, &scaled, &negative);
  VD u = rh - scaled * 0x1p-6;  // exact (Sterbenz)
  VD u2 = u * u;
  VD u4 = u2 * u2;
  VD p = (1.0 / 3 + u2 * (2.0 / 15)) + u4 * ((17.0 / 315 + u2 * (62.0 / 2835)) + u4 * (1382.0 / 155925));
  VD tl = u * u2 * p + rl * (1 + u2);
  VU sign = (VU)negative & 0x8000000000000000UL;
  VD table_low;
  VD th = (VD)((VU)F(gather_pair)(t->tan_table, index, &table_low) ^ sign);
  VD tlow = (VD)((VU)table_low ^ sign);
  VD ne, pe, de, qe, nl, dl;
  VD n0 = F(two_sum)(th, u, &ne);
  VD nh = F(fast_two_sum)(n0, ne + (tlow + tl), &nl);
  VD pp = F(exact_product)(th, u, &pe);
  VD d0 = F(fast_two_sum)(1, -pp, &de);
  VD dh = F(fast_two_sum)(d0, de - (pe + (th * tl + tlow * u)), &dl);
  VL odd = (VL)((quadrant & 1) == 1);
  VD ah = F(select)(odd, dh, nh), al = F(select)(odd, dl, nl);
  VD bh = F(select)(odd, nh, dh), bl = F(select)(odd, nl, dl);
  VD inverse = 1 / bh;
  VD q = ah * inverse;
  VD qp = F(exact_product)(q, bh, &qe);
  VD ql = (((ah - qp) - qe) + al - q * bl) * inverse;
#endif
  VD bound = F(magnitude)(q) * 0x1p-63;
  VD result = q + (ql + bound);
  *y = (VD)((VU)result ^ ((quadrant & 1) << 63));
  VD a = F(magnitude)(x);
  return (result == q + (ql - bound)) & (a >= 0x1p-27) & (a < 0x1p19);
}

// DoubleDouble.squareRoot: sqrt(ah + al), renormalised.
ATTRIBUTES static inline VD F(dd_sqrt)(VD ah, VD al, VD *low) {
  VD s = __builtin_elementwise_sqrt(ah);
  VD e;
  VD p = F(exact_product)(s, s, &e);
  return F(fast_two_sum)(s, (((ah - p) - e) + al) / (2 * s), low);
}

// Elementary.atanFastUnit: atan((n + n_low) / (d + d_low)) as hi + *low for 0 <= n <= d, plain doubles (the Swift comment bounds the
// error below 2^-64 of the result).
ATTRIBUTES static inline VD F(atan_fast_unit)(VD n, VD n_low, VD d, VD d_low, const DocbuildElementaryTables *t,
                                              VD *low) {
  VD shifted = (n / d) * 64 + 0x1.8p52;
  VD scaled = shifted - 0x1.8p52;
  VU i = (VU)shifted - 0x4338000000000000UL;
  VL large = i > 64;  // only in lanes that are not used (NaN, out of range): keeps the load inside the table
  VU index = ((i & ~(VU)large) | (64 & (VU)large)) * 2;
  VD c = scaled * 0x1p-6;
  VD pe, e1, e2, re, de, pe2, e;
  // The products' errors cannot underflow (exact_product's condition): c is 0 or at least 2^-6, n and d are at
  // least 2^-200 (atan2 scales them to 2^-61, atan's are a >= 2^-27 and 1), and n - c d is a multiple of 2^-6
  // ulp(2^-200) = 2^-258, so nh and th are 0 or above 2^-260 and th dh above 2^-460.
  VD p = F(exact_product)(c, d, &pe);
  VD s1 = F(two_sum)(n, -p, &e1);
  VD nh = F(two_sum)(s1, -pe, &e2);
  VD nl = (e1 + e2) + (n_low - c * d_low);
  VD r = F(exact_product)(c, n, &re);
  VD dh = F(fast_two_sum)(d, r, &de);
  VD dl = (de + re) + (d_low + c * n_low);
  VD inverse = 1 / dh;
  VD th = nh * inverse;
  VD ph = F(exact_product)(th, dh, &pe2);
  VD tl = F(product_sum)(-th, dl, ((nh - ph) - pe2) + nl) * inverse;
  VD t2 = th * th;
  VD poly = t2 * F(product_sum)(t2, F(product_sum)(t2, F(product_sum)(t2, 1.0 / 9, -1.0 / 7), 1.0 / 5), -1.0 / 3);
  VD atan_low;
  VD s = F(two_sum)(F(gather_pair)(t->atan_table, index / 2, &atan_low), th, &e);
  *low = e + F(product_sum)(th, poly, atan_low + F(product_sum)(-tl, t2, tl));
  return s;
}

// (kh + kl) + (h + l) rounded; *decided where `relative` of it cannot change the rounding. The heads add by TwoSum,
// or by FastTwoSum where the caller knows |kh| >= |h| or kh = 0 (`ordered`). (A constant `ordered` and `relative`
// fold away where this inlines.)
ATTRIBUTES static inline VD F(rounded_sum)(VD kh, VD kl, VD h, VD l, int ordered, double relative, VL *decided) {
  VD e;
  VD s = ordered ? F(fast_two_sum)(kh, h, &e) : F(two_sum)(kh, h, &e);
  VD lo = e + (kl + l);
  VD bound = F(magnitude)(s) * relative;
  VD result = s + (lo + bound);
  *decided = result == s + (lo - bound);
  return result;
}

// Elementary.atanFastRound: (kh + kl) + (h + l) rounded; *decided where 2^-62 of it cannot change the rounding.
ATTRIBUTES static inline VD F(atan_fast_round)(VD kh, VD kl, VD h, VD l, VL *decided) {
  return F(rounded_sum)(kh, kl, h, l, 0, 0x1p-62, decided);
}

// The end of atan_lanes and asin_lanes: pi/2 - (h + l) in the lanes `above`, h + l in the others, rounded as
// rounded_sum (ordered, relative) with *decided, and `sign` put back.
ATTRIBUTES static inline VD F(half_pi_reflection)(VL above, VD h, VD l, VU sign, int ordered, double relative,
                                                  VL *decided) {
  VD zero = 0.0;
  VU flip = (VU)above & 0x8000000000000000UL;
  VD kh = 0x1.921fb54442d18p+0, kl = 0x1.1a62633145c07p-54;
  VD r = F(rounded_sum)(F(select)(above, kh, zero), F(select)(above, kl, zero), (VD)((VU)h ^ flip),
                        (VD)((VU)l ^ flip), ordered, relative, decided);
  return (VD)((VU)r ^ sign);
}

// Elementary.atanFast for 2^-27 <= |x| < 2^54: atan(a / 1), or pi/2 - atan(1 / a) above 1.
ATTRIBUTES static inline VL F(atan_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  VU sign = (VU)x & 0x8000000000000000UL;
  VD a = (VD)((VU)x ^ sign);
  VL above = a > 1;
  VD one = 1.0, zero = 0.0, l;
  VL decided;
  VD h = F(atan_fast_unit)(F(select)(above, one, a), zero, F(select)(above, a, one), zero, t, &l);
  *y = F(half_pi_reflection)(above, h, l, sign, 0, 0x1p-62, &decided);  // atan_fast_round's sum and test
  return decided & (a >= 0x1p-27) & (a < 0x1p54);
}

// sqrt(1 - a^2) as s + *low for 2^-200 <= a < 1, within 2^-74.5 s with |*low| <= 2^-51.6 s, and no division in
// double. The square root starts as soon as possible (the loops are bound by this chain's latency): s = sqrt of
// (1 - a)(1 + a) rounded, within 3 2^-53 of U = 1 - a^2, so s is within 2^-51.68 of sqrt U. U = dh + dl - sl exactly
// (a^2 = sh + sl by exact_product, whose error cannot underflow; 1 - sh by FastTwoSum, with dl = 0 once sh >= 1/2, so
// dl - sl is exact), and s^2 = p + e exactly (s >= 2^-27). dh - p is exact by Sterbenz: p is within 2^-50.6 of U and
// dh within a quarter of it (sl <= 2^-54 while dh >= 2^-52 there). So N = U - s^2, at most 2^-50.7 U, is computed
// within 2^-101 U, and sqrt U - s = N / (sqrt U + s) is taken as N / (2s) (2^-52.7 of itself off) with 1/(2s) from
// a float division: (float)s within 2^-24 of s and the quotient rounded at 2^-24 more, so within 2^-22.9, and the
// correction, at most 2^-51.6 s, within 2^-74.5 s. IEEE float division and the conversions round the same on every
// path, so every path computes the same bits; the float division costs a fraction of a double one.
ATTRIBUTES static inline VD F(complement_sqrt_fast)(VD a, VD *low) {
  typedef float VF __attribute__((ext_vector_type(WIDTH)));
  VD sl, dl, e;
  VD s = __builtin_elementwise_sqrt((1 - a) * (1 + a));
  VD sh = F(exact_product)(a, a, &sl);
  VD dh = F(fast_two_sum)(1, -sh, &dl);
  VD p = F(exact_product)(s, s, &e);
  VD half_inverse = __builtin_convertvector((VF)0.5f / __builtin_convertvector(s, VF), VD);
  *low = (((dh - p) - e) + (dl - sl)) * half_inverse;
  return s;
}

// asin(uh + ul) as hi + *low, given vh + vl near sqrt(1 - u^2), for 0 <= u <= 2^-0.5 (1 + 2^-51) with |ul| <=
// 2^-51.6 and u >= 2^-27 unless 0: the fast path of the vector arcsin and arccos, with no division (it exists only
// here; the scalar functions' fast path is Elementary.asinFast, atan of a quotient, and their accurate path the
// double-double one, asinSlow and acosSlow). c = j/128 is the point nearest uh, |u - c| <= 2^-8 + 2^-51.6, and with
// theta = asin u and phi = asin c, asin u = phi + asin t for t = sin(theta - phi) = u sqrt(1 - c^2) - c sqrt(1 - u^2);
// the table holds C = sqrt(1 - c^2) and phi, both within 2^-106 (elementary_asin_table.h). Since u, c <= 91/128 and
// asin' <= 1.422 there, |theta - phi| <= 2^-7.49 and so |t| <= 2^-7.49.
//
// t = uh Ch - c vh + (ul Ch + uh Cl - c vl): the products are exact (exact_product; u, vh >= 2^-27 and c >= 2^-7 or
// 0, so their errors are normal), th + te their exact difference (two_sum), and tl gathers the rest, each term at most
// 2^-52.1, with six roundings below 2^-100 in all; so |tl| <= 2^-50.5 and th + tl is within 2^-100 of t computed from
// these u and v. v's error (2^-74.5 relative, complement_sqrt_fast) moves t by at most c 2^-74.5 <= 2^-75, and where
// u is the computed root instead (arcsin above the diagonal, arccos below), u's error moves asin u by 2^-74.5 u / v <=
// 2^-74.5 and t the same: all within 2^-74.5 absolute of the t of the exact u. asin t = t + t^3 p(t^2) with p to t^6
// leaves 63/2816 t^11 / (1 - t^2) < 2^-87.9; evaluated at th, with tl (1 + th^2 / 2) for the tail (the next term,
// 3/8 th^4 tl, is below 2^-81.9). The cubic term is below 2^-25.05 and rounds at 5 2^-53 of itself (th^2, t4, p in
// Estrin's order, two products), 2^-75.7; the sums into *low round at 2^-53 of values below 2^-24.9, 2^-76 in all. In
// all the result is within 2^-73.6 absolute of asin u, and within 2^-65.6 relative: for j >= 1 the result is at
// least asin(2^-8); for j = 0, c = 0 and C = 1, so t = u exactly where u = a (only the cubic's 2^-50.7 relative
// rounding) and t = s + sl where u is the root (only its 2^-74.5 relative error). The table's four values per lane
// come from gather_quad on every path: on the project's AMD EPYC (AVX-512), arcsin and arccos ran 20-25% faster so
// than with four hardware gathers (which move the same values).
ATTRIBUTES static inline VD F(asin_unit)(VD uh, VD ul, VD vh, VD vl, VD *low) {
  VD shifted = uh * 128 + 0x1.8p52;
  VD c = (shifted - 0x1.8p52) * 0x1p-7;
  VU j = (VU)shifted - 0x4338000000000000UL;
  VL large = j > 91;  // only in lanes that are not used (NaN, out of range): keeps the load inside the table
  VU index = (j & ~(VU)large) | (91 & (VU)large);
  VD cl, ah, al;
  VD ch = F(gather_quad)(elementary_asin_table, index, &cl, &ah, &al);
  VD e1, e2, te, e;
  VD p1 = F(exact_product)(uh, ch, &e1);
  VD p2 = F(exact_product)(c, vh, &e2);
  VD th = F(two_sum)(p1, -p2, &te);
  VD tl = te + ((e1 - e2) + F(product_sum)(-vl, c, F(product_sum)(ul, ch, uh * cl)));
  VD t2 = th * th;
  VD t4 = t2 * t2;
  VD p = F(product_sum)(t4, F(product_sum)(t2, 35.0 / 1152, 5.0 / 112), F(product_sum)(t2, 3.0 / 40, 1.0 / 6));
  VD s = F(fast_two_sum)(ah, th, &e);  // ah = 0 (j = 0) or asin(j/128) > 2^-7.49 >= |th|
  *low = e + F(product_sum)(th * t2, p, al + F(product_sum)(tl, 0.5 * t2, tl));
  return s;
}

// (kh + kl) + (h + l) rounded, as atan_fast_round, for |kh| >= |h| or kh = 0 (kh in {0, pi/2, pi}, |h| <= pi/4 (1 +
// 2^-50)), so FastTwoSum makes the sum of the heads exact; *decided where 2^-64 of it cannot change the rounding.
// asin and acos leave a quarter as many lanes undecided as with atan_fast_round's 2^-62, each one a call of the
// scalar function (hundreds of nanoseconds through its double-double path).
ATTRIBUTES static inline VD F(angle_round)(VD kh, VD kl, VD h, VD l, VL *decided) {
  return F(rounded_sum)(kh, kl, h, l, 1, 0x1p-64, decided);
}

// arcsin for 2^-26 <= |x| < 1: asin_unit of a = |x| (with v the root sqrt(1 - a^2)), or pi/2 - asin_unit of the root
// above the diagonal (with v = a). The result is within 2^-65.6 of its value (asin_unit; pi/2 - h is at least pi/4
// and its sum a TwoSum), and the double-double path asinSlow, the scalar function's fallback, within 2^-88 (its
// quotient, square root and atan's Taylor tail t^13/13 with |t| <= 2^-7 each err below 2^-90), so angle_round's
// 2^-64 test decides only lanes where both round to the same double: the correctly rounded one.
ATTRIBUTES static inline VL F(asin_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  (void)t;
  VU sign = (VU)x & 0x8000000000000000UL;
  VD a = (VD)((VU)x ^ sign);
  VD cl, l, zero = 0.0;
  VL decided;
  VD ch = F(complement_sqrt_fast)(a, &cl);
  VL above = a > ch;
  VD h = F(asin_unit)(F(select)(above, ch, a), F(select)(above, cl, zero), F(select)(above, a, ch),
                      F(select)(above, zero, cl), &l);
  *y = F(half_pi_reflection)(above, h, l, sign, 1, 0x1p-64, &decided);  // angle_round's sum and test
  return decided & (a >= 0x1p-26) & (a < 1);
}

// arccos for 2^-200 <= |x| < 1: pi/2 ∓ asin_unit of a = |x| below the diagonal, asin_unit of the root sqrt(1 - a^2)
// above it (pi minus it for negative x). The result is within 2^-65.6 of its value: pi/2 ∓ h and pi - h are at least
// pi/4; the double-double path acosSlow within 2^-88, as asinSlow; so the same test decides.
ATTRIBUTES static inline VL F(acos_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  (void)t;
  VD a = F(magnitude)(x);
  VD cl, l, zero = 0.0;
  VL decided;
  VD ch = F(complement_sqrt_fast)(a, &cl);
  VL above = ch > a;
  VD h = F(asin_unit)(F(select)(above, a, ch), F(select)(above, zero, cl), F(select)(above, ch, a),
                      F(select)(above, cl, zero), &l);
  VL negative = x < 0;
  VD half_h = 0x1.921fb54442d18p+0, half_l = 0x1.1a62633145c07p-54;
  VD pi_h = 0x1.921fb54442d18p+1, pi_l = 0x1.1a62633145c07p-53;
  VD kh = F(select)(above, half_h, F(select)(negative, pi_h, zero));
  VD kl = F(select)(above, half_l, F(select)(negative, pi_l, zero));
  VU flip = (VU)(above ^ negative) & 0x8000000000000000UL;
  *y = F(angle_round)(kh, kl, (VD)((VU)h ^ flip), (VD)((VU)l ^ flip), &decided);
  return decided & (a >= 0x1p-200) & (a < 1);
}

// Elementary.log1pReduced: (ch + cl) + log(1 + rh + rl) for |rh| < 2^-7 + a little.
ATTRIBUTES static inline VD F(log1p_reduced)(VD rh, VD rl, VD ch, VD cl, VD *low) {
  VD sl, ae, be;
  VD sh = F(exact_product)(rh, rh, &sl);
  VD q = 1.0 / 3 +
         rh * (-1.0 / 4 +
               rh * (1.0 / 5 +
                     rh * (-1.0 / 6 +
                           rh * (1.0 / 7 + rh * (-1.0 / 8 + rh * (1.0 / 9 + rh * (-1.0 / 10 + rh * (1.0 / 11 - rh / 12))))))));
  VD a = F(two_sum)(ch, rh, &ae);
  VD b = F(two_sum)(a, -0.5 * sh, &be);
  VD lo = ae + be + (cl + rl - rl * rh - 0.5 * sl + rh * sh * q);
  return F(fast_two_sum)(b, lo, low);
}

// Elementary.logParts for normal positive x: x = 2^k z with log z = *mh + *ml; returns k.
ATTRIBUTES static inline VD F(log_parts)(VD x, const DocbuildElementaryTables *t, VD *mh, VD *ml) {
  VD k, z, log_c, log_c_low, pe, rl;
  VD invc = F(log_table_reduction)(x, t, &k, &z, &log_c, &log_c_low);
  VD p = F(exact_product)(z, invc, &pe);
  VD rh = F(fast_two_sum)(p - 1, pe, &rl);
  *mh = F(log1p_reduced)(rh, rl, log_c, log_c_low, ml);
  return k;
}

// Elementary.pow's positivePower, e^(y log x) in double-double (logDD, expCore, expReduced), for normal positive
// x != 1 and finite y other than 0, ±1, 2 and 0.5 (the scalar function's exact cases), where the result is normal:
// the accurate path of pow's loop, for the lanes pow_fast_lanes leaves undecided.
ATTRIBUTES static inline VL F(pow_dd_lanes)(VD x, VD y, VD *out, const DocbuildElementaryTables *t) {
  VD mh, ml, ae, ll, pl, rl, rl1, sl, pl0, ml2, e2, l;
  VD k = F(log_parts)(x, t, &mh, &ml);
  VD a = F(two_sum)(k * 0x1.62e42fefa3800p-1, mh, &ae);
  VD lh = F(fast_two_sum)(a, ae + (ml + k * 0x1.ef35793c76730p-45), &ll);
  VD ph = F(exact_product)(y, lh, &pl);
  VD xl = pl + y * ll;
  // expCore(ph, xl): n = round(ph * 128 / ln 2), reduced by ln2/128 in three exact pieces.
  VD shifted = ph * 0x1.71547652b82fep+7 + 0x1.8p52;
  VD n = shifted - 0x1.8p52;
  VD rh0 = F(two_sum)(ph - n * 0x1.62e42fef80000p-8, -(n * 0x1.1cf79abc80000p-43), &rl);
  // expReduced.
  VD rh = F(fast_two_sum)(rh0, rl + (xl - n * 0x1.e3b39803f2f6bp-79), &rl1);
  VU bits = (VU)shifted;
  VU j = bits & 127;
  VD tl;
  VD th = F(gather_pair)(t->exp2_fraction, j, &tl);
  VD sh = F(exact_product)(rh, rh, &sl);
  VD q = 1.0 / 6 + rh * (1.0 / 24 + rh * (1.0 / 120 + rh * (1.0 / 720 + rh * (1.0 / 5040 + rh * (1.0 / 40320)))));
  VD pph = F(fast_two_sum)(rh, 0.5 * sh, &pl0);
  VD ppl = pl0 + 0.5 * sl + rh * sh * q + rl1 + rl1 * pph;
  VD mh2 = F(exact_product)(th, pph, &ml2);
  VD hi = F(fast_two_sum)(th, mh2, &e2);
  VD lo = e2 + (ml2 + tl + th * ppl + tl * pph);
  VD h = F(fast_two_sum)(hi, lo, &l);
  // DoubleDouble.scaledRound for -1020 < k < 1020, k = n >> 7: n - j is a multiple of 128.
  *out = (h + l) * (VD)(((bits - j) << 45) + ((1023UL << 52) - (0x4338000000000000UL << 45)));
  VD finite = 0x1.fffffffffffffp+1023;
  return (x >= 0x1p-1022) & (x <= finite) & (x != 1) & (F(magnitude)(y) <= finite) & (y != 0) & (y != 1) &
         (y != -1) & (y != 2) & (y != 0.5) & (n >= -1019 * 128) & (n < 1020 * 128) &
         (F(magnitude)(ph) >= 0x1p-400);  // so the reduced argument and its square stay far from underflow
}


// x^y = e^(y log x) rounded to nearest in plain doubles with fused multiply-adds, and a rounding test that decides a
// lane only where the result is the correctly rounded value and the double-double path's (pow_dd_lanes, the scalar
// function's positivePower) rounds to it too; for normal positive x and |y log x| in [2^-400, 705). The fast path of
// pow's loop; it exists only here.
//
// log x = k ln2 + log c + log(1 + r) with x = 2^k z, c = 1/invc from the table (logParts' reduction) and r = z invc -
// 1 = rh + rl exactly (z invc = zp + its error, exact by a fused multiply-add; zp - 1 is exact by Sterbenz and at
// least ulp(zp) unless 0, so FastTwoSum holds). Over the table, |r| <= 2^-7 where c = 1 (then rl = 0), else
// |r| <= 2^-8.01 and |log z| >= 2^-8; for k != 0, |log x| >= 0.45 |k|. The large parts add exactly: t1 = k ln2hi +
// log c and t2 = t1 + rh by FastTwoSum (|k ln2hi| >= 0.69 > |log c| unless k = 0, and |t1| >= 2^-7.4 > |rh| unless
// t1 = 0), -rh^2/2 = ar2 + its error (fused), and hi = t2 + ar2 by FastTwoSum (|ar2| < |t2|). The rest, in lo:
// rl (1 - rh) for log(1 + r) - log(1 + rh), whose next term rl rh^2 is below 2^-53 |r|^3; rh^3 q(rh) with q the
// series 1/3 - r/4 + ... - r^7/10 in Estrin's order (its tail r^11/11 is below 2^-73 |log x| even where c = 1);
// k ln2lo and log c's tail (below |k| 2^-97 off). Rounding: q is within 2^-53.2 of its value (three fused roundings
// near 1/3 at 2^-55, 1/3's own 2^-55.6; the rest are multiplied by r^2), so rh^3 q within 2^-50.5 relative, 2^-52 |r|^3
// absolute; the additions into lo, smaller terms first, round at 2^-53 of |r|^3/2.9 for the last one and below
// 2^-100 |log x| + |k| 2^-94 for the others. So hi + lo (renormalised to lh + ll, exactly) is within 2^-51.27 |r|^3 +
// 2^-100 |log x| + |k| 2^-94 of log x: within 2^-65.2 |log x| (where c = 1, |log x| >= 0.996 |r| and |r| <= 2^-7;
// elsewhere 2^-67 or less). The double-double path's logDD has the same terms with Horner's q to r^9 (2^-52.7 of it,
// one more 2^-53 and the tail 2^-53 |r|^3 of rl rh^2, its last two sums 2^-54.6 |r|^3 each): within 2^-51.8 |r|^3, so
// 2^-65.7 |log x|.
//
// y log x = ph + xl: ph + pe = y lh exactly (fused), xl = y ll + pe rounds at 2^-104.9 |ph|; so the exponent is
// within |ph| 2^-65.1 of y log x, and e^(ph + xl) within the same relative distance of x^y. The double-double path
// rounds its product's tail the same way and so is within |ph| 2^-65.6 there.
//
// e^(ph + xl) = 2^(n/1024) e^r' (as expFast, n = round(ph 1024/ln2)): ph - n A is exact (A = ln2/1024 to 32 bits, n <
// 2^20; Sterbenz), xl - n B rounds at 2^-75 (|n B| < 2^-22) and B's error times n is 2^-76, their sum at 2^-65
// (|r'| < 2^-11.5): r' within 2^-64.97. e^r' - 1 = r' + r'^2 (1/2 + r'/6 + r'^2/24 + r'^3/120) (tail 2^-78.7) by four
// fused multiply-adds: the last rounds at 2^-65, the others at 2^-76 after their factors r'^2; then th (1 + p) + tl
// as fused(th, p, tl), rounded at 2^-64 (|th p| < 2^-10.4), tl within 2^-106 th of 2^(j/1024). So th + lo2 is within
// th 2^-62.98 of e^(ph + xl) 2^-k. The double-double path's expCore is within 2^-76 (its Taylor tail, q's and the
// sums' roundings near r^3/6 2^-51). In all, e^(y log x) 2^-k and the double-double path's value are both within
// th (2^-62.97 + |ph| 2^-64.43) of th + lo2, and adding ±bound to lo2 rounds at 2^-64 more: the test allows th
// (2^-62 + |ph| 2^-63.5). Where the two sums round alike, both values round to that double, the correctly rounded
// x^y and the double-double path's result: (th + lo2) 2^k is normal (|ph| < 705), so the scaling is exact, and so is
// the double-double path's (its k is in (-1020, 1020), the normal case of scaledRound).
//
// No case needs excluding but by range: for y = 1, -1, 2 or 0.5, where the scalar function returns x, 1/x, x * x or
// sqrt(x), those are the correctly rounded x^y, which a decided lane is; y = 0, x = 1 and |ph| < 2^-400 fail the
// range test, as do NaN and infinite y or ph (NaN fails every comparison), and the bit test keeps x normal, positive
// and finite. Below 2^-400, rh^2's and y lh's rounding errors could underflow (the fused multiply-adds would not
// give them exactly); above, rh is 0 or at least 2^-79 (a multiple of ulp(z) ulp(invc)), so they cannot.
ATTRIBUTES static inline VL F(pow_fast_lanes)(VD x, VD y, VD *out, const DocbuildElementaryTables *t) {
  VD k, z, log_c, log_c_low;
  VD invc = F(log_table_reduction)(x, t, &k, &z, &log_c, &log_c_low);
  VD rl, e1, e2, e3, ll, pe, tl;
  VD zp = z * invc;
  VD rh = F(fast_two_sum)(zp - 1, F(fused)(z, invc, -zp), &rl);
  VD t1 = F(fast_two_sum)(k * 0x1.62e42fefa3800p-1, log_c, &e1);
  VD t2 = F(fast_two_sum)(t1, rh, &e2);
  VD ar = -0.5 * rh;
  VD ar2 = ar * rh;
  VD ar2_error = F(fused)(ar, rh, -ar2);
  VD hi = F(fast_two_sum)(t2, ar2, &e3);
  VD r2 = rh * rh;
  VD r4 = r2 * r2;
  VD q = F(fused)(F(fused)(F(fused)(rh, -1.0 / 10, 1.0 / 9), r2, F(fused)(rh, -1.0 / 8, 1.0 / 7)), r4,
                  F(fused)(F(fused)(rh, -1.0 / 6, 1.0 / 5), r2, F(fused)(rh, -1.0 / 4, 1.0 / 3)));
  VD lo = (((e1 + e2) + (e3 + ar2_error)) + ((k * 0x1.ef35793c76730p-45 + log_c_low) + F(fused)(-rl, rh, rl))) +
          (r2 * rh) * q;
  VD lh = F(fast_two_sum)(hi, lo, &ll);
  VD ph = y * lh;
  pe = F(fused)(y, lh, -ph);
  VD xl = F(fused)(y, ll, pe);
  VD shifted = F(fused)(ph, 0x1.71547652b82fep+10, 0x1.8p52);
  VD n = shifted - 0x1.8p52;
  VD r = F(fused)(-n, 0x1.62e42fee00000p-11, ph) + F(fused)(-n, 0x1.a39ef35793c76p-43, xl);
  VD rr = r * r;
  VD p = F(fused)(rr, F(fused)(rr, F(fused)(r, 1.0 / 120, 1.0 / 24), F(fused)(r, 1.0 / 6, 0.5)), r);
  VU j = (VU)shifted & 1023;
  VD th = F(gather_pair)(t->exp2_fraction_1024, j, &tl);
  VD lo2 = F(fused)(th, p, tl);
  VD magnitude = F(magnitude)(ph);
  VD bound = th * F(fused)(magnitude, 0x1.6a09e667f3bcdp-64, 0x1p-62);  // 2^-63.5 |ph| + 2^-62
  VD result = th + (lo2 + bound);
  *out = result * F(scale_of)((VU)shifted, j);
  return (VL)((VU)x - 0x0010000000000000UL < 0x7FE0000000000000UL) & (result == th + (lo2 - bound)) &
         (magnitude < 705) & (magnitude >= 0x1p-400);
}

// Elementary.atan2Fast (y, x) for normal finite x and y whose exponents differ by at most 60: both scaled exactly by
// 2^-max(exponents), the smaller over the larger by atan_fast_unit, then k + s h with k in {0, pi/2, pi} and s = ±1
// by the quadrant, y's sign.
ATTRIBUTES static inline VL F(atan2_lanes)(VD y, VD x, VD *out, const DocbuildElementaryTables *t) {
  VU sign_y = (VU)y & 0x8000000000000000UL;
  VD ay = F(magnitude)(y), ax = F(magnitude)(x);
  VL ey = (VL)(((VU)ay >> 52) & 0x7FF), ex = (VL)(((VU)ax >> 52) & 0x7FF);
  VL larger = ex > ey;
  VL top = (ex & larger) | (ey & ~larger);
  VD scale = (VD)((VU)(2046 - top) << 52);  // 2^-(top - 1023), normal below 2^1023; exact, both stay normal
  VD sy = ay * scale, sx = ax * scale;
  VL above = sy > sx;
  VD l, zero = 0.0;
  VL decided;
  VD h = F(atan_fast_unit)(F(select)(above, sx, sy), zero, F(select)(above, sy, sx), zero, t, &l);
  VL negative_x = x < 0;
  VD half_h = 0x1.921fb54442d18p+0, half_l = 0x1.1a62633145c07p-54;
  VD pi_h = 0x1.921fb54442d18p+1, pi_l = 0x1.1a62633145c07p-53;
  VD kh = F(select)(above, half_h, F(select)(negative_x, pi_h, zero));
  VD kl = F(select)(above, half_l, F(select)(negative_x, pi_l, zero));
  VU flip = (VU)(above ^ negative_x) & 0x8000000000000000UL;
  VD r = F(atan_fast_round)(kh, kl, (VD)((VU)h ^ flip), (VD)((VU)l ^ flip), &decided);
  *out = (VD)((VU)r ^ sign_y);
  return decided & (ay >= 0x1p-1022) & (ax >= 0x1p-1022) & (top < 2046) & (ex - ey <= 60) & (ey - ex <= 60);
}

// Elementary.hypot for normal finite x and y whose exponents differ by at most 60 and whose larger exponent e is in
// (-1020, 1020): both scaled exactly by 2^-e, the sum of squares as a double-double, its double-double square root,
// scaled back by 2^e (scaledRound's normal case, one rounding).
ATTRIBUTES static inline VL F(hypot_lanes)(VD x, VD y, VD *out, const DocbuildElementaryTables *t) {
  (void)t;
  VD ax = F(magnitude)(x), ay = F(magnitude)(y);
  VL swap = ax < ay;
  VD a = F(select)(swap, ay, ax), b = F(select)(swap, ax, ay);
  VL ea = (VL)(((VU)a >> 52) & 0x7FF) - 1023, eb = (VL)(((VU)b >> 52) & 0x7FF) - 1023;
  VL in_range = (ea > -1020) & (ea < 1020);
  VL e = ea & in_range;  // keeps the scale factors' bits meaningful in lanes that are not used
  VD down = (VD)((VU)(1023 - e) << 52), up = (VD)((VU)(1023 + e) << 52);
  VD sa = a * down, sb = b * down;
  VD al, bl, se, ul, rl;
  VD ah = F(exact_product)(sa, sa, &al);
  VD bh = F(exact_product)(sb, sb, &bl);
  VD s = F(fast_two_sum)(ah, bh, &se);
  VD uh = F(fast_two_sum)(s, se + (al + bl), &ul);
  VD rh = F(dd_sqrt)(uh, ul, &rl);
  *out = (rh + rl) * up;
  return in_range & (b >= 0x1p-1022) & (a <= 0x1.fffffffffffffp+1023) & (ea - eb <= 60);
}

// log(vh + vl) rounded to nearest, in plain doubles, and *decided where a rounding test shows that the result is the
// correctly rounded value; for 2^-1022 <= vh < 2^1020 and |vl| <= ulp(vh) / 2 (a normalised double-double). The
// fast path (Ziv's first step) of log1p, asinh, acosh and atanh, whose accurate path is the double-double one in
// Sources/TensorCore/Elementary that the caller runs for every undecided lane; it exists only here.
//
// As Elementary.logFast, with v's tail folded into the reduction: vh = 2^k z, and log v = k ln2 + log(1/invc) +
// log(1 + r) with r = z invc - 1 + vl 2^-k invc exactly. z invc - 1 = rh + rl exactly (logFast's argument); rv =
// vl 2^-k invc rounds once (|rv| <= 2^-52.9, and below 2^-53 where invc = 1, the interval around 1), and rho = rl +
// rv once more (both within 2^-104 absolute). log(1 + rh + rho) = log(1 + rh) + rho (1 - rh + rh^2) - rho^2/2 + ...:
// the neglected terms are below |rho| |rh|^3 + rho^2 <= 2^-73.9 absolute, which is under 2^-66.7 |s| (s the sum of
// the large parts, close to log v): where invc = 1 and k = 0, |s| is about |rh| and |rho| |rh|^2 <= 2^-67; elsewhere
// |s| > 2^-8.2 (logFast). logFast's own budget is 2^-51 r^2 + 2^-74 |s|, so the result is within 2^-51 r^2 +
// 2^-66.5 |s| of log v. The test allows 2^-49 r^2 + 2^-63 |s| + 2^-98: room for the caller's error in v (2^-98
// relative at most, so 2^-98 absolute in log v) and for the double-double path's own error (its log1p_reduced rounds
// at 2^-52 |rh|^3 <= min(2^-59 r^2, 2^-64.8 |s|)), so a decided lane equals the accurate path's result bit for bit.
ATTRIBUTES static inline VD F(log_dd_fast)(VD vh, VD vl, const DocbuildElementaryTables *t, VL *decided) {
#if FUSED
  // As the portable lanes below, with log_lanes' fused pieces: the reduction of vh (log_fused_reduction: vh = 2^k z,
  // z invc - 1 = rh + rl exactly), rho = rl + vl 2^-k invc (two roundings, as below), the heads exact
  // (log_fused_head), and small = rho (1 - rh + r^2) + k ln2lo + log c's tail (below |k| 2^-44.9 + 2^-52), whose
  // roundings (three, at 2^-53 of it) and the tail's (log_fused_tail) are below |k| 2^-97 + 2^-104. So the result is
  // within 2^-51.8 r^2 + 2^-66.5 |s| + 2^-103 of log v (log_lanes' terms, and the neglected rho terms as below),
  // inside the portable lanes' budget, and the same test decides only where the result is the correctly rounded
  // one and the accurate path's.
  VU exponent = ((VU)vh - 0x3FE6000000000000UL) & 0xFFF0000000000000UL;
  VD unscale = (VD)(0x3FF0000000000000UL - exponent);  // 2^-k, exactly, for the allowed vh
  VD k, rl, invc, log_c, log_c_low, head_error;
  VD rh = F(log_fused_reduction)(vh, t, &k, &rl, &invc, &log_c, &log_c_low);
  VD rho = rl + (vl * unscale) * invc;
  VD s = F(log_fused_head)(k * 0x1.62e42fefa3800p-1, log_c, rh, &head_error);
  VD r2 = rh * rh;
  VD small = F(fused)(rho, (1 - rh) + r2, F(fused)(k, 0x1.ef35793c76730p-45, log_c_low));
  VD lo = head_error + F(log_fused_tail)(rh, r2, small);
  VD bound = F(fused)(r2, 0x1p-49, F(fused)(F(magnitude)(s), 0x1p-63, 0x1p-98));
#else
  VU exponent = ((VU)vh - 0x3FE6000000000000UL) & 0xFFF0000000000000UL;
  VD unscale = (VD)(0x3FF0000000000000UL - exponent);  // 2^-k, exactly, for the allowed vh
  VD k, rl, invc, log_c, log_c_low, he, se;
  VD rh = F(log_split_reduction)(vh, t, &k, &rl, &invc, &log_c, &log_c_low);
  VD rho = rl + (vl * unscale) * invc;
  VD h = F(two_sum)(k * 0x1.62e42fefa3800p-1, log_c, &he);
  VD s = F(two_sum)(h, rh, &se);
  VD r2 = rh * rh;
  VD q = F(log_series)(rh, r2);
  VD lo = he + se + (k * 0x1.ef35793c76730p-45 + log_c_low + rho * (1 - rh + r2) + r2 * (rh * q - 0.5));
  VD bound = r2 * 0x1p-49 + F(magnitude)(s) * 0x1p-63 + 0x1p-98;
#endif
  VD result = s + (lo + bound);
  *decided = (result == s + (lo - bound)) & (vh >= 0x1p-1022) & (vh < 0x1p1020);
  return result;
}

// Elementary.log1p for -1 < x < inf, x != 0: below 2^-7 in magnitude its double-double path itself
// (log1p_reduced, operation for operation); above, log_dd_fast of 1 + x as the exact sum (two_sum).
ATTRIBUTES static inline VL F(log1p_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  VL is_small = F(magnitude)(x) < 0x1p-7;
  VD small = 0, small_low = 0, large = 0;
  VL large_decided = 0;
  // A branch is computed only when some lane takes it (most arrays keep every lane on one side), which changes no
  // lane's operations.
  if (__builtin_reduce_or(is_small)) small = F(log1p_reduced)(x, 0, 0, 0, &small_low);
  if (!__builtin_reduce_and(is_small)) {
    VD vl;
    VD vh = F(two_sum)(1, x, &vl);
    large = F(log_dd_fast)(vh, vl, t, &large_decided);
  }
  *y = F(select)(is_small, small + small_low, large);
  // Small lanes above 2^-400 in magnitude, so x^2's error in log1p_reduced is normal (exact_product).
  VL small_valid = (x != 0) & (F(magnitude)(x) >= 0x1p-400);
  return ((is_small & small_valid) | (~is_small & large_decided)) & (x > -1) & (x <= 0x1.fffffffffffffp+1023);
}

// sqrt(uh + ul) as a double-double within 2^-103 relative, for uh >= 2^-60 normalised with ul: s = sqrt(uh)
// rounded, uh - s^2 exactly (s^2's rounding error from exact_product; uh - p is exact by Sterbenz's lemma, p being
// within two ulps of uh), and the correction (uh - s^2 + ul) / (2s), itself below 2^-52 s, to 2^-52 of its size.
ATTRIBUTES static inline VD F(sqrt_dd_fast)(VD uh, VD ul, VD *low) {
  VD s = __builtin_elementwise_sqrt(uh);
  VD e;
  VD p = F(exact_product)(s, s, &e);
  *low = (((uh - p) - e) + ul) / (2 * s);
  return s;
}

// (a + sh + sl) normalised, for a, sh >= 0: the fast paths' v = a + sqrt(...).
ATTRIBUTES static inline VD F(sum_dd)(VD a, VD sh, VD sl, VD *low) {
  VD e;
  VD h = F(two_sum)(a, sh, &e);
  return F(fast_two_sum)(h, e + sl, low);
}

// Elementary.asinh for 2^-26 <= |x| < 2^32, fast: log(a + sqrt(1 + a^2)) by log_dd_fast. a^2 = sh + sl exactly,
// 1 + a^2 = uh + ul within 2^-105 relative (one rounding in ul), its square root within 2^-103 (sqrt_dd_fast), the
// sum with a within 2^-104 more: v within 2^-102 relative, as log_dd_fast requires. (The result is at least 2^-26.1,
// so log_dd_fast's 2^-98 stays below 2^-71 of it.)
ATTRIBUTES static inline VL F(asinh_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  VU sign = (VU)x & 0x8000000000000000UL;
  VD a = (VD)((VU)x ^ sign);
  VD sl, ue, rl, vl;
  VL decided;
  VD sh = F(exact_product)(a, a, &sl);
  VD uh = F(two_sum)(1, sh, &ue);
  VD rh = F(sqrt_dd_fast)(uh, ue + sl, &rl);
  VD vh = F(sum_dd)(a, rh, rl, &vl);
  VD r = F(log_dd_fast)(vh, vl, t, &decided);
  *y = (VD)((VU)r ^ sign);
  return decided & (a >= 0x1p-26) & (a < 0x1p32);
}

// Elementary.acosh for 1 < x < 2^32, fast: log(x + sqrt(x^2 - 1)) by log_dd_fast. x^2 = sh + sl exactly and sh - 1 =
// d + e exactly (TwoSum; e = 0 below 2^53, where both are multiples of ulp(sh) and so is the smaller difference), so
// x^2 - 1 = d + (e + sl) with one rounding of 2^-105 relative in e + sl (0 below 2^53: sh > 1 when x > 1, so
// d >= 2^-52 >= |sl| and fast_two_sum holds); its square root within 2^-103, the sum with x within 2^-104 more.
// (The result is at least acosh(1 + 2^-52) > 2^-26, as for asinh.)
ATTRIBUTES static inline VL F(acosh_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  VD sl, e, dl, rl, vl;
  VL decided;
  VD sh = F(exact_product)(x, x, &sl);
  VD d = F(two_sum)(sh, -1, &e);
  VD dh = F(fast_two_sum)(d, e + sl, &dl);
  VD rh = F(sqrt_dd_fast)(dh, dl, &rl);
  VD vh = F(sum_dd)(x, rh, rl, &vl);
  *y = F(log_dd_fast)(vh, vl, t, &decided);
  return decided & (x > 1) & (x < 0x1p32);
}

// Elementary.atanh for 2^-27 <= |x| < 1, fast: log((1 + a) / (1 - a)) / 2 by log_dd_fast (halving is exact, so
// the rounding test carries over). 1 + a and 1 - a are exact sums nh + nl and dh + dl (fast_two_sum: a < 1); the
// quotient's head q = nh (1 / dh) is within 2^-51.4 of it, nh - q dh exactly (exact_product, then Sterbenz), and
// the tail (nh - q dh + nl - q dl) / dh, below 2^-51 q, is taken with the same reciprocal, to 2^-51 of itself;
// dividing by dh instead of dh + dl moves it by 2^-53 of itself. So v within 2^-101 relative; log v >= 2^-26.
ATTRIBUTES static inline VL F(atanh_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  VU sign = (VU)x & 0x8000000000000000UL;
  VD a = (VD)((VU)x ^ sign);
  VD nl, dl, pe, vl;
  VL decided;
  VD nh = F(fast_two_sum)(1, a, &nl);
  VD dh = F(fast_two_sum)(1, -a, &dl);
  VD inverse = 1 / dh;
  VD q = nh * inverse;
  VD p = F(exact_product)(q, dh, &pe);
  VD ql = F(product_sum)(-q, dl, ((nh - p) - pe) + nl) * inverse;
  VD vh = F(fast_two_sum)(q, ql, &vl);
  VD r = F(log_dd_fast)(vh, vl, t, &decided);
  *y = (VD)((VU)(0.5 * r) ^ sign);
  return decided & (a >= 0x1p-27) & (a < 1);
}

ATTRIBUTES static inline VL F(tanh_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  VU sign = (VU)x & 0x8000000000000000UL;
  VD a = (VD)((VU)x ^ sign);
  VD lo, scale, el, ne, de, ql;
  VD th = F(exp_parts)(2 * a, t, &lo, &scale);
  VD eh = F(fast_two_sum)(th * scale, lo * scale, &el);
  VD nh = F(two_sum)(eh, -1, &ne);
  VD dh = F(two_sum)(eh, 1, &de);
  VD qh = F(divide)(nh, ne + el, dh, de + el, &ql);
  VD bound = 0x1p-63;
  VD result = qh + (ql + bound);
  *y = (VD)((VU)result ^ sign);
  return (result == qh + (ql - bound)) & (a >= 0x1p-5) & (a < 22);
}

// hyperbolicFast: sinh when `sine`, else cosh.
ATTRIBUTES static inline VL F(hyperbolic_lanes)(VD x, VD *y, const DocbuildElementaryTables *t, int sine) {
  VU sign = (VU)x & 0x8000000000000000UL;
  VD a = (VD)((VU)x ^ sign);
  VD lo, scale, el, pe, se;
  VD th = F(exp_parts)(a, t, &lo, &scale);
  VD eh = F(fast_two_sum)(th * scale, lo * scale, &el);
  VD rh = 1 / eh;
  VD p = F(exact_product)(rh, eh, &pe);
  VD rl = F(product_sum)(-rh, el, (1 - p) - pe) * rh;
  VD s = F(two_sum)(eh, sine ? -rh : rh, &se);
  VD tail = se + (el + (sine ? -rl : rl));
  VD bound = (eh + rh) * 0x1p-62;
  VD result = s + (tail + bound);
  VD half = 0.5 * result;
  *y = sine ? (VD)((VU)half ^ sign) : half;
  return (result == s + (tail - bound)) & (a >= (sine ? 0x1p-4 : 0x1p-26)) & (a < 40);
}

ATTRIBUTES static inline VL F(sinh_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  return F(hyperbolic_lanes)(x, y, t, 1);
}

ATTRIBUTES static inline VL F(cosh_lanes)(VD x, VD *y, const DocbuildElementaryTables *t) {
  return F(hyperbolic_lanes)(x, y, t, 0);
}

// The end of a vector's step in the loops below: the indices (from i) of the lanes `decided` leaves, appended to
// `undecided` at count.
#define RECORD_UNDECIDED(decided)                                                                                      \
  if (!__builtin_reduce_and(decided))                                                                                  \
    for (int l = 0; l < WIDTH; l++)                                                                                    \
      if (!(decided)[l]) undecided[count++] = (uint32_t)(i + l)

// The loop over an array: whole vectors through NAME_lanes; the indices of undecided lanes and of the last
// n mod WIDTH elements go to `undecided` for the caller's exact path.
#define DEFINE_LOOP(NAME)                                                                                              \
  ATTRIBUTES static size_t F(NAME)(const double *x, double *y, size_t n, const DocbuildElementaryTables *t,           \
                                   uint32_t *undecided) {                                                              \
    size_t count = 0, i = 0;                                                                                           \
    for (; i + WIDTH <= n; i += WIDTH) {                                                                               \
      VD v, r;                                                                                                         \
      memcpy(&v, x + i, sizeof v);                                                                                     \
      VL decided = F(NAME##_lanes)(v, &r, t);                                                                          \
      memcpy(y + i, &r, sizeof r);                                                                                     \
      RECORD_UNDECIDED(decided);                                                                                       \
    }                                                                                                                  \
    for (; i < n; i++) undecided[count++] = (uint32_t)i;                                                               \
    return count;                                                                                                      \
  }

DEFINE_LOOP(exp)
DEFINE_LOOP(log)
DEFINE_LOOP(tanh)
DEFINE_LOOP(sinh)
DEFINE_LOOP(cosh)
DEFINE_LOOP(exp2)
DEFINE_LOOP(log2)
DEFINE_LOOP(log10)
DEFINE_LOOP(expm1)
DEFINE_LOOP(sin)
DEFINE_LOOP(cos)
DEFINE_LOOP(tan)
DEFINE_LOOP(atan)
DEFINE_LOOP(asin)
DEFINE_LOOP(acos)
DEFINE_LOOP(log1p)
DEFINE_LOOP(asinh)
DEFINE_LOOP(acosh)
DEFINE_LOOP(atanh)

// Whole vectors of x and y from i on through NAME_lanes, the results to out, the undecided lanes recorded; i ends at
// the last n mod WIDTH elements.
#define VECTORS2(NAME)                                                                                                 \
  for (; i + WIDTH <= n; i += WIDTH) {                                                                                 \
    VD u, v, r;                                                                                                        \
    memcpy(&u, x + i, sizeof u);                                                                                       \
    memcpy(&v, y + i, sizeof v);                                                                                       \
    VL decided = F(NAME##_lanes)(u, v, &r, t);                                                                         \
    memcpy(out + i, &r, sizeof r);                                                                                     \
    RECORD_UNDECIDED(decided);                                                                                         \
  }

// The loop over two arrays, as DEFINE_LOOP.
#define DEFINE_LOOP2(NAME)                                                                                             \
  ATTRIBUTES static size_t F(NAME)(const double *x, const double *y, double *out, size_t n,                            \
                                   const DocbuildElementaryTables *t, uint32_t *undecided) {                           \
    size_t count = 0, i = 0;                                                                                           \
    VECTORS2(NAME)                                                                                                     \
    for (; i < n; i++) undecided[count++] = (uint32_t)i;                                                               \
    return count;                                                                                                      \
  }

// pow's loop: on the paths with FMA hardware every vector through pow_fast_lanes first, then the lanes it leaves
// undecided (and the last n mod WIDTH elements) WIDTH at a time through the double-double lanes, which leave the rest
// to the caller; the portable path runs the double-double lanes alone (pow_fast_lanes would call libm's fma() for
// each of its fused operations, slower than the double-double path there). Either way a lane's bits are the scalar
// function's.
ATTRIBUTES static size_t F(pow)(const double *x, const double *y, double *out, size_t n,
                                const DocbuildElementaryTables *t, uint32_t *undecided) {
  size_t count = 0, i = 0;
#if FUSED
  VECTORS2(pow_fast)
#endif
  for (; i < n; i++) undecided[count++] = (uint32_t)i;
  // In place: a vector's indices are read before any is written back, and `left` never passes k. A last, partial
  // vector repeats its first index in the unused lanes.
  size_t left = 0;
  for (size_t k = 0; k < count; k += WIDTH) {
    uint32_t index[WIDTH];
    int used = count - k < WIDTH ? (int)(count - k) : WIDTH;
    VD u, v, r;
    for (int l = 0; l < WIDTH; l++) {
      index[l] = undecided[k + (l < used ? l : 0)];
      u[l] = x[index[l]];
      v[l] = y[index[l]];
    }
    VL decided = F(pow_dd_lanes)(u, v, &r, t);
    for (int l = 0; l < used; l++) {
      if (decided[l])
        out[index[l]] = r[l];
      else
        undecided[left++] = index[l];
    }
  }
  return left;
}

// pow_fast_lanes alone, every path (the portable one through libm's fma()), for the tests that hold its decided lanes
// to the scalar function.
DEFINE_LOOP2(pow_fast)
DEFINE_LOOP2(atan2)
DEFINE_LOOP2(hypot)

// One code path's two-argument loops, in the order of DocbuildElementaryBinaryFunction.
static const ElementaryLoop2 F(loops2)[] = {F(pow), F(atan2), F(hypot), F(pow_fast)};

// One code path's loops, in the order of DocbuildElementaryFunction.
static const ElementaryLoop F(loops)[] = {F(exp),  F(log),   F(tanh),  F(sinh),  F(cosh), F(exp2),  F(log2),
                                          F(log10), F(expm1), F(sin),   F(cos),   F(tan),  F(atan),  F(asin),
                                          F(acos), F(log1p), F(asinh), F(acosh), F(atanh)};

#undef DEFINE_LOOP
#undef DEFINE_LOOP2
#undef VECTORS2
#undef RECORD_UNDECIDED
#undef SPILL_INDICES
