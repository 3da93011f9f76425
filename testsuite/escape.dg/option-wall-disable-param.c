/* { dg-do compile } */
/* { dg-options "-Wall -fplugin-arg-escape-disable=param" } */
/* { dg-require-gcc-major 12 } */
/* When the plugin does not report stores through parameters, GCC's own
   -Wdangling-pointer (enabled by -Wall) is left to report `*out = &x;',
   and the stores the plugin still reports (into globals, via the return
   value) are not reported a second time by GCC.  */

int *g;

void
out (int **out)
{
  int x = 1;
  *out = &x;  /* { dg-warning "storing the address of local variable 'x' in '\\*out'" } */
  /* { dg-bogus "escapes" "plugin silent" { target *-*-* } .-1 } */
}

void
glob (void)
{
  int x = 1;
  g = &x;  /* { dg-warning "address of local variable 'x' escapes from 'glob' into global variable 'g'" } */
  /* { dg-bogus "(dangling pointer|storing the address of local variable)" "GCC duplicate" { target *-*-* } .-1 } */
}

int *
ret (void)
{
  int x = 1;
  return &x;  /* { dg-warning "address of local variable 'x' escapes via the return value of 'ret'" } */
  /* { dg-bogus "function returns address of local variable" "GCC duplicate" { target *-*-* } .-1 } */
}
