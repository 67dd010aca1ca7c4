// One copy of glibc's atan, asin and acos for glibc_inverse_trig.c: SUFFIX names it, ATTRIBUTES is its target
// attribute and FMA its fused multiply-add (one instruction, or C's fma(); the same correctly rounded value). FMA marks
// each `a * b + c` that GCC fuses in glibc's build for CPUs with FMA; every other operation rounds as written.

#define CAT2(a, b) a##_##b
#define CAT(a, b) CAT2(a, b)
#define F(name) CAT(name, SUFFIX)

// atan(x) for finite |x| in [2^-27, 1/16) and [16, 5.805e15): the odd polynomial d3...d13 in x, or pi/2 less it in
// 1/x.
ATTRIBUTES static inline double F(atan_polynomial)(double v) {
  double yy = FMA(v, atan_d13, atan_d11);
  yy = FMA(v, yy, atan_d9);
  yy = FMA(v, yy, atan_d7);
  yy = FMA(v, yy, atan_d5);
  return FMA(v, yy, atan_d3);
}

// z = 1/u's or u's distance from the table point, and the table's polynomial in z without its constant.
ATTRIBUTES static inline double F(atan_table_polynomial)(const double *row, double z) {
  double yy = FMA(z, row[6], row[5]);
  yy = FMA(z, yy, row[4]);
  yy = FMA(z, yy, row[3]);
  return FMA(z, yy, row[2]);
}

ATTRIBUTES static double F(atan)(double x) {
  uint64_t bits = bits_of(x);
  if ((bits & 0x7fffffffffffffffULL) > 0x7ff0000000000000ULL) return x + x;  // NaN
  double u = fabs(x);
  if (u < 1.0) {
    if (u < 0.0625) {
      if (u < atan_a) return x;
      double v = x * x;
      double yy = F(atan_polynomial)(v);
      return FMA(yy, x * v, x);
    }
    int i = (int)((atan_two52 + 256 * u) - atan_two52) - 16;
    const double *row = glibc_atan_table[i];
    double z = u - row[0];
    double yy = F(atan_table_polynomial)(row, z);
    return copysign(FMA(yy, z, row[1]), x);
  }
  if (u < 16.0) {
    double w = 1 / u;
    double t1 = w * u;
    double t2 = FMA(w, u, -t1);
    int i = (int)((atan_two52 + 256 * w) - atan_two52) - 16;
    const double *row = glibc_atan_table[i];
    double z = FMA(w, (1 - t1) - t2, w - row[0]);
    double yy = F(atan_table_polynomial)(row, z);
    yy = FMA(-z, yy, atan_hpi1);
    double t = atan_hpi - row[1];
    return copysign(t + yy, x);
  }
  if (u < atan_e) {
    double w = 1 / u;
    double v = w * w;
    double t1 = w * u;
    double t2 = FMA(w, u, -t1);
    double yy = F(atan_polynomial)(v);
    double t3 = atan_hpi - w;
    double cor = (atan_hpi - t3) - w;  // |pi/2| > |w|: ESUB's first case
    double ww = w * ((1 - t1) - t2);
    // GCC leaves these two products unfused (a fused last step differs from glibc on inputs such as 0x1.62eac1eabdb14p+4).
    yy = ((atan_hpi1 + cor) - ww) - yy * (w * v);
    return copysign(t3 + yy, x);
  }
  return x > 0 ? atan_hpi : -atan_hpi;
}


// The table row of |x| in [0.125, 0.96875): its index in glibc_asin_table and its number of coefficients m (c1 ... cm
// follow the point, then asin at the point as a low and a high part).
ATTRIBUTES static inline const double *F(asin_row)(uint32_t k, int *m) {
  int n;
  if (k < 0x3fd00000) {
    n = 11 * ((k & 0x000fffff) >> 15), *m = 6;
  } else if (k < 0x3fe00000) {
    n = 11 * ((k & 0x000fffff) >> 14) + 352, *m = 6;
  } else if (k < 0x3fe80000) {
    n = 1056 + ((k & 0x000fe000) >> 11) * 3, *m = 7;
  } else if (k < 0x3fed8000) {
    n = 992 + ((k & 0x000fe000) >> 13) * 13, *m = 8;
  } else if (k < 0x3fee8000) {
    n = 884 + ((k & 0x000fe000) >> 13) * 14, *m = 9;
  } else {
    n = 768 + ((k & 0x000fe000) >> 13) * 15, *m = 10;
  }
  return glibc_asin_table + n;
}

// asin(x0 + xx) - high for a table row: c1 xx + (xx^2 (c2 + xx (c3 + ...)) + low).
ATTRIBUTES static inline double F(asin_row_polynomial)(const double *row, int m, double xx) {
  double p = row[m];
  for (int j = m - 1; j >= 2; j--) p = FMA(xx, p, row[j]);
  p = FMA(xx * xx, p, row[m + 1]);
  return FMA(row[1], xx, p);
}

