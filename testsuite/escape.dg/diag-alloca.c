/* { dg-do compile } */
/* Memory from alloca: the warning says "memory allocated by 'alloca'" and
   a note points at the alloca call.  Used locally it is quiet.  */

typedef __SIZE_TYPE__ size_t;
extern void *memcpy (void *, const void *, size_t);
extern size_t strlen (const char *);

char *scratch;

char *
dup_on_stack (const char *s)
{
  size_t n = strlen (s) + 1;
  char *copy = __builtin_alloca (n);  /* { dg-message "allocated here by 'alloca'" } */
  memcpy (copy, s, n);
  return copy;  /* { dg-warning "address of memory allocated by 'alloca' escapes via the return value of 'dup_on_stack'" } */
}

void
keep_scratch (size_t n)
{
  char *buf;
  buf = __builtin_alloca (n + 16);  /* { dg-message "allocated here by 'alloca'" } */
  buf[0] = 0;
  scratch = buf + 8;  /* { dg-warning "address of memory allocated by 'alloca' escapes from 'keep_scratch' into global variable 'scratch'" } */
}

void
through_out (size_t n, int **out)
{
  int *a = __builtin_alloca (n * sizeof (int));  /* { dg-message "allocated here by 'alloca'" } */
  a[0] = 0;
  *out = a;  /* { dg-warning "address of memory allocated by 'alloca' escapes from 'through_out' through parameter 'out'" } */
}

size_t
local_only (const char *s)
{
  size_t n = strlen (s) + 1;
  char *copy = __builtin_alloca (n);  /* { dg-bogus "allocated here" } */
  memcpy (copy, s, n);
  return strlen (copy);  /* { dg-bogus "escapes" } */
}
