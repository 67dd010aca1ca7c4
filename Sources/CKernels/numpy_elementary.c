// NumPy's own float64 elementary functions, reproduced bit for bit.
//
// Why: docbuild's elementary functions (Sources/TensorCore/Elementary) are correctly rounded, but NumPy's are not:
// on x86-64 with AVX2+FMA3 or AVX-512, NumPy 2.4 evaluates float64 tanh with its own SIMD polynomial (taken from
// Intel SVML), whose last bit differs from the correctly rounded value on about a quarter of the inputs. A snippet
// printing np.tanh(x) at full precision must print NumPy's digits, so np.tanh uses this code (and np.exp, np.log with
// Intel SVML's algorithms, below). Only the algorithm and its constants carry over: the lanes (numpy_lanes.h, one
// source compiled for AVX-512, AVX2+FMA and a portable path) use IEEE operations, correctly rounded fused
// multiply-adds where the algorithm has them, and exact table reads, so the result is the same bits on every CPU,
// with or without FMA hardware. Contraction is off: an implicit fused multiply-add would change the bits of the
// operations NumPy does unfused.

#include "numpy_elementary.h"

#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "CKernels.h"
#include "double_bits.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)


// tanh: one polynomial of degree 16 in y = |x| - b on each of 16 intervals of |x|. Interval 0 is [0, 0.1875) with
// b = 0 (the odd Taylor-like series); intervals 1...14 are the half-binades [2^e, 1.5 * 2^e) and [1.5 * 2^e, 2^(e+1))
// from 0.1875 to 24, picked by the exponent and the top mantissa bit of |x|, with b the middle of the interval;
// interval 15 (|x| >= 24) is the constant 1. Row 0 is b for each interval, row 1 + k the coefficient c_k, as bit
// patterns (one row per value so a vector of lanes reads it with one lookup).
static const uint64_t tanh_table[18][16] = {
    {0x0ull, 0x3fcc000000000000ull, 0x3fd4000000000000ull, 0x3fdc000000000000ull, 0x3fe4000000000000ull,
     0x3fec000000000000ull, 0x3ff4000000000000ull, 0x3ffc000000000000ull, 0x4004000000000000ull, 0x400c000000000000ull,
     0x4014000000000000ull, 0x401c000000000000ull, 0x4024000000000000ull, 0x402c000000000000ull, 0x4034000000000000ull,
     0x0ull},
    {0x0ull, 0x3fcb8fd0416a7c92ull, 0x3fd35f98a0ea650eull, 0x3fda5729ee488037ull, 0x3fe1bf47eabb8f95ull,
     0x3fe686650b8c2015ull, 0x3feb2523bb6b2deeull, 0x3fee1fbf97e33527ull, 0x3fef9258260a71c2ull, 0x3feff112c63a9077ull,
     0x3fefff419668df11ull, 0x3feffffc832750f2ull, 0x3feffffffdc96f35ull, 0x3fefffffffffcf58ull, 0x3ff0000000000000ull,
     0x3ff0000000000000ull},
    {0x3ff0000000000000ull, 0x3fee842ca3f08532ull, 0x3fed11574af58f1bull, 0x3fea945b9c24e4f9ull, 0x3fe6284c3374f815ull,
     0x3fe02500a09f8d6eull, 0x3fd1f25131e3a8c0ull, 0x3fbd22ca1c24a139ull, 0x3f9b3afe1fba5c76ull, 0x3f6dd37d19b22b21ull,
     0x3f27ccec13a9ef96ull, 0x3ecbe6c3f33250aeull, 0x3e41b4865394f75full, 0x3d8853f01bda5f28ull, 0x3c73953c0197ef58ull,
     0x0ull},
    {0xbbf0b3ea3fdfaa19ull, 0xbfca48aaeb53bc21ull, 0xbfd19921f4329916ull, 0xbfd5e0f09bef8011ull, 0xbfd893b59c35c882ull,
     0xbfd6ba7cb7576538ull, 0xbfce7291743d7555ull, 0xbfbb6d85a01efb80ull, 0xbf9addae58c7141aull, 0xbf6dc59376c7aa19ull,
     0xbf27cc5e74677410ull, 0xbecbe6c0e8b4cc87ull, 0xbe41b486526b0565ull, 0xbd8853f01bef63a4ull, 0xbc73955be519be31ull,
     0x0ull},
    {0xbfd5555555555555ull, 0xbfd183afc292ba11ull, 0xbfcc1a4b039c9bfaull, 0xbfc16e1e6d8d0be6ull, 0xbf92426c751e48a2ull,
     0x3fb4f152b2bad124ull, 0x3fbbba40cbef72beull, 0x3fb01ba038be6a3dull, 0x3f916df44871efc8ull, 0x3f63c6869dfc8870ull,
     0x3f1fb9aef915d828ull, 0x3ec299d1e27c6e11ull, 0x3e379b5ddcca334cull, 0x3d8037f57bc62c9aull, 0x3c6a2d4b50a2cff7ull,
     0x0ull},
    {0xbce6863ee44ed636ull, 0x3fc04dcd0476c75eull, 0x3fc43d3449a80f08ull, 0x3fc5c26f3699b7e7ull, 0x3fc1a686f6ab2533ull,
     0x3faf203c316ce730ull, 0xbf89c7a02788557cull, 0xbf98157e26e0d541ull, 0xbf807b55c1c7d278ull, 0xbf53a18d5843190full,
     0xbf0fb6bbc89b1a5bull, 0xbeb299c9c684a963ull, 0xbe279b5dd4fb3d01ull, 0xbd7037f57ae72aa6ull, 0xbc5a2ca2bba78e86ull,
     0x0ull},
    {0x3fc1111111112ab5ull, 0x3fb5c19efdfc08adull, 0x3fa74c98dc34fbacull, 0xbf790d6a8eff0a77ull, 0xbfac3c021789a786ull,
     0xbfae2196b7326859ull, 0xbf93a7a011ff8c2aull, 0x3f6e4709c7e8430eull, 0x3f67682afa611151ull, 0x3f3ef2ee77717cbfull,
     0x3ef95a4482f180b7ull, 0x3e9dc2c27da3b603ull, 0x3e12e2afd9f7433eull, 0x3d59f320348679baull, 0x3c44b61d9bbcc940ull,
     0x0ull},
    {0xbda1ea19ddddb3b4ull, 0xbfb0b8df995ce4dfull, 0xbfb2955cf41e8164ull, 0xbfaf9d05c309f7c6ull, 0xbf987d27ccff4291ull,
     0x3f8b2ca62572b098ull, 0x3f8f1cf6c7f5b00aull, 0x3f60379811e43dd5ull, 0xbf4793826f78537eull, 0xbf2405695e36240full,
     0xbee0e08de39ce756ull, 0xbe83d709ba5f714eull, 0xbdf92e3fc5ee63e0ull, 0xbd414cc030f2110eull, 0xbc2ba022e8d82a87ull,
     0x0ull},
    {0xbfaba1ba1990520bull, 0xbf96e37bba52f6fcull, 0x3ecff7df18455399ull, 0x3f97362834d33a4eull, 0x3f9e7f8380184b45ull,
     0x3f869543e7c420d4ull, 0xbf7326bd4914222aull, 0xbf5fc15b0a9d98faull, 0x3f14cffcfa69fbb6ull, 0x3f057e48e5b79d10ull,
     0x3ec33b66d7d77264ull, 0x3e66ac4e578b9b10ull, 0x3ddcc74b8d3d5c42ull, 0x3d23c589137f92b4ull, 0x3c107f8e2c8707a1ull,
     0x0ull},
    {0xbe351ca7f096011full, 0x3f9eaaf3320c3851ull, 0x3f9cf823fe761fc1ull, 0x3f9022271754ff1full, 0xbf731fe77c9c60afull,
     0xbf84a6046865ec7dull, 0xbf4ca3f1f2b9192bull, 0x3f4c77dee0afd227ull, 0x3f04055bce68597aull, 0xbee2bf0cb4a71647ull,
     0xbea31eaafe73efd5ull, 0xbe46abb02c4368edull, 0xbdbcc749ca8079ddull, 0xbd03c5883836b9d2ull, 0xbbf07a5416264aecull,
     0x0ull},
    {0x3f9664f94e6ac14eull, 0xbf94d3343bae39ddull, 0xbf7bc748e60df843ull, 0xbf8c89372b43ba85ull, 0xbf8129a092de747aull,
     0x3f60c85b4d538746ull, 0x3f5be9392199ec18ull, 0xbf2a0c68a4489f10ull, 0xbf00462601dc2faaull, 0x3eb7b6a219dea9f4ull,
     0x3e80cbcc8d4c5c8aull, 0x3e2425bb231a5e29ull, 0x3d9992a4beac8662ull, 0x3ce191ba5ed3fb67ull, 0x3bc892450bad44c4ull,
     0x0ull},
    {0xbea8c4c1fd7852feull, 0xbfccce16b1046f13ull, 0xbf81a16f224bb7b6ull, 0xbf62cbf00406bc09ull, 0x3f75b29bb02cf69bull,
     0x3f607df0f9f90c17ull, 0xbf4b852a6e0758d5ull, 0xbf0078c63d1b8445ull, 0x3eec12eadd55be7aull, 0xbe6fa600f593181bull,
     0xbe5a3c935dce3f7dull, 0xbe001c6d95e3ae96ull, 0xbd74755a00ea1fd3ull, 0xbcbc1c6c063bb7acull, 0xbba3be9a4460fe00ull,
     0x0ull},
    {0xbf822404577aa9ddull, 0x403d8b07f7a82aa3ull, 0xbf9f44ab92fbab0aull, 0x3fb2eac604473d6aull, 0x3f45f87d903aaac8ull,
     0xbf5e104671036300ull, 0x3f19bc98ddf0f340ull, 0x3f0d4304bc9246e8ull, 0xbed13c415f7b9d41ull, 0xbe722b8d9720cdb0ull,
     0x3e322666d739bec0ull, 0x3dd76a553d7e7918ull, 0x3d4de0fa59416a39ull, 0x3c948716cf3681b4ull, 0x3b873f9f2d2fda99ull,
     0x0ull},
    {0xbefdd99a221ed573ull, 0x4070593a3735bab4ull, 0xbfccab654e44835eull, 0x3fd13ed80037dbacull, 0xbf6045b9076cc487ull,
     0x3f2085ee7e8ac170ull, 0x3f23524622610430ull, 0xbeff12a6626911b4ull, 0x3eab9008bca408afull, 0x3e634df71865f620ull,
     0xbe05bb1bcf83ca73ull, 0xbdaf2ac143fb6762ull, 0xbd23eae52a3dbf57ull, 0xbc6b5e3e9ca0955eull, 0xbb5eca68e2c1ba2eull,
     0x0ull},
    {0x3f6e3be689423841ull, 0xc0d263511f5baac1ull, 0x40169f73b15ebe5cull, 0xc025c1dd41cd6cb5ull, 0xbf58fd89fe05e0d1ull,
     0x3f73f7af01d5af7aull, 0xbf1e40bdead17e6bull, 0x3ee224cd6c4513e5ull, 0xbe24b645e68eeaa3ull, 0xbe4abfebfb72bc83ull,
     0x3dd51c38f8695ed3ull, 0x3d8313ac38c6832bull, 0x3cf7787935626685ull, 0x3c401ffc49c6bc29ull, 0xbabf0b21acfa52abull,
     0x0ull},
    {0xbf2a1306713a4f3aull, 0xc1045e509116b066ull, 0x4041fab9250984ceull, 0xc0458d090ec3de95ull, 0xbf74949d60113d63ull,
     0x3f7c9fd6200d0adeull, 0x3f02cd40e0ad0a9full, 0xbe858ab8e019f311ull, 0xbe792fa6323b7cf8ull, 0x3e2df04d67876402ull,
     0xbd95c72be95e4d2cull, 0xbd55a89c30203106ull, 0xbccad6b3bb9eff65ull, 0xbc12705ccd3dd884ull, 0xba8e0a4c47ae75f5ull,
     0x0ull},
    {0xbf55d7e76dc56871ull, 0x41528c38809c90c7ull, 0xc076d57fb5190b02ull, 0x4085f09f888f8adaull, 0x3fa246332a2fcba5ull,
     0xbfb29d851a896fcdull, 0x3ed9065ae369b212ull, 0xbeb8e1ba4c98a030ull, 0x3e6ffd0766ad4016ull, 0xbe0c63c29f505f5bull,
     0xbd7fab216b9e0e49ull, 0x3d2826b62056aa27ull, 0x3ca313e31762f523ull, 0x3bea37aa21895319ull, 0x3ae5c7f1fd871496ull,
     0x0ull},
    {0x3f35e67ab76a26e7ull, 0x41848ee0627d8206ull, 0xc0a216d618b489ecull, 0x40a5b89107c8af4full, 0x3fb69d8374520edaull,
     0xbfbded519f981716ull, 0xbef02d288b5b3371ull, 0x3eb290981209c1a6ull, 0xbe567e924bf5ff6eull, 0x3de3f7f7de6b0eb6ull,
     0x3d69ed18bae3ebbcull, 0xbcf7534c4f3dfa71ull, 0xbc730b73f1eaff20ull, 0xbbba2cff8135d462ull, 0xbab5a71b5f7d9035ull,
     0x0ull},
};


