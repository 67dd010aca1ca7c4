// NumPy's float64 power for the pairs Intel SVML's vector pow (`__svml_pow8_ha`, numpy_lanes.h's pow_lanes) leaves to
// its scalar fallback `__svml_dpow_ha_cout_rare_internal`: a base that is not positive and finite (negative, +-0,
// +-inf, NaN), an infinite or NaN exponent, and |y log2 x| beyond 1021.5. NumPy prints that fallback's bits, which
// are not always the correctly rounded power (x ** 3 of a negative x differs on about 15 in 20,000), so docbuild runs
// the same algorithm: the special values of C's pow in SVML's order, then log2|x| with three table reciprocals as a
// double-double, times y split into halves (Dekker), and 2^that by a 2^(j/128) table, with a scaling that rounds once
// into the subnormal range. Every operation is a plain double operation in round-to-nearest, as SVML's SSE2 code
// does; contraction is off, so no multiply-add is fused that SVML rounds twice. NaN results are built from bits, not
// by arithmetic, because a NaN's sign and payload after an operation differ between x86 and other CPUs.

#include <stdint.h>

#include "double_bits.h"
#include "numpy_elementary.h"
#include "numpy_power_rare_tables.h"

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

// 2^27 + 1: multiplying by it and subtracting splits a double into two halves of 26 bits whose products are exact.
static const double splitter = 134217729.0;

// What SVML's integer test says of y: not an integer (or infinite, NaN, subnormal), an odd or an even integer.
typedef enum { NOT_INTEGER = 0, ODD = 1, EVEN = 2 } Parity;

static Parity parity_of(uint64_t y_bits) {
  if ((y_bits & 0x7fffffffffffffffull) == 0) return EVEN;
  int exponent = (int)((y_bits >> 52) & 0x7ff) - 1023;
  if (exponent < 0 || exponent == 1024) return NOT_INTEGER;
  if (exponent >= 53) return EVEN;
  // The units bit sits 52 - exponent bits up (for exponent 0, the exponent field's lowest bit: 1 is odd).
  uint64_t fraction = (1ull << (52 - exponent)) - 1;
  if (y_bits & fraction) return NOT_INTEGER;
  return (y_bits >> (52 - exponent)) & 1 ? ODD : EVEN;
}

// A NaN operand quieted as x86's addsd returns x + y: the first operand's if it is a NaN, else the second's.
static double first_nan(double x, double y) {
  return double_of((x != x ? bits_of(x) : bits_of(y)) | 0x0008000000000000ull);
}

// 2^(e - 1023) from a biased exponent field e in 1...2046, as SVML writes it into the exponent of 1.0.
static double power_of_two(int biased) { return double_of((uint64_t)(biased & 2047) << 52); }

