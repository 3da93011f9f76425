/* { dg-do compile } */
/* Only what *out holds at exit matters: an earlier local address that is
   overwritten with another value does not escape.  */

void *malloc (__SIZE_TYPE__);

int
first_then_second (int **out)
{
  int a = 1, b = 2;
  *out = &a; /* { dg-bogus "escapes" } */
  *out = &b; /* { dg-warning "address of local variable 'b' escapes from 'first_then_second' through parameter 'out'" } */
  return a;
}

void
local_then_param (int **out, int *dflt)
{
  int tmp = 0;
  *out = &tmp; /* { dg-bogus "escapes" } */
  **out = 5;
  *out = dflt;
}

void
local_then_heap (char **out)
{
  char small[16];
  *out = small; /* { dg-bogus "escapes" } */
  (*out)[0] = 0;
  *out = malloc (16);
}

int
maybe_keep (int **out, int keep)
{
  int v = 0;
  *out = &v; /* { dg-warning "address of local variable 'v' may escape from 'maybe_keep' through parameter 'out'" } */
  if (!keep)
    *out = 0;
  return keep;
}
