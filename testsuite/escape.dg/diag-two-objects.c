/* { dg-do compile } */
/* Distinct escaping objects give distinct warnings, and so do distinct
   sinks for the same object: the same local leaving via the return value
   and into a global is reported twice, once per sink.  */

int *last;
static int *cache;

int *
two_objects (int c)
{
  int a = 1;  /* { dg-message "'a' declared here" } */
  int b = 2;  /* { dg-message "'b' declared here" } */
  return c ? &a : &b;  /* { dg-warning "address of local variable 'a' may escape via the return value of 'two_objects'" } */
  /* { dg-warning "address of local variable 'b' may escape via the return value of 'two_objects'" "second object" { target *-*-* } .-1 } */
}

void
two_stores (void)
{
  int x = 0, y = 0;
  last = &x;  /* { dg-warning "address of local variable 'x' escapes from 'two_stores' into global variable 'last'" } */
  cache = &y;  /* { dg-warning "address of local variable 'y' escapes from 'two_stores' into static variable 'cache'" } */
}

int *
return_and_global (void)
{
  int x = 0;
  last = &x;  /* { dg-warning "address of local variable 'x' escapes from 'return_and_global' into global variable 'last'" } */
  return &x;  /* { dg-warning "address of local variable 'x' escapes via the return value of 'return_and_global'" } */
}

void
global_and_static (int **out)
{
  int x = 0;
  last = &x;  /* { dg-warning "address of local variable 'x' escapes from 'global_and_static' into global variable 'last'" } */
  cache = &x;  /* { dg-warning "address of local variable 'x' escapes from 'global_and_static' into static variable 'cache'" } */
  *out = &x;  /* { dg-warning "address of local variable 'x' escapes from 'global_and_static' through parameter 'out'" } */
}

void
two_params (int **p, int **q)
{
  int x = 0;
  *p = &x;  /* { dg-warning "address of local variable 'x' escapes from 'two_params' through parameter 'p'" } */
  *q = &x;  /* { dg-warning "address of local variable 'x' escapes from 'two_params' through parameter 'q'" } */
}
