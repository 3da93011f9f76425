/* { dg-do compile } */
/* Compound literals, VLAs and alloca memory handed back through an
   output parameter.  */

void *alloca (__SIZE_TYPE__);

struct point { int x, y; };

void
origin (struct point **out)
{
  *out = &(struct point) { 0, 0 }; /* { dg-warning "address of compound literal escapes from 'origin' through parameter 'out'" } */
}

void
make_vla (int n, double **out)
{
  double v[n];
  v[0] = 0.0;
  *out = v; /* { dg-warning "address of variable-length array 'v' escapes from 'make_vla' through parameter 'out'" } */
}

void
make_alloca (int n, char **out)
{
  char *p = alloca (n); /* { dg-message "allocated here by 'alloca'" } */
  p[0] = 0;
  *out = p; /* { dg-warning "address of memory allocated by 'alloca' escapes from 'make_alloca' through parameter 'out'" } */
}

int
use_literal (struct point **out)
{
  struct point *p = &(struct point) { 1, 2 }; /* { dg-bogus "escapes" } */
  *out = 0;
  return p->x;
}
