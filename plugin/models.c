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
  { "__builtin_alloca_with_align", ESC_MODEL_ALLOCA, NONE },
  { "__builtin_alloca_with_align_and_max", ESC_MODEL_ALLOCA, NONE },
  { "aligned_alloc", ESC_MODEL_ALLOC, NONE },
  { "alloca", ESC_MODEL_ALLOCA, NONE },
  { "asprintf", ESC_MODEL_NO_RETAIN, NONE },
  { "atexit", ESC_MODEL_RETAINS, 0 },
  { "atof", ESC_MODEL_NO_RETAIN, NONE },
  { "atoi", ESC_MODEL_NO_RETAIN, NONE },
  { "atol", ESC_MODEL_NO_RETAIN, NONE },
  { "atoll", ESC_MODEL_NO_RETAIN, NONE },
  { "bcmp", ESC_MODEL_NO_RETAIN, NONE },
  { "bzero", ESC_MODEL_NO_RETAIN, NONE },
  { "calloc", ESC_MODEL_ALLOC, NONE },
  { "fclose", ESC_MODEL_NO_RETAIN, NONE },
  { "fflush", ESC_MODEL_NO_RETAIN, NONE },
  { "fgets", ESC_MODEL_RETURNS_ARG, 0 },
  { "fprintf", ESC_MODEL_NO_RETAIN, NONE },
  { "fputc", ESC_MODEL_NO_RETAIN, NONE },
  { "fputs", ESC_MODEL_NO_RETAIN, NONE },
  { "fread", ESC_MODEL_NO_RETAIN, NONE },
  { "free", ESC_MODEL_NO_RETAIN, NONE },
  { "fscanf", ESC_MODEL_NO_RETAIN, NONE },
  { "fwrite", ESC_MODEL_NO_RETAIN, NONE },
  { "index", ESC_MODEL_RETURNS_ARG, 0 },
  { "malloc", ESC_MODEL_ALLOC, NONE },
  { "memchr", ESC_MODEL_RETURNS_ARG, 0 },
  { "memcmp", ESC_MODEL_NO_RETAIN, NONE },
  { "memcpy", ESC_MODEL_COPY, NONE },
  { "memmem", ESC_MODEL_RETURNS_ARG, 0 },
  { "memmove", ESC_MODEL_COPY, NONE },
  { "mempcpy", ESC_MODEL_COPY, NONE },
  { "memrchr", ESC_MODEL_RETURNS_ARG, 0 },
  { "memset", ESC_MODEL_SET, NONE },
  { "on_exit", ESC_MODEL_RETAINS, 1 },
  { "printf", ESC_MODEL_NO_RETAIN, NONE },
  { "pthread_create", ESC_MODEL_THREAD_CREATE, 3 },
  { "pthread_join", ESC_MODEL_THREAD_JOIN, 0 },
  { "pthread_setspecific", ESC_MODEL_RETAINS, 1 },
  { "putenv", ESC_MODEL_RETAINS, 0 },
  { "puts", ESC_MODEL_NO_RETAIN, NONE },
  { "qsort", ESC_MODEL_NO_RETAIN, NONE },
  { "rawmemchr", ESC_MODEL_RETURNS_ARG, 0 },
  { "realloc", ESC_MODEL_ALLOC, NONE },
  { "reallocarray", ESC_MODEL_ALLOC, NONE },
  { "rindex", ESC_MODEL_RETURNS_ARG, 0 },
  { "scanf", ESC_MODEL_NO_RETAIN, NONE },
  { "setbuf", ESC_MODEL_RETAINS, 1 },
  { "setbuffer", ESC_MODEL_RETAINS, 1 },
  { "setvbuf", ESC_MODEL_RETAINS, 1 },
  { "signal", ESC_MODEL_RETAINS, 1 },
  { "snprintf", ESC_MODEL_NO_RETAIN, NONE },
  { "sprintf", ESC_MODEL_NO_RETAIN, NONE },
  { "sscanf", ESC_MODEL_NO_RETAIN, NONE },
  { "stpcpy", ESC_MODEL_RETURNS_ARG, 0 },
  { "stpncpy", ESC_MODEL_RETURNS_ARG, 0 },
  { "strcasecmp", ESC_MODEL_NO_RETAIN, NONE },
  { "strcat", ESC_MODEL_RETURNS_ARG, 0 },
  { "strchr", ESC_MODEL_RETURNS_ARG, 0 },
  { "strchrnul", ESC_MODEL_RETURNS_ARG, 0 },
  { "strcmp", ESC_MODEL_NO_RETAIN, NONE },
  { "strcpy", ESC_MODEL_RETURNS_ARG, 0 },
  { "strcspn", ESC_MODEL_NO_RETAIN, NONE },
  { "strdup", ESC_MODEL_ALLOC, NONE },
  { "strlen", ESC_MODEL_NO_RETAIN, NONE },
  { "strncasecmp", ESC_MODEL_NO_RETAIN, NONE },
  { "strncat", ESC_MODEL_RETURNS_ARG, 0 },
  { "strncmp", ESC_MODEL_NO_RETAIN, NONE },
  { "strncpy", ESC_MODEL_RETURNS_ARG, 0 },
  { "strndup", ESC_MODEL_ALLOC, NONE },
  { "strnlen", ESC_MODEL_NO_RETAIN, NONE },
  { "strpbrk", ESC_MODEL_RETURNS_ARG, 0 },
  { "strrchr", ESC_MODEL_RETURNS_ARG, 0 },
  { "strspn", ESC_MODEL_NO_RETAIN, NONE },
  { "strstr", ESC_MODEL_RETURNS_ARG, 0 },
  { "strtod", ESC_MODEL_NO_RETAIN, NONE },
  { "strtok", ESC_MODEL_RETAINS_RETURNS, 0 },
  { "strtol", ESC_MODEL_NO_RETAIN, NONE },
  { "strtoll", ESC_MODEL_NO_RETAIN, NONE },
  { "strtoul", ESC_MODEL_NO_RETAIN, NONE },
  { "strtoull", ESC_MODEL_NO_RETAIN, NONE },
  { "valloc", ESC_MODEL_ALLOC, NONE },
  { "vfprintf", ESC_MODEL_NO_RETAIN, NONE },
  { "vprintf", ESC_MODEL_NO_RETAIN, NONE },
  { "vsnprintf", ESC_MODEL_NO_RETAIN, NONE },
  { "vsprintf", ESC_MODEL_NO_RETAIN, NONE },
  { "wcschr", ESC_MODEL_RETURNS_ARG, 0 },
  { "wcscpy", ESC_MODEL_RETURNS_ARG, 0 },
  { "wcsrchr", ESC_MODEL_RETURNS_ARG, 0 },
  { "wcsstr", ESC_MODEL_RETURNS_ARG, 0 },
  { "wmemcpy", ESC_MODEL_COPY, NONE },
  { "wmemmove", ESC_MODEL_COPY, NONE },
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
     variants take one more argument, after the ones modelled).  */
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
