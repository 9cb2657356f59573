// ConfigureAllocator (cli/allocator.h): glibc's heap grows and keeps a 4 MiB pad, and serves
// blocks up to 16 MiB itself rather than with one mmap each.
#include "cli/allocator.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define PROVSCORE_TEST_SANITIZED_ALLOCATOR 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PROVSCORE_TEST_SANITIZED_ALLOCATOR 1
#endif

namespace provscore {
namespace {

TEST(AllocatorTest, GlibcHeapServesLargeBlocksAndKeepsItsPad) {
#if !defined(__GLIBC__) || defined(PROVSCORE_TEST_SANITIZED_ALLOCATOR)
  GTEST_SKIP() << "not glibc's allocator: ConfigureAllocator leaves it alone";
#else
  ASSERT_TRUE(ConfigureAllocator());
  const size_t block = 12u << 20;  // above glibc's default 128 KiB mmap threshold, below ours
  const struct mallinfo2 before = mallinfo2();
  void* p = std::malloc(block);
  ASSERT_NE(p, nullptr);
  std::memset(p, 1, block);
  const struct mallinfo2 during = mallinfo2();
  EXPECT_EQ(during.hblks, before.hblks) << "a 12 MiB block got its own mmap";
  EXPECT_GE(during.uordblks, before.uordblks + block) << "the block is not on the heap";
  std::free(p);
  // Freed at the heap's top, the block joins the top chunk; a trim keeps the 4 MiB pad.
  const struct mallinfo2 after = mallinfo2();
  EXPECT_GE(after.keepcost, static_cast<size_t>(kAllocatorTopPad));
#endif
}

}  // namespace
}  // namespace provscore
