/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-disable=global,param" } */
/* A comma-separated list: -fplugin-arg-escape-disable=global,param turns
   both kinds off, while escapes via the return value are still
   reported.  */

struct rec { int *p; };

int *gp;
static struct rec srec;

void
stores_only (int **out, struct rec *r)
{
  int a = 1, b = 2, c = 3, d = 4;
  gp = &a;  /* { dg-bogus "escapes" } */
  srec.p = &b;  /* { dg-bogus "escapes" } */
  *out = &c;  /* { dg-bogus "escapes" } */
  r->p = &d;  /* { dg-bogus "escapes" } */
}

int *
returned (int **out)
{
  int x = 0;
  gp = &x;  /* { dg-bogus "escapes from" } */
  *out = &x;  /* { dg-bogus "escapes from" } */
  return &x;  /* { dg-warning "address of local variable 'x' escapes via the return value of 'returned'" } */
}

char *
returned_array (int i)
{
  char buf[8] = "abc";
  char *p = buf + (i & 3);
  srec.p = 0;
  return p;  /* { dg-warning "address of local variable 'buf' escapes via the return value of 'returned_array'" } */
}