// The odd polynomial of asin below 0.125 and near 1 (f1...f6), in x^2 or in z.
ATTRIBUTES static inline double F(asin_polynomial)(double v) {
  return FMA(FMA(FMA(FMA(FMA(asin_f6, v, asin_f5), v, asin_f4), v, asin_f3), v, asin_f2), v, asin_f1);
}

// For z = (1 - |x|)/2 in (0, 0.015625]: t near 1/sqrt(z) and c near sqrt(z), refined from root.tbl's guess.
ATTRIBUTES static inline double F(asin_root)(double z, double *c_out) {
  uint32_t k = (uint32_t)(bits_of(z) >> 32);
  double t = glibc_inverse_root_table[(k & 0x001fffff) >> 14] * double_of((uint64_t)(1023 + 511 - (k >> 21)) << 52);
  double r = FMA(-(t * t), z, 1.0);
  t = t * FMA(r, FMA(r, FMA(r, asin_rt3, asin_rt2), asin_rt1), asin_rt0);
  double c = t * z;
  t = c * FMA(-(0.5 * t), c, 1.5);
  *c_out = c;
  return t;
}

ATTRIBUTES static double F(asin)(double x) {
  uint64_t bits = bits_of(x);
  uint32_t k = (uint32_t)(bits >> 32) & 0x7fffffff;
  int positive = (int64_t)bits >= 0;
  if (k < 0x3e500000) return x;
  if (k < 0x3fc00000) {
    double x2 = x * x;
    return FMA(F(asin_polynomial)(x2), x2 * x, x);
  }
  if (k < 0x3fef0000) {
    int m;
    const double *row = F(asin_row)(k, &m);
    double xx = fabs(x) - row[0];
    double res = row[m + 2] + F(asin_row_polynomial)(row, m, xx);
    return positive ? res : -res;
  }
  if (k < 0x3ff00000) {
    double z = 0.5 * (1.0 - fabs(x));
    double c;
    double t = F(asin_root)(z, &c);
    double y = (c + asin_t24) - asin_t24;
    double cc = FMA(-y, y, z) / (t + y);
    double p = F(asin_polynomial)(z) * z;
    double cor = FMA(-(2.0 * (y + cc)), p, FMA(-2.0, cc, asin_hp1));
    double res = (asin_hp0 - 2.0 * y) + cor;
    return positive ? res : -res;
  }
  if (bits << 1 == 0x3ff0000000000000ULL << 1) return positive ? asin_hp0 : -asin_hp0;
  if (k >= 0x7ff00000 && (bits << 1) > (0x7ff0000000000000ULL << 1)) return x + x;
  return double_of(0x7ff8000000000000ULL);  // what glibc's wrapper returns for |x| > 1
}

ATTRIBUTES static double F(acos)(double x) {
  uint64_t bits = bits_of(x);
  uint32_t k = (uint32_t)(bits >> 32) & 0x7fffffff;
  int positive = (int64_t)bits >= 0;
  if (k < 0x3c880000) return asin_hp0;
  if (k < 0x3fc00000) {
    double x2 = x * x;
    double r = asin_hp0 - x;
    double cor = FMA(-F(asin_polynomial)(x2), x2 * x, ((asin_hp0 - r) - x) + asin_hp1);
    return r + cor;
  }
  if (k < 0x3fef0000) {
    int m;
    const double *row = F(asin_row)(k, &m);
    double xx = fabs(x) - row[0];
    double t = F(asin_row_polynomial)(row, m, xx);
    double y = positive ? asin_hp0 - row[m + 2] : asin_hp0 + row[m + 2];
    t = positive ? asin_hp1 - t : asin_hp1 + t;
    return y + t;
  }
  if (k < 0x3ff00000) {
    double z = 0.5 * (1.0 - fabs(x));
    double c;
    double t = F(asin_root)(z, &c);
    double y = (asin_t27 * c + c) - asin_t27 * c;
    double cc = FMA(-y, y, z) / (t + y);
    double p = F(asin_polynomial)(z) * z;
    if (!positive) {
      double cor = (asin_hp1 - cc) - (y + cc) * p;  // unfused, as the branch below
      double res = (asin_hp0 - y) + cor;
      return res + res;
    }
    double res = y + (cc + p * (y + cc));  // unfused in glibc's build (fusing differs on 0x1.f2c2bf916d9bcp-1)
    return res + res;
  }
  if (bits << 1 == 0x3ff0000000000000ULL << 1) return positive ? 0.0 : 2.0 * asin_hp0;
  if (k >= 0x7ff00000 && (bits << 1) > (0x7ff0000000000000ULL << 1)) return x + x;
  return double_of(0x7ff8000000000000ULL);
}

