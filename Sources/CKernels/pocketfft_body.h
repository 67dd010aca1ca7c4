// The body of pocketfft.c for one precision: included twice, with R the real type (double, then float) and NAME(x)
// giving each function a suffix per precision. Each routine follows pocketfft's C++ template of the same name
// (pocketfft_hdronly.h at commit 33ae5dc) statement for statement: the same factor order, index arithmetic and the
// same order of every addition and multiplication, since that order is what decides NumPy's last bits.

typedef struct {
  R r, i;
} NAME(cmplx);
#define C NAME(cmplx)

// ---- twiddle factors: sincos_2pibyn<R>::operator[], products of two double table entries rounded once to R ----

static C NAME(twiddle)(const sincos_table *table, size_t index) {
  double re, im;
  sincos_lookup(table, index, &re, &im);
  C value = {(R)re, (R)im};
  return value;
}

// ---- complex Cooley-Tukey passes (class cfftp) ----

typedef struct {
  size_t factor;
  C *tw, *tws;
} NAME(cfactor);

typedef struct {
  size_t length;
  size_t count;
  NAME(cfactor) factors[64];
  C *memory;
} NAME(cfftp);

static inline C NAME(add)(C a, C b) {
  C r = {a.r + b.r, a.i + b.i};
  return r;
}
static inline C NAME(sub)(C a, C b) {
  C r = {a.r - b.r, a.i - b.i};
  return r;
}
static inline C NAME(scale)(C a, R f) {
  C r = {a.r * f, a.i * f};
  return r;
}
// special_mul<fwd>: v1 times w (fwd: times conj(w)).
static inline C NAME(special_mul)(C v1, C w, int fwd) {
  C r;
  if (fwd) {
    r.r = v1.r * w.r + v1.i * w.i;
    r.i = v1.i * w.r - v1.r * w.i;
  } else {
    r.r = v1.r * w.r - v1.i * w.i;
    r.i = v1.r * w.i + v1.i * w.r;
  }
  return r;
}
static inline C NAME(rotx90)(C a, int fwd) {
  C r;
  if (fwd) {
    r.r = a.i;
    r.i = -a.r;
  } else {
    r.r = -a.i;
    r.i = a.r;
  }
  return r;
}
static const R NAME(hsqt2) = (R)0.707106781186547524400844362104849L;
static inline C NAME(rotx45)(C a, int fwd) {
  C r;
  if (fwd) {
    r.r = NAME(hsqt2) * (a.r + a.i);
    r.i = NAME(hsqt2) * (a.i - a.r);
  } else {
    r.r = NAME(hsqt2) * (a.r - a.i);
    r.i = NAME(hsqt2) * (a.i + a.r);
  }
  return r;
}
static inline C NAME(rotx135)(C a, int fwd) {
  C r;
  if (fwd) {
    r.r = NAME(hsqt2) * (a.i - a.r);
    r.i = NAME(hsqt2) * (-a.r - a.i);
  } else {
    r.r = NAME(hsqt2) * (-a.r - a.i);
    r.i = NAME(hsqt2) * (a.r - a.i);
  }
  return r;
}

#define PM(a, b, c, d) \
  do {                 \
    C c_ = (c), d_ = (d); \
    (a) = NAME(add)(c_, d_); \
    (b) = NAME(sub)(c_, d_); \
  } while (0)
#define PMINPLACE(a, b) \
  do {                  \
    C t_ = (a);         \
    (a) = NAME(add)((a), (b)); \
    (b) = NAME(sub)(t_, (b)); \
  } while (0)
// The end of pass7's and pass11's butterflies: da, db = ca + cb, ca - cb go to outputs u1 and u2, times their
// twiddles past column 0 (fwd: the conjugates). Needs i, k, fwd and the pass's CH, WA in scope. (pass3 and pass5 end
// the same way but add inside the branches as pocketfft writes them there; so written, clang -O2 vectorizes their
// float32 and float64 code as before, which the shared form changed.)
#define PM_TWIDDLED(u1, u2, ca, cb)                                  \
  do {                                                               \
    C da_, db_;                                                      \
    PM(da_, db_, ca, cb);                                            \
    if (i == 0) {                                                    \
      CH(0, k, u1) = da_;                                            \
      CH(0, k, u2) = db_;                                            \
    } else {                                                         \
      CH(i, k, u1) = NAME(special_mul)(da_, WA((u1) - 1, i), fwd);   \
      CH(i, k, u2) = NAME(special_mul)(db_, WA((u2) - 1, i), fwd);   \
    }                                                                \
  } while (0)

#define CH(a, b, c) ch[(a) + ido * ((b) + l1 * (c))]
#define WA(x, i) wa[(i)-1 + (x) * (ido - 1)]

static void NAME(pass2)(size_t ido, size_t l1, const C *cc, C *ch, const C *wa, int fwd) {
#define CC(a, b, c) cc[(a) + ido * ((b) + 2 * (c))]
  for (size_t k = 0; k < l1; ++k) {
    CH(0, k, 0) = NAME(add)(CC(0, 0, k), CC(0, 1, k));
    CH(0, k, 1) = NAME(sub)(CC(0, 0, k), CC(0, 1, k));
    for (size_t i = 1; i < ido; ++i) {
      CH(i, k, 0) = NAME(add)(CC(i, 0, k), CC(i, 1, k));
      CH(i, k, 1) = NAME(special_mul)(NAME(sub)(CC(i, 0, k), CC(i, 1, k)), WA(0, i), fwd);
    }
  }
#undef CC
}

static void NAME(pass3)(size_t ido, size_t l1, const C *cc, C *ch, const C *wa, int fwd) {
  const R tw1r = (R)-0.5, tw1i = (fwd ? -1 : 1) * (R)0.8660254037844386467637231707529362L;
#define CC(a, b, c) cc[(a) + ido * ((b) + 3 * (c))]
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) {
      C t0 = CC(i, 0, k), t1, t2;
      PM(t1, t2, CC(i, 1, k), CC(i, 2, k));
      CH(i, k, 0) = NAME(add)(t0, t1);
      C ca = NAME(add)(t0, NAME(scale)(t1, tw1r));
      C cb = {-t2.i * tw1i, t2.r * tw1i};
      if (i == 0) {
        PM(CH(0, k, 1), CH(0, k, 2), ca, cb);
      } else {
        CH(i, k, 1) = NAME(special_mul)(NAME(add)(ca, cb), WA(0, i), fwd);
        CH(i, k, 2) = NAME(special_mul)(NAME(sub)(ca, cb), WA(1, i), fwd);
      }
    }
#undef CC
}

static void NAME(pass4)(size_t ido, size_t l1, const C *cc, C *ch, const C *wa, int fwd) {
#define CC(a, b, c) cc[(a) + ido * ((b) + 4 * (c))]
  for (size_t k = 0; k < l1; ++k) {
    {
      C t1, t2, t3, t4;
      PM(t2, t1, CC(0, 0, k), CC(0, 2, k));
      PM(t3, t4, CC(0, 1, k), CC(0, 3, k));
      t4 = NAME(rotx90)(t4, fwd);
      PM(CH(0, k, 0), CH(0, k, 2), t2, t3);
      PM(CH(0, k, 1), CH(0, k, 3), t1, t4);
    }
    for (size_t i = 1; i < ido; ++i) {
      C t1, t2, t3, t4;
      C cc0 = CC(i, 0, k), cc1 = CC(i, 1, k), cc2 = CC(i, 2, k), cc3 = CC(i, 3, k);
      PM(t2, t1, cc0, cc2);
      PM(t3, t4, cc1, cc3);
      t4 = NAME(rotx90)(t4, fwd);
      CH(i, k, 0) = NAME(add)(t2, t3);
      CH(i, k, 1) = NAME(special_mul)(NAME(add)(t1, t4), WA(0, i), fwd);
      CH(i, k, 2) = NAME(special_mul)(NAME(sub)(t2, t3), WA(1, i), fwd);
      CH(i, k, 3) = NAME(special_mul)(NAME(sub)(t1, t4), WA(2, i), fwd);
    }
  }
#undef CC
}

