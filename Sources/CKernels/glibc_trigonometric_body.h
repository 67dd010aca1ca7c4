// One copy of glibc's sin and cos for glibc_trigonometric.c: SUFFIX names it, ATTRIBUTES is its target attribute and
// FMA its fused multiply-add (one instruction, or C's fma(); the same correctly rounded value).

#define CAT2(a, b) a##_##b
#define CAT(a, b) CAT2(a, b)
#define F(name) CAT(name, SUFFIX)

// The table row nearest |x| (at a multiple of 1/128) and |x| less its point.
ATTRIBUTES static inline const double *F(table_row)(double magnitude, double *rest) {
  double shifted = table_shift + magnitude;
  *rest = magnitude - (shifted - table_shift);
  return glibc_sincos_table + 4 * (bits_of(shifted) & 0xffffffff);
}

// sin(x + dx) for |x| up to a little more than pi/4.
ATTRIBUTES static inline double F(sine_of_small)(double x, double dx) {
  if (fabs(x) < 0.126) {
    double xx = x * x;
    double p = FMA(FMA(FMA(FMA(s5, xx, s4), xx, s3), xx, s2), xx, s1);
    return x + FMA(FMA(p, x, -(0.5 * dx)), xx, dx);
  }
  if (x <= 0) dx = -dx;
  double r;
  const double *row = F(table_row)(fabs(x), &r);
  double rr = r * r;
  double s = r + FMA(r * rr, FMA(rr, sn5, sn3), dx);
  double c = FMA(r, dx, rr * FMA(rr, FMA(rr, cs6, cs4), cs2));
  double correction = FMA(row[2], s, FMA(-row[0], c, FMA(s, row[3], row[1])));
  return copysign(row[0] + correction, x);
}

// cos(x + dx) for |x| up to a little more than pi/4.
ATTRIBUTES static inline double F(cosine_of_small)(double x, double dx) {
  if (x < 0) dx = -dx;
  double rest;
  const double *row = F(table_row)(fabs(x), &rest);
  double r = rest + dx;
  double rr = r * r;
  double s = FMA(r * rr, FMA(rr, sn5, sn3), r);
  double c = rr * FMA(rr, FMA(rr, cs6, cs4), cs2);
  double correction = FMA(-row[0], s, FMA(-row[2], c, FMA(-s, row[1], row[3])));
  return row[2] + correction;
}

// sin(a + da) rotated by n quarter turns.
ATTRIBUTES static inline double F(sin_or_cos)(double a, double da, int n) {
  double value = (n & 1) ? F(cosine_of_small)(a, da) : F(sine_of_small)(a, da);
  return (n & 2) ? -value : value;
}

// x = n pi/2 + (a + da), |a + da| <= pi/4; returns n mod 4.
ATTRIBUTES static inline int F(reduction)(double x, int large, double *a, double *da) {
  if (large) return large_reduction(x, a, da);
  double t = FMA(x, inverse_half_pi, to_integer);
  double xn = t - to_integer;
  double y = FMA(-xn, mp2, FMA(-xn, mp1, x));
  double t2 = FMA(-xn, pp3, y);
  double db = FMA(-xn, pp3, y - t2);
  double b = FMA(-xn, pp4, t2);
  db += FMA(-xn, pp4, t2 - b);
  *a = b;
  *da = db;
  return (int)(bits_of(t) & 3);
}

ATTRIBUTES static double F(sin)(double x) {
  uint32_t k = (uint32_t)(bits_of(x) >> 32) & 0x7fffffff;
  if (k < 0x3e500000) return x;                                // |x| < 2^-26
  if (k < 0x3feb6000) return F(sine_of_small)(x, 0);           // |x| < 0.855469
  if (k < 0x400368fd) {                                        // |x| < 2.426265: cos(pi/2 - |x|)
    return copysign(F(cosine_of_small)(half_pi - fabs(x), half_pi_low), x);
  }
  if (k < 0x7ff00000) {
    double a, da;
    int n = F(reduction)(x, k >= 0x419921FB, &a, &da);
    return F(sin_or_cos)(a, da, n);
  }
  return x / x;
}

