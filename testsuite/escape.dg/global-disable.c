/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-disable=global" } */
/* With kind "global" turned off, stores into globals and statics are
   not reported, but stores through parameters still are.  */

int *g;
static int *s;
struct box { int *p; } *gbox;

void
to_globals (void)
{
  int x = 0;
  g = &x;       /* { dg-bogus "escapes" } */
  s = &x;       /* { dg-bogus "escapes" } */
  gbox->p = &x; /* { dg-bogus "escapes" } */
}

void
to_param (int **out)
{
  int y = 0;
  *out = &y; /* { dg-warning "address of local variable 'y' escapes from 'to_param' through parameter 'out'" } */
}