static void NAME(pass5)(size_t ido, size_t l1, const C *cc, C *ch, const C *wa, int fwd) {
  const R sign = fwd ? -1 : 1;
  const R tw1r = (R)0.3090169943749474241022934171828191L, tw1i = sign * (R)0.9510565162951535721164393333793821L,
          tw2r = (R)-0.8090169943749474241022934171828191L, tw2i = sign * (R)0.5877852522924731291687059546390728L;
#define CC(a, b, c) cc[(a) + ido * ((b) + 5 * (c))]
  // PARTSTEP5: ca = t0 + twar*t1 + twbr*t2; cb = i*(twai*t4 + twbi*t3), the second sign folded into twbi.
#define PART5(u1, u2, twar, twbr, twai, twbi)                         \
  {                                                                   \
    C ca, cb;                                                         \
    ca.r = t0.r + twar * t1.r + twbr * t2.r;                          \
    ca.i = t0.i + twar * t1.i + twbr * t2.i;                          \
    cb.i = twai * t4.r twbi * t3.r;                                   \
    cb.r = -(twai * t4.i twbi * t3.i);                                \
    if (i == 0) {                                                     \
      PM(CH(0, k, u1), CH(0, k, u2), ca, cb);                         \
    } else {                                                          \
      CH(i, k, u1) = NAME(special_mul)(NAME(add)(ca, cb), WA(u1 - 1, i), fwd); \
      CH(i, k, u2) = NAME(special_mul)(NAME(sub)(ca, cb), WA(u2 - 1, i), fwd); \
    }                                                                 \
  }
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) {
      C t0 = CC(i, 0, k), t1, t2, t3, t4;
      PM(t1, t4, CC(i, 1, k), CC(i, 4, k));
      PM(t2, t3, CC(i, 2, k), CC(i, 3, k));
      CH(i, k, 0).r = t0.r + t1.r + t2.r;
      CH(i, k, 0).i = t0.i + t1.i + t2.i;
      PART5(1, 4, tw1r, tw2r, +tw1i, +tw2i)
      PART5(2, 3, tw2r, tw1r, +tw2i, -tw1i)
    }
#undef PART5
#undef CC
}

static void NAME(pass7)(size_t ido, size_t l1, const C *cc, C *ch, const C *wa, int fwd) {
  const R sign = fwd ? -1 : 1;
  const R tw1r = (R)0.6234898018587335305250048840042398L, tw1i = sign * (R)0.7818314824680298087084445266740578L,
          tw2r = (R)-0.2225209339563144042889025644967948L, tw2i = sign * (R)0.9749279121818236070181316829939312L,
          tw3r = (R)-0.9009688679024191262361023195074451L, tw3i = sign * (R)0.433883739117558120475768332848359L;
#define CC(a, b, c) cc[(a) + ido * ((b) + 7 * (c))]
#define PART7(u1, u2, x1, x2, x3, y1, y2, y3)                         \
  {                                                                   \
    C ca, cb;                                                         \
    ca.r = t1.r + x1 * t2.r + x2 * t3.r + x3 * t4.r;                  \
    ca.i = t1.i + x1 * t2.i + x2 * t3.i + x3 * t4.i;                  \
    cb.i = y1 * t7.r y2 * t6.r y3 * t5.r;                             \
    cb.r = -(y1 * t7.i y2 * t6.i y3 * t5.i);                          \
    PM_TWIDDLED(u1, u2, ca, cb);                                      \
  }
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) {
      C t1 = CC(i, 0, k), t2, t3, t4, t5, t6, t7;
      PM(t2, t7, CC(i, 1, k), CC(i, 6, k));
      PM(t3, t6, CC(i, 2, k), CC(i, 5, k));
      PM(t4, t5, CC(i, 3, k), CC(i, 4, k));
      CH(i, k, 0).r = t1.r + t2.r + t3.r + t4.r;
      CH(i, k, 0).i = t1.i + t2.i + t3.i + t4.i;
      PART7(1, 6, tw1r, tw2r, tw3r, +tw1i, +tw2i, +tw3i)
      PART7(2, 5, tw2r, tw3r, tw1r, +tw2i, -tw3i, -tw1i)
      PART7(3, 4, tw3r, tw1r, tw2r, +tw3i, -tw1i, +tw2i)
    }
#undef PART7
#undef CC
}

static void NAME(pass8)(size_t ido, size_t l1, const C *cc, C *ch, const C *wa, int fwd) {
#define CC(a, b, c) cc[(a) + ido * ((b) + 8 * (c))]
  for (size_t k = 0; k < l1; ++k) {
    {
      C a0, a1, a2, a3, a4, a5, a6, a7;
      PM(a1, a5, CC(0, 1, k), CC(0, 5, k));
      PM(a3, a7, CC(0, 3, k), CC(0, 7, k));
      PMINPLACE(a1, a3);
      a3 = NAME(rotx90)(a3, fwd);
      a7 = NAME(rotx90)(a7, fwd);
      PMINPLACE(a5, a7);
      a5 = NAME(rotx45)(a5, fwd);
      a7 = NAME(rotx135)(a7, fwd);
      PM(a0, a4, CC(0, 0, k), CC(0, 4, k));
      PM(a2, a6, CC(0, 2, k), CC(0, 6, k));
      PM(CH(0, k, 0), CH(0, k, 4), NAME(add)(a0, a2), a1);
      PM(CH(0, k, 2), CH(0, k, 6), NAME(sub)(a0, a2), a3);
      a6 = NAME(rotx90)(a6, fwd);
      PM(CH(0, k, 1), CH(0, k, 5), NAME(add)(a4, a6), a5);
      PM(CH(0, k, 3), CH(0, k, 7), NAME(sub)(a4, a6), a7);
    }
    for (size_t i = 1; i < ido; ++i) {
      C a0, a1, a2, a3, a4, a5, a6, a7;
      PM(a1, a5, CC(i, 1, k), CC(i, 5, k));
      PM(a3, a7, CC(i, 3, k), CC(i, 7, k));
      a7 = NAME(rotx90)(a7, fwd);
      PMINPLACE(a1, a3);
      a3 = NAME(rotx90)(a3, fwd);
      PMINPLACE(a5, a7);
      a5 = NAME(rotx45)(a5, fwd);
      a7 = NAME(rotx135)(a7, fwd);
      PM(a0, a4, CC(i, 0, k), CC(i, 4, k));
      PM(a2, a6, CC(i, 2, k), CC(i, 6, k));
      PMINPLACE(a0, a2);
      CH(i, k, 0) = NAME(add)(a0, a1);
      CH(i, k, 4) = NAME(special_mul)(NAME(sub)(a0, a1), WA(3, i), fwd);
      CH(i, k, 2) = NAME(special_mul)(NAME(add)(a2, a3), WA(1, i), fwd);
      CH(i, k, 6) = NAME(special_mul)(NAME(sub)(a2, a3), WA(5, i), fwd);
      a6 = NAME(rotx90)(a6, fwd);
      PMINPLACE(a4, a6);
      CH(i, k, 1) = NAME(special_mul)(NAME(add)(a4, a5), WA(0, i), fwd);
      CH(i, k, 5) = NAME(special_mul)(NAME(sub)(a4, a5), WA(4, i), fwd);
      CH(i, k, 3) = NAME(special_mul)(NAME(add)(a6, a7), WA(2, i), fwd);
      CH(i, k, 7) = NAME(special_mul)(NAME(sub)(a6, a7), WA(6, i), fwd);
    }
  }
#undef CC
}

static void NAME(pass11)(size_t ido, size_t l1, const C *cc, C *ch, const C *wa, int fwd) {
  const R sign = fwd ? -1 : 1;
  const R tw1r = (R)0.8412535328311811688618116489193677L, tw1i = sign * (R)0.5406408174555975821076359543186917L,
          tw2r = (R)0.4154150130018864255292741492296232L, tw2i = sign * (R)0.9096319953545183714117153830790285L,
          tw3r = (R)-0.1423148382732851404437926686163697L, tw3i = sign * (R)0.9898214418809327323760920377767188L,
          tw4r = (R)-0.6548607339452850640569250724662936L, tw4i = sign * (R)0.7557495743542582837740358439723444L,
          tw5r = (R)-0.9594929736144973898903680570663277L, tw5i = sign * (R)0.2817325568414296977114179153466169L;
#define CC(a, b, c) cc[(a) + ido * ((b) + 11 * (c))]
#define PART11(u1, u2, x1, x2, x3, x4, x5, y1, y2, y3, y4, y5)                                      \
  {                                                                                                 \
    C ca, cb;                                                                                       \
    ca = NAME(add)(NAME(add)(NAME(add)(NAME(add)(NAME(add)(t1, NAME(scale)(t2, x1)), NAME(scale)(t3, x2)), \
                                       NAME(scale)(t4, x3)),                                        \
                             NAME(scale)(t5, x4)),                                                  \
                   NAME(scale)(t6, x5));                                                            \
    cb.i = y1 * t11.r y2 * t10.r y3 * t9.r y4 * t8.r y5 * t7.r;                                     \
    cb.r = -(y1 * t11.i y2 * t10.i y3 * t9.i y4 * t8.i y5 * t7.i);                                  \
    PM_TWIDDLED(u1, u2, ca, cb);                                                                    \
  }
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) {
      C t1 = CC(i, 0, k), t2, t3, t4, t5, t6, t7, t8, t9, t10, t11;
      PM(t2, t11, CC(i, 1, k), CC(i, 10, k));
      PM(t3, t10, CC(i, 2, k), CC(i, 9, k));
      PM(t4, t9, CC(i, 3, k), CC(i, 8, k));
      PM(t5, t8, CC(i, 4, k), CC(i, 7, k));
      PM(t6, t7, CC(i, 5, k), CC(i, 6, k));
      CH(i, k, 0).r = t1.r + t2.r + t3.r + t4.r + t5.r + t6.r;
      CH(i, k, 0).i = t1.i + t2.i + t3.i + t4.i + t5.i + t6.i;
      PART11(1, 10, tw1r, tw2r, tw3r, tw4r, tw5r, +tw1i, +tw2i, +tw3i, +tw4i, +tw5i)
      PART11(2, 9, tw2r, tw4r, tw5r, tw3r, tw1r, +tw2i, +tw4i, -tw5i, -tw3i, -tw1i)
      PART11(3, 8, tw3r, tw5r, tw2r, tw1r, tw4r, +tw3i, -tw5i, -tw2i, +tw1i, +tw4i)
      PART11(4, 7, tw4r, tw3r, tw1r, tw5r, tw2r, +tw4i, -tw3i, +tw1i, +tw5i, -tw2i)
      PART11(5, 6, tw5r, tw1r, tw4r, tw2r, tw3r, +tw5i, -tw1i, +tw4i, -tw2i, +tw3i)
    }