// NumPy returns its positive quiet NaN for every NaN.
static double tanh_special(double x) {
  (void)x;
  return double_of(0x7ff8000000000000ull);
}

#include "numpy_exp_tables.h"

// |x| >= 707.70..., infinities (exp_special): SVML's scalar fallback, a different algorithm with its own table of 2^(j/64) as (head,
// tail) pairs, plain (unfused) operations, and a double-rounding-free scaling into the subnormal range.
static const uint64_t exp_rare_table[128] = {
    0x3ff0000000000000ull, 0x0000000000000000ull, 0x3ff02c9a3e778061ull, 0xbc7160139cd8dc5dull,
    0x3ff059b0d3158574ull, 0x3c8cd2523567f613ull, 0x3ff0874518759bc8ull, 0x3c60f74e61e6c861ull,
    0x3ff0b5586cf9890full, 0x3c979aa65d837b6dull, 0x3ff0e3ec32d3d1a2ull, 0x3c3ebe3d702f9cd1ull,
    0x3ff11301d0125b51ull, 0xbc9556522a2fbd0eull, 0x3ff1429aaea92de0ull, 0xbc91c923b9d5f416ull,
    0x3ff172b83c7d517bull, 0xbc801b15eaa59348ull, 0x3ff1a35beb6fcb75ull, 0x3c8b898c3f1353bfull,
    0x3ff1d4873168b9aaull, 0x3c9aecf73e3a2f60ull, 0x3ff2063b88628cd6ull, 0x3c8a6f4144a6c38dull,
    0x3ff2387a6e756238ull, 0x3c968efde3a8a894ull, 0x3ff26b4565e27cddull, 0x3c80472b981fe7f2ull,
    0x3ff29e9df51fdee1ull, 0x3c82f7e16d09ab31ull, 0x3ff2d285a6e4030bull, 0x3c8b3782720c0ab4ull,
    0x3ff306fe0a31b715ull, 0x3c834d754db0abb6ull, 0x3ff33c08b26416ffull, 0x3c8fdd395dd3f84aull,
    0x3ff371a7373aa9cbull, 0xbc924aedcc4b5068ull, 0x3ff3a7db34e59ff7ull, 0xbc71d1e83e9436d2ull,
    0x3ff3dea64c123422ull, 0x3c859f48a72a4c6dull, 0x3ff4160a21f72e2aull, 0xbc58a78f4817895bull,
    0x3ff44e086061892dull, 0x3c4363ed60c2ac11ull, 0x3ff486a2b5c13cd0ull, 0x3c6ecce1daa10379ull,
    0x3ff4bfdad5362a27ull, 0x3c7690cebb7aafb0ull, 0x3ff4f9b2769d2ca7ull, 0xbc8f94340071a38eull,
    0x3ff5342b569d4f82ull, 0xbc78dec6bd0f385full, 0x3ff56f4736b527daull, 0x3c93350518fdd78eull,
    0x3ff5ab07dd485429ull, 0x3c9063e1e21c5409ull, 0x3ff5e76f15ad2148ull, 0x3c9432e62b64c035ull,
    0x3ff6247eb03a5585ull, 0xbc8c33c53bef4da8ull, 0x3ff6623882552225ull, 0xbc93cedd78565858ull,
    0x3ff6a09e667f3bcdull, 0xbc93b3efbf5e2228ull, 0x3ff6dfb23c651a2full, 0xbc6367efb86da9eeull,
    0x3ff71f75e8ec5f74ull, 0xbc781f647e5a3ecfull, 0x3ff75feb564267c9ull, 0xbc8619321e55e68aull,
    0x3ff7a11473eb0187ull, 0xbc7b32dcb94da51dull, 0x3ff7e2f336cf4e62ull, 0x3c65ebe1abd66c55ull,
    0x3ff82589994cce13ull, 0xbc9369b6f13b3734ull, 0x3ff868d99b4492edull, 0xbc94d450d872576eull,
    0x3ff8ace5422aa0dbull, 0x3c8db72fc1f0eab4ull, 0x3ff8f1ae99157736ull, 0x3c7bf68359f35f44ull,
    0x3ff93737b0cdc5e5ull, 0xbc5da9b88b6c1e29ull, 0x3ff97d829fde4e50ull, 0xbc92434322f4f9aaull,
    0x3ff9c49182a3f090ull, 0x3c71affc2b91ce27ull, 0x3ffa0c667b5de565ull, 0xbc87c50422622263ull,
    0x3ffa5503b23e255dull, 0xbc91bbd1d3bcbb15ull, 0x3ffa9e6b5579fdbfull, 0x3c8469846e735ab3ull,
    0x3ffae89f995ad3adull, 0x3c8c1a7792cb3387ull, 0x3ffb33a2b84f15fbull, 0xbc55c3d956dcaebaull,
    0x3ffb7f76f2fb5e47ull, 0xbc68d6f438ad9334ull, 0x3ffbcc1e904bc1d2ull, 0x3c74ffd70a5fddcdull,
    0x3ffc199bdd85529cull, 0x3c736eae30af0cb3ull, 0x3ffc67f12e57d14bull, 0x3c84e08fd10959acull,
    0x3ffcb720dcef9069ull, 0x3c676b2c6c921968ull, 0x3ffd072d4a07897cull, 0xbc8fad5d3ffffa6full,
    0x3ffd5818dcfba487ull, 0x3c74a385a63d07a7ull, 0x3ffda9e603db3285ull, 0x3c8e5a50d5c192acull,
    0x3ffdfc97337b9b5full, 0xbc82d52107b43e1full, 0x3ffe502ee78b3ff6ull, 0x3c74b604603a88d3ull,
    0x3ffea4afa2a490daull, 0xbc8ff7128fd391f0ull, 0x3ffefa1bee615a27ull, 0x3c8ec3bc41aa2008ull,
    0x3fff50765b6e4540ull, 0x3c8a64a931d185eeull, 0x3fffa7c1819e90d8ull, 0x3c77893b4d91cd9dull,
};

