// Shared between the kernels: whether the environment asks for the portable paths.
#ifndef DOCBUILD_KERNEL_PATH_H
#define DOCBUILD_KERNEL_PATH_H

/// 1 when DOCBUILD_PORTABLE_KERNELS is set to anything but "" or "0": CI builds the book so, as on a CPU without
/// AVX2, and compares the bytes.
int docbuild_portable_kernels_requested(void);

#endif