#undef PART11
#undef CC
}

// passg: a factor without its own pass; the result ends in `cc`. Returns -1 when memory runs out.
static int NAME(passg)(size_t ido, size_t ip, size_t l1, C *cc, C *ch, const C *wa, const C *csarr, int fwd) {
  const size_t cdim = ip;
  size_t ipph = (ip + 1) / 2;
  size_t idl1 = ido * l1;
#define CC(a, b, c) cc[(a) + ido * ((b) + cdim * (c))]
#define CX(a, b, c) cc[(a) + ido * ((b) + l1 * (c))]
#define CX2(a, b) cc[(a) + idl1 * (b)]
#define CH2(a, b) ch[(a) + idl1 * (b)]
  C *wal = malloc(ip * sizeof(C));
  if (!wal) return -1;
  wal[0].r = 1;
  wal[0].i = 0;
  for (size_t i = 1; i < ip; ++i) {
    wal[i].r = csarr[i].r;
    wal[i].i = fwd ? -csarr[i].i : csarr[i].i;
  }
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) CH(i, k, 0) = CC(i, 0, k);
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc)
    for (size_t k = 0; k < l1; ++k)
      for (size_t i = 0; i < ido; ++i) PM(CH(i, k, j), CH(i, k, jc), CC(i, j, k), CC(i, jc, k));
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) {
      C tmp = CH(i, k, 0);
      for (size_t j = 1; j < ipph; ++j) tmp = NAME(add)(tmp, CH(i, k, j));
      CX(i, k, 0) = tmp;
    }
  for (size_t l = 1, lc = ip - 1; l < ipph; ++l, --lc) {
    for (size_t ik = 0; ik < idl1; ++ik) {
      CX2(ik, l).r = CH2(ik, 0).r + wal[l].r * CH2(ik, 1).r + wal[2 * l].r * CH2(ik, 2).r;
      CX2(ik, l).i = CH2(ik, 0).i + wal[l].r * CH2(ik, 1).i + wal[2 * l].r * CH2(ik, 2).i;
      CX2(ik, lc).r = -wal[l].i * CH2(ik, ip - 1).i - wal[2 * l].i * CH2(ik, ip - 2).i;
      CX2(ik, lc).i = wal[l].i * CH2(ik, ip - 1).r + wal[2 * l].i * CH2(ik, ip - 2).r;
    }
    size_t iwal = 2 * l;
    size_t j = 3, jc = ip - 3;
    for (; j < ipph - 1; j += 2, jc -= 2) {
      iwal += l;
      if (iwal > ip) iwal -= ip;
      C xwal = wal[iwal];
      iwal += l;
      if (iwal > ip) iwal -= ip;
      C xwal2 = wal[iwal];
      for (size_t ik = 0; ik < idl1; ++ik) {
        CX2(ik, l).r += CH2(ik, j).r * xwal.r + CH2(ik, j + 1).r * xwal2.r;
        CX2(ik, l).i += CH2(ik, j).i * xwal.r + CH2(ik, j + 1).i * xwal2.r;
        CX2(ik, lc).r -= CH2(ik, jc).i * xwal.i + CH2(ik, jc - 1).i * xwal2.i;
        CX2(ik, lc).i += CH2(ik, jc).r * xwal.i + CH2(ik, jc - 1).r * xwal2.i;
      }
    }
    for (; j < ipph; ++j, --jc) {
      iwal += l;
      if (iwal > ip) iwal -= ip;
      C xwal = wal[iwal];
      for (size_t ik = 0; ik < idl1; ++ik) {
        CX2(ik, l).r += CH2(ik, j).r * xwal.r;
        CX2(ik, l).i += CH2(ik, j).i * xwal.r;
        CX2(ik, lc).r -= CH2(ik, jc).i * xwal.i;
        CX2(ik, lc).i += CH2(ik, jc).r * xwal.i;
      }
    }
  }
  free(wal);
  // shuffling and twiddling
  if (ido == 1)
    for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc)
      for (size_t ik = 0; ik < idl1; ++ik) {
        C t1 = CX2(ik, j), t2 = CX2(ik, jc);
        PM(CX2(ik, j), CX2(ik, jc), t1, t2);
      }
  else
    for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc)
      for (size_t k = 0; k < l1; ++k) {
        C t1 = CX(0, k, j), t2 = CX(0, k, jc);
        PM(CX(0, k, j), CX(0, k, jc), t1, t2);
        for (size_t i = 1; i < ido; ++i) {
          C x1, x2;
          PM(x1, x2, CX(i, k, j), CX(i, k, jc));
          size_t idij = (j - 1) * (ido - 1) + i - 1;
          CX(i, k, j) = NAME(special_mul)(x1, wa[idij], fwd);
          idij = (jc - 1) * (ido - 1) + i - 1;
          CX(i, k, jc) = NAME(special_mul)(x2, wa[idij], fwd);
        }
      }
#undef CC
#undef CX
#undef CX2
#undef CH2
  return 0;
}

#undef CH
#undef WA

static int NAME(cfftp_exec)(const NAME(cfftp) *plan, C *c, R fct, int fwd) {
  size_t length = plan->length;
  if (length == 1) {
    c[0] = NAME(scale)(c[0], fct);
    return 0;
  }
  size_t l1 = 1;
  C *ch = malloc(length * sizeof(C));
  if (!ch) return -1;
  C *p1 = c, *p2 = ch;
  for (size_t k1 = 0; k1 < plan->count; k1++) {
    size_t ip = plan->factors[k1].factor;
    size_t l2 = ip * l1;
    size_t ido = length / l2;
    const C *tw = plan->factors[k1].tw;
    switch (ip) {
    case 4: NAME(pass4)(ido, l1, p1, p2, tw, fwd); break;
    case 8: NAME(pass8)(ido, l1, p1, p2, tw, fwd); break;
    case 2: NAME(pass2)(ido, l1, p1, p2, tw, fwd); break;
    case 3: NAME(pass3)(ido, l1, p1, p2, tw, fwd); break;
    case 5: NAME(pass5)(ido, l1, p1, p2, tw, fwd); break;
    case 7: NAME(pass7)(ido, l1, p1, p2, tw, fwd); break;
    case 11: NAME(pass11)(ido, l1, p1, p2, tw, fwd); break;
    default: {
      if (NAME(passg)(ido, ip, l1, p1, p2, tw, plan->factors[k1].tws, fwd) != 0) {
        free(ch);
        return -1;
      }
      C *t = p1;
      p1 = p2;
      p2 = t;
    }
    }
    C *t = p1;
    p1 = p2;
    p2 = t;
    l1 = l2;
  }
  if (p1 != c) {
    if (fct != 1)
      for (size_t i = 0; i < length; ++i) c[i] = NAME(scale)(ch[i], fct);
    else
      memcpy(c, p1, length * sizeof(C));
  } else if (fct != 1)
    for (size_t i = 0; i < length; ++i) c[i] = NAME(scale)(c[i], fct);
  free(ch);
  return 0;
}

static void NAME(cfftp_free)(NAME(cfftp) *plan) {
  if (plan) free(plan->memory);
  free(plan);
}

static NAME(cfftp) *NAME(cfftp_make)(size_t length) {
  NAME(cfftp) *plan = calloc(1, sizeof(NAME(cfftp)));
  if (!plan) return NULL;
  plan->length = length;
  if (length == 1) return plan;
  size_t factors[64], count = 0;
  sincos_table table;
  plan->memory = plan_memory(length, 0, factors, &count, sizeof(C), &table);
  if (!plan->memory) {
    free(plan);
    return NULL;
  }
  plan->count = count;
  size_t l1 = 1;
  size_t offset = 0;
  for (size_t k = 0; k < count; ++k) {
    size_t ip = factors[k], ido = length / (l1 * ip);
    NAME(cfactor) *f = &plan->factors[k];
    f->factor = ip;
    f->tw = plan->memory + offset;
    offset += (ip - 1) * (ido - 1);
    for (size_t j = 1; j < ip; ++j)
      for (size_t i = 1; i < ido; ++i) f->tw[(j - 1) * (ido - 1) + i - 1] = NAME(twiddle)(&table, j * l1 * i);
    if (ip > 11) {
      f->tws = plan->memory + offset;
      offset += ip;
      for (size_t j = 0; j < ip; ++j) f->tws[j] = NAME(twiddle)(&table, j * l1 * ido);
    }
    l1 *= ip;
  }
  sincos_free(&table);
  return plan;
}