static double exp_special(double x) {
  uint64_t bits = bits_of(x);
  if (x != x) return double_of(bits | 0x0008000000000000ull);  // the input NaN, quieted, as the FPU does
  if ((bits & 0x7ff0000000000000ull) == 0x7ff0000000000000ull) return (bits >> 63) ? 0.0 : x;  // +-inf
  if (x > double_of(0x40862e42fefa39efull)) return double_of(0x7ff0000000000000ull);           // overflow
  if (x < double_of(0xc0874910d52d3051ull)) return 0.0;                                         // underflow
  const double shift = double_of(0x4338000000000000ull);  // 1.5 * 2^52: adding it rounds to an integer
  double shifted = x * double_of(0x40571547652b82feull) + shift;  // x * 64 / ln 2, rounded to an integer
  int32_t n = (int32_t)(uint32_t)bits_of(shifted);
  double nd = shifted - shift;
  double r = x - nd * double_of(0x3f862e42fefa0000ull);
  r = r - nd * double_of(0x3d1cf79abc9e3b3aull);
  double p = double_of(0x3f56c16a1c2a3ffdull) * r;
  p = (p + double_of(0x3f8111123aaf20d3ull)) * r;
  p = (p + double_of(0x3fa5555555558fccull)) * r;
  p = (p + double_of(0x3fc55555555548f8ull)) * r;
  p = (p + 0.5) * r;
  p = p * r + r;
  int j = n & 63;
  double head = double_of(exp_rare_table[2 * j]);
  p = (p + double_of(exp_rare_table[2 * j + 1])) * head;
  int m = n >> 6;  // arithmetic: floor(n / 64)
  if (x < double_of(0xc086232bdd7abcd2ull)) {
    // A subnormal result: scale by 2^(m + 60) first, then by 2^-60, splitting the sum so it is rounded once.
    uint64_t e = (uint64_t)((m + 1083) & 2047);
    double scale = double_of(e << 52);
    double low = p * scale, high = head * scale;
    double sum = high + low;
    const double down = double_of(0x3c30000000000000ull);  // 2^-60
    if (e <= 50) return sum * down;
    double rest = (high - sum) + low;
    double t = sum * double_of(0x41f8000000000000ull);
    double v = (sum + t) - t;
    double w = rest + (sum - v);
    return v * down + w * down;
  }
  double result = p + head;
  uint64_t e = (uint64_t)((m + 1023) & 2047);
  if (e > 2046) return result * double_of(((e - 1) & 2047) << 52) * 2.0;  // 2^1024 is not a double
  return result * double_of(e << 52);
}

