// The 2^(j/16) table of Intel SVML's float64 exp, shared by exp2, cosh and pow (numpy_lanes.h) and by expm1
// (numpy_logs_lanes.h).
#ifndef DOCBUILD_NUMPY_EXP_TABLES_H
#define DOCBUILD_NUMPY_EXP_TABLES_H

#include <stdint.h>

// exp: NumPy 2.4's float64 exp on x86-64 with AVX-512 (SKX) is Intel SVML's high-accuracy exp (`__svml_exp8_ha`,
// linked into NumPy), measured identical to it on 10^6 inputs; on AVX2-only machines NumPy calls libm instead. Main
// path, for |x| < 707.70...: N = x * log2(e) truncated to 1/16, r = x - N * ln2 in two steps, a degree-6 polynomial
// for exp(r) - 1 folded into 2^(j/16) = head * (1 + tail), then 2^floor(N). The head and tail of 2^(j/16):
static const uint64_t exp_main_head[16] = {
    0x3ff0000000000000ull, 0x3ff0b5586cf9890full, 0x3ff172b83c7d517bull, 0x3ff2387a6e756238ull,
    0x3ff306fe0a31b715ull, 0x3ff3dea64c123422ull, 0x3ff4bfdad5362a27ull, 0x3ff5ab07dd485429ull,
    0x3ff6a09e667f3bcdull, 0x3ff7a11473eb0187ull, 0x3ff8ace5422aa0dbull, 0x3ff9c49182a3f090ull,
    0x3ffae89f995ad3adull, 0x3ffc199bdd85529cull, 0x3ffd5818dcfba487ull, 0x3ffea4afa2a490daull,
};
static const uint64_t exp_main_tail[16] = {
    0x0000000000000000ull, 0x3c979aa65d837b6dull, 0xbc801b15eaa59348ull, 0x3c968efde3a8a894ull,
    0x3c834d754db0abb6ull, 0x3c859f48a72a4c6dull, 0x3c7690cebb7aafb0ull, 0x3c9063e1e21c5409ull,
    0xbc93b3efbf5e2228ull, 0xbc7b32dcb94da51dull, 0x3c8db72fc1f0eab4ull, 0x3c71affc2b91ce27ull,
    0x3c8c1a7792cb3387ull, 0x3c736eae30af0cb3ull, 0x3c74a385a63d07a7ull, 0xbc8ff7128fd391f0ull,
};

#endif
