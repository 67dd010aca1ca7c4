// Shared between the product kernels: the kernel set this thread's products follow, and the count of products whose
// bits the choice could change (CKernels.h, docbuild_swap_product_kernels).
#ifndef DOCBUILD_PRODUCT_KERNELS_H
#define DOCBUILD_PRODUCT_KERNELS_H

enum { kSkylakeKernels = 0, kHaswellKernels = 1 };

extern _Thread_local int docbuild_product_kernel_set;
extern _Thread_local long docbuild_order_sensitive_count;

#endif
