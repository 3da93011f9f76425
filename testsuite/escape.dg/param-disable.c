/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-disable=param" } */
/* With kind "param" turned off, stores through parameters are not
   reported, but stores into globals still are.  */

int *g;
struct holder { int *p; };

void
out_param (int **out)
{
  int x = 0;
  *out = &x; /* { dg-bogus "escapes" } */
}

void
field_param (struct holder *s)
{
  int y = 0;
  s->p = &y; /* { dg-bogus "escapes" } */
}

void
to_global (void)
{
  int z = 0;
  g = &z; /* { dg-warning "address of local variable 'z' escapes from 'to_global' into global variable 'g'" } */
}
