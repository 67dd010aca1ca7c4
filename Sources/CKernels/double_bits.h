// A double's bit pattern and back, for the scalar C kernels (memcpy, which compilers turn into a register move).
#ifndef DOCBUILD_DOUBLE_BITS_H
#define DOCBUILD_DOUBLE_BITS_H

#include <stdint.h>
#include <string.h>

static inline uint64_t bits_of(double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

static inline double double_of(uint64_t b) {
  double x;
  memcpy(&x, &b, sizeof x);
  return x;
}

#endif
