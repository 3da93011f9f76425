/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
/* -fplugin-arg-escape-m notes, as Go's -m does, at each stack object
   whose address is taken, whether it escapes and where to.  */

int *g;
void use (int *);
int *keep (int *);

int
local_uses (int c)
{
  int x = c;			/* { dg-message "x does not escape" } */
  int y = 1;			/* { dg-message "'y' declared here" } */
  /* { dg-bogus "y does not escape" "y escapes" { target *-*-* } .-1 } */
  /* { dg-message "address of y escapes to global variable 'g'" "where to" { target *-*-* } .-2 } */
  int a[4] = { 0 };		/* { dg-message "a does not escape" } */
  int plain = c + 1;		/* { dg-bogus "does not escape" } */
  use (&x);
  use (a);
  g = &y; /* { dg-warning "address of local variable 'y' escapes from 'local_uses' into global variable 'g'" } */
  return x + a[0] + plain;
}

int
literal (void)
{
  int *p = (int[]){ 1, 2 };	/* { dg-message "compound literal does not escape" } */
  return p[0] + p[1];
}

int *
returned (int c)
{
  static int fallback;
  int r = c;			/* { dg-message "address of r may escape to the return value" } */
  int *p = c ? &r : &fallback;
  return p; /* { dg-warning "address of local variable 'r' may escape via the return value of 'returned'" } */
}

void
out_param (int **out)		/* { dg-message "out does not escape" } */
{
  int k = 0;			/* { dg-message "address of k escapes to the caller, through parameter 'out'" } */
  *out = &k; /* { dg-warning "address of local variable 'k' escapes from 'out_param' through parameter 'out'" } */
}
