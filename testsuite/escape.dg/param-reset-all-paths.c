/* { dg-do compile } */
/* *out = &x followed by *out = NULL on every path before returning does
   not leave the address with the caller; on some paths only, it does.  */

int compute (int *);
int validate (int);

void
reset_always (int **out)
{
  int x = 0;
  *out = &x; /* { dg-bogus "escapes" } */
  compute (*out);
  *out = 0;
}

int
reset_both_branches (int **out)
{
  int x = 0;
  *out = &x; /* { dg-bogus "escapes" } */
  if (compute (*out) < 0)
    {
      *out = 0;
      return -1;
    }
  *out = 0;
  return 0;
}

int
reset_on_error_only (int **out)
{
  int x = 0;
  *out = &x; /* { dg-warning "address of local variable 'x' may escape from 'reset_on_error_only' through parameter 'out'" } */
  if (compute (*out) < 0)
    {
      *out = 0;
      return -1;
    }
  return 0;
}

void
reset_when_valid (int **out, int v)
{
  int x = v;
  *out = &x; /* { dg-warning "address of local variable 'x' may escape from 'reset_when_valid' through parameter 'out'" } */
  if (validate (v))
    *out = 0;
}