// |x|^y for x positive, finite and not 1, y finite and nonzero, times sign (+-1): SVML's general case.
static double general_power(double x, double y, int y_biased, double sign) {
  double a = x;
  int scaled = 0;
  if (((bits_of(a) >> 52) & 0x7ff) == 0) {
    a = a * double_of(0x4c70000000000000ull);  // 2^200: a subnormal base gets a normal mantissa
    scaled = -200;
  }
  // a = 2^e * m: m in [1, 2) is a's mantissa, while e counts a's binade from 0.7421875 on (mantissa 1 + 31/64, where
  // the first reciprocal's table switches to the next binade: its -log2 entries less 1 from there).
  uint32_t high = (uint32_t)(bits_of(a) >> 32);
  int32_t e = ((int32_t)high - 0x3fe7c000) >> 20;
  e += scaled;
  double m = double_of((bits_of(a) & 0x000fffffffffffffull) | 0x3ff0000000000000ull);
  // Three reciprocals in a row make u3 = m rcp1 rcp2 rcp3 close to log2(e) (rcp3 carries the factor); each is read by
  // the rounded top bits of the product so far. e plus their -log2 (heads) is the integer-ish part of log2 a.
  uint32_t i1 = (((uint32_t)(bits_of(m) >> 32) & 0xfc000) + 0x4000) >> 15;
  double rcp1 = double_of(pow_rare_rcp1[i1]);
  double u1 = rcp1 * m;
  double heads = (double)e;
  double m_split = splitter * m;
  heads = heads + double_of(pow_rare_log1[2 * i1]);
  uint32_t i2 = (((uint32_t)(bits_of(u1) >> 32) & 0xfc00) + 0x400) >> 11;
  double m_difference = m_split - m;
  double rcp2 = double_of(pow_rare_rcp2[i2]);
  double u2 = u1 * rcp2;
  heads = heads + double_of(pow_rare_log2[2 * i2]);
  double rcp = rcp1 * rcp2;
  double m_high = m_split - m_difference;
  uint32_t i3 = (((uint32_t)(bits_of(u2) >> 32) & 0xff0) + 0x10) >> 5;
  double rcp3 = double_of(pow_rare_rcp3[i3]);
  rcp = rcp * rcp3;
  double m_low = m - m_high;
  heads = heads + double_of(pow_rare_log3[2 * i3]);
  double u3 = u2 * rcp3;
  // v = u3 - log2(e)'s head; the products' rounding errors, m rcp - u3 exactly by halves, go into d.
  double rcp_split = splitter * rcp;
  double v = u3 - double_of(0x3ff7154740000000ull);
  double rcp_difference = rcp_split - rcp;
  double tail1 = double_of(pow_rare_log1[2 * i1 + 1]);
  double rcp_high = rcp_split - rcp_difference;
  double tail2 = double_of(pow_rare_log2[2 * i2 + 1]);
  double tail3 = double_of(pow_rare_log3[2 * i3 + 1]);
  double rcp_low = rcp - rcp_high;
  double d = m_high * rcp_high;
  double cross = rcp_high * m_low;
  d = d - u3;
  double sum = heads + v;
  d = d + cross;
  d = d + m_high * rcp_low;
  d = d + m_low * rcp_low;
  double sum_low = (heads - sum) + v;
  // |y log2 a| is at least 2^(sum's exponent + y's exponent - 2046) or so: far beyond 1024 the result is an infinity
  // or a zero (SVML squares 2^1023 or 2^-1022 to get it, with the overflow or underflow), far below 2^-60 it is 1.
  int size = (int)((bits_of(sum) >> 52) & 0x7ff) + y_biased;
  if (size >= 2057) {
    double extreme = ((bits_of(sum) ^ bits_of(y)) >> 63) ? double_of(0x0010000000000000ull)
                                                           : double_of(0x7fe0000000000000ull);
    return extreme * extreme * sign;
  }
  if (size <= 1984) return (1.0 + double_of(0x0010000000000000ull)) * sign;
  // log2 a = sum + (p(r) + the low parts), p the degree-4 polynomial of log2(1 + r / log2(e)) less its linear term.
  double r = v + d;
  double tails = tail2 + tail3;
  double low = d + sum_low;
  double p = double_of(0xbfb550472a9012d8ull) * r;
  tails = tail1 + tails;
  p = p + double_of(0x3fc47fd462b6dee1ull);
  tails = tails + low;
  p = p * r;
  p = p + double_of(0xbfd62e4346694107ull);
  p = p * r;
  p = p + double_of(0x3e79c3a6966457e8ull);
  p = p * r;
  double high2 = sum + p;
  double low2 = (sum - high2) + p;
  double high3 = tails + high2;
  double low3 = (high2 - high3) + tails;
  // y (high3 + low3) as a head rounded to 1/128 (the shifter 1.5 * 2^45 keeps 7 fractional bits) and a remainder:
  // y and high3 split into halves so that y_high high3_high is exact.
  double high_split = splitter * high3;
  double lows = low3 + low2;
  double high_difference = high_split - high3;
  lows = lows * y;
  double y_split = y * splitter;
  double l_high = high_split - high_difference;
  double l_low = high3 - l_high;
  double y_difference = y_split - y;
  double y_high = y_split - y_difference;
  double y_low = y - y_high;
  double product = y_high * l_high;
  double rest = y_high * l_low;
  const double shifter = double_of(0x42c8000000000000ull);
  double shifted = shifter + product;
  double low_low = l_low * y_low;
  double high_low = l_high * y_low;
  rest = rest + low_low;
  rest = rest + high_low;
  rest = rest + lows;
  double n = shifted - shifter;
  double remainder = product - n;
  int32_t k = (int32_t)(uint32_t)bits_of(shifted);
  uint32_t j = (uint32_t)k & 127;
  double t = remainder + rest;
  // 2^t - 1 for |t| <= 1/256, then 2^(j/128) (1 + that) with the table's tail.
  double q = double_of(0x3f55d87fe78a6731ull) * t;
  double head = double_of(pow_rare_exp2[2 * j]);
  int32_t whole = k >> 7;  // floor(N): arithmetic shift
  q = q + double_of(0x3f83b2ab6fba4e77ull);
  q = q * t;
  q = q + double_of(0x3fac6b08d704a0c0ull);
  q = q * t;
  q = q + double_of(0x3fcebfbdff82c58full);
  q = q * t;
  q = q + double_of(0x3fe62e42fefa39efull);
  q = q * t;
  q = q * head;
  q = q + double_of(pow_rare_exp2[2 * j + 1]);
  double f = q + head;
  // The result 2^whole f: its exponent put in place where it is normal, an infinity past 2^1024; below 2^-1022
  // scaled by 2^(whole + 200) first and then by 2^-200, so it is rounded into the subnormal range once (SVML adds or
  // subtracts 2^-1022 squared after that, +0, for the underflow flag).
  int f_biased = (int)((bits_of(f) >> 52) & 0x7ff);
  int exponent = whole + f_biased - 1023;
  if (exponent >= 1024) return double_of(0x7fe0000000000000ull) * double_of(0x7fe0000000000000ull) * sign;
  if (exponent >= -1022) {
    double placed = double_of((bits_of(f) & 0x800fffffffffffffull) | ((uint64_t)((exponent + 1023) & 2047) << 52));
    return placed * sign;
  }
  const double tiny = double_of(0x0010000000000000ull);
  const double down = double_of(0x3370000000000000ull);  // 2^-200
  if (exponent >= -1032) {
    // Near 2^-1022 the scaled value is rounded to a double from f's halves and its low part together.
    double f_low = q + (head - f);
    double f_split = splitter * f;
    double f_difference = f_split - f;
    double f_high = f_split - f_difference;
    double scale = power_of_two(whole + 1223);
    double parts = (f - f_high) + f_low;
    double scaled_high = f_high * scale;
    parts = parts * scale;
    double scaled_value = parts + scaled_high;
    double result = sign * down;
    result = result * scaled_value;
    return result + tiny * tiny;
  }
  if (exponent >= -1084) {
    double scale = power_of_two(whole + 1223);
    double result = sign * down;
    result = result * (f * scale);
    return result - tiny * tiny;
  }
  return sign * (tiny * tiny);
}

