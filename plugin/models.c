/* models.c -- what library functions do with their arguments.

   One row per function, sorted by name (bsearch).  Functions not listed are
   "unknown": they are assumed not to retain their arguments, may write
   pointers to memory of their own through them, and return such memory (see
   engine.c).  To model a new function, add a row; keep the table sorted by
   name.  */

#include "escape.h"

#include <stdlib.h>
#include <string.h>

#define NONE -1

static const esc_model models[] = {
  { "__builtin_alloca_with_align", ESC_MODEL_ALLOCA, NONE, 0 },
  { "__builtin_alloca_with_align_and_max", ESC_MODEL_ALLOCA, NONE, 0 },
  { "aligned_alloc", ESC_MODEL_ALLOC, NONE, 0 },
  { "alloca", ESC_MODEL_ALLOCA, NONE, 0 },
  { "asprintf", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "atexit", ESC_MODEL_RETAINS, 0, 0 },
  { "atof", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "atoi", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "atol", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "atoll", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "atomic_compare_exchange_4", ESC_MODEL_STORE_MAY, 2, 0 },
  { "atomic_compare_exchange_8", ESC_MODEL_STORE_MAY, 2, 0 },
  { "atomic_exchange_4", ESC_MODEL_STORE, 1, 0 },
  { "atomic_exchange_8", ESC_MODEL_STORE, 1, 0 },
  { "atomic_store_4", ESC_MODEL_STORE, 1, 0 },
  { "atomic_store_8", ESC_MODEL_STORE, 1, 0 },
  { "bcmp", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "bzero", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "calloc", ESC_MODEL_ALLOC, NONE, 0 },
  { "fclose", ESC_MODEL_STREAM_CLOSE, 0, 0 },
  { "fflush", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "fgets", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "fprintf", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "fputc", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "fputs", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "fread", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "free", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "fscanf", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "fwrite", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "index", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "malloc", ESC_MODEL_ALLOC, NONE, 0 },
  { "memchr", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "memcmp", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "memcpy", ESC_MODEL_COPY, NONE, 0 },
  { "memmem", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "memmove", ESC_MODEL_COPY, NONE, 0 },
  { "mempcpy", ESC_MODEL_COPY, NONE, 0 },
  { "memrchr", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "memset", ESC_MODEL_SET, NONE, 0 },
  { "on_exit", ESC_MODEL_RETAINS, 1, 1u << 0 },
  { "printf", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "pthread_create", ESC_MODEL_THREAD_CREATE, 3, 0 },
  { "pthread_join", ESC_MODEL_THREAD_JOIN, 0, 0 },
  { "pthread_setspecific", ESC_MODEL_RETAINS, 1, 0 },
  { "putenv", ESC_MODEL_RETAINS, 0, 0 },
  { "puts", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "qsort", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "rawmemchr", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "realloc", ESC_MODEL_ALLOC, 0, 0 },
  { "reallocarray", ESC_MODEL_ALLOC, 0, 0 },
  { "rindex", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "scanf", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "setbuf", ESC_MODEL_STREAM_BUFFER, 1, 0 },
  { "setbuffer", ESC_MODEL_STREAM_BUFFER, 1, 0 },
  { "setvbuf", ESC_MODEL_STREAM_BUFFER, 1, 0 },
  { "signal", ESC_MODEL_RETAINS, 1, 0 },
  { "snprintf", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "sprintf", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "sscanf", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "stpcpy", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "stpncpy", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "strcasecmp", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "strcat", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "strchr", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "strchrnul", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "strcmp", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "strcpy", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "strcspn", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "strdup", ESC_MODEL_ALLOC, NONE, 0 },
  { "strlen", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "strncasecmp", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "strncat", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "strncmp", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "strncpy", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "strndup", ESC_MODEL_ALLOC, NONE, 0 },
  { "strnlen", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "strpbrk", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "strrchr", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "strspn", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "strstr", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "strtod", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "strtok", ESC_MODEL_RETAINS_RETURNS, 0, 0 },
  { "strtol", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "strtoll", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "strtoul", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "strtoull", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "sync_bool_compare_and_swap_4", ESC_MODEL_STORE_MAY, 2, 0 },
  { "sync_bool_compare_and_swap_8", ESC_MODEL_STORE_MAY, 2, 0 },
  { "sync_lock_test_and_set_4", ESC_MODEL_STORE, 1, 0 },
  { "sync_lock_test_and_set_8", ESC_MODEL_STORE, 1, 0 },
  { "sync_val_compare_and_swap_4", ESC_MODEL_STORE_MAY, 2, 0 },
  { "sync_val_compare_and_swap_8", ESC_MODEL_STORE_MAY, 2, 0 },
  { "valloc", ESC_MODEL_ALLOC, NONE, 0 },
  { "vfprintf", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "vprintf", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "vsnprintf", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "vsprintf", ESC_MODEL_NO_RETAIN, NONE, 0 },
  { "wcschr", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "wcscpy", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "wcsrchr", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "wcsstr", ESC_MODEL_RETURNS_ARG, 0, 0 },
  { "wmemcpy", ESC_MODEL_COPY, NONE, 0 },
  { "wmemmove", ESC_MODEL_COPY, NONE, 0 },
};

static int
model_compare (const void *key, const void *elt)
{
  return strcmp ((const char *) key, ((const esc_model *) elt)->name);
}

const esc_model *
esc_model_lookup (const char *name)
{
  if (!name)
    return NULL;
  const esc_model *m = bsearch (name, models, sizeof models / sizeof models[0],
				sizeof models[0], model_compare);
  if (m)
    return m;
  /* __builtin_memcpy and __memcpy_chk behave as memcpy (the _chk
     variants take one more argument, after the ones modelled); GCC's
     atomic built-ins are __atomic_store_8 and kin.  */
  static const char *const prefixes[] = { "__builtin___", "__builtin_", "__" };
  for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
    {
      size_t n = strlen (prefixes[i]);
      if (strncmp (name, prefixes[i], n) != 0)
	continue;
      char base[64];
      size_t len = strlen (name + n);
      if (len >= 4 && strcmp (name + n + len - 4, "_chk") == 0)
	len -= 4;
      if (len == 0 || len >= sizeof base)
	continue;
      memcpy (base, name + n, len);
      base[len] = '\0';
      m = bsearch (base, models, sizeof models / sizeof models[0],
		   sizeof models[0], model_compare);
      if (m)
	return m;
    }
  return NULL;
}
