/* { dg-do compile } */
/* A function with several return statements: each return that hands out
   a local's address is warned at its own line, and the returns of
   non-stack pointers stay quiet.  */

int status_ok, status_err;

int *
classify (int v)
{
  int neg = -1, zero = 0;
  if (v < 0)
    return &neg; /* { dg-warning "address of local variable 'neg' escapes via the return value of 'classify'" } */
  if (v == 0)
    return &zero; /* { dg-warning "address of local variable 'zero' escapes via the return value of 'classify'" } */
  return &status_ok; /* { dg-bogus "escapes" } */
}

int *
same_local_twice (int v)
{
  int x = v;
  if (v & 1)
    return &x; /* { dg-warning "address of local variable 'x' escapes via the return value of 'same_local_twice'" } */
  x *= 2;
  if (v & 2)
    return &status_err; /* { dg-bogus "escapes" } */
  /* One warning per object and sink: x was reported at its first return.  */
  return &x; /* { dg-bogus "escapes" } */
}

int *
all_global (int v)
{
  int local = v * 3;
  if (local > 10)
    return &status_err; /* { dg-bogus "escapes" } */
  return &status_ok; /* { dg-bogus "escapes" } */
}