// ---- real passes (class rfftp) ----

typedef struct {
  size_t factor;
  R *tw, *tws;
} NAME(rfactor);

typedef struct {
  size_t length;
  size_t count;
  NAME(rfactor) factors[64];
  R *memory;
} NAME(rfftp);

// MULPM: (a+ib) = conj(c+id) * (e+if)
#define MULPM(a, b, c, d, e, f) \
  do {                          \
    R c_ = (c), d_ = (d), e_ = (e), f_ = (f); \
    (a) = c_ * e_ + d_ * f_;    \
    (b) = c_ * f_ - d_ * e_;    \
  } while (0)
#define RPM(a, b, c, d) \
  do {                  \
    R c_ = (c), d_ = (d); \
    (a) = c_ + d_;      \
    (b) = c_ - d_;      \
  } while (0)
#define WA(x, i) wa[(i) + (x) * (ido - 1)]

static void NAME(radf2)(size_t ido, size_t l1, const R *cc, R *ch, const R *wa) {
#define CC(a, b, c) cc[(a) + ido * ((b) + l1 * (c))]
#define CH(a, b, c) ch[(a) + ido * ((b) + 2 * (c))]
  for (size_t k = 0; k < l1; k++) RPM(CH(0, 0, k), CH(ido - 1, 1, k), CC(0, k, 0), CC(0, k, 1));
  if ((ido & 1) == 0)
    for (size_t k = 0; k < l1; k++) {
      CH(0, 1, k) = -CC(ido - 1, k, 1);
      CH(ido - 1, 0, k) = CC(ido - 1, k, 0);
    }
  if (ido <= 2) return;
  for (size_t k = 0; k < l1; k++)
    for (size_t i = 2; i < ido; i += 2) {
      size_t ic = ido - i;
      R tr2, ti2;
      MULPM(tr2, ti2, WA(0, i - 2), WA(0, i - 1), CC(i - 1, k, 1), CC(i, k, 1));
      RPM(CH(i - 1, 0, k), CH(ic - 1, 1, k), CC(i - 1, k, 0), tr2);
      RPM(CH(i, 0, k), CH(ic, 1, k), ti2, CC(i, k, 0));
    }
#undef CC
#undef CH
}

// a2=a+b; b2=i*(b-a);
#define REARRANGE(rx, ix, ry, iy)                                  \
  {                                                                \
    R t1_ = rx + ry, t2_ = ry - rx, t3_ = ix + iy, t4_ = ix - iy;   \
    rx = t1_;                                                      \
    ix = t3_;                                                      \
    ry = t4_;                                                      \
    iy = t2_;                                                      \
  }

static void NAME(radf3)(size_t ido, size_t l1, const R *cc, R *ch, const R *wa) {
  const R taur = (R)-0.5, taui = (R)0.8660254037844386467637231707529362L;
#define CC(a, b, c) cc[(a) + ido * ((b) + l1 * (c))]
#define CH(a, b, c) ch[(a) + ido * ((b) + 3 * (c))]
  for (size_t k = 0; k < l1; k++) {
    R cr2 = CC(0, k, 1) + CC(0, k, 2);
    CH(0, 0, k) = CC(0, k, 0) + cr2;
    CH(0, 2, k) = taui * (CC(0, k, 2) - CC(0, k, 1));
    CH(ido - 1, 1, k) = CC(0, k, 0) + taur * cr2;
  }
  if (ido == 1) return;
  for (size_t k = 0; k < l1; k++)
    for (size_t i = 2; i < ido; i += 2) {
      size_t ic = ido - i;
      R di2, di3, dr2, dr3;
      MULPM(dr2, di2, WA(0, i - 2), WA(0, i - 1), CC(i - 1, k, 1), CC(i, k, 1));
      MULPM(dr3, di3, WA(1, i - 2), WA(1, i - 1), CC(i - 1, k, 2), CC(i, k, 2));
      REARRANGE(dr2, di2, dr3, di3);
      CH(i - 1, 0, k) = CC(i - 1, k, 0) + dr2;
      CH(i, 0, k) = CC(i, k, 0) + di2;
      R tr2 = CC(i - 1, k, 0) + taur * dr2;
      R ti2 = CC(i, k, 0) + taur * di2;
      R tr3 = taui * dr3;
      R ti3 = taui * di3;
      RPM(CH(i - 1, 2, k), CH(ic - 1, 1, k), tr2, tr3);
      RPM(CH(i, 2, k), CH(ic, 1, k), ti3, ti2);
    }
#undef CC
#undef CH
}

static void NAME(radf4)(size_t ido, size_t l1, const R *cc, R *ch, const R *wa) {
  const R hsqt2 = (R)0.707106781186547524400844362104849L;
#define CC(a, b, c) cc[(a) + ido * ((b) + l1 * (c))]
#define CH(a, b, c) ch[(a) + ido * ((b) + 4 * (c))]
  for (size_t k = 0; k < l1; k++) {
    R tr1, tr2;
    RPM(tr1, CH(0, 2, k), CC(0, k, 3), CC(0, k, 1));
    RPM(tr2, CH(ido - 1, 1, k), CC(0, k, 0), CC(0, k, 2));
    RPM(CH(0, 0, k), CH(ido - 1, 3, k), tr2, tr1);
  }
  if ((ido & 1) == 0)
    for (size_t k = 0; k < l1; k++) {
      R ti1 = -hsqt2 * (CC(ido - 1, k, 1) + CC(ido - 1, k, 3));
      R tr1 = hsqt2 * (CC(ido - 1, k, 1) - CC(ido - 1, k, 3));
      RPM(CH(ido - 1, 0, k), CH(ido - 1, 2, k), CC(ido - 1, k, 0), tr1);
      RPM(CH(0, 3, k), CH(0, 1, k), ti1, CC(ido - 1, k, 2));
    }
  if (ido <= 2) return;
  for (size_t k = 0; k < l1; k++)
    for (size_t i = 2; i < ido; i += 2) {
      size_t ic = ido - i;
      R ci2, ci3, ci4, cr2, cr3, cr4, ti1, ti2, ti3, ti4, tr1, tr2, tr3, tr4;
      MULPM(cr2, ci2, WA(0, i - 2), WA(0, i - 1), CC(i - 1, k, 1), CC(i, k, 1));
      MULPM(cr3, ci3, WA(1, i - 2), WA(1, i - 1), CC(i - 1, k, 2), CC(i, k, 2));
      MULPM(cr4, ci4, WA(2, i - 2), WA(2, i - 1), CC(i - 1, k, 3), CC(i, k, 3));
      RPM(tr1, tr4, cr4, cr2);
      RPM(ti1, ti4, ci2, ci4);
      RPM(tr2, tr3, CC(i - 1, k, 0), cr3);
      RPM(ti2, ti3, CC(i, k, 0), ci3);
      RPM(CH(i - 1, 0, k), CH(ic - 1, 3, k), tr2, tr1);
      RPM(CH(i, 0, k), CH(ic, 3, k), ti1, ti2);
      RPM(CH(i - 1, 2, k), CH(ic - 1, 1, k), tr3, ti4);
      RPM(CH(i, 2, k), CH(ic, 1, k), tr4, ti3);
    }
#undef CC
#undef CH
}

