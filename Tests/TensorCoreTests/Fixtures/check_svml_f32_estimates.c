// Checks that vrsqrt14ps and vrcp14ps as numpy_trig_f32_lanes.h defines them off AVX-512 (Intel's reference: the
// segments of numpy_lane_helpers.h on the float's top 15 or 16 fraction bits) equal this CPU's instructions on every
// positive normal float (vrcp14ps below 2^126, where its estimate is normal; the sign only passes through).
//
// Run from the repository root on an x86-64 machine with AVX-512:
//   sed -n '/rcp14_segments\[64\] = {/,/^};/p;/rsqrt14_segments\[64\] = {/,/^};/p' \
//     Sources/CKernels/numpy_lane_helpers.h | sed 's/__attribute__((unused)) //' > /tmp/segs.h
//   clang -O2 -I /tmp -o /tmp/check_f32_estimates Tests/TensorCoreTests/Fixtures/check_svml_f32_estimates.c
//   /tmp/check_f32_estimates
// On the project's AMD EPYC (Zen 4), 2026-12-01: "rsqrt mismatches 0 first 00000000; rcp mismatches 0 first 00000000".
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <immintrin.h>
#include "segs.h"
static float fof(uint32_t b){float f;memcpy(&f,&b,4);return f;}
static uint32_t bof(float f){uint32_t b;memcpy(&b,&f,4);return b;}
static float rsqrt_model(float v){
  uint32_t bits=bof(v); int e=(int)(bits>>23)-127; uint32_t odd=e&1; int k=e>>1;
  uint32_t fr=bits&0x7fffff, t=fr>>8; uint64_t seg=rsqrt14_segments[(t>>10)|(odd<<5)];
  int32_t sc=(int32_t)(seg&0xffffffff)*128-(int32_t)(seg>>32)*((int32_t)(t&1023)-512);
  float q=(float)(sc>>9); float pw=fof((uint32_t)(127-k)<<23);
  if((fr|odd)==0) return pw; return q*0x1p-17f*pw;}
static float rcp_model(float v){
  uint32_t bits=bof(v); uint32_t mag=bits&0x7fffffff, sign=bits^mag; int e=(int)(mag>>23)-127;
  uint32_t fr=mag&0x7fffff, t=fr>>7; uint64_t seg=rcp14_segments[t>>10];
  int32_t sc=(int32_t)(seg&0xffffffff)*256-(int32_t)(seg>>32)*((int32_t)(t&1023)-512);
  float q=(float)(sc>>9); float pw=fof((uint32_t)(127-e)<<23);
  float r = fr==0? pw : q*0x1p-17f*pw; return fof(bof(r)|sign);}
__attribute__((target("avx512f")))
int main(){
  uint64_t bad1=0,bad2=0; uint32_t first1=0,first2=0;
  // positive normal floats for rsqrt; normal floats with |v| < 2^126 for rcp
  for(uint64_t b=0x00800000; b<0x7f800000; b+=16){
    float in[16],o1[16],o2[16];
    for(int l=0;l<16;l++) in[l]=fof((uint32_t)(b+l));
    _mm512_storeu_ps(o1,_mm512_rsqrt14_ps(_mm512_loadu_ps(in)));
    _mm512_storeu_ps(o2,_mm512_rcp14_ps(_mm512_loadu_ps(in)));
    for(int l=0;l<16;l++){
      if(bof(o1[l])!=bof(rsqrt_model(in[l]))){ if(!bad1) first1=bof(in[l]); bad1++;}
      if(bof(in[l])<0x7e800000u && bof(o2[l])!=bof(rcp_model(in[l]))){ if(!bad2) first2=bof(in[l]); bad2++;}
    }
  }
  printf("rsqrt mismatches %llu first %08x; rcp mismatches %llu first %08x\n",(unsigned long long)bad1,first1,(unsigned long long)bad2,first2);
}
