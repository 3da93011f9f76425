/* { dg-do compile } */
/* { dg-options "-Werror" } */
/* With -Werror the plugin's findings are reported as errors, with the
   same text, one per escaping object and sink.  Code that does not leak
   still compiles quietly.  */
/* { dg-prune-output "all warnings being treated as errors" } */

int *gp;

int *
ret (void)
{
  int x = 0;
  return &x;  /* { dg-error "address of local variable 'x' escapes via the return value of 'ret'" } */
}

void
glob (void)
{
  int x = 0;
  gp = &x;  /* { dg-error "address of local variable 'x' escapes from 'glob' into global variable 'gp'" } */
}

void
param (int **out)
{
  int x = 0;
  *out = &x;  /* { dg-error "address of local variable 'x' escapes from 'param' through parameter 'out'" } */
}

extern int use (int *);

int
quiet (int **out)
{
  int x = 0;
  static int keep;
  use (&x);  /* { dg-bogus "escapes" } */
  *out = &keep;  /* { dg-bogus "escapes" } */
  return x;
}
