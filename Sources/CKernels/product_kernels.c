// The per-thread choice of OpenBLAS kernel set: each chapter block runs on one thread from start to end, and the
// pipeline re-runs a page with the other set only when its expected outputs disagree with the first.
#include "CKernels.h"
#include "product_kernels.h"

_Thread_local int docbuild_product_kernel_set = kSkylakeKernels;
_Thread_local long docbuild_order_sensitive_count = 0;

int docbuild_swap_product_kernels(int kernels) {
  int previous = docbuild_product_kernel_set;
  docbuild_product_kernel_set = kernels == kHaswellKernels ? kHaswellKernels : kSkylakeKernels;
  return previous;
}

int docbuild_current_product_kernels(void) { return docbuild_product_kernel_set; }

void docbuild_count_order_sensitive_product(void) { docbuild_order_sensitive_count++; }

long docbuild_swap_order_sensitive_products(long count) {
  long previous = docbuild_order_sensitive_count;
  docbuild_order_sensitive_count = count;
  return previous;
}