#include "numpy_log_tables.h"

// The lanes log_lanes leaves: +-0, negative numbers, infinity and NaN.
static double log_special(double x) {
  uint64_t bits = bits_of(x);
  if (x != x) return double_of(bits | 0x0008000000000000ull);  // the input NaN, quieted
  if (x == 0) return double_of(0xfff0000000000000ull);           // -inf for +-0
  if (bits >> 63) return double_of(0xfff8000000000000ull);       // the default (negative) NaN for x < 0
  return x;                                                      // +inf
}

// pow: NumPy 2.4's float64 power on x86-64 with AVX-512 is Intel SVML's high-accuracy pow (`__svml_pow8_ha`),
// measured identical to np.power on 10^6 inputs, a scalar exponent included. log2|x| in three parts: x = 2^E * m
// with m in [1/2, 1), rcp = 1/m rounded to a multiple of 1/32, R = (rcp * m - 1) / 2 (exact); log2 x = E - log2(rcp)
// + log2(1 + 2R), the last 2R/ln 2 in a head and a tail plus a degree-10 polynomial; then y * log2 x in a high and a
// low part, rounded toward zero as SVML does, and 2^that with exp's 2^(j/16) table and a degree-6 polynomial.
// -log2(rcp) (1 - log2(rcp) with E + 1 when rcp < 1.5) as a head and a tail, by the 5 bits of rcp below its
// leading one:
static const uint64_t pow_log_head[32] = {
    0x0000000000000000ull, 0xbfa6bad3758e0000ull, 0xbfb663f6fac90000ull, 0xbfc08c588cda8000ull, 0xbfc5c01a39fc0000ull,
    0xbfcacf5e2db50000ull, 0xbfcfbc16b9028000ull, 0xbfd24407ab0e0000ull, 0xbfd49a784bcd0000ull, 0xbfd6e221cd9d0000ull,
    0xbfd91bba891f0000ull, 0xbfdb47ebf7388000ull, 0xbfdd6753e0330000ull, 0xbfdf7a8568cb0000ull, 0xbfe0c10500d64000ull,
    0xbfe1bf311e95e000ull, 0x3fda8ff971810000ull, 0x3fd8a8980abfc000ull, 0x3fd6cb0f6865c000ull, 0x3fd4f6fbb2cec000ull,
    0x3fd32bfee3710000ull, 0x3fd169c053640000ull, 0x3fcf5fd8a9060000ull, 0x3fcbfc67a8000000ull, 0x3fc8a8980abf8000ull,
    0x3fc563dc29ff8000ull, 0x3fc22dadc2ab0000ull, 0x3fbe0b1ae8f30000ull, 0x3fb7d60496d00000ull, 0x3fb1bb32a6000000ull,
    0x3fa77394c9da0000ull, 0x3f9743ee86200000ull,
};
static const uint64_t pow_log_tail[32] = {
    0x0000000000000000ull, 0xbd5fb0e626c0de13ull, 0xbd33167ccc538261ull, 0x3d2871a7610e40bdull, 0x3d54bc302ffa76fbull,
    0x3d436c101ee13440ull, 0x3d47f5dc57266758ull, 0xbd3ce60916e52e91ull, 0xbd5b8afe492bf6ffull, 0xbd49bcaf1aa4168aull,
    0xbd5708b4b2b5056cull, 0xbd250520a377c7ecull, 0x3d55f101c141e670ull, 0xbd3b3b3864c60011ull, 0x3d45669df6a2b592ull,
    0x3d5fe43895d8ac46ull, 0x3d44bc302ffa76fbull, 0xbd266cccab240e90ull, 0x3d41d406db502403ull, 0x3d3661e393a16b95ull,
    0xbd51979a5db68722ull, 0xbd4d4f1b95e0ff45ull, 0x3d5f1a4847f7b278ull, 0xbd3667f21fa8423full, 0x3d5e9933354dbf17ull,
    0x3d56590643906f2aull, 0x3d5a4b69691d7994ull, 0xbd054cda62d3926eull, 0xbd512ce6312ebb82ull, 0x3d552743318a8a57ull,
    0xbd54e55443478fe0ull, 0xbd495539356f93dcull,
};