static void NAME(radf5)(size_t ido, size_t l1, const R *cc, R *ch, const R *wa) {
  const R tr11 = (R)0.3090169943749474241022934171828191L, ti11 = (R)0.9510565162951535721164393333793821L,
          tr12 = (R)-0.8090169943749474241022934171828191L, ti12 = (R)0.5877852522924731291687059546390728L;
#define CC(a, b, c) cc[(a) + ido * ((b) + l1 * (c))]
#define CH(a, b, c) ch[(a) + ido * ((b) + 5 * (c))]
  for (size_t k = 0; k < l1; k++) {
    R cr2, cr3, ci4, ci5;
    RPM(cr2, ci5, CC(0, k, 4), CC(0, k, 1));
    RPM(cr3, ci4, CC(0, k, 3), CC(0, k, 2));
    CH(0, 0, k) = CC(0, k, 0) + cr2 + cr3;
    CH(ido - 1, 1, k) = CC(0, k, 0) + tr11 * cr2 + tr12 * cr3;
    CH(0, 2, k) = ti11 * ci5 + ti12 * ci4;
    CH(ido - 1, 3, k) = CC(0, k, 0) + tr12 * cr2 + tr11 * cr3;
    CH(0, 4, k) = ti12 * ci5 - ti11 * ci4;
  }
  if (ido == 1) return;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 2, ic = ido - 2; i < ido; i += 2, ic -= 2) {
      R di2, di3, di4, di5, dr2, dr3, dr4, dr5;
      MULPM(dr2, di2, WA(0, i - 2), WA(0, i - 1), CC(i - 1, k, 1), CC(i, k, 1));
      MULPM(dr3, di3, WA(1, i - 2), WA(1, i - 1), CC(i - 1, k, 2), CC(i, k, 2));
      MULPM(dr4, di4, WA(2, i - 2), WA(2, i - 1), CC(i - 1, k, 3), CC(i, k, 3));
      MULPM(dr5, di5, WA(3, i - 2), WA(3, i - 1), CC(i - 1, k, 4), CC(i, k, 4));
      REARRANGE(dr2, di2, dr5, di5);
      REARRANGE(dr3, di3, dr4, di4);
      CH(i - 1, 0, k) = CC(i - 1, k, 0) + dr2 + dr3;
      CH(i, 0, k) = CC(i, k, 0) + di2 + di3;
      R tr2 = CC(i - 1, k, 0) + tr11 * dr2 + tr12 * dr3;
      R ti2 = CC(i, k, 0) + tr11 * di2 + tr12 * di3;
      R tr3 = CC(i - 1, k, 0) + tr12 * dr2 + tr11 * dr3;
      R ti3 = CC(i, k, 0) + tr12 * di2 + tr11 * di3;
      R tr5 = ti11 * dr5 + ti12 * dr4;
      R ti5 = ti11 * di5 + ti12 * di4;
      R tr4 = ti12 * dr5 - ti11 * dr4;
      R ti4 = ti12 * di5 - ti11 * di4;
      RPM(CH(i - 1, 2, k), CH(ic - 1, 1, k), tr2, tr5);
      RPM(CH(i, 2, k), CH(ic, 1, k), ti5, ti2);
      RPM(CH(i - 1, 4, k), CH(ic - 1, 3, k), tr3, tr4);
      RPM(CH(i, 4, k), CH(ic, 3, k), ti4, ti3);
    }
#undef CC
#undef CH
}
#undef REARRANGE

// The middle of both generic real passes, which run the same loops (radfg from cc into ch, radbg from ch into cc):
// for each l below ipph, column l of dst becomes column 0 of src plus the sum over j of cos(2 pi j l / ip) times
// column j, and column ip - l the sum of sin(2 pi j l / ip) times column ip - j (csarr holds cos, sin pairs), j taken
// four, then two, then one at a time as pocketfft does. Always inlined, as the two copies were: exec_r's code stays as
// it was.
static inline __attribute__((always_inline)) void NAME(radg_combine)(size_t idl1, size_t ip, const R *src, R *dst,
                                                                     const R *csarr) {
  size_t ipph = (ip + 1) / 2;
#define SRC(a, b) src[(a) + idl1 * (b)]
#define DST(a, b) dst[(a) + idl1 * (b)]
  for (size_t l = 1, lc = ip - 1; l < ipph; ++l, --lc) {
    for (size_t ik = 0; ik < idl1; ++ik) {
      DST(ik, l) = SRC(ik, 0) + csarr[2 * l] * SRC(ik, 1) + csarr[4 * l] * SRC(ik, 2);
      DST(ik, lc) = csarr[2 * l + 1] * SRC(ik, ip - 1) + csarr[4 * l + 1] * SRC(ik, ip - 2);
    }
    size_t iang = 2 * l;
    size_t j = 3, jc = ip - 3;
    for (; j < ipph - 3; j += 4, jc -= 4) {
      iang = next_angle(iang, l, ip);
      R ar1 = csarr[2 * iang], ai1 = csarr[2 * iang + 1];
      iang = next_angle(iang, l, ip);
      R ar2 = csarr[2 * iang], ai2 = csarr[2 * iang + 1];
      iang = next_angle(iang, l, ip);
      R ar3 = csarr[2 * iang], ai3 = csarr[2 * iang + 1];
      iang = next_angle(iang, l, ip);
      R ar4 = csarr[2 * iang], ai4 = csarr[2 * iang + 1];
      for (size_t ik = 0; ik < idl1; ++ik) {
        DST(ik, l) += ar1 * SRC(ik, j) + ar2 * SRC(ik, j + 1) + ar3 * SRC(ik, j + 2) + ar4 * SRC(ik, j + 3);
        DST(ik, lc) += ai1 * SRC(ik, jc) + ai2 * SRC(ik, jc - 1) + ai3 * SRC(ik, jc - 2) + ai4 * SRC(ik, jc - 3);
      }
    }
    for (; j < ipph - 1; j += 2, jc -= 2) {
      iang = next_angle(iang, l, ip);
      R ar1 = csarr[2 * iang], ai1 = csarr[2 * iang + 1];
      iang = next_angle(iang, l, ip);
      R ar2 = csarr[2 * iang], ai2 = csarr[2 * iang + 1];
      for (size_t ik = 0; ik < idl1; ++ik) {
        DST(ik, l) += ar1 * SRC(ik, j) + ar2 * SRC(ik, j + 1);
        DST(ik, lc) += ai1 * SRC(ik, jc) + ai2 * SRC(ik, jc - 1);
      }
    }
    for (; j < ipph; ++j, --jc) {
      iang = next_angle(iang, l, ip);
      R ar = csarr[2 * iang], ai = csarr[2 * iang + 1];
      for (size_t ik = 0; ik < idl1; ++ik) {
        DST(ik, l) += ar * SRC(ik, j);
        DST(ik, lc) += ai * SRC(ik, jc);
      }
    }
  }
#undef SRC
#undef DST
}

// The index macros of both generic passes.
#define CC(a, b, c) cc[(a) + ido * ((b) + cdim * (c))]
#define CH(a, b, c) ch[(a) + ido * ((b) + l1 * (c))]
#define C1(a, b, c) cc[(a) + ido * ((b) + l1 * (c))]
#define C2(a, b) cc[(a) + idl1 * (b)]
#define CH2(a, b) ch[(a) + idl1 * (b)]

// radfg: the result ends in `cc`.
static void NAME(radfg)(size_t ido, size_t ip, size_t l1, R *cc, R *ch, const R *wa, const R *csarr) {
  const size_t cdim = ip;
  size_t ipph = (ip + 1) / 2;
  size_t idl1 = ido * l1;
  if (ido > 1) {
    for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
      size_t is = (j - 1) * (ido - 1), is2 = (jc - 1) * (ido - 1);
      for (size_t k = 0; k < l1; ++k) {
        size_t idij = is;
        size_t idij2 = is2;
        for (size_t i = 1; i <= ido - 2; i += 2) {
          R t1 = C1(i, k, j), t2 = C1(i + 1, k, j), t3 = C1(i, k, jc), t4 = C1(i + 1, k, jc);
          R x1 = wa[idij] * t1 + wa[idij + 1] * t2, x2 = wa[idij] * t2 - wa[idij + 1] * t1,
            x3 = wa[idij2] * t3 + wa[idij2 + 1] * t4, x4 = wa[idij2] * t4 - wa[idij2 + 1] * t3;
          RPM(C1(i, k, j), C1(i + 1, k, jc), x3, x1);
          RPM(C1(i + 1, k, j), C1(i, k, jc), x2, x4);
          idij += 2;
          idij2 += 2;
        }
      }
    }
  }
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc)
    for (size_t k = 0; k < l1; ++k) {
      // MPINPLACE(C1(0,k,jc), C1(0,k,j))
      R t = C1(0, k, jc);
      C1(0, k, jc) = t - C1(0, k, j);
      C1(0, k, j) = t + C1(0, k, j);
    }
  NAME(radg_combine)(idl1, ip, cc, ch, csarr);
  for (size_t ik = 0; ik < idl1; ++ik) CH2(ik, 0) = C2(ik, 0);
  for (size_t j = 1; j < ipph; ++j)
    for (size_t ik = 0; ik < idl1; ++ik) CH2(ik, 0) += C2(ik, j);
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) CC(i, 0, k) = CH(i, k, 0);
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    size_t j2 = 2 * j - 1;
    for (size_t k = 0; k < l1; ++k) {
      CC(ido - 1, j2, k) = CH(0, k, j);
      CC(0, j2 + 1, k) = CH(0, k, jc);
    }
  }
  if (ido == 1) return;
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    size_t j2 = 2 * j - 1;
    for (size_t k = 0; k < l1; ++k)
      for (size_t i = 1, ic = ido - i - 2; i <= ido - 2; i += 2, ic -= 2) {
        CC(i, j2 + 1, k) = CH(i, k, j) + CH(i, k, jc);
        CC(ic, j2, k) = CH(i, k, j) - CH(i, k, jc);
        CC(i + 1, j2 + 1, k) = CH(i + 1, k, j) + CH(i + 1, k, jc);
        CC(ic + 1, j2, k) = CH(i + 1, k, jc) - CH(i + 1, k, j);
      }
  }
}

