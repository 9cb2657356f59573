#pragma once

namespace provscore {

// How the process's allocator takes memory from the kernel (issue 12, start-up; bench/README.md
// "Session 12"). glibc's defaults grow the heap 128 KiB at a time, give a freed top above
// 128 KiB back at once, and serve an allocation of 128 KiB or more with its own mmap (a
// threshold that slides up only as such blocks are freed), all faulted in again page by page
// when the memory is wanted again. Loading the rules allocates and frees in that pattern: a
// tiny page's start-up took ~4,830 page faults, a third of its CPU time in the kernel. Here
// the heap grows, and keeps, a 4 MiB pad, and serves blocks up to 16 MiB itself: ~3,230 faults
// (a 4 MiB threshold gives the same start-up; over the 199 corpus pages, 4 MiB faults 7% more
// than glibc's default, 32 MiB 10% less but +7% peak memory at -j 2, 16 MiB 8% less at the
// default's peak). The pad alone would fix the threshold at 128 KiB (glibc stops sliding it
// once either is set), which costs a batch more faults than it saves. Only where memory comes
// from changes, never what is computed. Returns false when the allocator refused or is not
// glibc's (a sanitizer's): the process runs as before.
// Called first thing in main(), before any thread starts.
bool ConfigureAllocator();

inline constexpr int kAllocatorTopPad = 4 << 20;
inline constexpr int kAllocatorMmapThreshold = 16 << 20;

}  // namespace provscore
