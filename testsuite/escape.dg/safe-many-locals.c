/* { dg-do compile } */
/* Functions with many locals whose addresses are taken, passed to calls
   and combined, while only values, heap memory and parameters leave.
   Nothing here may warn.  */

typedef __SIZE_TYPE__ size_t;
extern void *malloc (size_t);
extern void read_values (int *, int *, int *, int *, int *, int *);
extern void read_more (double *, double *, long *, char *, short *);
extern int consume (void *, void *, void *, void *);

struct result { int a, b, c, d, e, f; double x, y; long l; char ch; short sh; };

struct result *
collect (void)
{
  int a, b, c, d, e, f;
  double x, y;
  long l;
  char ch;
  short sh;
  int *pa = &a, *pb = &b, *pc = &c;
  struct result *r;

  read_values (&a, &b, &c, &d, &e, &f);  /* { dg-bogus "escapes" } */
  read_more (&x, &y, &l, &ch, &sh);  /* { dg-bogus "escapes" } */
  *pa += *pb + *pc;
  r = malloc (sizeof *r);
  if (!r)
    return 0;
  r->a = a; r->b = b; r->c = c; r->d = d; r->e = e; r->f = f;
  r->x = x; r->y = y; r->l = l; r->ch = ch; r->sh = sh;
  return r;  /* { dg-bogus "escapes" } */
}

int
juggle (int seed)
{
  int v0 = seed, v1 = seed + 1, v2 = seed + 2, v3 = seed + 3;
  int v4 = seed + 4, v5 = seed + 5, v6 = seed + 6, v7 = seed + 7;
  int *p0 = &v0, *p1 = &v1, *p2 = &v2, *p3 = &v3;
  int *p4 = &v4, *p5 = &v5, *p6 = &v6, *p7 = &v7;
  int *tmp;
  int r;

  tmp = p0; p0 = p7; p7 = tmp;
  tmp = p1; p1 = p6; p6 = tmp;
  tmp = p2; p2 = p5; p5 = tmp;
  tmp = p3; p3 = p4; p4 = tmp;
  r = consume (p0, p1, p2, p3) + consume (p4, p5, p6, p7);  /* { dg-bogus "escapes" } */
  return r + *p0 - *p7;
}

int *
choose (int *a, int *b, int sel)
{
  int l0 = 0, l1 = 1, l2 = 2, l3 = 3;
  int *local_choice = sel & 1 ? &l0 : &l1;
  int *other = sel & 2 ? &l2 : &l3;
  consume (local_choice, other, a, b);
  return *local_choice < *other ? a : b;  /* { dg-bogus "escapes" } */
}