// radbg: the result ends in `ch`.
static void NAME(radbg)(size_t ido, size_t ip, size_t l1, R *cc, R *ch, const R *wa, const R *csarr) {
  const size_t cdim = ip;
  size_t ipph = (ip + 1) / 2;
  size_t idl1 = ido * l1;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 0; i < ido; ++i) CH(i, k, 0) = CC(i, 0, k);
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
    size_t j2 = 2 * j - 1;
    for (size_t k = 0; k < l1; ++k) {
      CH(0, k, j) = 2 * CC(ido - 1, j2, k);
      CH(0, k, jc) = 2 * CC(0, j2 + 1, k);
    }
  }
  if (ido != 1) {
    for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc) {
      size_t j2 = 2 * j - 1;
      for (size_t k = 0; k < l1; ++k)
        for (size_t i = 1, ic = ido - i - 2; i <= ido - 2; i += 2, ic -= 2) {
          CH(i, k, j) = CC(i, j2 + 1, k) + CC(ic, j2, k);
          CH(i, k, jc) = CC(i, j2 + 1, k) - CC(ic, j2, k);
          CH(i + 1, k, j) = CC(i + 1, j2 + 1, k) - CC(ic + 1, j2, k);
          CH(i + 1, k, jc) = CC(i + 1, j2 + 1, k) + CC(ic + 1, j2, k);
        }
    }
  }
  NAME(radg_combine)(idl1, ip, ch, cc, csarr);
  for (size_t j = 1; j < ipph; ++j)
    for (size_t ik = 0; ik < idl1; ++ik) CH2(ik, 0) += CH2(ik, j);
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc)
    for (size_t k = 0; k < l1; ++k) RPM(CH(0, k, jc), CH(0, k, j), C1(0, k, j), C1(0, k, jc));
  if (ido == 1) return;
  for (size_t j = 1, jc = ip - 1; j < ipph; ++j, --jc)
    for (size_t k = 0; k < l1; ++k)
      for (size_t i = 1; i <= ido - 2; i += 2) {
        CH(i, k, j) = C1(i, k, j) - C1(i + 1, k, jc);
        CH(i, k, jc) = C1(i, k, j) + C1(i + 1, k, jc);
        CH(i + 1, k, j) = C1(i + 1, k, j) + C1(i, k, jc);
        CH(i + 1, k, jc) = C1(i + 1, k, j) - C1(i, k, jc);
      }
  for (size_t j = 1; j < ip; ++j) {
    size_t is = (j - 1) * (ido - 1);
    for (size_t k = 0; k < l1; ++k) {
      size_t idij = is;
      for (size_t i = 1; i <= ido - 2; i += 2) {
        R t1 = CH(i, k, j), t2 = CH(i + 1, k, j);
        CH(i, k, j) = wa[idij] * t1 - wa[idij + 1] * t2;
        CH(i + 1, k, j) = wa[idij] * t2 + wa[idij + 1] * t1;
        idij += 2;
      }
    }
  }
}
#undef CC
#undef CH
#undef C1
#undef C2
#undef CH2

static void NAME(radb2)(size_t ido, size_t l1, const R *cc, R *ch, const R *wa) {
#define CC(a, b, c) cc[(a) + ido * ((b) + 2 * (c))]
#define CH(a, b, c) ch[(a) + ido * ((b) + l1 * (c))]
  for (size_t k = 0; k < l1; k++) RPM(CH(0, k, 0), CH(0, k, 1), CC(0, 0, k), CC(ido - 1, 1, k));
  if ((ido & 1) == 0)
    for (size_t k = 0; k < l1; k++) {
      CH(ido - 1, k, 0) = 2 * CC(ido - 1, 0, k);
      CH(ido - 1, k, 1) = -2 * CC(0, 1, k);
    }
  if (ido <= 2) return;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 2; i < ido; i += 2) {
      size_t ic = ido - i;
      R ti2, tr2;
      RPM(CH(i - 1, k, 0), tr2, CC(i - 1, 0, k), CC(ic - 1, 1, k));
      RPM(ti2, CH(i, k, 0), CC(i, 0, k), CC(ic, 1, k));
      MULPM(CH(i, k, 1), CH(i - 1, k, 1), WA(0, i - 2), WA(0, i - 1), ti2, tr2);
    }
#undef CC
#undef CH
}

static void NAME(radb3)(size_t ido, size_t l1, const R *cc, R *ch, const R *wa) {
  const R taur = (R)-0.5, taui = (R)0.8660254037844386467637231707529362L;
#define CC(a, b, c) cc[(a) + ido * ((b) + 3 * (c))]
#define CH(a, b, c) ch[(a) + ido * ((b) + l1 * (c))]
  for (size_t k = 0; k < l1; k++) {
    R tr2 = 2 * CC(ido - 1, 1, k);
    R cr2 = CC(0, 0, k) + taur * tr2;
    CH(0, k, 0) = CC(0, 0, k) + tr2;
    R ci3 = 2 * taui * CC(0, 2, k);
    RPM(CH(0, k, 2), CH(0, k, 1), cr2, ci3);
  }
  if (ido == 1) return;
  for (size_t k = 0; k < l1; k++)
    for (size_t i = 2, ic = ido - 2; i < ido; i += 2, ic -= 2) {
      R tr2 = CC(i - 1, 2, k) + CC(ic - 1, 1, k);
      R ti2 = CC(i, 2, k) - CC(ic, 1, k);
      R cr2 = CC(i - 1, 0, k) + taur * tr2;
      R ci2 = CC(i, 0, k) + taur * ti2;
      CH(i - 1, k, 0) = CC(i - 1, 0, k) + tr2;
      CH(i, k, 0) = CC(i, 0, k) + ti2;
      R cr3 = taui * (CC(i - 1, 2, k) - CC(ic - 1, 1, k));
      R ci3 = taui * (CC(i, 2, k) + CC(ic, 1, k));
      R di2, di3, dr2, dr3;
      RPM(dr3, dr2, cr2, ci3);
      RPM(di2, di3, ci2, cr3);
      MULPM(CH(i, k, 1), CH(i - 1, k, 1), WA(0, i - 2), WA(0, i - 1), di2, dr2);
      MULPM(CH(i, k, 2), CH(i - 1, k, 2), WA(1, i - 2), WA(1, i - 1), di3, dr3);
    }
#undef CC
#undef CH
}

static void NAME(radb4)(size_t ido, size_t l1, const R *cc, R *ch, const R *wa) {
  const R sqrt2 = (R)1.414213562373095048801688724209698L;
#define CC(a, b, c) cc[(a) + ido * ((b) + 4 * (c))]
#define CH(a, b, c) ch[(a) + ido * ((b) + l1 * (c))]
  for (size_t k = 0; k < l1; k++) {
    R tr1, tr2;
    RPM(tr2, tr1, CC(0, 0, k), CC(ido - 1, 3, k));
    R tr3 = 2 * CC(ido - 1, 1, k);
    R tr4 = 2 * CC(0, 2, k);
    RPM(CH(0, k, 0), CH(0, k, 2), tr2, tr3);
    RPM(CH(0, k, 3), CH(0, k, 1), tr1, tr4);
  }
  if ((ido & 1) == 0)
    for (size_t k = 0; k < l1; k++) {
      R tr1, tr2, ti1, ti2;
      RPM(ti1, ti2, CC(0, 3, k), CC(0, 1, k));
      RPM(tr2, tr1, CC(ido - 1, 0, k), CC(ido - 1, 2, k));
      CH(ido - 1, k, 0) = tr2 + tr2;
      CH(ido - 1, k, 1) = sqrt2 * (tr1 - ti1);
      CH(ido - 1, k, 2) = ti2 + ti2;
      CH(ido - 1, k, 3) = -sqrt2 * (tr1 + ti1);
    }
  if (ido <= 2) return;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 2; i < ido; i += 2) {
      R ci2, ci3, ci4, cr2, cr3, cr4, ti1, ti2, ti3, ti4, tr1, tr2, tr3, tr4;
      size_t ic = ido - i;
      RPM(tr2, tr1, CC(i - 1, 0, k), CC(ic - 1, 3, k));
      RPM(ti1, ti2, CC(i, 0, k), CC(ic, 3, k));
      RPM(tr4, ti3, CC(i, 2, k), CC(ic, 1, k));
      RPM(tr3, ti4, CC(i - 1, 2, k), CC(ic - 1, 1, k));
      RPM(CH(i - 1, k, 0), cr3, tr2, tr3);
      RPM(CH(i, k, 0), ci3, ti2, ti3);
      RPM(cr4, cr2, tr1, tr4);
      RPM(ci2, ci4, ti1, ti4);
      MULPM(CH(i, k, 1), CH(i - 1, k, 1), WA(0, i - 2), WA(0, i - 1), ci2, cr2);
      MULPM(CH(i, k, 2), CH(i - 1, k, 2), WA(1, i - 2), WA(1, i - 1), ci3, cr3);
      MULPM(CH(i, k, 3), CH(i - 1, k, 3), WA(2, i - 2), WA(2, i - 1), ci4, cr4);
    }
