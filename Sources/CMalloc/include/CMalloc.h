#ifndef CMALLOC_H
#define CMALLOC_H

/// glibc's allocator settings, which Swift's Glibc module does not export (they are in
/// <malloc.h>). Elsewhere they do nothing.

/// At most `count` allocation arenas: threads share them instead of each keeping its own, so
/// memory one worker freed is reused by the next instead of staying resident per thread.
void fu_malloc_limit_arenas(int count);

/// Returns freed heap memory to the system.
void fu_malloc_release_free(void);

#endif
