/* { dg-do compile } */
/* { dg-options "-Wall -Wextra" } */
/* With -Wall -Wextra the plugin switches off GCC's own
   -Wreturn-local-addr and -Wdangling-pointer reports of the same leaks,
   so each finding is read once, in the plugin's words.  Without the
   plugin GCC says "function returns address of local variable" and
   "storing the address of local variable 'x' in ..." here.  */

int *g;

int *
ret (void)
{
  int x = 1;
  return &x;  /* { dg-warning "address of local variable 'x' escapes via the return value of 'ret'" } */
  /* { dg-bogus "function returns address of local variable" "GCC duplicate" { target *-*-* } .-1 } */
}

int *
ret_copy (void)
{
  int x = 1;
  int *p = &x;
  return p;  /* { dg-warning "address of local variable 'x' escapes via the return value of 'ret_copy'" } */
  /* { dg-bogus "(function returns address of local variable|dangling pointer)" "GCC duplicate" { target *-*-* } .-1 } */
}

void
out (int **out)
{
  int x = 1;
  *out = &x;  /* { dg-warning "address of local variable 'x' escapes from 'out' through parameter 'out'" } */
  /* { dg-bogus "(dangling pointer|storing the address of local variable)" "GCC duplicate" { target *-*-* } .-1 } */
}

void
glob (void)
{
  int x = 1;
  g = &x;  /* { dg-warning "address of local variable 'x' escapes from 'glob' into global variable 'g'" } */
  /* { dg-bogus "(dangling pointer|storing the address of local variable)" "GCC duplicate" { target *-*-* } .-1 } */
}

extern void use (int *);

int
clean (int **out)
{
  int x = 1;
  g = &x;
  use (g);
  g = 0;  /* { dg-bogus "(escapes|dangling pointer|storing the address)" } */
  *out = g;
  return x;
}
