/* { dg-do compile } */
/* Memory from alloca lives in the caller's frame only until the function
   returns: returning it (directly, offset, or copied) escapes.  Using it
   locally and returning a value computed from it is fine.  */

void *alloca (__SIZE_TYPE__);
void *malloc (__SIZE_TYPE__);

char *
declared_alloca (__SIZE_TYPE__ n)
{
  char *p = alloca (n);
  p[0] = 0;
  return p; /* { dg-warning "address of memory allocated by 'alloca' escapes via the return value of 'declared_alloca'" } */
}

int *
builtin_alloca (int n)
{
  int *p = __builtin_alloca (n * sizeof (int));
  return p + 1; /* { dg-warning "address of memory allocated by 'alloca' escapes via the return value of 'builtin_alloca'" } */
}

void *
alloca_or_heap (__SIZE_TYPE__ n)
{
  void *p;
  if (n < 256)
    p = alloca (n);
  else
    p = malloc (n);
  return p; /* { dg-warning "address of memory allocated by 'alloca' may escape via the return value of 'alloca_or_heap'" } */
}

int
alloca_sum (int n)
{
  int *p = alloca (n * sizeof (int));
  int i, s = 0;
  for (i = 0; i < n; i++)
    p[i] = i;
  for (i = 0; i < n; i++)
    s += p[i];
  return s; /* { dg-bogus "escapes" } */
}

void *
alloca_then_heap (__SIZE_TYPE__ n)
{
  char *tmp = alloca (n);
  char *p;
  tmp[0] = 1;
  p = tmp;
  p = malloc (n);
  return p; /* { dg-bogus "escapes" } */
}
