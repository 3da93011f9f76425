/* { dg-do compile } */
/* Pointers assigned on different branches of if/else and merged before a
   single return: each local that reaches the return is reported there.  */

int fallback;

int *
both_branches (int c)
{
  int x = 0, y = 0;
  int *p;
  if (c)
    p = &x;
  else
    p = &y;
  return p; /* { dg-warning "address of local variable 'x' may escape via the return value of 'both_branches'" } */
  /* { dg-warning "address of local variable 'y' may escape via the return value of 'both_branches'" "" { target *-*-* } .-1 } */
}

int *
one_branch (int c)
{
  int x = 0;
  int *p = &fallback;
  if (c > 0)
    p = &x;
  return p; /* { dg-warning "address of local variable 'x' may escape via the return value of 'one_branch'" } */
}

char *
else_if_chain (int kind)
{
  char small[8] = "", large[64] = "";
  static char huge[4096];
  char *buf;
  if (kind == 0)
    buf = small;
  else if (kind == 1)
    buf = large;
  else
    buf = huge;
  buf[0] = 'k';
  return buf; /* { dg-warning "address of local variable 'small' may escape via the return value of 'else_if_chain'" } */
  /* { dg-warning "address of local variable 'large' may escape via the return value of 'else_if_chain'" "" { target *-*-* } .-1 } */
}

int *
neither_branch (int c)
{
  static int s;
  int x = c;
  int *p;
  if (c)
    p = &fallback;
  else
    p = &s;
  *p = x;
  return p; /* { dg-bogus "escapes" } */
}