double docbuild_numpy_power_rare(double x, double y) {
  uint64_t x_bits = bits_of(x), y_bits = bits_of(y);
  int x_biased = (int)((x_bits >> 52) & 0x7ff), y_biased = (int)((y_bits >> 52) & 0x7ff);
  int x_negative = (int)(x_bits >> 63), y_negative = (int)(y_bits >> 63);
  int x_finite = x_biased != 2047, y_finite = y_biased != 2047;
  int x_mantissa_zero = (x_bits & 0x000fffffffffffffull) == 0;
  int y_mantissa_zero = (y_bits & 0x000fffffffffffffull) == 0;
  Parity parity = parity_of(y_bits);
  // 1 ** y and x ** +-0 are 1, NaNs included (SVML squares +-1 to return it).
  if (x_bits == 0x3ff0000000000000ull || (y_bits & 0x7fffffffffffffffull) == 0) return 1.0;
  if ((!x_finite && !x_mantissa_zero) || (!y_finite && !y_mantissa_zero)) return first_nan(x, y);
  // -1 for a negative base and an odd integer exponent.
  double sign = x_negative && parity == ODD ? -1.0 : 1.0;
  if (x == 0) return y_negative ? sign / 0.0 : sign * 0.0;
  if (x == -1.0 && (parity != NOT_INTEGER || !y_finite)) return parity == ODD ? -1.0 : 1.0;
  if (!x_finite || !y_finite) {
    if (x_biased < 1023) return y_negative ? y * y : 0.0;  // |x| < 1, y = +-inf
    if (y_negative) return 0.0 * sign;
    return x * x * y * sign;
  }
  // A negative base and an exponent that is not an integer: x86's default NaN, as SVML divides 0 by 0.
  if (x_negative && parity == NOT_INTEGER) return double_of(0xfff8000000000000ull);
  return general_power(__builtin_fabs(x), y, y_biased, sign);
}
