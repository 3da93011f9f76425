/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-disable=return" } */
/* -fplugin-arg-escape-disable=return: escapes via the return value are
   not reported by the plugin, and GCC's own -Wreturn-local-addr is no
   longer switched off, so `return &x;' gets GCC's warning instead.  The
   other kinds are still reported.  */

struct pair { int *first; int n; };

int *gp;

int *
addr_of_local (void)
{
  int x = 1;
  return &x;  /* { dg-warning "function returns address of local variable" } */
  /* { dg-bogus "escapes" "plugin silent" { target *-*-* } .-1 } */
}

char *
local_array (void)
{
  char buf[16] = "hello";
  return buf;  /* { dg-warning "function returns address of local variable" } */
  /* { dg-bogus "escapes" "plugin silent" { target *-*-* } .-1 } */
}

int *
element (int i)
{
  int a[4] = { 1, 2, 3, 4 };
  return &a[2];  /* { dg-warning "function returns address of local variable" } */
  /* { dg-bogus "escapes" "plugin silent" { target *-*-* } .-1 } */
}

struct pair
by_value (void)
{
  int x = 3;
  struct pair p = { &x, 1 };
  return p;  /* { dg-bogus "escapes" } */
}

int *
other_kinds_still_on (int **out)
{
  int x = 1, y = 2;
  gp = &x;  /* { dg-warning "address of local variable 'x' escapes from 'other_kinds_still_on' into global variable 'gp'" } */
  *out = &y;  /* { dg-warning "address of local variable 'y' escapes from 'other_kinds_still_on' through parameter 'out'" } */
  return gp;  /* { dg-bogus "escapes via the return value" } */
}