// rcp is vrcp14pd's 14-bit estimate of 1/m rounded to 1/32, as in log but for m in [1/2, 1): it steps down from k/32
// to (k - 1)/32 (k = 64 ... 33) at 32 mantissas, found on an Intel Xeon (AVX-512) by trying every m whose low 28
// mantissa bits are all 0 or all 1 (the estimate depends only on the high ones). By the 5 bits of m below its leading
// one: 64 - the steps at or below the start of that 1/64, and the (at most two) steps inside it (none: all ones).
static const uint64_t pow_rcp_base[32] = {
    64, 62, 60, 59, 57, 55, 54, 53, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 39, 38, 37, 37, 36, 35, 35, 34,
    34, 33, 33,
};
static const uint64_t pow_rcp_first_step[32] = {
    0x3fe0206000000000ull, 0x3fe0a6a000000000ull, 0x3fe135d000000000ull, 0x3fe180f000000000ull, 0x3fe21fd000000000ull,
    0x3fe2c9f000000000ull, 0x3fe3240000000000ull, 0x3fe3812000000000ull, 0x3fe446e000000000ull, 0x3fe4afe000000000ull,
    0x3fe51d2000000000ull, 0x3fe58ef000000000ull, 0x3fe6057000000000ull, 0x3fe6817000000000ull, 0x3fe702d000000000ull,
    0x3fe78a5000000000ull, 0x3fe8182000000000ull, 0x3fe8acd000000000ull, 0x3fe948a000000000ull, 0x3fe9ecb000000000ull,
    0xffffffffffffffffull, 0x3fea98f000000000ull, 0x3feb4e9000000000ull, 0xffffffffffffffffull, 0x3fec0e0000000000ull,
    0x3fecd88000000000ull, 0xffffffffffffffffull, 0x3fedae6000000000ull, 0xffffffffffffffffull, 0x3fee915000000000ull,
    0xffffffffffffffffull, 0x3fef823000000000ull,
};
static const uint64_t pow_rcp_second_step[32] = {
    0x3fe0627000000000ull, 0x3fe0ed0000000000ull, 0xffffffffffffffffull, 0x3fe1cf2000000000ull, 0x3fe2736000000000ull,
    0xffffffffffffffffull, 0xffffffffffffffffull, 0x3fe3e25000000000ull, 0xffffffffffffffffull, 0xffffffffffffffffull,
    0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull,
    0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull,
    0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull,
    0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull, 0xffffffffffffffffull,
    0xffffffffffffffffull, 0xffffffffffffffffull,
};

