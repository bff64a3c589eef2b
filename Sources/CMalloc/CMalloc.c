#include <stdlib.h>
#include "CMalloc.h"

#if defined(__GLIBC__)
#include <malloc.h>

void fu_malloc_limit_arenas(int count) { mallopt(M_ARENA_MAX, count); }
void fu_malloc_release_free(void) { malloc_trim(0); }
#else
void fu_malloc_limit_arenas(int count) { (void)count; }
void fu_malloc_release_free(void) {}
#endif