ATTRIBUTES static double F(cos)(double x) {
  uint32_t k = (uint32_t)(bits_of(x) >> 32) & 0x7fffffff;
  if (k < 0x3e400000) return 1.0;                              // |x| < 2^-27
  if (k < 0x3feb6000) return F(cosine_of_small)(x, 0);
  if (k < 0x400368fd) {                                        // sin(pi/2 - |x|), pi/2 - |x| as a double-double
    double y = half_pi - fabs(x);
    double a = y + half_pi_low;
    return F(sine_of_small)(a, (y - a) + half_pi_low);
  }
  if (k < 0x7ff00000) {
    double a, da;
    int n = F(reduction)(x, k >= 0x419921FB, &a, &da);
    return F(sin_or_cos)(a, da, n + 1);
  }
  return x / x;
}

// tan(a + da) (n even) or -cot(a + da) (n odd) for |a + da| <= pi/4 (or a little more).
ATTRIBUTES static inline double F(tan_of_reduced)(double a, double da, int n) {
  double ya = a < 0.0 ? -a : a, yya = a < 0.0 ? -da : da, sy = a < 0.0 ? -1 : 1;
  if (ya <= tan_small) {
    double a2 = a * a;
    double t2 = FMA(a2, FMA(a2, FMA(a2, FMA(a2, tan_d11, tan_d9), tan_d7), tan_d5), tan_d3);
    t2 = FMA(a * a2, t2, da);
    if (!n) return a + t2;
    // -1/(a + t2), the sum exact as a double-double, the quotient to double-double precision.
    double b = a + t2, db = fabs(a) > fabs(t2) ? (a - b) + t2 : (t2 - b) + a;
    double c = 1.0 / b;
    double u = c * b, uu = FMA(c, b, -u);
    double cc = FMA(-c, db, ((1.0 - u) - uu) + 0.0) / b;
    double z = c + cc, zz = (c - z) + cc;
    return -(z + zz);
  }
  const double *row = glibc_tan_table[(int)FMA(256, ya, -15.5)];
  double z = (ya - row[0]) + yya, z2 = z * z;
  double pz = FMA(z * z2, FMA(z2, tan_e1, tan_e0), z);
  if (n) return -sy * (row[2] - pz * (row[1] + row[2]) / (row[1] + pz));
  return sy * (row[1] + pz * (row[2] + row[1]) / (row[2] - pz));
}

ATTRIBUTES static double F(tan)(double x) {
  if ((bits_of(x) & 0x7ff0000000000000ULL) == 0x7ff0000000000000ULL) return x - x;
  double w = fabs(x);
  if (w <= 0x1.b096cp-27) return x;  // |x| <= 1.259e-8
  if (w <= tan_small) {              // a Taylor polynomial
    double x2 = x * x;
    double t2 = FMA(x2, FMA(x2, FMA(x2, FMA(x2, tan_d11, tan_d9), tan_d7), tan_d5), tan_d3);
    return FMA(t2, x * x2, x);
  }
  if (w <= 0x1.92f1ap-1) {  // |x| <= 0.787: the table
    const double *row = glibc_tan_table[(int)FMA(256, w, -15.5)];
    double z = w - row[0], z2 = z * z;
    double pz = FMA(z * z2, FMA(z2, tan_e1, tan_e0), z);
    return (x < 0.0 ? -1 : 1) * (row[1] + pz * (row[2] + row[1]) / (row[2] - pz));
  }
  double a, da;
  int n;
  if (w <= 1e8) {  // reduced by pi/2 in three (to 25) or four pieces
    double t = FMA(x, inverse_half_pi, to_integer);
    double xn = t - to_integer;
    double t1 = FMA(-xn, mp2, FMA(-xn, mp1, x));
    n = (int)(bits_of(t) & 1);
    if (w <= 25.0) {
      a = FMA(-xn, tan_mp3, t1);
      da = FMA(-xn, tan_mp3, t1 - a);
    } else {
      double s = FMA(-xn, pp3, t1);
      double ds = FMA(-xn, pp3, t1 - s);
      double b = FMA(-xn, pp4, s);
      double db = FMA(-xn, pp4, s - b) + ds;
      a = b + db;
      da = fabs(b) > fabs(db) ? (b - a) + db : (db - a) + b;
    }
  } else {
    double b, db;
    n = large_reduction(x, &b, &db) & 1;
    a = b + db;
    da = fabs(b) > fabs(db) ? (b - a) + db : (db - a) + b;
  }
  return F(tan_of_reduced)(a, da, n);
}

#undef F
#undef CAT
#undef CAT2
#undef SUFFIX
#undef ATTRIBUTES
#undef FMA