// exp2: NumPy 2.4's float64 exp2 on x86-64 with AVX-512 is Intel SVML's `__svml_exp28_ha`: r = x less x rounded
// down to a multiple of 1/16 (rounded down), a degree-6 polynomial, 2^(j/16) = head + tail (head as exp's), then the
// scaling by 2^floor(x). The tails:
static const uint64_t exp2_tail[16] = {
    0x0000000000000000ull, 0x3c98a62e4adc610bull, 0xbc819041b9d78a76ull, 0x3c99b07eb6c70573ull, 0x3c86f46ad23182e4ull,
    0x3c8ada0911f09ebcull, 0x3c7d4397afec42e2ull, 0x3c96324c054647adull, 0xbc9bdd3413b26456ull, 0xbc841577ee04992full,
    0x3c96e9f156864b27ull, 0x3c7c7c46b071f2beull, 0x3c97a1cd345dcc81ull, 0x3c811065895048ddull, 0x3c82ed02d75b3707ull,
    0xbc9e9c23179c2893ull,
};

// NaN (quieted) and |x| >= 2048, which the lanes leave.
static double exp2_special(double x) {
  if (x != x) return double_of(bits_of(x) | 0x0008000000000000ull);
  return x > 0 ? double_of(0x7ff0000000000000ull) : 0.0;
}