#undef CC
#undef CH
}

static void NAME(radb5)(size_t ido, size_t l1, const R *cc, R *ch, const R *wa) {
  const R tr11 = (R)0.3090169943749474241022934171828191L, ti11 = (R)0.9510565162951535721164393333793821L,
          tr12 = (R)-0.8090169943749474241022934171828191L, ti12 = (R)0.5877852522924731291687059546390728L;
#define CC(a, b, c) cc[(a) + ido * ((b) + 5 * (c))]
#define CH(a, b, c) ch[(a) + ido * ((b) + l1 * (c))]
  for (size_t k = 0; k < l1; k++) {
    R ti5 = CC(0, 2, k) + CC(0, 2, k);
    R ti4 = CC(0, 4, k) + CC(0, 4, k);
    R tr2 = CC(ido - 1, 1, k) + CC(ido - 1, 1, k);
    R tr3 = CC(ido - 1, 3, k) + CC(ido - 1, 3, k);
    CH(0, k, 0) = CC(0, 0, k) + tr2 + tr3;
    R cr2 = CC(0, 0, k) + tr11 * tr2 + tr12 * tr3;
    R cr3 = CC(0, 0, k) + tr12 * tr2 + tr11 * tr3;
    R ci4, ci5;
    MULPM(ci5, ci4, ti5, ti4, ti11, ti12);
    RPM(CH(0, k, 4), CH(0, k, 1), cr2, ci5);
    RPM(CH(0, k, 3), CH(0, k, 2), cr3, ci4);
  }
  if (ido == 1) return;
  for (size_t k = 0; k < l1; ++k)
    for (size_t i = 2, ic = ido - 2; i < ido; i += 2, ic -= 2) {
      R tr2, tr3, tr4, tr5, ti2, ti3, ti4, ti5;
      RPM(tr2, tr5, CC(i - 1, 2, k), CC(ic - 1, 1, k));
      RPM(ti5, ti2, CC(i, 2, k), CC(ic, 1, k));
      RPM(tr3, tr4, CC(i - 1, 4, k), CC(ic - 1, 3, k));
      RPM(ti4, ti3, CC(i, 4, k), CC(ic, 3, k));
      CH(i - 1, k, 0) = CC(i - 1, 0, k) + tr2 + tr3;
      CH(i, k, 0) = CC(i, 0, k) + ti2 + ti3;
      R cr2 = CC(i - 1, 0, k) + tr11 * tr2 + tr12 * tr3;
      R ci2 = CC(i, 0, k) + tr11 * ti2 + tr12 * ti3;
      R cr3 = CC(i - 1, 0, k) + tr12 * tr2 + tr11 * tr3;
      R ci3 = CC(i, 0, k) + tr12 * ti2 + tr11 * ti3;
      R ci4, ci5, cr5, cr4;
      MULPM(cr5, cr4, tr5, tr4, ti11, ti12);
      MULPM(ci5, ci4, ti5, ti4, ti11, ti12);
      R dr2, dr3, dr4, dr5, di2, di3, di4, di5;
      RPM(dr4, dr3, cr3, ci4);
      RPM(di3, di4, ci3, cr4);
      RPM(dr5, dr2, cr2, ci5);
      RPM(di2, di5, ci2, cr5);
      MULPM(CH(i, k, 1), CH(i - 1, k, 1), WA(0, i - 2), WA(0, i - 1), di2, dr2);
      MULPM(CH(i, k, 2), CH(i - 1, k, 2), WA(1, i - 2), WA(1, i - 1), di3, dr3);
      MULPM(CH(i, k, 3), CH(i - 1, k, 3), WA(2, i - 2), WA(2, i - 1), di4, dr4);
      MULPM(CH(i, k, 4), CH(i - 1, k, 4), WA(3, i - 2), WA(3, i - 1), di5, dr5);
    }
#undef CC
#undef CH
}

#undef WA

static int NAME(rfftp_exec)(const NAME(rfftp) *plan, R *c, R fct, int r2hc) {
  size_t length = plan->length;
  if (length == 1) {
    c[0] *= fct;
    return 0;
  }
  size_t nf = plan->count;
  R *ch = malloc(length * sizeof(R));
  if (!ch) return -1;
  R *p1 = c, *p2 = ch, *t;
  if (r2hc)
    for (size_t k1 = 0, l1 = length; k1 < nf; ++k1) {
      size_t k = nf - k1 - 1;
      size_t ip = plan->factors[k].factor;
      size_t ido = length / l1;
      l1 /= ip;
      const R *tw = plan->factors[k].tw;
      switch (ip) {
      case 4: NAME(radf4)(ido, l1, p1, p2, tw); break;
      case 2: NAME(radf2)(ido, l1, p1, p2, tw); break;
      case 3: NAME(radf3)(ido, l1, p1, p2, tw); break;
      case 5: NAME(radf5)(ido, l1, p1, p2, tw); break;
      default:
        NAME(radfg)(ido, ip, l1, p1, p2, tw, plan->factors[k].tws);
        t = p1;
        p1 = p2;
        p2 = t;
      }
      t = p1;
      p1 = p2;
      p2 = t;
    }
  else
    for (size_t k = 0, l1 = 1; k < nf; k++) {
      size_t ip = plan->factors[k].factor, ido = length / (ip * l1);
      const R *tw = plan->factors[k].tw;
      switch (ip) {
      case 4: NAME(radb4)(ido, l1, p1, p2, tw); break;
      case 2: NAME(radb2)(ido, l1, p1, p2, tw); break;
      case 3: NAME(radb3)(ido, l1, p1, p2, tw); break;
      case 5: NAME(radb5)(ido, l1, p1, p2, tw); break;
      default: NAME(radbg)(ido, ip, l1, p1, p2, tw, plan->factors[k].tws);
      }
      t = p1;
      p1 = p2;
      p2 = t;
      l1 *= ip;
    }
  // copy_and_norm
  if (p1 != c) {
    if (fct != 1)
      for (size_t i = 0; i < length; ++i) c[i] = fct * p1[i];
    else
      memcpy(c, p1, length * sizeof(R));
  } else if (fct != 1)
    for (size_t i = 0; i < length; ++i) c[i] *= fct;
  free(ch);
  return 0;
}

static void NAME(rfftp_free)(NAME(rfftp) *plan) {
  if (plan) free(plan->memory);
  free(plan);
}

static NAME(rfftp) *NAME(rfftp_make)(size_t length) {
  NAME(rfftp) *plan = calloc(1, sizeof(NAME(rfftp)));
  if (!plan) return NULL;
  plan->length = length;
  if (length == 1) return plan;
  size_t factors[64], count = 0;
  sincos_table table;
  plan->memory = plan_memory(length, 1, factors, &count, sizeof(R), &table);
  if (!plan->memory) {
    free(plan);
    return NULL;
  }
  plan->count = count;
  size_t l1 = 1;
  R *ptr = plan->memory;
  for (size_t k = 0; k < count; ++k) {
    size_t ip = factors[k], ido = length / (l1 * ip);
    NAME(rfactor) *f = &plan->factors[k];
    f->factor = ip;
    if (k < count - 1) {  // the last factor needs no twiddles
      f->tw = ptr;
      ptr += (ip - 1) * (ido - 1);
      for (size_t j = 1; j < ip; ++j)
        for (size_t i = 1; i <= (ido - 1) / 2; ++i) {
          C w = NAME(twiddle)(&table, j * l1 * i);
          f->tw[(j - 1) * (ido - 1) + 2 * i - 2] = w.r;
          f->tw[(j - 1) * (ido - 1) + 2 * i - 1] = w.i;
        }
    }
    if (ip > 5) {  // the special factors radfg and radbg need
      f->tws = ptr;
      ptr += 2 * ip;
      f->tws[0] = 1;
      f->tws[1] = 0;
      for (size_t i = 2, ic = 2 * ip - 2; i <= ic; i += 2, ic -= 2) {
        C w = NAME(twiddle)(&table, i / 2 * (length / ip));
        f->tws[i] = w.r;
        f->tws[i + 1] = w.i;
        f->tws[ic] = w.r;
        f->tws[ic + 1] = -w.i;
      }
    }
    l1 *= ip;
  }
  sincos_free(&table);
  return plan;
}

#undef MULPM
#undef RPM

// ---- Bluestein's algorithm (class fftblue) ----

typedef struct {
  size_t n, n2;
  NAME(cfftp) *plan;
  C *memory, *bk, *bkf;
} NAME(blue);

static void NAME(blue_free)(NAME(blue) *blue) {
  if (!blue) return;
  NAME(cfftp_free)(blue->plan);
  free(blue->memory);
  free(blue);
}

