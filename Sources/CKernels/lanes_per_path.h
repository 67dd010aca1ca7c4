// Compiles the lane functions of the header named by LANES once per code path, each for its own CPU features: the
// portable path (2 lanes, any x86-64 or other CPU), AVX2 with FMA (4 lanes) and AVX-512 (8 lanes) on x86-64, and,
// when the includer defines AVX512_WIDE, AVX-512 with 16 lanes (two registers per vector, so that every operation
// comes as two independent instructions the CPU overlaps: most of elementary.c's loops, bound by their chains'
// latency, ran 5-30% faster so on the project's AMD EPYC, and pow's, which runs out of registers, 25% slower). Inside
// LANES, SUFFIX names the path, ATTRIBUTES is its target attribute, WIDTH its lanes per vector, FUSED whether it has
// fused multiply-add hardware; VD, VL and VU are its vectors of doubles and of signed and unsigned 64-bit integers, and
// F(name) is the path's copy of a function. The includer picks a path at run time with docbuild_elementary_path().
//
// Why one source for every path: a lane's result must not depend on the path, so every path runs the same text;
// only the width, and helpers that choose instructions (never values) by WIDTH, differ.

#define CAT2(a, b) a##_##b
#define CAT(a, b) CAT2(a, b)
#define VD CAT(vd, SUFFIX)
#define VL CAT(vl, SUFFIX)
#define VU CAT(vu, SUFFIX)
#define F(name) CAT(name, SUFFIX)

#define SUFFIX portable
#define ATTRIBUTES
#define WIDTH 2
#define FUSED 0
#include "lanes_one_path.h"

#if defined(__x86_64__)
#define SUFFIX avx2
#define ATTRIBUTES __attribute__((target("avx2,fma")))
#define WIDTH 4
#define FUSED 1
#include "lanes_one_path.h"

#define SUFFIX avx512
#define ATTRIBUTES __attribute__((target("avx512f,avx512dq,fma")))
#define WIDTH 8
#define FUSED 1
#include "lanes_one_path.h"

#ifdef AVX512_WIDE
#define SUFFIX avx512wide
#define ATTRIBUTES __attribute__((target("avx512f,avx512dq,fma")))
#define WIDTH 16
#define FUSED 1
#include "lanes_one_path.h"
#endif
#endif

#undef F
#undef VU
#undef VL
#undef VD
#undef CAT
#undef CAT2
