// Tables of Intel SVML's hyperbolic functions that two of docbuild's NumPy kernels read: 2^(j/16) / 2 and
// 2^(-j/16) / 2, of float64 cosh (numpy_lanes.h) and sinh (numpy_trig_lanes.h), and 2^(j/64), of the sinh and cosh
// fallback that float64 sinh and cosh (svml_half_exp_rare) and float32 sinh (numpy_elementary_logs_f32.c) share.
#ifndef DOCBUILD_NUMPY_HYPERBOLIC_TABLES_H
#define DOCBUILD_NUMPY_HYPERBOLIC_TABLES_H

#include <stdint.h>

#include "double_bits.h"

// 2^(j/16) / 2 for j = 0...15 as a head and a tail, and 2^(-j/16) / 2's head (SVML's cosh and sinh tables).
static const uint64_t half_exp2_head[16] = {
    0x3fe0000000000000ull, 0x3fe0b5586cf9890full, 0x3fe172b83c7d517bull, 0x3fe2387a6e756238ull, 0x3fe306fe0a31b715ull,
    0x3fe3dea64c123422ull, 0x3fe4bfdad5362a27ull, 0x3fe5ab07dd485429ull, 0x3fe6a09e667f3bcdull, 0x3fe7a11473eb0187ull,
    0x3fe8ace5422aa0dbull, 0x3fe9c49182a3f090ull, 0x3feae89f995ad3adull, 0x3fec199bdd85529cull, 0x3fed5818dcfba487ull,
    0x3feea4afa2a490daull,
};
static const uint64_t half_exp2_tail[16] = {
    0x0000000000000000ull, 0x3c88a62e4adc610bull, 0xbc719041b9d78a76ull, 0x3c89b07eb6c70573ull, 0x3c76f46ad23182e4ull,
    0x3c7ada0911f09ebcull, 0x3c6d4397afec42e2ull, 0x3c86324c054647adull, 0xbc8bdd3413b26456ull, 0xbc741577ee04992full,
    0x3c86e9f156864b27ull, 0x3c6c7c46b071f2beull, 0x3c87a1cd345dcc81ull, 0x3c711065895048ddull, 0x3c72ed02d75b3707ull,
    0xbc8e9c23179c2893ull,
};
static const uint64_t half_exp2_negative_head[16] = {
    0x3fe0000000000000ull, 0x3fdea4afa2a490daull, 0x3fdd5818dcfba487ull, 0x3fdc199bdd85529cull, 0x3fdae89f995ad3adull,
    0x3fd9c49182a3f090ull, 0x3fd8ace5422aa0dbull, 0x3fd7a11473eb0187ull, 0x3fd6a09e667f3bcdull, 0x3fd5ab07dd485429ull,
    0x3fd4bfdad5362a27ull, 0x3fd3dea64c123422ull, 0x3fd306fe0a31b715ull, 0x3fd2387a6e756238ull, 0x3fd172b83c7d517bull,
    0x3fd0b5586cf9890full,
};

