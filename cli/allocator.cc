#include "cli/allocator.h"

#include <cstdlib>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace provscore {

bool ConfigureAllocator() {
#if defined(__GLIBC__)
  // mallopt returns 1 on success; a sanitizer's interceptor returns something else.
  const bool pad = mallopt(M_TOP_PAD, kAllocatorTopPad) == 1;
  const bool threshold = mallopt(M_MMAP_THRESHOLD, kAllocatorMmapThreshold) == 1;
  return pad && threshold;
#else
  return false;
#endif
}

}  // namespace provscore
