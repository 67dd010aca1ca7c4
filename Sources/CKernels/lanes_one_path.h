// One code path of lanes_per_path.h: the path's vector types, the lane functions of LANES compiled for it, and the
// path's parameters cleared for the next one.

typedef double VD __attribute__((ext_vector_type(WIDTH)));
typedef long VL __attribute__((ext_vector_type(WIDTH)));
typedef unsigned long VU __attribute__((ext_vector_type(WIDTH)));

#include LANES

#undef SUFFIX
#undef ATTRIBUTES
#undef WIDTH
#undef FUSED