// 2^(j/64) for j = 0...63 as a double and the rest, interleaved (SVML's sinh fallback, in float64 and float32).
static const uint64_t sinh_rare_table[128] = {
    0x3ff0000000000000ull, 0x0000000000000000ull, 0x3ff02c9a3e778061ull, 0xbc719083535b085dull,
    0x3ff059b0d3158574ull, 0x3c8d73e2a475b465ull, 0x3ff0874518759bc8ull, 0x3c6186be4bb284ffull,
    0x3ff0b5586cf9890full, 0x3c98a62e4adc610bull, 0x3ff0e3ec32d3d1a2ull, 0x3c403a1727c57b53ull,
    0x3ff11301d0125b51ull, 0xbc96c51039449b3aull, 0x3ff1429aaea92de0ull, 0xbc932fbf9af1369eull,
    0x3ff172b83c7d517bull, 0xbc819041b9d78a76ull, 0x3ff1a35beb6fcb75ull, 0x3c8e5b4c7b4968e4ull,
    0x3ff1d4873168b9aaull, 0x3c9e016e00a2643cull, 0x3ff2063b88628cd6ull, 0x3c8dc775814a8495ull,
    0x3ff2387a6e756238ull, 0x3c99b07eb6c70573ull, 0x3ff26b4565e27cddull, 0x3c82bd339940e9d9ull,
    0x3ff29e9df51fdee1ull, 0x3c8612e8afad1255ull, 0x3ff2d285a6e4030bull, 0x3c90024754db41d5ull,
    0x3ff306fe0a31b715ull, 0x3c86f46ad23182e4ull, 0x3ff33c08b26416ffull, 0x3c932721843659a6ull,
    0x3ff371a7373aa9cbull, 0xbc963aeabf42eae2ull, 0x3ff3a7db34e59ff7ull, 0xbc75e436d661f5e3ull,
    0x3ff3dea64c123422ull, 0x3c8ada0911f09ebcull, 0x3ff4160a21f72e2aull, 0xbc5ef3691c309278ull,
    0x3ff44e086061892dull, 0x3c489b7a04ef80d0ull, 0x3ff486a2b5c13cd0ull, 0x3c73c1a3b69062f0ull,
    0x3ff4bfdad5362a27ull, 0x3c7d4397afec42e2ull, 0x3ff4f9b2769d2ca7ull, 0xbc94b309d25957e3ull,
    0x3ff5342b569d4f82ull, 0xbc807abe1db13cadull, 0x3ff56f4736b527daull, 0x3c99bb2c011d93adull,
    0x3ff5ab07dd485429ull, 0x3c96324c054647adull, 0x3ff5e76f15ad2148ull, 0x3c9ba6f93080e65eull,
    0x3ff6247eb03a5585ull, 0xbc9383c17e40b497ull, 0x3ff6623882552225ull, 0xbc9bb60987591c34ull,
    0x3ff6a09e667f3bcdull, 0xbc9bdd3413b26456ull, 0x3ff6dfb23c651a2full, 0xbc6bbe3a683c88abull,
    0x3ff71f75e8ec5f74ull, 0xbc816e4786887a99ull, 0x3ff75feb564267c9ull, 0xbc90245957316dd3ull,
    0x3ff7a11473eb0187ull, 0xbc841577ee04992full, 0x3ff7e2f336cf4e62ull, 0x3c705d02ba15797eull,
    0x3ff82589994cce13ull, 0xbc9d4c1dd41532d8ull, 0x3ff868d99b4492edull, 0xbc9fc6f89bd4f6baull,
    0x3ff8ace5422aa0dbull, 0x3c96e9f156864b27ull, 0x3ff8f1ae99157736ull, 0x3c85cc13a2e3976cull,
    0x3ff93737b0cdc5e5ull, 0xbc675fc781b57ebcull, 0x3ff97d829fde4e50ull, 0xbc9d185b7c1b85d1ull,
    0x3ff9c49182a3f090ull, 0x3c7c7c46b071f2beull, 0x3ffa0c667b5de565ull, 0xbc9359495d1cd533ull,
    0x3ffa5503b23e255dull, 0xbc9d2f6edb8d41e1ull, 0x3ffa9e6b5579fdbfull, 0x3c90fac90ef7fd31ull,
    0x3ffae89f995ad3adull, 0x3c97a1cd345dcc81ull, 0x3ffb33a2b84f15fbull, 0xbc62805e3084d708ull,
    0x3ffb7f76f2fb5e47ull, 0xbc75584f7e54ac3bull, 0x3ffbcc1e904bc1d2ull, 0x3c823dd07a2d9e84ull,
    0x3ffc199bdd85529cull, 0x3c811065895048ddull, 0x3ffc67f12e57d14bull, 0x3c92884dff483cadull,
    0x3ffcb720dcef9069ull, 0x3c7503cbd1e949dbull, 0x3ffd072d4a07897cull, 0xbc9cbc3743797a9cull,
    0x3ffd5818dcfba487ull, 0x3c82ed02d75b3707ull, 0x3ffda9e603db3285ull, 0x3c9c2300696db532ull,
    0x3ffdfc97337b9b5full, 0xbc91a5cd4f184b5cull, 0x3ffe502ee78b3ff6ull, 0x3c839e8980a9cc8full,
    0x3ffea4afa2a490daull, 0xbc9e9c23179c2893ull, 0x3ffefa1bee615a27ull, 0x3c9dc7f486a4b6b0ull,
    0x3fff50765b6e4540ull, 0x3c99d3e12dd8a18bull, 0x3fffa7c1819e90d8ull, 0x3c874853f3a5931eull,
};

// e^a / 2 for 21.49 <= a < 710.4758600739440, where e^-a is below the last bit of sinh and cosh: the float64 scalar
// fallback SVML's sinh and cosh share (`__svml_dsinh_ha_cout_rare_internal`, `__svml_dcosh_ha_cout_rare_internal`),
// plain double operations in its order (the including file turns contraction off). 2^(N/64) (1 + p(r)), N = a 64 /
// ln 2 rounded, r = a - N ln 2 / 64 in two steps, the table's 2^(j/64) as a head and a tail, scaled by
// 2^(floor(N/64) - 1) (through 2^1023 times 2 at the top, where that scale is not a double).
static inline double svml_half_exp_rare(double a) {
  const double shift = double_of(0x4338000000000000ull);
  double shifted = a * double_of(0x40571547652b82feull) + shift;
  uint32_t n = (uint32_t)bits_of(shifted);
  double nd = shifted - shift;
  double r = a - nd * double_of(0x3f862e42fefa0000ull);
  r = r - nd * double_of(0x3d1cf79abc9e3b3aull);
  uint32_t j = n & 63;
  double head = double_of(sinh_rare_table[2 * j]);
  double p = double_of(0x3f56c16a1c2a3ffdull) * r;
  p = (p + double_of(0x3f8111123aaf20d3ull)) * r;
  p = (p + double_of(0x3fa5555555558fccull)) * r;
  p = (p + double_of(0x3fc55555555548f8ull)) * r;
  p = (p + 0.5) * r;
  p = p * r + r;
  p = (p * head + double_of(sinh_rare_table[2 * j + 1])) + head;
  uint32_t e = ((n >> 6) + 1022) & 2047;
  return e > 2046 ? p * double_of((uint64_t)(2046) << 52) * 2.0 : p * double_of((uint64_t)e << 52);
}

#endif
