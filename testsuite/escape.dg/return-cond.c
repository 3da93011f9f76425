/* { dg-do compile } */
/* Conditional expressions in a return: every local the result may point
   to is reported (one warning per object, all at the return); choosing
   between a local and a global reports only the local; choosing between
   globals reports nothing.  */

int g1, g2;

int *
two_locals (int c)
{
  int x = 1, y = 2;
  return c ? &x : &y; /* { dg-warning "address of local variable 'x' may escape via the return value of 'two_locals'" } */
  /* { dg-warning "address of local variable 'y' may escape via the return value of 'two_locals'" "" { target *-*-* } .-1 } */
}

int *
local_or_global (int c)
{
  int x = 1;
  return c ? &x : &g1; /* { dg-warning "address of local variable 'x' may escape via the return value of 'local_or_global'" } */
}

int *
global_or_local (int c)
{
  int y = 1;
  int *p = c > 10 ? &g2 : &y;
  return p; /* { dg-warning "address of local variable 'y' may escape via the return value of 'global_or_local'" } */
}

int *
nested (int a, int b)
{
  int x = 0, y = 0;
  return a ? (b ? &x : &g1) : (b ? &g2 : &y); /* { dg-warning "address of local variable 'x' may escape via the return value of 'nested'" } */
  /* { dg-warning "address of local variable 'y' may escape via the return value of 'nested'" "" { target *-*-* } .-1 } */
}

int *
two_globals (int c)
{
  int x = c;
  int *p = c ? &x : &g1;
  *p += 1;
  return c ? &g1 : &g2; /* { dg-bogus "escapes" } */
}

const char *
literal_or_global (int c)
{
  static const char fallback[] = "none";
  return c ? "some" : fallback; /* { dg-bogus "escapes" } */
}