// atan2 below 1/16 and from the table: the sum's parts as glibc adds them. GCC fuses a product into a sum only within
// one basic block, so the products computed before ESUB's or EADD's branch stay rounded.
ATTRIBUTES static double F(atan2)(double y, double x) {
  uint64_t xbits = bits_of(x), ybits = bits_of(y);
  if ((xbits << 1) > (0x7ff0000000000000ULL << 1)) return x + y;
  if ((ybits << 1) > (0x7ff0000000000000ULL << 1)) return y + y;
  int x_negative = (int64_t)xbits < 0, y_negative = (int64_t)ybits < 0;
  if (y == 0) return x_negative ? (y_negative ? -atan2_pi : atan2_pi) : (y_negative ? -0.0 : 0.0);
  if (x == 0) return y_negative ? -atan_hpi : atan_hpi;
  if (isinf(x)) {
    if (isinf(y)) {
      double angle = x_negative ? atan2_three_quarter_pi : atan2_quarter_pi;
      return y_negative ? -angle : angle;
    }
    double angle = x_negative ? atan2_pi : 0.0;
    return y_negative ? -angle : angle;
  }
  if (isinf(y)) return y_negative ? -atan_hpi : atan_hpi;
  double ax = fabs(x), ay = fabs(y);
  int de = (int)((uint32_t)(ybits >> 32) & 0x7ff00000) - (int)((uint32_t)(xbits >> 32) & 0x7ff00000);
  if (de >= 57 << 20) return y > 0 ? atan_hpi : -atan_hpi;
  if (de <= -(57 << 20)) {
    if (x > 0) return copysign(ay / ax, y);
    return y > 0 ? atan2_pi : -atan2_pi;
  }
  if (ax < 0x1p-500 || ay < 0x1p-500) {
    ax *= 0x1p500;
    ay *= 0x1p500;
  }
  if (ax > 0x1p500 || ay > 0x1p500) {
    ax *= 0x1p-500;
    ay *= 0x1p-500;
  }
  double u, du, v, vv;
  if (ay < ax) {
    u = ay / ax;
    v = ax * u;
    vv = FMA(ax, u, -v);
    du = ((ay - v) - vv) / ax;
  } else {
    u = ax / ay;
    v = ay * u;
    vv = FMA(ay, u, -v);
    du = ((ax - v) - vv) / ay;
  }
  if (x > 0) {
    if (ay < ax) {  // atan(ay/ax)
      if (u < 0.0625) {
        v = u * u;
        double z = u + FMA(u * v, F(atan_polynomial)(v), du);
        return copysign(z, y);
      }
      int i = (int)((atan_two52 + 256 * u) - atan_two52) - 16;
      const double *row = glibc_atan_table[i];
      double t3 = u - row[0];
      v = t3 + du;
      double dv = fabs(t3) > fabs(du) ? (t3 - v) + du : (du - v) + t3;
      double q = FMA(v, FMA(v, FMA(v, row[6], row[5]), row[4]), row[3]);
      double zz = FMA(v, row[2], FMA(dv, row[2], (v * v) * q));
      return copysign(row[1] + zz, y);
    }
    // pi/2 - atan(ax/ay)
    if (u < 0.0625) {
      v = u * u;
      double zz = (u * v) * F(atan_polynomial)(v);
      double t2 = atan_hpi - u;
      double cor = (atan_hpi - t2) - u;
      double t3 = ((atan_hpi1 + cor) - du) - zz;
      return copysign(t2 + t3, y);
    }
    int i = (int)((atan_two52 + 256 * u) - atan_two52) - 16;
    const double *row = glibc_atan_table[i];
    v = (u - row[0]) + du;
    double zz = FMA(-v, F(atan_table_polynomial)(row, v), atan_hpi1);
    return copysign((atan_hpi - row[1]) + zz, y);
  }
  if (ax < ay) {  // pi/2 + atan(ax/ay)
    if (u < 0.0625) {
      v = u * u;
      double zz = (u * v) * F(atan_polynomial)(v);
      double t2 = atan_hpi + u;
      double cor = (atan_hpi - t2) + u;
      double t3 = ((atan_hpi1 + cor) + du) + zz;
      return copysign(t2 + t3, y);
    }
    int i = (int)((atan_two52 + 256 * u) - atan_two52) - 16;
    const double *row = glibc_atan_table[i];
    v = (u - row[0]) + du;
    double zz = FMA(v, F(atan_table_polynomial)(row, v), atan_hpi1);
    return copysign((atan_hpi + row[1]) + zz, y);
  }
  // pi - atan(ay/ax)
  if (u < 0.0625) {
    v = u * u;
    double zz = (u * v) * F(atan_polynomial)(v);
    double t2 = atan2_pi - u;
    double cor = (atan2_pi - t2) - u;
    double t3 = ((atan2_pi1 + cor) - du) - zz;
    return copysign(t2 + t3, y);
  }
  int i = (int)((atan_two52 + 256 * u) - atan_two52) - 16;
  const double *row = glibc_atan_table[i];
  v = (u - row[0]) + du;
  double zz = FMA(-v, F(atan_table_polynomial)(row, v), atan2_pi1);
  return copysign((atan2_pi - row[1]) + zz, y);
}

#undef F
#undef CAT
#undef CAT2
#undef SUFFIX
#undef ATTRIBUTES
#undef FMA