static NAME(blue) *NAME(blue_make)(size_t n) {
  NAME(blue) *blue = calloc(1, sizeof(NAME(blue)));
  if (!blue) return NULL;
  blue->n = n;
  blue->n2 = good_size_complex(n * 2 - 1);
  size_t n2 = blue->n2;
  blue->plan = NAME(cfftp_make)(n2);
  blue->memory = malloc((n + n2 / 2 + 1) * sizeof(C));
  C *tbkf = malloc(n2 * sizeof(C));
  sincos_table table;
  int tableMade = 0;
  if (!blue->plan || !blue->memory || !tbkf || !(tableMade = sincos_make(&table, 2 * n) == 0)) {
    free(tbkf);
    NAME(blue_free)(blue);
    return NULL;
  }
  blue->bk = blue->memory;
  blue->bkf = blue->memory + n;
  C *bk = blue->bk;
  bk[0].r = 1;
  bk[0].i = 0;
  size_t coeff = 0;
  for (size_t m = 1; m < n; ++m) {
    coeff += 2 * m - 1;
    if (coeff >= 2 * n) coeff -= 2 * n;
    bk[m] = NAME(twiddle)(&table, coeff);
  }
  sincos_free(&table);
  R xn2 = (R)1 / (R)n2;
  tbkf[0] = NAME(scale)(bk[0], xn2);
  for (size_t m = 1; m < n; ++m) tbkf[m] = tbkf[n2 - m] = NAME(scale)(bk[m], xn2);
  for (size_t m = n; m <= (n2 - n); ++m) {
    tbkf[m].r = 0;
    tbkf[m].i = 0;
  }
  if (NAME(cfftp_exec)(blue->plan, tbkf, 1, 1) != 0) {
    free(tbkf);
    NAME(blue_free)(blue);
    return NULL;
  }
  for (size_t i = 0; i < n2 / 2 + 1; ++i) blue->bkf[i] = tbkf[i];
  free(tbkf);
  return blue;
}

static int NAME(blue_fft)(const NAME(blue) *blue, C *c, R fct, int fwd) {
  size_t n = blue->n, n2 = blue->n2;
  const C *bk = blue->bk, *bkf = blue->bkf;
  C *akf = malloc(n2 * sizeof(C));
  if (!akf) return -1;
  for (size_t m = 0; m < n; ++m) akf[m] = NAME(special_mul)(c[m], bk[m], fwd);
  C zero = NAME(scale)(akf[0], (R)0);
  for (size_t m = n; m < n2; ++m) akf[m] = zero;
  if (NAME(cfftp_exec)(blue->plan, akf, 1, 1) != 0) {
    free(akf);
    return -1;
  }
  akf[0] = NAME(special_mul)(akf[0], bkf[0], !fwd);
  for (size_t m = 1; m < (n2 + 1) / 2; ++m) {
    akf[m] = NAME(special_mul)(akf[m], bkf[m], !fwd);
    akf[n2 - m] = NAME(special_mul)(akf[n2 - m], bkf[m], !fwd);
  }
  if ((n2 & 1) == 0) akf[n2 / 2] = NAME(special_mul)(akf[n2 / 2], bkf[n2 / 2], !fwd);
  if (NAME(cfftp_exec)(blue->plan, akf, 1, 0) != 0) {
    free(akf);
    return -1;
  }
  for (size_t m = 0; m < n; ++m) c[m] = NAME(scale)(NAME(special_mul)(akf[m], bk[m], fwd), fct);
  free(akf);
  return 0;
}

static int NAME(blue_exec_r)(const NAME(blue) *blue, R *c, R fct, int fwd) {
  size_t n = blue->n;
  C *tmp = malloc(n * sizeof(C));
  if (!tmp) return -1;
  int status;
  if (fwd) {
    R zero = (R)0 * c[0];
    for (size_t m = 0; m < n; ++m) {
      tmp[m].r = c[m];
      tmp[m].i = zero;
    }
    status = NAME(blue_fft)(blue, tmp, fct, 1);
    c[0] = tmp[0].r;
    memcpy(&c[1], &tmp[1].r, (n - 1) * sizeof(R));
  } else {
    tmp[0].r = c[0];
    tmp[0].i = c[0] * 0;
    memcpy(&tmp[1].r, c + 1, (n - 1) * sizeof(R));
    if ((n & 1) == 0) tmp[n / 2].i = (R)0 * c[0];
    for (size_t m = 1; 2 * m < n; ++m) {
      tmp[n - m].r = tmp[m].r;
      tmp[n - m].i = -tmp[m].i;
    }
    status = NAME(blue_fft)(blue, tmp, fct, 0);
    for (size_t m = 0; m < n; ++m) c[m] = tmp[m].r;
  }
  free(tmp);
  return status;
}

// ---- the plans NumPy makes (pocketfft_c and pocketfft_r) and NumPy's loops over them ----

typedef struct {
  size_t length;
  NAME(cfftp) *complex_pass;
  NAME(rfftp) *real_pass;
  NAME(blue) *blue;
} NAME(plan);

static void NAME(plan_free)(NAME(plan) *plan) {
  if (!plan) return;
  NAME(cfftp_free)(plan->complex_pass);
  NAME(rfftp_free)(plan->real_pass);
  NAME(blue_free)(plan->blue);
  free(plan);
}

static NAME(plan) *NAME(plan_make)(size_t length, int real) {
  if (length == 0) return NULL;
  NAME(plan) *plan = calloc(1, sizeof(NAME(plan)));
  if (!plan) return NULL;
  plan->length = length;
  if (use_bluestein(length, real))
    plan->blue = NAME(blue_make)(length);
  else if (real)
    plan->real_pass = NAME(rfftp_make)(length);
  else
    plan->complex_pass = NAME(cfftp_make)(length);
  if (!plan->blue && !plan->real_pass && !plan->complex_pass) {
    NAME(plan_free)(plan);
    return NULL;
  }
  return plan;
}

static int NAME(exec_c)(const NAME(plan) *plan, C *c, R fct, int fwd) {
  return plan->complex_pass ? NAME(cfftp_exec)(plan->complex_pass, c, fct, fwd) : NAME(blue_fft)(plan->blue, c, fct, fwd);
}

static int NAME(exec_r)(const NAME(plan) *plan, R *c, R fct, int fwd) {
  return plan->real_pass ? NAME(rfftp_exec)(plan->real_pass, c, fct, fwd) : NAME(blue_exec_r)(plan->blue, c, fct, fwd);
}

// fft_loop: copy min(nin, n) points, zeros after, transform in place.
static int NAME(loop_complex)(const NAME(plan) *plan, const C *input, size_t nin, C *output, R fct, int fwd) {
  size_t n = plan->length, ncopy = nin <= n ? nin : n;
  for (size_t i = 0; i < ncopy; i++) output[i] = input[i];
  for (size_t i = ncopy; i < n; i++) {
    output[i].r = 0;
    output[i].i = 0;
  }
  return NAME(exec_c)(plan, output, fct, fwd);
}

// rfft_impl: the reals go one place past the start of the output, so that after the transform (FFTPACK's order
// R0, R1, I1, ..., with I0 and an even length's last imaginary part left out) only R0 has to move.
static int NAME(loop_real_forward)(const NAME(plan) *plan, const R *input, size_t nin, C *output, R fct) {
  size_t npts = plan->length, nout = npts / 2 + 1;
  size_t nin_used = nin <= npts ? nin : npts;
  R *buffer = (R *)output;
  size_t total = nout * 2 - 1;
  for (size_t i = 0; i < nin_used; i++) buffer[1 + i] = input[i];
  for (size_t i = nin_used; i < total; i++) buffer[1 + i] = 0;
  int status = NAME(exec_r)(plan, buffer + 1, fct, 1);
  output[0].r = buffer[1];
  output[0].i = 0;
  return status;
}

// irfft_loop: R0, then R1, I1, ... as far as the length needs, the even length's middle real part last.
static int NAME(loop_real_backward)(const NAME(plan) *plan, const C *input, size_t nin, R *output, R fct) {
  size_t nout = plan->length;
  output[0] = input[0].r;
  if (nout > 1) {
    size_t n = (nout - 1) / 2, available = nin - 1, ncopy = available <= n ? available : n;
    for (size_t i = 0; i < ncopy; i++) {
      output[1 + 2 * i] = input[1 + i].r;
      output[2 + 2 * i] = input[1 + i].i;
    }
    for (size_t i = ncopy; i < n; i++) {
      output[1 + 2 * i] = 0;
      output[2 + 2 * i] = 0;
    }
    if (nout % 2 == 0) output[nout - 1] = (nout / 2 >= nin) ? (R)0 : input[nout / 2].r;
  }
  return NAME(exec_r)(plan, output, fct, 0);
}

#undef C
#undef PM
#undef PMINPLACE
#undef PM_TWIDDLED