// cosh: NumPy 2.4's float64 cosh on x86-64 with AVX-512 is Intel SVML's `__svml_cosh8_ha`: N = |x| log2(e) to
// 1/16, r = |x| - N ln 2 in two steps, cosh = (2^(j/16) + 2^(-j/16)) / 2 * scaled even polynomial + their difference
// times an odd one, with 2^(j/16) / 2 as a head and a tail and 2^(-j/16) / 2 (numpy_hyperbolic_tables.h, shared
// with sinh), each scaled by 2^±floor(N).
#include "numpy_hyperbolic_tables.h"

// cosh beyond SVML's main path (|x| > 707.69...): its scalar fallback, e^|x| / 2 as sinh's (svml_half_exp_rare), and
// from |x| = 710.4758600739440 on DBL_MAX squared, +infinity; an infinity squared, a NaN quieted.
static double cosh_rare(double x) {
  if (x != x) return double_of(bits_of(x) | 0x0008000000000000ull);
  double a = __builtin_fabs(x);
  if (!(a < double_of(0x408633ce8fb9f87eull))) return double_of(0x7ff0000000000000ull);
  return svml_half_exp_rare(a);
}

typedef size_t (*NumpyLoop)(const double *, double *, size_t, uint32_t *);

// The functions in the order of each path's numpy_loops.
typedef enum { NUMPY_TANH, NUMPY_EXP, NUMPY_LOG, NUMPY_EXP2, NUMPY_COSH } NumpyFunction;

