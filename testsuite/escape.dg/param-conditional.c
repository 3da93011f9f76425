/* { dg-do compile } */
/* A value that may point to a local on some path escapes when stored
   through a parameter.  */

int global_default;

void
pick (int **out, int use_local)
{
  int x = 1;
  *out = use_local ? &x : &global_default; /* { dg-warning "address of local variable 'x' may escape from 'pick' through parameter 'out'" } */
}

void
pick_if (int **out, int use_local)
{
  int x = 1;
  int *p;
  if (use_local)
    p = &x;
  else
    p = &global_default;
  *out = p; /* { dg-warning "address of local variable 'x' may escape from 'pick_if' through parameter 'out'" } */
}

void
pick_safe (int **out, int *fallback, int use_fallback)
{
  int x = 1;
  int *p = &x;
  if (use_fallback)
    p = fallback;
  else
    p = &global_default;
  *out = p; /* { dg-bogus "escapes" } */
  (void) x;
}