#define LANES "numpy_lanes.h"
#include "lanes_per_path.h"
#undef LANES
#include "numpy_loop_dispatch.h"

DEFINE_NUMPY_DISPATCH(NumpyFunction, numpy_loops)

void docbuild_numpy_tanh(const double *x, double *y, size_t n) { run_finished(NUMPY_TANH, tanh_special, x, y, n); }

void docbuild_numpy_exp(const double *x, double *y, size_t n) { run_finished(NUMPY_EXP, exp_special, x, y, n); }

void docbuild_numpy_log(const double *x, double *y, size_t n) { run_finished(NUMPY_LOG, log_special, x, y, n); }

void docbuild_numpy_exp2(const double *x, double *y, size_t n) { run_finished(NUMPY_EXP2, exp2_special, x, y, n); }

void docbuild_numpy_cosh(const double *x, double *y, size_t n) { run_finished(NUMPY_COSH, cosh_rare, x, y, n); }

size_t docbuild_numpy_power(const double *x, const double *y, double *out, size_t n, uint32_t *undecided) {
  switch (docbuild_elementary_path()) {
#if defined(__x86_64__)
  case 2: return numpy_power_avx512(x, y, out, n, undecided);
  case 1: return numpy_power_avx2(x, y, out, n, undecided);
#endif
  default: return numpy_power_portable(x, y, out, n, undecided);
  }
}
